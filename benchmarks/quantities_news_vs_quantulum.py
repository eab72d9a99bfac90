"""conflictlens against quantulum3 on hand-annotated English news sentences (every quantity).

Same sentences, gold and matching rule as ``quantities_gold.py`` (span overlap and the gold amount
equals the prediction's amount, low or high bound; one-to-one). quantulum3 is a benchmark-only
dependency (``pip install quantulum3``).

Usage::

    python benchmarks/quantities_news_vs_quantulum.py [--data benchmarks/data]
"""

from __future__ import annotations

import argparse
import json
import math
import time
import warnings
from pathlib import Path

import conflictlens as cl


def _conflictlens(sentence: str) -> list[tuple[int, int, list[float]]]:
    m = cl.analyze(sentence, lang="en").mentions
    m = m[m["kind"] == "quantity"]
    out = []
    for r in m.itertuples():
        vals = [v for v in (r.amount, r.low, r.high) if v == v]
        out.append((r.start, r.end, vals))
    return out


def _quantulum(sentence: str) -> list[tuple[int, int, list[float]]]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(sentence):
        vals = [q.value]
        if q.uncertainty:
            vals += [q.value - q.uncertainty, q.value + q.uncertainty]
        out.append((q.span[0], q.span[1], vals))
    return out


def score(rows: list[dict], system) -> dict:
    gold_n = pred_n = hit = 0
    secs = 0.0
    for row in rows:
        t = time.perf_counter()
        preds = system(row["sentence"])
        secs += time.perf_counter() - t
        used = [False] * len(preds)
        for g in row["gold"]:
            for k, (s, e, vals) in enumerate(preds):
                overlap = not (e <= g["start"] or g["end"] <= s)
                if (
                    not used[k]
                    and overlap
                    and any(math.isclose(g["amount"], v, rel_tol=1e-6) for v in vals)
                ):
                    used[k] = True
                    hit += 1
                    break
        gold_n += len(row["gold"])
        pred_n += len(preds)
    p = hit / pred_n if pred_n else 0.0
    r = hit / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": gold_n, "pred": pred_n, "P": p, "R": r, "F1": f, "sec": secs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(Path(__file__).parent / "data"))
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    print("| set | system | gold | predicted | P | R | F1 | seconds |")
    print("|---|---|---|---|---|---|---|---|")
    for name in ("gold", "heldout"):
        path = Path(args.data) / f"quantities_{name}_en.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for label, system in (("conflictlens", _conflictlens), ("quantulum3", _quantulum)):
            s = score(rows, system)
            print(
                f"| {name} ({len(rows)} sentences) | {label} | {s['gold']} | {s['pred']} | "
                f"{s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} | {s['sec']:.2f} |"
            )


if __name__ == "__main__":
    main()
