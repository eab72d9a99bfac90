"""Feasts that move through the Gregorian year: Easter (computed) and the lunar feasts of the
Islamic and Chinese calendars (``_data/feasts.json``, built by ``scripts/build_feasts.py``).

A language pack names them (``holidays``: ``["feast", "idul_fitri"]`` for "Lebaran",
``["feast", "ramadan"]`` for "bulan puasa"); :func:`feast_span` gives the days of the occurrence
that a year, or the reference date and the tense, select.

Examples
--------
>>> from datetime import date
>>> feast_span("idul_fitri", 2017, None)  # the calendar's day, or the next by sighting
(datetime.date(2017, 6, 25), datetime.date(2017, 6, 26))
>>> feast_span("ramadan", None, date(2017, 7, 3))
(datetime.date(2017, 5, 27), datetime.date(2017, 6, 24))
>>> feast_span("idul_adha", 1437, None)
(datetime.date(2016, 9, 11), datetime.date(2016, 9, 12))
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

from ...resources import load_json

FUTURE_PENALTY = 2.0  # a date ahead of the reference costs twice its distance (news look back)
_GREGORIAN_FROM = 1600  # a feast's year below this counts from the Hijra


def easter_sunday(year: int) -> date:
    """Return Easter Sunday of ``year`` (Gregorian computus, Meeus/Jones/Butcher; before 1583
    the Julian computus, as the day is written in the Julian calendar of its time).

    Examples
    --------
    >>> easter_sunday(2000), easter_sunday(2024), easter_sunday(1461)
    (datetime.date(2000, 4, 23), datetime.date(2024, 3, 31), datetime.date(1461, 4, 5))
    """
    if year < 1583:
        d = (19 * (year % 19) + 15) % 30
        e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
        return date(year, (d + e + 114) // 31, (d + e + 114) % 31 + 1)
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    x = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * x) // 451
    month = (h + x - 7 * m + 114) // 31
    day = (h + x - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def nearest(
    spans: Iterable[tuple[date, date]], ref: date, future: bool, past: bool, slack: int = 20
) -> tuple[date, date] | None:
    """The span nearest ``ref``, past-leaning; the tense rules out spans over ``slack`` days on
    its wrong side. A span around ``ref`` is at distance 0 ("selama bulan puasa" in Ramadan)."""
    best: tuple[float, tuple[date, date]] | None = None
    for lo, hi in spans:
        dist = 0 if lo <= ref <= hi else (lo - ref).days if lo > ref else (hi - ref).days
        if (future and dist < -slack) or (past and dist > slack):
            continue
        cost = abs(dist) if dist <= 0 or future else dist * FUTURE_PENALTY
        if best is None or cost < best[0]:
            best = (cost, (lo, hi))
    return best[1] if best else None


@cache
def _table() -> tuple[dict[str, list[tuple[date, date]]], int, frozenset[str]]:
    data = load_json("feasts.json")
    hijri = frozenset(data["hijri_keys"])
    out: dict[str, list[tuple[date, date]]] = {}
    for key, days in data["days"].items():
        # An Islamic feast is kept where the new moon is sighted: the day the calendar gives
        # or the next (Indonesia's Idul Adha fell a day after Umm al-Qura's in 5 of 2015-2024)
        late = timedelta(days=1 if key in hijri else 0)
        out[key] = [(d, d + late) for d in map(date.fromisoformat, days)]
    for key, spans in data["periods"].items():
        out[key] = [(date.fromisoformat(a), date.fromisoformat(b)) for a, b in spans]
    return out, int(data["hijri_first"]), frozenset(hijri)


def is_day(key: str) -> bool:
    """Whether feast ``key`` is one day (its span is the day and the day it may move to)."""
    return key in load_json("feasts.json")["days"]


def feast_span(
    key: str,
    year: int | None,
    ref: date | None,
    future: bool = False,
    past: bool = False,
    offset: int = 0,
) -> tuple[date, date] | None:
    """First and last day of feast ``key`` in Gregorian ``year`` (the one nearest ``ref`` when
    the year holds two), or, without a year, the occurrence nearest ``ref``; None when unknown
    (no reference, a year outside the table, an unknown key). With ``offset``, the day that
    many days from the feast's first day ("H-7 Lebaran": -7) of the occurrence nearest
    ``ref`` whatever the tense (counts are written in the weeks around the feast).

    Examples
    --------
    >>> feast_span("idul_fitri", None, date(2017, 6, 1), past=True, offset=-7)
    (datetime.date(2017, 6, 18), datetime.date(2017, 6, 19))
    """
    if offset:
        shift = timedelta(days=offset)
        span = feast_span(key, year, ref)
        if span is None:
            return None
        return span[0] + shift, (span[1] if is_day(key) else span[0]) + shift
    table, hijri_first, hijri_keys = _table()
    spans = table.get(key, [])
    if year is not None and year < _GREGORIAN_FROM and key in hijri_keys:
        # "Idul Adha 1437 H": a year of the Hijra (the lists run one entry per Hijri year)
        k = year - hijri_first
        return spans[k] if 0 <= k < len(spans) else None
    if year is not None:
        spans = [s for s in spans if s[0].year == year]
        if ref is None or len(spans) < 2:
            return spans[0] if spans else None
        return nearest(spans, ref, False, False)
    if ref is None:
        return None
    near = [s for s in spans if abs(s[0].year - ref.year) <= 1]
    return nearest(near, ref, future, past)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """Return ``(year, month)`` shifted by ``n`` months."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def misdated(day: int, month: int, weekday: int, ref: date) -> date | None:
    """The day a news report's weekday and far-off date mean, on that weekday within three
    weeks of the report: the same day of the month in the report's month or the one before or
    after ("Sabtu (9/11)" on 24 December 2017: Saturday 9 December), or the day and month
    swapped ("Sabtu (1/6)" on 7 January: Saturday 6 January).

    Examples
    --------
    >>> misdated(9, 11, 5, date(2017, 12, 24))
    datetime.date(2017, 12, 9)
    """
    found = []
    for y, m in (add_months(ref.year, ref.month, n) for n in (-1, 0, 1)):
        found.append((y, m, day))
        if m == day:
            found.append((y, m, month))
    days = []
    for y, m, d in found:
        try:
            days.append(date(y, m, d))
        except ValueError:
            continue  # "31" in a month of 30 days
    days = [d for d in days if d.weekday() == weekday and abs((d - ref).days) <= 21]
    return min(days, key=lambda d: abs((d - ref).days)) if days else None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> int:
    """Return the day of the ``n``-th ``weekday`` of a month (``n = -1``: the last).

    Examples
    --------
    >>> nth_weekday(1999, 11, 3, 4)  # Thanksgiving 1999
    25
    """
    first = date(year, month, 1).weekday()
    day = 1 + (weekday - first) % 7
    if n > 0:
        return day + 7 * (n - 1)
    last = calendar.monthrange(year, month)[1]
    while day + 7 <= last:
        day += 7
    return day
