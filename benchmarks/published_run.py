"""How well is the publication date inferred from the text alone (datelines, content)?

    python benchmarks/published_run.py [--corpora "../shared/corpora/*.jsonl.gz"]

Each corpus document is prepared without its date and ``temporal.infer_published`` reads one
from the text, as ``cl.analyze`` does when no ``published`` is given. The truth is the
``published`` field where the source states it (all Wikinews articles, 377 IndoSum ones), else,
for IndoSum, the Unix time in its id (``indosum-1508302419-...``: the aggregator's collection
time, UTC, usually the day of publication or the next). Reported per corpus and per source of
the inferred date: documents, within one day, within a week, the right year, and how many got
no date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict

from _bench import DEFAULT_CORPORA, load_corpora

from conflictlens.document import make_document
from conflictlens.extract import temporal


def truth_of(rec: dict) -> dt.date | None:
    """The stated publication date, or the collection time in an IndoSum id."""
    if rec.get("published"):
        return dt.date.fromisoformat(str(rec["published"])[:10])
    parts = str(rec.get("doc_id", "")).split("-")
    if parts[0] == "indosum" and len(parts) > 1 and parts[1].isdigit():
        return dt.datetime.fromtimestamp(int(parts[1]), tz=dt.UTC).date()
    return None


def run(pattern: str = DEFAULT_CORPORA) -> dict:
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for rec in load_corpora(pattern):
        truth = truth_of(rec)
        if truth is None:
            continue
        corpus = str(rec["doc_id"]).split("-")[0]
        doc = make_document(rec["text"], lang=rec.get("lang"), doc_id=rec["doc_id"])
        ts, source = temporal.infer_published(doc)
        for key in ((corpus, source), (corpus, "all")):
            c = table[key]
            c["docs"] += 1
            if ts is None:
                c["no date"] += 1
                continue
            days = abs((ts.date() - truth).days)
            c["within 1 day"] += days <= 1
            c["within 7 days"] += days <= 7
            c["right year"] += ts.year == truth.year
    return {f"{k[0]} {k[1]}": dict(v) for k, v in sorted(table.items())}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpora", default=DEFAULT_CORPORA)
    args = p.parse_args()
    result = run(args.corpora)
    cols = ["docs", "within 1 day", "within 7 days", "right year", "no date"]
    print("| corpus, source | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for key, c in result.items():
        print(f"| {key} | " + " | ".join(str(c.get(k, 0)) for k in cols) + " |")
    json.dump(result, sys.stderr, indent=1)


if __name__ == "__main__":
    main()
