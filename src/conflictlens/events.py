"""Timeline items: event intervals and dated points assembled from temporal mentions.

Three rules, all language-neutral (the words they need come from the language data):

1. A duration and an anchored date close together in one sentence are one event
   ("perang 44 hari pada September 2020", "a 44-day war in September 2020"): it starts within the
   date's bounds and ends the duration later (end bounds = start bounds + duration).
2. An undated duration in a later sentence that names a recent event ("Perang ... diduduki oleh
   Armenia selama hampir 30 tahun") ends when that event ended; its start is the end minus the
   duration, widened by the duration's qualifier ("almost"/"about": up to 10% shorter or longer).
3. Every other anchored date is a point ("Berbicara di acara (Jumat (23/12))").

Labels are taken from the text: the event word next to the duration, or the first words of the
sentence for a point.

Examples
--------
>>> from datetime import datetime
>>> from conflictlens.document import make_document
>>> from conflictlens.spans import Mention
>>> text = "Mereka berperang selama 44 hari pada September 2020."
>>> doc = make_document(text, lang="id")
>>> ms = [Mention(24, 31, "44 hari", "duration", value="P44D", sent_id=0),
...       Mention(37, 51, "September 2020", "date", value="2020-09", sent_id=0,
...               earliest=datetime(2020, 9, 1), latest=datetime(2020, 9, 30, 23, 59, 59))]
>>> item = timeline(doc, ms)[0]
>>> item["label"], item["start"].date().isoformat(), item["end_latest"].date().isoformat()
('berperang selama 44 hari', '2020-09-01', '2020-11-13')
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache, lru_cache
from operator import attrgetter

import pandas as pd

from . import lang as _lang
from .document import Document
from .extract.quantities.lexicon import Lexicon, lexicon
from .extract.quantities.numbers import _TOKEN, Token, phrase_before, tokenize
from .spans import Mention

# TIMEX3 durations with one unit: "P44D", "P30Y", "P1.5Y", "P2DE", "PT5H".
_DURATION = re.compile(r"^P(T?)(\d+(?:\.\d+)?)(DE|CE|ML|[YMWDHS])$")
_DAYS = {"Y": 365.2425, "M": 30.436875, "W": 7.0, "D": 1.0, "DE": 3652.425, "CE": 36524.25}
_PUNCT = frozenset(',;:.!?()[]"“”')
# Characters allowed between a duration and the date it is anchored to ("selama 44 hari pada").
_LINK_GAP = 40
# Characters looked at around a mention for its label.
_LOOK = 60
# ``(start, end)`` of a mention, read in C.
_OFFSETS = attrgetter("start", "end")
# A token built without the NamedTuple's Python-level ``__new__`` (the same tuple).
_new_token = tuple.__new__
# Longest evidence quoted in full; longer "sentences" are cut around the mention.
EVIDENCE_MAX = 1000
_DATELINE_HEAD = re.compile(r"[^,\n]{1,60},[^–—\n]{0,40}\s[–—-]\s")
# How many sentences later an event may still be referred to, among how many recent events.
_REFER_WINDOW = 3
_RECENT = 20
# The spread of a qualified duration ("hampir", "about") around its stated length.
_FUZZ = 0.1


@dataclass(slots=True)
class Event:
    """An interval on the timeline, remembered so later sentences can refer to it."""

    row: dict
    heads: set[str] = field(default_factory=set)
    last_sent: int = 0


def parse_duration(value: str | None) -> tuple[pd.DateOffset, float] | None:
    """Return ``(calendar offset, length in days)`` of a one-unit TIMEX3 duration, or None.

    Examples
    --------
    >>> off, days = parse_duration("P30Y")
    >>> off.years, round(days)
    (30, 10957)
    >>> parse_duration("PXY") is None
    True
    """
    m = _DURATION.match(value or "")
    if m is None:
        return None
    time, n, unit = m.group(1), float(m.group(2)), m.group(3)
    if time:
        seconds = n * {"H": 3600, "M": 60, "S": 1}.get(unit, 0)
        return pd.DateOffset(seconds=int(seconds)), seconds / 86400
    if unit not in _DAYS:
        unit, n = "Y", n * 1000  # ML: millennium
    days = n * _DAYS[unit]
    if n.is_integer():
        kw = {"Y": ("years", 1), "M": ("months", 1), "W": ("days", 7), "D": ("days", 1),
              "DE": ("years", 10), "CE": ("years", 100)}[unit]  # fmt: skip
        return pd.DateOffset(**{kw[0]: int(n) * kw[1]}), days
    return pd.DateOffset(days=round(days)), days


@lru_cache(maxsize=1024)
def _duration(value: str | None) -> tuple[pd.DateOffset, float] | None:
    # Durations repeat ("P1D", "P3Y"): a DateOffset costs about 20 µs to build and is immutable.
    return parse_duration(value)


def _shift(t: datetime | None, off: pd.DateOffset, sign: int = 1) -> datetime | None:
    if t is None:
        return None
    try:
        out = pd.Timestamp(t) + off if sign > 0 else pd.Timestamp(t) - off
    except (OverflowError, ValueError):  # (OutOfBoundsDatetime too): "99999 years" has no end
        return None
    return out.to_pydatetime()


@cache
def _stopwords(code: str | None) -> frozenset[str]:
    # Built once per language: ``lexicon(code)`` is cached, so this is the set of that lexicon.
    core = _lang.core().get(code or "", {})
    return frozenset(core.get("function_words", [])) | lexicon(code).unit_stop


def _tokens_of(doc: Document, start: int, end: int) -> list[Token]:
    return tokenize(doc.text, max(0, start), min(len(doc.text), end))


def _clean_label(text: str) -> str:
    return " ".join(text.split())


def evidence_span(doc: Document, sent, start: int | None = None, end: int | None = None) -> dict:
    """The sentence as evidence (outer blanks trimmed), with its offsets.

    A very long "sentence" (a text without full stops) is cut to a window around ``start:end``
    so that evidence stays small and building it stays linear in the document.

    Examples
    --------
    >>> from conflictlens.document import make_document
    >>> doc = make_document("Satu. Dua orang.", lang="id")
    >>> evidence_span(doc, doc.sentences[1])["evidence"]
    'Dua orang.'
    """
    lo, hi = sent.start, sent.end
    if hi - lo > EVIDENCE_MAX and start is not None:
        lo = max(lo, start - EVIDENCE_MAX // 2)
        hi = min(hi, (end or start) + EVIDENCE_MAX // 2)
    raw = doc.text[lo:hi]
    if lo >= 0 and raw and not raw[0].isspace() and not raw[-1].isspace():
        # Nothing to trim (a whole sentence span is stripped already): no more copies.
        return {"evidence": raw, "evidence_start": lo, "evidence_end": lo + len(raw)}
    first = lo + (len(raw) - len(raw.lstrip()))
    last = lo + len(raw.rstrip())
    return {"evidence": doc.text[first:last], "evidence_start": first, "evidence_end": last}


def _duration_label(doc: Document, sent, dur: Mention, stop: frozenset[str], lex: Lexicon):
    """``(label, head word)`` for the event a duration measures."""
    before = _tokens_of(doc, max(sent.start, dur.start - _LOOK), dur.start)
    after = _tokens_of(doc, dur.end, min(sent.end, dur.end + _LOOK))
    # "a 44-day war": an article, the duration, then the event noun.
    if (
        after
        and after[0].kind == "word"
        and after[0].low not in stop
        and (not before or before[-1].low in stop)
    ):
        return _clean_label(doc.text[dur.start : after[0].end]), after[0].low
    # "perang 44 hari", "berperang selama 44 hari": the content word before (one linking word).
    k = len(before) - 1
    skipped = 0
    while k >= 0 and before[k].kind == "word" and before[k].low in stop and skipped < 2:
        k -= 1
        skipped += 1
    if k >= 0 and before[k].kind == "word" and before[k].low not in stop:
        return _clean_label(doc.text[before[k].start : dur.end]), before[k].low
    return _clean_label(dur.text), None


def _clause_label(doc: Document, sent, dur: Mention, lex: Lexicon) -> str:
    """The verb phrase ending in an undated duration ("diduduki oleh Armenia selama ...")."""
    toks = _tokens_of(doc, max(sent.start, dur.start - 2 * _LOOK), dur.start)
    k = len(toks)
    while k > 0 and len(toks) - k < 6:
        t = toks[k - 1]
        if t.text in _PUNCT or t.low in lex.relative_markers or t.low in lex.clause_joiners:
            break
        k -= 1
    start = toks[k].start if k < len(toks) else dur.start
    return _clean_label(doc.text[start : dur.end])


def _sentence_head(doc: Document, sent, stop, spans: list[tuple[int, int]], starts=None) -> str:
    """The first content words of a sentence (outside mentions), to name its dated event.

    ``starts`` are the first offsets of ``spans`` (computed here when not given).
    """
    start = sent.start
    if sent.start == 0:
        # Skip a dateline ("Ankara, MINA –").
        m = _DATELINE_HEAD.match(doc.text, sent.start, sent.end)
        if m:
            start = m.end()
    if starts is None:
        starts = [s for s, _ in spans]
    words = _head_words(doc, start, min(sent.end, start + 4 * _LOOK), stop, spans, starts)
    while len(words) > 1 and words[-1].low in stop:
        words.pop()
    return doc.text[words[0].start : words[-1].end] if words else ""


def _head_words(doc, start, limit, stop, spans, starts) -> list[Token]:
    """The head words of ``doc.text[start:limit]``, read one token at a time.

    The words are nearly always found in the first few tokens: they are read lazily with the token
    pattern (the tokens :func:`tokenize` gives for the whole range, which cuts its lines at spaces
    for speed but gives the pattern's tokens), and reading stops with the last word needed. The
    words' ``newline`` flag is not read (False).
    """
    k = max(bisect_right(starts, start) - 1, 0)
    n = len(spans)
    words: list[Token] = []
    for m in _TOKEN.finditer(doc.text, start, limit):
        a = m.start()
        while k < n and spans[k][1] <= a:
            k += 1
        inside = k < n and spans[k][0] <= a < spans[k][1]
        text = m.group()
        if not words:
            if not inside and m.lastgroup == "word":
                low = text.lower()
                if low not in stop:
                    words.append(_new_token(Token, ("word", a, m.end(), text, low, False)))
            continue
        if text in _PUNCT or inside or len(words) >= 3:
            return words
        words.append(_new_token(Token, (m.lastgroup, a, m.end(), text, text.lower(), False)))
    return words


def _qualifier(doc: Document, dur: Mention, lex: Lexicon) -> str | None:
    """The qualifier of a duration ("hampir 30 tahun" → LESS_THAN), from the quantity data."""
    toks = _tokens_of(doc, max(0, dur.start - 40), dur.end)
    inside = [i for i, t in enumerate(toks) if t.start >= dur.start]
    for i in inside[:2]:
        hit = phrase_before(toks, i, lex.qualifiers_before)
        if hit is not None:
            return lex.qualifiers_before[hit[0]]
    return dur.mod


def _item(sent, doc: Document, near: Mention, **kw) -> dict:
    row = {"sent_id": kw.pop("sent_id"), **evidence_span(doc, sent, near.start, near.end)}
    row.update(kw)
    return row


def timeline(
    doc: Document,
    mentions: list[Mention],
    context: dict[int, dict] | None = None,
) -> list[dict]:
    """Return timeline rows (without ``doc_id``/``item_id``) for the temporal ``mentions``.

    ``context`` maps a sentence id to ``{"place", "category", "amount"}`` to attach to items of that
    sentence.
    """
    lex = lexicon(doc.lang)
    stop = _stopwords(doc.lang)
    if context is None:
        context = {}
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind in ("date", "duration"):
            by_sent.setdefault(m.sent_id, []).append(m)
    spans: list[tuple[int, int]] = []  # every mention's offsets, sorted when a head is needed
    span_starts: list[int] = []
    rows: list[dict] = []
    events: list[Event] = []
    seen: dict[tuple, Event] = {}
    used: set[int] = set()
    points: set[str] = set()
    for sid in sorted(by_sent):
        if not 0 <= sid < len(doc.sentences):
            continue
        sent = doc.sentences[sid]
        ms = by_sent[sid]
        extra = None  # the sentence's context, read when it gets its first item
        dates = [m for m in ms if m.kind == "date" and m.earliest is not None]
        date_starts = [d.start for d in dates]
        referred: list[Event | None] = []  # computed once per sentence, when needed
        for dur in ms:
            if dur.kind != "duration":
                continue
            parsed = _duration(dur.value)
            if parsed is None:
                continue
            off, days = parsed
            anchor = _anchor(dur, dates, date_starts)
            if anchor is not None:
                used.add(id(anchor))
                label, head = _duration_label(doc, sent, dur, stop, lex)
                key = (dur.value, anchor.value)
                if key in seen:
                    ev = seen[key]  # the same event told again: remember where
                    ev.last_sent = sid
                    if head:
                        ev.heads.add(head)
                    continue
                end = _shift(anchor.earliest, off)  # a new datetime: one for both columns
                if extra is None:
                    extra = context.get(sid, {})
                row = _item(
                    sent, doc, dur, sent_id=sid, label=label, kind="interval", value=anchor.value,
                    duration=dur.value, start=anchor.earliest, end=end,
                    start_earliest=anchor.earliest, start_latest=anchor.latest,
                    end_earliest=end, end_latest=_shift(anchor.latest, off), **extra,
                )  # fmt: skip
                rows.append(row)
                ev = Event(row, {head} if head else set(), sid)
                seen[key] = ev
                events.append(ev)
                continue
            if not referred:
                referred.append(_referred(doc, sent, sid, events))
            ev = referred[0]
            if ev is None or ev.row["end"] is None:
                continue
            if extra is None:
                extra = context.get(sid, {})
            rows.append(_ending(doc, sent, sid, dur, off, days, ev, lex, extra))
        head = None
        for d in dates:
            if id(d) in used or d.value in points:
                continue
            points.add(d.value)
            if head is None:
                if not spans:
                    spans = sorted(map(_OFFSETS, mentions))
                    span_starts = [a for a, _ in spans]
                head = _sentence_head(doc, sent, stop, spans, span_starts)
            if not head:
                continue  # a bare date line (a dateline), not an event
            if extra is None:
                extra = context.get(sid, {})
            rows.append(
                _item(
                    sent,
                    doc,
                    d,
                    sent_id=sid,
                    label=_clean_label(f"{head} ({d.text})"),
                    kind="point",
                    value=d.value,
                    duration=None,
                    start=d.earliest,
                    end=d.latest,
                    start_earliest=d.earliest,
                    start_latest=d.latest,
                    end_earliest=d.earliest,
                    end_latest=d.latest,
                    **extra,
                )
            )
    return rows


def _anchor(dur: Mention, dates: list[Mention], starts: list[int]) -> Mention | None:
    """The anchored date written right next to ``dur`` (within a few words), if any."""
    best, gap = None, _LINK_GAP + 1
    k = bisect_left(starts, dur.end)
    candidates = dates[k : k + 1]  # the first date after the duration
    k = bisect_left(starts, dur.start) - 1
    if k >= 0:
        candidates.append(dates[k])  # the last date before it
    for d in candidates:
        g = d.start - dur.end if d.start >= dur.end else dur.start - d.end
        if 0 <= g < gap:
            best, gap = d, g
    return best


def _referred(doc: Document, sent, sid: int, events: list[Event]) -> Event | None:
    """The most recent event named again in sentence ``sid`` (by its event word)."""
    words = None  # the sentence is read only when a recent event may be named in it
    for ev in reversed(events[-_RECENT:]):
        if not 0 < sid - ev.last_sent <= _REFER_WINDOW:
            continue
        for head in ev.heads:
            if words is None:
                words = {t.low for t in _tokens_of(doc, sent.start, sent.end) if t.kind == "word"}
            if head in words or any(len(w) > 3 and (w in head or head in w) for w in words):
                return ev
    return None


def _ending(doc, sent, sid, dur, off, days, ev: Event, lex, extra) -> dict:
    """An interval of length ``dur`` that ends when event ``ev`` ended."""
    end, end_e, end_l = ev.row["end"], ev.row["end_earliest"], ev.row["end_latest"]
    mod = _qualifier(doc, dur, lex)
    shorter = mod in ("LESS_THAN", "EQUAL_OR_LESS", "APPROX")
    longer = mod in ("MORE_THAN", "EQUAL_OR_MORE", "APPROX")
    # Exact durations move by the calendar; qualified ones by whole days of the widened length.
    start_e = (
        end_e - timedelta(days=round(days * (1 + _FUZZ))) if longer else _shift(end_e, off, -1)
    )
    start_l = (
        end_l - timedelta(days=round(days * (1 - _FUZZ))) if shorter else _shift(end_l, off, -1)
    )
    return _item(
        sent, doc, dur, sent_id=sid, label=_clause_label(doc, sent, dur, lex), kind="interval",
        value=dur.value, duration=dur.value, start=_shift(end, off, -1), end=end,
        start_earliest=start_e, start_latest=start_l,
        end_earliest=end_e, end_latest=end_l, **extra,
    )  # fmt: skip
