"""Time the views on real pipeline output: timeline/map/mentions-over-time figures, fact table,
highlighted text and exports, for the seed and for the 50-article Wikinews sample.

Usage::

    python benchmarks/views_speed.py [--repeat 3]

Prints one line per view: median seconds over ``--repeat`` runs (figure drawn to an Agg canvas, so
layout and text measurement are included).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

import conflictlens as cl
from conflictlens import export, plot, tables
from conflictlens.datasets import load_sample


def _time(fn: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
        plt.close("all")
    return statistics.median(runs)


def _figure(draw: Callable) -> Callable[[], object]:
    def run() -> None:
        fig, ax = plt.subplots(figsize=(10, 5))
        draw(ax)
        fig.canvas.draw()

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    seed = cl.analyze(cl.seed_text())
    corpus = cl.analyze_many(load_sample("wikinews_conflict_50"), progress=False)
    cases = {
        f"seed timeline ({len(seed.timeline)} items)": _figure(
            lambda ax: plot.timeline(seed.timeline, ax=ax)
        ),
        f"corpus timeline ({len(corpus.timeline)} items, aggregated)": _figure(
            lambda ax: plot.timeline(corpus.timeline, ax=ax, by="category")
        ),
        f"seed map ({len(seed.mentions)} mentions)": _figure(
            lambda ax: plot.map(seed.mentions, ax=ax)
        ),
        f"corpus map ({len(corpus.mentions)} mentions)": _figure(
            lambda ax: plot.map(corpus.mentions, ax=ax, max_labels=20)
        ),
        "corpus mentions_over_time": _figure(lambda ax: plot.mentions_over_time(corpus, ax=ax)),
        f"corpus fact table HTML ({len(corpus.facts)} facts)": lambda: tables.fact_table(
            corpus.facts
        ).to_html(),
        "seed highlighted text": lambda: seed.highlight().html,
        "corpus TimelineJS + events": lambda: (
            export.to_timelinejs(corpus.timeline),
            export.to_events(corpus.facts, corpus.mentions),
        ),
    }
    for name, fn in cases.items():
        print(f"{name:55s} {_time(fn, args.repeat):8.3f} s")


if __name__ == "__main__":
    main()
