"""Audit every regular expression conflictlens compiles for super-linear matching.

    python benchmarks/regex_audit.py [--n 2000] [--factor 4]

Every pattern compiled by code under ``src/conflictlens`` while the package is imported and run
on sample texts (Indonesian and English) is collected. Each is then run with ``finditer`` over
adversarial inputs (runs of one character class, repeated tokens, near-misses) at two sizes,
``n`` and ``factor * n`` characters. Linear matching grows the time about ``factor``-fold;
backtracking that is quadratic or worse grows it ``factor**2``-fold or more. Patterns whose
growth exceeds ``1.5 * factor`` (and that take over 5 ms at the larger size) are listed with
the module that compiled them.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = str(REPO / "src" / "conflictlens")
SEED = REPO / "seeds" / "000_c7a1eaa441f16691.txt"

UNITS = [
    "a", "A", "1", " ", ".", ",", "-", "(", ")", "/", ":", "\n", "\t", "é", "'", '"',
    "1 ", "1.", "1,", "12 ", "1.000", "a ", "Aa ", "A. ", "aa-", "1-", "1/", ". ", ", ",
    "September ", "Mei ", "12 September ", "tahun ", "hari ", "lebih dari ", "sekitar ",
    "orang ", "people ", "killed ", "at least ", "Kota ", "di ", "in ", "the ", "ke-",
    "Baca Juga ", "(L/", "A/", "Jl. ", "\n\n", " \n",
]  # fmt: skip


def collect(samples: list[tuple[str, str]]) -> dict[tuple[str, int], str]:
    """Import and run conflictlens, recording every pattern compiled from its source files."""
    found: dict[tuple[str, int], str] = {}
    real = re._compile  # private, but the one funnel every re function goes through

    def spy(pattern, flags):
        compiled = real(pattern, flags)
        key = (compiled.pattern, compiled.flags)
        if isinstance(compiled.pattern, str) and key not in found:
            frame = sys._getframe(1)
            for _ in range(6):
                if frame is None:
                    break
                if frame.f_code.co_filename.startswith(SRC):
                    found[key] = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
                    break
                frame = frame.f_back
        return compiled

    re._compile = spy
    try:
        import conflictlens as cl

        for lang, text in samples:
            a = cl.analyze(text, lang=lang, published="2022-12-23")
            _ = a.mentions, a.facts, a.timeline
    finally:
        re._compile = real
    return found


def cost(rx: re.Pattern[str], text: str, budget: float, repeat: int = 3) -> float:
    """Best of ``repeat`` runs of ``finditer`` over ``text`` (each capped at ``budget`` s)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in rx.finditer(text):
            if time.perf_counter() - t > budget:
                break
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=2000)
    p.add_argument("--factor", type=int, default=4)
    p.add_argument("--budget", type=float, default=10.0, help="seconds per match run (cap)")
    args = p.parse_args(argv)

    # conflictlens is imported inside collect(), so module-level patterns are seen too.
    samples = [
        ("id", SEED.read_text(encoding="utf-8")),
        ("id", "Kemarin, lebih dari 300 orang tewas di Gaza pada 23/12/2022 selama 44 hari."),
        (
            "en",
            "At least 30 people were killed in Kabul on Friday, 27 August 2021, officials said.",
        ),
        ("en", "About 1,200 people fled Mariupol last week; two years ago 3 were injured."),
    ]
    patterns = collect(samples)
    print(f"{len(patterns)} patterns compiled by conflictlens; n={args.n}, x{args.factor}\n")
    flagged = []
    for (pattern, flags), where in sorted(patterns.items(), key=lambda kv: kv[1]):
        if pattern.startswith("(?s:") and pattern.endswith(r"\Z"):
            continue  # fnmatch/glob patterns, matched against short file names only
        rx = re.compile(pattern, flags)
        worst = (0.0, 0.0, "")
        for unit in UNITS:
            for tail in ("", "!", "\x00"):
                small = unit * (args.n // len(unit)) + tail
                big = unit * (args.factor * args.n // len(unit)) + tail
                t1 = cost(rx, small, args.budget)
                t2 = cost(rx, big, args.budget)
                if t2 > worst[1]:
                    worst = (t1, t2, repr(unit + tail))
        t1, t2, unit = worst
        growth = t2 / t1 if t1 > 0 else 0.0
        if t2 > 0.005 and growth > 1.5 * args.factor:
            flagged.append((where, pattern, unit, t1, t2, growth))
    if not flagged:
        print("no pattern grows faster than linearly on these inputs")
    else:
        print("| compiled at | input unit | time n | time x | growth | pattern |")
        print("|---|---|---|---|---|---|")
        for where, pattern, unit, t1, t2, growth in flagged:
            short = pattern if len(pattern) < 80 else pattern[:77] + "..."
            print(
                f"| {where} | {unit} | {t1 * 1000:.1f} ms | {t2 * 1000:.1f} ms | {growth:.0f}x | "
                f"`{short.replace('|', '¦')}` |"
            )


if __name__ == "__main__":
    main()
