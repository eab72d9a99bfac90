"""Figures, seaborn-style: a frame in, an Axes out (``ax=None`` draws on the current Axes).

* :func:`timeline` — intervals as bars, dated events as points, uncertainty drawn as uncertainty
  (hatched, faded between the earliest and latest instant an expression can denote).
* :func:`mentions_over_time` — for a corpus: which times the articles talk about, against when
  they were published.
* :func:`map` — places on a plain-matplotlib world basemap (Natural Earth, shipped as package data),
  markers sized by mention count, zoomed to the data.

matplotlib is imported by this module only, never by ``import conflictlens``.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from conflictlens.datasets import example_timeline
>>> ax = timeline(example_timeline().tail(1))
>>> [t.get_text() for t in ax.get_yticklabels()]
['Akar speaks at the Azerbaijani embassy']
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.collections import LineCollection

from . import schema
from ._plot_map import map, place_counts
from ._plotbase import (
    _DAY,
    _FUZZY_ALPHA,
    _FUZZY_HATCH,
    PALETTE,
    as_frame,
    date_column,
    date_nums,
    empty,
    first_valid,
    fontsize_for,
    short,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["PALETTE", "map", "mentions_over_time", "place_counts", "timeline", "timeline_geometry"]


# -- timeline geometry -----------------------------------------------------------------------
def timeline_geometry(data: pd.DataFrame) -> pd.DataFrame:
    """Return, for each drawable timeline row, the spans to draw (as ``datetime64[s]``).

    Columns: ``row`` (position in ``data``), ``kind``, ``lo`` / ``hi`` (the widest extent, from the
    earliest possible start to the latest possible end), ``core_lo`` / ``core_hi`` (the part that is
    certain; NaT when nothing is), ``at`` (the point of a dated event).

    Examples
    --------
    >>> from conflictlens.datasets import example_timeline
    >>> g = timeline_geometry(example_timeline()).iloc[0]
    >>> str(g.core_lo.date()), str(g.core_hi.date()), str(g.hi.date())
    ('2020-09-30', '2020-10-15', '2020-11-13')
    """
    start, end = date_column(data, "start"), date_column(data, "end")
    s_lo = first_valid(
        date_column(data, "start_earliest"), start, date_column(data, "start_latest")
    )
    s_hi = first_valid(date_column(data, "start_latest"), start, s_lo)
    e_lo = first_valid(date_column(data, "end_earliest"), end, date_column(data, "end_latest"))
    e_hi = first_valid(date_column(data, "end_latest"), end, e_lo)
    kinds = (
        data["kind"].astype(object).where(data["kind"].notna(), "").to_numpy()
        if "kind" in data.columns
        else np.array([""] * len(data), dtype=object)
    )
    rows = []
    for i in range(len(data)):
        kind = "interval" if kinds[i] == "interval" else "point"
        if kind == "interval" and not np.isnat(s_lo[i]) and not np.isnat(e_hi[i]):
            lo, hi = s_lo[i], e_hi[i]
            core_lo, core_hi = s_hi[i], e_lo[i]
            if np.isnat(core_lo) or np.isnat(core_hi) or core_hi <= core_lo:
                core_lo = core_hi = np.datetime64("NaT", "s")
            rows.append((i, "interval", lo, hi, core_lo, core_hi, np.datetime64("NaT", "s")))
            continue
        # A dated event (or an interval with one end only): earliest..latest of its date.
        lo = first_valid(s_lo[i : i + 1], e_lo[i : i + 1])[0]
        hi = first_valid(s_hi[i : i + 1], e_hi[i : i + 1])[0]
        if not np.isnat(e_hi[i]) and kind == "point" and not np.isnat(lo):
            hi = max(hi, e_hi[i]) if not np.isnat(hi) else e_hi[i]
        if np.isnat(lo) and np.isnat(hi):
            continue
        lo = hi if np.isnat(lo) else lo
        hi = lo if np.isnat(hi) else hi
        exact = (hi - lo) <= _DAY
        # An exact date sits on its day; an imprecise one in the middle of what it can denote.
        at = (
            start[i]
            if exact and not np.isnat(start[i]) and lo <= start[i] <= hi
            else (lo + (hi - lo) // 2)
        )
        core = (lo, hi) if exact else (np.datetime64("NaT", "s"),) * 2
        rows.append((i, "point", lo, hi, core[0], core[1], at))
    cols = ["row", "kind", "lo", "hi", "core_lo", "core_hi", "at"]
    out = pd.DataFrame(rows, columns=cols)
    for c in cols[2:]:
        out[c] = out[c].astype("datetime64[s]")
    return out


def _group_values(data: pd.DataFrame, by: str | None) -> pd.Series:
    if by is None:
        return pd.Series([""] * len(data), index=data.index, dtype=object)
    if by not in data.columns:
        raise KeyError(f"by={by!r} is not a column of the timeline frame")
    return data[by].astype(object).where(data[by].notna(), "(no " + by + ")").map(str)


def _colors_for(groups: list[str], colors: Mapping[str, str] | None) -> dict[str, str]:
    """Colour per group: the user's, else a fixed one per schema category (the same in every
    figure), else the next palette colour in order of appearance."""
    fixed = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(schema.CATEGORIES)}
    out = {}
    free = itertools.cycle(PALETTE[len(schema.CATEGORIES) :] + PALETTE)
    for g in dict.fromkeys(groups):
        out[g] = (colors or {}).get(g) or fixed.get(g) or next(free)
    return out


def _range_text(lo: Any, hi: Any) -> str:
    """Say the range ``lo..hi`` as briefly as its precision allows ("Sep 2020", "1990–1995")."""
    a, b = pd.Timestamp(lo), pd.Timestamp(hi)
    if (b - a) <= pd.Timedelta(_DAY) and a.day == b.day:
        return a.strftime("%-d %b %Y")
    if a.year != b.year:
        return f"{a.year}–{b.year}"
    if a.month != b.month:
        if a.day_of_year == 1 and b.month == 12 and b.day == 31:
            return str(a.year)
        return f"{a.strftime('%b')}–{b.strftime('%b %Y')}"
    if a.is_month_start and b.is_month_end:
        return a.strftime("%b %Y")
    return f"{a.day}–{b.strftime('%-d %b %Y')}"


def _draw_lane(
    ax: Axes, y: float, g: pd.Series, color: str, height: float, alpha: float, gid: str
) -> None:
    """Draw one item: solid certain part, hatched and faded uncertain parts, a point marker."""
    lo, hi, core_lo, core_hi = (
        mdates.date2num(np.datetime64(g[c], "s")) if not pd.isna(g[c]) else np.nan
        for c in ("lo", "hi", "core_lo", "core_hi")
    )
    if g["kind"] == "interval":
        if np.isnan(core_lo):
            parts = [("fuzzy", lo, hi)]
            # Nothing certain: a hollow marker keeps a short, wholly uncertain span visible.
            (pt,) = ax.plot(
                [(lo + hi) / 2],
                [y],
                marker="D",
                markerfacecolor="none",
                color=color,
                alpha=alpha,
                markersize=6,
                linestyle="none",
                zorder=3,
            )
            pt.set_gid(f"{gid}:point")
        else:
            parts = [("fuzzy", lo, core_lo), ("core", core_lo, core_hi), ("fuzzy", core_hi, hi)]
        for part, a, b in parts:
            if b <= a:
                continue
            fuzzy = part == "fuzzy"
            (bar,) = ax.barh(
                y,
                b - a,
                left=a,
                height=height,
                color=color,
                alpha=alpha * (_FUZZY_ALPHA if fuzzy else 1.0),
                hatch=_FUZZY_HATCH if fuzzy else None,
                edgecolor=color,
                # An edge on the certain part keeps a days-long bar visible on a
                # decades-long axis without drawing it wider than it is.
                linewidth=0 if fuzzy else 1.2,
                zorder=2,
            )
            bar.set_gid(f"{gid}:{part}")
        return
    at = mdates.date2num(np.datetime64(g["at"], "s"))
    if hi > lo + 1:  # a date known to the month/year: show the whole range it can denote
        (bar,) = ax.barh(
            y,
            hi - lo,
            left=lo,
            height=height,
            color=color,
            alpha=alpha * _FUZZY_ALPHA,
            hatch=_FUZZY_HATCH,
            edgecolor=color,
            linewidth=0,
            zorder=2,
        )
        bar.set_gid(f"{gid}:fuzzy")
    (pt,) = ax.plot(
        [at],
        [y],
        marker="o" if hi <= lo + 1 else "D",
        color=color,
        alpha=alpha,
        markersize=6,
        linestyle="none",
        zorder=3,
    )
    pt.set_gid(f"{gid}:point")


def _setup_date_axis(ax: Axes, xmin: float, xmax: float) -> None:
    pad = max((xmax - xmin) * 0.04, 1.0)
    ax.set_xlim(xmin - pad, xmax + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="0.9", zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)


def timeline(
    data: Any = None,
    *,
    ax: Axes | None = None,
    by: str | None = None,
    max_items: int = 40,
    colors: Mapping[str, str] | None = None,
    dates: bool = True,
    title: str | None = None,
    legend: bool = True,
    published: Any = None,
) -> Axes:
    """Draw a timeline: intervals as bars, dated events as points, uncertainty hatched.

    The certain part of an interval is a solid bar; from the earliest to the latest possible start
    (and end) it is hatched and faded ("almost 30 years" before 2020 has a fuzzy start). A date
    known to the month is drawn across the whole month with a diamond at its middle; an exact day
    is a dot. Each item has its own lane, labelled on the y axis with a font that fits the lane,
    so labels never overlap. With more than ``max_items`` items, the lanes are groups (``by``,
    else ``category``, else ``doc_id``) whose items are drawn translucent on top of each other.

    Parameters
    ----------
    data : DataFrame
        A timeline frame (see :data:`conflictlens.schema.TIMELINE`), or an object with a
        ``timeline`` attribute (``Analysis``, ``Corpus``).
    ax : matplotlib Axes, optional
        Where to draw; the current Axes by default.
    by : str, optional
        Column to group and colour by (``doc_id``, ``place``, ``category``...).
    max_items : int
        Above this many items, lanes aggregate groups.
    colors : mapping, optional
        Group → colour, overriding the default palette.
    dates : bool
        Write each item's dates next to its bar.
    title : str, optional
        Axes title.
    legend : bool
        Show a legend of the groups when ``by`` is given, and of the uncertainty hatching.
    published : date-like, optional
        Mark the publication date with a dashed vertical line (``Analysis.published``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from conflictlens.datasets import example_timeline
    >>> ax = timeline(example_timeline().head(1))
    >>> sorted({p.get_gid().split(":")[1] for p in ax.patches})
    ['core', 'fuzzy']
    """
    df = as_frame(data, "timeline")
    if ax is None:
        ax = plt.gca()
    if df.empty:
        return empty(ax, "the timeline frame is empty")
    df = df.reset_index(drop=True)
    geo = timeline_geometry(df)
    if geo.empty:
        return empty(ax, "no timeline item has a date")
    labels = (
        df["label"].astype(object).where(df["label"].notna(), "")
        if "label" in df.columns
        else pd.Series([""] * len(df), dtype=object)
    )
    aggregate = len(geo) > max_items
    group_col = by
    if aggregate and group_col is None:
        group_col = next((c for c in ("category", "doc_id") if c in df.columns), None)
    groups = _group_values(df, group_col)
    geo = geo.assign(group=groups.iloc[geo["row"]].to_numpy())
    palette = _colors_for(list(geo["group"]), colors if by or aggregate else None)
    if not by and not aggregate:
        palette = {g: (colors or {}).get("default", PALETTE[0]) for g in palette}

    if aggregate:
        counts = geo["group"].value_counts()
        keep = (
            list(counts.index[: max_items - 1]) if len(counts) > max_items else list(counts.index)
        )
        geo = geo.assign(lane_key=geo["group"].where(geo["group"].isin(keep), "other"))
        order = geo.groupby("lane_key")["lo"].min().sort_values().index.tolist()
        lane_of = {k: i for i, k in enumerate(order)}
        lane_counts = geo["lane_key"].value_counts()
        lane_labels = [f"{short(k, 36)} ({lane_counts[k]})" for k in order]
        palette.setdefault("other", "0.5")
        alpha = float(max(0.08, 1.0 / math.sqrt(max(lane_counts.max(), 1))))
        for _pos, g in geo.iterrows():
            _draw_lane(
                ax,
                lane_of[g["lane_key"]],
                g,
                palette.get(g["lane_key"], "0.5"),
                0.6,
                alpha,
                f"item{g['row']}",
            )
    else:
        geo = geo.sort_values(["group", "lo", "hi"], kind="stable").reset_index(drop=True)
        lane_labels = [short(labels.iloc[r]) for r in geo["row"]]
        for lane, g in geo.iterrows():
            _draw_lane(ax, lane, g, palette[g["group"]], 0.6, 1.0, f"item{g['row']}")

    n_lanes = len(lane_labels)
    xmin = float(np.nanmin(date_nums(geo["lo"].to_numpy("datetime64[s]"))))
    xmax = float(np.nanmax(date_nums(geo["hi"].to_numpy("datetime64[s]"))))
    pub = None
    if published is not None and not pd.isna(published):
        pub = float(date_nums(date_column(pd.DataFrame({"p": [published]}), "p"))[0])
        xmin, xmax = min(xmin, pub), max(xmax, pub)
    _setup_date_axis(ax, xmin, xmax)
    if pub is not None:
        ax.axvline(pub, color="0.45", linestyle="--", linewidth=1, zorder=1, gid="published")
    fs = fontsize_for(ax, n_lanes)
    ax.set_yticks(range(n_lanes), lane_labels, fontsize=fs)
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(n_lanes - 0.5, -0.5)
    if dates and not aggregate:
        _annotate_dates(ax, geo, fs * 0.85, xmin, xmax)
    if legend:
        # Aggregated lanes are labelled by group already; a legend of dozens of groups is noise.
        _legend(ax, palette if by and not aggregate and len(palette) <= 12 else {}, geo)
    if title:
        ax.set_title(title)
    return ax


def _annotate_dates(ax: Axes, geo: pd.DataFrame, fs: float, xmin: float, xmax: float) -> None:
    """Write each item's dates beside its bar, on whichever side has room."""
    x0, x1 = ax.get_xlim()
    width_px = ax.get_position().width * ax.figure.get_figwidth() * ax.figure.dpi
    px_per_day = width_px / (x1 - x0)
    for lane, g in geo.iterrows():
        if g["kind"] == "interval":
            if pd.isna(g["core_lo"]):
                text = _range_text(g["lo"], g["hi"])
            else:
                text = (
                    f"{_range_text(g['lo'], g['core_lo'])} → {_range_text(g['core_hi'], g['hi'])}"
                )
        else:
            text = _range_text(g["lo"], g["hi"])
        lo = mdates.date2num(np.datetime64(g["lo"], "s"))
        hi = mdates.date2num(np.datetime64(g["hi"], "s"))
        # Room needed, in days; generous because a layout engine may still narrow the axes.
        need = 1.3 * len(text) * fs * 0.6 * ax.figure.dpi / 72.0 / px_per_day
        style = {"va": "center", "fontsize": fs, "clip_on": True, "gid": f"date:{g['row']}"}
        if hi + need < x1:
            ax.text(hi, lane, "  " + text, ha="left", color="0.3", **style)
        elif lo - need > x0:
            ax.text(lo, lane, text + "  ", ha="right", color="0.3", **style)
        elif g["kind"] == "interval" and not pd.isna(g["core_lo"]):
            # No room outside: write inside the solid part when it is wide enough.
            c0 = mdates.date2num(np.datetime64(g["core_lo"], "s"))
            c1 = mdates.date2num(np.datetime64(g["core_hi"], "s"))
            if c1 - c0 > need:
                ax.text(c0, lane, "  " + text, ha="left", color="white", **style)


def _legend(ax: Axes, palette: Mapping[str, str], geo: pd.DataFrame) -> None:
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor=c, label=short(g, 30))
        for g, c in palette.items()
        if g in set(geo.get("lane_key", geo["group"]))
    ]
    has_fuzzy = any((p.get_gid() or "").endswith(":fuzzy") for p in ax.patches)
    if any(line.get_gid() == "published" for line in ax.lines):
        from matplotlib.lines import Line2D

        handles.append(Line2D([], [], color="0.45", linestyle="--", linewidth=1, label="published"))
    if has_fuzzy:
        handles.append(
            Patch(
                facecolor="0.6",
                alpha=_FUZZY_ALPHA,
                hatch=_FUZZY_HATCH,
                edgecolor="0.4",
                linewidth=0,
                label="uncertain",
            )
        )
    if handles:
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0, -0.08),
            frameon=False,
            ncols=min(len(handles), 4),
            fontsize="small",
        )


