"""CPU time of the temporal stages after the scan: ``infer_published`` and ``extract`` with the
scan (tokens and grammar matches) already done.

    python benchmarks/temporal_post.py [--corpora GLOB] [--sample 100000] [--repeat 3]

Each document is scanned once, untimed (``_scan`` keeps the last scan); then ``infer_published``
(when the record has no date) and ``extract`` run ``--repeat`` times on it, timed with
``time.process_time``. Prints the best total over the repeats and the sum of the per-document
bests. Compare two checkouts by running this script with each one's ``src`` on ``PYTHONPATH``,
alternating.
"""

from __future__ import annotations

import argparse
import time
import warnings

from _bench import DEFAULT_CORPORA, doc_records, load_corpora

from conflictlens.document import make_document
from conflictlens.extract import temporal
from conflictlens.extract.temporal.scan import _scan


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpora", default=DEFAULT_CORPORA)
    p.add_argument("--sample", type=int, default=100_000, help="documents per corpus")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")
    recs = doc_records(load_corpora(args.corpora, args.sample))
    totals = [0.0] * args.repeat
    per_doc_best = scan_total = 0.0
    n_chars = 0
    clock = time.process_time
    for r in recs:
        doc = make_document(r["text"], r.get("lang"), r.get("published"), r.get("doc_id"))
        n_chars += len(doc.text)
        given = doc.published, doc.published_source
        t = clock()
        _scan(doc.masked or doc.text, doc.lang)
        scan_total += clock() - t
        best = float("inf")
        for k in range(args.repeat):
            doc.published, doc.published_source = given
            t = clock()
            if doc.published is None:
                doc.published, doc.published_source = temporal.infer_published(doc)
            temporal.extract(doc)
            spent = clock() - t
            totals[k] += spent
            best = min(best, spent)
        per_doc_best += best
    print(
        f"{len(recs)} docs, {n_chars:,} chars: scan {scan_total:.3f} s; after the scan: "
        f"first run {totals[0]:.3f} s, "
        f"best total {min(totals):.3f} s, sum of per-document bests {per_doc_best:.3f} s"
    )


if __name__ == "__main__":
    main()
