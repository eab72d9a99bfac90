"""``analyze``: one document in, an :class:`Analysis` out.

Examples
--------
>>> import conflictlens as cl
>>> a = cl.analyze("Armenia dan Azerbaijan berperang selama 44 hari pada September 2020.",
...                published="2022-12-23")
>>> a.lang, a.published_source
('id', 'given')
>>> list(a.mentions.columns[:4])
['doc_id', 'sent_id', 'start', 'end']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from . import pipeline
from .document import make_document

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from pandas.io.formats.style import Styler

    from .spans import Span


class Analysis:
    """The result of analysing one document.

    Attributes
    ----------
    text : str
        The original text (offsets in every frame point into it).
    doc_id, lang, lang_source : str
        Document id; language used and how it was obtained (``given``/``detected``/``unknown``).
    published : pandas.Timestamp or None
        The anchor of relative dates; ``published_source`` says how it was obtained
        (``given``, ``dateline``, ``content`` or ``unknown``).
    mentions, facts, timeline : pandas.DataFrame
        Typed frames (see :mod:`conflictlens.schema`).
    """

    def __init__(self, result: pipeline.Result) -> None:
        self._result = result
        self._frames: dict[str, pd.DataFrame] | None = None

    # -- document facts -------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self._result.doc.text

    @property
    def doc_id(self) -> str:
        return self._result.doc.doc_id

    @property
    def lang(self) -> str | None:
        return self._result.doc.lang

    @property
    def lang_source(self) -> str:
        return self._result.doc.lang_source

    @property
    def published(self) -> pd.Timestamp | None:
        return self._result.doc.published

    @property
    def published_source(self) -> str:
        return self._result.doc.published_source

    @property
    def boilerplate(self) -> list[Span]:
        """Spans of the text marked as boilerplate (nothing is extracted from them)."""
        return list(self._result.doc.boilerplate)

    @property
    def sentences(self) -> list[Span]:
        """Sentence spans; ``sent_id`` in the frames indexes this list."""
        return list(self._result.doc.sentences)

    # -- frames -----------------------------------------------------------------------------
    def _frame(self, name: str) -> pd.DataFrame:
        if self._frames is None:
            self._frames = pipeline.frames([self._result])
        return self._frames[name]

    @property
    def mentions(self) -> pd.DataFrame:
        """One row per mention (dates, times, durations, sets, places, quantities)."""
        return self._frame("mentions")

    @property
    def facts(self) -> pd.DataFrame:
        """One row per stated fact: how many, of what, when, where, with evidence."""
        return self._frame("facts")

    @property
    def timeline(self) -> pd.DataFrame:
        """Items to plot: intervals and dated events with earliest/latest bounds."""
        return self._frame("timeline")

    # -- views ------------------------------------------------------------------------------
    def plot_timeline(self, ax: Axes | None = None, **kwargs: Any) -> Axes:
        """Draw the timeline with :func:`conflictlens.plot.timeline`; return the Axes."""
        from . import plot

        kwargs.setdefault("published", self.published)
        return plot.timeline(self.timeline, ax=ax, **kwargs)

    def fact_table(self, **kwargs: Any) -> Styler:
        """Return the facts as a pandas Styler (see :func:`conflictlens.tables.fact_table`)."""
        from .tables import fact_table

        return fact_table(self.facts, **kwargs)

    def highlight(self, **kwargs: Any):
        """Return the text with its mentions highlighted (an object with ``.html``)."""
        from .display import highlight

        return highlight(
            self.text, self.mentions, boilerplate=self._result.doc.boilerplate, **kwargs
        )

    def _repr_html_(self) -> str:
        return self.highlight()._repr_html_()

    def __repr__(self) -> str:
        pub = self.published.date().isoformat() if self.published is not None else None
        m = self._result.mentions
        kinds: dict[str, int] = {}
        for x in m:
            kinds[x.kind] = kinds.get(x.kind, 0) + 1
        summary = ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())) or "no mentions"
        return (
            f"<Analysis doc_id={self.doc_id!r} lang={self.lang!r} published={pub} "
            f"({self.published_source}); {summary}; {len(self._result.facts)} facts>"
        )


def analyze(
    text: str,
    lang: str | None = None,
    published: Any = None,
    doc_id: str | None = None,
) -> Analysis:
    """Analyze one document: times, places and quantities, facts and a timeline.

    Parameters
    ----------
    text : str
        The document text. Offsets in every result point into it unchanged.
    lang : str, optional
        ISO 639-1 code (``"id"``, ``"en"``); detected when omitted.
    published : str, date, datetime or Timestamp, optional
        The publication date, anchor of relative dates. When omitted it is inferred from the
        dateline or content where possible (see ``Analysis.published_source``).
    doc_id : str, optional
        Document id; derived from the text when omitted.

    Returns
    -------
    Analysis

    Raises
    ------
    TypeError
        If ``text`` is not a str, or ``published``/``lang`` have unsupported types.
    ValueError
        If ``published`` is not a valid date or ``lang`` not an ISO 639-1 code.

    Examples
    --------
    >>> import conflictlens as cl
    >>> a = cl.analyze("At least 12 people were killed in Kabul on Friday.", published="2021-08-27")
    >>> a.lang
    'en'
    """
    return Analysis(pipeline.run(make_document(text, lang, published, doc_id)))
