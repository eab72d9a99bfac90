"""How a text retells a story: news that retells one of years before ("the invasion that began
on 24 February 2022. By 2 March ..."), an anniversary's "Forty years ago", bare days of the
story's month ("on the 17th") and the quarter a year before ("the year-ago quarter").

Examples
--------
>>> from .normalize import Sem
>>> _years_back(Sem(rel_unit="year", rel_n=-40)), _years_back(Sem(rel_unit="year", rel_n=-1))
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .grammar import Match
from .lexicon import get_lexicon
from .normalize import Resolved, Sem, last_day, resolve
from .story import _deictic


def _years_back(sem: Sem) -> bool:
    """ "Forty years ago", "five years ago": years counted back from the writing, which name
    the year of a story as an explicit year does (an anniversary's opening)."""
    return (
        sem.rel_unit == "year"
        and sem.rel_n is not None
        and sem.rel_n <= -2
        and not sem.anaphoric
        and sem.mod is None
    )


def _story_weekdays(matches: list[Match], published: date | None) -> set[int]:
    """The bare weekdays told after a day of years before ("On Sunday, 14 October 1962 a U-2
    photographed the sites. Analysts worked through Monday"): the story's days, which do not
    count from the writing. (``id`` of each such match.)"""
    out: set[int] = set()
    if published is None:
        return out
    far = False  # the last explicit date named a day two or more years before the writing
    for m in matches:
        s = m.sem
        if s.explicit and s.year is not None:
            far = s.day is not None and published.year - s.year >= 2
        elif far and s.weekday is not None and s.day is None and s.rel_unit is None:
            out.add(id(m))
        elif _deictic(s):
            break  # news that spoke from its day first ("on Monday ... after Sept. 11, 2001")
    return out


def _retold(
    sem: Sem,
    point: date,
    published: date | None,
    level: int,
    retelling: bool,
    far_years: bool,
    kept: bool,
) -> int:
    """How surely news retells a story of years before, once ``sem`` moved the story to
    ``point``: 0 not, 1 an explicit day ("24 February 2022" written in 2025), 2 a bare date
    that followed it (``retelling``). ``level`` is the last one; ``far_years``: most of the
    text's years lie far from its writing (then an explicit month will do: "Tigray held
    elections in September 2020 ... Axum was taken in mid-November", not news' "talks began in
    July 1997 ... agreed in April"). ``kept``: the story goes on from its point ("A week
    later", "the end of the week") and keeps the level.
    """
    if published is None or (published - point).days < 300:
        return 0
    if kept:
        return level  # "A week later": the story goes on
    if retelling:
        return 2
    return int(bool(sem.explicit and (sem.day or (far_years and (sem.month or sem.season)))))


def _counts(
    told: list[Match], matches: list[Match], published: date | None, content: bool, tail: int
) -> tuple[list[int], int, int, int]:
    """What a text counts from its writing: the years "Forty years ago" names (counted from a
    given publication date, not one read off the ``content``: an anniversary's opening names
    the story's year as an explicit year would, and makes no news), and how many of ``told``,
    of ``told`` before the ``tail`` token (an epilogue's "Today the town ..." leaves a story a
    story) and of all ``matches`` count from the writing, those years not included.

    ``told`` is ``matches`` or a part of it, in order (as long, it is the same matches)."""
    back = [] if published is None or content else [m for m in told if _years_back(m.sem)]
    before = sum(m.i < tail for m in back)
    story = _story_weekdays(matches, published)
    deictic = [m for m in told if _deictic(m.sem) and id(m) not in story]
    everywhere = (
        len(deictic)
        if len(told) == len(matches)
        else sum(_deictic(m.sem) and id(m) not in story for m in matches)
    )
    return (
        [published.year + (m.sem.rel_n or 0) for m in back] if published is not None else [],
        len(deictic) - len(back),
        sum(m.i < tail for m in deictic) - before,
        everywhere - len(back),
    )


def _month_of_day(sem: Sem, story: date | None, story_days: int, dist: int) -> Sem | None:
    """The month of a bare day ("on the 17th", ``sem.day``): the story's, when it has come
    down to a month or a day within the last few paragraphs ("landed on 16 September and the
    17th"), the next one for an earlier day after a day ("28 November ... on the 4th"); None
    when the text tells of no month. ``dist``: characters since the story's point."""
    if story is None or story_days > 31 or dist > 1000 or sem.day is None:
        return None
    month = story.month
    if story_days == 0 and sem.day < story.day:
        month = month % 12 + 1
    if sem.day > last_day(story.year, month):
        return None
    return replace(sem, month=month)


_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")


def _year_ago_quarter(sem: Sem, last_value: str, now: date, ref: date) -> Resolved | None:
    """ "a year earlier" after "the third quarter" (``last_value``, the last date close by) is
    that quarter a year before; "the year-ago quarter" without one is the last reported
    (completed) quarter's, a year before. ``now``: the time of writing (or the reference)."""
    q = _QUARTER.match(last_value)
    if q is not None and (int(q.group(1)), int(q.group(2))) <= (now.year, (now.month - 1) // 3 + 1):
        # (a quarter still ahead, "the third quarter of 1990", has no results yet)
        y, quarter = int(q.group(1)), int(q.group(2))
    elif sem.period in ("quarter", "period"):
        k = (ref.year * 12 + ref.month - 1) // 3 - 1
        y, quarter = k // 4, k % 4 + 1
    else:
        return None
    if not 1 < y + (sem.rel_n or 0) < 9999:
        return None
    return resolve(Sem(year=y + (sem.rel_n or 0), quarter=quarter), None)


def _event_dates(matches: list[Match], toks: list, code: str | None) -> list[Match]:
    """ "the Sept. 11 attacks", "tragedi 11 September": a day and month that name an event of
    a known year (the pack's ``event_dates``, with the words that must follow or precede
    them), not the day of the writing's year. Returns ``matches`` or a new list."""
    events = get_lexicon(code).pack.get("event_dates") if code else None
    if not events:
        return matches
    out: list[Match] = []
    for m in matches:
        s = m.sem
        if s.year is None and s.day is not None and s.hour is None and s.weekday is None:
            after = toks[m.j].low if m.j < len(toks) else ""
            before = toks[m.i - 1].low if m.i else ""
            for ev in events:
                if (ev["month"], ev["day"]) == (s.month, s.day) and (
                    after in ev.get("after", ()) or before in ev.get("before", ())
                ):
                    m = replace(m, sem=replace(s, year=ev["year"], explicit=True))
                    break
        out.append(m)
    return out


def _ago_today(matches: list[Match], toks: list, text: str, published: date | None) -> list[Match]:
    """ "A year ago today", "Five years ago tonight", "A century ago today": one day counted back
    from the writing (2016-07-15TNI written on 2017-07-15), not a year and a today. Returns a new
    list."""
    if published is None or not matches:
        return matches
    out: list[Match] = []
    skip = False
    for a, b in zip(matches, [*matches[1:], None], strict=True):
        if skip:
            skip = False
            continue
        s, t = a.sem, b.sem if b is not None else None
        if (
            t is None
            # ("a century ago" alone names the century, "19"; with "today", the day)
            or not (s.shift or s.rel_unit == "century")
            or s.rel_unit not in ("century", "year", "month", "week")
            or (s.rel_n or 0) >= 0
            or s.anaphoric
            or s.mod is not None
            or t.rel_unit != "day"
            or t.rel_n != 0
            or t.anaphoric
            or text[toks[a.j - 1].end : toks[b.i].start].strip()
        ):
            out.append(a)
            continue
        n = int(s.rel_n or 0)
        if s.rel_unit == "week":
            day = published + timedelta(weeks=n)
        else:
            months = n * {"century": 1200, "year": 12}.get(str(s.rel_unit), 1)
            y, mo = divmod(published.year * 12 + published.month - 1 + months, 12)
            day = date(y, mo + 1, min(published.day, last_day(y, mo + 1)))
        sem = Sem(year=day.year, month=day.month, day=day.day, part=t.part, explicit=True)
        out.append(Match(a.i, b.j, sem, "date"))
        skip = True
    return out
