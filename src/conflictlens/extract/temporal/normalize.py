"""Calendar arithmetic and TIMEX3 / EDTF formatting of resolved temporal values.

A :class:`Sem` is what the grammar understood from a span (explicit fields, a relative offset, a
duration, ...). :func:`resolve` turns it, given a reference date, into a :class:`Resolved` with the
TIMEX3 ``value``, ``earliest``/``latest`` bounds and the EDTF form. Nothing here reads the clock.

Examples
--------
>>> from datetime import date
>>> r = resolve(Sem(year=2020, month=9), None)
>>> r.value, r.earliest.isoformat(), r.latest.isoformat(), r.edtf
('2020-09', '2020-09-01T00:00:00', '2020-09-30T23:59:59', '2020-09')
>>> resolve(Sem(rel_unit="week", rel_n=-1), date(2013, 3, 22)).value
'2013-W11'
>>> resolve(Sem(kind="duration", dur_n=44, dur_unit="day"), None).value
'P44D'
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from operator import attrgetter

from .durations import duration_value
from .feasts import (
    FUTURE_PENALTY,
    add_months,
    easter_sunday,
    feast_span,
    is_day,
    misdated,
    nearest,
    nth_weekday,
)

# Season → (first month, number of months); winter starts in December of the year named.
SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}
_EDTF_SEASON = {"SP": 21, "SU": 22, "FA": 23, "WI": 24}
_MONTH_DAYS = tuple(calendar.mdays)  # days per month (1-12; a common year's February)


@dataclass(slots=True)
class Sem:
    """What a temporal span says, before anchoring."""

    kind: str = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 19 for 1900-1999 (TIMEX3)
    part: str | None = None  # MO / AF / EV / NI
    hour: int | None = None
    minute: int | None = None
    tz: str | None = None
    rel_unit: str | None = None  # a relative date: unit and offset from the reference
    rel_n: int | None = None
    anaphoric: bool = False  # "later"/"earlier"/"the following": counted from the narrative
    ref: str | None = None  # PRESENT_REF / PAST_REF / FUTURE_REF
    dur_n: float | str | None = None  # duration amount ("X" when vague)
    dur_unit: str | None = None
    dur_value: str | None = None  # a compound's TIMEX3 value, exact ("PT1M31.261S")
    set_value: str | None = None
    mod: str | None = None
    explicit: bool = False  # carries its own year (absolute)
    shift: bool = False  # "a year earlier": a shift that keeps the granularity of its anchor
    nth: int | None = None  # "the fourth Thursday of November" (-1: the last one)
    period: str | None = None  # "the year-ago quarter": the shifted period is a quarter
    easter: int | None = None  # a moveable feast: days from Easter Sunday ("Good Friday": -2)
    feast: str | None = None  # a lunar feast or month (``feasts.json``: "idul_fitri", "ramadan")
    feast_day: int = 0  # days counted from the feast's (first) day: "H-7 Lebaran" is -7
    lean: int = 0  # -1: the latest one before the reference ("this past spring")
    clock_shift: int | None = None  # minutes "twenty minutes later" moves the last clock time
    bc: bool = False  # ``year`` counts before the common era ("490 BC", "264 SM")


# A Sem's fields in __init__ order (a slots dataclass's __slots__): Sem(*_sem_fields(s)) copies s
_sem_fields = attrgetter(*Sem.__slots__)


@dataclass(slots=True)
class Resolved:
    """The normalized form of a :class:`Sem`."""

    value: str
    earliest: datetime | None = None
    latest: datetime | None = None
    edtf: str | None = None


def _end_of_day(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 23, 59, 59)


def _start(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def last_day(year: int, month: int) -> int:
    """Return the number of days of ``month`` in ``year`` (monthrange's, without its weekday)."""
    if type(year) is int and type(month) is int and 1 <= month <= 12:
        return _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year))
    return calendar.monthrange(year, month)[1]  # (and its errors)


