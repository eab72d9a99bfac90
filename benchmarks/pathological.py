"""Linear time on hostile inputs: time per MB must stay flat as the input grows.

    python benchmarks/pathological.py [--timeout 120] [--max-mb 10]

Each input family is generated at growing sizes (0.1, 0.3, 1 MB; the article up to 10 MB) and
analysed in a forked child killed after ``--timeout`` seconds, so a catastrophic regex shows up
as a timeout instead of hanging the benchmark. The time of each pipeline stage is reported, so a
super-linear family points at the module responsible.
"""

from __future__ import annotations

import argparse
import time
import warnings

from _bench import machine, run_with_timeout, stage_timers

import conflictlens as cl

MB = 1_000_000


def _repeat(unit: str):
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _article(n: int) -> str:
    seed = cl.seed_text()
    return ((seed + "\n\n") * (n // (len(seed) + 2) + 1))[:n]


FAMILIES = {
    "digits (10^6 at 1 MB)": _repeat("1"),
    "digit groups 1.000,": _repeat("1.000,"),
    "punctuation run": _repeat("!?.,;:-–—()[]\"'/"),
    "spaces": _repeat(" "),
    "newlines": _repeat("\n"),
    "dots and spaces": _repeat(". "),
    "run of dots then a letter": lambda n: "." * (n - 1) + "x",
    "run of ?! then a letter": lambda n: ("?!" * n)[: n - 1] + "x",
    "run of spaces after a full stop": lambda n: "Akhir." + " " * (n - 7) + "!",
    "month name x N (10^5 at 1 MB)": _repeat("September "),
    "day month year x N": _repeat("12 September 2020 "),
    "number words": _repeat("seratus ribu juta "),
    "quantity phrases": _repeat("lebih dari 300 orang tewas, "),
    "open brackets": _repeat("("),
    "one long line of words": _repeat("kata "),
    "capitalised words (place-like)": _repeat("Kota Besar "),
    "seed article (news)": _article,
}


def _measure(make, size: int) -> dict:
    text = make(size)
    with stage_timers() as stages:
        t = time.perf_counter()
        a = cl.analyze(text, lang="id", published="2022-12-23")
        n = len(a.mentions)
        _ = a.facts, a.timeline  # frames are built lazily: include them
        secs = time.perf_counter() - t
    return {"secs": secs, "mentions": n, "stages": dict(stages)}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--timeout", type=float, default=120)
    p.add_argument("--max-mb", type=float, default=10)
    p.add_argument("--only", help="run only families whose name contains this")
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")
    cl.analyze("Kemarin 3 orang tewas di Gaza pada 3 Mei 2021.", lang="id")  # load data pre-fork
    print(f"machine: {machine()}\n")
    print("| input | size | seconds | s per MB | mentions | slowest stage |")
    print("|---|---|---|---|---|---|")
    for name, make in FAMILIES.items():
        if args.only and args.only not in name:
            continue
        sizes = [int(0.1 * MB), int(0.3 * MB), MB]
        if name.startswith("seed"):
            sizes += [m * MB for m in (3, 10) if m <= args.max_mb]
        for size in sizes:
            status, res = run_with_timeout(_measure, (make, size), args.timeout)
            label = f"{size / MB:g} MB"
            if status != "ok":
                print(f"| {name} | {label} | {status} {res or ''} | | | |", flush=True)
                break
            slowest = max(res["stages"].items(), key=lambda kv: kv[1], default=("-", 0))
            print(
                f"| {name} | {label} | {res['secs']:.2f} | {res['secs'] / (size / MB):.2f} | "
                f"{res['mentions']} | {slowest[0]} {slowest[1]:.2f} s |",
                flush=True,
            )


if __name__ == "__main__":
    main()
