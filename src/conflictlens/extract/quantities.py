"""Quantities: counts with qualifier, bounds, counted noun and category.

Interface used by :mod:`conflictlens.pipeline`: ``extract(doc, temporal) -> list[Mention]`` with kind
``quantity``; spans overlapping the ``temporal`` mentions are not quantities.
"""

from __future__ import annotations

from ..document import Document
from ..spans import Mention


def extract(doc: Document, temporal: list[Mention]) -> list[Mention]:
    """Return the quantity mentions of ``doc`` (placeholder: none)."""
    return []
