"""Temporal expressions: dates, times, durations and sets, normalized the TIMEX3 way.

Interface used by :mod:`conflictlens.pipeline`:

- ``infer_published(doc) -> tuple[pandas.Timestamp | None, str]``: publication date from the
  dateline/content when not given; the str is ``"dateline"``, ``"content"`` or ``"unknown"``.
- ``extract(doc) -> list[Mention]``: kinds ``date``/``time``/``duration``/``set`` anchored to
  ``doc.published`` (or the narrative's last explicit date).
"""

from __future__ import annotations

import pandas as pd

from ..document import Document
from ..spans import Mention


def infer_published(doc: Document) -> tuple[pd.Timestamp | None, str]:
    """Infer the publication date of ``doc`` (placeholder: unknown)."""
    return None, "unknown"


def extract(doc: Document) -> list[Mention]:
    """Return the temporal mentions of ``doc`` (placeholder: none)."""
    return []
