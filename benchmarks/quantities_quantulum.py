"""Score conflictlens quantities (and quantulum3, when installed) on quantulum3's English tests.

quantulum3 ships its test sentences in its wheel
(``quantulum3/_lang/en_US/tests/quantities.json``): each has the expected quantities with
``value`` (ranges: the midpoint) and ``unit``. A gold value is found when a predicted quantity of
the sentence has it as amount, low, high or midpoint (one-to-one).
Scores are given for all gold quantities, for the count-like ones (dimensionless numbers,
currencies, percentages) and for all but durations ("3 days", "six weeks"), which conflictlens
reports as temporal ``duration`` mentions, not quantities.

Usage::

    python benchmarks/quantities_quantulum.py [--tests PATH] [--speed-kb 20]
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

from conflictlens.document import make_document
from conflictlens.extract import quantities


def _default_tests() -> Path | None:
    try:
        import quantulum3
    except ImportError:
        return None
    return Path(quantulum3.__file__).parent / "_lang" / "en_US" / "tests" / "quantities.json"


def _count_like(res: dict) -> bool:
    return res.get("unit") in ("dimensionless", "percentage") or res.get("entity") == "currency"


_DURATION_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _ours(text: str) -> list[list[float]]:
    doc = make_document(text, lang="en")
    out = []
    for m in quantities.extract(doc, []):
        cands = [v for v in (m.amount, m.low, m.high) if v is not None]
        if m.low is not None and m.high is not None:
            cands.append((m.low + m.high) / 2)
        out.append(cands)
    return out


def _quantulum(text: str) -> list[list[float]]:
    from quantulum3 import parser

    return [[q.value] for q in parser.parse(text)]


def _match(gold: list[float], pred: list[list[float]]) -> int:
    used = [False] * len(pred)
    hits = 0
    for g in gold:
        for k, cands in enumerate(pred):
            if not used[k] and any(_close(g, c) for c in cands):
                used[k] = True
                hits += 1
                break
    return hits


def score(cases: list[dict], system) -> dict:
    tot = {"gold": 0, "gold_counts": 0, "pred": 0, "hit": 0, "hit_counts": 0, "sec": 0.0}
    tot.update(gold_nodur=0, hit_nodur=0)
    for case in cases:
        t0 = time.perf_counter()
        pred = system(case["req"])
        tot["sec"] += time.perf_counter() - t0
        gold = [r["value"] for r in case["res"]]
        counts = [r["value"] for r in case["res"] if _count_like(r)]
        tot["gold"] += len(gold)
        tot["gold_counts"] += len(counts)
        tot["pred"] += len(pred)
        tot["hit"] += _match(gold, pred)
        tot["hit_counts"] += _match(counts, pred)
        nodur = [r["value"] for r in case["res"] if r.get("unit") not in _DURATION_UNITS]
        tot["gold_nodur"] += len(nodur)
        tot["hit_nodur"] += _match(nodur, pred)
    p = tot["hit"] / tot["pred"] if tot["pred"] else 0.0
    r = tot["hit"] / tot["gold"] if tot["gold"] else 0.0
    rc = tot["hit_counts"] / tot["gold_counts"] if tot["gold_counts"] else 0.0
    rn = tot["hit_nodur"] / tot["gold_nodur"] if tot["gold_nodur"] else 0.0
    return {**tot, "precision": p, "recall": r, "recall_counts": rc, "recall_nodur": rn}


def speed(system, kb: int) -> float:
    """Seconds to process ``kb`` kilobytes of news-like English text."""
    para = (
        "At least 12 people were killed and dozens wounded on Friday when 3 rockets hit a market "
        "in the north, officials said, adding that 1,500 residents fled and $2.5 million in aid "
        "was pledged. "
    )
    text = para * (kb * 1000 // len(para) + 1)
    t0 = time.perf_counter()
    system(text)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tests", type=Path, default=_default_tests())
    ap.add_argument("--speed-kb", type=int, default=20)
    args = ap.parse_args()
    if args.tests is None or not args.tests.is_file():
        raise SystemExit("quantulum3 tests not found: pip install quantulum3 or pass --tests")
    cases = json.loads(args.tests.read_text(encoding="utf-8"))
    systems = {"conflictlens": _ours}
    try:
        import quantulum3  # noqa: F401

        systems["quantulum3"] = _quantulum
    except ImportError:
        pass
    print(f"{len(cases)} sentences from {args.tests}")
    print(
        f"system        gold  counts  pred   P      R      R(counts)  R(no dur.)  sec    "
        f"sec/{args.speed_kb}KB"
    )
    for name, system in systems.items():
        s = score(cases, system)
        sp = speed(system, args.speed_kb)
        print(
            f"{name:<13} {s['gold']:<5} {s['gold_counts']:<7} {s['pred']:<6} "
            f"{s['precision']:.3f}  {s['recall']:.3f}  {s['recall_counts']:.3f}      "
            f"{s['recall_nodur']:.3f}       "
            f"{s['sec']:.2f}   {sp:.2f}"
        )


if __name__ == "__main__":
    main()
