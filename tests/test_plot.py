"""Figures checked by what was drawn: artists, extents against the frame's dates, labels, limits."""

from __future__ import annotations

import sys
import warnings
from typing import Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from conflictlens import plot, schema
from conflictlens.datasets import example_facts, example_mentions, example_timeline
from conflictlens.errors import EmptyDataWarning


def _num(x: Any) -> float:
    return float(mdates.date2num(np.datetime64(pd.Timestamp(x).as_unit("s").asm8, "s")))


def _parts(ax, row: int) -> dict[str, list]:
    out: dict[str, list] = {}
    for p in ax.patches:
        gid = p.get_gid() or ""
        if gid.startswith(f"item{row}:"):
            out.setdefault(gid.split(":")[1], []).append(p)
    for line in ax.lines:
        gid = line.get_gid() or ""
        if gid.startswith(f"item{row}:"):
            out.setdefault(gid.split(":")[1], []).append(line)
    return out


def _no_overlap(boxes) -> bool:
    return not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def timeline_rows(n: int, *, seed: int = 0, docs: int = 5) -> pd.DataFrame:
    """``n`` random intervals and points over 1950–2020 across ``docs`` documents."""
    rng = np.random.default_rng(seed)
    rows: list[dict[str, Any]] = []
    base = np.datetime64("1950-01-01", "s")
    for i in range(n):
        start = base + np.timedelta64(int(rng.integers(0, 70 * 365)), "D")
        kind = "interval" if i % 3 else "point"
        days = int(rng.integers(1, 3000)) if kind == "interval" else 0
        end = start + np.timedelta64(days, "D")
        rows.append(
            {
                "doc_id": f"d{i % docs}",
                "item_id": i,
                "evidence_start": 0,
                "evidence_end": 0,
                "label": f"item {i}",
                "kind": kind,
                "start": start,
                "end": end,
                "start_earliest": start,
                "start_latest": start,
                "end_earliest": end,
                "end_latest": end,
                "category": ["casualties", "displaced", "war"][i % 3],
            }
        )
    return schema.frame("timeline", rows)


# -- timeline ---------------------------------------------------------------------------------
def test_seed_story_extents_match_the_frame():
    tl = example_timeline()
    _fig, ax = plt.subplots(figsize=(9, 3))
    out = plot.timeline(tl, ax=ax)
    assert out is ax
    war = _parts(ax, 0)
    # The war: certain from the latest possible start to the earliest possible end ...
    (core,) = war["core"]
    assert core.get_x() == pytest.approx(_num("2020-09-30 23:59:59"), abs=0.6)
    # ... uncertain (hatched, faded) across September and from mid-October to mid-November.
    fuzzy = sorted(war["fuzzy"], key=lambda p: p.get_x())
    assert len(fuzzy) == 2
    assert all(p.get_hatch() and p.get_alpha() < 1 for p in fuzzy)
    assert fuzzy[0].get_x() == pytest.approx(_num("2020-09-01"), abs=0.6)
    assert fuzzy[1].get_x() + fuzzy[1].get_width() == pytest.approx(
        _num("2020-11-13 23:59:59"), abs=0.6
    )
    # The ~30-year occupation has a fuzzy start and a certain middle.
    occ = _parts(ax, 1)
    (occ_core,) = occ["core"]
    assert occ_core.get_x() == pytest.approx(_num("1995-11-13"), abs=0.6)
    assert occ_core.get_x() + occ_core.get_width() == pytest.approx(_num("2020-10-15"), abs=0.6)
    assert min(p.get_x() for p in occ["fuzzy"]) == pytest.approx(_num("1990-09-01"), abs=0.6)
    # The speech is a point on its day.
    (pt,) = _parts(ax, 2)["point"]
    assert pt.get_xdata()[0] == pytest.approx(_num("2022-12-23"), abs=0.6)
    # Axis limits hold every item, with a little padding only.
    x0, x1 = ax.get_xlim()
    assert x0 < _num("1990-09-01") and x1 > _num("2022-12-23")
    assert x1 - x0 < 1.2 * (_num("2022-12-24") - _num("1990-09-01"))
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)


def test_labels_are_lanes_and_do_not_overlap():
    fig, ax = plt.subplots(figsize=(9, 3))
    plot.timeline(example_timeline(), ax=ax)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # Chronological lanes: the occupation starts first, the speech comes last.
    assert labels == [
        "diduduki oleh Armenia selama hampir 30 tahun",
        "perang 44 hari (Armenia–Azerbaijan)",
        "Akar speaks at the Azerbaijani embassy",
    ]
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(r) for t in ax.get_yticklabels()]
    boxes += [t.get_window_extent(r) for t in ax.texts]
    assert _no_overlap(boxes)
    # Date annotations say the precision: the war starts "Sep 2020".
    texts = " ".join(t.get_text() for t in ax.texts)
    assert "Sep 2020" in texts and "23 Dec 2022" in texts


