"""Pick 50 conflict articles from English Wikinews into a small sample shipped with the package.

Source: ``shared/corpora/wikinews_en.jsonl.gz`` (English Wikinews 2019–2021, CC BY 2.5; see
``data/samples/SOURCES.md``). Selection is deterministic: articles of 500–8,000 characters that use
at least three distinct conflict words (below), ranked by how many conflict words they use per
1,000 characters, ties broken by ``doc_id``. Each record keeps ``doc_id``, ``lang``, ``title``,
``published``, ``text`` and adds ``source`` (the Wikinews URL) and ``licence``.

Usage::

    python scripts/build_sample.py [../shared/corpora/wikinews_en.jsonl.gz]
    python scripts/update_manifest.py
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "wikinews_en.jsonl.gz"
OUT = ROOT / "src" / "conflictlens" / "_data" / "samples" / "wikinews_conflict_50.jsonl.gz"
N = 50
WORDS = (
    "killed",
    "attack",
    "attacks",
    "war",
    "troops",
    "military",
    "bomb",
    "bombing",
    "explosion",
    "shooting",
    "gunmen",
    "soldiers",
    "rebels",
    "militants",
    "airstrike",
    "airstrikes",
    "casualties",
    "dead",
    "wounded",
    "injured",
    "clashes",
    "conflict",
    "protesters",
    "police",
    "army",
    "ceasefire",
    "fighting",
    "killing",
    "died",
    "hostages",
)
# One alternation of literal words between word boundaries: linear time.
WORD_RE = re.compile(r"\b(" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")\b", re.I)


def score(text: str) -> tuple[int, float]:
    hits = [m.group(1).lower() for m in WORD_RE.finditer(text)]
    return len(set(hits)), 1000.0 * len(hits) / max(len(text), 1)


def select(records: list[dict]) -> list[dict]:
    ranked = []
    for r in records:
        text = r.get("text") or ""
        if not 500 <= len(text) <= 8000:
            continue
        distinct, density = score(text)
        if distinct >= 3:
            ranked.append((-density, r["doc_id"], r))
    ranked.sort(key=lambda t: (t[0], t[1]))
    out = []
    for _, _, r in ranked[:N]:
        slug = r["doc_id"].removeprefix("wikinews-")
        out.append(
            {
                "doc_id": r["doc_id"],
                "lang": r.get("lang", "en"),
                "title": r.get("title"),
                "published": r.get("published"),
                "text": r["text"],
                "source": f"https://en.wikinews.org/wiki/{slug}",
                "licence": "CC BY 2.5",
            }
        )
    out.sort(key=lambda r: r["doc_id"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    sample = select(records)
    if len(sample) < N:
        raise SystemExit(f"only {len(sample)} articles qualify; expected {N}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    # mtime=0 and no file name: the output is byte-reproducible.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        for r in sample:
            gz.write((json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    OUT.write_bytes(buf.getvalue())
    print(f"{len(sample)} articles, {OUT.stat().st_size} bytes -> {OUT}")


if __name__ == "__main__":
    main()
