"""The map view: places on a plain-matplotlib Natural Earth basemap (see :func:`map`).

Re-exported by :mod:`conflictlens.plot`; use it from there.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from conflictlens.datasets import example_mentions
>>> place_counts(example_mentions())["count"].tolist()
[1, 1, 1]
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.collections import PolyCollection

from . import resources
from ._plotbase import PALETTE, as_frame, empty, short

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["map", "place_counts"]


def _basemap_polygons() -> list[np.ndarray]:
    doc = resources.load_json("basemap/admin0_110m.json")
    return [np.asarray(ring, dtype=float) for c in doc["countries"] for ring in c["rings"]]


def place_counts(data: pd.DataFrame) -> pd.DataFrame:
    """Count mentions per place: ``name, lat, lon, count`` (most mentioned first).

    Accepts a mentions frame (``kind == "place"`` rows, ``name``) or a facts frame (``where``).

    Examples
    --------
    >>> from conflictlens.datasets import example_mentions
    >>> place_counts(example_mentions())["name"].tolist()
    ['Armenia', 'Azerbaijan', 'Nagorno-Karabakh']
    """
    if data.empty or "lat" not in data.columns or "lon" not in data.columns:
        return pd.DataFrame({"name": [], "lat": [], "lon": [], "count": []})
    df = data
    if "kind" in df.columns and "name" in df.columns and (df["kind"] == "place").any():
        df = df[df["kind"] == "place"]
    name_col = next((c for c in ("name", "where", "place") if c in df.columns), None)
    names = df[name_col].astype(object) if name_col else pd.Series("", index=df.index)
    if name_col in ("where", "place"):
        # Facts join several places with "; " and carry the coordinates of the first.
        names = names.map(lambda s: s.split(";")[0].strip() if isinstance(s, str) else s)
    out = pd.DataFrame(
        {
            "name": names.where(names.notna(), ""),
            "lat": df["lat"].astype(float),
            "lon": df["lon"].astype(float),
        }
    ).dropna(subset=["lat", "lon"])
    out = out[(out["lat"].abs() <= 90) & (out["lon"].abs() <= 180)]
    counts = out.groupby(["name", "lat", "lon"], sort=False).size().rename("count").reset_index()
    counts["count"] = counts["count"].astype(int)
    return counts.sort_values(
        ["count", "name"], ascending=[False, True], kind="stable", ignore_index=True
    )


def _core(lat: np.ndarray, lon: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Which places to zoom to: all but far outliers from the mention-weighted median.

    A country mentioned once (its centroid far away, e.g. Russia's in Siberia) should not
    stretch a map of a regional conflict; such places are listed in a note instead.
    """
    if len(lat) < 3:
        return np.ones(len(lat), dtype=bool)
    order = np.argsort(lon)
    cw = np.cumsum(n[order])
    mlon = lon[order][np.searchsorted(cw, cw[-1] / 2)]
    order = np.argsort(lat)
    cw = np.cumsum(n[order])
    mlat = lat[order][np.searchsorted(cw, cw[-1] / 2)]
    dist = np.hypot((lon - mlon) * math.cos(math.radians(mlat)), lat - mlat)
    limit = max(20.0, 3.0 * float(np.median(dist)))
    return (dist <= limit) | (n == n.max())


def _extent(lat: np.ndarray, lon: np.ndarray) -> tuple[float, float, float, float]:
    lon0, lon1, lat0, lat1 = lon.min(), lon.max(), lat.min(), lat.max()
    w = max(lon1 - lon0, 8.0)
    h = max(lat1 - lat0, 6.0)
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    w, h = w * 1.4, h * 1.4
    x0, x1 = max(cx - w / 2, -180.0), min(cx + w / 2, 180.0)
    y0, y1 = max(cy - h / 2, -90.0), min(cy + h / 2, 90.0)
    return x0, x1, y0, y1


