"""Temporal engine: offsets, TIMEX3 values, mods, bounds, EDTF and anchoring (id and en)."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from conflictlens.document import make_document
from conflictlens.extract import temporal
from conflictlens.extract.temporal import tag
from conflictlens.resources import seed_text


def spans(text, lang, published=None):
    """(text, kind, value, mod) of each mention, checking offsets on the way."""
    out = []
    for m in tag(text, lang, published):
        assert text[m.start : m.end] == m.text
        out.append((m.text, m.kind, m.value, m.mod))
    return out


def find(mentions, text):
    hits = [m for m in mentions if m.text == text]
    assert hits, f"{text!r} not found in {[m.text for m in mentions]}"
    return hits


# -- the seed article -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed():
    doc = make_document(seed_text(), lang="id")
    doc.published, doc.published_source = temporal.infer_published(doc)
    return doc, temporal.extract(doc)


def test_seed_published_from_dateline(seed):
    doc, _ = seed
    assert doc.published == pd.Timestamp("2022-12-23")
    assert doc.published_source == "dateline"
    assert doc.published.unit == "s"


def test_seed_dateline_mention(seed):
    doc, ms = seed
    (m,) = [m for m in ms if "(23/12)" in m.text]
    assert doc.text[m.start : m.end] == m.text
    assert m.text in ("Jumat (23/12)", "(23/12)")
    assert m.start == doc.text.index(m.text)
    assert (m.kind, m.value, m.anchor) == ("date", "2022-12-23", "published")


def test_seed_september_2020_twice(seed):
    doc, ms = seed
    hits = find(ms, "September 2020")
    starts = [i for i in range(len(doc.text)) if doc.text.startswith("September 2020", i)]
    assert [m.start for m in hits] == starts and len(starts) == 2
    for m in hits:
        assert (m.kind, m.value, m.anchor, m.edtf) == ("date", "2020-09", "absolute", "2020-09")
        assert m.earliest == datetime(2020, 9, 1)
        assert m.latest == datetime(2020, 9, 30, 23, 59, 59)


def test_seed_44_days_is_a_duration_twice(seed):
    doc, ms = seed
    hits = find(ms, "44 hari")
    assert len(hits) == 2
    for m in hits:
        assert doc.text[m.start : m.end] == "44 hari"
        assert (m.kind, m.value, m.earliest, m.latest) == ("duration", "P44D", None, None)


def test_seed_almost_30_years(seed):
    doc, ms = seed
    (m,) = find(ms, "hampir 30 tahun")
    assert m.start == doc.text.index("hampir 30 tahun")
    assert (m.kind, m.value) == ("duration", "P30Y")
    assert m.mod in ("APPROX", "LESS_THAN")


def test_seed_ignores_related_story_lines(seed):
    doc, ms = seed
    boiler = doc.text.index("40 Tahun")
    assert not [m for m in ms if m.start <= boiler < m.end]
    assert all("Baca" not in m.text for m in ms)
    assert {m.kind for m in ms} <= {"date", "time", "duration", "set"}


# -- English ----------------------------------------------------------------------------------
def test_english_durations():
    text = "Azerbaijan won a 44-day war; Armenia held the land for almost 30 years."
    ms = tag(text, "en", date(2022, 12, 23))
    (war,) = find(ms, "44-day")
    assert (war.start, war.kind, war.value) == (text.index("44-day"), "duration", "P44D")
    (held,) = find(ms, "almost 30 years")
    assert (held.start, held.value, held.mod) == (text.index("almost"), "P30Y", "APPROX")


def test_english_anchoring_news():
    text = "The minister spoke last Friday. In March, talks resumed."
    ms = tag(text, "en", date(2022, 12, 23))
    (fri,) = find(ms, "last Friday")
    assert (fri.start, fri.value, fri.anchor) == (19, "2022-12-16", "published")
    assert datetime(2022, 12, 16).weekday() == 4
    ms = tag("In March, talks resumed.", "en", date(2022, 6, 10))
    (mar,) = find(ms, "March")
    assert (mar.start, mar.value, mar.earliest, mar.latest) == (
        3,
        "2022-03",
        datetime(2022, 3, 1),
        datetime(2022, 3, 31, 23, 59, 59),
    )


def test_english_anchoring_narrative():
    text = "The war began in 1914. Two years later came the Somme. The following year it ended."
    ms = tag(text, "en", None)
    assert [(m.text, m.value, m.anchor) for m in ms] == [
        ("1914", "1914", "absolute"),
        ("Two years later", "1916", "narrative"),
        ("The following year", "1917", "narrative"),
    ]
    assert ms[1].start == text.index("Two years later")


def test_english_relative_words():
    dct = date(2013, 3, 22)  # a Friday
    got = spans("Yesterday, last week, this year, two weeks ago, now and recently.", "en", dct)
    assert got == [
        ("Yesterday", "date", "2013-03-21", None),
        ("last week", "date", "2013-W11", None),
        ("this year", "date", "2013", None),
        ("two weeks ago", "date", "2013-W10", None),
        ("now", "date", "PRESENT_REF", None),
        ("recently", "date", "PAST_REF", None),
    ]


def test_english_quarters_decades_sets_times():
    dct = date(1989, 10, 26)
    got = spans(
        "Profit in the third quarter of 1989 rose, as in the 1990s. It reports every week and "
        "daily. Trading halted at 10:35 a.m. EST.",
        "en",
        dct,
    )
    assert ("the third quarter of 1989", "date", "1989-Q3", None) in got
    assert ("the 1990s", "date", "199", None) in got
    assert ("every week", "set", "P1W", None) in got
    assert ("daily", "set", "P1D", None) in got
    assert ("10:35 a.m. EST", "time", "1989-10-26T10:35", None) in got


def test_english_full_dates_and_qualifiers():
    ms = tag("On Friday, January 4, 2019 and in early 2020, more than two hours passed.", "en")
    (d,) = find(ms, "Friday, January 4, 2019")
    assert (d.value, d.anchor) == ("2019-01-04", "absolute")
    (e,) = find(ms, "early 2020")
    assert (e.value, e.mod, e.earliest, e.latest, e.edtf) == (
        "2020",
        "START",
        datetime(2020, 1, 1),
        datetime(2020, 4, 30, 23, 59, 59),
        "2020-01/2020-04",
    )
    (h,) = find(ms, "more than two hours")
    assert (h.value, h.mod) == ("PT2H", "MORE_THAN")


def test_english_ages_are_not_durations():
    assert spans("The 6-year-old boy arrived.", "en", date(2000, 1, 1)) == []


def test_unresolved_month_day_keeps_x():
    ms = tag("The ceremony is held on 23 December.", "en", None)
    (m,) = ms
    assert (m.value, m.anchor, m.earliest, m.edtf) == ("XXXX-12-23", "none", None, "XXXX-12-23")


# -- Indonesian -------------------------------------------------------------------------------
def test_indonesian_time_with_zone():
    text = "Gempa terjadi pukul 06.18 WIB, Senin (29/12/2014)."
    ms = tag(text, "id", date(2014, 12, 30))
    (m,) = ms
    assert m.start == text.index("pukul")
    assert m.kind == "time" and m.value == "2014-12-29T06:18"
    assert m.earliest == datetime(2014, 12, 29, 6, 18)
    assert m.edtf.endswith("+07:00")


def test_indonesian_time_alone_is_on_the_reference_day():
    (m,) = tag("Rapat dimulai pukul 10.00 WITA.", "id", date(2014, 12, 30))
    assert (m.text, m.kind, m.value) == ("pukul 10.00 WITA", "time", "2014-12-30T10:00")


def test_indonesian_relative_and_durations():
    dct = date(2014, 12, 17)  # Wednesday
    got = spans(
        "Harga turun kemarin dan pekan lalu, serta dua pekan terakhir. Bulan depan, "
        "selama tiga tahun, setiap hari, sejak tahun 1970-an dan abad ke-20.",
        "id",
        dct,
    )
    assert got == [
        ("kemarin", "date", "2014-12-16", None),
        ("pekan lalu", "date", "2014-W50", None),
        ("dua pekan terakhir", "duration", "P2W", None),
        ("Bulan depan", "date", "2015-01", None),
        ("tiga tahun", "duration", "P3Y", None),
        ("setiap hari", "set", "P1D", None),
        ("tahun 1970-an", "date", "197", None),
        ("abad ke-20", "date", "19", None),
    ]


def test_indonesian_qualifiers_and_positions():
    dct = date(2014, 12, 17)
    got = spans(
        "Sekitar 10 tahun, lebih dari 3 bulan, akhir tahun ini, awal Mei 2010, kuartal III 2014.",
        "id",
        dct,
    )
    assert got == [
        ("Sekitar 10 tahun", "duration", "P10Y", "APPROX"),
        ("lebih dari 3 bulan", "duration", "P3M", "MORE_THAN"),
        ("akhir tahun ini", "date", "2014", "END"),
        ("awal Mei 2010", "date", "2010-05", "START"),
        ("kuartal III 2014", "date", "2014-Q3", None),
    ]


def test_indonesian_week_not_sunday():
    got = spans("Minggu lalu harga naik, dan pada Minggu (14/12) turun.", "id", date(2014, 12, 17))
    assert got[0] == ("Minggu lalu", "date", "2014-W50", None)
    assert got[1] == ("Minggu (14/12)", "date", "2014-12-14", None)


def test_indonesian_decimal_numbers_are_not_times():
    assert spans("Harga naik 2.50 persen menjadi 10.000 rupiah.", "id", date(2014, 1, 1)) == []


def test_anaphora_counts_from_the_month_the_text_last_named():
    # TimeBank wsj_0187 / APW19990206: "the following month" after "In March" is April, and
    # "that same day" after "last October" a day of that October, not of the writing.
    got = spans(
        "In March, the company got an offer. The following month, it put itself up for sale.",
        "en",
        date(1989, 10, 27),
    )
    assert got == [
        ("March", "date", "1989-03", None),
        ("The following month", "date", "1989-04", None),
    ]
    got = spans(
        "The doctor was killed last October. His name was crossed out that same day.",
        "en",
        date(1999, 2, 6),
    )
    assert got[1] == ("that same day", "date", "1998-10-XX", None)
    m = tag(
        "The doctor was killed last October. His name was crossed out that same day.",
        "en",
        date(1999, 2, 6),
    )[1]
    assert (str(m.earliest), str(m.latest)) == ("1998-10-01 00:00:00", "1998-10-31 23:59:59")


@pytest.mark.parametrize(
    ("text", "lang", "published", "clock"),
    [
        # Wikinews' style: the clock time, its zone and then the day
        (
            "He was shot at roughly 2am local time (0100 UTC) on Friday.",
            "en",
            date(2020, 9, 30),
            "2020-09-25T02:00",
        ),
        (
            "The warning starts at 6 p.m. local time (1700 UTC) tomorrow.",
            "en",
            date(2019, 10, 2),
            "2019-10-03T18:00",
        ),
        ("At 5 p.m. on Friday, he left.", "en", date(2020, 9, 30), "2020-09-25T17:00"),
        (
            "Gempa terjadi pukul 10.35 waktu setempat pada Jumat (5/12).",
            "id",
            date(2014, 12, 6),
            "2014-12-05T10:35",
        ),
        # another clause in between: the clock keeps the publication day
        (
            "At 6 p.m. he ate, and then on Friday he went.",
            "en",
            date(2020, 9, 30),
            "2020-09-30T18:00",
        ),
    ],
)
def test_a_clock_time_takes_the_day_named_after_its_zone(text, lang, published, clock):
    assert spans(text, lang, published)[0][2] == clock


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # digits glued to a name start nothing: "G20", "Covid19", "F2"; "2x24 jam" still reads
        ("KTT G20 pekan depan.", "id", [("pekan depan", "date", "2017-W01", None)]),
        ("Kasus Covid19 hari ini naik.", "id", [("hari ini", "date", "2017-01-01", None)]),
        ("Ia ditahan 2x24 jam.", "id", [("2x24 jam", "duration", "PT48H", None)]),
        # the decimal mark is the language's (CLDR): Indonesian "," and English "."
        ("Marquez mencatat 29,897 detik.", "id", [("29,897 detik", "duration", "PT29.897S", None)]),
        ("Selama 20.000 jam.", "id", [("20.000 jam", "duration", "PT20000H", None)]),
        ("He ran it in 29.897 seconds.", "en", [("29.897 seconds", "duration", "PT29.897S", None)]),
        ("It took 1,500 years.", "en", [("1,500 years", "duration", "P1500Y", None)]),
    ],
)
def test_numbers_in_names_and_decimal_marks(text, lang, expected):
    assert spans(text, lang, date(2017, 1, 1)) == expected


def test_two_digit_year_range_ends_and_fortnights():
    got = spans("The Second World War (1939–45) killed millions.", "en", date(2009, 12, 19))
    assert got == [("1939", "date", "1939", None), ("45", "date", "1945", None)]
    # not a range end: a decade suffix, an ISO date, a smaller number
    assert [v for _, _, v, _ in spans("Lahir 1980-90-an.", "id", date(2017, 1, 1))] == ["1980"]
    assert [v for _, _, v, _ in spans("Terbit 2016-08-19.", "id", date(2017, 1, 1))] == [
        "2016-08-19"
    ]
    got = spans(
        "On 3 March 1854 war began; a fortnight later the fleet sailed.", "en", date(2009, 12, 19)
    )
    assert got[1] == ("a fortnight later", "date", "1854-03-17", None)  # a day after a day
    assert spans("It lasted a fortnight.", "en", None) == [("a fortnight", "duration", "P2W", None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # ages are no durations (TimeML), and their unit starts nothing ("tahun itu")
        ("Pria berusia 93 tahun itu menampik.", "id", []),
        ("Ia ditangkap ketika usianya masih 15 tahun.", "id", []),
        ("Pelakunya bocah 12 tahun.", "id", []),
        ("Ia divonis 15 tahun penjara.", "id", [("15 tahun", "duration", "P15Y", None)]),
        ("People aged 65 years and over.", "en", []),
        # a day of a relative year is one expression
        (
            "Serangan dimulai 17 Oktober tahun lalu.",
            "id",
            [("17 Oktober tahun lalu", "date", "2016-10-17", None)],
        ),
        (
            "It began on March 20 last year.",
            "en",
            [("March 20 last year", "date", "2016-03-20", None)],
        ),
        (
            "Sidang digelar 26 Juni tahun depan.",
            "id",
            [("26 Juni tahun depan", "date", "2018-06-26", None)],
        ),
        (
            "Produksi dimulai semester 2 tahun ini.",
            "id",
            [("semester 2 tahun ini", "date", "2017-H2", None)],
        ),
    ],
)
def test_ages_and_days_of_relative_years(text, lang, expected):
    assert spans(text, lang, date(2017, 6, 19)) == expected


def test_a_day_of_a_relative_year_without_a_reference_keeps_its_day():
    assert spans("Serangan dimulai 17 Oktober tahun lalu.", "id", None) == [
        ("17 Oktober tahun lalu", "date", "XXXX-10-17", None)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ia dipenjara selama 10 bulan lebih.",
            "id",
            [("10 bulan lebih", "duration", "P10M", "MORE_THAN")],
        ),
        # a comparative, not a qualifier of the amount: "two years older"
        (
            "Senyum membuat orang dua tahun lebih tua.",
            "id",
            [("dua tahun", "duration", "P2Y", None)],
        ),
        (
            "It lasts 3 days or more.",
            "en",
            [("3 days or more", "duration", "P3D", "EQUAL_OR_MORE")],
        ),
        (
            "Ia ditahan maksimal 2x24 jam.",
            "id",
            [("maksimal 2x24 jam", "duration", "PT48H", "EQUAL_OR_LESS")],
        ),
    ],
)
def test_qualifiers_after_the_amount_and_products(text, lang, expected):
    assert spans(text, lang, date(2017, 6, 19)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pada 3.48 dini hari, seorang wanita menelepon.",
            [("3.48 dini hari", "time", "2017-10-10T03:48", None)],
        ),
        ("Harga naik 3.48 persen.", []),
        (
            "Kejadian sekitar pukul 22.00 wib.",
            [("sekitar pukul 22.00 wib", "time", "2017-10-10T22:00", "APPROX")],
        ),
        ("Ia tiba pukul 2 malam.", [("pukul 2 malam", "time", "2017-10-10T02:00", None)]),
        ("Ia tiba pukul 8 malam.", [("pukul 8 malam", "time", "2017-10-10T20:00", None)]),
        (
            "Ia ditangkap pada Sabtu (7/10) kemarin. Keesokan paginya ia bebas.",
            [
                ("Sabtu (7/10) kemarin", "date", "2017-10-07", None),
                ("Keesokan paginya", "time", "2017-10-08TMO", None),
            ],
        ),
    ],
)
def test_indonesian_clock_times_and_days(text, expected):
    assert spans(text, "id", date(2017, 10, 10)) == expected


def test_a_named_month_is_no_date():
    got = spans(
        "The Yom Kippur War, also known as the October War, began in 1973.",
        "en",
        date(2009, 12, 19),
    )
    assert got == [("1973", "date", "1973", None)]
    assert spans("In October Israeli forces advanced.", "en", date(2009, 12, 19))[0][2] == "2009-10"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The war lasted two years and eight months.",
            "en",
            [("two years and eight months", "duration", "P2Y8M", None)],
        ),
        (
            "Ia menjalani masa tahanan tujuh tahun enam bulan.",
            "id",
            [("tujuh tahun enam bulan", "duration", "P7Y6M", None)],
        ),
        ("Totalnya 53 bulan 20 hari.", "id", [("53 bulan 20 hari", "duration", "P53M20D", None)]),
        # a lap time ends in a decimal second amount: one duration
        (
            "Catatannya 1 menit 31,261 detik.",
            "id",
            [("1 menit 31,261 detik", "duration", "PT1M31.261S", None)],
        ),
        # "saat itu" ("at that time") is no calendar expression (three blind annotators)
        ("Saat itu ia merasa takut.", "id", []),
    ],
)
def test_compound_durations(text, lang, expected):
    assert spans(text, lang, date(2017, 6, 19)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dia mengatakan, menjelang pagi, air mulai surut.",
            [("pagi", "time", "2017-04-05TMO", None)],
        ),
        ("Ia baru saja merilis album.", []),  # "has just": an aspect, no time
        (
            "Waktunya tak sampai 30 menit.",
            [("tak sampai 30 menit", "duration", "PT30M", "LESS_THAN")],
        ),
        (
            "Dibayar selambat-lambatnya 1 bulan.",
            [("selambat-lambatnya 1 bulan", "duration", "P1M", "EQUAL_OR_LESS")],
        ),
        (
            "Ia tewas di Donggala, kemarin sore, sekitar pukul 16.30 WITA.",
            # one TIME, as the blind annotator of IndoSum set 4 marked it
            [("kemarin sore, sekitar pukul 16.30 WITA", "time", "2017-04-04T16:30", "APPROX")],
        ),
        (
            # news of a past event: the clock is on the event's day, not the report's
            "Rumah terbakar pada Minggu (2/4). Api padam sekitar pukul 22.00 WIB.",
            [
                ("Minggu (2/4)", "date", "2017-04-02", None),
                ("sekitar pukul 22.00 WIB", "time", "2017-04-02T22:00", "APPROX"),
            ],
        ),
    ],
)
def test_indonesian_news_parts_of_day_qualifiers_and_event_days(text, expected):
    assert spans(text, "id", date(2017, 4, 5)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Haagenrud said late on Tuesday no one would go in.",
            "en",
            [("late on Tuesday", "date", "2020-01-07", "END")],
        ),
        ("Early on, he said nothing.", "en", []),
        ("Korban Nurhayati (perempuan, 20 tahun) luka bakar.", "id", []),
        ("Mereka mempersiapkan peringatan ke-75 tahun.", "id", []),
        ("Ia bekerja 20 tahun, lalu pensiun.", "id", [("20 tahun", "duration", "P20Y", None)]),
    ],
)
def test_position_words_before_on_ages_and_anniversaries(text, lang, expected):
    assert spans(text, lang, date(2020, 1, 10)) == expected


def test_indonesian_ages_after_names_and_parts_of_day_after_pada():
    got = spans(
        "Dua luka berat (Cecep Rahmat, 24 tahun dan Asep Suparmin 45 tahun).",
        "id",
        date(2018, 2, 18),
    )
    assert got == []
    got = spans("Heli itu berusaha mendarat pada malam hari di Santiago.", "id", date(2018, 2, 18))
    assert got == [("malam hari", "time", "2018-02-18TNI", None)]
    got = spans("Soeharto berkuasa 32 tahun, lalu jatuh.", "id", date(2018, 2, 18))
    assert got == [("32 tahun", "duration", "P32Y", None)]


# -- publication dates ------------------------------------------------------------------------
def test_infer_published_full_dateline():
    doc = make_document(
        "JAKARTA, KOMPAS.com - Kata dia, Kamis (17/10/2013), di Jakarta.", lang="id"
    )
    ts, source = temporal.infer_published(doc)
    assert (ts, source) == (pd.Timestamp("2013-10-17"), "dateline")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plans for the coming year: written the year before it, not five years after.
        (
            "Kata Johan, Selasa (17/10). Khofifah akan maju di Pilgub Jawa Timur 2018.",
            "2017-10-17",
        ),
        # History long past and last year's event: the year after the latest one.
        (
            "Jakarta, Kamis (6/10). Uruguay menjadi tuan rumah pada tahun 2015, "
            "setelah perang sekitar tahun 1965.",
            "2016-10-06",
        ),
        # A year in a sentence about the future lies after the writing (the old rule, "the
        # first fitting year from the latest year mentioned", gave 2022).
        (
            "Jakarta, Senin (17/10). Anggaran 2016 naik. Indonesia akan menggelar pemilu "
            "pada tahun 2019.",
            "2016-10-17",
        ),
    ],
)
def test_dateline_year_from_the_years_the_text_mentions(text, expected):
    doc = make_document(text, lang="id")
    assert temporal.infer_published(doc) == (pd.Timestamp(expected), "dateline")


def test_a_law_number_before_its_year_is_no_duration():
    got = spans(
        "Ia dijerat Pasal 2 UU Nomor 31 Tahun 1999 tentang Tipikor.", "id", date(2017, 5, 1)
    )
    assert got == [("Tahun 1999", "date", "1999", None)]
    assert spans("Dia divonis 4 tahun penjara.", "id", date(2017, 5, 1)) == [
        ("4 tahun", "duration", "P4Y", None)
    ]


def test_a_year_placed_by_its_own_words_bounds_the_dateline_year():
    # Friday 12 May: 2006 or 2017. "tahun 2006 silam" lies before the writing.
    text = "Jakarta, Jumat (12/5). Pada tahun 2006 silam ia batal wajib militer."
    ts, source = temporal.infer_published(make_document(text, lang="id"))
    assert (ts.year, source) == (2017, "dateline")
    # Sunday 23 July: 2017 or 2023. "Pemilu 2019 yang akan datang" lies after it.
    text = (
        "Jakarta, Minggu (23/7). Golkar menang pada tahun 2004. Ia khawatir pada Pemilu "
        "2019 yang akan datang."
    )
    ts, source = temporal.infer_published(make_document(text, lang="id"))
    assert (ts.year, source) == (2017, "dateline")


def test_dateline_year_edge_cases():
    from conflictlens.extract.temporal.anchor import dateline_year

    assert dateline_year(10, 17, 0, [], []) is None
    assert dateline_year(2, 29, 0, [2015]) == 2016  # 29 February only in leap years
    assert dateline_year(2, 30, 0, [2015]) is None  # no such day in any year
    # Monday 17 October 2016: one past-tense 2015 and a future-tense 2018
    assert dateline_year(10, 17, 0, [2015, 2018], [-1, 1]) == 2016


def test_a_yearless_dateline_in_a_text_without_years_dates_its_days_with_year_unknown():
    text = (
        "Jakarta, CNN Indonesia -- Presiden bertemu menteri, Kamis (6/10). Kemarin, ia ke "
        "Bandung. Bulan lalu ia ke Aceh. Tahun lalu ia berkunjung selama 3 hari."
    )
    doc = make_document(text, lang="id")
    assert temporal.infer_published(doc) == (None, "unknown")
    got = [(m.text, m.value, m.edtf, m.anchor, m.earliest) for m in temporal.extract(doc)]
    assert got == [
        ("Kamis (6/10)", "XXXX-10-06", "XXXX-10-06", "dateline", None),
        ("Kemarin", "XXXX-10-05", "XXXX-10-05", "dateline", None),
        ("Bulan lalu", "XXXX-09", "XXXX-09", "dateline", None),
        ("Tahun lalu", "XXXX", "XXXX", "dateline", None),
        ("3 hari", "P3D", None, "absolute", None),
    ]
    for m in temporal.extract(doc):
        assert text[m.start : m.end] == m.text
    # A given date wins; a weekday that agrees with no calendar day leaves everything unknown.
    doc = make_document(text, lang="id", published="2016-10-06")
    assert [m.value for m in temporal.extract(doc)][:2] == ["2016-10-06", "2016-10-05"]
    doc = make_document("Jakarta, Kamis (31/4). Kemarin ia tiba.", lang="id")
    assert [m.value for m in temporal.extract(doc)] == ["XXXX-WXX-4", "XXXX-XX-XX"]


def test_infer_published_content_and_unknown():
    doc = make_document("The treaty of 12 March 1990 and the accord of 4 May 1991.", lang="en")
    assert temporal.infer_published(doc) == (pd.Timestamp("1991-05-04"), "content")
    doc = make_document("Nothing dated here.", lang="en")
    assert temporal.infer_published(doc) == (None, "unknown")


def test_lang_none_tries_all_packs():
    doc = make_document("Perang berlangsung selama 44 hari.", lang=None)
    doc.lang = None
    ms = temporal.extract(doc)
    assert [(m.text, m.value) for m in ms] == [("44 hari", "P44D")]


def test_linear_time_on_long_input():
    import time

    text = ("Pada September 2020 perang 44 hari. " * 4000) + ("9" * 50000) + (" dua" * 20000)
    t0 = time.perf_counter()
    ms = tag(text, "id", date(2022, 1, 1))
    assert time.perf_counter() - t0 < 5
    assert len(ms) == 8000


# -- language packs ---------------------------------------------------------------------------
def test_language_packs_match_their_sources():
    """Drift test: regenerating the packs from dateparser + CLDR + data/lang gives the same."""
    pytest.importorskip("babel")
    import importlib.util
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    script = root / "scripts" / "build_lang.py"
    if not script.is_file() or not (root / "data" / "lang").is_dir():
        pytest.skip("source checkout only")
    spec = importlib.util.spec_from_file_location("build_lang", script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    from conflictlens.extract.temporal.lexicon import available, load_pack

    for code in available():
        assert json.loads(mod.dumps(mod.build(code))) == load_pack(code), code


def test_packs_are_data_not_code():
    from conflictlens.extract.temporal.lexicon import load_pack

    for code in ("id", "en"):
        pack = load_pack(code)
        assert pack["code"] == code
        assert len(pack["months"]) >= 12 and len(pack["weekdays"]) >= 7
        assert set(pack["months"].values()) == set(range(1, 13))
    assert load_pack("id")["timezones"]["wib"] == "+07:00"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sejak 17 Agustus 1945 merdeka.", "1945-08-17"),
        ("Rapat pada 2013-10-17 selesai.", "2013-10-17"),
        ("Tanggal 17.10.2013 dipilih.", "2013-10-17"),
        ("Harga naik pada Desember 2014.", "2014-12"),
        ("Target triwulan I-2015 tercapai.", "2015-Q1"),
        ("Pada musim dingin 2014 salju turun.", "2014-WI"),
    ],
)
def test_indonesian_explicit_dates(text, value):
    (m,) = tag(text, "id", date(2014, 12, 17))
    assert m.value == value and m.anchor == "absolute"
    assert text[m.start : m.end] == m.text


# -- real sentences (Kompas, 2013-2014) and narratives ------------------------------------------
def test_kompas_sentences():
    dct = date(2014, 11, 19)
    text = (
        "NEW YORK, KOMPAS.com - Harga minyak turun pada Selasa (18/11/2014) waktu setempat "
        "(Rabu pagi WIB), karena keraguan bahwa pertemuan OPEC akhir bulan ini akan menghasilkan "
        "pemangkasan produksi. Harga terendah sejak Juli 2009, terendah dalam lima tahun terakhir."
    )
    got = spans(text, "id", dct)
    assert got == [
        ("Selasa (18/11/2014)", "date", "2014-11-18", None),
        ("Rabu pagi WIB", "time", "2014-11-19TMO", None),  # the zone belongs to it
        ("akhir bulan ini", "date", "2014-11", "END"),
        ("Juli 2009", "date", "2009-07", None),
        ("lima tahun terakhir", "duration", "P5Y", None),
    ]
    (m,) = [m for m in tag(text, "id", dct) if m.value == "2014-11"]
    assert (m.earliest, m.latest) == (datetime(2014, 11, 21), datetime(2014, 11, 30, 23, 59, 59))


def test_kompas_time_dateline_and_rates():
    text = (
        "Harga 66,8 dollar AS per barel pada pukul 7:55 WIB, Jumat (5/12/2014), "
        "1,36 juta barel per hari."
    )
    got = spans(text, "id", date(2014, 12, 5))
    # "barel per hari" is a rate (a quantity over time), not a SET: TimeML leaves rates unmarked
    assert got == [
        ("pukul 7:55 WIB, Jumat (5/12/2014)", "time", "2014-12-05T07:55", None),
    ]


def test_kompas_relative_month_and_until():
    dct = date(2013, 12, 5)
    got = spans("Kenaikan harga Juni lalu. Hingga penghujung 2013 ini, sampai kemarin.", "id", dct)
    assert got == [
        ("Juni lalu", "date", "2013-06", None),
        ("penghujung 2013 ini", "date", "2013", "END"),  # IndoTimex: the deictic word too
        ("kemarin", "date", "2013-12-04", None),
    ]


def test_indonesian_narrative_chain():
    text = (
        "Pada 27 September 2020, Azerbaijan menyerang. Keesokan harinya, Rusia menyerukan "
        "gencatan. Dua hari kemudian, Armenia membalas. Setahun kemudian damai. Hari itu hujan."
    )
    got = [(m.text, m.value, m.anchor) for m in tag(text, "id", None)]
    assert got == [
        ("27 September 2020", "2020-09-27", "absolute"),
        ("Keesokan harinya", "2020-09-28", "narrative"),
        ("Dua hari kemudian", "2020-09-30", "narrative"),
        ("Setahun kemudian", "2021", "narrative"),
        ("Hari itu", "2021-XX-XX", "narrative"),
    ]


def test_english_war_narrative():
    text = (
        "On 22 June 1941, Germany invaded. The next day, Soviet forces counterattacked. "
        "In late 1943 the Red Army crossed the Dnieper. On 6 June 1944 the Allies landed; "
        "two days later they took Bayeux. That night the Germans withdrew. "
        "The siege lasted 872 days. Three months later, on 2 September, it ended."
    )
    got = [(m.text, m.kind, m.value, m.mod, m.anchor) for m in tag(text, "en", None)]
    assert got == [
        ("22 June 1941", "date", "1941-06-22", None, "absolute"),
        ("The next day", "date", "1941-06-23", None, "narrative"),
        ("late 1943", "date", "1943", "END", "absolute"),
        ("6 June 1944", "date", "1944-06-06", None, "absolute"),
        ("two days later", "date", "1944-06-08", None, "narrative"),
        ("That night", "time", "1944-06-08TNI", None, "narrative"),
        ("872 days", "duration", "P872D", None, "absolute"),
        ("Three months later", "date", "1944-09", None, "narrative"),
        ("2 September", "date", "1944-09-02", None, "narrative"),
    ]


def test_positions_of_bare_units_and_weekends():
    text = "Pada akhir tahun dan akhir pekan lalu, juga akhir pekan."
    got = spans(text, "id", date(2014, 12, 17))
    assert got == [
        ("akhir tahun", "date", "2014", "END"),
        ("akhir pekan lalu", "date", "2014-W50-WE", None),
        ("akhir pekan", "date", "2014-W50-WE", None),
    ]
    got = spans("Troops stay until the end of the year.", "en", date(1990, 8, 13))
    assert got == [("the end of the year", "date", "1990", "END")]


def test_holidays():
    got = spans("Elian was found Thanksgiving Day. Natal 2014.", "en", date(2000, 1, 7))
    assert got[0] == ("Thanksgiving Day", "date", "1999-11-25", None)
    (m,) = tag("Menjelang Natal dan Tahun Baru.", "id", date(2014, 12, 17))[:1]
    assert (m.text, m.value) == ("Natal", "2014-12-25")


def test_coarse_narrative_leaves_unknown_parts():
    text = "The war ended in 1945. That day crowds gathered; the following week, troops left."
    got = [(m.text, m.value, m.earliest) for m in tag(text, "en", None)]
    assert got == [
        ("1945", "1945", datetime(1945, 1, 1)),
        ("That day", "1945-XX-XX", None),
        ("the following week", "1945-WXX", None),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Nokia 3310 tahun lalu.", "id"), ("10000000 weeks later.", "en"), ("1000000 days ago", "en")],
)
def test_offsets_beyond_the_calendar_stay_unresolved(text, lang):
    (m,) = tag(text, lang, date(2020, 1, 1))
    assert (m.value, m.anchor, m.earliest, m.latest) == ("XXXX", "none", None, None)
    assert text[m.start : m.end] == m.text


def test_modal_may_and_names_are_not_dates():
    assert spans("May God protect them. The Daily Telegraph said.", "en", date(2019, 1, 1)) == []
    assert spans("In May it rained daily.", "en", date(2019, 6, 1)) == [
        ("May", "date", "2019-05", None),
        ("daily", "set", "P1D", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a (fiscal) year with its end date is a year's length; without one, the current year
        (
            "Revenue was $76 million for the year ended March 31.",
            [("the year", "P1Y"), ("March 31", "1989-03-31")],
        ),
        ("For the year, pet food volume was flat.", [("the year", "1989")]),
        # "last" before half/quarter is a position; "the last quarter" alone is the previous one
        ("Sales will rise in the last half of 1989.", [("the last half of 1989", "1989-H2")]),
        ("Profit fell in the last quarter of 1988.", [("the last quarter of 1988", "1988-Q4")]),
        ("Profit fell in the last quarter.", [("the last quarter", "1989-Q3")]),
        # "fiscal" belongs to the quarter's span; past tense keeps a first quarter behind
        ("Profit jumped in the fiscal first quarter.", [("the fiscal first quarter", "1989-Q1")]),
    ],
)
def test_english_report_periods(text, expected):
    got = [(m.text, m.value) for m in tag(text, "en", date(1989, 10, 26))]
    assert got == expected


def test_year_ago_period_ignores_a_quarter_still_ahead():
    text = (
        "Steelmakers will report losses through the third quarter of 1990. "
        "In the year-ago period, Bethlehem earned $101.4 million."
    )
    got = [(m.text, m.value) for m in tag(text, "en", date(1989, 10, 26))]
    assert got[-1] == ("the year-ago period", "1988-Q3")
