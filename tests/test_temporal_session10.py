"""Rules of session 10: a text with no publication date and no dated line keeps its clock
times ("XXXX-XX-XXT03:00", not a bare unknown day) and does not fail on "the night of" a day
whose year is unknown.

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_cases import at as _at
from timex_cases import gold_text
from timex_cases import tags as _tags

import conflictlens as cl


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("At 3 a.m. they stopped.", "en", [("3 a.m.", "XXXX-XX-XXT03:00")]),
        ("Yesterday morning they left.", "en", [("Yesterday morning", "XXXX-XX-XXTMO")]),
        (
            "Gempa terjadi pukul 04.37 WIB.",
            "id",
            [("pukul 04.37 WIB", "XXXX-XX-XXT04:37")],
        ),
        (
            "The rockets fell on the night of 23 October. At 3 a.m. they stopped.",
            "en",
            [("23 October", "XXXX-10-23"), ("3 a.m.", "XXXX-XX-XXT03:00")],
        ),
    ],
)
def test_clock_times_without_a_reference(text, lang, expected):
    assert _tags(text, lang, None) == [_at(text, m, v) for m, v in expected]


def test_night_of_an_unknown_year_through_analyze():
    text = "The rockets fell on the night of 23 October. At 3 a.m. they stopped."
    result = cl.analyze(text, lang="en")
    assert result.published is None
    assert list(result.mentions["value"]) == ["XXXX-10-23", "XXXX-XX-XXT03:00"]
    assert list(result.mentions["start"]) == [text.index("23 October"), text.index("3 a.m.")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # An article before a multiplier is "one": "a hundred years" (was "years ago" alone)
        (
            "A hundred years ago, the Bolsheviks seized power.",
            "en",
            [("A hundred years ago", "1917")],
        ),
        ("The feud lasted a hundred years.", "en", [("a hundred years", "P100Y")]),
        ("It began a thousand years ago.", "en", [("a thousand years ago", "1017")]),
        # Minutes after or before an hour are one clock time
        (
            "They attacked at ten minutes past midnight.",
            "en",
            [("ten minutes past midnight", "2017-11-07T00:10")],
        ),
        (
            "The ship sank at a quarter past two.",
            "en",
            [("a quarter past two", "2017-11-07T02:15")],
        ),
        (
            "The bombers came at twenty minutes to midnight.",
            "en",
            [("twenty minutes to midnight", "2017-11-07T23:40")],
        ),
        (
            "He left home a quarter before 11 a.m. on Thursday.",
            "en",
            [("a quarter before 11 a.m.", "2017-11-02T10:45"), ("Thursday", "2017-11-02")],
        ),
        # ... but "five to ten years" stays a range of amounts, and "30 minutes before the
        # 6 p.m. deadline" a duration and a time
        ("The sentence is five to ten years.", "en", [("five to ten years", "PXY")]),
        (
            "It ended 30 minutes before the 6 p.m. deadline.",
            "en",
            [("30 minutes", "PT30M"), ("6 p.m.", "2017-11-07T18:00")],
        ),
        # (a text ending in "the year" after a prefix no longer fails)
        ("It took a quarter of the year", "en", [("the year", "2017")]),
    ],
)
def test_session10_rules(text, lang, expected):
    assert _tags(text, lang, date(2017, 11, 7)) == [_at(text, m, v) for m, v in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "per Sabtu (26/1)": as of that Saturday, not every Saturday
        (
            "Video itu sudah ditonton 134 juta kali per Sabtu (26/1).",
            [("Sabtu (26/1)", "2018-01-26")],
        ),
        ("Obat itu diminum dua kali per hari.", [("per hari", "P1D")]),
        # "sehari-harinya" (daily, with its clitic) is a doubled word, no "sehari" (a day)
        ("Ia tidak makan sebanyak itu sehari-harinya.", []),
        ("Ia bekerja sehari penuh.", [("sehari", "P1D")]),
        # "every weekend" is each week's weekend
        ("Mereka datang setiap akhir pekan.", [("setiap akhir pekan", "XXXX-WXX-WE")]),
    ],
)
def test_per_weekday_is_as_of_that_day(text, expected):
    published = date(2018, 1, 28)
    assert _tags(text, "id", published) == [_at(text, m, v) for m, v in expected]


@pytest.mark.parametrize(
    ("text", "lang", "published", "mention", "value"),
    [
        # Years counted on past the writing are the writing's own year
        (
            "The war ended in January 1970. Ojukwu lived in exile until he was pardoned in "
            "1982. Fifty years later, the war is still barely taught in schools.",
            "en",
            date(2020, 1, 15),
            "Fifty years later",
            "2020",
        ),
        (
            "Rekor transfer dipecahkan pada 2015. Satu tahun berselang, rekor itu kembali pecah.",
            "id",
            date(2016, 9, 1),
            "Satu tahun berselang",
            "2016",
        ),
        # ... a year later that stays before the writing is counted as before
        (
            "The dam was finished in 1990. Two years later, the valley flooded.",
            "en",
            date(2020, 1, 15),
            "Two years later",
            "1992",
        ),
        # ... and days may run past it (a plan)
        (
            "Laga pertama digelar Sabtu (6/5). Laga kedua digelar tiga hari kemudian.",
            "id",
            date(2017, 5, 6),
            "tiga hari kemudian",
            "2017-05-09",
        ),
    ],
)
def test_years_later_past_the_writing(text, lang, published, mention, value):
    assert _at(text, mention, value) in _tags(text, lang, published)


def test_history_with_a_closing_paragraph_from_the_writing():
    # A history whose deictic expressions all stand in its last paragraph ("Rwandan troops
    # arrived last July, and this week ... Today the party marks sixty years") is still a
    # history: "September 7" after "April 25, 1974" is of 1974, not of the year of writing.
    text = gold_text("narrative_blind92_timex", "mozambique")
    found = _tags(text, "en", date(2022, 6, 25))
    assert _at(text, "September 7", "1974-09-07") in found
    assert _at(text, "two weeks later", "1974-09-21") in found
    assert _at(text, "last July", "2021-07") in found


def test_small_hours_after_an_afternoon_are_the_next_day():
    # "at about 4.30 p.m." on 22 January, then "By about 2 a.m." with no new date: the night
    # went on, the small hours are of the 23rd (as after an evening clock time)
    text = (
        "On 22 January 1879 the Zulu reserve crossed the river. The attack on the mission "
        "station began at about 4.30 p.m. and went on through the night. By about 2 a.m. the "
        "attacks had slackened."
    )
    found = _tags(text, "en", date(2019, 1, 22))
    assert _at(text, "4.30 p.m.", "1879-01-22T16:30") in found
    assert _at(text, "2 a.m.", "1879-01-23T02:00") in found