def map(
    data: Any = None,
    *,
    ax: Axes | None = None,
    sizes: tuple[float, float] = (30.0, 600.0),
    color: str = PALETTE[1],
    max_labels: int = 12,
    basemap: bool = True,
    title: str | None = None,
) -> Axes:
    """Draw places on a world basemap, markers sized by how often each is mentioned.

    The basemap is Natural Earth 1:110m admin-0 outlines (public domain) shipped with the package
    and drawn with plain matplotlib (no cartopy; equirectangular, with the aspect corrected for the
    latitude). The view is zoomed to the data. The most-mentioned places are labelled; a label
    that would overlap one already drawn is left out.

    Parameters
    ----------
    data : DataFrame
        A mentions frame (place rows), a facts frame (``where``, ``lat``, ``lon``) or an object
        with a ``mentions`` attribute (``Analysis``, ``Corpus``).
    ax : matplotlib Axes, optional
    sizes : (float, float)
        Marker area (points²) of the least and most mentioned place.
    color : str
    max_labels : int
    basemap : bool
        Draw the country outlines.
    title : str, optional

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from conflictlens.datasets import example_mentions
    >>> ax = map(example_mentions())
    >>> x0, x1 = ax.get_xlim()
    >>> bool(x0 < 45.0 and x1 > 47.5)
    True
    """
    df = as_frame(data, "mentions")
    if ax is None:
        ax = plt.gca()
    counts = place_counts(df)
    if basemap:
        polys = PolyCollection(
            _basemap_polygons(),
            facecolors="#efefec",
            edgecolors="#b8b8b0",
            linewidths=0.5,
            zorder=0,
        )
        polys.set_gid("basemap")
        ax.add_collection(polys)
    ax.set_facecolor("#dfe9f2" if basemap else "white")
    if counts.empty:
        ax.set_xlim(-180, 180)
        ax.set_ylim(-60, 85)
        ax.set_aspect("equal")
        return empty(ax, "no place with coordinates")
    lat, lon = counts["lat"].to_numpy(), counts["lon"].to_numpy()
    n = counts["count"].to_numpy(float)
    span = n.max() - n.min()
    s = sizes[0] + (sizes[1] - sizes[0]) * ((n - n.min()) / span if span else np.zeros_like(n))
    pts = ax.scatter(
        lon, lat, s=s, color=color, alpha=0.7, edgecolors="white", linewidths=0.8, zorder=3
    )
    pts.set_gid("places")
    core = _core(lat, lon, n)
    x0, x1, y0, y1 = _extent(lat[core], lon[core])
    if not core.all():
        off = counts[~core]
        note = ", ".join(f"{short(r.name, 24)} ({r.count})" for r in off.head(6).itertuples())
        more = f" and {len(off) - 6} more" if len(off) > 6 else ""
        ax.text(
            0.01,
            0.01,
            f"outside the view: {note}{more}",
            transform=ax.transAxes,
            fontsize=7,
            color="0.35",
            ha="left",
            va="bottom",
            gid="offmap-note",
            bbox={"facecolor": "white", "alpha": 0.7, "edgecolor": "none", "pad": 1.5},
        )
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1.0 / max(math.cos(math.radians((y0 + y1) / 2)), 0.2))
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    _label_places(ax, counts.head(max_labels))
    if title:
        ax.set_title(title)
    return ax


def _label_places(ax: Axes, counts: pd.DataFrame) -> None:
    """Label places (most mentioned first) beside their marker, trying four sides; a label that
    would overlap one already placed (or the note) is left out."""
    fig = ax.figure
    try:
        fig.draw_without_rendering()  # apply the aspect and any layout before measuring
        renderer = fig.canvas.get_renderer()
    except AttributeError:  # a backend without a renderer: label everything
        renderer = None
    placed = [t.get_window_extent(renderer) for t in ax.texts] if renderer else []
    sides = (
        ((6, 4), "left", "bottom"),
        ((-6, 4), "right", "bottom"),
        ((6, -4), "left", "top"),
        ((-6, -4), "right", "top"),
    )
    for row in counts.itertuples(index=False):
        label = f"{short(row.name, 30)}" + (f" ({row.count})" if row.count > 1 else "")
        for offset, ha, va in sides:
            t = ax.annotate(
                label,
                (row.lon, row.lat),
                xytext=offset,
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=8,
                color="0.15",
                zorder=4,
                gid="place-label",
                annotation_clip=True,
            )
            if renderer is None:
                break
            box = t.get_window_extent(renderer)
            inside = ax.bbox.contains(box.x0, box.y0) and ax.bbox.contains(box.x1, box.y1)
            if inside and not any(box.overlaps(b) for b in placed):
                placed.append(box)
                break
            t.remove()
