"""Where the time goes: profile ``analyze_many`` over a corpus sample (one core).

    python benchmarks/profile_pipeline.py [--corpora GLOB] [--sample 100] [--top 25]
    python benchmarks/profile_pipeline.py --pyinstrument      # call tree (pip install pyinstrument)

Prints the time per pipeline stage and the functions with the most time of their own (cProfile),
restricted to conflictlens code, so a profile-guided pass starts from the top of that list.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
import warnings

from _bench import DEFAULT_CORPORA, doc_records, load_corpora, stage_timers

import conflictlens as cl


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpora", default=DEFAULT_CORPORA)
    p.add_argument("--sample", type=int, default=100, help="documents per corpus")
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--pyinstrument", action="store_true", help="print a call tree instead")
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")
    recs = doc_records(load_corpora(args.corpora, args.sample))
    chars = sum(len(r["text"]) for r in recs)
    cl.analyze_many(recs[:4], progress=False)  # load data first: profile the steady state

    with stage_timers() as stages:
        t = time.perf_counter()
        cl.analyze_many(recs, progress=False)
        secs = time.perf_counter() - t
    total = sum(stages.values())
    print(f"{len(recs)} documents, {chars / 1e6:.2f} M chars: {secs:.2f} s, "
          f"{chars / secs / 1e6:.2f} M chars/s")  # fmt: skip
    ranked = sorted(stages.items(), key=lambda kv: -kv[1])
    print("stages: " + ", ".join(f"{k} {v:.2f} s ({v / total:.0%})" for k, v in ranked) + "\n")

    if args.pyinstrument:
        from pyinstrument import Profiler

        prof = Profiler(interval=0.001)
        prof.start()
        cl.analyze_many(recs, progress=False)
        prof.stop()
        print(prof.output_text(unicode=False, color=False))
        return
    prof = cProfile.Profile()
    prof.enable()
    cl.analyze_many(recs, progress=False)
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).sort_stats("tottime")
    stats.print_stats("conflictlens", args.top)
    lines = out.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    print("functions with the most own time (cProfile, conflictlens only):")
    print("\n".join(lines[start:]))


if __name__ == "__main__":
    main()
