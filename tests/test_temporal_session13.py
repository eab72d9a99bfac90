"""Rules of session 13: names, story years, ranges of clock times, nights, feasts, "another".

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_cases import at as _at
from timex_cases import tags as _tags


def test_a_capitalized_qualifier_inside_a_name_is_no_qualifier() -> None:
    # "Timur Tengah" is the Middle East, "Jawa Tengah" Central Java: "hari ini" alone is today
    for text in (
        "Konferensi tentang keamanan Timur Tengah hari ini dibuka.",
        "Banjir melanda Jawa Tengah hari ini.",
    ):
        assert _tags(text, "id", date(2016, 12, 12), mod=True) == [
            _at(text, "hari ini", "2016-12-12", None)
        ]
    # at the start of a sentence it is still midday (and the qualifier of today)
    text = "Tengah hari ini, polisi menangkap dua orang."
    assert _tags(text, "id", date(2016, 12, 12), mod=True) == [
        _at(text, "Tengah hari ini", "2016-12-12", "MID")
    ]


def test_a_weekday_date_that_fits_the_year_before_the_story_s_takes_it() -> None:
    # a story read a year too far (the summer after October 1939 taken for 1940): "Thursday,
    # 30 November" is of 1939 (a Saturday in 1940 and a Sunday in 1941), not of the writing
    text = (
        "In October 1939, having divided Eastern Europe with Germany in the summer, Stalin "
        "invited Finland to send negotiators. The talks broke down in mid-November. At 8 a.m. "
        "on Thursday, 30 November, Soviet artillery opened fire, and that afternoon bombers "
        "struck Helsinki. The next day Moscow set up a puppet government."
    )
    found = _tags(text, "en", date(2019, 11, 30))
    assert _at(text, "Thursday, 30 November", "1939-11-30") in found
    assert _at(text, "8 a.m.", "1939-11-30T08:00") in found
    assert _at(text, "The next day", "1939-12-01") in found


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # 8 February 2021 was a Monday: the curfew ends at 4 a.m. on Tuesday
        (
            "The first curfew begins at 8 p.m. local time (1330 GMT) Monday and runs until 4 a.m.",
            "4 a.m.",
            "2021-02-09T04:00",
        ),
        ("They imposed a curfew from 9 p.m. to 5 a.m.", "5 a.m.", "2021-02-09T05:00"),
    ],
)
def test_a_range_of_clock_times_ends_the_next_morning(text: str, mention: str, value: str) -> None:
    assert _at(text, mention, value) in _tags(text, "en", date(2021, 2, 8))


def test_clock_times_of_another_range_in_brackets_stay_on_their_day() -> None:
    text = "Russia agreed to halt fire from 9 a.m. to 9 p.m. local time (0700 to 1900 GMT)."
    assert _at(text, "1900 GMT", "2022-03-09T19:00") in _tags(text, "en", date(2022, 3, 9))


def test_a_mandate_that_runs_out_on_a_day_runs_out_ahead() -> None:
    text = "The current mandate for Bab al-Hawa runs out on 10 July."
    assert _at(text, "10 July", "2023-07-10") in _tags(text, "en", date(2023, 2, 14))


def test_the_night_the_story_spent_is_its_day_s_night() -> None:
    text = (
        "On 24 October 1415 the armies met near Agincourt. Rain fell through the night. "
        "The French spent the night on wet ground, and fighting went on into the night."
    )
    found = _tags(text, "en", date(2015, 10, 25))
    nights = [f for f in found if f[0] == "the night"]
    assert [f[2] for f in nights] == ["1415-10-24TNI"] * 3
    assert [text[f[1] : f[1] + 9] for f in nights] == ["the night"] * 3
    # "on the night of 25 October" stays the date's
    text = "They left on the night of 25 October 1415."
    assert _tags(text, "en", date(2015, 10, 25)) == [_at(text, "25 October 1415", "1415-10-25")]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # the Julian computus before 1583: Easter 1461 fell on 5 April, Palm Sunday on 29 March
        (
            "The Yorkists marched north in March 1461. On Palm Sunday the battle was fought.",
            "Palm Sunday",
            "1461-03-29",
        ),
        (
            "The uprising began in Dublin in 1916. On Easter Monday the rebels seized the Post "
            "Office. At noon they read the proclamation.",
            "Easter Monday",
            "1916-04-24",
        ),
        (
            "The uprising began in Dublin in 1916. On Easter Monday the rebels seized the Post "
            "Office. At noon they read the proclamation.",
            "noon",
            "1916-04-24T12:00",
        ),
    ],
)
def test_a_moveable_feast_in_a_history_is_of_the_story_s_year(
    text: str, mention: str, value: str
) -> None:
    assert _at(text, mention, value) in _tags(text, "en", date(2011, 3, 29))


def test_another_quarter_of_a_century_is_25_years() -> None:
    text = "The wars went on for another quarter of a century."
    assert _tags(text, "en", date(2011, 3, 29)) == [_at(text, "quarter of a century", "P25Y")]


def test_another_is_one_more_unit() -> None:
    text = "The council renewed it for another year. The truce will remain for another week."
    found = _tags(text, "en", date(2015, 7, 1))
    assert _at(text, "another year", "P1Y") in found
    assert _at(text, "another week", "P1W") in found
    # with an amount, the amount counts: "another six months" is six months
    text = "The junta extended the emergency for another six months."
    assert _tags(text, "en", date(2024, 1, 31)) == [_at(text, "six months", "P6M")]


def test_must_looks_ahead_and_must_have_does_not() -> None:
    text = "Mubarak must step down by Friday."
    assert _tags(text, "en", date(2011, 2, 2)) == [_at(text, "Friday", "2011-02-04")]
    text = "The gunmen must have entered the city on Friday."
    assert _tags(text, "en", date(2011, 2, 2)) == [_at(text, "Friday", "2011-01-28")]


def test_a_history_s_planned_day_comes_and_moves_the_story() -> None:
    # "would be auctioned on 14 February 1879" is a plan told from February 1878, and in a
    # history the day comes: "That morning" and the bare dates after it are of 1879
    text = (
        "A treaty of 1874 promised low taxes. In February 1878, however, the congress imposed a "
        "tax. When the company refused to pay, Bolivia announced that its property would be "
        "auctioned on 14 February 1879. That morning Chilean soldiers landed at Antofagasta. "
        "Bolivia declared war on 1 March."
    )
    found = _tags(text, "en", date(2014, 1, 27))
    assert _at(text, "That morning", "1879-02-14TMO") in found
    assert _at(text, "1 March", "1879-03-01") in found


def test_a_month_in_a_title_does_not_keep_a_story_from_opening() -> None:
    # "The August offensive" names no year; the story opens with "the summer of 1915", and its
    # "6 August" is of 1915 even in an article written on 6 August 2010
    text = (
        "The August offensive at Gallipoli was the last attempt to win the campaign. By the "
        "summer of 1915 the Allied troops who had landed in April were still penned in. The "
        "attack began on 6 August at 5:30 p.m. with a diversion at Lone Pine."
    )
    found = _tags(text, "en", date(2010, 8, 6))
    assert _at(text, "6 August", "1915-08-06") in found
    assert _at(text, "5:30 p.m.", "1915-08-06T17:30") in found


def test_the_coming_years_in_indonesian_are_the_future() -> None:
    # "tahun-tahun mendatang" (the years to come), not "tahun mendatang" (next year)
    text = (
        "Acara itu diharapkan terus terlaksana pada tahun-tahun mendatang. "
        "Tahun mendatang ia pensiun."
    )
    found = _tags(text, "id", date(2017, 8, 21))
    assert _at(text, "tahun-tahun mendatang", "FUTURE_REF") in found
    assert _at(text, "Tahun mendatang", "2018") in found


def test_a_subordinate_clause_after_the_expression_has_its_own_tense() -> None:
    # "won" belongs to the "after" clause: the government is still to be formed in October
    text = (
        "Abiy is expected to form a new government in October after his Prosperity Party won "
        "a landslide."
    )
    assert _at(text, "October", "2021-10") in _tags(text, "en", date(2021, 7, 12))


def test_a_clock_time_before_the_next_day_is_its_own_expression() -> None:
    # "at 11 a.m. the next day": a TIME and a DATE, as the histories mark them; a weekday after
    # a clock time stays one TIME ("10 p.m. Wednesday", as TimeBank marks it)
    text = (
        "The treaty was signed on 12 March 1940. Firing stopped at 11 a.m. the next day. "
        "He left at 10 p.m. Wednesday."
    )
    found = _tags(text, "en", date(2019, 11, 30))
    assert _at(text, "11 a.m.", "1940-03-13T11:00") in found
    assert _at(text, "the next day", "1940-03-13") in found
    assert next(f for f in found if f[0].startswith("10 p.m."))[0] == "10 p.m. Wednesday"
