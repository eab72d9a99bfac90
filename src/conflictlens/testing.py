"""Assertions for users' own tests (and ours): frames equal, frames well-formed.

Examples
--------
>>> import conflictlens as cl
>>> from conflictlens import testing
>>> text = "Kemarin 12 orang tewas di Gaza."
>>> a = cl.analyze(text, published="2023-10-08")
>>> testing.assert_mentions_valid(a.mentions, {a.doc_id: text})
>>> testing.assert_mentions_equal(a.mentions, cl.analyze(text, published="2023-10-08").mentions)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from . import schema

__all__ = [
    "assert_corpus_equal",
    "assert_frame_conforms",
    "assert_frames_equal",
    "assert_mentions_equal",
    "assert_mentions_valid",
]

_SORT_KEYS = {
    "mentions": ["doc_id", "start", "end", "kind"],
    "facts": ["doc_id", "fact_id"],
    "timeline": ["doc_id", "item_id"],
    "documents": ["index"],
    "errors": ["index"],
}


def assert_frame_conforms(df: pd.DataFrame, name: str) -> None:
    """Assert that ``df`` has exactly the columns and dtypes of the schema frame ``name``.

    Examples
    --------
    >>> assert_frame_conforms(schema.empty_frame("facts"), "facts")
    """
    expected = schema.dtypes(name)
    assert list(df.columns) == list(expected), (
        f"{name}: columns differ: {list(df.columns)} != {list(expected)}"
    )
    wrong = {
        c: (str(df[c].dtype), t)
        for c, t in expected.items()
        if not _same_dtype(df[c].dtype, schema.empty_frame(name)[c].dtype)
    }
    assert not wrong, f"{name}: dtypes differ (got, expected): {wrong}"


def _same_dtype(got: Any, expected: Any) -> bool:
    if pd.api.types.is_string_dtype(expected) and not pd.api.types.is_object_dtype(expected):
        return pd.api.types.is_string_dtype(got) and not pd.api.types.is_object_dtype(got)
    return got == expected


def assert_frames_equal(
    left: pd.DataFrame,
    right: pd.DataFrame,
    name: str = "mentions",
    *,
    check_order: bool = True,
    check_dtype: bool = True,
) -> None:
    """Assert that two frames of kind ``name`` hold the same rows.

    Parameters
    ----------
    left, right : pandas.DataFrame
        Frames to compare.
    name : str
        Frame kind (``mentions``, ``facts``, ``timeline``, ``documents``, ``errors``).
    check_order : bool
        When False, rows are sorted by the frame's natural key before comparing.
    check_dtype : bool
        Also compare dtypes.

    Examples
    --------
    >>> df = schema.frame("errors", [{"doc_id": "a", "index": 0, "stage": "input",
    ...                                "error": "E", "message": "m"}])
    >>> assert_frames_equal(df, df.copy(), "errors")
    """
    if not check_order:
        keys = [k for k in _SORT_KEYS.get(name, []) if k in left.columns and k in right.columns]
        if keys:
            left = left.sort_values(keys, kind="stable")
            right = right.sort_values(keys, kind="stable")
    pd.testing.assert_frame_equal(
        left.reset_index(drop=True),
        right.reset_index(drop=True),
        check_dtype=check_dtype,
        obj=name,
    )


def assert_mentions_equal(
    left: pd.DataFrame, right: pd.DataFrame, *, check_order: bool = True, check_dtype: bool = True
) -> None:
    """Assert that two ``mentions`` frames hold the same mentions.

    Examples
    --------
    >>> m = schema.empty_frame("mentions")
    >>> assert_mentions_equal(m, m)
    """
    assert_frames_equal(left, right, "mentions", check_order=check_order, check_dtype=check_dtype)


def assert_corpus_equal(left: Any, right: Any, *, check_order: bool = True) -> None:
    """Assert that two corpora (or ``{name: frame}`` mappings) have equal frames.

    Examples
    --------
    >>> import conflictlens as cl
    >>> c = cl.analyze_many(["Kemarin."], progress=False)
    >>> assert_corpus_equal(c, cl.analyze_many(["Kemarin."], progress=False))
    """
    for name in schema.SCHEMAS:
        assert_frames_equal(left[name], right[name], name, check_order=check_order)


def assert_mentions_valid(mentions: pd.DataFrame, texts: Mapping[str, str] | str) -> None:
    """Assert the invariants every ``mentions`` frame keeps.

    For each row: ``texts[doc_id][start:end] == text``, ``0 <= start < end``,
    ``earliest <= latest`` and ``low <= high`` where both are known, ``kind`` is a known kind;
    and the frame has the schema's columns and dtypes.

    Parameters
    ----------
    mentions : pandas.DataFrame
        A ``mentions`` frame.
    texts : mapping or str
        Original texts by ``doc_id`` (a single str when every row comes from one document).

    Examples
    --------
    >>> assert_mentions_valid(schema.empty_frame("mentions"), "")
    """
    assert_frame_conforms(mentions, "mentions")
    bad: list[str] = []
    for row in mentions.itertuples(index=False):
        text = texts if isinstance(texts, str) else texts[row.doc_id]
        where = f"{row.doc_id}[{row.start}:{row.end}] {row.kind}"
        if not (0 <= row.start < row.end <= len(text)):
            bad.append(f"{where}: offsets out of range (len {len(text)})")
        elif text[row.start : row.end] != row.text:
            bad.append(f"{where}: text {row.text!r} != {text[row.start : row.end]!r}")
        if row.kind not in schema.KINDS:
            bad.append(f"{where}: unknown kind {row.kind!r}")
        if pd.notna(row.earliest) and pd.notna(row.latest) and row.earliest > row.latest:
            bad.append(f"{where}: earliest {row.earliest} > latest {row.latest}")
        if pd.notna(row.low) and pd.notna(row.high) and row.low > row.high:
            bad.append(f"{where}: low {row.low} > high {row.high}")
    assert not bad, f"{len(bad)} invalid mention(s):\n" + "\n".join(bad[:20])
