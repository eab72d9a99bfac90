"""Command line: ``conflictlens demo`` and ``conflictlens analyze PATH... -o OUT``.

Examples
--------
>>> main(["--version"])  # doctest: +ELLIPSIS
conflictlens ...
0
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ._version import __version__


def _summary(a) -> list[str]:
    m = a.mentions
    kinds = m["kind"].value_counts().to_dict() if len(m) else {}
    pub = a.published.date().isoformat() if a.published is not None else "unknown"
    lines = [
        f"document {a.doc_id}: lang={a.lang} ({a.lang_source}), published={pub} "
        f"({a.published_source}), {len(a.sentences)} sentences, "
        f"{len(a.boilerplate)} boilerplate spans",
        "mentions: " + (", ".join(f"{k}={v}" for k, v in sorted(kinds.items())) or "none"),
    ]
    for kind in ("date", "duration", "place", "quantity"):
        sub = m[m["kind"] == kind]
        if len(sub):
            counts: dict[tuple[str, str], int] = {}
            for t, v in zip(sub["text"], sub["value"], strict=True):
                counts[(t, v)] = counts.get((t, v), 0) + 1
            shown = "; ".join(
                f"{t} → {v}" + (f" (×{n})" if n > 1 else "") for (t, v), n in counts.items()
            )
            lines.append(f"  {kind}: {shown}")
    lines.append(f"facts: {len(a.facts)}, timeline items: {len(a.timeline)}")
    return lines


def _demo(args: argparse.Namespace) -> int:
    from .analysis import analyze
    from .export import write_views
    from .resources import seed_metadata, seed_text

    meta = seed_metadata()
    if args.input:
        a = analyze(Path(args.input).read_text(encoding="utf-8"), lang=args.lang)
        title = a.doc_id
    else:
        a = analyze(seed_text(), lang=args.lang or meta.get("lang"), doc_id=meta["doc_id"])
        title = f"{meta.get('source', 'seed')} ({a.doc_id})"
    paths = write_views(a, args.out, title=title)
    for line in _summary(a):
        print(line)
    print("wrote:")
    for label, p in paths.items():
        print(f"  {label:16s} {p}")
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from .corpus import analyze_many
    from .io import read_any, write_frame

    out = Path(args.output)
    fmt = args.format or (out.suffix.lstrip(".") if out.suffix else "csv")
    if fmt not in ("csv", "parquet", "jsonl"):
        print(f"conflictlens: unsupported output format {fmt!r}", file=sys.stderr)
        return 2
    max_bytes = None if args.max_mb <= 0 else int(args.max_mb * 1024 * 1024)
    records = read_any(args.paths, max_bytes=max_bytes)
    if args.lang:
        records = ({**r, "lang": r.get("lang") or args.lang} for r in records)
    try:
        corpus = analyze_many(
            records, n_jobs=args.jobs, progress=not args.quiet, timeout=args.timeout
        )
    except ValueError as exc:  # bad --jobs or --timeout
        print(f"conflictlens: {exc}", file=sys.stderr)
        return 2
    base = out.with_suffix("") if out.suffix else out
    if out.suffix:  # a single file: the mentions table; siblings for the others
        targets = {"mentions": out}
        targets.update(
            {
                n: base.parent / f"{base.name}.{n}.{fmt}"
                for n in ("facts", "timeline", "documents", "errors")
            }
        )
    else:
        targets = {
            n: base / f"{n}.{fmt}" for n in ("mentions", "facts", "timeline", "documents", "errors")
        }
    frames = {n: getattr(corpus, n) for n in targets}
    for name, path in targets.items():
        write_frame(frames[name], path)
    docs = corpus.documents
    n_err = int((docs["status"] != "ok").sum())
    print(
        f"{len(docs)} documents ({len(docs) - n_err} ok, {n_err} failed), "
        f"{len(corpus.mentions)} mentions, {len(corpus.facts)} facts",
        file=sys.stderr,
    )
    for name, path in targets.items():
        print(f"  {name:10s} {path}", file=sys.stderr)
    sources = dict(zip(docs["index"], docs["source"], strict=True))
    for row in corpus.errors.itertuples():
        where = sources.get(row.index)
        where = f" ({where})" if isinstance(where, str) else ""
        print(f"error: {row.doc_id}{where}: {row.message}", file=sys.stderr)
    return 1 if n_err else 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``conflictlens`` command."""
    p = argparse.ArgumentParser(
        prog="conflictlens", description="When, where and how many from conflict news text."
    )
    p.add_argument("--version", action="version", version=f"conflictlens {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("demo", help="analyze the bundled seed article and write tables and figures")
    d.add_argument("-o", "--out", default="conflictlens-demo", help="output folder")
    d.add_argument("--input", help="analyze this text file instead of the seed")
    d.add_argument("--lang", help="language code of --input (detected when omitted)")
    d.set_defaults(func=_demo)
    a = sub.add_parser("analyze", help="analyze text, JSONL or CSV files")
    a.add_argument("paths", nargs="+", help="files, folders or globs (.txt, .jsonl[.gz], .csv)")
    a.add_argument(
        "-o",
        "--output",
        required=True,
        help="output file (mentions; siblings for the other tables) or folder",
    )
    a.add_argument("--format", choices=["csv", "parquet", "jsonl"], help="output format")
    a.add_argument("--lang", help="language of documents that do not state one")
    a.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (-1: all cores)")
    a.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    a.add_argument(
        "--timeout",
        type=float,
        help="seconds one document may take before it is stopped and reported (runs in workers)",
    )
    a.add_argument(
        "--max-mb",
        type=float,
        default=64,
        help="skip (and report) text files larger than this many MB; 0: no limit (default 64)",
    )
    a.set_defaults(func=_analyze)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --version / --help / usage errors
        return int(exc.code or 0)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
