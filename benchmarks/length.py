"""Cost against document length, 1 KB … 1 MB: time per MB should be flat (linear time).

    python benchmarks/length.py [--corpora GLOB] [--max-kb 1024]

Documents of each length are made by joining real corpus articles (Indonesian and English
separately) so that mention density is realistic; each is analysed with ``cl.analyze``.
"""

from __future__ import annotations

import argparse
import warnings

from _bench import DEFAULT_CORPORA, load_corpora, machine, timed

import conflictlens as cl


def build(articles: list[str], size: int) -> str:
    parts, n, i = [], 0, 0
    while n < size:
        a = articles[i % len(articles)]
        parts.append(a)
        n += len(a) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def _analyze(text: str, lang: str) -> cl.Analysis:
    a = cl.analyze(text, lang=lang, published="2020-01-01")
    _ = a.mentions, a.facts, a.timeline  # frames are built lazily: include them
    return a


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpora", default=DEFAULT_CORPORA)
    p.add_argument("--max-kb", type=int, default=1024)
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")
    recs = load_corpora(args.corpora, 400)
    by_lang: dict[str, list[str]] = {}
    for r in recs:
        by_lang.setdefault(r["lang"], []).append(r["text"])
    sizes = [kb for kb in (1, 4, 16, 64, 256, 1024, 4096) if kb <= args.max_kb]
    print(f"machine: {machine()}\n")
    print("| lang | size | seconds | ms per KB | M chars/s | mentions |")
    print("|---|---|---|---|---|---|")
    cl.analyze("Kemarin 3 orang tewas di Gaza.", lang="id")
    for lang, articles in sorted(by_lang.items()):
        for kb in sizes:
            text = build(articles, kb * 1024)
            repeat = max(1, min(20, 256 // kb))
            secs, a = timed(lambda t=text, g=lang: _analyze(t, g), repeat)
            print(
                f"| {lang} | {kb} KB | {secs:.4f} | {secs * 1000 / kb:.3f} | "
                f"{len(text) / secs / 1e6:.2f} | {len(a.mentions)} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
