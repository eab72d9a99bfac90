"""Third-pass temporal rules: yearly sets, clock times on their day, anaphora after deictic days,
titles in quotes, "the week of <day>", lower-case "march"/"may" and "is to" as future.

Each case checks offsets into the text and the TIMEX3 value, in English and, where the rule is
language-neutral, in Indonesian (news-style sentences).
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_cases import tags as _tags

from conflictlens.extract.temporal import tag


# -- a day, month or season of every year is a set (TimeML: "every March" is XXXX-03) ----------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Orangemen march each July from their rural church.",
            "en",
            [("each July", 16, "XXXX-07")],
        ),
        ("Taxes are due every March 15, he said.", "en", [("every March 15", 14, "XXXX-03-15")]),
        ("The fireworks come every 4 July.", "en", [("every 4 July", 19, "XXXX-07-04")]),
        ("The family travels each summer.", "en", [("each summer", 19, "XXXX-SU")]),
        ("Banjir datang setiap Juli.", "id", [("setiap Juli", 14, "XXXX-07")]),
        ("Banjir datang setiap bulan Juli.", "id", [("setiap bulan Juli", 14, "XXXX-07")]),
        ("Upacara digelar setiap 17 Agustus.", "id", [("setiap 17 Agustus", 16, "XXXX-08-17")]),
        ("Mereka berlibur setiap musim panas.", "id", [("setiap musim panas", 16, "XXXX-SU")]),
    ],
)
def test_yearly_sets(text, lang, expected):
    assert _tags(text, lang, date(1998, 3, 22)) == expected


def test_per_with_a_date_is_as_of_not_every():
    # "per 26 Desember 2014" is "as of 26 December 2014"; "barel per hari" is a rate, which
    # TimeML leaves unmarked (like a speed); "dua kali per hari" counts occurrences: a SET
    text = "SKK Migas mencatat per 26 Desember 2014, lifting minyak 794 ribu barel per hari."
    assert _tags(text, "id", date(2014, 12, 30)) == [("26 Desember 2014", 23, "2014-12-26")]
    assert _tags("It pumps 10 barrels per day.", "en", date(2014, 12, 30)) == []
    assert _tags("Obat diminum dua kali per hari.", "id", date(2014, 12, 30)) == [
        ("per hari", 22, "P1D")
    ]
    assert _tags("It runs 15 million instructions per second.", "en", date(1989, 1, 1)) == []
    assert _tags("every month", "en", date(2014, 12, 30)) == [("every month", 0, "P1M")]


# -- a bare clock time takes the day named right after it, or the calendar day of its sentence --
def test_clock_time_takes_the_day_after_it():
    text = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building."
    assert _tags(text, "en", date(1998, 8, 8)) == [
        ("10:35 a.m.", 28, "1998-08-07T10:35"),
        ("Friday", 50, "1998-08-07"),
    ]
    text = "Ledakan terjadi pukul 10.35 WIB (03.35 GMT) Jumat."
    assert _tags(text, "id", date(1998, 8, 8)) == [
        ("pukul 10.35 WIB", 16, "1998-08-07T10:35"),
        ("03.35 GMT", 33, "1998-08-07T03:35"),
        ("Jumat", 44, "1998-08-07"),
    ]
    # words in between: the time and the day are two things
    text = "He left at 9 p.m. and on Friday he came back."
    assert _tags(text, "en", date(1998, 8, 8)) == [
        ("9 p.m.", 11, "1998-08-08T21:00"),
        ("Friday", 25, "1998-08-07"),
    ]


def test_clock_time_on_the_calendar_day_of_its_sentence():
    text = "Slepian was shot on Oct. 23 at 10 p.m. in his kitchen."
    assert _tags(text, "en", date(1999, 4, 19)) == [
        ("Oct. 23", 20, "1998-10-23"),
        ("10 p.m.", 31, "1998-10-23T22:00"),
    ]
    text = "Pengeroyokan itu terjadi pada Jumat (26/8/2016) malam dan polisi tiba pukul 21:00."
    assert _tags(text, "id", date(2016, 8, 30)) == [
        ("Jumat (26/8/2016) malam", 30, "2016-08-26TNI"),
        ("pukul 21:00", 70, "2016-08-26T21:00"),
    ]
    # with "sekira" ("sekitar") the day and its clock time are one TIME (the Kompas convention)
    text = "Pengeroyokan itu terjadi pada Jumat (26/8/2016) sekira pukul 21:00."
    assert _tags(text, "id", date(2016, 8, 30)) == [
        ("Jumat (26/8/2016) sekira pukul 21:00", 30, "2016-08-26T21:00")
    ]
    # another sentence, or a deictic day ("kemarin"), leaves the clock on the publication day
    text = "Slepian was shot on Oct. 23. The shot came at 10 p.m. from the woods."
    assert _tags(text, "en", date(1999, 4, 19))[1] == ("10 p.m.", 46, "1999-04-19T22:00")
    text = "Harga minyak turun kemarin. Harga WTI 55 dollar AS per barel pukul 10:14 WIB."
    assert _tags(text, "id", date(2014, 12, 16)) == [
        ("kemarin", 19, "2014-12-15"),
        ("pukul 10:14 WIB", 61, "2014-12-16T10:14"),
    ]


# -- a day told of by a deictic ("last Tuesday", "Senin") anchors the anaphora after it --------
def test_anaphora_after_a_deictic_day():
    text = (
        "The day before last Tuesday's federal court hearing, Manuel went to the house. "
        "He appeared in court the next morning."
    )
    assert _tags(text, "en", date(2000, 2, 24)) == [
        ("last Tuesday", 15, "2000-02-22"),
        ("the next morning", 100, "2000-02-23TMO"),
    ]
    text = "Kontrak itu berakhir pada Senin, hari yang sama ketika DPR kembali bersidang."
    assert _tags(text, "id", date(2020, 5, 6)) == [
        ("Senin", 26, "2020-05-04"),
        ("hari yang sama", 33, "2020-05-04"),
    ]


# -- titles in quotes are no times -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A poster showed Gary Cooper from the film ``High Noon.''  It helped us.",
        "Gonzalez said on CBS's ''60 Minutes.'' The way they act.",
        'James Baker, speaking on ABC News\' "This Week," said the request was fair.',
        'Dia hadir pada perayaan "150 Tahun Nestle" di Jakarta.',
    ],
)
def test_quoted_titles_are_not_times(text):
    lang = "id" if "perayaan" in text else "en"
    assert _tags(text, lang, date(1999, 3, 12)) == []


def test_quoted_times_and_dated_titles():
    # a quoted time stays a time
    assert _tags('He said: "Next Monday."', "en", date(1999, 3, 12)) == [
        ("Next Monday", 10, "1999-03-15")
    ]
    text = "``Today, I'm here to tell you we have a suspect,'' he said."
    assert _tags(text, "en", date(1999, 5, 7)) == [("Today", 2, "1999-05-07")]
    # the year of a festival's name is not output, but still dates what follows
    text = 'The "Indonesian Film Festival 2016" opened on 17 November.'
    assert _tags(text, "en", None) == [("17 November", 46, "2016-11-17")]


# -- "the week of March 6" ---------------------------------------------------------------------
def test_the_week_of_a_day():
    text = "It may be resolved in a court hearing the week of March 6, he said."
    found = tag(text, "en", date(2000, 2, 24))
    assert [(m.text, m.start, m.value) for m in found] == [("the week of March 6", 38, "2000-W10")]
    assert (str(found[0].earliest), str(found[0].latest)) == (
        "2000-03-06 00:00:00",
        "2000-03-12 23:59:59",
    )
    assert _tags("the week after March 6", "en", date(2000, 2, 24)) == [
        ("the week", 0, "2000-W08"),
        ("March 6", 15, "2000-03-06"),
    ]


# -- "march" and "may" in lower case are a walk and a modal, not months ------------------------
def test_lower_case_march_is_no_month():
    text = "He was arrested at this march in each of the last three years."
    assert _tags(text, "en", date(1999, 1, 22)) == [("the last three years", 41, "P3Y")]
    assert _tags("This may change in the future.", "en", date(2020, 12, 18)) == [
        ("the future", 19, "FUTURE_REF")
    ]
    assert _tags("They met this March.", "en", date(1999, 1, 22)) == [("this March", 9, "1999-03")]


# -- "is to" plans ahead -----------------------------------------------------------------------
def test_is_to_is_future():
    text = "Navigation Mixte is to resume trading in Paris Tuesday."
    assert _tags(text, "en", date(1989, 10, 27)) == [("Tuesday", 47, "1989-10-31")]


# -- "early summer", "this past spring" ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Orders rose from the low levels of the early summer.",
            "en",
            [("the early summer", 35, "1989-SU")],
        ),
        ("Prices peaked in late summer.", "en", [("late summer", 17, "1989-SU")]),
        ("Harga memuncak pada akhir musim panas.", "id", [("akhir musim panas", 20, "1989-SU")]),
        (
            "Control Data scrapped the business this past spring, they said.",
            "en",
            [("this past spring", 35, "1989-SP")],
        ),
        ("He announced it this past Monday.", "en", [("this past Monday", 16, "1989-10-23")]),
        ("They met this past weekend.", "en", [("this past weekend", 9, "1989-W43-WE")]),
        ("The shutdown began this past February.", "en", [("this past February", 19, "1989-02")]),
    ],
)
def test_qualified_and_past_seasons(text, lang, expected):
    assert _tags(text, lang, date(1989, 10, 30)) == expected


def test_lone_season_word_stays_a_verb():
    assert _tags("Prices fall when supply grows.", "en", date(1989, 10, 30)) == []
    assert _tags("last spring", "en", date(1989, 10, 26)) == [("last spring", 0, "1988-SP")]


# -- vague future phrases ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Funds must pay departing investors in the weeks ahead.",
            [("the weeks ahead", 38, "PXW")],
        ),
        (
            "We don't minimize the challenges of the near term.",
            [("the near term", 36, "FUTURE_REF")],
        ),
        ("It would placate holders in the short term.", [("the short term", 28, "FUTURE_REF")]),
        ("It will raise the money at a later date.", [("a later date", 27, "FUTURE_REF")]),
        ("Polls opened two weeks ahead of the vote.", [("two weeks ahead", 13, "P2W")]),
        ("Banks offer short-term loans.", []),
    ],
)
def test_vague_future_phrases(text, expected):
    assert _tags(text, "en", date(1989, 10, 27)) == expected
