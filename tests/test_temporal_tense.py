"""Second-pass temporal cases: tense, day ranges, spoken years and Indonesian news sentences.

The Indonesian sentences are copied from Kompas articles; the English ones are short news-style
sentences. Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest

from conflictlens.extract.temporal import tag
from conflictlens.extract.temporal.anchor import tense
from conflictlens.extract.temporal.lexicon import get_lexicon, tokenize
from conflictlens.extract.temporal.normalize import duration_value


def _tags(text: str, lang: str, published: date | None) -> list[tuple[str, int, str]]:
    out = [(m.text, m.start, m.value) for m in tag(text, lang, published)]
    for m in tag(text, lang, published):
        assert text[m.start : m.end] == m.text
    return out


INDONESIAN = [
    (
        "Wakil Presiden Komunikasi Korporat PT Pertamina (Persero) Ali Mundakir menyampaikan "
        "hal itu, Kamis (17/10/2013), di Jakarta.",
        date(2013, 10, 18),
        [("Kamis (17/10/2013)", 93, "2013-10-17")],
    ),
    (
        "Namun, implementasi sistem itu diperkirakan baru bisa terealisasi bulan depan.",
        date(2013, 10, 18),
        [("bulan depan", 66, "2013-11")],
    ),
    (
        "Setelah pemasangan di kendaraan, akan ada masa sosialisasi mengenai penerapan sistem "
        "itu secara simultan selama tiga bulan.",
        date(2013, 10, 18),
        [("tiga bulan", 112, "P3M")],
    ),
    (
        "Data yang dirilis Energy Information Administration kemarin (19/11) menunjukkan, "
        "cadangan minyak AS naik 2,6 juta barel menjadi 381,1 juta barel pada pekan lalu.",
        date(2014, 11, 20),
        [
            # the deictic day and its bracketed date are one DATE, as "Kamis (20/11)" is
            ("kemarin (19/11)", 52, "2014-11-19"),
            ("pekan lalu", 150, "2014-W46"),
        ],
    ),
    (
        "Dalam dua pekan terakhir, harga minyak di pasar acuan Amerika turun 17 persen.",
        date(2014, 12, 11),
        [("dua pekan terakhir", 6, "P2W")],
    ),
    (
        "Minyak jenis West Texas Intermediate (WTI) bergerak turun ke level terlemah dalam "
        "5 tahun terakhir, setelah kemarin tak kuat melanjutkan rally.",
        date(2014, 12, 5),
        [("5 tahun terakhir", 82, "P5Y"), ("kemarin", 108, "2014-12-04")],
    ),
    (
        "Harga WTI melandai lagi ke 66,69 dollar AS per barel pada pukul 06.18 WIB.",
        date(2014, 12, 5),
        [("pukul 06.18 WIB", 58, "2014-12-05T06:18")],
    ),
    (
        "Padahal apabila melihat ke belakang, tahun 1998 harga minyak mentah dunia jatuh.",
        date(2014, 12, 3),
        [("tahun 1998", 37, "1998")],
    ),
    (
        "Makanya kuota premium akan sisa 1 jutaan, sampai akhir 2013, imbuh Iskandar.",
        date(2013, 12, 6),
        [("akhir 2013", 49, "2013")],
    ),
    (
        "Harga minyak naik sejak awal tahun ini, kata dia, Senin lalu.",
        date(2014, 11, 26),
        [("awal tahun ini", 24, "2014"), ("Senin lalu", 50, "2014-11-24")],
    ),
    (
        "Harga in merupakan, level terendah sejak pertengahan September 2010.",
        date(2014, 11, 26),
        [("pertengahan September 2010", 41, "2010-09")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), INDONESIAN)
def test_indonesian_news_sentences(text, published, expected):
    assert _tags(text, "id", published) == expected


def test_indonesian_mods_are_kept():
    found = {
        m.text: m.mod for m in tag("Harga naik sejak awal tahun ini.", "id", date(2014, 11, 26))
    }
    assert found == {"awal tahun ini": "START"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "akan" (will) puts a bare weekday ahead of the publication date, "telah" behind it.
        ("Menteri akan berkunjung ke Aceh pada Jumat.", date(2014, 12, 2), "2014-12-05"),
        ("Menteri telah berkunjung ke Aceh pada Jumat.", date(2014, 12, 2), "2014-11-28"),
        ("Sudirman mengatakan dia akan kembali rapat pada Kamis.", date(2014, 12, 2), "2014-12-04"),
        # a reporting verb next to the weekday dates the saying, not what was said
        (
            "Juru bicara Kementerian Perminyakan Irak Asim Jihad pada Minggu mengatakan bahwa "
            "negaranya berencana menaikkan produksi.",
            date(2015, 1, 7),
            "2015-01-04",
        ),
        # "dijadwalkan" (scheduled): the next June
        (
            "Pertemuan produksi berikutnya yang dijadwalkan pada Juni di Wina.",
            date(2014, 11, 28),
            "2015-06",
        ),
    ],
)
def test_indonesian_weekday_direction_from_tense(text, published, expected):
    assert [m.value for m in tag(text, "id", published)] == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Wednesday 1990-08-15
        ("The monarch will meet Bush on Thursday in Maine.", date(1990, 8, 15), "1990-08-16"),
        ("The king met Saddam on Thursday in Baghdad.", date(1990, 8, 15), "1990-08-09"),
        ("A memorial service planned for Saturday was canceled.", date(1999, 10, 24), "1999-10-23"),
        ("Peace talks are set to resume Monday in Belfast.", date(1998, 3, 22), "1998-03-23"),
        ("He could come to the U.S. as early as Tuesday.", date(2000, 4, 3), "2000-04-04"),
        # "said Tuesday" dates the saying, whatever the tense of what was said
        ("Officials said Tuesday they will send troops.", date(1990, 8, 15), "1990-08-14"),
        # no tense at all: news tell of the past
        ("Protests in the capital on Monday.", date(1990, 8, 15), "1990-08-13"),
    ],
)
def test_english_weekday_direction_from_tense(text, published, expected):
    assert [m.value for m in tag(text, "en", published)] == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("In January, the company brought in a new chief.", date(1989, 10, 27), "1989-01"),
        ("Since KKR bought RJR in February, it sold assets.", date(1989, 10, 30), "1989-02"),
        ("The three are expected to join in April.", date(1998, 12, 5), "1999-04"),
        ("Collins will be named commander for a mission in December.", date(1998, 3, 4), "1998-12"),
        ("The dividend will be paid Dec. 14 to holders.", date(1989, 10, 26), "1989-12-14"),
    ],
)
def test_month_year_from_tense(text, published, expected):
    assert [m.value for m in tag(text, "en", published)] == [expected]


def test_tense_function_nearest_marker_and_clause():
    lex = get_lexicon("en")
    toks = tokenize("The king will meet Bush on Thursday. He met him on Monday.")
    assert tense(lex, toks, 6, 7) == 1
    assert tense(lex, toks, 12, 13) == -1
    # after the expression the clause ends at the comma: "he said" does not count
    toks = tokenize("Nothing happens before Friday, he said.")
    assert tense(lex, toks, 3, 4) == 0
    # names ending in -ed are not verbs
    toks = tokenize("United Nations talks Friday.")
    assert tense(lex, toks, 3, 4) == 0


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Pertemuan pada 1-3 Januari 2020 di Jakarta.",
            "id",
            [("1", 15, "2020-01-01"), ("3 Januari 2020", 17, "2020-01-03")],
        ),
        (
            "Sidang digelar 10 dan 12 Desember lalu.",
            "id",
            [("10", 15, "2019-12-10"), ("12 Desember lalu", 22, "2019-12-12")],
        ),
        (
            "The summit is held on April 24 and 25.",
            "en",
            [("April 24", 22, "2020-04-24"), ("25", 35, "2020-04-25")],
        ),
        (
            "Talks ran March 3-5, 2019 in Geneva.",
            "en",
            [("March 3", 10, "2019-03-03"), ("5, 2019", 18, "2019-03-05")],
        ),
        # a count after a date is not the end of a range (and "began" puts March in the past)
        ("It began on March 3 - 5 days later it ended.", "en", [("March 3", 12, "2019-03-03")]),
    ],
)
def test_day_ranges_tag_both_days(text, lang, expected):
    got = _tags(text, lang, date(2020, 2, 1))
    assert got[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In nineteen ninety-six a bomb exploded.", [("nineteen ninety-six", 3, "1996")]),
        (
            "the winter of nineteen ninety-four",
            [("the winter of nineteen ninety-four", 0, "1994-WI")],
        ),
        ("January nineteen ninety-seven", [("January nineteen ninety-seven", 0, "1997-01")]),
        ("by the year two thousand", [("the year two thousand", 3, "2000")]),
        ("twenty two soldiers died", []),
    ],
)
def test_years_in_words(text, expected):
    assert _tags(text, "en", date(1998, 2, 1)) == expected


def test_durations_in_halves_and_couples():
    assert duration_value(1.5, "minute") == "PT1M30S"
    assert duration_value(1.5, "second") == "PT1.5S"
    assert _tags("It lasted a minute and a half.", "en", None) == [
        ("a minute and a half", 10, "PT1M30S")
    ]
    assert _tags("for a couple of years", "en", None) == [("a couple of years", 4, "P2Y")]
    assert _tags("in recent months", "en", date(1998, 2, 1)) == [("recent months", 3, "PXM")]


def test_narrative_without_publication_date_anchors_to_last_explicit_date():
    text = "In 1943 the army crossed the river. Two years later the war ended."
    assert _tags(text, "en", None) == [("1943", 3, "1943"), ("Two years later", 36, "1945")]
    text = "Pada 1998 krisis melanda. Dua tahun kemudian ekonomi pulih."
    assert _tags(text, "id", None) == [("1998", 5, "1998"), ("Dua tahun kemudian", 26, "2000")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It will be a second betrayal.", []),
        ("A second group of three companies filed.", []),
        ("He paused for a second.", [("a second", 14, "PT1S")]),
        ("Gonzalez said on CBS's ''60 Minutes.''", []),
        ("in the summer of '98", [("the summer of '98", 3, "1998-SU")]),
    ],
)
def test_ordinal_second_and_quoted_numbers_are_not_times(text, expected):
    got = [g for g in _tags(text, "en", None) if g[2] != "PT60M"]
    assert got == expected


def test_year_ago_period_is_the_last_reported_quarter_a_year_before():
    got = _tags("Net fell from the year-ago period.", "en", date(1989, 10, 26))
    assert got == [("the year-ago period", 14, "1988-Q3")]
    got = _tags("The year-ago results were restated.", "en", date(1989, 11, 2))
    assert got == [("The year-ago", 0, "1988")]


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        (
            "Pilgrims prayed on Good Friday and Easter.",
            "en",
            date(2000, 4, 25),
            [("Good Friday", 19, "2000-04-21"), ("Easter", 35, "2000-04-23")],
        ),
        ("They will return before Easter.", "en", date(2000, 3, 1), [("Easter", 24, "2000-04-23")]),
        ("He left last Easter.", "en", date(2000, 3, 1), [("last Easter", 8, "1999-04-04")]),
        ("as Easter week began", "en", date(2000, 4, 17), [("Easter week", 3, "2000-W16")]),
        ("the Easter 1916 rising", "en", None, [("Easter 1916", 4, "1916-04-23")]),
        (
            "Umat merayakan Paskah dan Jumat Agung 2014.",
            "id",
            date(2014, 4, 20),
            [("Paskah", 15, "2014-04-20"), ("Jumat Agung 2014", 26, "2014-04-18")],
        ),
    ],
)
def test_moveable_feasts_follow_easter(text, lang, published, expected):
    assert _tags(text, lang, published) == expected


def test_war_narrative_follows_its_own_dates():
    text = (
        "On 6 June 1944, Allied forces landed in Normandy. By the end of August, Paris had been "
        "liberated. The following spring, the Allies crossed the Rhine. On 30 April, Hitler died."
    )
    got = [(m.text, m.value) for m in tag(text, "en", None)]
    assert got == [
        ("6 June 1944", "1944-06-06"),
        ("the end of August", "1944-08"),
        ("The following spring", "1945-SP"),
        ("30 April", "1945-04-30"),
    ]
    # "next spring" (no determiner) still counts from the publication date
    assert [m.value for m in tag("We will meet next spring.", "en", date(2019, 6, 6))] == [
        "2020-SP"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "until" sets a limit ahead: a bare weekday after it lies after the publication date
        (
            "Officials postponed until Tuesday morning any action on the case.",
            [("Tuesday morning", 26, "2000-04-04TMO")],
        ),
        (
            "The agency extended its deadline until 9 a.m. EST Tuesday.",
            [("9 a.m. EST Tuesday", 39, "2000-04-04T09:00")],
        ),
        # ... after a deadline word only: elsewhere it may look back
        (
            "The airport stayed closed until Tuesday, officials said.",
            [("Tuesday", 32, "2000-03-28")],
        ),
        (
            "But it was not until Tuesday that he spoke.",
            [("Tuesday", 21, "2000-03-28")],
        ),
        (
            "Up until Tuesday, they had described him as a witness.",
            [("Tuesday", 9, "2000-03-28")],
        ),
        (
            "Until Tuesday, they had not called him a suspect.",
            [("Tuesday", 6, "2000-03-28")],
        ),
    ],
)
def test_until_sets_a_limit_ahead(text, expected):
    # published on Thursday 30 March 2000
    assert _tags(text, "en", date(2000, 3, 30)) == expected


def test_until_in_the_tense_of_its_sentence():
    lex = get_lexicon("en")
    toks = tokenize("They have until Monday to sign. It was not until Monday that he signed.")
    assert tense(lex, toks, 3, 4) == 1
    assert tense(lex, toks, 12, 13) == -1
    toks = tokenize("The court gave them until Friday. The road stayed closed until Friday.")
    assert tense(lex, toks, 5, 6) == 1
    assert tense(lex, toks, 12, 13) == -1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantity over time is a rate, unmarked as "$2 million a year" is
        ("Revenue should increase by 20% annually.", []),
        ("Profit is expected to rise 8.5 % annually through 1992.", [("1992", 50, "1992")]),
        ("The plant would produce about 10,000 units annually.", []),
        ("It pays dividends of C$17.9 million annually.", []),
        # a frequency or a plain adverb stays a SET
        ("Rallies are held here annually.", [("annually", 22, "P1Y")]),
        ("Take it twice daily.", [("daily", 14, "P1D")]),
        ("The government has held such rallies almost daily.", [("daily", 44, "P1D")]),
    ],
)
def test_set_adverb_after_a_quantity_is_a_rate(text, expected):
    assert _tags(text, "en", date(1989, 10, 30)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the previous / following <weekday>" counts from the day the story tells of
        (
            "Stocks fell on Friday. The index was down 4.5% from the previous Friday.",
            [("Friday", 15, "1989-10-27"), ("the previous Friday", 52, "1989-10-20")],
        ),
        (
            "He arrived on March 3. The previous Monday he had left Boston.",
            [("March 3", 14, "1989-03-03"), ("The previous Monday", 23, "1989-02-27")],
        ),
        (
            "He arrived on Wednesday. The following Monday he left.",
            [("Wednesday", 14, "1989-10-25"), ("The following Monday", 25, "1989-10-30")],
        ),
        (
            "On 6 June 1944, Allied forces landed. The following Monday, they advanced.",
            [("6 June 1944", 3, "1944-06-06"), ("The following Monday", 38, "1944-06-12")],
        ),
        # with no day told before, from the publication date as "last Friday" is
        (
            "The index was down from the previous Friday.",
            [("the previous Friday", 24, "1989-10-27")],
        ),
    ],
)
def test_previous_and_following_weekday_follow_the_story(text, expected):
    assert _tags(text, "en", date(1989, 10, 30)) == expected
