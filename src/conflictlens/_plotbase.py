"""Shared helpers of the plotting modules: the input gate, date conversion, labels, palette.

Imports matplotlib; only :mod:`conflictlens.plot` (and its private helpers) import this module.

Examples
--------
>>> short("a  very  long label", 8)
'a very…'
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

import matplotlib.dates as mdates
import numpy as np
import pandas as pd

from .errors import EmptyDataWarning

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: Default colours (matplotlib's tab10), cycled over groups.
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
_FUZZY_ALPHA = 0.3
_FUZZY_HATCH = "////"
_LABEL_CHARS = 48
# A day: ranges shorter than this are exact dates, not uncertain ones.
_DAY = np.timedelta64(86399, "s")
# matplotlib.dates handles years 1..9999 only.
_MIN_DATE = np.datetime64("0001-01-02", "s")
_MAX_DATE = np.datetime64("9999-12-30", "s")


# -- input gate ------------------------------------------------------------------------------
def as_frame(data: Any, attr: str) -> pd.DataFrame:
    """Accept a DataFrame, anything with ``.to_pandas()``, or an object with the frame ``attr``."""
    if data is None:
        return pd.DataFrame()
    if not isinstance(data, pd.DataFrame) and hasattr(data, attr):
        data = getattr(data, attr)
    if not isinstance(data, pd.DataFrame) and hasattr(data, "to_pandas"):
        data = data.to_pandas()
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be a pandas DataFrame, not {type(data).__name__}")
    return data


def date_column(df: pd.DataFrame, name: str) -> np.ndarray:
    """A datetime column as ``datetime64[s]`` (NaT where absent), clipped to matplotlib's range."""
    if name not in df.columns:
        return np.full(len(df), np.datetime64("NaT", "s"))
    values = pd.to_datetime(df[name], errors="coerce").to_numpy(dtype="datetime64[s]")
    return np.clip(values, _MIN_DATE, _MAX_DATE)


def date_nums(values: np.ndarray) -> np.ndarray:
    out = np.full(len(values), np.nan)
    ok = ~np.isnat(values)
    if ok.any():
        out[ok] = mdates.date2num(values[ok])
    return out


def first_valid(*arrays: np.ndarray) -> np.ndarray:
    """Element-wise first non-NaT value."""
    out = arrays[0].copy()
    for a in arrays[1:]:
        out = np.where(np.isnat(out), a, out)
    return out


def empty(ax: Axes, reason: str) -> Axes:
    """Warn that there is nothing to draw (saying why), write it on the Axes, return the Axes."""
    warnings.warn(f"nothing to draw: {reason}", EmptyDataWarning, stacklevel=3)
    ax.text(0.5, 0.5, reason, transform=ax.transAxes, ha="center", va="center", color="0.5")
    return ax


def short(text: Any, n: int = _LABEL_CHARS) -> str:
    s = (
        ""
        if text is None or text is pd.NA or (isinstance(text, float) and text != text)
        else str(text)
    )
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def fontsize_for(ax: Axes, n_lanes: int, largest: float = 10.0) -> float:
    """The largest font (points) whose line height fits one lane, so labels cannot overlap."""
    fig = ax.figure
    height_px = ax.get_position().height * fig.get_figheight() * fig.dpi
    lane_pt = height_px / max(n_lanes, 1) * 72.0 / fig.dpi
    # A text line is about 1.2 × the font size tall; keep a little air between lanes.
    return float(max(2.0, min(largest, lane_pt / 1.35)))
