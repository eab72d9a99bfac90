"""``analyze_many``: a corpus in, the same frames out, every input accounted for.

Records are consumed lazily in chunks; with ``n_jobs > 1`` chunks run in worker processes (each
loads package data once) and results come back in input order. A record that cannot be analysed
becomes a ``documents`` row with status ``error`` and a row in ``errors``.

Examples
--------
>>> import conflictlens as cl
>>> c = cl.analyze_many(["Perang 44 hari.", {"doc_id": "x"}], progress=False)
>>> list(c.documents["status"])
['ok', 'error']
>>> c.errors.loc[0, "stage"]
'input'
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any

import pandas as pd

from . import pipeline, schema
from .document import make_document

_DOC_FIELDS = ("text", "lang", "published", "doc_id")


def _records(records: Any) -> Iterator[dict[str, Any]]:
    if isinstance(records, pd.DataFrame):
        if "text" not in records.columns:
            raise ValueError("a DataFrame of records needs a 'text' column")
        cols = [c for c in (*_DOC_FIELDS, "source") if c in records.columns]
        for row in records[cols].itertuples(index=False, name=None):
            yield dict(zip(cols, row, strict=True))
        return
    if isinstance(records, str | os.PathLike) and not isinstance(records, str):
        records = [records]
    if isinstance(records, Path):
        records = [records]
    from .io import read_any

    for rec in records:
        if isinstance(rec, str):
            yield {"text": rec}
        elif isinstance(rec, os.PathLike):
            yield from read_any([rec])
        elif isinstance(rec, dict):
            yield rec
        else:
            yield {"error": f"a record must be a str or dict, not {type(rec).__name__}", "_bad": rec}


def _none(v: Any) -> Any:
    return None if (v is None or (isinstance(v, float) and v != v) or v is pd.NaT) else v


def _process(index: int, rec: dict[str, Any]) -> tuple[pipeline.Result | None, dict, dict | None]:
    """Analyse one record; return (result, documents row, error row or None). Never raises."""
    doc_id = _none(rec.get("doc_id"))
    doc_id = str(doc_id) if doc_id is not None else f"doc-{index}"
    row: dict[str, Any] = {
        "doc_id": doc_id,
        "index": index,
        "status": "error",
        "source": _none(rec.get("source")),
        "n_chars": 0,
        "n_mentions": 0,
        "n_facts": 0,
        "n_timeline": 0,
    }
    stage = "input"
    try:
        if rec.get("error"):
            raise ValueError(rec["error"])
        text = _none(rec.get("text"))
        if text is None:
            raise ValueError("record has no 'text'")
        doc = make_document(text, _none(rec.get("lang")), _none(rec.get("published")), doc_id)
        row.update(n_chars=len(text), lang=doc.lang, lang_source=doc.lang_source)
        stage = "pipeline"
        result = pipeline.run(doc)
    except Exception as exc:  # one bad document must not stop a batch
        err = {
            "doc_id": doc_id,
            "index": index,
            "stage": stage,
            "error": type(exc).__name__,
            "message": str(exc) or traceback.format_exc(limit=1),
        }
        return None, row, err
    row.update(
        status="ok",
        published=doc.published,
        published_source=doc.published_source,
        n_mentions=len(result.mentions),
        n_facts=len(result.facts),
        n_timeline=len(result.timeline),
    )
    return result, row, None


def _process_chunk(chunk: list[tuple[int, dict[str, Any]]]) -> list[tuple]:
    return [_process(i, rec) for i, rec in chunk]


class Corpus:
    """The result of :func:`analyze_many`: typed frames over all documents.

    Attributes
    ----------
    mentions, facts, timeline : pandas.DataFrame
        As for one document, told apart by ``doc_id``.
    documents : pandas.DataFrame
        One row per input, in input order, with ``status`` (``ok``/``error``).
    errors : pandas.DataFrame
        One row per failed input: ``doc_id``, ``index``, ``stage``, ``error``, ``message``.
    """

    def __init__(self, frames: dict[str, pd.DataFrame]) -> None:
        self._frames = frames

    mentions = property(lambda self: self._frames["mentions"])
    facts = property(lambda self: self._frames["facts"])
    timeline = property(lambda self: self._frames["timeline"])
    documents = property(lambda self: self._frames["documents"])
    errors = property(lambda self: self._frames["errors"])

    def to_parquet(self, directory: str | os.PathLike) -> Path:
        """Write every frame to ``directory/NAME.parquet``; read back with ``cl.read_parquet``."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        for name, df in self._frames.items():
            df.to_parquet(out / f"{name}.parquet", index=False)
        return out

    def plot_timeline(self, ax=None, **kwargs):
        """Draw the corpus timeline with :func:`conflictlens.plot.timeline`."""
        from . import plot

        return plot.timeline(self.timeline, ax=ax, **kwargs)

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        ok = int((self.documents["status"] == "ok").sum()) if len(self.documents) else 0
        return (
            f"<Corpus {len(self.documents)} documents ({ok} ok, {len(self.errors)} errors); "
            f"{len(self.mentions)} mentions, {len(self.facts)} facts>"
        )


