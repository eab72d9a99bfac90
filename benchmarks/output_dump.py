"""Dump the pipeline's output over a corpus sample, or compare it with an earlier dump.

    python benchmarks/output_dump.py --out /tmp/base.json [--sample 600]
    python benchmarks/output_dump.py --compare /tmp/base.json [--sample 600]

A speed pass must not change behaviour: the mentions, facts, timeline and publication dates
(with their source) of every sampled document are written as CSV text per frame; ``--compare``
reruns and reports the first differing lines of each frame (exit 1 on any difference).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import warnings

from _bench import DEFAULT_CORPORA, doc_records, load_corpora

import conflictlens as cl


def dump(pattern: str, sample: int) -> dict[str, str]:
    recs = doc_records(load_corpora(pattern, sample))
    corpus = cl.analyze_many(recs, progress=False)
    docs = corpus.documents
    out = {
        name: getattr(corpus, name).to_csv(index=False)
        for name in ("mentions", "facts", "timeline")
    }
    out["documents"] = docs.to_csv(index=False)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpora", default=DEFAULT_CORPORA)
    p.add_argument("--sample", type=int, default=600, help="documents per corpus")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--out")
    g.add_argument("--compare")
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")
    got = dump(args.corpora, args.sample)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(got, fh)
        print({k: v.count("\n") for k, v in got.items()})
        return 0
    with open(args.compare, encoding="utf-8") as fh:
        base = json.load(fh)
    bad = 0
    for k, v in base.items():
        if got.get(k) == v:
            print(f"{k}: identical ({v.count(chr(10))} lines)")
            continue
        bad += 1
        diff = difflib.unified_diff(v.splitlines(), got.get(k, "").splitlines(), lineterm="", n=0)
        print(f"{k}: DIFFERENT")
        for i, line in enumerate(diff):
            if i >= 40:
                break
            print("   ", line[:300])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