# -- corpus view -------------------------------------------------------------------------------
def _published_map(data: Any, published: Any) -> dict[str, Any]:
    if published is None and hasattr(data, "documents"):
        published = data.documents
    if published is None:
        return {}
    if isinstance(published, pd.DataFrame):
        return dict(zip(published["doc_id"], published["published"], strict=True))
    if isinstance(published, pd.Series):
        return published.to_dict()
    return dict(published)


def mentions_over_time(
    data: Any = None,
    *,
    published: Any = None,
    ax: Axes | None = None,
    kinds: tuple[str, ...] = ("date",),
    color: str = PALETTE[0],
) -> Axes:
    """Plot what times a corpus talks about (y) against when each article was published (x).

    Each dated mention is a dot at its article's publication date and the middle of the range it
    can denote, with a vertical line from its earliest to its latest instant. The diagonal marks
    "the day of publication": dots below it look back, dots above look ahead.

    Parameters
    ----------
    data : DataFrame or Corpus
        A mentions frame (``doc_id``, ``kind``, ``earliest``, ``latest``), or a ``Corpus``.
    published : DataFrame, Series or mapping, optional
        Publication date per ``doc_id`` (a documents frame works); taken from
        ``data.documents`` for a Corpus.
    ax : matplotlib Axes, optional
    kinds : tuple of str
        Mention kinds to draw.
    color : str

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from conflictlens.datasets import example_mentions
    >>> m = example_mentions()
    >>> ax = mentions_over_time(m, published={"seed-mina": pd.Timestamp("2022-12-23")})
    >>> len(ax.collections[0].get_offsets())
    1
    """
    df = as_frame(data, "mentions")
    pub = _published_map(data, published)
    if ax is None:
        ax = plt.gca()
    if df.empty or not pub or "earliest" not in df.columns:
        return empty(ax, "no mentions, or no publication dates")
    df = df[df["kind"].isin(kinds)] if "kind" in df.columns else df
    x = date_column(pd.DataFrame({"p": df["doc_id"].map(pub)}), "p")
    lo = first_valid(date_column(df, "earliest"), date_column(df, "latest"))
    hi = first_valid(date_column(df, "latest"), lo)
    ok = ~np.isnat(x) & ~np.isnat(lo)
    if not ok.any():
        return empty(ax, "no dated mention in a dated document")
    xs, los, his = date_nums(x[ok]), date_nums(lo[ok]), date_nums(hi[ok])
    mid = (los + his) / 2
    segs = np.stack([np.column_stack([xs, los]), np.column_stack([xs, his])], axis=1)
    ax.scatter(xs, mid, s=12, color=color, alpha=0.7, zorder=3, label="dated mention")
    ax.add_collection(LineCollection(segs, colors=color, alpha=0.3, linewidths=1.5, zorder=2))
    lo_all = float(min(xs.min(), los.min()))
    hi_all = float(max(xs.max(), his.max()))
    pad = max((hi_all - lo_all) * 0.04, 1.0)
    ax.plot(
        [lo_all - pad, hi_all + pad],
        [lo_all - pad, hi_all + pad],
        color="0.6",
        lw=1,
        ls="--",
        zorder=1,
        label="publication day",
    )
    for axis, lo_v, hi_v in ((ax.xaxis, xs.min(), xs.max()), (ax.yaxis, lo_all, hi_all)):
        p = max((hi_v - lo_v) * 0.04, 1.0)
        (ax.set_xlim if axis is ax.xaxis else ax.set_ylim)(lo_v - p, hi_v + p)
        loc = mdates.AutoDateLocator(minticks=3, maxticks=7)
        axis.set_major_locator(loc)
        axis.set_major_formatter(mdates.ConciseDateFormatter(loc))
    ax.set_xlabel("published")
    ax.set_ylabel("time mentioned")
    ax.legend(loc="upper left", frameon=False, fontsize="small")
    ax.grid(color="0.92")
    return ax