def valid_date(year: int, month: int, day: int) -> bool:
    """Tell whether the proleptic Gregorian date exists."""
    return 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= last_day(year, month)


def _week_bounds(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _apply_mod(mod: str | None, lo: datetime, hi: datetime) -> tuple[datetime, datetime, bool]:
    """Narrow bounds for START/MID/END (first, middle, last third); say if narrowed."""
    if mod not in ("START", "MID", "END"):
        return lo, hi, False
    # Whole days (a part ends at end of day); long periods snap to months ("early 2020": Jan-Apr)
    third = timedelta(days=max((hi - lo).days // 3, 0))
    snap = (hi - lo).days > 62
    a, b = lo.date(), hi.date()
    if mod == "START":
        b = (lo + third).date()
    elif mod == "MID":
        a, b = (lo + third).date(), (lo + 2 * third).date()
    else:
        a = (hi - third).date()
    if snap:
        if mod != "START":
            a = date(a.year, a.month, 1) if a.day <= 15 else _month_after(a)
        if mod != "END":
            b = (
                _month_after(b) - timedelta(days=1)
                if b.day > 15
                else date(b.year, b.month, 1) - timedelta(days=1)
            )
    return _start(a), _end_of_day(b), True


def _month_after(d: date) -> date:
    return date(*add_months(d.year, d.month, 1), 1)


def _fmt_edtf(
    base: str | None, lo: datetime | None, hi: datetime | None, mod: str | None, narrowed: bool
) -> str | None:
    if base is None:
        return None
    if narrowed and lo is not None and hi is not None:
        return f"{lo:%Y-%m}/{hi:%Y-%m}" if (hi - lo).days > 40 else f"{lo:%Y-%m-%d}/{hi:%Y-%m-%d}"
    if mod == "APPROX":
        return base + "~"
    if mod in ("BEFORE", "ON_OR_BEFORE", "LESS_THAN") and lo is not None:
        return "../" + base
    if mod in ("AFTER", "ON_OR_AFTER", "MORE_THAN") and lo is not None:
        return base + "/.."
    return base


def _date_value(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def closest_year(
    ref: date, month: int, day: int, future: bool = False, slack: int = 20, past: bool = False
) -> int:
    """Return the year that puts ``month``/``day`` nearest to ``ref`` (past-leaning).

    ``future`` / ``past`` (from the tense of the sentence) rule out dates more than ``slack``
    days on the wrong side of ``ref``.

    Examples
    --------
    >>> closest_year(date(2000, 1, 15), 11, 25), closest_year(date(1989, 10, 26), 1, 15)
    (1999, 1990)
    """
    best: tuple[float, int] | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = date(y, month, min(day, last_day(y, month)))
        dist = (d - ref).days
        if (future and dist < -slack) or (past and dist > slack):
            continue
        cost = abs(dist) if dist <= 0 or future else dist * FUTURE_PENALTY
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best else ref.year


_WEEKDAY_REACH = 300  # days from the reference a weekday may move a yearless date
_SLIP_DAYS = 28  # more than four weeks from the reference, a date its weekday belies is a slip


def resolve_date_fields(
    sem: Sem,
    ref: date | None,
    future: bool = False,
    past: bool = False,
    slip: bool = False,
    written: bool = False,
) -> Sem:
    """Fill the year of a month/day/weekday expression from ``ref`` (returns a copy).

    Examples
    --------
    >>> s = resolve_date_fields(Sem(month=12, day=23, weekday=4), date(2022, 12, 30))
    >>> s.year
    2022
    """
    out = Sem(*_sem_fields(sem))  # a copy (the fields in their order, read in C)
    if out.year is not None or ref is None:
        return out
    if out.month is not None and out.day is not None and out.weekday is not None:
        # The weekday decides the year near the reference: "Minggu (1/7)" written on 2 July
        # 2017 is the day before, not Sunday 1 July 2018 ("Saturday, February 26" in 2023: 2022;
        # with the month written out a year away: "Saturday, 23 February" in 1992 is 1991)
        back, years = written and not future, (ref.year, ref.year - 1, ref.year + 1)
        years += (ref.year - 2,) if back else ()
        for y in years:
            day = date(y, out.month, out.day) if valid_date(y, out.month, out.day) else None
            reach = 3 * _WEEKDAY_REACH if back and y < ref.year else _WEEKDAY_REACH + 100 * written
            if day and day.weekday() == out.weekday and abs((day - ref).days) <= reach:
                out.year = y
                return out
        year = closest_year(ref, out.month, out.day, future, past=past)
        if slip and valid_date(year, out.month, out.day):
            written = date(year, out.month, out.day)
            if abs((written - ref).days) > _SLIP_DAYS:
                # "Senin (27/8)" in a report of Monday 27 March: a day and month copied from
                # another report (or swapped); on no nearby date is it that weekday, and the
                # weekday of the report's own week is the one meant
                back = (ref.weekday() - out.weekday) % 7
                day = misdated(out.day, out.month, out.weekday, ref) or (
                    ref + timedelta(days=(7 - back) % 7) if future else ref - timedelta(back)
                )
                out.year, out.month, out.day = day.year, day.month, day.day
                return out
    if out.month is not None:
        # "27 November mendatang" / "19 Desember lalu": the text says which way, no slack
        slack = 0 if out.lean and out.day is not None else 20
        out.year = closest_year(ref, out.month, out.day or 15, future, slack, past=past)
        return out
    if out.quarter is not None:
        # A quarter that just ended is still "the third quarter" of future-tense reports.
        out.year = closest_year(ref, 3 * out.quarter - 1, 15, future, slack=80, past=past)
    elif out.half is not None:
        out.year = closest_year(ref, 6 * out.half - 2, 28, future, past=past)
    elif out.season is not None:  # (the winter of a January or February began the year before)
        out.year = ref.year - (out.season == "WI" and ref.month <= 2 and not future)
    return out


def bc_value(
    year: int, month: int | None = None, day: int | None = None, season: str | None = None
) -> Resolved:
    """A date before the common era: TIMEX3 ``BC0490``; EDTF counts a year 0 (``-0489``).

    Bounds stay empty (the frames hold dates of the common era only).

    Examples
    --------
    >>> r = bc_value(490, 9)
    >>> r.value, r.edtf, r.earliest
    ('BC0490-09', '-0489-09', None)
    """
    rest = f"-{month:02d}" if month else (f"-{season}" if season else "")
    if month and day:
        rest += f"-{day:02d}"
    edtf = f"-{year - 1:04d}" + (rest if not season or month else "")
    return Resolved(f"BC{year:04d}{rest}", None, None, edtf)


def resolve(
    sem: Sem,
    ref: date | None,
    future: bool = False,
    past: bool = False,
    slip: bool = False,
    written: bool = False,
) -> Resolved:
    """Return the TIMEX3 value, bounds and EDTF of ``sem`` anchored at ``ref``.

    ``future`` / ``past`` is the tense of the sentence, for dates without a year or direction;
    ``slip``: ``ref`` is a news text's own day, whose week a weekday with a far-off day and month
    names ("Senin (27/8)" on 27 March); ``written``: the month is a word (its weekday may date
    "Saturday, February 26" two years back). Years beyond 1-9999 raise ValueError with a ``ref``.
    """
    if sem.kind == "duration":
        if sem.dur_value is not None:
            return Resolved(sem.dur_value)
        if sem.dur_n is None or sem.dur_unit is None:
            return Resolved(sem.ref or "PXY")
        return Resolved(duration_value(sem.dur_n, sem.dur_unit))
    if sem.kind == "set":
        return Resolved(sem.set_value or "XXXX")
    if sem.ref is not None:
        return Resolved(sem.ref)
    if sem.bc and sem.year is not None:
        return bc_value(sem.year, sem.month, sem.day, sem.season)
    if sem.bc and sem.century is not None:
        # "the 2nd century BC" (200-101 BC): TIMEX3 BC01, EDTF counts a year 0 (-01XX)
        return Resolved(f"BC{sem.century:02d}", None, None, f"-{sem.century:02d}XX")
    if sem.feast is not None and sem.rel_unit == "year" and ref is not None:
        # "Lebaran tahun ini": the feast of the year counted from the reference
        sem = replace(sem, year=ref.year + (sem.rel_n or 0), rel_unit=None, rel_n=None)
    if sem.rel_unit is not None:
        return _relative(sem, ref, future, past)
    if sem.easter is not None:
        return _moveable(sem, ref, future, past)
    if sem.feast is not None:
        return _feast(sem, ref, future, past)
    if sem.weekday is not None and sem.month is None and sem.year is None:
        return _weekday(sem, ref, future, past)
    # (a copy, which resolve_date_fields makes, only when there is a year to fill or a day to set)
    fill = (sem.year is None and ref is not None) or sem.nth is not None
    s = resolve_date_fields(sem, ref, future, past, slip, written) if fill else sem
    if s.nth is not None and s.year is not None and s.month and s.weekday is not None:
        s.day, s.weekday = nth_weekday(s.year, s.month, s.weekday, s.nth), None
    if sem.period == "week" and s.year is not None and s.month and s.day:
        # "the week of March 6": the ISO week of that day
        try:
            d = date(s.year, s.month, s.day)
        except ValueError:
            return _explicit(s)
        lo, hi = _week_bounds(d)
        return Resolved(_iso_week(d), _start(lo), _end_of_day(hi))
    try:
        return _explicit(s)
    except ValueError:
        if ref is not None:
            raise  # (the caller leaves an offset beyond the calendar unresolved)
        return Resolved("XXXX")  # "the 99999th century"


def _moveable(sem: Sem, ref: date | None, future: bool, past: bool) -> Resolved:
    """A feast counted from Easter: in its own year, or the one nearest ``ref``."""
    offset = timedelta(days=sem.easter or 0)
    y = sem.year
    if y is None and ref is not None:
        days = [(easter_sunday(c) + offset,) * 2 for c in (ref.year - 1, ref.year, ref.year + 1)]
        near = nearest(days, ref, future, past)
        y = near[0].year if near else ref.year
    if y is None or not 1 <= y <= 9998:
        return Resolved("XXXX-XX-XX")
    d = easter_sunday(y) + offset
    if sem.period == "week":  # "Easter week": the ISO week of that day
        lo, hi = _week_bounds(d)
        return Resolved(_iso_week(d), _start(lo), _end_of_day(hi))
    s = replace(sem, year=y, month=d.month, day=d.day, easter=None, weekday=None)
    return _explicit(s)


def _feast(sem: Sem, ref: date | None, future: bool, past: bool) -> Resolved:
    """A lunar feast ("Lebaran": a day) or month ("Ramadhan": its year, bounds its days)."""
    span = feast_span(str(sem.feast), sem.year, ref, future, past, sem.feast_day)
    day = bool(sem.feast_day) or is_day(str(sem.feast))  # ("H-7 Lebaran": a day of the count)
    if span is None:  # no reference, or a year out of the table
        return Resolved(("XXXX" if sem.year is None else f"{sem.year:04d}") + "-XX-XX" * day)
    lo, hi = span
    if day:  # the calendar's day; bounds to the day sighting may move it to
        value = _date_value(lo.year, lo.month, lo.day)
        return Resolved(value, _start(lo), _end_of_day(hi), value + ("~" if hi > lo else ""))
    a, b, _ = _apply_mod(sem.mod, _start(lo), _end_of_day(hi))
    return Resolved(f"{lo.year:04d}", a, b, f"{a.date().isoformat()}/{b.date().isoformat()}")


def _with_time(sem: Sem, d: date | None, base: str) -> Resolved:
    """Attach a clock time or a part of day to a day-level value."""
    if sem.hour is not None:
        minute = sem.minute or 0
        value = f"{base}T24:00" if sem.hour == 24 else f"{base}T{sem.hour:02d}:{minute:02d}"
        if d is None:
            return Resolved(value)
        h = 23 if sem.hour == 24 else sem.hour
        t = datetime(d.year, d.month, d.day, h, minute)
        lo, hi = (
            (t, t.replace(second=59))
            if sem.minute is not None
            else (t, t.replace(minute=59, second=59))
        )
        edtf = f"{base}T{h:02d}:{minute:02d}:00" + (sem.tz or "")
        return Resolved(value, lo, hi, _fmt_edtf(edtf, lo, hi, sem.mod, False))
    if sem.part is not None:
        value = f"{base}T{sem.part}"
        if d is None:
            return Resolved(value)
        spans = {"MO": (5, 11), "AF": (12, 17), "EV": (17, 21), "NI": (19, 23)}
        a, b = spans.get(sem.part, (0, 23))
        lo = datetime(d.year, d.month, d.day, a)
        hi = datetime(d.year, d.month, d.day, b, 59, 59)
        return Resolved(value, lo, hi, _fmt_edtf(f"{base}", lo, hi, sem.mod, False))
    if d is None:
        return Resolved(base, None, None, base)
    lo, hi = _start(d), _end_of_day(d)
    if sem.mod is None:
        return Resolved(base, lo, hi, base)  # (no modifier: nothing narrows the day, EDTF as is)
    lo, hi, narrowed = _apply_mod(sem.mod, lo, hi)
    return Resolved(base, lo, hi, _fmt_edtf(base, lo, hi, sem.mod, narrowed))


def _weekday(sem: Sem, ref: date | None, future: bool, past: bool = False) -> Resolved:
    if ref is None:
        return _with_time(sem, None, f"XXXX-WXX-{sem.weekday + 1}")
    delta = (ref.weekday() - sem.weekday) % 7
    n = sem.rel_n
    if n == -1:  # "last Friday": the latest one strictly before the reference
        d = ref - timedelta(days=delta or 7)
    elif n == 1:  # "next Friday"
        d = ref + timedelta(days=((sem.weekday - ref.weekday()) % 7) or 7)
    elif n == 0:  # "this Friday": in the reference week
        d = ref + timedelta(days=sem.weekday - ref.weekday())
        if past and d > ref:
            d -= timedelta(weeks=1)  # "This Sunday, he was sworn in" on a Tuesday: the one past
    elif future and past:  # a plan told from the past: the coming one, unless days away
        d = ref + timedelta(days=7 - delta) if delta >= 4 else ref - timedelta(days=delta)
    elif future and delta:
        d = ref + timedelta(days=(sem.weekday - ref.weekday()) % 7)
    else:
        d = ref - timedelta(days=delta)
    return _with_time(sem, d, _date_value(d.year, d.month, d.day))


def _relative(sem: Sem, ref: date | None, future: bool, past: bool = False) -> Resolved:
    unit, n = sem.rel_unit, sem.rel_n or 0
    if unit == "weekend" and sem.rel_n is None and ref is not None:
        # "the weekend": the nearest one, or the one the tense points to
        n = -1 if (ref.weekday() <= 2 or past) and not future else 0
    elif unit == "weekend" and n == 0 and past and ref is not None and ref.weekday() <= 2:
        n = -1  # "A memorial was held this weekend" written on a Monday: the one just past
    if ref is None:
        blank = {
            "day": "XXXX-XX-XX",
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "quarter": "XXXX-QX",
            "half": "XXXX-HX",
            "year": "XXXX",
            "decade": "XXX",
            "century": "XX",
        }
        if unit == "year" and sem.month is not None:
            # "17 Oktober tahun lalu" with no reference: the day is known, the year is not
            value = f"XXXX-{sem.month:02d}" + (f"-{sem.day:02d}" if sem.day is not None else "")
            return Resolved(value, None, None, value)
        if unit == "week" and sem.weekday is not None:
            return Resolved(f"XXXX-WXX-{sem.weekday + 1}")  # "Rabu pekan ini", no reference
        if unit == "day" and (sem.hour is not None or sem.part is not None):
            return _with_time(sem, None, blank["day"])  # "at 3 a.m.": XXXX-XX-XXT03:00
        return Resolved(blank.get(unit, "XXXX"))
    if unit == "month_named" and (sem.month or sem.easter is not None or sem.feast):
        # "last November": the latest November before the reference month, "next March" ...
        y = ref.year
        if sem.day is None and sem.nth is None and sem.easter is None and not sem.feast:
            # ("awal Juli lalu" on 12 July: the start of this month, already past)
            this = sem.month == ref.month and sem.mod == "START"
            if n < 0 and sem.month >= ref.month and not this:
                y -= 1
            elif n > 0 and sem.month <= ref.month:
                y += 1
            return _explicit(Sem(year=y, month=sem.month, mod=sem.mod))
        # A holiday: compare whole dates ("last Christmas" two days after it is this year's).
        fixed = Sem(
            month=sem.month,
            day=sem.day,
            weekday=sem.weekday,
            nth=sem.nth,
            easter=sem.easter,
            feast=sem.feast,
            mod=sem.mod,
        )

        def on(year: int) -> date:
            r = resolve(replace(fixed, year=year), None)
            return r.earliest.date() if r.earliest else date(year, sem.month or 1, 1)

        if n < 0 and on(y) >= ref:
            y -= 1
        elif n > 0 and on(y) <= ref:
            y += 1
        return resolve(replace(fixed, year=y), None)
    if unit in ("day", "hour", "minute", "second"):
        d = ref + timedelta(days=n) if unit == "day" else ref
        return _with_time(sem, d, _date_value(d.year, d.month, d.day))
    if unit in ("week", "weekend", "fortnight"):
        d = ref + timedelta(weeks=n)
        lo, hi = _week_bounds(d)
        if unit == "week" and sem.weekday is not None:  # "Senin pekan depan", "Monday next week"
            d = lo + timedelta(days=sem.weekday)
            if n == 0 and past and d > ref:
                d -= timedelta(weeks=1)  # "Minggu ini ia dilantik" on a Tuesday: the one past
            return _with_time(sem, d, _date_value(d.year, d.month, d.day))
        value = _iso_week(d)
        if unit == "weekend":
            lo = lo + timedelta(days=5)
            value += "-WE"
        lo_dt, hi_dt = _start(lo), _end_of_day(hi)
        lo_dt, hi_dt, narrowed = _apply_mod(sem.mod, lo_dt, hi_dt)
        return Resolved(value, lo_dt, hi_dt, _fmt_edtf(None, lo_dt, hi_dt, sem.mod, narrowed))
    if unit == "month":
        y, m = add_months(ref.year, ref.month, n)
        return _explicit(Sem(year=y, month=m, mod=sem.mod))
    if unit == "quarter":
        q = (ref.month - 1) // 3 + n
        return _explicit(Sem(year=ref.year + q // 4, quarter=q % 4 + 1, mod=sem.mod))
    if unit == "half":
        h = (ref.month - 1) // 6 + n
        return _explicit(Sem(year=ref.year + h // 2, half=h % 2 + 1, mod=sem.mod))
    if unit == "decade":
        return _explicit(Sem(decade=ref.year // 10 + n, mod=sem.mod))
    if unit == "century":
        return _explicit(Sem(century=ref.year // 100 + n, mod=sem.mod))
    if unit == "season" and sem.season:
        # A winter is named by its December: in January and February it began the year before
        early = sem.season == "WI" and (ref.month <= 2 or (ref.month == 3 and not n))
        return _explicit(Sem(year=ref.year + n - early, season=sem.season, mod=sem.mod))
    return _explicit(
        Sem(
            year=ref.year + n,
            month=sem.month,
            day=sem.day if sem.month is not None else None,  # "17 Oktober tahun lalu"
            quarter=sem.quarter,
            half=sem.half,
            season=sem.season,  # "the autumn of that year"
            mod=sem.mod,
        )
    )


def _explicit(s: Sem) -> Resolved:
    """Format a Sem whose year (or decade/century) is known, or leave X's where it is not."""
    mod = s.mod
    if s.century is not None:
        c = f"{s.century:02d}"
        if not 0 <= s.century <= 99:  # (the bounds' calendar has years 1-9999)
            raise ValueError(f"century {c} beyond the calendar")
        lo = datetime(max(1, s.century * 100), 1, 1)  # ("the 1st century": AD 1-99)
        hi = datetime(s.century * 100 + 99, 12, 31, 23, 59, 59)
        lo, hi, narrowed = _apply_mod(mod, lo, hi)
        return Resolved(c, lo, hi, _fmt_edtf(f"{c}XX", lo, hi, mod, narrowed))
    if s.decade is not None:
        d = f"{s.decade:03d}"
        if not 0 <= s.decade <= 999:
            raise ValueError(f"decade {d} beyond the calendar")
        lo = datetime(max(1, s.decade * 10), 1, 1)
        hi = datetime(s.decade * 10 + 9, 12, 31, 23, 59, 59)
        lo, hi, narrowed = _apply_mod(mod, lo, hi)
        return Resolved(d, lo, hi, _fmt_edtf(f"{d}X", lo, hi, mod, narrowed))
    y = s.year
    ys = f"{y:04d}" if y is not None else "XXXX"
    if s.month is not None and s.day is not None:
        if y is None or not valid_date(y, s.month, s.day):
            return _with_time(s, None, f"{ys}-{s.month:02d}-{s.day:02d}")
        return _with_time(s, date(y, s.month, s.day), _date_value(y, s.month, s.day))
    if y is None:
        if s.month is not None:
            v = f"XXXX-{s.month:02d}"
            return Resolved(v, None, None, v)
        if s.season is not None:
            return Resolved(f"XXXX-{s.season}", None, None, f"XXXX-{_EDTF_SEASON[s.season]}")
        if s.quarter is not None:
            return Resolved(f"XXXX-Q{s.quarter}", None, None, f"XXXX-{32 + s.quarter}")
        if s.half is not None:
            return Resolved(f"XXXX-H{s.half}", None, None, f"XXXX-{39 + s.half}")
        return Resolved("XXXX")
    if s.month is not None:
        lo, hi = datetime(y, s.month, 1), _end_of_day(date(y, s.month, last_day(y, s.month)))
        base, ed = f"{ys}-{s.month:02d}", f"{ys}-{s.month:02d}"
    elif s.quarter is not None:
        m0 = 3 * (s.quarter - 1) + 1
        lo, hi = datetime(y, m0, 1), _end_of_day(date(y, m0 + 2, last_day(y, m0 + 2)))
        base, ed = f"{ys}-Q{s.quarter}", f"{ys}-{32 + s.quarter}"
    elif s.half is not None:
        m0 = 6 * (s.half - 1) + 1
        lo, hi = datetime(y, m0, 1), _end_of_day(date(y, m0 + 5, last_day(y, m0 + 5)))
        base, ed = f"{ys}-H{s.half}", f"{ys}-{39 + s.half}"
    elif s.season is not None:
        m0, n = SEASONS[s.season]
        y2, m2 = add_months(y, m0, n - 1)
        lo, hi = datetime(y, m0, 1), _end_of_day(date(y2, m2, last_day(y2, m2)))
        base, ed = f"{ys}-{s.season}", f"{ys}-{_EDTF_SEASON[s.season]}"
    else:
        lo, hi = datetime(y, 1, 1), datetime(y, 12, 31, 23, 59, 59)
        base, ed = ys, ys
    if mod is None:
        return Resolved(base, lo, hi, ed)  # (what _apply_mod and _fmt_edtf give without one)
    lo, hi, narrowed = _apply_mod(mod, lo, hi)
    return Resolved(base, lo, hi, _fmt_edtf(ed, lo, hi, mod, narrowed))
