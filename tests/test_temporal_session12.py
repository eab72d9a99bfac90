"""Rules of session 12: a verb in the present that announces a scheduled event ("meet",
"holds", "faces") puts a bare weekday or month ahead of the writing, unless it is an infinitive
("to meet"), whose tense is that of the verb governing it.

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_cases import at as _at
from timex_cases import tags as _tags

from conflictlens.extract.temporal import tag


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # 1 May 1998 was a Friday: the next Monday is 4 May, the last one 27 April
        (
            "He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary "
            "of State Madeleine Albright.",
            date(1998, 5, 1),
            "Monday",
            "1998-05-04",
        ),
        (
            "Turkey, which hosts more than 2 million refugees, holds a parliamentary election "
            "on Sunday.",
            date(2015, 10, 29),
            "Sunday",
            "2015-11-01",
        ),
        (
            "His party faces voters in a general election on Sunday.",
            date(2004, 3, 12),
            "Sunday",
            "2004-03-14",
        ),
        (
            "The country holds parliamentary elections in October.",
            date(2024, 5, 14),
            "October",
            "2024-10",
        ),
        # the infinitive takes the tense of "sent": the Wednesday before the writing
        (
            "South Africa's president sent two ministers to Harare on Wednesday to meet Mugabe "
            "and the army command.",
            date(2017, 11, 16),
            "Wednesday",
            "2017-11-15",
        ),
        # a past verb stays past
        ("The two sides met Monday in London.", date(1998, 5, 1), "Monday", "1998-04-27"),
    ],
)
def test_present_schedule_verbs(text: str, published: date, mention: str, value: str) -> None:
    assert _at(text, mention, value) in _tags(text, "en", published)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Eight trading days after Oct. 12, the index fell.", "Eight trading days", "P8D"),
        ("The bank must answer within five business days.", "five business days", "P5D"),
        ("Trump tested negative for two consecutive days.", "two consecutive days", "P2D"),
        ("Prices rose for three straight weeks.", "three straight weeks", "P3W"),
    ],
)
def test_unit_with_a_kind_word(text: str, mention: str, value: str) -> None:
    """A word that says which days count ("trading", "business", "consecutive") stands
    between an amount and its unit inside one DURATION."""
    assert _at(text, mention, value) in _tags(text, "en", date(1989, 10, 30))


def test_kind_word_needs_a_unit_after_it() -> None:
    text = "It was the fifth straight loss in two business meetings."
    assert [m[0] for m in _tags(text, "en", date(1989, 10, 30))] == []


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # 28 March 2021 was a Sunday: the next Monday is the 29th
        (
            "Protest leaders called for a general strike on Monday.",
            date(2021, 3, 28),
            "Monday",
            "2021-03-29",
        ),
        (
            "The opposition leader called on supporters to gather in Taksim on Sunday.",
            date(2013, 6, 1),
            "Sunday",
            "2013-06-02",
        ),
        # the call's own day, and calls that name no plan, stay in the past
        (
            "The Coast Guard called off its search late on Tuesday.",
            date(2019, 9, 4),
            "late on Tuesday",
            "2019-09-03",
        ),
        (
            "President Zelenskiy urged NATO on Friday to impose a no-fly zone.",
            date(2022, 3, 5),
            "Friday",
            "2022-03-04",
        ),
        (
            "Putin called it retaliation for Saturday's explosion on the bridge.",
            date(2022, 10, 10),
            "Saturday",
            "2022-10-08",
        ),
    ],
)
def test_called_for_a_day(text: str, published: date, mention: str, value: str) -> None:
    """What a call is for comes after the call: its weekday is the coming one."""
    assert _at(text, mention, value) in _tags(text, "en", published)


def test_weekdays_after_a_day_of_long_ago_are_the_storys() -> None:
    """An anniversary history: the weekdays that follow "Sixty years ago today" and the story's
    days are days of 1962, not of the week of writing, and its bare dates take 1962."""
    text = (
        "Sixty years ago today, the world came closer to nuclear war than ever. On Sunday, "
        "14 October a U-2 photographed launch sites in Cuba. Analysts worked on the film "
        "through Monday, and Kennedy was shown the pictures on 16 October. On Friday evening a "
        "letter from Khrushchev offered a deal. On Saturday a second letter demanded more. On "
        "Sunday Radio Moscow broadcast his acceptance, and the quarantine lasted until "
        "20 November."
    )
    found = _tags(text, "en", date(2022, 10, 27))
    assert _at(text, "16 October", "1962-10-16") in found
    assert _at(text, "20 November", "1962-11-20") in found


def test_news_that_spoke_from_its_day_keeps_its_weekdays() -> None:
    """News that says "on Monday" first and then recalls "Sept. 11, 2001" stays news."""
    text = (
        "Thousands of Afghans rushed onto the tarmac on Monday. The Taliban were driven from "
        "power after the attacks of Sept. 11, 2001. President Biden set a deadline of Aug. 31 "
        "to complete the withdrawal. Biden was to address the nation on Monday afternoon. The "
        "Security Council held an emergency meeting later Monday."
    )
    assert _at(text, "Aug. 31", "2021-08-31") in _tags(text, "en", date(2021, 8, 16))


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # the verb of a fronted month's clause comes after a long subject
        (
            "In May, a truck bomb near the German embassy killed more than 150 people.",
            date(2018, 1, 28),
            "May",
            "2017-05",
        ),
        # "next door" says nothing of the future
        (
            "On 23 June the attackers set fire to the Hanlin Academy next door.",
            date(1900, 8, 14),
            "23 June",
            "1900-06-23",
        ),
        # nor do "vacation plans" (a noun): the Friday before the writing
        (
            "On Friday, when Albright set aside vacation plans, the rescue went on.",
            date(1998, 8, 17),
            "Friday",
            "1998-08-14",
        ),
    ],
)
def test_fronted_expression_reads_to_its_verb(
    text: str, published: date, mention: str, value: str
) -> None:
    assert _at(text, mention, value) in _tags(text, "en", published)


@pytest.mark.parametrize(
    ("text", "lang", "mention", "value"),
    [
        ("The war began after the Sept. 11 attacks on New York.", "en", "Sept. 11", "2001-09-11"),
        ("The deadliest since the 11 September attacks.", "en", "11 September", "2001-09-11"),
        ("Sejak tragedi 11 September, keamanan diperketat.", "id", "11 September", "2001-09-11"),
        # the same day without the event's words is a day of the writing's year
        ("The deadline for the report is Sept. 11.", "en", "Sept. 11", "2019-09-11"),
    ],
)
def test_event_dates(text: str, lang: str, mention: str, value: str) -> None:
    """A day and month that name an event of a known year (the pack's ``event_dates``)."""
    assert _at(text, mention, value) in _tags(text, lang, date(2020, 2, 29))


def test_anniversary_hook_before_the_story() -> None:
    """ "Next Wednesday marks the 210th anniversary": a hook counted from the writing does not
    keep the story that follows (one year, 1805) from being told in its year."""
    text = (
        "Next Wednesday marks the 210th anniversary of the Battle of Austerlitz. It was fought "
        "on Monday, 2 December 1805, near Slavkov. The campaign had begun in late August, when "
        "the army marched to the Rhine. Ulm surrendered on 20 October, and the French entered "
        "Vienna on 13 November. On 1 December the allies took the bait. That evening Napoleon "
        "rode along his lines. The attack began at about 7 a.m. in thick fog, and by 4.30 p.m. "
        "it was over. An armistice was signed on 4 December and peace two days later."
    )
    found = _tags(text, "en", date(2015, 11, 27))
    assert _at(text, "13 November", "1805-11-13") in found
    assert _at(text, "1 December", "1805-12-01") in found
    assert _at(text, "Next Wednesday", "2015-12-02") in found


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Repairs to the damaged towers could take months.", "months", "PXM"),
        ("A decision on whether genocide was committed could take years.", "years", "PXY"),
        ("Preparations take days.", "days", "PXD"),
    ],
)
def test_take_a_plural_unit(text: str, mention: str, value: str) -> None:
    """ "could take months": some of the unit, as "took years" and "for years" are."""
    assert _at(text, mention, value) in _tags(text, "en", date(2019, 9, 16))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A second, Liberian-flagged tanker was boarded.", []),
        ("Swedish seismologists recorded a second, larger blast.", []),
        ("He waited a second.", [("a second", "PT1S")]),
        ("Think about it for a second, who would vote for us?", [("a second", "PT1S")]),
        ("It took two seconds, maybe three.", [("two seconds", "PT2S")]),
    ],
)
def test_a_second_before_its_nouns_adjectives(text: str, expected: list) -> None:
    """ "A second, Liberian-flagged tanker": the ordinal of a noun after a comma, no second."""
    assert [(m[0], m[2]) for m in _tags(text, "en", date(2019, 7, 20))] == expected


def test_values_beyond_the_calendar_have_no_bounds() -> None:
    """ "the 99999th century" named a year past 9999 and raised in the bounds' datetime; it
    keeps its value and has none."""
    found = tag("the 99999th century and the 20th century", "en", date(2020, 1, 1))
    bounds = {m.text: (m.earliest, m.latest) for m in found}
    assert bounds["the 99999th century"] == (None, None)
    assert bounds["the 20th century"][0].year == 1900
