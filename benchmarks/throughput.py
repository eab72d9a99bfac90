"""Throughput of the full pipeline against dateparser's ``search_dates``, same documents, same run.

    python benchmarks/throughput.py [--corpora GLOB] [--sample 60] [--full]

1. A sample of documents (``--sample`` per corpus, evenly spaced) goes through
   ``cl.analyze_many`` (dates, places, quantities, facts; one core) and through
   ``dateparser.search.search_dates`` with the language given (dates only); the ratio of the two
   times is reported.
2. With ``--full``, every document of every corpus goes through ``cl.analyze_many`` (one core),
   reporting docs/s and chars/s, and the time per stage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import warnings

from _bench import DEFAULT_CORPORA, doc_records, load_corpora, machine, stage_timers, timed

import conflictlens as cl


def _dateparser(recs: list[dict]) -> tuple[float, int]:
    from dateparser.search import search_dates

    found = 0

    def run() -> None:
        nonlocal found
        found = 0
        for r in recs:
            settings = {}
            if r.get("published"):
                settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(r["published"])
            out = search_dates(r["text"], languages=[r["lang"]], settings=settings)
            found += len(out or [])

    search_dates("Warm up on 3 May 2021.", languages=["en"])
    secs, _ = timed(run)
    return secs, found


def _pipeline(recs: list[dict], repeat: int = 1) -> tuple[float, cl.Corpus]:
    cl.analyze_many(recs[:2], progress=False)  # first-call costs are measured by startup.py
    return timed(lambda: cl.analyze_many(recs, progress=False), repeat)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpora", default=DEFAULT_CORPORA)
    p.add_argument("--sample", type=int, default=60, help="documents per corpus for the ratio")
    p.add_argument("--full", action="store_true", help="also run every document (pipeline only)")
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")

    print(f"machine: {machine()}")
    sample = doc_records(load_corpora(args.corpora, args.sample))
    chars = sum(len(r["text"]) for r in sample)
    t_cl, corpus = _pipeline(sample, repeat=3)
    t_dp, n_dp = _dateparser(sample)
    print(
        f"\nsame {len(sample)} documents ({chars / 1e6:.2f} M chars), one core:\n"
        f"| | seconds | docs/s | chars/s | found |\n|---|---|---|---|---|\n"
        f"| conflictlens analyze_many (all stages) | {t_cl:.2f} | {len(sample) / t_cl:.0f} | "
        f"{chars / t_cl / 1e6:.2f} M | {len(corpus.mentions)} mentions, "
        f"{len(corpus.facts)} facts |\n"
        f"| dateparser search_dates (dates only) | {t_dp:.2f} | {len(sample) / t_dp:.1f} | "
        f"{chars / t_dp / 1e6:.3f} M | {n_dp} dates |\n"
        f"\nratio: conflictlens is {t_dp / t_cl:.1f}x faster than search_dates"
    )
    if args.full:
        recs = doc_records(load_corpora(args.corpora))
        chars = sum(len(r["text"]) for r in recs)
        with stage_timers() as stages:
            t, corpus = timed(lambda: cl.analyze_many(recs, progress=False))
        n_err = len(corpus.errors)
        print(
            f"\nfull corpora: {len(recs)} documents, {chars / 1e6:.2f} M chars, "
            f"{t:.2f} s → {len(recs) / t:.0f} docs/s, {chars / t / 1e6:.2f} M chars/s "
            f"(one core); {len(corpus.mentions)} mentions, {len(corpus.facts)} facts, "
            f"{n_err} errors"
        )
        total = sum(stages.values())
        ranked = sorted(stages.items(), key=lambda kv: -kv[1])
        print("time per stage: " + ", ".join(f"{k} {v:.2f} s ({v / total:.0%})" for k, v in ranked))
        if n_err:
            print(corpus.errors["error"].value_counts().to_string())


if __name__ == "__main__":
    main()
