"""Score the temporal tagger on every gold set in ``benchmarks/data`` and pool them by genre.

    python benchmarks/timex_pooled.py                 # per genre: strict / relaxed / value F1
    python benchmarks/timex_pooled.py --sets          # and every set
    python benchmarks/timex_pooled.py --tbaq          # TBAQ (the TempEval-3 dev set) too

Genres: IndoSum news (``indosum_gold*_id``), Kompas news (``kompas_gold*_id``), Wikinews
(``wikinews_gold*_en``), English wire-style news written blind by helpers (``wire_gold*_en``) and
war histories (``narrative_*timex``). Pooled scores add up the counts
of the sets (each set's precision and recall times its predicted and gold totals), so a large set
weighs more than a small one.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_run import DEFAULT, run

HERE = Path(__file__).resolve().parent

GENRES = {
    "indosum": "indosum_gold*_id.jsonl",
    "kompas": "kompas_gold*_id.jsonl",
    "wikinews": "wikinews_gold*_en.jsonl",
    "wire": "wire_gold*_en.jsonl",
    "histories": "narrative_*timex.jsonl",
}
_METRICS = ("strict", "relaxed", "value")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pool(results: list[dict]) -> dict[str, float]:
    """Pooled F1 per metric from per-set :func:`timex_run.run` results."""
    gold = sum(r["counts"]["gold"] for r in results)
    pred = sum(r["counts"]["pred"] for r in results)
    out = {}
    for m in _METRICS:
        tp_r = sum(r[m]["r"] * r["counts"]["gold"] for r in results)
        tp_p = sum(r[m]["p"] * r["counts"]["pred"] for r in results)
        out[m] = _f1(tp_p / pred if pred else 0.0, tp_r / gold if gold else 0.0)
    return out


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sets", action="store_true", help="print every set too")
    p.add_argument("--tbaq", action="store_true", help="score TBAQ too")
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")
    print("| genre | sets | TIMEX3 | strict F1 | relaxed F1 | value F1 |")
    print("|---|---|---|---|---|---|")
    for genre, pattern in GENRES.items():
        paths = sorted((HERE / "data").glob(pattern), key=lambda q: (len(q.name), q.name))
        results = [run(str(path), speed=False) for path in paths]
        if not results:
            continue
        if args.sets:
            for path, r in zip(paths, results, strict=True):
                row = " | ".join(f"{r[m]['f1']:.4f}" for m in _METRICS)
                print(f"| {path.stem} | 1 | {r['counts']['gold']} | {row} |")
        pooled = pool(results)
        gold = sum(r["counts"]["gold"] for r in results)
        row = " | ".join(f"{pooled[m]:.4f}" for m in _METRICS)
        print(f"| **{genre}** | {len(results)} | {gold} | {row} |")
    if args.tbaq:
        r = run(DEFAULT, speed=False)
        row = " | ".join(f"{r[m]['f1']:.4f}" for m in _METRICS)
        print(f"| TBAQ | 1 | {r['counts']['gold']} | {row} |")


if __name__ == "__main__":
    main()
