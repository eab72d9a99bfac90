"""The public API contract of DESIGN.md: names, columns, dtypes, errors."""

import datetime as dt
import subprocess
import sys

import pandas as pd
import pytest

import conflictlens as cl
from conflictlens import schema

SEED = cl.seed_text()


def test_analyze_returns_analysis_with_contract_attributes():
    a = cl.analyze("Armenia dan Azerbaijan berperang selama 44 hari.", published="2022-12-23")
    assert isinstance(a, cl.Analysis)
    for name in ("mentions", "facts", "timeline"):
        assert isinstance(getattr(a, name), pd.DataFrame)
    assert a.published == pd.Timestamp("2022-12-23")
    assert a.published_source == "given"
    assert a.lang == "id"
    assert callable(a.plot_timeline) and callable(a.fact_table)
    assert hasattr(a, "_repr_html_")


def test_mentions_columns_and_dtypes_follow_schema():
    m = cl.analyze(SEED).mentions
    contract = [
        "doc_id",
        "sent_id",
        "start",
        "end",
        "text",
        "kind",
        "value",
        "mod",
        "earliest",
        "latest",
        "name",
        "country",
        "lat",
        "lon",
        "amount",
        "low",
        "high",
        "unit",
        "category",
    ]
    assert set(contract) <= set(m.columns)
    assert list(m.columns) == list(schema.MENTIONS)
    for col in ("doc_id", "text", "kind", "value", "mod", "name", "country", "unit", "category"):
        assert pd.api.types.is_string_dtype(m[col]), col
    for col in ("sent_id", "start", "end"):
        assert pd.api.types.is_integer_dtype(m[col]), col
    for col in ("lat", "lon", "amount", "low", "high"):
        assert pd.api.types.is_float_dtype(m[col]), col
    assert str(m["earliest"].dtype) == "datetime64[s]"


def test_offsets_point_into_the_original_text():
    a = cl.analyze(SEED)
    for row in a.mentions.itertuples():
        assert SEED[row.start : row.end] == row.text


def test_every_frame_builds_empty_with_its_dtypes():
    for name in schema.SCHEMAS:
        df = schema.empty_frame(name)
        assert len(df) == 0
        assert list(df.columns) == list(schema.SCHEMAS[name])


def test_pre_1678_dates_are_representable():
    df = schema.frame(
        "mentions",
        [
            {
                "start": 0,
                "end": 4,
                "text": "1453",
                "kind": "date",
                "value": "1453",
                "sent_id": 0,
                "earliest": dt.datetime(1453, 1, 1),
                "latest": dt.datetime(1453, 12, 31, 23, 59, 59),
            }
        ],
    )
    assert df.loc[0, "earliest"].year == 1453


@pytest.mark.parametrize(
    "published",
    [
        dt.date(2022, 12, 23),
        dt.datetime(2022, 12, 23, 9, 30),
        pd.Timestamp("2022-12-23"),
        "2022-12-23",
    ],
)
def test_published_accepts_the_documented_types(published):
    a = cl.analyze("Hari ini ada perang.", published=published)
    assert a.published.normalize() == pd.Timestamp("2022-12-23")


@pytest.mark.parametrize("bad", [None, b"bytes", 42, 3.5, ["list"]])
def test_text_of_wrong_type_raises_typeerror_naming_it(bad):
    with pytest.raises(TypeError, match="text"):
        cl.analyze(bad)


def test_invalid_published_and_lang_raise_valueerror_naming_the_value():
    with pytest.raises(ValueError, match="not-a-date"):
        cl.analyze("x", published="not-a-date")
    with pytest.raises(ValueError, match="klingon"):
        cl.analyze("x", lang="klingon")
    with pytest.raises(TypeError, match="published"):
        cl.analyze("x", published=12)


def test_doc_id_given_or_derived_deterministically():
    assert cl.analyze("Teks.", doc_id="abc").doc_id == "abc"
    assert cl.analyze("Teks.").doc_id == cl.analyze("Teks.").doc_id != cl.analyze("Lain.").doc_id


def test_import_does_not_load_heavy_optional_modules():
    code = (
        "import sys, conflictlens; "
        "bad=[m for m in ('matplotlib','IPython','dask') if m in sys.modules]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_empty_text_gives_empty_typed_frames():
    a = cl.analyze("")
    assert len(a.mentions) == 0
    assert list(a.facts.columns) == list(schema.FACTS)


def test_errors_survive_pickling_across_processes():
    import pickle

    from conflictlens.errors import DataError

    err = pickle.loads(pickle.dumps(DataError("gazetteer.json", "checksum mismatch")))
    assert err.resource == "gazetteer.json" and "checksum" in str(err)


def test_view_modules_load_lazily_from_the_package():
    assert callable(cl.plot.timeline) and callable(cl.tables.fact_table)
    with pytest.raises(AttributeError):
        _ = cl.no_such_module