def test_month_precise_point_spans_the_month():
    tl = schema.frame(
        "timeline",
        [
            {
                "item_id": 0,
                "evidence_start": 0,
                "evidence_end": 0,
                "label": "September 2020",
                "kind": "point",
                "start": "2020-09-01",
                "start_earliest": "2020-09-01",
                "start_latest": "2020-09-30 23:59:59",
            }
        ],
    )
    ax = plot.timeline(tl)
    parts = _parts(ax, 0)
    (bar,) = parts["fuzzy"]
    assert bar.get_x() == pytest.approx(_num("2020-09-01"), abs=0.01)
    assert bar.get_width() == pytest.approx(30, abs=0.1)
    (pt,) = parts["point"]
    assert pt.get_marker() == "D"


@pytest.mark.parametrize("n", [3, 40, 300])
def test_readable_from_3_to_300_items(n):
    fig, ax = plt.subplots(figsize=(8, 6))
    plot.timeline(timeline_rows(n), ax=ax)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    labels = ax.get_yticklabels()
    assert 1 <= len(labels) <= 40
    assert _no_overlap([t.get_window_extent(r) for t in labels])
    if n == 300:  # aggregated into groups, each label says how many items it holds
        assert sum(int(t.get_text().rsplit("(", 1)[1].rstrip(")")) for t in labels) == 300


def test_by_groups_and_colours():
    tl = timeline_rows(12, docs=3)
    ax = plot.timeline(tl, by="doc_id", colors={"d0": "#000000"})
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"d0", "d1", "d2"} <= set(legend)
    d0_rows = set(np.flatnonzero(tl["doc_id"] == "d0"))
    for p in ax.patches:
        row = int(p.get_gid().split(":")[0][4:])
        if row in d0_rows:
            assert p.get_facecolor()[:3] == (0.0, 0.0, 0.0)
    with pytest.raises(KeyError):
        plot.timeline(tl, by="nope")


def test_empty_warns_and_returns_the_axes():
    _fig, ax = plt.subplots()
    with pytest.warns(EmptyDataWarning):
        out = plot.timeline(schema.empty_frame("timeline"), ax=ax)
    assert out is ax
    with pytest.warns(EmptyDataWarning):
        assert plot.timeline(None, ax=ax) is ax


def test_ax_none_uses_current_axes_and_accepts_analysis_like_objects():
    _fig, ax = plt.subplots()

    class Holder:
        timeline = example_timeline()

    assert plot.timeline(Holder()) is ax


def test_centuries_and_days_axis():
    rows = [
        {
            "item_id": 0,
            "evidence_start": 0,
            "evidence_end": 0,
            "label": "empire",
            "kind": "interval",
            "start": "1453-05-29",
            "end": "1922-11-01",
        },
        {
            "item_id": 1,
            "evidence_start": 0,
            "evidence_end": 0,
            "label": "today",
            "kind": "point",
            "start": "2022-12-23",
        },
    ]
    ax = plot.timeline(schema.frame("timeline", rows))
    x0, x1 = ax.get_xlim()
    assert x0 < _num("1453-05-29") < _num("2022-12-23") < x1
    rows = [
        {
            "item_id": 0,
            "evidence_start": 0,
            "evidence_end": 0,
            "label": "siege",
            "kind": "interval",
            "start": "2020-09-27",
            "end": "2020-10-02",
        }
    ]
    ax2 = plt.figure().gca()
    plot.timeline(schema.frame("timeline", rows), ax=ax2)
    lo, hi = ax2.get_xlim()
    assert hi - lo < 10


# -- mentions over time ------------------------------------------------------------------------
def test_mentions_over_time_points_and_ranges():
    m = example_mentions()
    _fig, ax = plt.subplots()
    out = plot.mentions_over_time(m, published={"seed-mina": pd.Timestamp("2022-12-23")}, ax=ax)
    assert out is ax
    ((x, y),) = ax.collections[0].get_offsets()
    assert x == pytest.approx(_num("2022-12-23"))
    assert _num("2020-09-01") < y < _num("2020-10-01")
    (seg,) = ax.collections[1].get_segments()
    assert seg[0][1] == pytest.approx(_num("2020-09-01"))
    assert ax.get_xlabel() == "published"
    with pytest.warns(EmptyDataWarning):
        plot.mentions_over_time(m, ax=plt.figure().gca())


