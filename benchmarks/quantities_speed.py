"""CPU time of the quantities stage, two source trees compared in one process.

Usage::

    python benchmarks/quantities_speed.py OLD_SRC NEW_SRC [--sample N] [--rounds 3]

Documents and their temporal mentions are prepared once (with ``NEW_SRC``); then
``quantities.extract`` of each tree runs over every document, alternating old and new per chunk of
50 documents (the order flips every chunk), so that load from other processes on a shared machine
falls on both sides alike. Prints the CPU time (``time.process_time``) of each side per round and
the best of the rounds, and checks that both trees return the same mentions.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import warnings

from _bench import DEFAULT_CORPORA, doc_records, load_corpora

CHUNK = 50
_FIELDS = ("start", "end", "text", "value", "mod", "amount", "low", "high", "unit", "category")


def _load(src: str):
    """Import ``conflictlens`` from ``src`` (dropping any other loaded copy first)."""
    for name in [k for k in sys.modules if k == "conflictlens" or k.startswith("conflictlens.")]:
        del sys.modules[name]
    sys.path.insert(0, src)
    try:
        return importlib.import_module("conflictlens.extract.quantities")
    finally:
        sys.path.remove(src)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--corpora", default=DEFAULT_CORPORA)
    p.add_argument("--sample", type=int, default=100000, help="documents per corpus")
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")
    old = _load(args.old)
    new = _load(args.new)  # the tree the documents are prepared with
    from conflictlens.document import make_document
    from conflictlens.extract import temporal

    items = []
    for r in doc_records(load_corpora(args.corpora, args.sample)):
        doc = make_document(r["text"], r.get("lang"), r.get("published"), r.get("doc_id"))
        if doc.published is None:
            doc.published, doc.published_source = temporal.infer_published(doc)
        items.append((doc, temporal.extract(doc)))
    chars = sum(len(d.text) for d, _ in items)
    same = all(
        [[getattr(m, f) for f in _FIELDS] for m in old.extract(d, t)]
        == [[getattr(m, f) for f in _FIELDS] for m in new.extract(d, t)]
        for d, t in items
    )
    print(f"{len(items)} documents, {chars / 1e6:.2f} M chars; same mentions: {same}")
    best = {"old": float("inf"), "new": float("inf")}
    for rnd in range(args.rounds):
        total = {"old": 0.0, "new": 0.0}
        for c in range(0, len(items), CHUNK):
            sides = [("old", old.extract), ("new", new.extract)]
            if (c // CHUNK + rnd) % 2:
                sides.reverse()
            for name, extract in sides:
                t = time.process_time()
                for doc, tmx in items[c : c + CHUNK]:
                    extract(doc, tmx)
                total[name] += time.process_time() - t
        for k in best:
            best[k] = min(best[k], total[k])
        print(f"round {rnd}: old {total['old']:.3f} s, new {total['new']:.3f} s CPU")
    rate = {k: chars / v / 1e6 for k, v in best.items()}
    print(
        f"best of {args.rounds}: old {best['old']:.3f} s ({rate['old']:.2f} M chars/s), "
        f"new {best['new']:.3f} s ({rate['new']:.2f} M chars/s), "
        f"new/old {best['new'] / best['old']:.3f}"
    )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
