"""``analyze_many``: a corpus in, the same frames out, every input accounted for.

Records are consumed lazily in chunks, so memory is bounded by the chunk size and the size of the
*results*, never by the size of the input texts. With ``n_jobs > 1`` chunks run in worker
processes (each loads package data once, in an initializer) and results come back in input order.
A record that cannot be analysed becomes a ``documents`` row with status ``error`` and a row in
``errors``; a worker process that dies has its documents retried one by one in a fresh worker, and
a document that kills its worker again is recorded as an error. ``len(documents)`` always equals
the number of inputs.

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

import glob
import os
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import pandas as pd

from . import pipeline, schema
from ._pool import run_pool
from .document import derive_doc_id, make_document

_DOC_FIELDS = ("text", "lang", "published", "doc_id")
#: Frames built from pipeline results (the other two, documents and errors, from rows).
RESULT_FRAMES = ("mentions", "facts", "timeline")
FRAME_NAMES = (*RESULT_FRAMES, "documents", "errors")
_DEFAULT_CHUNK = 64
# Short texts that touch every lazily loaded resource (language packs, gazetteer, lexicons).
_WARMUP = (
    ("id", "Kemarin, 12 orang tewas di Gaza selama 3 hari pada September 2020."),
    ("en", "On Friday, 12 people were killed in Kabul over 3 days in September 2020."),
)


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------
def _is_path_like_str(s: str) -> bool:
    return "\n" not in s and len(s) < 4096 and (os.path.exists(s) or bool(glob.glob(s)))


def iter_records(records: Any) -> Iterator[dict[str, Any]]:
    """Turn any accepted input into a lazy stream of dict records.

    Accepted: a DataFrame with a ``text`` column; a path (``pathlib.Path``, or a str naming an
    existing file, folder or glob); an iterable of str (texts), dicts (records) and paths. Items
    of any other type become records with an ``error`` key, so they are reported, not dropped.
    The input is checked here, at once; records are read only as the stream is consumed.

    Examples
    --------
    >>> [r["text"] for r in iter_records(["a", {"text": "b"}])]
    ['a', 'b']
    """
    from .io import read_any

    if isinstance(records, pd.DataFrame):
        if "text" not in records.columns:
            raise ValueError("a DataFrame of records needs a 'text' column")
        return _frame_records(records)
    if isinstance(records, os.PathLike):
        return read_any([records])
    if isinstance(records, str):
        # A single str is a path or glob; a lone text would otherwise be split into characters.
        if not _is_path_like_str(records):
            raise TypeError(
                "records is a single str that names no file: pass a list of texts "
                "(analyze_many([text])) or use cl.analyze(text) for one document"
            )
        return read_any([records])
    if isinstance(records, bytes | dict) or not isinstance(records, Iterable):
        raise TypeError(
            "records must be an iterable of str/dict, a DataFrame or paths, "
            f"not {type(records).__name__}"
        )
    return _item_records(records)


def _frame_records(df: pd.DataFrame) -> Iterator[dict[str, Any]]:
    cols = [c for c in (*_DOC_FIELDS, "source") if c in df.columns]
    for row in df[cols].itertuples(index=False, name=None):
        yield dict(zip(cols, row, strict=True))


def _item_records(records: Iterable[Any]) -> Iterator[dict[str, Any]]:
    from .io import read_any

    for rec in records:
        if isinstance(rec, str):
            yield {"text": rec}
        elif isinstance(rec, os.PathLike):
            yield from read_any([rec])
        elif isinstance(rec, dict):
            yield rec
        else:
            yield {"error": f"a record must be a str or dict, not {type(rec).__name__}"}


def _none(v: Any) -> Any:
    if v is None or v is pd.NaT or v is pd.NA:
        return None
    if isinstance(v, float) and v != v:
        return None
    return v


def _doc_id(rec: dict[str, Any], index: int) -> str:
    given = _none(rec.get("doc_id"))
    if given is not None:
        return str(given)
    text = rec.get("text")
    # Same id as cl.analyze gives the same text, so results join across entry points.
    return derive_doc_id(text) if isinstance(text, str) else f"doc-{index}"


# --------------------------------------------------------------------------------------------
# One document, one chunk (run in this process or in a worker)
# --------------------------------------------------------------------------------------------
def process_record(
    index: int, rec: dict[str, Any]
) -> tuple[pipeline.Result | None, dict, dict | None]:
    """Analyse one record; return ``(result, documents row, error row or None)``. Never raises.

    Examples
    --------
    >>> result, row, err = process_record(0, {"text": None, "doc_id": "a"})
    >>> row["status"], err["message"]
    ('error', "record has no 'text'")
    """
    doc_id = _doc_id(rec, index)
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
        if isinstance(text, str):
            row["n_chars"] = len(text)
        doc = make_document(text, _none(rec.get("lang")), _none(rec.get("published")), doc_id)
        row.update(lang=doc.lang, lang_source=doc.lang_source)
        stage = "pipeline"
        result = pipeline.run(doc)
    except Exception as exc:  # one bad document must not stop a batch
        return None, row, error_row(doc_id, index, stage, exc)
    row.update(
        status="ok",
        published=doc.published,
        published_source=doc.published_source,
        n_mentions=len(result.mentions),
        n_facts=len(result.facts),
        n_timeline=len(result.timeline),
    )
    return result, row, None


def error_row(doc_id: str, index: int, stage: str, exc: BaseException | str) -> dict[str, Any]:
    """Return an ``errors`` row for ``exc`` raised at ``stage`` of document ``doc_id``."""
    if isinstance(exc, str):
        return {"doc_id": doc_id, "index": index, "stage": stage, "error": exc, "message": exc}
    message = str(exc) or "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return {
        "doc_id": doc_id,
        "index": index,
        "stage": stage,
        "error": type(exc).__name__,
        "message": message,
    }


@dataclass(slots=True)
class ChunkResult:
    """Frames and rows of one chunk; small and cheap to send between processes."""

    frames: dict[str, pd.DataFrame]
    documents: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


def process_chunk(chunk: list[tuple[int, dict[str, Any]]]) -> ChunkResult:
    """Analyse ``(index, record)`` pairs; the texts are not sent back, only the frames.

    Examples
    --------
    >>> out = process_chunk([(0, {"text": "Kemarin."}), (1, {})])
    >>> [r["status"] for r in out.documents]
    ['ok', 'error']
    """
    results, docs, errs = [], [], []
    for index, rec in chunk:
        result, row, err = process_record(index, rec)
        docs.append(row)
        if err is None:
            results.append((result, row))
        else:
            errs.append(err)
    try:
        frames = pipeline.frames([r for r, _ in results])
    except Exception:  # a value a frame cannot hold: find the document, keep the others
        frames = _frames_one_by_one(results, errs)
    return ChunkResult(frames, docs, sorted(errs, key=lambda e: e["index"]))


def _frames_one_by_one(
    results: list[tuple[pipeline.Result, dict]], errs: list[dict]
) -> dict[str, pd.DataFrame]:
    parts: dict[str, list[pd.DataFrame]] = {n: [] for n in RESULT_FRAMES}
    for result, row in results:
        try:
            one = pipeline.frames([result])
        except Exception as exc:
            row.update(status="error", n_mentions=0, n_facts=0, n_timeline=0)
            errs.append(error_row(row["doc_id"], row["index"], "frames", exc))
            continue
        for name in RESULT_FRAMES:
            parts[name].append(one[name])
    return {name: concat(name, parts[name]) for name in RESULT_FRAMES}


def _died(
    chunk: list[tuple[int, dict[str, Any]]], exc: BaseException, timeout: float | None = None
) -> ChunkResult:
    """Error rows for records whose worker died, ran out of time or could not send back."""
    docs, errs = [], []
    for index, rec in chunk:
        doc_id = _doc_id(rec, index)
        text = rec.get("text")
        docs.append(
            {
                "doc_id": doc_id,
                "index": index,
                "status": "error",
                "source": _none(rec.get("source")),
                "n_chars": len(text) if isinstance(text, str) else 0,
                "n_mentions": 0,
                "n_facts": 0,
                "n_timeline": 0,
            }
        )
        if isinstance(exc, BrokenProcessPool):
            error, message = (
                "WorkerDied",
                ("the worker process died while analysing this document, also when retried alone"),
            )
        elif isinstance(exc, FutureTimeout):
            error, message = "Timeout", f"analysis took longer than timeout={timeout:g} s"
        else:
            error, message = type(exc).__name__, f"{type(exc).__name__}: {exc}"
        errs.append(
            {
                "doc_id": doc_id,
                "index": index,
                "stage": "worker",
                "error": error,
                "message": message,
            }
        )
    return ChunkResult({n: schema.empty_frame(n) for n in RESULT_FRAMES}, docs, errs)


def warm_up() -> None:
    """Load every lazily loaded resource once (called in each worker process at start).

    Never raises: a failure here would break the whole pool; the error surfaces per document.
    """
    for code, text in _WARMUP:
        try:
            pipeline.run(make_document(text, lang=code, published="2020-10-01"))
        except Exception:  # reported per document later
            continue


def concat(name: str, parts: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate typed frames of one kind, keeping the schema dtypes (empty → empty frame).

    Examples
    --------
    >>> concat("errors", []).shape
    (0, 5)
    """
    parts = [p for p in parts if len(p)]
    if not parts:
        return schema.empty_frame(name)
    if len(parts) == 1:
        return parts[0].reset_index(drop=True)
    return pd.concat(parts, ignore_index=True).astype(schema.dtypes(name))


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------
class Corpus:
    """The result of :func:`analyze_many`: typed frames over all documents.

    Attributes
    ----------
    mentions, facts, timeline : pandas.DataFrame
        As for one document, told apart by ``doc_id``.
    documents : pandas.DataFrame
        One row per input, in input order, with ``status`` (``ok``/``error``), ``lang`` and
        ``published`` with how each was obtained, and counts.
    errors : pandas.DataFrame
        One row per failed input: ``doc_id``, ``index``, ``stage``, ``error``, ``message``.

    Examples
    --------
    >>> c = Corpus({})
    >>> len(c), list(c.keys())[:2]
    (0, ['mentions', 'facts'])
    """

    def __init__(self, frames: dict[str, pd.DataFrame]) -> None:
        # An empty frame costs about a millisecond: built only for the names that are missing.
        self._frames = {n: frames[n] if n in frames else schema.empty_frame(n) for n in FRAME_NAMES}

    mentions = property(lambda self: self._frames["mentions"])
    facts = property(lambda self: self._frames["facts"])
    timeline = property(lambda self: self._frames["timeline"])
    documents = property(lambda self: self._frames["documents"])
    errors = property(lambda self: self._frames["errors"])

    def keys(self) -> list[str]:
        """Return the frame names."""
        return list(self._frames)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self._frames[name]

    def to_parquet(self, directory: str | os.PathLike) -> Path:
        """Write every frame to ``directory/NAME.parquet``; read back with ``cl.read_parquet``."""
        from .io import write_frame

        out = Path(directory)
        for name, df in self._frames.items():
            write_frame(df, out / f"{name}.parquet")
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


