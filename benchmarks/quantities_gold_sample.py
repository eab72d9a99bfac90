"""Draw the sentences of the hand-annotated quantity evaluation (``benchmarks/data``).

Random sentences (fixed seed) that contain a digit or a number word, from IndoSum and the Kompas
TimeBank-style dev texts (Indonesian) and Wikinews (English). The drawn sentences were then
annotated by hand into ``benchmarks/data/quantities_gold_{id,en}.jsonl``; this script only
documents how they were chosen (re-running it prints the same sentences).

Usage::

    python benchmarks/quantities_gold_sample.py [--shared /work/shared] [--seed 11]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
from pathlib import Path

from conflictlens.document import make_document
from conflictlens.extract.quantities.lexicon import lexicon

_DIGIT = re.compile(r"\d")


def _records(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def _has_number(sentence: str, words: frozenset[str]) -> bool:
    if _DIGIT.search(sentence):
        return True
    return any(w in words for w in re.findall(r"[^\W\d_]+", sentence.lower()))


def draw(path: Path, lang: str, k: int, seed: int, docs: int = 400) -> list[dict]:
    """``k`` random number-bearing sentences, at most one per document, from the first ``docs``."""
    lex = lexicon(lang)
    words = (
        frozenset(lex.atoms) - lex.article_atoms | frozenset(lex.multipliers) | frozenset(lex.vague)
    )
    recs = list(itertools.islice(_records(path), docs))
    rng = random.Random(seed)
    rng.shuffle(recs)
    out = []
    for rec in recs:
        doc = make_document(rec["text"], lang=lang)
        cands = [
            doc.text[s.start : s.end].strip()
            for s in doc.sentences
            if 40 <= s.end - s.start <= 320 and _has_number(doc.text[s.start : s.end], words)
        ]
        if not cands:
            continue
        out.append({"source": path.name, "doc_id": rec["doc_id"], "sentence": rng.choice(cands)})
        if len(out) == k:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    sh = args.shared
    rows = (
        draw(sh / "corpora" / "indosum_id.jsonl.gz", "id", 35, args.seed)
        + draw(sh / "dev" / "timex" / "kompas_dev_raw.jsonl", "id", 25, args.seed)
        + draw(sh / "corpora" / "wikinews_en.jsonl.gz", "en", 40, args.seed)
    )
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
