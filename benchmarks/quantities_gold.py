"""Score quantity mentions on hand-annotated sentences from real news (``benchmarks/data``).

``quantities_gold_id.jsonl`` (60 sentences: 35 IndoSum, 25 Kompas dev) and
``quantities_gold_en.jsonl`` (40 Wikinews sentences) were drawn at random by
``quantities_gold_sample.py`` (sentences holding a digit or number word) and annotated by hand.
Gold = every cardinal amount: counts (including vague ones, "beberapa", "several", value = the
low bound), money, percentages, measurements, fractions. Not gold: dates, times, durations and
ages ("29 tahun", "23 years old", "47.42 seconds"), ordinals and ranks ("lantai 9", "number
16"), years, names and codes ("Formula 1", "Marine One", "No 1/2013", "17 U.S. Code"), idioms
("satu sama lain", "one of").

``quantities_heldout_{id,en}.jsonl`` (42 + 33 sentences, ``quantities_gold_sample.py --seed 23``
minus documents already drawn) were annotated the same way *after* the rules were tuned on the
first set, and scored once before any further change (the first-run numbers are kept in
BENCHMARKS.md).

A prediction is right when its span overlaps a gold span and the gold amount is its amount, low
or high bound (one-to-one, in order). The whole pipeline runs (``cl.analyze``), so temporal
mentions block numbers as in real use.

Usage::

    python benchmarks/quantities_gold.py [--data benchmarks/data] [--set gold|heldout] [-v]
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

import conflictlens as cl


def _hit(gold: dict, pred) -> bool:
    if pred.end <= gold["start"] or gold["end"] <= pred.start:
        return False
    values = [v for v in (pred.amount, pred.low, pred.high) if v is not None and v == v]
    return any(math.isclose(gold["amount"], v, rel_tol=1e-6) for v in values)


def score(rows: list[dict], verbose: bool = False) -> dict:
    tot = {"gold": 0, "pred": 0, "hit": 0, "sec": 0.0}
    for row in rows:
        t0 = time.perf_counter()
        a = cl.analyze(row["sentence"], lang=row["lang"])
        tot["sec"] += time.perf_counter() - t0
        preds = list(a.mentions[a.mentions["kind"] == "quantity"].itertuples())
        used = [False] * len(preds)
        missed = []
        for g in row["gold"]:
            for k, p in enumerate(preds):
                if not used[k] and _hit(g, p):
                    used[k] = True
                    break
            else:
                missed.append(g["text"])
        tot["gold"] += len(row["gold"])
        tot["pred"] += len(preds)
        tot["hit"] += sum(used)
        extra = [(p.text, p.amount) for k, p in enumerate(preds) if not used[k]]
        if verbose and (missed or extra):
            print(f"- {row['sentence']}\n    missed {missed}  wrong {extra}")
    tot["precision"] = tot["hit"] / tot["pred"] if tot["pred"] else 0.0
    tot["recall"] = tot["hit"] / tot["gold"] if tot["gold"] else 0.0
    return tot


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).parent / "data")
    ap.add_argument("--set", default="gold", choices=("gold", "heldout"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    for lang in ("id", "en"):
        path = args.data / f"quantities_{args.set}_{lang}.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        s = score(rows, args.verbose)
        print(
            f"{lang}: {len(rows)} sentences, gold {s['gold']}, predicted {s['pred']}, "
            f"right {s['hit']}: P {s['precision']:.3f} R {s['recall']:.3f} ({s['sec']:.2f} s)"
        )


if __name__ == "__main__":
    main()