def analyze_many(
    records: Any,
    *,
    n_jobs: int = 1,
    progress: bool = True,
    chunksize: int | None = None,
    on_error: str = "record",
) -> Corpus:
    """Analyze a corpus; every input gets a row in ``documents``.

    Parameters
    ----------
    records : iterable of str or dict, DataFrame, or paths
        Dicts (and DataFrame rows) carry ``text`` and optionally ``doc_id``, ``lang``,
        ``published``. Paths (``pathlib.Path``) are read by extension (text, JSONL, CSV).
    n_jobs : int
        Worker processes; ``-1`` uses every core. ``1`` runs in this process.
    progress : bool
        Show a progress bar (a widget in Jupyter).
    chunksize : int, optional
        Records per chunk (memory is bounded by it); default 64.
    on_error : {"record", "raise"}
        ``record`` turns failures into error rows; ``raise`` re-raises the first one.

    Returns
    -------
    Corpus

    Examples
    --------
    >>> import conflictlens as cl
    >>> c = cl.analyze_many(["Kemarin.", "Yesterday."], progress=False)
    >>> len(c.documents)
    2
    """
    if on_error not in ("record", "raise"):
        raise ValueError(f"on_error must be 'record' or 'raise', not {on_error!r}")
    if n_jobs == -1:
        n_jobs = os.cpu_count() or 1
    if not isinstance(n_jobs, int) or n_jobs < 1:
        raise ValueError(f"n_jobs must be a positive int or -1, not {n_jobs!r}")
    chunksize = chunksize or 64
    total = len(records) if hasattr(records, "__len__") else None
    indexed = enumerate(_records(records))
    chunks = iter(lambda: list(islice(indexed, chunksize)), [])

    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="doc", desc="conflictlens")

    results: list[pipeline.Result] = []
    doc_rows: list[dict] = []
    err_rows: list[dict] = []

    def consume(outs: list[tuple]) -> None:
        for result, row, err in outs:
            doc_rows.append(row)
            if err is not None:
                if on_error == "raise":
                    raise RuntimeError(f"{err['doc_id']}: {err['error']}: {err['message']}")
                err_rows.append(err)
            else:
                results.append(result)
        if bar is not None:
            bar.update(len(outs))

    try:
        if n_jobs == 1:
            for chunk in chunks:
                consume(_process_chunk(chunk))
        else:
            with ProcessPoolExecutor(max_workers=n_jobs) as pool:
                pending = []
                for chunk in chunks:
                    pending.append(pool.submit(_process_chunk, chunk))
                    # Bound memory: keep at most 2 chunks per worker in flight.
                    while len(pending) >= 2 * n_jobs:
                        consume(pending.pop(0).result())
                for fut in pending:
                    consume(fut.result())
    finally:
        if bar is not None:
            bar.close()

    frames = pipeline.frames(results)
    frames["documents"] = schema.frame("documents", doc_rows)
    frames["errors"] = schema.frame("errors", err_rows)
    return Corpus(frames)
