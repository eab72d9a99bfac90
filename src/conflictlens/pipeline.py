"""The only orchestrator: document → mentions → facts and timeline, as plain records.

Frames are built once per batch by :func:`frames` (one DataFrame per document would cost about a
millisecond each).

Examples
--------
>>> from conflictlens.document import make_document
>>> result = run(make_document("Armenia dan Azerbaijan berperang selama 44 hari.", lang="id"))
>>> result.doc.lang
'id'
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter

import pandas as pd

from . import facts as _facts
from . import schema
from .document import Document
from .extract import places, quantities, temporal
from .spans import Mention

_KIND_ORDER = {k: i for i, k in enumerate(schema.KINDS)}


@dataclass(slots=True)
class Result:
    """Everything extracted from one document, as plain Python records."""

    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    timeline: list[dict] = field(default_factory=list)


def assign_sentences(doc: Document, mentions: list[Mention]) -> None:
    """Set ``sent_id`` of each mention to the sentence that contains its start."""
    # ``max(bisect_right(starts, x) - 1, 0)`` is the number of starts after the first one that are
    # at most ``x`` (0 before the first sentence, and without sentences).
    later = [s.start for s in doc.sentences[1:]]
    for m in mentions:
        m.sent_id = bisect_right(later, m.start)


def run(doc: Document) -> Result:
    """Run every stage on ``doc`` and return its :class:`Result`."""
    if doc.published is None:
        doc.published, doc.published_source = temporal.infer_published(doc)
    tmx = temporal.extract(doc)
    found = tmx + places.extract(doc) + quantities.extract(doc, tmx)
    found.sort(key=lambda m: (m.start, m.end, _KIND_ORDER.get(m.kind, 99)))
    assign_sentences(doc, found)
    fact_rows, timeline_rows = _facts.build(doc, found)
    return Result(doc=doc, mentions=found, facts=fact_rows, timeline=timeline_rows)


_MENTION_FIELDS = [c for c in schema.MENTIONS if c != "doc_id"]
# One getter per field, mapped over all mentions of a batch in C (``getattr`` per field and mention
# in Python was the cost).
_MENTION_GETTERS = [(c, attrgetter(c)) for c in _MENTION_FIELDS]


def mention_columns(results: Iterable[Result]) -> dict[str, list]:
    """Collect the mentions of many results into plain columns (schema order)."""
    doc_ids: list = []
    mentions: list[Mention] = []
    for r in results:
        doc_ids += [r.doc.doc_id] * len(r.mentions)
        mentions += r.mentions
    cols: dict[str, list] = {"doc_id": doc_ids}
    for c, get in _MENTION_GETTERS:
        cols[c] = list(map(get, mentions))
    return cols


def row_columns(results: Iterable[Result], attr: str, name: str) -> dict[str, list]:
    """Collect the ``attr`` rows (``facts`` or ``timeline``) of many results into plain columns.

    The columns are those of the frame ``name`` (schema order); a key a row lacks is None, a key
    the frame lacks is left out, and ``doc_id`` is the id of the row's document, as
    :func:`schema.frame` reads rows with ``doc_id`` set.
    """
    doc_ids: list = []
    rows: list = []
    for r in results:
        got = getattr(r, attr)
        doc_ids += [r.doc.doc_id] * len(got)
        rows += got
    cols: dict[str, list] = {"doc_id": doc_ids}
    columns = [c for c in schema.SCHEMAS[name] if c != "doc_id"]
    if set(map(type, rows)) <= {dict}:
        # ``dict.get`` mapped over the rows in C, one column at a time.
        for c in columns:
            cols[c] = list(map(dict.get, rows, repeat(c, len(rows))))
    else:
        for c in columns:
            cols[c] = [row.get(c) for row in rows]
    return cols


def frames(results: list[Result]) -> dict[str, pd.DataFrame]:
    """Build the typed ``mentions``, ``facts`` and ``timeline`` frames of a batch."""
    return {
        "mentions": schema.frame("mentions", mention_columns(results)),
        "facts": schema.frame("facts", row_columns(results, "facts", "facts")),
        "timeline": schema.frame("timeline", row_columns(results, "timeline", "timeline")),
    }
