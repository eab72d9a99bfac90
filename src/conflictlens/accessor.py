"""``df.lens``: the views of conflictlens on frames that fit its schema.

Registered when ``conflictlens`` is imported (this module imports neither matplotlib nor IPython;
the methods import what they draw with). On a frame that is not a conflictlens ``timeline``,
``facts`` or ``mentions`` frame, ``df.lens`` raises ``AttributeError`` saying which columns are
missing.

Examples
--------
>>> import conflictlens.accessor
>>> from conflictlens.datasets import example_facts
>>> example_facts().lens.kind
'facts'
>>> print(example_facts().lens.fact_markdown().splitlines()[0])
| What | How many | Of what | When | Where | Evidence |
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from pandas.io.formats.style import Styler

    from .display import Highlight

__all__ = ["LensAccessor"]

# The columns that identify each frame (a subset of schema.py, so user-trimmed frames still work).
REQUIRED: dict[str, frozenset[str]] = {
    "timeline": frozenset({"label", "kind", "start", "end", "start_earliest", "end_latest"}),
    "facts": frozenset({"fact_id", "amount", "when", "evidence"}),
    "mentions": frozenset({"start", "end", "text", "kind", "value"}),
}


def frame_kind(df: pd.DataFrame) -> str | None:
    """Return ``"timeline"``, ``"facts"`` or ``"mentions"`` if ``df`` fits that frame, else None.

    Examples
    --------
    >>> frame_kind(pd.DataFrame({"a": [1]})) is None
    True
    """
    cols = set(df.columns)
    for name, need in REQUIRED.items():
        if need <= cols:
            return name
    return None


@pd.api.extensions.register_dataframe_accessor("lens")
class LensAccessor:
    """Views of a conflictlens frame: ``df.lens.timeline()``, ``.fact_table()``, ``.map()``..."""

    def __init__(self, df: pd.DataFrame) -> None:
        kind = frame_kind(df)
        if kind is None:
            need = "; ".join(
                f"{name}: {', '.join(sorted(cols - set(df.columns)))}"
                for name, cols in REQUIRED.items()
            )
            raise AttributeError(
                "'.lens' works on conflictlens timeline, facts or mentions frames; this frame "
                f"lacks the columns of each ({need})"
            )
        self._df = df
        self.kind: str = kind

    def _need(self, *kinds: str) -> None:
        if self.kind not in kinds:
            raise TypeError(
                f"this view needs a {' or '.join(kinds)} frame, not a {self.kind} frame"
            )

    # -- figures --------------------------------------------------------------------------------
    def timeline(self, **kwargs: Any) -> Axes:
        """Draw a timeline frame with :func:`conflictlens.plot.timeline`."""
        self._need("timeline")
        from . import plot

        return plot.timeline(self._df, **kwargs)

    def map(self, **kwargs: Any) -> Axes:
        """Draw the places of a facts or mentions frame with :func:`conflictlens.plot.map`."""
        self._need("facts", "mentions")
        from . import plot

        return plot.map(self._df, **kwargs)

    def mentions_over_time(self, **kwargs: Any) -> Axes:
        """Plot mentioned vs. publication dates (:func:`conflictlens.plot.mentions_over_time`)."""
        self._need("mentions")
        from . import plot

        return plot.mentions_over_time(self._df, **kwargs)

    # -- tables and text ------------------------------------------------------------------------
    def fact_table(self, **kwargs: Any) -> Styler:
        """Return a facts frame as a Styler (:func:`conflictlens.tables.fact_table`)."""
        self._need("facts")
        from .tables import fact_table

        return fact_table(self._df, **kwargs)

    def fact_markdown(self, **kwargs: Any) -> str:
        """Return a facts frame as a Markdown table (:func:`conflictlens.tables.fact_markdown`)."""
        self._need("facts")
        from .tables import fact_markdown

        return fact_markdown(self._df, **kwargs)

    def highlight(self, text: str, **kwargs: Any) -> Highlight:
        """Highlight this mentions frame in ``text`` (:func:`conflictlens.display.highlight`).

        For a frame of several documents, pass the rows of the one ``text`` belongs to.
        """
        self._need("mentions")
        from .display import highlight

        return highlight(text, self._df, **kwargs)

    # -- exports --------------------------------------------------------------------------------
    def to_timelinejs(self, **kwargs: Any) -> dict:
        """Return a TimelineJS JSON document (:func:`conflictlens.export.to_timelinejs`)."""
        self._need("timeline")
        from .export import to_timelinejs

        return to_timelinejs(self._df, **kwargs)

    def to_events(self, **kwargs: Any) -> pd.DataFrame:
        """Return an ACLED/UCDP-like event table (:func:`conflictlens.export.to_events`)."""
        self._need("facts")
        from .export import to_events

        return to_events(self._df, **kwargs)

    def edtf(self) -> pd.Series:
        """Return each row's date as an EDTF string (intervals as ``start/end``).

        Examples
        --------
        >>> import conflictlens.accessor
        >>> from conflictlens.datasets import example_mentions
        >>> example_mentions().lens.edtf().tolist()[2:4]
        ['', '2020-09']
        """
        from .export import edtf, edtf_interval, edtf_range

        df = self._df
        out = []
        for r in df.to_dict("records"):
            if self.kind == "timeline":
                if r.get("kind") == "interval":
                    s = edtf_interval(
                        r.get("start_earliest"),
                        r.get("start_latest"),
                        r.get("end_earliest"),
                        r.get("end_latest"),
                    )
                else:
                    s = edtf_range(r.get("start_earliest"), r.get("start_latest"))
            elif self.kind == "facts":
                s = edtf(r.get("when"), None, r.get("when_earliest"), r.get("when_latest"))
            elif r.get("kind") in ("date", "time"):
                s = edtf(r.get("value"), r.get("mod"), r.get("earliest"), r.get("latest"))
            else:
                s = ""
            out.append(s)
        return pd.Series(out, index=df.index, dtype="str", name="edtf")