# -- map ------------------------------------------------------------------------------------------
def test_map_sizes_zoom_and_labels():
    m = example_mentions()
    m = pd.concat([m, m[m["name"] == "Azerbaijan"]], ignore_index=True)
    fig, ax = plt.subplots()
    assert plot.map(m, ax=ax) is ax
    basemap = [c for c in ax.collections if c.get_gid() == "basemap"]
    assert len(basemap) == 1 and len(basemap[0].get_paths()) > 150
    (pts,) = [c for c in ax.collections if c.get_gid() == "places"]
    offsets = pts.get_offsets()
    sizes = dict(zip(map(tuple, np.asarray(offsets)), pts.get_sizes(), strict=True))
    assert sizes[(47.5, 40.5)] > sizes[(45.0, 40.25)]  # Azerbaijan is mentioned twice
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    assert x0 < 45.0 and x1 > 47.5 and y0 < 39.82 and y1 > 40.5
    assert x1 - x0 < 40  # zoomed to the data, not the world
    labels = [t.get_text() for t in ax.texts]
    assert "Azerbaijan (2)" in labels
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    assert _no_overlap([t.get_window_extent(r) for t in ax.texts])


def test_map_from_facts_and_empty():
    ax = plot.map(example_facts())
    assert [t.get_text() for t in ax.texts] == ["Nagorno-Karabakh (3)"]
    with pytest.warns(EmptyDataWarning):
        ax2 = plot.map(schema.empty_frame("mentions"), ax=plt.figure().gca())
    assert ax2.get_xlim() == (-180, 180)


def test_many_crowded_places_labels_never_overlap():
    rng = np.random.default_rng(1)
    rows = [
        {
            "kind": "place",
            "name": f"Place number {i}",
            "lat": 33 + rng.random(),
            "lon": 44 + rng.random(),
        }
        for i in range(40)
    ]
    df = pd.DataFrame(rows)
    fig, ax = plt.subplots()
    plot.map(df, ax=ax, max_labels=40)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(r) for t in ax.texts]
    assert boxes and _no_overlap(boxes)


def test_import_conflictlens_does_not_import_matplotlib():
    import subprocess

    code = (
        "import sys, conflictlens, conflictlens.accessor, conflictlens.tables, "
        "conflictlens.display, conflictlens.export, conflictlens.datasets; "
        "print(any(m.split('.')[0] in ('matplotlib', 'IPython', 'dask') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_no_warning_on_normal_input():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plot.timeline(example_timeline())
        plot.map(example_mentions(), ax=plt.figure().gca())


def test_far_single_mention_is_noted_instead_of_stretching_the_view():
    near = [
        {"kind": "place", "name": n, "lat": la, "lon": lo}
        for n, la, lo in [
            ("Baku", 40.38, 49.89),
            ("Yerevan", 40.18, 44.51),
            ("Ankara", 39.93, 32.86),
            ("Baku", 40.38, 49.89),
        ]
    ]
    far = [{"kind": "place", "name": "Russia", "lat": 60.0, "lon": 100.0}]
    ax = plot.map(pd.DataFrame(near + far))
    x1 = ax.get_xlim()[1]
    assert x1 < 100.0
    notes = [t.get_text() for t in ax.texts if t.get_gid() == "offmap-note"]
    assert notes == ["outside the view: Russia (1)"]


def test_published_is_marked():
    ax = plot.timeline(example_timeline().head(2), published="2022-12-23")
    (line,) = [ln for ln in ax.lines if ln.get_gid() == "published"]
    assert line.get_xdata()[0] == pytest.approx(_num("2022-12-23"))
    assert ax.get_xlim()[1] > _num("2022-12-23")
    assert "published" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_rows_without_any_date_warn():
    tl = schema.frame(
        "timeline",
        [{"item_id": 0, "evidence_start": 0, "evidence_end": 0, "label": "?", "kind": "point"}],
    )
    with pytest.warns(EmptyDataWarning, match="has a date"):
        ax = plot.timeline(tl)
    assert not ax.patches and [t.get_text() for t in ax.texts] == ["no timeline item has a date"]


def test_mentions_over_time_takes_a_documents_frame():
    docs = schema.frame(
        "documents",
        [
            {
                "doc_id": "seed-mina",
                "index": 0,
                "status": "ok",
                "published": "2022-12-23",
                "n_chars": 1,
                "n_mentions": 1,
                "n_facts": 0,
                "n_timeline": 0,
            }
        ],
    )
    ax = plot.mentions_over_time(example_mentions(), published=docs)
    assert len(ax.collections[0].get_offsets()) == 1
