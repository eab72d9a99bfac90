"""Rules of session 9: a year that opens a period running up to the writing ("since 1994",
"dating back to 2014", "sejak 2014") is where a span starts, not a story's moment; bare dates
after it keep the publication's year.

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_cases import at as _at
from timex_cases import gold_text
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


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # a count of days to or from the feast named after it ...
        (
            "Arus balik diprediksi memuncak pada H+4 Lebaran.",
            date(2017, 6, 20),
            "H+4 Lebaran",
            "2017-06-29",
        ),
        (
            "Tiket untuk H-7 lebaran sudah habis terjual.",
            date(2017, 6, 1),
            "H-7 lebaran",
            "2017-06-18",
        ),
        # ... or, bare, the feast the text names (IndoSum's spaced "H - 2")
        (
            "Menjelang Lebaran, stasiun dipadati pemudik. Puncaknya pada H - 2 dan H - 1.",
            date(2017, 6, 20),
            "H - 2",
            "2017-06-23",
        ),
        (
            "Pasar ramai pada H - 1 sebelum Ramadhan.",
            date(2017, 5, 20),
            "H - 1 sebelum Ramadhan",
            "2017-05-26",
        ),
    ],
)
def test_days_counted_from_a_feast(text, published, mention, value):
    assert _at(text, mention, value) in _tags(text, "id", published)


def test_a_count_without_a_feast_in_the_text_is_no_date():
    text = "Tiket H-1 pemilu sudah habis."
    assert not any(m[0].startswith("H") for m in _tags(text, "id", date(2019, 4, 10)))


@pytest.mark.parametrize(
    ("text", "lang", "mention", "value"),
    [
        # the end of a range of days comes after its start, with a clock time between
        (
            "A night curfew was imposed from 8 pm on Monday until 4 am on Tuesday.",
            "en",
            "Tuesday",
            "2019-04-23",
        ),
        (
            "Jam malam berlaku sejak Senin hingga pukul 04.00 WIB pada Selasa.",
            "id",
            "Selasa",
            "2019-04-23",
        ),
    ],
)
def test_a_range_of_days_with_a_clock_between(text, lang, mention, value):
    assert _at(text, mention, value) in _tags(text, lang, date(2019, 4, 22))


def test_the_stops_of_an_abbreviation_end_no_sentence():
    # "is due to" lies before "U.N.": the sentence looks ahead
    text = "Sharif is due to address the U.N. General Assembly in New York on Wednesday."
    assert _at(text, "Wednesday", "2016-09-21") in _tags(text, "en", date(2016, 9, 19))


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        (
            "The rebels took the city on 20 September 1857. On the 22nd Hodson shot three princes.",
            "the 22nd",
            "1857-09-22",
        ),
        (
            "Havelock's men fought at Fatehpur on 12 July 1857. They entered Cawnpore on the 17th "
            "and took a savage revenge.",
            "the 17th",
            "1857-07-17",
        ),
    ],
)
def test_a_bare_day_before_a_subject_or_a_verb(text, mention, value):
    assert _at(text, mention, value) in _tags(text, "en", date(2017, 5, 10))


def test_no_bare_day_in_a_unit_name():
    text = "On 12 July 1944 the attack began. On the 4th Infantry Division's front, they advanced."
    assert [m[0] for m in _tags(text, "en", date(2017, 5, 10))] == ["12 July 1944"]


def test_last_as_a_verb_is_no_part_of_the_duration():
    text = "The chiefs thought the war would last a few weeks."
    assert _tags(text, "en", date(2019, 1, 22)) == [_at(text, "a few weeks", "PXW")]


def test_a_lap_time_is_no_abbreviated_year():
    text = "1. Marc MARQUEZ (Repsol Honda) 1'27.302  2. Danilo PETRUCCI 1'27.462"
    assert _tags(text, "id", date(2017, 7, 1)) == []
    text = "The class of '98 met again."
    assert _tags(text, "en", date(2017, 7, 1)) == [_at(text, "'98", "1998")]


def test_a_weekday_with_its_month_written_out_names_the_year_around():
    # 23 February 1992 was a Sunday, 23 February 1991 a Saturday: the deadline of the war a
    # year before, although a deadline ("until") looks ahead
    text = "Bush gave Iraq until noon on Saturday, 23 February to begin leaving Kuwait."
    found = _tags(text, "en", date(1992, 2, 24))
    assert _at(text, "Saturday, 23 February", "1991-02-23") in found
    assert _at(text, "noon", "1991-02-23T12:00") in found


def test_an_epilogue_looking_ahead_leaves_a_story_a_story():
    # The project's blind history set 82: the fall of Shusha in 2020, told in May 2022; its
    # closing paragraph ("Last year ...", "Today ... the festival opens next week") speaks
    # from the writing, the story before it does not.
    text = gold_text("narrative_blind82_timex", "shusha")
    found = _tags(text, "en", date(2022, 5, 8))
    assert ("4 November", text.index("4 November"), "2020-11-04") in found
    assert ("next week", text.index("next week"), "2022-W19") in found


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Di era ' 90 - an, Marcell bersama band itu merilis album.", "' 90 - an", "199"),
        ("Dalam biografi penyanyi hit \u201960 - an itu, ia bercerita.", "\u201960 - an", "196"),
        ("Mobil Jaguar dari tahun 60 - an itu dipamerkan.", "tahun 60 - an", "196"),
        ("Pada era 90 - an, ia terkenal.", "90 - an", "199"),
    ],
)
def test_decades_by_two_digits(text, mention, value):
    assert _tags(text, "id", date(2018, 2, 19)) == [_at(text, mention, value)]


@pytest.mark.parametrize(
    "text",
    ["Indeks naik ke level 60-an.", "Pria usia 30 - an itu ditangkap.", "sekitar 20 - an orang"],
)
def test_two_digits_and_an_without_a_decade_word_are_no_decade(text):
    assert _tags(text, "id", date(2018, 2, 19)) == []


def test_a_clock_time_in_the_sentence_of_a_weekday_is_on_that_day():
    # (the report leads with Wednesday, its own day: the clock is still Tuesday's)
    text = (
        "QUITO, 10 January (Reuters) - Soldiers patrolled the streets on Wednesday after the "
        "president declared an internal armed conflict.\nThe decree followed chaos on Tuesday, "
        "when hooded gunmen stormed the studio during a live news programme at about 2:15 p.m. "
        "local time (1915 GMT)."
    )
    assert _at(text, "2:15 p.m.", "2024-01-09T14:15") in _tags(text, "en", date(2024, 1, 10))


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # "at least" before a bound weekday: the nearest one, not the past tense of "closed"
        (
            "Brussels airport will remain closed until at least Friday, its operator said late on "
            "Wednesday.",
            date(2016, 3, 23),
            "Friday",
            "2016-03-25",
        ),
        # a possessive's apostrophe opens no quotation: "will" further back still looks ahead
        (
            "Queen Elizabeth will visit the children's hospital where some of the wounded are "
            "being treated on Thursday.",
            date(2017, 5, 24),
            "Thursday",
            "2017-05-25",
        ),
    ],
)
def test_weekdays_ahead_in_wire_copy(text, published, mention, value):
    assert _at(text, mention, value) in _tags(text, "en", published)


def test_another_countrys_independence_day_is_not_the_fourth_of_july():
    text = "On 24 August, Ukraine's Independence Day, troops crossed the border."
    assert _tags(text, "en", date(2022, 8, 29)) == [_at(text, "24 August", "2022-08-24")]
    text = "Celebrations for Independence Day began."
    assert _tags(text, "en", date(2022, 8, 29)) == [_at(text, "Independence Day", "2022-07-04")]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        (
            "Three hundred and twenty-five years ago today, the relief army attacked.",
            "Three hundred and twenty-five years ago today",
            "1683-09-12",
        ),
        ("The siege lasted one hundred and fifty days.", "one hundred and fifty days", "P150D"),
    ],
)
def test_number_words_joined_by_and(text, mention, value):
    assert _tags(text, "en", date(2008, 9, 12)) == [_at(text, mention, value)]


def test_a_month_ahead_in_news_is_a_plan_not_the_story():
    text = (
        "Soldiers detained him on Monday. He said a new government would be formed and "
        "elections held in July 2023. Later that day, the general dissolved the government."
    )
    found = _tags(text, "en", date(2021, 10, 26))
    assert _at(text, "July 2023", "2023-07") in found
    assert _at(text, "Later that day", "2021-10-25") in found


def test_a_december_day_just_before_the_storys_january_day_is_of_the_year_before():
    text = (
        "Seoul fell to the Chinese for a second time on 4 January 1951, but Ridgway, who had "
        "taken command of the Eighth Army on 26 December, rebuilt its confidence, and from "
        "late January he pushed slowly north. Seoul was retaken in mid-March."
    )
    found = _tags(text, "en", date(2013, 7, 27), mod=True)
    assert _at(text, "26 December", "1950-12-26", None) in found
    assert _at(text, "late January", "1951-01", "END") in found
    assert _at(text, "mid-March", "1951-03", "MID") in found


def test_hours_later_count_from_a_clock_time_dated_after_it():
    text = (
        "The armistice was signed at 10 a.m. on 27 July 1953. The guns fell silent twelve hours "
        "later."
    )
    found = _tags(text, "en", date(2013, 7, 27))
    assert _at(text, "twelve hours later", "1953-07-27T22:00") in found


def test_a_reported_clause_has_its_own_tense():
    # "would" after "that" is the speaker's plan; the weekday dates the saying
    text = (
        "Hezbollah leader Sayyed Hassan Nasrallah said in a televised speech on Saturday night "
        "that his fighters would respect the truce."
    )
    assert _at(text, "Saturday night", "2006-08-12TNI") in _tags(text, "en", date(2006, 8, 14))
