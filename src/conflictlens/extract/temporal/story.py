"""How a story's own dates anchor its relative and underspecified expressions.

A *history* (a text whose story lies years before it was written) follows its story: bare
dates take the story's year, and a chronicle moves forward through the calendar; a story told
before the common era keeps counting there ("ten years later" after "490 BC" is ``BC0480``).
:func:`~conflictlens.extract.temporal.tag` decides when a text is read this way.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from itertools import repeat

from .anchor import is_narrative
from .grammar import Match
from .lexicon import Lexicon
from .normalize import Resolved, Sem, bc_value, last_day

# What a story told by its years BC cannot say of "that day" / "the next week" / "that month".
_BC_UNKNOWN = {"day": "-XX-XX", "week": "-WXX", "month": "-XX"}


def _in_bc_story(sem: Sem, under: bool, year: int) -> Resolved | None:
    """Read an expression in a story told before the common era (its last year ``year`` BC).

    "ten years later" after "490 BC" is ``BC0480``, "in September" ``BC0490-09``; other
    expressions are read as usual.

    Examples
    --------
    >>> _in_bc_story(Sem(rel_unit="year", rel_n=10, anaphoric=True), False, 490).value
    'BC0480'
    >>> _in_bc_story(Sem(month=9), True, 490).value
    'BC0490-09'
    >>> _in_bc_story(Sem(season="SP", rel_unit="season", rel_n=1, anaphoric=True), False, 218).value
    'BC0217-SP'
    >>> _in_bc_story(Sem(rel_unit="day", rel_n=0, anaphoric=True), False, 479).value
    'BC0479-XX-XX'
    """
    if sem.kind != "date":
        return None
    n = sem.rel_n or 0
    if sem.rel_unit == "year" and sem.anaphoric and year - n >= 1:
        return bc_value(year - n)  # "ten years later", "that year"
    if sem.rel_unit == "year" and n == 0 and sem.mod in ("START", "MID", "END"):
        return bc_value(year)  # "by the end of the year": the story's year
    if sem.rel_unit == "season" and sem.anaphoric and year - n >= 1:
        # "that winter"; "the following spring" after a year of the story: the next year's
        return bc_value(year - n, season=sem.season)
    if sem.rel_unit in _BC_UNKNOWN and sem.anaphoric:
        # "on the same day" in a story told by its years: a day of that year
        value = f"BC{year:04d}{_BC_UNKNOWN[sem.rel_unit]}"
        return Resolved(value, None, None, None)
    if under:
        return bc_value(year, sem.month, sem.day, sem.season)
    return None


def _forward_year(ref: date, month: int, day: int | None) -> int:
    """The year, the story's or the next, that puts ``month``/``day`` nearest to ``ref``.

    A chronicle moves forward: of the two candidates the nearer wins, so "13 February" after a
    point in September is next year's and "10 June" after 14 June this year's.

    Examples
    --------
    >>> _forward_year(date(1944, 9, 1), 2, 13), _forward_year(date(1940, 6, 14), 6, 10)
    (1945, 1940)
    """
    d = day or 15
    this = date(ref.year, month, min(d, last_day(ref.year, month)))
    nxt = date(ref.year + 1, month, min(d, last_day(ref.year + 1, month)))
    prev = date(ref.year - 1, month, min(d, last_day(ref.year - 1, month)))
    if day is not None and ref.day > 1 and 0 < (ref - prev).days <= 31:  # (ref: a day, not 1 Jan)
        return ref.year - 1  # "on 26 December" after "4 January 1951": back across the new year
    return ref.year + 1 if (nxt - ref).days < abs((this - ref).days) else ref.year


def _deictic(sem: Sem) -> bool:
    """Whether ``sem`` counts from the time of writing ("yesterday", "recently", "Friday").

    A bare clock time ("at 7:30 a.m.") does not: it is on the day its sentence tells of; nor
    does a part of the current unit ("by the end of the year"), the story's in a history.
    """
    if _clock_only(sem):
        return False
    if sem.rel_n == 0 and sem.mod in ("START", "MID", "END") and sem.ref is None:
        return False
    if sem.ref is not None:
        return True
    if sem.rel_unit is not None:
        return not sem.anaphoric
    return sem.weekday is not None and sem.day is None


def _is_history(
    matches: list[Match],
    years: list[int],
    published: date | None,
    from_content: bool = False,
    deictic: int | None = None,
) -> bool:
    """Whether a dated text is a history: its story lies years before it was written.

    Every year it names lies two or more years from publication ("World War II" read in 2009)
    and hardly anything counts from the time of writing, unlike news with a background
    paragraph ("Friday ... in 2015 ... the middle of December"). A publication date read off the
    content (``from_content``: the text's own latest date) only needs most years to lie apart.
    ``deictic``: how many of the matches count from the writing, when not all do.
    """
    if published is None or len(years) < 3:
        return False
    if from_content:
        if not is_narrative(years, published):
            return False
    elif sum(abs(y - published.year) < 2 for y in years) > 0.2 * len(years):
        return False  # an epilogue near the time of writing ("in August 2010") is allowed
    if deictic is None:
        deictic = sum(_deictic(m.sem) for m in matches)
    return deictic <= 0.1 * len(matches)


def _dated_story(
    matches: list[Match], published: date | None, chars: int, tail: int = 10**9
) -> bool:
    """Whether a dated text tells a story months before it was written: it is dense with
    dates (a chronicle: 6.5 or more in a thousand characters), most of its calendar dates
    ("24 February 2022") lie more than a season before publication, and hardly anything
    counts from the time of writing (a history of last year's war, not news with a
    background paragraph). ``tail``: the first token of the text's last quarter, where a
    closing "now" or "Today" looks from the writing at the story's outcome.
    """
    if published is None or len(matches) < 0.0065 * chars:
        return False
    # Calendar dates, far when a season before; years named alone ("the winter of 2013-14"),
    # far when two years before (a news background names last year's: "since 2016")
    far = [
        (published - date(s.year, s.month, s.day or 1)).days > 90
        if s.month is not None
        else s.year <= published.year - 2
        for s in (m.sem for m in matches)
        if s.explicit and s.year is not None and s.rel_unit is None and not s.bc
    ]
    # and days whose weekday names their year ("Saturday, 5 March" written in 2023 is of 2022)
    far += [(published - d).days > 90 for d in map(_weekday_dated, matches, repeat(published)) if d]
    if len(far) < 3 or sum(far) < 0.6 * len(far):
        return False
    # Days counted from the writing ("yesterday", "on Friday", "last week") make news; a
    # retrospective's "last year", "this spring", "two months ago" and a closing "Today the
    # war goes on" do not.
    news = sum(_deictic_day(m.sem) and not (m.i >= tail and _present(m.sem)) for m in matches)
    return news <= max(1, 0.05 * len(matches))


def _weekday_dated(m: Match, published: date) -> date | None:
    """The day a weekday date without a year names, in the three years up to ``published``."""
    s = m.sem
    if s.weekday is None or s.day is None or s.month is None or s.year is not None:
        return None
    for y in range(published.year, published.year - 3, -1):
        d = date(y, s.month, s.day) if s.day <= last_day(y, s.month) else None
        if d is not None and d <= published and d.weekday() == s.weekday:
            return d
    return None


def _deictic_day(sem: Sem) -> bool:
    """Whether ``sem`` speaks from the time of writing as news does ("yesterday", "Friday",
    "now", "this year"), not as a retrospective looks back from it ("last year", "two months
    ago", "this spring", "March this year")."""
    if not _deictic(sem) or sem.season is not None or sem.month is not None:
        return False
    return sem.rel_unit not in _COARSE_UNITS or not sem.rel_n


def _present(sem: Sem) -> bool:
    """ "now", "Today" (not "this morning"): the time of writing itself."""
    return sem.ref == "PRESENT_REF" or (sem.rel_unit == "day" and sem.rel_n == 0 and not sem.part)


_COARSE_UNITS = frozenset({"month", "quarter", "half", "year", "decade", "century"})


def _chronicle(years: list[int]) -> bool:
    """Whether the explicit years of a text tell a story over time (three or more years
    named, not all the same): "1904 ... 1905 ... 1904", not "2015 ... 2015 ... 2015".

    Examples
    --------
    >>> _chronicle([1904, 1905, 1904]), _chronicle([2015, 2015, 2015]), _chronicle([1939, 1945])
    (True, False, False)
    """
    return len(years) >= 3 and len(set(years)) > 1


def _underspecified(sem: Sem) -> bool:
    return (
        sem.year is None
        and sem.rel_unit is None
        and sem.ref is None
        and sem.kind
        in (
            "date",
            "time",
        )
        and (
            sem.month is not None
            or sem.season is not None
            or sem.quarter is not None
            or (sem.half is not None)
            or sem.easter is not None  # "Palm Sunday" in a history of 1461
        )
        and sem.weekday is None
    )


def _years_later_now(sem: Sem, res: Resolved, published: date | None) -> Sem | None:
    """ "Fifty years later, the war is still barely taught" after "pardoned in 1982", written in
    2020: years counted on past the writing are the writing's own year (None when not so).

    Days and weeks may run past the writing (a plan: "tiga hari kemudian"); years after a
    story's date do not.
    """
    if (
        sem.shift
        and sem.rel_unit in ("year", "decade", "century")
        and (sem.rel_n or 0) > 0
        and published is not None
        and res.earliest is not None
        and res.earliest.date() > published
    ):
        return replace(sem, rel_n=0, anaphoric=False, shift=False)
    return None


def _coarsen(sem: Sem, ref: date, ref_days: int, res: Resolved) -> Resolved:
    """Leave unknown what a coarse narrative date cannot tell ("that day" after "in 1945")."""
    unit = sem.rel_unit or ("day" if sem.weekday is not None and sem.day is None else None)
    if unit == "day" and sem.rel_unit is not None and 1 < ref_days < 32:
        # "that same day" after "last October" or "early September": a day of that month
        value = f"{ref.year:04d}-{ref.month:02d}-XX"
        first = datetime(ref.year, ref.month, 1)
        end = datetime(ref.year, ref.month, last_day(ref.year, ref.month), 23, 59, 59)
        return Resolved(value, first, end, value)
    offset = (sem.rel_n or 0) * {"day": 1, "week": 7}.get(str(sem.rel_unit), 0)
    if abs(offset) >= 14 and 27 < ref_days < 32 and sem.anaphoric:
        # "6 pekan kemudian" after "Desember tahun lalu": a month, that month's days moved on
        first = datetime(ref.year, ref.month, 1) + timedelta(days=offset)
        end = datetime(ref.year, ref.month, last_day(ref.year, ref.month), 23, 59, 59)
        end += timedelta(days=offset)
        mid = first + (end - first) / 2
        value = f"{mid.year:04d}-{mid.month:02d}"
        return Resolved(value, first, end, value)
    if unit in ("day", "week", "weekend") and ref_days >= 28:
        if sem.weekday is not None and sem.rel_unit in (None, "week"):
            value = f"{ref.year:04d}-WXX-{sem.weekday + 1}"
        else:
            value = f"{ref.year:04d}-XX-XX" if unit == "day" else f"{ref.year:04d}-WXX"
        return Resolved(value, None, None, value if unit == "day" else None)
    if unit == "month" and ref_days > 31:
        value = f"{ref.year:04d}-XX"
        return Resolved(value, None, None, value)
    return res


def _dayless(sem: Sem) -> bool:
    """A date that names no day, month or year of its own (at most "today")."""
    return (
        sem.kind == "date"
        and sem.day is None
        and sem.weekday is None
        and sem.month is None
        and sem.year is None
        and (sem.rel_unit is None or (sem.rel_unit == "day" and not sem.rel_n))
        and sem.ref is None
    )


def _clock_only(sem: Sem) -> bool:
    """A time of day without a day of its own ("at 10 p.m.", "noon")."""
    return sem.hour is not None and not sem.anaphoric and _dayless(sem)


def _part_only(sem: Sem) -> bool:
    """A part of a day without a day of its own ("at dawn", "pada pagi hari")."""
    return sem.part is not None and sem.hour is None and _dayless(sem)


def _clock_shifted(
    sem: Sem, last_clock: tuple[datetime, int] | None, start: int, reach: int, amount: bool
) -> Sem:
    """An amount of minutes or hours later: a clock time after a clock time close by ("at 4:20
    p.m. a helicopter was shot down ... a second one twenty minutes later"), else, outside a history
    (``amount``), an amount of minutes ("Delapan menit kemudian" in a match report), else the day
    it stays on ("arrived on 3 October 1993. Twenty minutes later")."""
    if sem.clock_shift is None:
        return sem
    shift = sem.clock_shift
    if last_clock is not None and start - last_clock[1] < reach:
        t = last_clock[0] + timedelta(minutes=shift)
        return Sem(year=t.year, month=t.month, day=t.day, hour=t.hour, minute=t.minute)
    if amount and abs(shift) < 60:
        return Sem(kind="duration", dur_n=abs(shift), dur_unit="minute")
    return sem


def _opens_story(sem: Sem) -> bool:
    """Whether ``sem`` can open a story: a date, not a bare clock time, nor one counted from
    the writing (an anniversary's "Next Wednesday marks ..."), nor a month or season without
    its year or day ("The August offensive at Gallipoli", before "the summer of 1915")."""
    if sem.day is None and _underspecified(sem):
        return False
    return sem.kind == "date" and not _clock_only(sem) and not _deictic(sem)


def _few_years_story(
    matches: list[Match], years: list[int], first: Sem | None, deictic: int, published: date | None
) -> bool:
    """A story that opens with a year long past and names at most one more, with hardly
    anything counted from the writing ("In 1982 ... On 2 April ... the next day")."""
    return (
        published is not None
        and 0 < len(years) < 3
        and first is not None
        and first.explicit
        and first.year is not None
        and all(y <= published.year - 2 for y in years)
        and deictic <= 0.1 * len(matches)
        and not any(_report_day(m.sem, published) for m in matches)
    )


def _story_now(lex: Lexicon | None, toks: list, m: Match) -> bool:
    """A present-time word right after a past form ("was now", "were now"): in a history the
    story's own moment ("Lysychansk was now the last large city"), not the time of writing."""
    return (
        lex is not None
        and m.sem.ref == "PRESENT_REF"
        and m.i > 0
        and lex.first(toks, m.i - 1, "past_markers") is not None
    )


def _holds_story(sem: Sem, res: Resolved, narrative: date | None, narrative_days: int) -> bool:
    """Whether ``res``, told without a year of its own, is a longer period that holds the
    story's point ("minefields laid over the winter" when the story is at 6 February)."""
    return (
        narrative is not None
        and not sem.explicit
        and res.earliest is not None
        and res.latest is not None
        and res.earliest.date() <= narrative <= res.latest.date()
        and narrative_days < (res.latest - res.earliest).days
    )


def _night_went_on(sem: Sem, value: str, last_clock: datetime | None) -> Sem | None:
    """The next day's ``sem`` when a morning clock time follows an evening one of its day.

    "shortly before midnight ... torpedoed at 3:10 a.m.": the night went on, so the bare
    clock time (``value`` is its day's, as resolved) is on the next day.

    >>> s = Sem(hour=3, minute=10, rel_unit="day", rel_n=0)
    >>> _night_went_on(s, "1916-05-31T03:10", datetime(1916, 6, 1)).day
    1
    """
    if (
        last_clock is None
        or not _clock_only(sem)
        or 0 < last_clock.hour * 60 + last_clock.minute < (12 if (sem.hour or 0) < 6 else 18) * 60
    ):
        return None  # (after an evening clock time, or midnight; small hours after an afternoon)
    hour = sem.hour
    try:
        day = datetime.fromisoformat(value[:10])
    except ValueError:
        return None  # "XXXX-XX-XX": no day to count from
    at = day + timedelta(hours=hour or 0, minutes=sem.minute or 0)
    if hour is None or hour >= 12 or not timedelta(0) < last_clock - at < timedelta(days=1):
        return None
    nxt = day + timedelta(days=1)
    return replace(
        sem, year=nxt.year, month=nxt.month, day=nxt.day, rel_unit=None, rel_n=None,
        anaphoric=False,
    )  # fmt: skip


def _report_day(sem: Sem, published: date | None) -> bool:
    """Whether a weekday with a day and month ("Selasa (5/9)") falls on that weekday within two
    months of the publication date: the report's own days, as in news."""
    if published is None or sem.weekday is None or sem.day is None or sem.month is None:
        return False
    if sem.year is not None or sem.rel_unit is not None:
        return False
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            near = date(y, sem.month, sem.day)
        except ValueError:
            continue
        if near.weekday() == sem.weekday and abs((near - published).days) <= 60:
            return True
    return False


def _story_weekday_year(
    sem: Sem, story: date | None, story_days: int, published: date | None
) -> int | None:
    """The story's year (or the next) for "Sunday, 2 May", when that day is a Sunday there.

    Not for a day within two months of the publication date that falls on its weekday there:
    that is the report's own day ("Sabtu (11/11) lalu" in an article of 11 November 2017 that
    also lists a career since 2000), unless the story has come down to a month or a day that
    the date follows ("On 29 June 2017 ... Sunday, July 9" in a history written in 2023).
    """
    if story is None or sem.weekday is None or sem.day is None or sem.month is None:
        return None
    if sem.year is not None or sem.rel_unit is not None:
        return None
    if _report_day(sem, published) and story_days >= 32:
        return None
    year = _forward_year(story, sem.month, sem.day) if story_days < 365 else story.year
    # The weekday names the year: the story's, or the next, when the nearer one does not fit
    # ("Wednesday, 10 March" after "the autumn of 1914" is of 1915), or else the one before
    # (a story read a year too far: "Thursday, 30 November" after a summer taken for 1940)
    nxt = story.year + 1 if year == story.year else story.year
    for y in (year, nxt, min(year, nxt) - 1):
        if _weekday_fits(y, sem.month, sem.day, sem.weekday):
            return y
    return None


# Until Britain left it (September 1752), histories give days in the Julian calendar:
# Agincourt was fought on Friday, 25 October 1415 (Julian), a Wednesday in the proleptic
# Gregorian calendar the values use.
_JULIAN_UNTIL = 1753


def _weekday_fits(year: int, month: int, day: int, weekday: int) -> bool:
    """Whether ``day``/``month`` of ``year`` falls on ``weekday`` (0 = Monday), in the Gregorian
    calendar or, before 1753, in the Julian one.

    Examples
    --------
    >>> _weekday_fits(1415, 10, 25, 4), _weekday_fits(1915, 3, 10, 2), _weekday_fits(1914, 3, 10, 2)
    (True, True, False)
    """
    try:
        if date(year, month, day).weekday() == weekday:
            return True
    except ValueError:
        pass  # 29 February outside a (Gregorian) leap year
    if year >= _JULIAN_UNTIL or year <= 0 or not 0 < day <= 31:
        return False
    # Julian day number of a Julian calendar date (Fliegel-Van Flandern); its rest by 7 is the
    # weekday, 0 = Monday
    jdn = (
        367 * year
        - (7 * (year + 5001 + int((month - 9) / 7))) // 4
        + (275 * month) // 9
        + day
        + 1729777
    )
    return jdn % 7 == weekday


def _flashback(
    sem: Sem, res: Resolved, current: date, current_days: int, bare: bool, far: bool = False
) -> bool:
    """A look back that leaves the story where it was: "the previous day", "a year earlier",
    or, in a history, a bare month wholly before the story's day ("since July" after "24
    October 1648"). What follows counts from the story's own time, not from the look back.
    (An explicit date, "in 2010", moves the story, however far back, unless ``far``: in news
    retelling a day of years ago, a date a year or more before it, "the march commemorating
    the massacre of October 2, 1968" after "September 26, 2014".)"""
    if sem.anaphoric and sem.rel_unit is not None and (sem.rel_n or 0) < 0:
        return True
    if not bare or res.earliest is None or res.latest is None:
        return False
    if far and (res.latest - res.earliest).days < 32 and (current - res.latest.date()).days > 365:
        return True  # (a day or a month; not "returned in 1995" after an opening summary)
    return (res.latest - res.earliest).days > current_days and res.latest.date() < current


def _named_day(sem: Sem, res: Resolved, deictic: bool = False) -> date | None:
    """The day a mention names by its date or weekday ("Minggu (11/9)", "midnight Wednesday"),
    or None ("kemarin ... pukul 10:14" names no day: a price of today); ``deictic`` counts
    "yesterday" too."""
    by_word = deictic and sem.rel_unit == "day" and bool(sem.rel_n) and not sem.anaphoric
    if sem.kind != "date" or (sem.day is None and sem.weekday is None and not by_word):
        return None
    if res.earliest is None or res.latest is None or (res.latest - res.earliest).days != 0:
        return None
    return res.earliest.date()


def _event_day(sem: Sem, res: Resolved, published: date | None, last: date | None) -> date | None:
    """The day a news text has last named by its date or weekday within the week before its
    publication ("Minggu (11/9)" in a report of Monday 12 September), or ``last`` when this
    mention names none."""
    day = _named_day(sem, res)  # "Minggu (30/7) pagi", "Selasa (20/9), pukul 19.00" count
    if published is None or day is None:
        return last
    if day >= published or (published - day).days > 7:
        return None if day >= published else last  # the report's own day ends the event's
    return day


def _today(sem: Sem) -> bool:
    """ "today", "this morning", "tomorrow", "last night", "hari ini": a day counted from the
    day of writing or speaking."""
    return (
        sem.kind == "date"
        and sem.rel_unit == "day"
        and sem.rel_n is not None
        and abs(sem.rel_n) <= 1
        and sem.hour is None
        and not sem.anaphoric
        and sem.ref is None
        and sem.mod is None
    )


def _year_only(sem: Sem) -> bool:
    """A year and nothing finer ("since Kursk in 1943", "the 1967 ceasefire line")."""
    return sem.year is not None and sem.month is None and sem.season is None and sem.day is None


def _day_anchor(
    sem: Sem,
    anaphoric: bool,
    anchor: str,
    story_days: int,
    day_point: date | None,
    lead_day: date | None,
    named: bool = False,
) -> tuple[date, str] | None:
    """The day a news text's "the previous day" / "the following day" counts from, when it is
    not the story's current point: the last single day the news named when the story has since
    moved to a month ("On Thursday, ... murdered last October. The previous day, ..."; "that
    same day" after a month stays a day of it), or, far from any date, the day the news leads
    with ("On Wednesday, ministers met in Cairo. ... issued the following day")."""
    if sem.rel_unit != "day":
        return None
    # a month back; for "the same day", a year a date named (not "Setahun kemudian. Hari itu")
    coarse = story_days >= 28 if sem.rel_n else story_days >= 360 and named
    if anaphoric and anchor == "narrative" and day_point and coarse:
        # ("pada hari yang sama" after "permintaan pada 2014": the last day the news named)
        return day_point, "narrative"
    if sem.anaphoric and anchor == "published" and lead_day is not None:
        return lead_day, "narrative"
    return None


def _looks_back(
    sem: Sem,
    history: bool,
    retold: bool,
    under: bool,
    story_days: int,
    past_lead: bool,
    perfect: bool,
) -> bool:
    """Whether a date before the story's point may be a look back that leaves the story where it
    was (see :func:`_flashback`): in a history, a bare month, a year while the story is down to
    days ("since Kursk in 1943"; not while the story is only an opening summary, "from July 31
    to November 10, 1917 ... In early 1917", unless ``past_lead`` or the year is further back),
    or a date told in the past ``perfect`` ("which had left in the fall of 1904"); in news
    ``retold`` from a day of years ago, any explicit date ("swept in 1896 and again in 1933")."""
    if retold and sem.explicit and not history:
        return True
    if not history:
        return False
    return under or (_year_only(sem) and story_days < 28 and past_lead) or perfect


def _named_again(sem: Sem, dated: dict[tuple[int, int], int]) -> int | None:
    """The year of a day and month with its weekday that the text named before with its year
    ("the night of 23 July 1983 ... On Saturday, 23 July"), when the weekday fits that year."""
    if sem.year is not None or sem.rel_unit is not None or not (sem.day and sem.month):
        return None
    if sem.weekday is None:
        return None  # (a bare "10 March" in a history follows its story)
    year = dated.get((sem.month, sem.day))
    if year is None or (
        sem.weekday is not None and not _weekday_fits(year, sem.month, sem.day, sem.weekday)
    ):
        return None
    return year
