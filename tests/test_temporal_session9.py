"""Rules of session 9: a year that opens a period running up to the writing ("since 1994",
"dating back to 2014", "sejak 2014") is where a span starts, not a story's moment; bare dates
after it keep the publication's year.

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_cases import at as _at
from timex_cases import tags as _tags


@pytest.mark.parametrize(
    ("text", "lang", "published", "mention", "value"),
    [
        (
            "Police are investigating shootings of doctors dating to 1994. In January, a clinic "
            "bombing killed an officer.",
            "en",
            date(1998, 10, 25),
            "January",
            "1998-01",
        ),
        (
            "The ceasefire was signed on 2 February 2012. The rebels had held the valley since "
            "2006. On 14 November, the army launched a new offensive.",
            "en",
            date(2012, 11, 21),
            "14 November",
            "2012-11-14",
        ),
        (
            "Kelompok itu menguasai wilayah tersebut sejak 2014. Pada Juli, pasukan pemerintah "
            "merebut kembali kota itu.",
            "id",
            date(2017, 9, 1),
            "Juli",
            "2017-07",
        ),
    ],
)
def test_a_year_that_opens_a_period_is_no_story_moment(text, lang, published, mention, value):
    assert _at(text, mention, value) in _tags(text, lang, published)


@pytest.mark.parametrize(
    ("text", "lang", "published", "mention", "value"),
    [
        # a clause tells of the year: its month is of that year
        (
            "Mariupol had been on the front line since 2014, when volunteer units drove "
            "separatist forces out of the city in June.",
            "en",
            date(2023, 6, 30),
            "June",
            "2014-06",
        ),
        # "sejak" with a full date is the day something happened: what follows counts from it
        (
            "Keduanya telah melangsungkan akad nikah sejak 15 Juli 2012 lalu. Setahun "
            "setelahnya, mereka dikaruniai anak pertama.",
            "id",
            date(2017, 6, 5),
            "Setahun setelahnya",
            "2013",
        ),
        # a year without "since" still sets the story
        (
            "The fighting broke out in 1994. In January, a clinic bombing killed an officer.",
            "en",
            date(1998, 10, 25),
            "January",
            "1994-01",
        ),
    ],
)
def test_a_dated_moment_still_anchors_what_follows(text, lang, published, mention, value):
    assert _at(text, mention, value) in _tags(text, lang, published)
