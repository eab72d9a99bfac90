"""Where two expressions stand in the text: joined by a link word, in one clause, in a
quotation, on a line of their own; and a clock time moved onto the day it belongs to.

Examples
--------
>>> _joined("10:35 a.m. (0735 GMT) Friday", 10, 22)
True
>>> _in_quote('He said, "Today we vote."', 10)
True
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from ...spans import Mention
from .grammar import Match
from .lexicon import Lexicon
from .normalize import Sem, resolve

_DAY_PREFIX = re.compile(r"\d{4}-\d\d-\d\d(?:$|T)")


def _own_line(text: str, m: Match, toks: list) -> bool:
    """Whether a mention is a line of its own (the dateline "Friday, October 18, 2019")."""
    before = text[text.rfind("\n", 0, toks[m.i].start) + 1 : toks[m.i].start]
    end = text.find("\n", toks[m.j - 1].end)
    return not before.strip() and not text[toks[m.j - 1].end : end if end >= 0 else None].strip()


def _attributed(lex: Lexicon, toks: list, i: int) -> bool:
    """Whether the mention at token ``i`` dates a saying: "..., ujar Dolifar saat dikonfirmasi,
    Senin (12/9)." (a reporting verb earlier in its sentence, a comma just before it)."""
    if i < 2 or toks[i - 1].text != ",":
        return False
    for b in range(i - 2, max(i - 20, -1), -1):
        if (toks[b].text in (".", "!", "?") and toks[b + 1].gap) or toks[b + 1].nl:
            return False  # (not the dot of "merdeka.com")
        if toks[b].low in lex.reporting:
            return True
    return False


