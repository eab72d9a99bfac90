"""Dask: analyse a Dask DataFrame of documents on any cluster, partition by partition.

:func:`analyze` is built with ``map_partitions`` and an explicit ``meta`` taken from
:mod:`conflictlens.schema`, so nothing is computed to infer types and a user's own cluster runs it
unchanged. Each partition goes through the same code as :func:`conflictlens.analyze_many`
(one worker process loads the package data once and keeps it), so rows are identical.

Dask is an optional dependency: ``pip install "conflictlens[dask]"``.

Examples
--------
>>> import pandas as pd
>>> import dask.dataframe as dd
>>> from conflictlens import dask as cld
>>> ddf = dd.from_pandas(pd.DataFrame({"text": ["Kemarin.", "Yesterday."]}), npartitions=2)
>>> docs = cld.analyze(ddf, frame="documents").compute(scheduler="sync")
>>> docs["status"].tolist()
['ok', 'ok']
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import schema
from ._compat import import_optional
from .corpus import FRAME_NAMES, process_chunk

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["analyze", "analyze_frames", "analyze_partition"]


def analyze_partition(
    pdf: pd.DataFrame,
    text: str = "text",
    doc_id: str | None = None,
    published: str | None = None,
    lang: str | None = None,
    frame: str = "mentions",
) -> pd.DataFrame:
    """Analyse one pandas partition and return the typed ``frame`` of its documents.

    The ``index`` column of ``documents``/``errors`` is the partition's index value when it is an
    integer (a global position for frames made with ``from_pandas``), else the position in the
    partition.

    Examples
    --------
    >>> pdf = pd.DataFrame({"body": ["Kemarin."]}, index=[7])
    >>> analyze_partition(pdf, text="body", frame="documents")["index"].tolist()
    [7]
    """
    if frame not in FRAME_NAMES:
        raise ValueError(f"frame must be one of {list(FRAME_NAMES)}, not {frame!r}")
    columns = {"text": text, "doc_id": doc_id, "published": published, "lang": lang}
    used = {field: col for field, col in columns.items() if col is not None}
    missing = [col for col in used.values() if col not in pdf.columns]
    if missing:
        raise KeyError(f"column(s) {missing} not in the partition's columns {list(pdf.columns)}")
    out = _partition_frames(pdf, used)
    return out[frame]


def _partition_frames(pdf: pd.DataFrame, used: dict[str, str]) -> dict[str, pd.DataFrame]:
    """Every result frame of one partition (``used`` maps record fields to column names)."""
    index = pdf.index
    positions = (
        index.tolist() if pd.api.types.is_integer_dtype(index.dtype) else list(range(len(pdf)))
    )
    values = {field: pdf[col].tolist() for field, col in used.items()}
    chunk = [
        (int(pos), {field: values[field][i] for field in used}) for i, pos in enumerate(positions)
    ]
    out = process_chunk(chunk)
    return {
        **out.frames,
        "documents": schema.frame("documents", out.documents),
        "errors": schema.frame("errors", out.errors),
    }


def _all_frames(
    pdf: pd.DataFrame, text: str, doc_id: str | None, published: str | None, lang: str | None
) -> dict[str, pd.DataFrame]:
    columns = {"text": text, "doc_id": doc_id, "published": published, "lang": lang}
    return _partition_frames(pdf, {f: c for f, c in columns.items() if c is not None})


def analyze(
    ddf: dd.DataFrame,
    text: str = "text",
    doc_id: str | None = None,
    published: str | None = None,
    lang: str | None = None,
    frame: str = "mentions",
) -> dd.DataFrame:
    """Return a lazy Dask DataFrame of one result ``frame`` of the documents in ``ddf``.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        One document per row.
    text, doc_id, published, lang : str, optional
        Names of the columns holding each field (only ``text`` is required). Without ``doc_id``
        the id is derived from the text, as :func:`conflictlens.analyze` does.
    frame : {"mentions", "facts", "timeline", "documents", "errors"}
        Which frame to return. Each call runs the pipeline; to get several frames from one pass
        use :func:`analyze_frames` or ``persist`` the input.

    Returns
    -------
    dask.dataframe.DataFrame
        Typed exactly as ``schema.empty_frame(frame)``; nothing is computed yet.

    Examples
    --------
    >>> import dask.dataframe as dd
    >>> ddf = dd.from_pandas(pd.DataFrame({"text": ["Kemarin."]}), npartitions=1)
    >>> list(analyze(ddf).columns[:3])
    ['doc_id', 'sent_id', 'start']
    """
    import_optional("dask.dataframe")
    if frame not in FRAME_NAMES:
        raise ValueError(f"frame must be one of {list(FRAME_NAMES)}, not {frame!r}")
    _check_columns(ddf, text, doc_id, published, lang)
    return ddf.map_partitions(
        analyze_partition,
        text=text,
        doc_id=doc_id,
        published=published,
        lang=lang,
        frame=frame,
        meta=schema.empty_frame(frame),
        enforce_metadata=False,
        align_dataframes=False,
    )


def analyze_frames(
    ddf: dd.DataFrame,
    text: str = "text",
    doc_id: str | None = None,
    published: str | None = None,
    lang: str | None = None,
) -> dict[str, dd.DataFrame]:
    """Return every result frame as a lazy Dask DataFrame (``{name: ddf}``), from one pass.

    Each input partition is analysed once (a delayed task returning all frames); the frames
    are views of those tasks, so compute them together
    (``dask.compute(*frames.values())``) to run the pipeline once per partition.

    Examples
    --------
    >>> import dask
    >>> import dask.dataframe as dd
    >>> ddf = dd.from_pandas(pd.DataFrame({"text": ["Kemarin."]}), npartitions=1)
    >>> frames = analyze_frames(ddf)
    >>> sorted(frames)
    ['documents', 'errors', 'facts', 'mentions', 'timeline']
    >>> docs, = dask.compute(frames["documents"], scheduler="sync")
    >>> docs["status"].tolist()
    ['ok']
    """
    import_optional("dask.dataframe")
    import dask
    import dask.dataframe as dd

    _check_columns(ddf, text, doc_id, published, lang)
    parts = [
        dask.delayed(_all_frames, pure=True)(part, text, doc_id, published, lang)
        for part in ddf.to_delayed()
    ]
    return {
        name: dd.from_delayed(
            [dask.delayed(operator.getitem, pure=True)(p, name) for p in parts],
            meta=schema.empty_frame(name),
            verify_meta=False,
        )
        for name in FRAME_NAMES
    }


def _check_columns(ddf: Any, *columns: str | None) -> None:
    missing = [c for c in columns if c is not None and c not in ddf.columns]
    if missing:
        raise KeyError(
            f"column(s) {missing} not in the Dask DataFrame's columns {list(ddf.columns)}"
        )
