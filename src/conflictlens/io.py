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
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from .corpus import Corpus

PathLike = str | os.PathLike

#: Default size limit of one input file for :func:`read_texts` / :func:`read_any` (bytes).
MAX_BYTES = 64 * 1024 * 1024
# Errors a damaged or unreadable file can raise part-way through a stream.
_READ_ERRORS = (OSError, EOFError, UnicodeDecodeError, csv.Error, zlib.error)


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
    """Yield one record per row of a CSV file with a ``text`` column (``.gz`` allowed).

    Keyword arguments go to :class:`csv.DictReader`. Fields may be as long as an article
    (the csv module's default limit of 128 KB is raised).

    Examples
    --------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "c.csv")
    >>> with open(path, "w") as f:
    ...     _ = f.write('doc_id,text\\nA,"Hari ini, 3 orang."\\n')
    >>> [(r["doc_id"], r["text"]) for r in read_csv(path)]
    [('A', 'Hari ini, 3 orang.')]
    """
    # News articles in one cell exceed the default limit; the limit is process-global.
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    with _open_text(path) as fh:
        for rowno, row in enumerate(csv.DictReader(fh, **kwargs), 2):
            rec: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items() if k}
            rec.setdefault("source", f"{path}:{rowno}")
            yield rec


_CSV_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


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


def read_texts(
    paths: PathLike | Iterable[PathLike], *, max_bytes: int | None = MAX_BYTES
) -> Iterator[dict[str, Any]]:
    """Yield one record per plain-text file (files, directories or globs; ``.gz`` allowed).

    The file name without extension is the ``doc_id``. A file that cannot be read, is not
    UTF-8, is binary (contains NUL), is empty or is larger than ``max_bytes`` yields a record
    with an ``error`` key saying so, so that it is reported rather than lost.

    Examples
    --------
    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> for name, body in [("a.txt", "Kemarin."), ("b.txt", "")]:
    ...     with open(os.path.join(folder, name), "w") as f:
    ...         _ = f.write(body)
    >>> [(r["doc_id"], r.get("error")) for r in read_texts(os.path.join(folder, "*.txt"))]
    [('a', None), ('b', 'empty file')]
    """
    for path in expand_paths(paths):
        doc_id = _stem(path)
        try:
            size = os.path.getsize(path)
            if max_bytes is not None and size > max_bytes:
                yield {
                    "doc_id": doc_id,
                    "source": path,
                    "error": f"file too large ({size:,} bytes > max_bytes={max_bytes:,})",
                }
                continue
            with _open_text(path) as fh:
                # Read one byte more than allowed: a .gz file can expand beyond its size.
                text = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
        except _READ_ERRORS as exc:
            yield {"doc_id": doc_id, "source": path, "error": _describe(exc)}
            continue
        if max_bytes is not None and len(text) > max_bytes:
            yield {"doc_id": doc_id, "source": path, "error": f"file too large (> {max_bytes:,})"}
        elif "\x00" in text:
            yield {"doc_id": doc_id, "source": path, "error": "binary file (contains NUL bytes)"}
        elif not text.strip():
            yield {"doc_id": doc_id, "source": path, "error": "empty file"}
        else:
            yield {"doc_id": doc_id, "text": text, "source": path}


def _stem(path: str) -> str:
    """File name without ``.gz`` and extension (``2021.05.03-a.txt.gz`` → ``2021.05.03-a``)."""
    name = Path(path).name.removesuffix(".gz")
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return stem or name


def _describe(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text (byte {exc.start}: {exc.reason})"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"{type(exc).__name__}: {exc}"


def read_any(
    paths: PathLike | Iterable[PathLike], *, max_bytes: int | None = MAX_BYTES
) -> Iterator[dict[str, Any]]:
    """Yield records from files of any supported kind, chosen by extension.

    ``.jsonl``/``.ndjson`` and ``.csv`` (optionally ``.gz``) hold many records; any other file
    is one plain-text document (see :func:`read_texts`). A path that does not exist, or a file
    that fails part-way, yields an error record and the stream goes on.

    Examples
    --------
    >>> [r["error"] for r in read_any(["/nonexistent/x.txt"])]
    ['file not found']
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for given in paths:
        found = expand_paths([given])
        if not found:
            yield {"doc_id": Path(given).name, "source": str(given), "error": "file not found"}
        for path in found:
            name = path.lower().removesuffix(".gz")
            if not os.path.exists(path):
                yield {"doc_id": Path(path).name, "source": path, "error": "file not found"}
                continue
            if not name.endswith((".jsonl", ".ndjson", ".csv")):
                yield from read_texts([path], max_bytes=max_bytes)
                continue
            n = 0
            try:
                reader = read_jsonl if name.endswith((".jsonl", ".ndjson")) else read_csv
                for n, rec in enumerate(reader(path), 1):  # noqa: B007 - n counts records
                    yield rec
            except _READ_ERRORS as exc:
                yield {"doc_id": Path(path).name, "source": path, "error": _describe(exc)}
                continue
            if n == 0:  # an empty corpus file is reported, not silently skipped
                yield {
                    "doc_id": Path(path).name,
                    "source": path,
                    "error": "empty file (no records)",
                }


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


def read_parquet(directory: PathLike) -> Corpus:
    """Read the frames written by ``Corpus.to_parquet(directory)``, with their dtypes.

    Returns a :class:`~conflictlens.corpus.Corpus` (frames by attribute or by name); a frame
    whose file is absent is empty.

    Examples
    --------
    >>> import tempfile
    >>> import conflictlens as cl
    >>> folder = cl.analyze_many(["Kemarin."], progress=False).to_parquet(tempfile.mkdtemp())
    >>> cl.read_parquet(folder)["documents"]["status"].tolist()
    ['ok']
    """
    from . import schema
    from .corpus import Corpus

    folder = Path(directory)
    if not folder.is_dir():
        raise FileNotFoundError(f"no such folder: {str(folder)!r}")
    out = {}
    for name in schema.SCHEMAS:
        path = folder / f"{name}.parquet"
        if path.exists():
            df = pd.read_parquet(path)
            out[name] = df.astype(schema.dtypes(name))
    return Corpus(out)


__all__ = ["read_any", "read_csv", "read_jsonl", "read_parquet", "read_texts", "write_frame"]
