"""Days of clock times and parts of days, weekdays that disagree with their date, and anaphora
that counts weeks from a month (session 4 rules, found on blind news and history sets).

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_cases import at as _at
from timex_cases import tags as _tags

from conflictlens.extract.temporal import tag


# -- a weekday that disagrees with its date is a slip, not another year --------------------------
@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # 1 July 2017 was a Saturday; the next Sunday 1 July is in 2018, a year after the report
        ("Ia tiba di Jakarta pada Minggu (1/7).", date(2017, 7, 2), "Minggu (1/7)", "2017-07-01"),
        ("Ia ditangkap Jumat (18/1).", date(2018, 1, 20), "Jumat (18/1)", "2018-01-18"),
        # a weekday that agrees still picks the year: 25 December 2022 was a Sunday
        (
            "The fire broke out on Sunday, December 25.",
            date(2023, 1, 3),
            "Sunday, December 25",
            "2022-12-25",
        ),
    ],
)
def test_weekday_moves_a_date_only_near_the_reference(text, published, mention, value):
    assert _at(text, mention, value) in _tags(text, "en" if "The" in text else "id", published)


# -- a clock time takes the day its clause names -------------------------------------------------
def test_clock_after_a_day_and_at():
    text = "He is to leave office next month on August 2 at 5 p.m. local time."
    found = _tags(text, "en", date(2019, 7, 28))
    assert _at(text, "August 2", "2019-08-02") in found
    assert _at(text, "5 p.m.", "2019-08-02T17:00") in found


def test_clock_with_a_weekday_and_its_part_is_one_time():
    text = "He announced his resignation shortly before midnight Wednesday night in a video."
    assert _tags(text, "en", date(2019, 7, 28)) == [
        _at(text, "midnight Wednesday night", "2019-07-24T24:00")
    ]
    text = "The advisory came at 10 p.m. Friday evening."
    assert _tags(text, "en", date(2019, 7, 28)) == [
        _at(text, "10 p.m. Friday evening", "2019-07-26T22:00")
    ]


def test_a_dateline_day_does_not_date_the_next_line():
    text = "Monday, July 15, 2019\n\n\nAt 4:42 local time on Saturday, an earthquake struck."
    found = _tags(text, "en", date(2019, 7, 15))
    assert _at(text, "4:42", "2019-07-13T04:42") in found


def test_clock_on_the_event_day_named_with_its_part():
    text = (
        "Seorang pria melepaskan tembakan di sebuah klub malam, Minggu (30/7) pagi. Polisi "
        "menerima laporan sekitar pukul 04.30 waktu setempat."
    )
    found = _tags(text, "id", date(2017, 7, 31))
    assert _at(text, "sekitar pukul 04.30", "2017-07-30T04:30") in found


def test_early_hours_after_a_night_are_the_next_day():
    text = (
        "Hujan deras mengguyur kota sejak Selasa malam hingga dinihari. Tembok diperkirakan "
        "jebol pada pukul 03.00 dini hari."
    )
    found = _tags(text, "id", date(2017, 6, 14))
    assert _at(text, "Selasa malam", "2017-06-13TNI") in found
    assert _at(text, "pukul 03.00 dini hari", "2017-06-14T03:00") in found


# -- a part of a day takes the day joined to it --------------------------------------------------
def test_part_of_day_before_its_day():
    text = "The war began in January 1979. The attack came at dawn on Saturday, 17 February 1979."
    found = _tags(text, "en", date(2009, 12, 19))
    assert _at(text, "dawn", "1979-02-17TMO") in found
    text = "Cornell dijadwalkan tampil di Columbus malam ini, Kamis (18/5)."
    assert _at(text, "malam ini", "2017-05-18TNI") in _tags(text, "id", date(2017, 5, 19))


def test_part_of_day_does_not_wait_for_a_later_date():
    text = "Pertunjukan malam ini di Lexington harus dijadwal ulang pada 1 Mei mendatang."
    found = _tags(text, "id", date(2017, 10, 22))
    assert _at(text, "malam ini", "2017-10-22TNI") in found
    assert _at(text, "1 Mei mendatang", "2018-05-01") in found
    text = (
        "Four days later the Red Army crossed the border in 1939. Bombers struck Helsinki that "
        "afternoon, and on 1 December a puppet government was set up."
    )
    found = dict((m, v) for m, _, v in _tags(text, "en", date(2009, 12, 19)))
    assert not found["that afternoon"].startswith("1939-12-01")


# -- anaphora ------------------------------------------------------------------------------------
def test_weeks_after_a_month_are_a_month():
    text = "Ia tiba pada Desember tahun lalu. Enam pekan kemudian ia ditangkap."
    found = tag(text, "id", date(2017, 3, 25))
    later = next(m for m in found if m.text == "Enam pekan kemudian")
    assert (later.start, later.value) == (text.index("Enam"), "2017-01")
    assert str(later.earliest.date()) == "2017-01-12"
    assert str(later.latest.date()) == "2017-02-11"


def test_history_in_the_year_of_writing_moves_its_story():
    text = (
        "The war began in 1983. The army took Jaffna in 1995 and the talks failed in 2006. "
        "Kilinochchi fell on 2 January 2009, and Mullaitivu on 25 January. Thousands were killed "
        "between January and May. On 18 May the army announced victory; the previous day the "
        "Tigers had admitted defeat."
    )
    found = _tags(text, "en", date(2009, 12, 19))
    assert _at(text, "18 May", "2009-05-18") in found
    assert _at(text, "the previous day", "2009-05-17") in found


# -- quotations, "nanti", and English compounds --------------------------------------------------
def test_quoted_today_is_the_day_the_report_leads_with():
    text = (
        "Wednesday, November 27, 2019\n\n"
        "On Sunday, Hong Kongers turned out to vote.\n\n"
        'Voter Kitty Mak said, "Today we are trying to do the best we can." Results came today.'
    )
    found = _tags(text, "en", date(2019, 11, 27))
    assert (found[2][0], found[2][2]) == ("Today", "2019-11-24")
    assert found[3] == ("today", text.rindex("today"), "2019-11-27")  # not in the quotation


def test_quoted_today_stays_on_a_report_of_the_same_day():
    text = 'JERUSALEM (AP) Officials sent signals Sunday. "We are willing to talk today," he said.'
    found = _tags(text, "en", date(1998, 3, 1))
    assert _at(text, "today", "1998-03-01") in found


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Penggusuran dilakukan di Kemang, Oktober nanti.", "Oktober nanti", "2017-10"),
        ("Laga digelar Sabtu nanti.", "Sabtu nanti", "2017-07-22"),
        ("Laga digelar akhir pekan nanti.", "akhir pekan nanti", "2017-W29-WE"),
        ("Proyek selesai akhir tahun nanti.", "akhir tahun nanti", "2017"),
        ("Ia divonis pada sidang 27 September nanti.", "27 September nanti", "2017-09-27"),
        ("Negara itu diserang sejak bertahun-tahun lalu.", "bertahun-tahun lalu", "PAST_REF"),
        ("kata Budiyanto di Jakarta Selasa.", "Selasa", "2017-07-18"),
    ],
)
def test_indonesian_words_after_a_date(text, mention, value):
    assert _tags(text, "id", date(2017, 7, 19)) == [_at(text, mention, value)]


def test_weekday_in_a_place_name_stays_a_name():
    assert _tags("JPO di Pasar Minggu, Jakarta Selatan roboh.", "id", date(2017, 7, 19)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He converted a year-and-a-half ago.", [("a year-and-a-half ago", 13, "2018-04")]),
        ("She will serve 15 years, 8 months in prison.", [("15 years, 8 months", 15, "P15Y8M")]),
        ("The site hosted a quarter million clips.", []),
        ("It got about a quarter as much money.", []),
        ("Friedler, formerly the president, was pardoned.", []),
    ],
)
def test_english_compounds_and_fractions(text, expected):
    assert _tags(text, "en", date(2019, 10, 5)) == expected


# -- lunar feasts (``_data/feasts.json``) ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "published", "mention", "value"),
    [
        ("Toko buka lagi setelah Lebaran.", "id", date(2017, 5, 24), "Lebaran", "2017-06-25"),
        (
            "Mudik Lebaran 2018 diperkirakan ramai.",
            "id",
            date(2017, 12, 1),
            "Lebaran 2018",
            "2018-06-15",
        ),
        (
            "Mereka merayakan Idul Adha pekan lalu.",
            "id",
            date(2017, 9, 5),
            "Idul Adha",
            "2017-09-01",
        ),
        ("Harga naik menjelang Imlek.", "id", date(2018, 2, 1), "Imlek", "2018-02-16"),
        ("He was freed on Eid al-Fitr.", "en", date(2019, 6, 20), "Eid al-Fitr", "2019-06-04"),
        # a year of the Hijra (1437 H) is told as its Gregorian date
        (
            "Saat takbir Hari Raya Idul Adha 1437 H, musibah datang.",
            "id",
            date(2016, 9, 13),
            "Hari Raya Idul Adha 1437",
            "2016-09-11",
        ),
    ],
)
def test_lunar_feasts_are_days(text, lang, published, mention, value):
    assert _at(text, mention, value) in _tags(text, lang, published)


def test_ramadan_is_its_year_bounded_by_its_days():
    text = "Toko tutup selama bulan Ramadhan."
    (m,) = tag(text, "id", date(2017, 5, 24))
    assert (m.text, m.start, m.value) == ("bulan Ramadhan", text.index("bulan"), "2017")
    assert (str(m.earliest.date()), str(m.latest.date())) == ("2017-05-27", "2017-06-24")
    assert m.edtf == "2017-05-27/2017-06-24"
    (m,) = tag("Fighting paused in early Ramadan.", "en", date(2019, 6, 20))
    assert (m.text, m.value, m.mod) == ("early Ramadan", "2019", "START")
    assert str(m.latest.date()) < "2019-06-03"


# -- round 3: titles, ages, weekdays with a comma, parts after dates -----------------------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ('Time named her its 2019 "Person of the Year".', "en", [("2019", "2019")]),
        ("He filmed The Last Days of Dolwyn in 1949.", "en", [("1949", "1949")]),
        ("It began around fifteen years ago.", "en", [("fifteen years ago", "2005")]),
        ("Korban M Syachrie (55 tahun) meninggal.", "id", []),
        (
            "Ia diperiksa di Mapolda, Selasa, (14/11/2017).",
            "id",
            [("Selasa, (14/11/2017)", "2017-11-14")],
        ),
        ("Korban hilang sejak Sabtu pagi lalu.", "id", [("Sabtu pagi lalu", "2017-11-11TMO")]),
        (
            "Demo berlangsung hingga 4 November malam.",
            "id",
            [("4 November malam", "2017-11-04TNI")],
        ),
    ],
)
def test_round_three_rules(text, lang, expected):
    published = date(2020, 6, 6) if "fifteen" in text else date(2017, 11, 14)
    assert _tags(text, lang, published) == [_at(text, m, v) for m, v in expected]


def test_a_day_before_counts_from_the_last_named_day_not_a_background_month():
    text = (
        "On Thursday, Cengiz addressed reporters. Khashoggi was murdered last October.\n\n"
        "The previous day, PBS aired an interview."
    )
    found = _tags(text, "en", date(2019, 9, 29))
    assert _at(text, "The previous day", "2019-09-25") in found
    # "that same day" after a month is a day of that month
    text = "Slepian was killed last October. His name was crossed out that same day."
    assert _at(text, "that same day", "1998-10-XX") in _tags(text, "en", date(1999, 2, 6))


# -- round 4: plans that stand, decades written apart, zero-width spaces, "sekira" ---------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("His trial has been scheduled for November.", "en", [("November", "2019-11")]),
        ("His trial was scheduled for November.", "en", [("November", "2018-11")]),
        ("Evers signed an order delaying the election until June.", "en", [("June", "2019-06")]),
        ("Sidang telah dijadwalkan pada November.", "id", [("November", "2019-11")]),
        ("Musik itu populer pada era 1970 - an.", "id", [("1970 - an", "197")]),
        ("Ia diperiksa sejak 30 Maret\u200b 2019.", "id", [("30 Maret\u200b 2019", "2019-03-30")]),
        ("Hingga dini hari mereka masih di sana.", "id", [("dini hari", "2019-06-28TMO")]),
        (
            "Pada Sabtu, 6 Mei 2017 sekira pukul 18.00 WITA, saksi datang.",
            "id",
            [("Sabtu, 6 Mei 2017 sekira pukul 18.00 WITA", "2017-05-06T18:00")],
        ),
    ],
)
def test_round_four_rules(text, lang, expected):
    assert _tags(text, lang, date(2019, 6, 28)) == [_at(text, m, v) for m, v in expected]


def test_a_feast_without_reference_keeps_its_granularity():
    found = _tags("Selama Ramadhan mereka berpuasa. Setelah Lebaran pulang.", "id", None)
    assert [v for _, _, v in found] == ["XXXX", "XXXX-XX-XX"]


# -- round 5: a weekday of a relative week, a deictic day with its weekday, far anaphora --------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Pemeriksaan dilakukan Senin pekan depan (5/6).",
            "id",
            [("Senin pekan depan (5/6)", "2017-06-05")],
        ),
        ("Aksi Rabu pekan ini juga disebut.", "id", [("Rabu pekan ini", "2017-05-31")]),
        ("They met Wednesday last week.", "en", [("Wednesday last week", "2017-05-24")]),
        ("Tunggu besok Jumat saja di Jakarta.", "id", [("besok Jumat", "2017-06-02")]),
        (
            "Kecelakaan terjadi Senin (29/5) pagi tadi.",
            "id",
            [("Senin (29/5) pagi tadi", "2017-05-29TMO")],
        ),
        ("Ancaman pidana paling singkat 3 tahun.", "id", [("paling singkat 3 tahun", "P3Y")]),
        (
            "Meteorologists predict landfall Saturday morning.",
            "en",
            [("Saturday morning", "2017-06-03TMO")],
        ),
        ("A memorial was held this weekend in Columbia.", "en", [("this weekend", "2017-W21-WE")]),
    ],
)
def test_round_five_rules(text, lang, expected):
    published = date(2017, 5, 29) if "weekend" in text else date(2017, 6, 1)
    assert _tags(text, lang, published) == [_at(text, m, v) for m, v in expected]


def test_a_far_anaphor_counts_from_the_day_the_news_leads_with():
    text = (
        "On Wednesday, ministers met in Cairo. "
        + "They denounced the agreement. " * 20
        + "\n\nIn a press release issued the following day, Turkey replied."
    )
    found = _tags(text, "en", date(2020, 1, 11))
    assert _at(text, "the following day", "2020-01-09") in found


# -- round 6 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Warga Sampang bentrok Sabtu sore kemarin sekitar pukul 15.30 WIB.",
            "id",
            [("Sabtu sore kemarin sekitar pukul 15.30 WIB", "2017-04-08T15:30")],
        ),
        (
            "Ledakan terjadi pada hari Sabtu (8/4/2017), sekitar pukul 12.15 WIB.",
            "id",
            [("hari Sabtu (8/4/2017), sekitar pukul 12.15 WIB", "2017-04-08T12:15")],
        ),
        (
            "Malam harinya, Polres Sampang menangkap pelaku.",
            "id",
            [("Malam harinya", "2017-04-09TNI")],
        ),
        (
            "Pria itu diserang pukul lima pagi di Burbank.",
            "id",
            [("pukul lima pagi", "2017-04-09T05:00")],
        ),
        (
            "Tanggul dikerjakan jam setengah 11 malam.",
            "id",
            [("jam setengah 11 malam", "2017-04-09T22:30")],
        ),
        ("Mereka menunaikan shalat Idul Fitri di atap rumah.", "id", []),
        ("Ia dijerat UU No.35 / 2014 tentang Perlindungan Anak.", "id", []),
        ("Gugatan bernomor 826/Pdt.g / 2017/PA.Jks.", "id", []),
        (
            "Ia tewas beberapa jam sebelum malam pergantian tahun.",
            "id",
            [("beberapa jam", "PTXH"), ("malam pergantian tahun", "2016-12-31TNI")],
        ),
        ("A rubber tapper, a man in his forties, was arrested.", "en", []),
    ],
)
def test_round_six_rules(text, lang, expected):
    assert _tags(text, lang, date(2017, 4, 9)) == [_at(text, m, v) for m, v in expected]


# -- round 7 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dewan Keamanan PBB akan bertemu pada Rabu ini.", "id", [("Rabu ini", "2017-09-13")]),
        (
            "Ia diperiksa sebagai saksi hari ini pukul 10.00 WIB.",
            "id",
            [("hari ini pukul 10.00 WIB", "2017-09-14T10:00")],
        ),
        ("Korban ditemukan malam tadi.", "id", [("malam tadi", "2017-09-13TNI")]),
        ("Polisi tiba pada hari Sabtu itu.", "id", [("hari Sabtu", "2017-09-09")]),
        (
            "The gunman opened fire at the weekend, police said.",
            "en",
            [("the weekend", "2017-W36-WE")],
        ),
    ],
)
def test_round_seven_rules(text, lang, expected):
    assert _tags(text, lang, date(2017, 9, 14)) == [_at(text, m, v) for m, v in expected]


def test_english_clocks_and_quotes_follow_the_lead_day_indonesian_the_report():
    text = (
        "On Saturday, a gunman opened fire in a store. "
        + "Police spoke to witnesses. " * 20
        + 'The attack began at 10:39 a.m. Governor Abbott said, "Tomorrow we will mourn."'
    )
    found = _tags(text, "en", date(2017, 9, 14))
    assert _at(text, "10:39 a.m.", "2017-09-09T10:39") in found
    assert _at(text, "Tomorrow", "2017-09-10") in found
    text = 'Warga datang Sabtu (9/9). "Kemarin kami tidak tidur," kata Budi, Kamis (14/9).'
    assert _at(text, "Kemarin", "2017-09-13") in _tags(text, "id", date(2017, 9, 14))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It could end decades of conflict.", [("decades", "PXDE")]),
        ("This comes after weeks of protests.", [("weeks", "PXW")]),
        ("He fell ill within just days after the trip.", [("days", "PXD")]),
        ("The session ended mere minutes into the speech.", [("minutes", "PTXM")]),
        ("He was convicted years ago.", [("years ago", "PAST_REF")]),
        ("The years of his life were hard.", []),
        ("He spoke of his years as mayor.", []),
        ("They ruled for hundreds of years.", []),
    ],
)
def test_bare_plural_units(text, expected):
    assert _tags(text, "en", date(2019, 10, 16)) == [_at(text, m, v) for m, v in expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Bom meledak pada 14 Januari dua tahun lalu.",
            "id",
            [("14 Januari dua tahun lalu", "2016-01-14")],
        ),
        ("Menjelang petang, hujan deras turun.", "id", [("petang", "2018-02-27TEV")]),
        ("The virus, called 2019-nCoV, spread.", "en", []),
        # a number plate is no year: "B 1732 ZLO" (the year after it still is)
        (
            "Polisi memeriksa mobil Toyota Fortuner B 1732 ZLO pada 2017.",
            "id",
            [("2017", "2017")],
        ),
        ("In AD 1066 William landed.", "en", [("AD 1066", "1066")]),
        # a date a decision moves something to lies ahead of a past-tense report
        (
            "On Thursday, the mayor extended the city lockdown to May 1.",
            "en",
            [("Thursday", "2018-02-22"), ("May 1", "2018-05-01")],
        ),
        ("Police released him on bail till October.", "en", [("October", "2018-10")]),
        ("The team flew to Paris on May 1.", "en", [("May 1", "2017-05-01")]),
        # a deictic day with its weekday and date is one DATE, of that date
        (
            "Besok Rabu (28/2) akan dilakukan tindakan.",
            "id",
            [("Besok Rabu (28/2)", "2018-02-28")],
        ),
        ("Pledoi itu akan dibacakan siang nanti.", "id", [("siang nanti", "2018-02-27TAF")]),
        # "as early as" after a past perfect is then, not ahead; a season joined to one before
        (
            "It had started giving masks from as early as January 8.",
            "en",
            [("January 8", "2018-01-08")],
        ),
        (
            "Through the summer and fall the recruits trained.",
            "en",
            [("the summer", "2018-SU"), ("fall", "2018-FA")],
        ),
        ("It protects their summer and winter habitats.", "en", []),
        # "the fall of France" is a collapse; "between" announces a month too
        ("The fall of France in June 1940 weakened Vichy.", "en", [("June 1940", "1940-06")]),
        (
            "The army held the line between May and July 1999.",
            "en",
            [("May", "1999-05"), ("July 1999", "1999-07")],
        ),
        # some hours before is the past, not an amount; a standard's number is no year
        (
            "Serangan terjadi beberapa jam sebelumnya.",
            "id",
            [("beberapa jam sebelumnya", "PAST_REF")],
        ),
        ("Bangunan itu sesuai dengan SNI 1726 tahun 2012.", "id", [("tahun 2012", "2012")]),
        # reduplicated units are plurals; "-nya" after a set's unit
        (
            "Tak seperti tahun-tahun sebelumnya, perayaan digelar kecil.",
            "id",
            [("tahun-tahun sebelumnya", "PAST_REF")],
        ),
        (
            "Setiap tahunnya, lebih dari 100 juta anak terdampak.",
            "id",
            [("Setiap tahunnya", "P1Y")],
        ),
        # a year after a three-digit number and a slash is a regulation's number
        ("Ketentuan itu tertuang dalam PMK Nomor 207/PMK.010 / 2016 tentang cukai.", "id", []),
        # "N tahun sebelumnya" counts from the sentence's year, like "a year earlier"
        (
            "Pada 2012, konsumsi naik 9,7 persen dibanding setahun sebelumnya.",
            "id",
            [("2012", "2012"), ("setahun sebelumnya", "2011")],
        ),
        # "sementara ini" ("for the time being"): three of four blind annotations leave it
        ("Sementara ini sumur itu masih berproduksi.", "id", []),
        ("Ekonomi pada masa sebelumnya amat terbebani.", "id", [("masa sebelumnya", "PAST_REF")]),
        # "siang" runs from late morning: "jam 11 siang" is 11:00, "jam 1 siang" 13:00
        (
            "Ia tiba pukul 11 siang dan pergi pukul 1 siang.",
            "id",
            [("pukul 11 siang", "2018-02-27T11:00"), ("pukul 1 siang", "2018-02-27T13:00")],
        ),
        # an English holiday is capitalized, and one with its date is one DATE
        ("The town holds a memorial day for the dead.", "en", []),
        (
            "On Easter Monday, 24 April 1916, rebels seized the Post Office.",
            "en",
            [("Easter Monday, 24 April 1916", "1916-04-24")],
        ),
        # two number words side by side are "one or two", a vague amount
        ("Dalam satu dua hari Pak Jokowi mau panggil kami.", "id", [("satu dua hari", "PXD")]),
        ("Parade itu berlangsung satu setengah jam.", "id", [("satu setengah jam", "PT1H30M")]),
        ("It has been three-four months since then.", "en", [("three-four months", "PXM")]),
        # a vague amount ago, qualified, is still the past
        (
            "Itu terjadi sekitar belasan tahun yang lalu.",
            "id",
            [("sekitar belasan tahun yang lalu", "PAST_REF")],
        ),
        ("They counted suicides by 10–19 year olds.", "en", []),
        # names of events, counts and ages are no times
        (
            "In the aftermath of Super Tuesday, Bloomberg quit on Wednesday.",
            "en",
            [("Wednesday", "2018-02-21")],
        ),
        ("Of these, 1846 persons were hospitalized in 2017.", "en", [("2017", "2017")]),
        ("In 1990 people were poor.", "en", [("1990", "1990")]),
        ("Sebanyak 1846 pasien dirawat, sekitar 1000 km dari kota.", "id", []),
        ("It hit children under 5 years of age.", "en", []),
        # the start of this month is past: "awal Februari lalu" on 27 February
        ("Ia tiba pada awal Februari lalu.", "id", [("awal Februari lalu", "2018-02")]),
        ("Ia tiba pada Februari lalu.", "id", [("Februari lalu", "2017-02")]),
        # fractions and compounds are no times
        ("down from a peak of over three-and-a-half million refugees", "en", []),
        ("She will endorse one of her now-former rivals.", "en", []),
        ("It will happen now - or never.", "en", [("now", "PRESENT_REF")]),
        ("Itu terjadi di masa yang akan datang.", "id", [("masa yang akan datang", "FUTURE_REF")]),
        ("Hungarian daily newspaper Magyar Nemzet reported it.", "en", []),
        ("He takes daily walks.", "en", [("daily", "P1D")]),
    ],
)
def test_round_eight_rules(text, lang, expected):
    assert _tags(text, lang, date(2018, 2, 27)) == [_at(text, m, v) for m, v in expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Pemilu digelar lima tahun sekali.", "id", [("lima tahun sekali", "P5Y")]),
        ("Ia datang sekali setahun.", "id", [("sekali setahun", "P1Y")]),
        ("He washed once a year.", "en", [("once a year", "P1Y")]),
        ("Take it three times a day.", "en", [("three times a day", "P1D")]),
        ("It earns $2 million a year.", "en", []),
    ],
)
def test_frequencies_are_sets(text, lang, expected):
    found = tag(text, lang, date(2018, 1, 16))
    assert [(m.text, m.start, m.value, m.kind) for m in found] == [
        (*_at(text, mention, value), "set") for mention, value in expected
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Cases containing COVID-19 may need care.", "en", []),
        ("It lies 1,100 miles (1770 km) from Chile.", "en", []),
        ("Statues stand on Easter Island.", "en", []),
        ("They met on Easter Sunday.", "en", [("Easter Sunday", "2019-04-21")]),
        ("Farming spread since the 1800s.", "en", [("the 1800s", "18")]),
        ("Prices rose in the 2000s.", "en", [("the 2000s", "200")]),
        ("In the 2019/20 fiscal year, Tesco sold stores.", "en", [("2019", "2019")]),
        ("Patroli digelar tiap hari Jumat.", "id", [("tiap hari Jumat", "XXXX-WXX-5")]),
        ("Sidang minta dijadwalkan Kamis besok.", "id", [("Kamis besok", "2019-10-24")]),
    ],
)
def test_round_nine_rules(text, lang, expected):
    assert _tags(text, lang, date(2019, 10, 19)) == [_at(text, m, v) for m, v in expected]


def test_a_recent_war_told_in_2023_follows_its_story_over_a_paragraph():
    text = (
        "The war in Donbas began in April 2014, when separatists seized government buildings in "
        "Donetsk and Luhansk. Fighting spread through the region as the separatists declared two "
        "republics and the army launched its operation, and heavy shelling hit the towns of the "
        "area through the spring. On 11 May the separatists held referendums."
    )
    found = _tags(text, "en", date(2023, 6, 30))
    assert _at(text, "11 May", "2014-05-11") in found


def test_a_resolution_number_is_no_year():
    text = "The Security Council passed Resolution 1973 on 17 March 2011."
    assert _tags(text, "en", date(2023, 6, 30)) == [_at(text, "17 March 2011", "2011-03-17")]
