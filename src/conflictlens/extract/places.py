"""Place mentions and their resolution to a canonical place.

Interface used by :mod:`conflictlens.pipeline`: ``extract(doc) -> list[Mention]`` with kind
``place``, ``value`` the place id, ``name``, ``country``, ``lat``, ``lon``, ``feature``, ``disputed``.
"""

from __future__ import annotations

from ..document import Document
from ..spans import Mention


def extract(doc: Document) -> list[Mention]:
    """Return the place mentions of ``doc`` (placeholder: none)."""
    return []
