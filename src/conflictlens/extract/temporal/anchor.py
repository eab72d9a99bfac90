"""Anchoring: which reference date a relative expression counts from, and publication dates.

- Deictic expressions ("kemarin", "last Friday", "two years ago") count from the publication
  date; without one, from the most recent explicit date of the text (narratives).
- Anaphoric expressions ("two years later", "the following year", "hari itu") count from the
  most recent explicit date before them, falling back to the publication date.
- Underspecified dates ("in March", "Jumat (23/12)") take the publication year, unless the text
  is a narrative far from it (its explicit dates lie years before the publication date).

Examples
--------
>>> from datetime import date
>>> choose_reference(False, date(2022, 12, 23), date(2020, 9, 1))
(datetime.date(2022, 12, 23), 'published')
>>> choose_reference(True, date(2022, 12, 23), date(2020, 9, 1))
(datetime.date(2020, 9, 1), 'narrative')
"""

from __future__ import annotations

from datetime import date

from .lexicon import Token
from .normalize import Sem


def choose_reference(
    anaphoric: bool, published: date | None, narrative: date | None, underspecified: bool = False
) -> tuple[date | None, str]:
    """Return the reference date and the ``anchor`` label for one expression."""
    if anaphoric and narrative is not None:
        return narrative, "narrative"
    if (
        underspecified
        and narrative is not None
        and published is not None
        and (abs(published.year - narrative.year) >= 2)
    ):
        return narrative, "narrative"
    if published is not None:
        return published, "published"
    if narrative is not None:
        return narrative, "narrative"
    return None, "none"


def explicit_point(sem: Sem) -> date | None:
    """The first day an explicit (year-bearing) expression denotes, to anchor what follows."""
    if sem.year is None or sem.kind not in ("date", "time") or sem.rel_unit is not None:
        return None
    month = sem.month or (3 * (sem.quarter - 1) + 1 if sem.quarter else None)
    if month is None and sem.half:
        month = 6 * (sem.half - 1) + 1
    if month is None and sem.season:
        month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}.get(sem.season)
    try:
        return date(sem.year, month or 1, sem.day or 1)
    except ValueError:
        return None


def is_future(toks: list[Token], i: int, markers: frozenset[str], window: int = 8) -> bool:
    """Tell whether a future marker ("will", "akan") occurs in the few tokens before ``i``.

    The look-back stops at a sentence end so that a neighbouring sentence does not leak in.
    """
    lo = max(0, i - window)
    for k in range(i - 1, lo - 1, -1):
        t = toks[k]
        if t.text in (".", "!", "?") or t.nl:
            break
        if t.low in markers:
            return True
    for k in range(i + 1, min(len(toks), i + window // 2)):
        t = toks[k]
        if t.text in (".", "!", "?") or t.nl:
            break
        if t.low in markers:
            return True
    return False


def is_narrative(years: list[int], published: date | None) -> bool:
    """Tell whether a text tells of a time away from its publication (history, chronicles).

    True without a publication date, or when most of the explicit years it mentions lie two or
    more years from the publication year.

    Examples
    --------
    >>> is_narrative([1914, 1916, 1918, 2014], date(2014, 7, 28))
    True
    >>> is_narrative([2013, 2013, 2009], date(2013, 10, 18))
    False
    """
    if published is None:
        return True
    if len(years) < 3:
        return False
    far = sum(abs(y - published.year) >= 2 for y in years)
    return far / len(years) > 0.7


def dateline_year(month: int, day: int, weekday: int, years: list[int]) -> int | None:
    """Choose the year of a "Jumat (23/12)" dateline from the years the text mentions.

    The article was written after the latest year it mentions explicitly; take the first year
    from there (up to ten years on) in which the day falls on the stated weekday.

    Examples
    --------
    >>> dateline_year(12, 23, 4, [2020])
    2022
    >>> dateline_year(12, 23, 4, [2019, 2020, 2030])
    2022
    """
    if not years:
        return None
    # A target far ahead of everything else ("rampung 2030") does not date the article.
    known = sorted(years)
    while len(known) > 1 and known[-1] - known[-2] > 3:
        known.pop()
    start = known[-1]
    for y in range(start, start + 11):
        try:
            if date(y, month, day).weekday() == weekday:
                return y
        except ValueError:
            continue
    return None