def _in_quote(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a quotation opened earlier in its paragraph."""
    segment = text[text.rfind("\n", 0, start) + 1 : start]
    opened = segment.count("\u201c") + segment.count("``")
    closed = segment.count("\u201d") + segment.count("''")
    return opened > closed or segment.count('"') % 2 == 1


def _range_link(lex: Lexicon, between: str) -> bool:
    """Only a range word between two expressions ("hingga", "sampai", "-"), not "dan"; a clock
    time may stand between the word and the day ("from 8 pm on Monday until 4 am on Tuesday",
    "Senin hingga pukul 04.00 WIB pada Selasa")."""
    words = set(lex.pack.get("range_words") or ()) - {"dan", "and"}
    link = " ".join(between.split()).lower()
    if link in words or link in ("-", "\u2013", "\u2014"):
        return True
    parts = link.split()
    if not any(p[:1].isdigit() for p in parts):
        return False
    drop = _clock_words(lex)
    return " ".join(p for p in parts if not (p[:1].isdigit() or p in drop)) in words


@cache
def _clock_words(lex: Lexicon) -> frozenset[str]:
    """The words a clock time is written with: a.m./p.m., "pukul", zones, "local time on"."""
    pack = lex.pack
    phrases = (*pack.get("am", ()), *pack.get("pm", ()), *pack.get("time_prefix", ()))
    words = {w for p in (*phrases, *pack.get("clock_day_links", ())) for w in p.split()}
    return frozenset(words | {z.lower() for z in pack.get("timezones") or ()})


def _month_range_year(
    lex: Lexicon | None, between: str, sem, value: str, prev: str, ref: date | None
) -> int | None:
    """The year of a bare month that ends a range or list begun by the bare month ``prev``
    ("YYYY-MM"), when it would fall before it: "between October and December" (said in
    September of the year before, with "December" read alone as last December)."""
    if not prev or sem.month is None or sem.year is not None or sem.day is not None:
        return None  # (first the cheap tests: most mentions follow no bare month)
    link = " ".join(between.split()).lower()
    if lex is None or not (
        link in (lex.pack.get("range_words") or ()) or link in ("-", "\u2013", "\u2014")
    ):
        return None
    if sem.month is None or sem.year is not None or sem.day is not None or sem.rel_unit:
        return None
    if ref is None or not (value[:4].isdigit() and value[4:5] == "-" and value[:7] < prev):
        return None
    y0, m0 = int(prev[:4]), int(prev[5:7])
    year = y0 + 1 if sem.month < m0 else y0
    # unless the range lies nearer the reference a year earlier ("Januari hingga September"
    # written in October: this year's, its "Januari" read alone as the coming one)
    mid = (12 * y0 + m0 + 12 * year + sem.month) / 2
    now = 12 * ref.year + ref.month
    return year if abs(mid - now) < abs(mid - 12 - now) else None


def _night_of(lex: Lexicon | None, text: str, start: int) -> bool:
    """Whether a phrase of the pack's ``night_of`` ("the night of") stands just before ``start``."""
    if lex is None:
        return False
    window = text[max(0, start - 30) : start].lower()
    # (a phrase's last word is in the window before the spaces are joined, or it cannot end it)
    phrases = [p for p in lex.pack.get("night_of") or () if p.rsplit(" ", 1)[-1] in window]
    before = " ".join(window.split()) if phrases else ""
    return any(before.endswith(p) for p in phrases)


# A sentence ends: a full stop, "!" or "?" before a capital, or a line break. (Written as one
# character set first, then the rest of the break that character opens, the same matches as
# ``[.!?][\"'\u201d\u2019)]*\s+[^\W\d_a-z]|\n``: the regex engine then skips to those
# characters instead of trying both alternatives at every position, twice as fast.)
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'\u201d\u2019)]*\s+[^\W\d_a-z]|(?<=\n))")
_BRACKETED = re.compile(r"\([^()\n]{0,20}\)")


def _joined(text: str, a: int, b: int, links: frozenset[str] = frozenset()) -> bool:
    """Only spaces, commas, short brackets and a link word of the pack (``clock_day_links``)
    between two expressions: "a.m. (0735 GMT) Friday", "2am local time (0100 UTC) on Friday"."""
    between = _BRACKETED.sub("", text[a:b]).strip(" ,()")
    if "\n" in between:
        return False  # a dateline's day does not date the first line's "At 4:42"
    return not between or " ".join(between.lower().replace(",", " ").split()) in links


def _same_clause(text: str, a: int, b: int) -> bool:
    """A short stretch without a sentence end: "pukul 05.36 WIB dari Bandara Juanda, Surabaya,
    Minggu (28/12)" dates the clock time by the day named after it."""
    return b - a <= 60 and not _SENTENCE_BREAK.search(text, a, b) and ";" not in text[a:b]


def _framed(text: str, at: int, start: int) -> bool:
    """Whether a date at ``at`` opens the sentence that ``start`` is in, as its frame: "In the
    2016 election, Sanders stayed in the race until June" (June of 2016)."""
    if at < 0 or at >= start or _SENTENCE_BREAK.search(text, at, start) or ";" in text[at:start]:
        return False
    head = text[max(0, at - 60) : at]
    breaks = list(_SENTENCE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() - 1 :]
    elif at > 60:
        return False
    return len(head.split()) <= 3


def _lead_end(text: str) -> int:
    """Where the lead paragraph ends: the first paragraph of more than a line of a date."""
    at = 0
    for para in text.split("\n\n"):
        at += len(para) + 2
        if len(para.strip()) > 80:
            return at - 2
    return len(text)


def _clock_on_day(clock: Mention, sem: Sem, day: Mention) -> None:
    """ "10:35 a.m. (0735 GMT) Friday": a clock time takes the day named right after it."""
    res = resolve(sem, date.fromisoformat(str(day.value)[:10]))
    clock.value, clock.earliest, clock.latest, clock.edtf = (
        res.value,
        res.earliest,
        res.latest,
        res.edtf,
    )
    clock.anchor = day.anchor


def _clock_time(value: str | None) -> datetime | None:
    """The moment a clock-time value names ("2020-11-09T24:00" is the next day's 00:00)."""
    if not value or _CLOCK.match(value) is None:
        return None
    hh, mm = int(value[11:13]), int(value[14:16])
    return datetime.fromisoformat(value[:10]) + timedelta(hours=hh, minutes=mm)


def _clock_at(last: tuple[datetime, int] | None, out: list[Mention]) -> tuple[datetime, int] | None:
    """The last clock time ``(when, start)`` again, once a day named after it has dated it ("at
    10 a.m. on 27 July 1953": the clock read first on the reference day is 1953's)."""
    if last is None:
        return None
    for m in reversed(out[-3:]):
        if m.start == last[1] and (at := _clock_time(m.value)) is not None:
            return at, last[1]
    return last


_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d$")


def _date_clocks(
    clocks: list[tuple[Mention, Sem]],
    out: list[Mention],
    sem: Sem,
    text: str,
    links: frozenset[str],
    timed: bool,
) -> list[tuple[Mention, Sem]]:
    """Give bare clock times their day once it is named; return the clocks still waiting.

    ``out[-1]`` is the mention just tagged (``sem`` its meaning; ``timed``: a time of day
    without a day, "at 10 p.m.", "at dawn"), ``clocks`` the bare clock times (mention,
    meaning) before it that wait for a day: "kemarin sore, sekitar pukul 16.30
    WITA" dates the clock after the day; "10 p.m. Wednesday night" the clocks before it.
    """
    here = out[-1]
    start = here.start
    if clocks and not (
        _joined(text, clocks[-1][0].end, start, links)
        or (
            sem.day is not None
            # a clock time, not a part of a day ("that afternoon, and on 1 December")
            and clocks[-1][1].hour is not None
            and _same_clause(text, clocks[-1][0].end, start)
        )
    ):
        clocks = []
    prev = out[-2] if len(out) > 1 else None
    if (
        timed
        and prev is not None
        and not (clocks and clocks[-1][0] is prev)  # a bare clock waits for its day
        and _DAY_PREFIX.match(prev.value or "")
        and _joined(text, prev.end, start, links)
    ):
        # "kemarin sore, sekitar pukul 16.30 WITA": the clock of the day just named
        _clock_on_day(here, sem, prev)
    elif timed:
        clocks.append((here, sem))
    elif clocks:
        # "10 p.m. Wednesday night": a day, or a part of one, dates the clocks before it
        if sem.hour is None and here.value and _DAY_PREFIX.match(here.value):
            for clock, clock_sem in clocks:
                _clock_on_day(clock, clock_sem, here)
        clocks = []
    return clocks


def _overnight(lex: Lexicon | None, text: str, out: list[Mention]) -> list[Mention]:
    """Move the end of a range of clock times that is earlier than its start to the next day
    ("a curfew from 9 p.m. to 5 a.m.", "runs until 4 a.m.": the morning after); return ``out``.

    Only a bare clock time (no day with it) right after a range word, in the clause of the
    clock time before it, on the same day.
    """
    if lex is None:
        return out
    words = set(lex.pack.get("range_words") or ()) - {"dan", "and"}
    clock_words = _clock_words(lex)
    last: Mention | None = None  # the clock time before
    for m in out:
        at = _clock_time(m.value)
        if at is None:
            continue
        prev, last = last, m
        before = _clock_time(prev.value) if prev is not None else None
        if prev is None or before is None or at >= before or m.value[:10] != prev.value[:10]:
            continue
        link = text[prev.end : m.start].split()
        if not (link and link[-1].lower() in words and _same_clause(text, prev.end, m.start)):
            continue
        between = text[prev.end : m.start]
        if between.count("(") != between.count(")"):
            continue  # "from 2 p.m. to 6 p.m. (1000 GMT to 1400 GMT)": a range of its own
        if not all(w[:1].isdigit() or w.lower() in clock_words for w in m.text.split()):
            continue  # "until 4 a.m. on Tuesday": its own day
        day = date.fromisoformat(m.value[:10]) + timedelta(days=1)
        m.edtf = m.edtf.replace(m.value[:10], day.isoformat(), 1) if m.edtf else m.edtf
        m.value = day.isoformat() + m.value[10:]
        m.earliest = m.earliest + timedelta(days=1) if m.earliest is not None else None
        m.latest = m.latest + timedelta(days=1) if m.latest is not None else None
    return out
