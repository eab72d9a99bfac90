"""Start-up costs: ``import conflictlens`` time, first-call latency, peak RSS.

    python benchmarks/startup.py [--runs 5]

Each measurement runs in a fresh interpreter (median of ``--runs``). Also checks that importing
the core does not import matplotlib, IPython or Dask.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from _bench import machine, median

_PROBE = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import conflictlens as cl
t1 = time.perf_counter()
heavy = sorted(m for m in ("matplotlib", "IPython", "dask", "distributed", "dateparser")
               if m in sys.modules)
text = cl.seed_text()
t2 = time.perf_counter()
a = cl.analyze(text)
n = len(a.mentions)
t3 = time.perf_counter()
cl.analyze(text).mentions
t4 = time.perf_counter()
rss_one = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
corpus = sys.argv[1] if len(sys.argv) > 1 else ""
rss_corpus = None
if corpus:
    c = cl.analyze_many(cl.read_jsonl(corpus), progress=False)
    rss_corpus = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"import": t1 - t0, "first": t3 - t2, "second": t4 - t3, "mentions": n,
                  "heavy": heavy, "rss_one": rss_one, "rss_corpus": rss_corpus}))
"""


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument(
        "--corpus",
        default=str(
            __import__("pathlib").Path(__file__).resolve().parents[2]
            / "shared/corpora/wikinews_en.jsonl.gz"
        ),
        help="corpus for the peak-RSS-over-a-corpus measurement",
    )
    args = p.parse_args(argv)
    runs = []
    for i in range(args.runs):
        extra = [args.corpus] if i == 0 else []
        out = subprocess.run(
            [sys.executable, "-c", _PROBE, *extra], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"machine: {machine()}\n")
    print(f"| measure | median of {args.runs} fresh processes |")
    print("|---|---|")
    print(f"| `import conflictlens` | {median([r['import'] for r in runs]):.3f} s |")
    print(f"| first `cl.analyze(seed)` (loads data) | {median([r['first'] for r in runs]):.3f} s |")
    print(f"| second `cl.analyze(seed)` | {median([r['second'] * 1000 for r in runs]):.1f} ms |")
    print(f"| peak RSS after one document | {median([r['rss_one'] for r in runs]):.0f} MB |")
    if runs[0]["rss_corpus"]:
        print(f"| peak RSS after `analyze_many` over {args.corpus.rsplit('/', 1)[-1]} | "
              f"{runs[0]['rss_corpus']:.0f} MB |")  # fmt: skip
    print(f"| heavy modules imported by `import conflictlens` | {runs[0]['heavy'] or 'none'} |")


if __name__ == "__main__":
    main()
