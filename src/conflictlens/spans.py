"""Plain records passed between pipeline stages (no pandas on the per-document path).

Extractors return lists of :class:`Mention`; frames are built once per batch from them
(building a DataFrame per document costs about a millisecond).

Examples
--------
>>> m = Mention(start=0, end=6, text="Ankara", kind="place", value="geonames:323786")
>>> m.as_row()["kind"]
'place'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime


@dataclass(slots=True)
class Mention:
    """One mention: a span of the original text with its normalized value.

    Offsets are character offsets into the original document text; ``text`` is always
    ``document.text[start:end]``. Fields that do not apply to a kind stay ``None``.
    """

    start: int
    end: int
    text: str
    kind: str
    value: str | None = None
    mod: str | None = None
    earliest: datetime | None = None
    latest: datetime | None = None
    edtf: str | None = None
    anchor: str | None = None
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    disputed: bool | None = None
    amount: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    category: str | None = None
    sent_id: int = -1

    def as_row(self) -> dict:
        """Return the mention as a plain dict (schema column names)."""
        return asdict(self)


@dataclass(slots=True, frozen=True)
class Span:
    """A labelled region of the text (sentence, boilerplate line, dateline)."""

    start: int
    end: int
    label: str = ""
