"""Run place extraction on the dev sets and print strict/relaxed P/R/F1 and acc@161km.

Usage::

    python benchmarks/places_run.py [--id PATH] [--en PATH] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from places_score import Scores

from conflictlens.document import make_document
from conflictlens.extract.places import extract

DEV = Path("/work/shared/dev/places")


def run(path: Path, lang: str, errors: int) -> dict:
    scores = Scores()
    t = time.perf_counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            doc = make_document(rec["text"], lang=lang)
            pred = [
                {
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "lat": m.lat,
                    "lon": m.lon,
                    "name": m.name,
                    "value": m.value,
                }
                for m in extract(doc)
            ]
            scores.add(rec["places"], pred, rec["id"])
    res = scores.summary()
    res["seconds"] = time.perf_counter() - t
    print(
        f"{path.name} ({lang}): "
        + ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in res.items())
    )
    for kind, doc_id, g, p in scores.errors[:errors]:
        gt = g and (g["text"], g.get("lat"), g.get("lon"))
        pt = p and (p["text"], p.get("name"), p.get("value"), p.get("lat"), p.get("lon"))
        print(f"  {kind} {doc_id} gold={gt} pred={pt}")
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--id", type=Path, default=DEV / "nergrit_train.jsonl")
    ap.add_argument("--en", type=Path, default=DEV / "geovirus_en.jsonl")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--only", choices=["id", "en"])
    args = ap.parse_args()
    if args.only != "en":
        run(args.id, "id", args.errors)
    if args.only != "id":
        run(args.en, "en", args.errors)


if __name__ == "__main__":
    main()
