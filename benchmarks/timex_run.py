"""Run conflictlens' temporal tagger on TempEval-3 (TBAQ) and compare speed with dateparser.

    python benchmarks/timex_run.py [/work/shared/dev/timex/te3_tbaq.jsonl] [--errors N]
        [--no-speed] [--no-dct]
    python benchmarks/timex_run.py benchmarks/data/narrative_timex.jsonl --no-speed

Each document is tagged with its ``dct`` as the publication date (with ``--no-dct``: none, so it
is inferred as ``cl.analyze`` does) and its ``lang`` (default "en"); the scores
are TempEval-3 strict/relaxed span and value P/R/F1 (see ``timex_score.py``). The speed comparison
runs ``dateparser.search.search_dates(text, languages=["en"])`` on the same documents in the same
run (the library itself never calls it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_score import relaxed_pairs, score

from conflictlens.document import make_document
from conflictlens.extract import temporal
from conflictlens.extract.temporal import scan as temporal_scan

DEFAULT = "/work/shared/dev/timex/te3_tbaq.jsonl"


def compare_speed(docs: list[dict], prepared: list, repeat: int = 2) -> dict:
    """Time dateparser's ``search_dates`` and our ``extract`` on the same documents.

    The two run interleaved, document by document, and each document counts with its best of
    ``repeat`` runs, so that load from other processes on a shared machine hits both alike.
    Document preparation (boilerplate, sentences) is done beforehand for conflictlens, as
    dateparser is given the language.
    """
    from dateparser.search import search_dates

    theirs = ours = 0.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for d, doc in zip(docs, prepared, strict=True):
            best_t = best_o = float("inf")
            for _ in range(repeat):
                t0 = time.perf_counter()
                search_dates(d["text"], languages=["en"])
                # extract() reuses the scan of the text it saw last: time a fresh scan
                temporal_scan._last_scan = None
                t1 = time.perf_counter()
                temporal.extract(doc)
                t2 = time.perf_counter()
                best_t, best_o = min(best_t, t1 - t0), min(best_o, t2 - t1)
            theirs += best_t
            ours += best_o
    chars = sum(len(d["text"]) for d in docs)
    return {
        "docs": len(docs),
        "chars": chars,
        "dateparser_chars_per_s": round(chars / theirs),
        "conflictlens_chars_per_s": round(chars / ours),
        "ratio": round(theirs / ours, 1),
    }


def run(
    path: str, errors: int = 0, speed: bool = True, speed_docs: int = 60, dct: bool = True
) -> dict:
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    gold = {d["doc_id"]: d["timexes"] for d in docs}
    prepared = [
        make_document(
            d["text"],
            lang=d.get("lang", "en"),
            published=d.get("dct") if dct else None,
            doc_id=d["doc_id"],
        )
        for d in docs
    ]
    if not dct:
        # As ``cl.analyze`` does without a date: infer it (dateline, else content) first.
        for doc in prepared:
            doc.published, doc.published_source = temporal.infer_published(doc)
    t0 = time.perf_counter()
    pred = {}
    for doc in prepared:
        pred[doc.doc_id] = [
            {"start": m.start, "end": m.end, "value": m.value, "text": m.text}
            for m in temporal.extract(doc)
        ]
    elapsed = time.perf_counter() - t0
    chars = sum(len(d["text"]) for d in docs)
    result = score(gold, pred)
    result["speed"] = {
        "docs": len(docs),
        "chars": chars,
        "seconds": round(elapsed, 3),
        "chars_per_s": round(chars / elapsed),
    }
    if speed:
        result["speed_vs_dateparser"] = compare_speed(docs[:speed_docs], prepared[:speed_docs])
    if errors:
        for shown, d in enumerate(docs, start=1):
            g, p = gold[d["doc_id"]], pred[d["doc_id"]]
            pairs = relaxed_pairs(g, p)
            mg = {a for a, _ in pairs}
            mp = {b for _, b in pairs}
            for a, b in pairs:
                if (g[a]["start"], g[a]["end"]) != (p[b]["start"], p[b]["end"]) or str(
                    g[a]["value"]
                ) != str(p[b]["value"]):
                    print(
                        f"DIFF {d['dct']} gold={g[a]['text']!r}:{g[a]['value']} "
                        f"pred={p[b]['text']!r}:{p[b]['value']}"
                    )
            for a, x in enumerate(g):
                if a not in mg:
                    ctx = d["text"][max(0, x["start"] - 30) : x["end"] + 20].replace("\n", " ")
                    print(f"MISS {d['dct']} {x['text']!r}:{x['value']} | {ctx}")
            for b, x in enumerate(p):
                if b not in mp:
                    ctx = d["text"][max(0, x["start"] - 30) : x["end"] + 20].replace("\n", " ")
                    print(f"FP   {x['text']!r}:{x['value']} | {ctx}")
            if shown >= errors:
                break
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=DEFAULT)
    ap.add_argument("--errors", type=int, default=0, help="print errors of the first N docs")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-dct", action="store_true", help="tag without the creation dates")
    args = ap.parse_args()
    print(json.dumps(run(args.path, args.errors, not args.no_speed, dct=not args.no_dct), indent=1))


if __name__ == "__main__":
    main()
