"""conflictlens.dask on a real multi-process cluster: identical rows to analyze_many."""

import pandas as pd
import pytest

import conflictlens as cl
from conflictlens.testing import assert_frame_conforms, assert_frames_equal

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
cld = pytest.importorskip("conflictlens.dask")

FRAMES = ("mentions", "facts", "timeline", "documents", "errors")


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def docs():
    texts = [
        cl.seed_text(),
        "Kemarin 12 orang tewas di Gaza, kata pejabat.",
        "At least 30 people were killed in Kabul on Friday, 27 August 2021.",
        None,  # no text: an error row, not an exception
        "Perang berlangsung selama 44 hari pada September 2020.",
        "Yesterday, more than 1,000 people fled Mariupol.",
    ]
    return pd.DataFrame(
        {
            "id": [f"d{i}" for i in range(len(texts))],
            "body": texts,
            "published": ["2022-12-23", None, "2021-08-28", None, "2022-12-23", "2022-03-10"],
            "lang": ["id", "id", "en", None, None, "en"],
        }
    )


@pytest.mark.timeout(120)
def test_cluster_gives_identical_rows_to_analyze_many(client, docs):
    ddf = dd.from_pandas(docs, npartitions=3)
    lazy = cld.analyze_frames(ddf, text="body", doc_id="id", published="published", lang="lang")
    computed = dict(zip(lazy, client.compute(list(lazy.values()), sync=True), strict=True))
    expected = cl.analyze_many(
        docs.rename(columns={"id": "doc_id", "body": "text"}), n_jobs=1, progress=False
    )
    for name in FRAMES:
        assert_frame_conforms(computed[name], name)
        assert_frames_equal(computed[name], expected[name], name)
    assert list(computed["documents"]["status"]) == [
        "error" if pd.isna(t) else "ok" for t in docs["body"]
    ]
    assert list(computed["errors"]["doc_id"]) == ["d3"]


def test_meta_comes_from_the_schema_without_computing(docs):
    ddf = dd.from_pandas(docs, npartitions=2)
    for name in FRAMES:
        lazy = cld.analyze(ddf, text="body", frame=name)
        assert list(lazy.columns) == list(cl.schema.dtypes(name))
        assert_frame_conforms(lazy._meta, name)


def test_clear_errors_for_wrong_columns_and_frames(docs):
    ddf = dd.from_pandas(docs, npartitions=1)
    with pytest.raises(KeyError, match="nope"):
        cld.analyze(ddf, text="nope")
    with pytest.raises(ValueError, match="frame"):
        cld.analyze(ddf, text="body", frame="entities")


def test_derived_doc_ids_match_analyze(docs):
    ddf = dd.from_pandas(docs[["body"]].iloc[[1, 2]], npartitions=2)
    got = cld.analyze(ddf, text="body", frame="documents").compute(scheduler="sync")
    assert list(got["doc_id"]) == [cl.analyze(t).doc_id for t in docs["body"].iloc[[1, 2]]]
    assert list(got["index"]) == [1, 2]
