"""Frame building fast paths give the frames of the plain code they replace.

Typed columns are read by Arrow for lists of plain values, and the facts and timeline rows of a
batch are read into columns without copying each row; a reference copy of the code before the
speed pass must give the same arrays, to the bytes under a missing value, and the same errors.
"""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pandas as pd
import pytest

import conflictlens as cl
from conflictlens import pipeline, schema


# -- reference: the column code before the speed pass -------------------------------------------
def column_reference(values, dtype, n):
    if dtype == schema.DATETIME:
        out = np.full(n, np.datetime64("NaT", "s"))
        for i, v in enumerate(values):
            if v is not None and v is not pd.NaT:
                out[i] = np.datetime64(v, "s") if not isinstance(v, pd.Timestamp) else v.asm8
        return out
    if dtype == schema.FLOAT:
        if type(values) is list:
            return np.array(values, dtype=float)
        return np.array([np.nan if v is None else v for v in values], dtype=float)
    if dtype == schema.BOOL:
        return pd.array(list(values), dtype="boolean")
    if dtype == "Int64":
        return pd.array(list(values), dtype="Int64")
    raise AssertionError(dtype)


def parts(arr) -> list[np.ndarray]:
    """The numpy arrays that hold a column (data and mask of a masked array)."""
    if isinstance(arr, np.ndarray):
        return [arr]
    return [arr._data, arr._mask]


def assert_same_column(values, dtype):
    n = len(values)
    try:
        want = column_reference(values, dtype, n)
    except Exception as exc:
        with pytest.raises(type(exc)) as info:
            schema._column(values, dtype, n)
        assert str(info.value) == str(exc)
        return
    got = schema._column(values, dtype, n)
    assert type(got) is type(want) and got.dtype == want.dtype, (values, got, want)
    for g, w in zip(parts(got), parts(want), strict=True):
        assert g.dtype == w.dtype and g.tobytes() == w.tobytes(), (values, g, w)
        assert g.flags.writeable == w.flags.writeable


def random_datetime(rng: random.Random) -> dt.datetime:
    year = rng.choice([1, 2, 1500, 1677, 1969, 1970, 2024, 2262, 2263, 9999])
    day = dt.datetime(year, rng.randint(1, 12), rng.randint(1, 28))
    micros = rng.choice([0, 1, 500_000, 999_999])
    return day + dt.timedelta(seconds=rng.randint(0, 86_399), microseconds=micros)


_ODD = [
    pd.Timestamp("2020-01-01 00:00:00.7"),
    dt.date(2020, 1, 2),
    dt.datetime(2020, 1, 2, tzinfo=dt.timezone(dt.timedelta(hours=3))),
    np.float64(1.5),
    np.int64(3),
    True,
    2**63,
    -(2**63) - 1,
    "2.5",
    "x",
    1.5,
    7,
    float("nan"),
]


@pytest.mark.filterwarnings("ignore:no explicit representation of timezones")
def test_columns_match_the_reference():
    rng = random.Random(17)
    plain = {
        schema.DATETIME: lambda: random_datetime(rng),
        schema.FLOAT: lambda: rng.choice(
            [0.0, -0.0, 1.5, -3.25, 1e308, float("inf"), float("-inf"), float("nan"), 2.0**60]
        ),
        schema.BOOL: lambda: rng.random() < 0.5,
        "Int64": lambda: rng.choice([0, 1, -1, 2**63 - 1, -(2**63), 44, 10**12]),
    }
    for dtype, make in plain.items():
        for _ in range(400):
            size = rng.randint(0, 30)
            values = [None if rng.random() < 0.4 else make() for _ in range(size)]
            if rng.random() < 0.2:
                values.insert(rng.randint(0, size), rng.choice(_ODD))
            assert_same_column(values, dtype)
            assert_same_column(tuple(values), dtype)
        for values in ([], [None], [None] * 5, [make()]):
            assert_same_column(values, dtype)


# -- facts and timeline rows into columns -------------------------------------------------------
def rows_reference(results, attr):
    out = []
    for r in results:
        for row in getattr(r, attr):
            out.append({**row, "doc_id": r.doc.doc_id})
    return out


def test_row_columns_match_the_reference():
    texts = [
        "Gaza, 5 Mei - Sedikitnya 12 orang tewas di Rafah pada Senin (6/5). Dua orang hilang.",
        "At least 12 people were killed in Kabul on Friday after a 3-day siege in May 2020.",
        "Perang 44 hari pada September 2020 menewaskan 5.000 tentara.",
        "Nothing happened.",
    ]
    results = [
        pipeline.run(cl.document.make_document(t, published="2024-05-07", doc_id=f"d{i}"))
        for i, t in enumerate(texts)
    ]
    # A row without some columns, one with a column the frame lacks, one naming another doc.
    results[0].facts[0].pop("where", None)
    odd = {"item_id": 9, "evidence_start": 0, "evidence_end": 1, "unknown": 5, "doc_id": "zz"}
    results[0].timeline.append(odd)
    for batch in (results, results[:1], results[3:], []):
        for attr in ("facts", "timeline"):
            want = schema.frame(attr, rows_reference(batch, attr))
            got = schema.frame(attr, pipeline.row_columns(batch, attr, attr))
            pd.testing.assert_frame_equal(got, want, check_exact=True)
            assert list(got.dtypes) == list(want.dtypes)
    # A row without a value for an int64 column cannot be framed, either way.
    results[1].facts[0].pop("fact_id")
    with pytest.raises(TypeError, match="not 'NoneType'"):
        schema.frame("facts", rows_reference(results, "facts"))
    with pytest.raises(TypeError, match="not 'NoneType'"):
        schema.frame("facts", pipeline.row_columns(results, "facts", "facts"))
