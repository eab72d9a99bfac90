"""Rules of session 11: "a century ago today" is one day counted back from the writing, and the
story it opens is told in that year.

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_cases import at as _at
from timex_cases import gold_text
from timex_cases import tags as _tags

WRITTEN = date(2016, 5, 31)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "A century ago today, the two fleets met.",
            "en",
            [("A century ago today", "1916-05-31")],
        ),
        (
            "Two centuries ago today, the treaty was signed.",
            "en",
            [("Two centuries ago today", "1816-05-31")],
        ),
        (
            "Satu abad lalu hari ini, armada bertemu.",
            "id",
            [("Satu abad lalu hari ini", "1916-05-31")],
        ),
        # Without "today" the century itself is named, as before.
        ("Exactly a century ago, the fleets met.", "en", [("a century ago", "19")]),
    ],
)
def test_a_century_ago_today(text, lang, expected):
    assert _tags(text, lang, WRITTEN) == [_at(text, m, v) for m, v in expected]


def test_the_story_a_century_ago_today_opens_is_told_in_its_year():
    text = gold_text("narrative_blind95_timex", "jutland")
    found = {m: v for m, _, v in _tags(text, "en", WRITTEN)}
    assert found["A century ago today"] == "1916-05-31"
    assert found["1 June"] == "1916-06-01"
    assert found["19 August"] == "1916-08-19"
    assert found["the following year"] == "1917"


def test_since_a_season_in_a_past_perfect_is_the_last_one_begun():
    text = (
        "In the spring of 1942 Japan seemed unstoppable. The raid on Tokyo came on April 18. "
        "Codebreakers had been reading the naval code since the winter, and in mid-May a "
        "message confirmed the target. The carriers met on June 4."
    )
    found = {m: v for m, _, v in _tags(text, "en", date(2012, 6, 4))}
    assert found["the winter"] == "1941-WI"
    assert found["mid-May"] == "1942-05"
    assert found["June 4"] == "1942-06-04"


def test_since_a_season_in_a_present_perfect_keeps_the_story_moving_on():
    # "have hunted ... since the summer": the period runs to the writing, not a look back
    text = gold_text("narrative_blind61_timex", "kherson")
    found = dict((m, v) for m, _, v in _tags(text, "en", date(2024, 11, 11)) if m == "the summer")
    assert found == {"the summer": "2024-SU"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 5 May they met. They had argued the day before.",
            [("5 May", "2015-05-05"), ("the day before", "2015-05-04")],
        ),
        (
            "On 5 May they met. The day before, they argued.",
            [("5 May", "2015-05-05"), ("The day before", "2015-05-04")],
        ),
        # Before an event it is that event's day, which the text does not date.
        ("The day before the election, he resigned.", []),
        (
            "He was last seen Nov. 3, the day before authorities issued a warrant.",
            [("Nov. 3", "2014-11-03")],
        ),
        ("They attacked at first light.", [("first light", "2015-04-25TMO")]),
    ],
)
def test_the_day_before_alone_and_first_light(text, expected):
    assert _tags(text, "en", date(2015, 4, 25)) == [_at(text, m, v) for m, v in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By four o'clock the battle was over.", [("four o'clock", "2015-04-25T04:00")]),
        ("By 4 o'clock the battle was over.", [("4 o'clock", "2015-04-25T04:00")]),
        ("Two people died.", []),
    ],
)
def test_an_hour_in_words_before_o_clock(text, expected):
    assert _tags(text, "en", date(2015, 4, 25)) == [_at(text, m, v) for m, v in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 5 May 1940 they met. In the early afternoon the tanks moved.",
            [("5 May 1940", "1940-05-05", None), ("the early afternoon", "1940-05-05TAF", "START")],
        ),
        (
            "On 5 May 1940 they met. By mid afternoon, officials said.",
            [("5 May 1940", "1940-05-05", None), ("mid afternoon", "1940-05-05TAF", "MID")],
        ),
        (
            "In London at mid-afternoon yesterday the index fell.",
            [("mid-afternoon yesterday", "2015-04-24TAF", "MID")],
        ),
        # A part of the day as a modifier of a noun is no time.
        ("It was an early morning raid.", []),
    ],
)
def test_a_part_of_the_day_after_early_mid_or_late(text, expected):
    got = _tags(text, "en", date(2015, 4, 25), mod=True)
    assert got == [_at(text, m, v, mod) for m, v, mod in expected]


def test_a_verb_after_and_has_its_own_tense():
    text = (
        "It is also likely to weigh on Chancellor Angela Merkel, who faces a general election "
        "on 27 September and has defended a mission that most Germans oppose."
    )
    assert _tags(text, "en", date(2009, 9, 5)) == [_at(text, "27 September", "2009-09-27")]
    # A date that the coordination continues keeps the tense after it
    text = "Troops on Monday and Tuesday will withdraw."
    got = dict((m, v) for m, _, v in _tags(text, "en", date(2009, 9, 5)))
    assert got["Tuesday"] == "2009-09-08"


def test_the_following_year_after_a_look_back_in_the_sentence_before():
    text = gold_text("wire_gold39_en", "wire397")
    found = dict((m, v) for m, _, v in _tags(text, "en", date(2021, 2, 16)))
    assert found["the following year"] == "2012"
    # The story's own year, when the last date moved it: "in 1971, ended ... the following year"
    text = "A third war, in 1971, ended with the Simla Agreement the following year."
    found = dict((m, v) for m, _, v in _tags(text, "en", date(2009, 12, 19)))
    assert found["the following year"] == "1972"


def test_a_month_that_opens_a_period_does_not_move_the_story():
    text = (
        "Girls in Afghanistan have been barred from secondary school since March 2022, and a "
        "morality law published in late August forbids women from raising their voices."
    )
    found = dict((m, v) for m, _, v in _tags(text, "en", date(2024, 10, 4)))
    assert found["March 2022"] == "2022-03"
    assert found["late August"] == "2024-08"


def test_a_story_opening_with_a_clock_time_still_opens_with_its_year():
    # "began at 5:30 a.m. on January 21, 1968": the clock time is no date of its own
    text = gold_text("narrative_blind96_timex", "khesanh")
    found = dict((m, v) for m, _, v in _tags(text, "en", date(2008, 3, 1)))
    assert found["the end of February"] == "1968-02"
