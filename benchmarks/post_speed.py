"""CPU time of the stages around the extractors: documents, sentences, facts, frames, corpus loop.

    python benchmarks/post_speed.py [--corpora GLOB] [--sample 100000] [--repeat 3]

The extractors run once, untimed; then each stage is timed on their output with
``time.process_time`` (best of ``--repeat``), so the numbers do not depend on the extractors'
speed and are fair on a shared machine. Compare two checkouts by running this script with each
one's ``src`` on ``PYTHONPATH``, alternating.
"""

from __future__ import annotations

import argparse
import time
import warnings

from _bench import DEFAULT_CORPORA, doc_records, load_corpora

import conflictlens as cl
from conflictlens import corpus, facts, pipeline
from conflictlens.document import make_document


def best(fn, repeat: int) -> float:
    out = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        out = min(out, time.process_time() - t)
    return out


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpora", default=DEFAULT_CORPORA)
    p.add_argument("--sample", type=int, default=100_000, help="documents per corpus")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--chunk", type=int, default=64)
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")
    recs = doc_records(load_corpora(args.corpora, args.sample))
    cl.analyze_many(recs[:4], progress=False)
    results = [pipeline.run(make_document(r["text"], r.get("lang"), r.get("published"),
                                          r.get("doc_id"))) for r in recs]  # fmt: skip
    chunks = [results[i : i + args.chunk] for i in range(0, len(results), args.chunk)]
    rows = [
        {"doc_id": r.doc.doc_id, "index": i, "status": "ok", "lang": r.doc.lang,
         "lang_source": r.doc.lang_source, "published": r.doc.published,
         "published_source": r.doc.published_source, "n_chars": len(r.doc.text),
         "n_mentions": len(r.mentions), "n_facts": len(r.facts), "n_timeline": len(r.timeline),
         "source": None}
        for i, r in enumerate(results)
    ]  # fmt: skip

    def documents():
        for r in recs:
            make_document(r["text"], r.get("lang"), r.get("published"), r.get("doc_id"))

    def sentences():
        for r in results:
            pipeline.assign_sentences(r.doc, r.mentions)

    def build():
        for r in results:
            facts.build(r.doc, r.mentions)

    built = []

    def frames():
        built.clear()
        built.extend(pipeline.frames(c) for c in chunks)

    frames()

    def gather():
        for name in corpus.RESULT_FRAMES:
            corpus.concat(name, [b[name] for b in built])
        cl.schema.frame("documents", rows)

    times = {
        "document": best(documents, args.repeat),
        "assign": best(sentences, args.repeat),
        "facts": best(build, args.repeat),
        "frames": best(frames, args.repeat),
        "gather": best(gather, args.repeat),
    }
    chars = sum(len(r["text"]) for r in recs)
    print(f"{len(recs)} documents, {chars / 1e6:.2f} M chars; CPU s, best of {args.repeat}:")
    line = "  ".join(f"{k} {v:.3f}" for k, v in times.items())
    print(f"{line}  total {sum(times.values()):.3f}")


if __name__ == "__main__":
    main()
