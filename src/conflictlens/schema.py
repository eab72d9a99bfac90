"""Column names and dtypes of every frame conflictlens returns: the one source of truth.

Every frame the library builds goes through :func:`frame` (rows or columns in, typed frame out) or
:func:`empty_frame`, so dtypes are identical for one document, a corpus, an empty result and the
Dask ``meta``.

Datetimes use a pinned second resolution (``datetime64[s]``) so that dates before 1678 and after
2262 (history, war chronicles) are representable. Strings use pandas' ``str`` dtype.

Examples
--------
>>> from conflictlens import schema
>>> df = schema.empty_frame("mentions")
>>> list(df.columns[:6])
['doc_id', 'sent_id', 'start', 'end', 'text', 'kind']
>>> str(df["earliest"].dtype)
'datetime64[s]'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

STR = "str"
INT = "int64"
FLOAT = "float64"
BOOL = "boolean"
DATETIME = "datetime64[s]"

#: The kinds a mention can have.
KINDS = ("date", "time", "duration", "set", "place", "quantity")
#: TIMEX3 modifiers used in ``mod``.
MODS = (
    "APPROX",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "START",
    "MID",
    "END",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
)
#: Quantity categories.
CATEGORIES = (
    "casualties",
    "injured",
    "displaced",
    "detained",
    "missing",
    "territory",
    "military",
    "money",
    "other",
)

MENTIONS: dict[str, str] = {
    "doc_id": STR,
    "sent_id": INT,
    "start": INT,
    "end": INT,
    "text": STR,
    "kind": STR,
    "value": STR,
    "mod": STR,
    "earliest": DATETIME,
    "latest": DATETIME,
    "edtf": STR,
    "anchor": STR,  # how a value was fixed: absolute / published / narrative / dateline / none
    "name": STR,
    "country": STR,
    "lat": FLOAT,
    "lon": FLOAT,
    "feature": STR,
    "disputed": BOOL,
    "amount": FLOAT,
    "low": FLOAT,
    "high": FLOAT,
    "unit": STR,
    "category": STR,
}

FACTS: dict[str, str] = {
    "doc_id": STR,
    "fact_id": INT,
    "sent_id": INT,
    "category": STR,
    "amount": FLOAT,
    "low": FLOAT,
    "high": FLOAT,
    "mod": STR,
    "unit": STR,
    "mention": STR,  # the quantity (or event) as written
    "start": INT,  # offsets of that mention
    "end": INT,
    "when": STR,  # TIMEX3 value of the date/interval the fact is about
    "when_text": STR,
    "when_earliest": DATETIME,
    "when_latest": DATETIME,
    "when_source": STR,  # sentence / document / published / none
    "where": STR,  # English place name(s), "; "-joined
    "where_id": STR,
    "country": STR,
    "lat": FLOAT,
    "lon": FLOAT,
    "where_source": STR,  # sentence / dateline / document / none
    "evidence": STR,
    "evidence_start": INT,
    "evidence_end": INT,
}

TIMELINE: dict[str, str] = {
    "doc_id": STR,
    "item_id": INT,
    "sent_id": INT,
    "label": STR,
    "kind": STR,  # interval / point
    "value": STR,  # TIMEX3 value of the anchor date (or the interval's duration)
    "duration": STR,
    "start": DATETIME,
    "end": DATETIME,
    "start_earliest": DATETIME,
    "start_latest": DATETIME,
    "end_earliest": DATETIME,
    "end_latest": DATETIME,
    "place": STR,
    "category": STR,
    "amount": FLOAT,
    "evidence": STR,
    "evidence_start": INT,
    "evidence_end": INT,
}

DOCUMENTS: dict[str, str] = {
    "doc_id": STR,
    "index": INT,  # position in the input
    "status": STR,  # ok / error
    "lang": STR,
    "lang_source": STR,  # given / detected / unknown
    "published": DATETIME,
    "published_source": STR,  # given / dateline / content / unknown
    "n_chars": INT,
    "n_mentions": INT,
    "n_facts": INT,
    "n_timeline": INT,
    "source": STR,  # where the record came from (path, line) when known
}

ERRORS: dict[str, str] = {
    "doc_id": STR,
    "index": INT,
    "stage": STR,
    "error": STR,
    "message": STR,
}

SCHEMAS: dict[str, dict[str, str]] = {
    "mentions": MENTIONS,
    "facts": FACTS,
    "timeline": TIMELINE,
    "documents": DOCUMENTS,
    "errors": ERRORS,
}

#: Integer columns allowed to hold NA (they become ``Int64``).
_NULLABLE_INT = {("facts", "start"), ("facts", "end"), ("timeline", "sent_id")}


def dtypes(name: str) -> dict[str, str]:
    """Return the ``{column: dtype}`` mapping of the frame called ``name``.

    Examples
    --------
    >>> dtypes("errors")["stage"]
    'str'
    """
    try:
        schema = SCHEMAS[name]
    except KeyError:
        raise ValueError(f"unknown frame {name!r}; expected one of {sorted(SCHEMAS)}") from None
    return {c: ("Int64" if (name, c) in _NULLABLE_INT else t) for c, t in schema.items()}


def empty_frame(name: str) -> pd.DataFrame:
    """Return an empty, correctly typed frame (also usable as Dask ``meta``).

    Examples
    --------
    >>> empty_frame("facts").shape[0]
    0
    """
    return frame(name, {})


_STR_DTYPE = pd.StringDtype("pyarrow", na_value=np.nan)  # what dtype "str" means in pandas 3


def _str_array(values: Sequence[Any]) -> Any:
    """A ``str`` column: built by Arrow in C when every value is a str or None (3× faster)."""
    try:
        arr = pa.array(values, type=pa.large_string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        arr = pa.array([None if v is None else str(v) for v in values], type=pa.large_string())
    try:
        return pd.arrays.ArrowStringArray(arr, dtype=_STR_DTYPE)
    except (TypeError, ValueError):  # a pandas whose constructor differs: the public route
        return pd.array(arr.to_pylist(), dtype="str")


_TZINFO = attrgetter("tzinfo")
_NONE = type(None)


def _naive_datetimes(values: Sequence[Any]) -> bool:
    """Tell whether ``values`` is a list of None and naive ``datetime.datetime`` (no subclass)."""
    if type(values) is not list or not set(map(type, values)) <= {_NONE, dt.datetime}:
        return False
    # filter(None, ...) keeps the datetimes: a datetime is never false.
    return set(map(_TZINFO, filter(None, values))) <= {None}


def _only(values: Sequence[Any], kind: type) -> bool:
    """Tell whether ``values`` is a list of None and values of type ``kind`` (no subclass)."""
    return type(values) is list and set(map(type, values)) <= {_NONE, kind}


# Typed columns built by Arrow in C from lists of plain values (None: missing); each is used only
# for the exact types it is known to read as numpy or pandas would, the others take the plain
# route. Arrow reads a naive datetime as its wall time to the microsecond, and numpy's cast to
# seconds drops the microseconds by flooring, as ``np.datetime64(v, "s")`` does.
_PA_MICROS = pa.timestamp("us")
_BOOL_DTYPE = pd.BooleanDtype()


def _arrow(values: list, type: pa.DataType) -> np.ndarray:
    """A new, writable numpy array of ``values`` read by Arrow (missing values: NaN or NaT)."""
    return pa.array(values, type=type).to_numpy(zero_copy_only=False, writable=True)


def _column(values: Sequence[Any], dtype: str, n: int) -> Any:
    if dtype == DATETIME:
        if _naive_datetimes(values):
            return _arrow(values, _PA_MICROS).astype("datetime64[s]")
        out = np.full(n, np.datetime64("NaT", "s"))
        for i, v in enumerate(values):
            if v is not None and v is not pd.NaT:
                out[i] = np.datetime64(v, "s") if not isinstance(v, pd.Timestamp) else v.asm8
        return out
    if dtype == STR:
        return _str_array(values)
    if dtype == FLOAT:
        if _only(values, float):
            # Arrow gives a missing value numpy's NaN (the bits of np.nan) and keeps every float.
            return _arrow(values, pa.float64())
        if type(values) is list:
            # numpy reads None as NaN (the same bits as np.nan), every other value as below.
            return np.array(values, dtype=float)
        return np.array([np.nan if v is None else v for v in values], dtype=float)
    if dtype == BOOL:
        if _only(values, bool):
            return _BOOL_DTYPE.__from_arrow__(pa.array(values, type=pa.bool_()))
        return pd.array(list(values), dtype="boolean")
    if dtype == "Int64":
        if _only(values, int):
            try:
                arr = pa.array(values, type=pa.int64())
            except (OverflowError, pa.ArrowException):  # beyond int64: pandas raises below
                pass
            else:
                # A missing value holds 1 underneath, as pandas fills it.
                data = arr.fill_null(1).to_numpy(zero_copy_only=False, writable=True)
                mask = arr.is_null().to_numpy(zero_copy_only=False, writable=True)
                return pd.arrays.IntegerArray(data, mask)
        return pd.array(list(values), dtype="Int64")
    return np.asarray(values, dtype=dtype) if n else np.array([], dtype=dtype)


def frame(
    name: str,
    data: Mapping[str, Sequence[Any]] | Iterable[Mapping[str, Any]],
) -> pd.DataFrame:
    """Build a typed frame from columns (a mapping of lists) or rows (an iterable of mappings).

    Missing columns are filled with NA; unknown columns raise ``ValueError`` so that a typo
    cannot silently create a new column.

    Examples
    --------
    >>> df = frame("errors", [{"doc_id": "d1", "index": 0, "stage": "input",
    ...                         "error": "TypeError", "message": "text is None"}])
    >>> df.loc[0, "stage"]
    'input'
    """
    spec = dtypes(name)
    if isinstance(data, Mapping):
        cols: dict[str, Sequence[Any]] = dict(data)
    else:
        rows = list(data)
        cols = {c: [r.get(c) for r in rows] for c in spec}
    unknown = set(cols) - set(spec)
    if unknown:
        raise ValueError(f"unknown columns for {name!r}: {sorted(unknown)}")
    n = max((len(v) for v in cols.values()), default=0)
    out = {}
    for col, dtype in spec.items():
        values = cols.get(col)
        if values is None:
            values = [None] * n
        elif len(values) != n:
            raise ValueError(f"column {col!r} has {len(values)} values, expected {n}")
        out[col] = _column(values, dtype, n)
    return pd.DataFrame(out, index=pd.RangeIndex(n))


def conforms(df: pd.DataFrame, name: str) -> bool:
    """Tell whether ``df`` has every column of the frame called ``name``.

    Examples
    --------
    >>> conforms(empty_frame("timeline"), "timeline")
    True
    """
    return set(dtypes(name)).issubset(df.columns)
