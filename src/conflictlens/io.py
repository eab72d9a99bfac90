"""Read corpora as records (text, JSONL, CSV, Parquet) and write frames.

Readers yield plain dict records (``text``, ``doc_id``, ``lang``, ``published``, ``source``),
lazily, so a corpus never has to fit in memory; a record that cannot be read still yields a record
(with ``error``) so that no input is lost.

Examples
--------
>>> import json, tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "c.jsonl")
>>> with open(path, "w") as f:
...     _ = f.write(json.dumps({"doc_id": "a", "text": "Hari ini."}) + "\\n")
>>> [r["doc_id"] for r in read_jsonl(path)]
['a']
"""

from __future__ import annotations

import csv
import glob
import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

PathLike = str | os.PathLike

_FIELDS = ("text", "doc_id", "lang", "published")


def _open_text(path: PathLike) -> io.TextIOBase:
    p = str(path)
    if p.endswith(".gz"):
        return gzip.open(p, "rt", encoding="utf-8", errors="strict", newline="")
    return open(p, encoding="utf-8", errors="strict", newline="")


def read_jsonl(path: PathLike) -> Iterator[dict[str, Any]]:
    """Yield one record per line of a JSON Lines file (``.gz`` allowed).

    A line that is not a JSON object yields a record with an ``error`` key instead of raising.
    """
    with _open_text(path) as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            source = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield {"source": source, "error": f"invalid JSON: {exc}"}
                continue
            if not isinstance(obj, dict):
                yield {"source": source, "error": "a JSON Lines record must be an object"}
                continue
            obj.setdefault("source", source)
            yield obj


def read_csv(path: PathLike, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Yield one record per row of a CSV file with a ``text`` column (``.gz`` allowed)."""
    with _open_text(path) as fh:
        for rowno, row in enumerate(csv.DictReader(fh, **kwargs), 2):
            rec: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items() if k}
            rec.setdefault("source", f"{path}:{rowno}")
            yield rec


def expand_paths(paths: PathLike | Iterable[PathLike]) -> list[str]:
    """Expand files, directories (their files, sorted) and glob patterns into file paths."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    out: list[str] = []
    for p in paths:
        s = str(p)
        if any(ch in s for ch in "*?["):
            out.extend(sorted(glob.glob(s, recursive=True)))
        elif os.path.isdir(s):
            out.extend(sorted(str(x) for x in Path(s).rglob("*") if x.is_file()))
        else:
            out.append(s)
    return out


def read_texts(paths: PathLike | Iterable[PathLike]) -> Iterator[dict[str, Any]]:
    """Yield one record per plain-text file (files, directories or globs).

    The file name without extension is the ``doc_id``. Unreadable or non-UTF-8 files yield a record
    with an ``error`` key.
    """
    for path in expand_paths(paths):
        doc_id = Path(path).name.split(".")[0]
        try:
            with _open_text(path) as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            yield {"doc_id": doc_id, "source": path, "error": f"{type(exc).__name__}: {exc}"}
            continue
        if "\x00" in text:
            yield {"doc_id": doc_id, "source": path, "error": "binary file (contains NUL bytes)"}
            continue
        yield {"doc_id": doc_id, "text": text, "source": path}


def read_any(paths: PathLike | Iterable[PathLike]) -> Iterator[dict[str, Any]]:
    """Yield records from files of any supported kind, chosen by extension."""
    for path in expand_paths(paths):
        name = path.lower().removesuffix(".gz")
        if not os.path.exists(path):
            yield {"doc_id": Path(path).name, "source": path, "error": "file not found"}
            continue
        try:
            if name.endswith((".jsonl", ".ndjson")):
                yield from read_jsonl(path)
            elif name.endswith(".csv"):
                yield from read_csv(path)
            else:
                yield from read_texts([path])
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            yield {"doc_id": Path(path).name, "source": path, "error": f"{type(exc).__name__}: {exc}"}


def write_frame(df: pd.DataFrame, path: PathLike) -> Path:
    """Write a frame as CSV, Parquet or JSONL, chosen by the extension of ``path``."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    suffix = p.suffix.lower()
    if suffix == ".csv":
        df.to_csv(p, index=False)
    elif suffix in (".parquet", ".pq"):
        df.to_parquet(p, index=False)
    elif suffix in (".jsonl", ".ndjson"):
        df.to_json(p, orient="records", lines=True, date_format="iso", force_ascii=False)
    else:
        raise ValueError(f"unsupported output format {suffix!r}: use .csv, .parquet or .jsonl")
    return p


def read_parquet(directory: PathLike) -> dict[str, pd.DataFrame]:
    """Read the frames written by ``Corpus.to_parquet(directory)``, with their dtypes."""
    from . import schema

    out = {}
    for name in schema.SCHEMAS:
        path = Path(directory) / f"{name}.parquet"
        if path.exists():
            df = pd.read_parquet(path)
            out[name] = df.astype(schema.dtypes(name))
    return out


__all__ = ["read_any", "read_csv", "read_jsonl", "read_parquet", "read_texts", "write_frame"]
_ = _FIELDS
