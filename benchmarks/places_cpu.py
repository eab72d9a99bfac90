"""CPU time of the places stage (``places.extract``) over the benchmark corpora, on one core.

Usage::

    python benchmarks/places_cpu.py [--corpora GLOB] [--repeat 3]

Documents are built first (not timed); then every document's place mentions are extracted,
``--repeat`` times, and the best CPU time (``time.process_time``) is printed with a digest of
the mentions (equal digests: equal output). Compare two checkouts by running this alternately
with each on ``PYTHONPATH`` (the machine may be shared: CPU time, best of several runs).
"""

from __future__ import annotations

import argparse
import hashlib
import time

from _bench import DEFAULT_CORPORA, doc_records, load_corpora


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpora", default=DEFAULT_CORPORA)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    from conflictlens.document import make_document
    from conflictlens.extract import places

    recs = doc_records(load_corpora(args.corpora))
    docs = [make_document(r["text"], lang=r.get("lang")) for r in recs]
    chars = sum(len(d.text) for d in docs)
    for d in docs[:1] + docs[-1:]:
        places.extract(d)  # load the gazetteer and the rules of each language first
    best, out = float("inf"), []
    for _ in range(args.repeat):
        t = time.process_time()
        out = [places.extract(d) for d in docs]
        best = min(best, time.process_time() - t)
    rows = [[(m.start, m.end, m.text, m.value, m.country, m.lat, m.lon) for m in o] for o in out]
    digest = hashlib.sha1(repr(rows).encode()).hexdigest()[:12]
    print(
        f"{places.__file__}: {len(docs)} documents, {chars / 1e6:.2f} M chars: "
        f"best {best:.3f} s CPU, {chars / best / 1e6:.2f} M chars/s (mentions {digest})"
    )


if __name__ == "__main__":
    main()
