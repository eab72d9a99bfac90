"""Facts and timeline items: sentence-level links of quantity/event + when + where + evidence.

Interface used by :mod:`conflictlens.pipeline`: ``build(doc, mentions) -> (facts, timeline)``, two
lists of plain dicts keyed by the column names of ``schema.FACTS`` and ``schema.TIMELINE``
(``doc_id`` is filled in by the pipeline).
"""

from __future__ import annotations

from .document import Document
from .spans import Mention


def build(doc: Document, mentions: list[Mention]) -> tuple[list[dict], list[dict]]:
    """Return ``(facts, timeline)`` rows for ``doc`` (placeholder: none)."""
    return [], []
