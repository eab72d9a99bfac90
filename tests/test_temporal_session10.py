"""Rules of session 10: a text with no publication date and no dated line keeps its clock
times ("XXXX-XX-XXT03:00", not a bare unknown day) and does not fail on "the night of" a day
whose year is unknown.

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

import pytest
from timex_cases import at as _at
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
