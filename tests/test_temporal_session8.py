"""Rules found on the blind sets of session 8 (IndoSum 104-107, histories 58-61, English wire
news 13-14): weekdays that name a story's year, in the Gregorian or the Julian calendar.

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_cases import at as _at
from timex_cases import tags as _tags

_HISTORY_1915 = (
    "The battle was fought from 10 to 13 March 1915. By the end of 1914 the war of movement "
    "had ended. In February 1915 the First Army was given the task. The Germans had held the "
    "village since late October 1914, and the Indian Corps had arrived in France in the autumn "
    "of 1914. The bombardment opened at 7:30 a.m. on Wednesday, 10 March, and on 12 March a "
    "German counter-attack was beaten off."
)


def test_a_weekday_names_the_next_year_when_the_story_year_does_not_fit():
    # The story's last date is the autumn of 1914; 10 March 1914 was a Tuesday, 10 March 1915
    # a Wednesday: the weekday dates the day, and the story goes on from it.
    found = _tags(_HISTORY_1915, "en", date(2012, 2, 20))
    assert _at(_HISTORY_1915, "Wednesday, 10 March", "1915-03-10") in found
    assert _at(_HISTORY_1915, "7:30 a.m.", "1915-03-10T07:30") in found
    assert _at(_HISTORY_1915, "12 March", "1915-03-12") in found


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # Agincourt: a Friday in the Julian calendar, a Wednesday in the proleptic Gregorian one
        ("Henry V landed in France in August 1415 and took Harfleur after a siege. The armies "
         "met near Agincourt on Friday, 25 October, and that afternoon the French were routed.",
         "Friday, 25 October", "1415-10-25"),
        # Naseby: Saturday, 14 June 1645 (Julian; England kept it until 1752)
        ("Fairfax took the field in May 1645 and marched north. Early on Saturday, 14 June, the "
         "two armies formed up near Naseby.", "Early on Saturday, 14 June", "1645-06-14"),
    ],
)  # fmt: skip
def test_before_1753_a_weekday_may_be_of_the_julian_calendar(text, mention, value):
    assert _at(text, mention, value) in _tags(text, "en", date(2016, 6, 15))


def test_a_weekday_that_fits_neither_calendar_leaves_the_day_to_the_story():
    # 25 October 1415 was no Monday in either calendar: the story's year stays, whatever
    # other year the weekday would fit
    text = (
        "Henry V landed in France in August 1415 and took Harfleur after a siege. The armies "
        "met near Agincourt on Monday, 25 October."
    )
    found = dict((m, v) for m, _, v in _tags(text, "en", date(2016, 6, 15)))
    assert found["Monday, 25 October"][:4] != "1416"
