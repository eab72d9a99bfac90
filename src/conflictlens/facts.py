"""Facts and timeline items: sentence-level links of quantity/event + when + where + evidence.

Interface used by :mod:`conflictlens.pipeline`: ``build(doc, mentions) -> (facts, timeline)``, two
lists of plain dicts keyed by the column names of ``schema.FACTS`` and ``schema.TIMELINE``
(``doc_id`` is filled in by the pipeline).

Each quantity is one fact. Its **when** is, in order: a date in the same clause, a date in the same
sentence, an event interval of the same sentence (see :mod:`conflictlens.events`) — all
``when_source="sentence"``; then a day named in the two previous sentences ("On Monday, a car
bomb ... Dozens died"), else the lead's day-precise date — ``"document"``; then the publication
date — ``"published"``; else ``"none"``. Its **where** is the places of the sentence (nearest
first, ``"sentence"``), else the dateline place ("Ankara, MINA –", ``"dateline"``), else the places
of the previous sentence, else the most mentioned place (``"document"``), else ``"none"``.

Examples
--------
>>> from datetime import datetime
>>> from conflictlens.document import make_document
>>> from conflictlens.spans import Mention
>>> doc = make_document("Gaza, 5 Mei - Sedikitnya 12 orang tewas.", lang="id",
...                     published="2024-05-05")
>>> ms = [Mention(0, 4, "Gaza", "place", value="geonames:281133", name="Gaza", country="PS",
...               lat=31.5, lon=34.47, sent_id=0),
...       Mention(14, 27, "Sedikitnya 12", "quantity", value="12", mod="EQUAL_OR_MORE",
...               amount=12.0, low=12.0, unit="orang", category="casualties", sent_id=0)]
>>> facts, items = build(doc, ms)
>>> f = facts[0]
>>> f["category"], f["low"], f["where"], f["where_source"], f["when_source"]
('casualties', 12.0, 'Gaza', 'sentence', 'published')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from . import events
from .document import Document
from .spans import Mention

__all__ = ["build"]

# A clause boundary inside a sentence.
_CLAUSE = re.compile(r"[,;:]|\s[–—-]\s")
# The dateline: a place, a comma and a short agency/date part ending in a dash ("Ankara, MINA –").
_DATELINE = re.compile(r"[^,\n]{1,60}?(?:,|\s[–—-]\s)")
# Sentences that make the lead, and how far back a date carries over to a later sentence.
_LEAD = 2
_CARRY = 2
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Places listed per fact, and places looked at to find them.
_MAX_PLACES = 5
_SCAN = 50
_CATEGORY_RANK = {"casualties": 0, "injured": 1, "displaced": 2, "detained": 3, "missing": 4}


def evidence(doc: Document, sent_id: int) -> dict:
    """The sentence ``sent_id`` as evidence: its text without outer blanks and its offsets.

    Examples
    --------
    >>> from conflictlens.document import make_document
    >>> evidence(make_document("Satu. Dua orang.", lang="id"), 1)["evidence"]
    'Dua orang.'
    """
    return _evidence(doc, sent_id, None)


def _evidence(doc: Document, sent_id: int, q: Mention | None) -> dict:
    if not 0 <= sent_id < len(doc.sentences):
        return {"evidence": None, "evidence_start": None, "evidence_end": None}
    sent = doc.sentences[sent_id]
    if q is None:
        return events.evidence_span(doc, sent)
    return events.evidence_span(doc, sent, q.start, q.end)


def _clauses(doc: Document, sent) -> list[int]:
    """Offsets of the clause boundaries of a sentence."""
    return [m.start() for m in _CLAUSE.finditer(doc.text, sent.start, sent.end)]


def _nearest(items: list[Mention], starts: list[int], lo: int, hi: int, pos: int):
    """The item among ``items[lo:hi]`` (sorted by start) that starts nearest to ``pos``."""
    if lo >= hi:
        return None
    k = min(max(bisect_left(starts, pos, lo, hi), lo), hi - 1)
    best = items[k]
    if k > lo and abs(starts[k - 1] - pos) <= abs(starts[k] - pos):
        best = items[k - 1]
    return best


def _dateline_place(doc: Document, places: list[Mention]) -> Mention | None:
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    m = _DATELINE.match(doc.text, first.start, first.end)
    if m is None:
        return None
    for p in places:
        if p.sent_id == 0 and p.end <= m.end():
            return p
    return None


def _day_dates(dates: list[Mention]) -> list[Mention]:
    """The day-precise dates among ``dates`` (months and years are mostly background)."""
    # A day is ten characters: other values are told apart by their length, without the regex.
    return [
        d
        for d in dates
        if d.earliest is not None and len(d.value or "") == 10 and _DAY.fullmatch(d.value)
    ]


def _document_date(doc: Document, days: list[Mention]) -> Mention | None:
    # The lead's first day-precise date (``days`` are those of :func:`_day_dates`): the day the
    # story is about ("Jumat (23/12)"); a bare publication dateline counts only when the lead
    # names no other day.
    found = [d for d in days if d.sent_id <= _LEAD]
    published = doc.published.date().isoformat() if doc.published is not None else None
    other = [d for d in found if d.value != published]
    return (other or found or [None])[0]


def _last_days(days: list[Mention]) -> dict[int, Mention]:
    """The last day-precise date of each sentence (``days`` are those of :func:`_day_dates`)."""
    return {d.sent_id: d for d in days}


def _carried_date(q: Mention, days: dict[int, Mention]) -> Mention | None:
    """A day named in the previous sentences ("On Monday, a car bomb ... Dozens died")."""
    for back in range(1, _CARRY + 1):
        if q.sent_id - back in days:
            return days[q.sent_id - back]
    return None


def _when(
    q: Mention,
    dates_in: list[Mention],
    starts: list[int],
    bounds: list[int],
    interval: dict | None,
    doc_date: Mention | None,
    days: dict[int, Mention],
    doc: Document,
    memo: dict,
):
    """When columns of quantity ``q``; ``starts`` are those of ``dates_in``, ``bounds`` the clause
    boundaries of its sentence (both read only when ``dates_in``); ``memo`` keeps the columns of
    the publication date for the next quantity of ``doc``."""
    if dates_in:
        # The nearest date of the same clause, else the nearest of the sentence (both by bisection
        # over sorted offsets, so a sentence with thousands of dates stays cheap).
        c = bisect_left(bounds, q.start)
        lo = bisect_left(starts, bounds[c - 1]) if c > 0 else 0
        hi = bisect_left(starts, bounds[c]) if c < len(bounds) else len(starts)
        d = _nearest(dates_in, starts, lo, hi, q.start) or _nearest(
            dates_in, starts, 0, len(starts), q.start
        )
        return d.value, d.text, d.earliest, d.latest, "sentence"
    if interval is not None:
        return (
            interval["duration"] or interval["value"],
            interval["label"],
            interval["start_earliest"],
            interval["end_latest"],
            "sentence",
        )
    carried = _carried_date(q, days)
    if carried is not None:
        doc_date = carried
    if doc_date is not None:
        return doc_date.value, doc_date.text, doc_date.earliest, doc_date.latest, "document"
    if doc.published is not None:
        if "published" not in memo:
            memo["published"] = _published_when(doc)
        return memo["published"]
    return None, None, None, None, "none"


def _published_when(doc: Document) -> tuple:
    """When columns of the publication date (known): the whole day."""
    ts = doc.published.to_pydatetime()
    day = ts.replace(hour=0, minute=0, second=0)
    return (
        ts.date().isoformat(),
        None,
        day,
        day.replace(hour=23, minute=59, second=59),
        ("published"),
    )


def _where(q: Mention | None, places: list[Mention], starts: list[int] | None = None) -> dict:
    """Place columns from ``places`` (sorted; nearest to ``q`` first, a few distinct ids).

    ``starts`` are the start offsets of ``places`` (computed here when not given).
    """
    if q is not None and len(places) > 1:
        # Walk outwards from the quantity: bounded work however many places the sentence has.
        if starts is None:
            starts = [p.start for p in places]
        k = bisect_left(starts, q.start)
        left, right, order = k - 1, k, []
        while len(order) < _SCAN and (left >= 0 or right < len(places)):
            if right >= len(places) or (
                left >= 0 and q.start - places[left].start <= places[right].start - q.start
            ):
                order.append(places[left])
                left -= 1
            else:
                order.append(places[right])
                right += 1
        places = order
    seen: dict[str, Mention] = {}
    for p in places[:_SCAN]:
        if len(seen) >= _MAX_PLACES:
            break
        seen.setdefault(p.value or p.name or p.text, p)
    chosen = list(seen.values())
    first = chosen[0]
    return {
        "where": "; ".join(p.name or p.text for p in chosen),
        "where_id": "; ".join(p.value or "" for p in chosen),
        "country": first.country,
        "lat": first.lat,
        "lon": first.lon,
    }


def _sentence_context(sent_places: list[Mention], sent_qty: list[Mention]) -> dict:
    """Place and the most telling quantity of a sentence, for its timeline items."""
    out: dict = {}
    if sent_places:
        names = dict.fromkeys(p.name or p.text for p in sent_places)
        out["place"] = "; ".join(names)
    if sent_qty:
        # Event counts first, then stated (not vague) counts, then the larger.
        q = min(
            sent_qty,
            key=lambda q: (
                _CATEGORY_RANK.get(q.category or "", 9),
                q.category == "other",
                q.mod == "APPROX",
                -(q.amount or 0),
            ),
        )
        out["category"], out["amount"] = q.category, q.amount
    return out


class _Context(dict):
    """The context of the timeline items of each sentence (:func:`_sentence_context`), for the
    sentences with a date or duration (``temporal``), computed on first ``get``."""

    __slots__ = ("_by_sent", "_temporal")

    def __init__(self, by_sent: dict[int, dict[str, list[Mention]]], temporal: set[int]) -> None:
        super().__init__()
        self._by_sent = by_sent
        self._temporal = temporal

    def get(self, sid: int, default: dict | None = None) -> dict | None:  # type: ignore[override]
        if sid in self:
            return self[sid]
        group = self._by_sent.get(sid)
        if group is None or sid not in self._temporal:
            return default
        out = self[sid] = _sentence_context(group["place"], group["quantity"])
        return out


def build(doc: Document, mentions: list[Mention]) -> tuple[list[dict], list[dict]]:
    """Return ``(facts, timeline)`` rows for ``doc``.

    Parameters
    ----------
    doc : Document
        The document the mentions were found in.
    mentions : list of Mention
        All mentions of the document, sorted, with ``sent_id`` set.

    Returns
    -------
    tuple of (list of dict, list of dict)
        Rows keyed by ``schema.FACTS`` and ``schema.TIMELINE`` columns (without ``doc_id``),
        numbered from 0 in ``fact_id`` / ``item_id``.
    """
    places: list[Mention] = []
    dates: list[Mention] = []
    quantities: list[Mention] = []
    by_sent: dict[int, dict[str, list[Mention]]] = {}
    temporal: set[int] = set()  # sentences with a date or duration: the timeline's sentences
    for m in mentions:
        kind = m.kind
        if kind == "place":
            group = places
        elif kind == "date" or kind == "time":
            if kind == "date":
                temporal.add(m.sent_id)
            if not m.value:
                continue
            kind, group = "date", dates
        elif kind == "quantity":
            group = quantities
        else:
            if kind == "duration":
                temporal.add(m.sent_id)
            continue
        group.append(m)
        g = by_sent.get(m.sent_id)
        if g is None:
            g = by_sent[m.sent_id] = {"place": [], "date": [], "quantity": []}
        g[kind].append(m)
    # The timeline reads the context of the sentences it makes items of only.
    items = events.timeline(doc, mentions, _Context(by_sent, temporal))
    for i, row in enumerate(items):
        row["item_id"] = i
    day_dates = _day_dates(dates)
    doc_date = _document_date(doc, day_dates)
    facts: list[dict] = []
    if not quantities:
        return facts, items
    intervals = {}
    for row in items:
        if row["kind"] == "interval":
            intervals.setdefault(row["sent_id"], row)
    days = _last_days(day_dates)
    memo: dict = {}
    n_sent = len(doc.sentences)
    # Per sentence, computed once: date starts and clause bounds, place starts, evidence (the
    # whole sentence unless it is so long that it is cut around the quantity).
    clause_bounds: dict[int, tuple[list[int], list[int]]] = {}
    place_starts: dict[int, list[int]] = {}
    evidences: dict[int, dict] = {}
    fallback: dict = {}
    for q in quantities:
        sid = q.sent_id
        group = by_sent[sid]
        dates_in = group["date"]
        starts: list[int] = []
        bounds: list[int] = []
        if dates_in:
            if sid not in clause_bounds:
                clauses = _clauses(doc, doc.sentences[sid]) if 0 <= sid < n_sent else []
                clause_bounds[sid] = ([d.start for d in dates_in], clauses)
            starts, bounds = clause_bounds[sid]
        when, when_text, earliest, latest, when_source = _when(
            q, dates_in, starts, bounds, intervals.get(sid), doc_date, days, doc, memo
        )
        sent_places = group["place"]
        if sent_places:
            if sid not in place_starts:
                place_starts[sid] = [p.start for p in sent_places]
            where, where_source = _where(q, sent_places, place_starts[sid]), "sentence"
        else:
            where, where_source = _where_else(sid, by_sent, doc, places, fallback)
        ev = evidences.get(sid)
        if ev is None:
            ev = _evidence(doc, sid, q)
            if not 0 <= sid < n_sent or _whole(doc.sentences[sid]):
                evidences[sid] = ev
        facts.append(
            {
                "fact_id": len(facts),
                "sent_id": sid,
                "category": q.category,
                "amount": q.amount,
                "low": q.low,
                "high": q.high,
                "mod": q.mod,
                "unit": q.unit,
                "mention": q.text,
                "start": q.start,
                "end": q.end,
                "when": when,
                "when_text": when_text,
                "when_earliest": earliest,
                "when_latest": latest,
                "when_source": when_source,
                **where,
                "where_source": where_source,
                **ev,
            }
        )
    return facts, items


def _top_place(places: list[Mention]) -> Mention | None:
    """The most mentioned place (the first named of a tie), or None."""
    counts = Counter(p.value or p.name for p in places)
    if not counts:
        return None
    best = max(counts.values())
    return next(p for p in places if counts[p.value or p.name] == best)


def _where_else(sid: int, by_sent: dict, doc: Document, places: list[Mention], memo: dict):
    """``(where columns, where_source)`` of a quantity in a sentence that names no place.

    ``memo`` keeps the answers of a document: the dateline or the top place serve every sentence.
    The dateline place and the top place are found on first need only (most quantities have a
    place in their own sentence), and kept in ``memo`` too.
    """
    if "dateline place" not in memo:
        memo["dateline place"] = _dateline_place(doc, places)
    dateline = memo["dateline place"]
    if dateline is not None:
        key = "dateline"
    elif by_sent.get(sid - 1, {}).get("place"):
        key = sid - 1
    else:
        if "top place" not in memo:
            memo["top place"] = _top_place(places)
        top = memo["top place"]
        if top is None:
            return {}, "none"
        key = "top"
    if key not in memo:
        if key == "dateline":
            memo[key] = _where(None, [dateline]), "dateline"
        elif key == "top":
            memo[key] = _where(None, [top]), "document"
        else:
            # The previous sentence sets the scene ("... in Maidan Wardak. Dozens died.").
            memo[key] = _where(None, by_sent[key]["place"]), "document"
    return memo[key]


def _whole(sent) -> bool:
    """Tell whether the evidence of ``sent`` is the whole sentence, whatever the mention."""
    return sent.end - sent.start <= events.EVIDENCE_MAX