def _resolve_jobs(n_jobs: Any) -> int:
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or (n_jobs < 1 and n_jobs != -1):
        raise ValueError(f"n_jobs must be a positive int or -1, not {n_jobs!r}")
    if n_jobs == -1:
        return (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else os.cpu_count() or 1
        )
    return n_jobs


def _total(records: Any) -> int | None:
    # Only containers of records have a meaningful length (a list of paths does not).
    if isinstance(records, pd.DataFrame):
        return len(records)
    if isinstance(records, list | tuple) and all(isinstance(r, str | dict) for r in records):
        return len(records)
    return None


def analyze_many(
    records: Any,
    *,
    n_jobs: int = 1,
    progress: bool = True,
    chunksize: int | None = None,
    on_error: str = "record",
    on_chunk: Callable[[ChunkResult], None] | None = None,
    timeout: float | None = None,
) -> Corpus:
    """Analyze a corpus; every input gets a row in ``documents``, in input order.

    Parameters
    ----------
    records : iterable of str or dict, DataFrame, or paths
        Dicts (and DataFrame rows) carry ``text`` and optionally ``doc_id``, ``lang``,
        ``published``, ``source``. Paths (``pathlib.Path``, or one str naming a file, folder or
        glob) are read by extension (text, JSONL, CSV, ``.gz`` allowed). Iterables are consumed
        lazily.
    n_jobs : int
        Worker processes; ``-1`` uses every available core. ``1`` runs in this process.
    progress : bool
        Show a progress bar with documents per second (a widget in Jupyter, else on stderr).
    chunksize : int, optional
        Records per chunk: memory is bounded by it. Default 64 (smaller for short inputs split
        over workers).
    on_error : {"record", "raise"}
        ``record`` turns failures into error rows; ``raise`` raises ``RuntimeError`` on the first.
    on_chunk : callable, optional
        Called with each :class:`ChunkResult` in input order (for streaming results elsewhere).
    timeout : float, optional
        Seconds one document may take. Documents then always run in worker processes (also
        with ``n_jobs=1``) so that a stuck one can be stopped; it becomes an error row
        (``error="Timeout"``) and the others are kept.

    Returns
    -------
    Corpus

    Raises
    ------
    TypeError
        If ``records`` is not something records can be read from.
    ValueError
        For invalid ``n_jobs``, ``chunksize``, ``on_error`` or ``timeout``.

    Examples
    --------
    >>> import conflictlens as cl
    >>> c = cl.analyze_many(["Kemarin.", "Yesterday."], progress=False)
    >>> len(c.documents)
    2
    """
    if on_error not in ("record", "raise"):
        raise ValueError(f"on_error must be 'record' or 'raise', not {on_error!r}")
    n_jobs = _resolve_jobs(n_jobs)
    if chunksize is not None and (not isinstance(chunksize, int) or chunksize < 1):
        raise ValueError(f"chunksize must be a positive int, not {chunksize!r}")
    if timeout is not None and (isinstance(timeout, bool) or not timeout > 0):
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    total = _total(records)
    if chunksize is None:
        chunksize = _DEFAULT_CHUNK
        if total and n_jobs > 1:  # keep every worker busy on short inputs
            chunksize = max(1, min(chunksize, -(-total // (4 * n_jobs))))
    indexed = enumerate(iter_records(records))
    chunks = iter(lambda: list(islice(indexed, chunksize)), [])

    parts: dict[str, list[pd.DataFrame]] = {n: [] for n in RESULT_FRAMES}
    doc_rows: list[dict] = []
    err_rows: list[dict] = []
    bar = None
    if n_jobs > 1 or timeout is not None:
        outs: Iterator[ChunkResult] = run_pool(
            process_chunk, chunks, n_jobs, timeout, initializer=warm_up, on_failure=_died
        )
    else:
        outs = map(process_chunk, chunks)
    try:
        if progress:
            from tqdm.auto import tqdm

            bar = tqdm(total=total, unit="doc", desc="conflictlens", smoothing=0.1)
        for out in outs:
            if on_error == "raise" and out.errors:
                e = out.errors[0]
                raise RuntimeError(f"{e['doc_id']}: {e['error']}: {e['message']}")
            for name in RESULT_FRAMES:
                parts[name].append(out.frames[name])
            doc_rows.extend(out.documents)
            err_rows.extend(out.errors)
            if on_chunk is not None:
                on_chunk(out)
            if bar is not None:
                bar.update(len(out.documents))
                if err_rows:
                    bar.set_postfix(errors=len(err_rows), refresh=False)
    finally:
        if bar is not None:
            bar.close()
        close = getattr(outs, "close", None)
        if close is not None:  # shut the pool down now, also on errors
            close()

    frames = {name: concat(name, parts[name]) for name in RESULT_FRAMES}
    frames["documents"] = schema.frame("documents", doc_rows)
    frames["errors"] = schema.frame("errors", err_rows)
    return Corpus(frames)
