"""Build ``src/conflictlens/_data/year_prior.json``: where news years lie from their own year.

A dateline without a year ("Kamis (6/10)") fits one year in five, six or eleven; the years the
article mentions choose among them. This table says how likely a year mentioned in a sentence
of each tense (past, none, future, as ``temporal.anchor.year_clues`` reads it) lies ``d`` years
from the year of publication (``d`` clipped to -6..6; the two end buckets stand for 30 years each).
``anchor.dateline_year`` picks the candidate year under which the article's mentioned years are
most likely.

Only articles whose source states the publication date are counted: every English Wikinews
article and the IndoSum articles with a ``/YYYY/MM/DD/`` source URL (``published`` in the
corpora of ``../shared/corpora``; see ``SOURCES.md`` there: Wikinews CC BY 2.5, IndoSum
CC BY-SA 4.0). The table holds counts only, no text.

    python scripts/build_year_prior.py [--corpora "../shared/corpora/*.jsonl.gz"]
    python scripts/update_manifest.py
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import math
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "conflictlens" / "_data" / "year_prior.json"
CLIP = 6
TAIL_YEARS = 30


def count(pattern: str) -> tuple[dict[int, Counter], int]:
    """Count (tense, clipped offset) of the explicit years of dated articles."""
    from conflictlens.document import make_document
    from conflictlens.extract.temporal import _scan
    from conflictlens.extract.temporal.anchor import year_clues
    from conflictlens.extract.temporal.lexicon import get_lexicon

    counts: dict[int, Counter] = {-1: Counter(), 0: Counter(), 1: Counter()}
    docs = 0
    for path in sorted(glob.glob(pattern)):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if not rec.get("published"):
                    continue
                year = int(rec["published"][:4])
                lang = rec.get("lang", "en")
                doc = make_document(rec["text"], lang=lang)
                toks, matches, _ = _scan(doc.masked or doc.text, lang)
                lex = get_lexicon(lang)
                docs += 1
                for mentioned, clue in zip(*year_clues(lex, toks, matches), strict=True):
                    d = max(-CLIP, min(CLIP, mentioned - year))
                    counts[max(-1, min(1, clue))][d] += 1
    return counts, docs


def table(counts: dict[int, Counter]) -> dict[str, list[float]]:
    """Add-one smoothed log-probabilities per tense; the end buckets spread over TAIL_YEARS."""
    out = {}
    for t, c in counts.items():
        total = sum(c.values()) + 2 * CLIP + 1
        row = []
        for d in range(-CLIP, CLIP + 1):
            p = (c[d] + 1) / total
            if abs(d) == CLIP:
                p /= TAIL_YEARS
            row.append(round(math.log(p), 4))
        out[str(t)] = row
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora" / "*.jsonl.gz"))
    args = p.parse_args()
    counts, docs = count(args.corpora)
    data = {
        "_comment": "log P(year mentioned - year published = d | tense), d = -6..6; "
        "tense -1 past, 0 none, 1 future; built by scripts/build_year_prior.py from "
        f"{docs} dated news articles (Wikinews CC BY 2.5, IndoSum CC BY-SA 4.0)",
        "clip": CLIP,
        "counts": {str(t): [c[d] for d in range(-CLIP, CLIP + 1)] for t, c in counts.items()},
        "log_p": table(counts),
    }
    rows = ",\n".join(
        f" {json.dumps(k)}: " + json.dumps(v)
        if not isinstance(v, dict)
        else f" {json.dumps(k)}: {{"
        + ", ".join(f"{json.dumps(t)}: {json.dumps(r)}" for t, r in v.items())
        + "}"
        for k, v in data.items()
    )
    OUT.write_text("{\n" + rows + "\n}\n", encoding="utf-8")
    print(f"{docs} documents, {sum(sum(c.values()) for c in counts.values())} years -> {OUT}")


if __name__ == "__main__":
    main()
