"""analyze_many: every input accounted for, order kept, errors as rows."""

import json

import pandas as pd
import pytest

import conflictlens as cl


def test_mixed_records_all_accounted_for_in_order():
    records = [
        "Perang 44 hari.",
        {"doc_id": "b", "text": "Yesterday."},
        {"doc_id": "c"},
        42,
        {"doc_id": "d", "text": "x", "published": "garbage"},
    ]
    c = cl.analyze_many(records, progress=False)
    docs = c.documents
    assert len(docs) == len(records)
    assert list(docs["index"]) == [0, 1, 2, 3, 4]
    assert list(docs["status"]) == ["ok", "ok", "error", "error", "error"]
    assert list(c.errors["doc_id"]) == ["c", "doc-3", "d"]
    assert set(c.errors["stage"]) == {"input"}
    assert "published" in c.errors.loc[2, "message"]


def test_dataframe_input_and_frames_concatenate_with_doc_ids():
    df = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Satu.", "Two."], "lang": ["id", "en"]})
    c = cl.analyze_many(df, progress=False)
    assert list(c.documents["lang"]) == ["id", "en"]
    assert list(c.documents["lang_source"]) == ["given", "given"]


def test_dataframe_without_text_column_is_a_clear_error():
    with pytest.raises(ValueError, match="text"):
        cl.analyze_many(pd.DataFrame({"body": ["x"]}), progress=False)


def test_worker_processes_give_the_same_result_as_in_process():
    texts = [f"Dokumen {i}. Kemarin ada 12 orang tewas di Gaza." for i in range(10)]
    one = cl.analyze_many(texts, progress=False)
    two = cl.analyze_many(texts, n_jobs=2, chunksize=3, progress=False)
    pd.testing.assert_frame_equal(one.documents, two.documents)
    pd.testing.assert_frame_equal(one.mentions, two.mentions)


def test_on_error_raise_and_bad_arguments():
    with pytest.raises(RuntimeError, match="no 'text'"):
        cl.analyze_many([{"doc_id": "x"}], progress=False, on_error="raise")
    with pytest.raises(ValueError, match="on_error"):
        cl.analyze_many([], on_error="ignore")
    with pytest.raises(ValueError, match="n_jobs"):
        cl.analyze_many([], n_jobs=0)


def test_parquet_round_trip_keeps_dtypes(tmp_path):
    c = cl.analyze_many([cl.seed_text(), "Kemarin."], progress=False)
    c.to_parquet(tmp_path / "out")
    back = cl.read_parquet(tmp_path / "out")
    for name in ("mentions", "facts", "timeline", "documents", "errors"):
        pd.testing.assert_frame_equal(back[name], getattr(c, name), check_dtype=True)


def test_readers_yield_error_records_instead_of_raising(tmp_path):
    good = tmp_path / "a.jsonl"
    good.write_text(json.dumps({"doc_id": "a", "text": "Hari ini."}) + "\nnot json\n")
    recs = list(cl.read_jsonl(good))
    assert recs[0]["doc_id"] == "a" and "error" in recs[1]
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02")
    bad_utf8 = tmp_path / "c.txt"
    bad_utf8.write_bytes(b"\xff\xfe\xfa")
    recs = list(cl.read_texts([binary, bad_utf8]))
    assert all("error" in r for r in recs)
    c = cl.analyze_many(recs, progress=False)
    assert list(c.documents["status"]) == ["error", "error"]


# ---------------------------------------------------------------------------------------------
# Streaming, order, workers, faults
# ---------------------------------------------------------------------------------------------
import gzip  # noqa: E402
import multiprocessing  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from conflictlens import _pool, pipeline  # noqa: E402
from conflictlens import corpus as corpus_mod  # noqa: E402
from conflictlens.testing import (  # noqa: E402
    assert_corpus_equal,
    assert_frame_conforms,
    assert_frames_equal,
)

FORK = multiprocessing.get_start_method(allow_none=False) == "fork"
needs_fork = pytest.mark.skipif(not FORK, reason="patching workers needs the fork start method")

TEXTS = [
    "Kemarin 12 orang tewas di Gaza.",
    "At least 30 people were killed in Kabul on Friday.",
    "Perang berlangsung selama 44 hari pada September 2020.",
]


def _faulty_run(real):
    """A pipeline.run that raises on 'BOOM' and kills its process on 'KILL'."""

    def run(doc):
        if "KILL" in doc.text and multiprocessing.parent_process() is not None:
            os._exit(3)  # a worker dying hard (segfault, OOM kill)
        if "HANG" in doc.text and multiprocessing.parent_process() is not None:
            time.sleep(3600)  # a document that never finishes
        if "BOOM" in doc.text:
            raise RuntimeError("extractor exploded")
        return real(doc)

    return run


def test_records_are_consumed_lazily_in_chunks():
    consumed = []

    def gen():
        for i in range(10):
            consumed.append(i)
            yield {"doc_id": f"g{i}", "text": TEXTS[i % 3]}

    seen_at_chunk = []
    c = cl.analyze_many(
        gen(), chunksize=3, progress=False, on_chunk=lambda out: seen_at_chunk.append(len(consumed))
    )
    assert len(c.documents) == 10
    # When the first chunk's results arrive, only that chunk (plus one look-ahead) was read.
    assert seen_at_chunk[0] <= 4
    assert seen_at_chunk == sorted(seen_at_chunk)


def test_doc_ids_match_single_document_analysis_and_frames_conform():
    c = cl.analyze_many(TEXTS, progress=False)
    ids = [cl.analyze(t).doc_id for t in TEXTS]
    assert list(c.documents["doc_id"]) == ids
    for name in ("mentions", "facts", "timeline", "documents", "errors"):
        assert_frame_conforms(c[name], name)
    for t in TEXTS:
        one = cl.analyze(t).mentions
        pd.testing.assert_frame_equal(
            c.mentions[c.mentions["doc_id"] == one["doc_id"].iloc[0]].reset_index(drop=True)
            if len(one)
            else one,
            one,
        )


def test_empty_input_gives_typed_empty_frames():
    c = cl.analyze_many([], progress=False)
    assert len(c) == 0 and len(c.errors) == 0
    assert_frame_conforms(c.documents, "documents")
    assert_frame_conforms(c.mentions, "mentions")


def test_bad_record_containers_are_type_errors():
    with pytest.raises(TypeError, match="records"):
        cl.analyze_many("this is a text, not a path", progress=False)
    with pytest.raises(TypeError, match="records"):
        cl.analyze_many(b"bytes", progress=False)
    with pytest.raises(TypeError, match="records"):
        cl.analyze_many(None, progress=False)
    with pytest.raises(ValueError, match="chunksize"):
        cl.analyze_many([], chunksize=0)


def test_documents_report_lang_and_published_with_their_sources():
    recs = [
        {"doc_id": "a", "text": TEXTS[0], "lang": "id", "published": "2023-10-08"},
        {"doc_id": "b", "text": TEXTS[1]},
        {"doc_id": "c", "text": TEXTS[0], "lang": "english"},
        {"doc_id": "d", "text": 12},
    ]
    d = cl.analyze_many(recs, progress=False).documents
    assert list(d["status"]) == ["ok", "ok", "error", "error"]
    assert list(d["lang_source"][:2]) == ["given", "detected"]
    assert d.loc[0, "published"] == pd.Timestamp("2023-10-08")
    assert d.loc[0, "published_source"] == "given"
    assert d.loc[0, "n_chars"] == len(TEXTS[0])


def test_extractor_error_becomes_a_row_and_the_batch_continues(monkeypatch):
    monkeypatch.setattr(pipeline, "run", _faulty_run(pipeline.run))
    texts = [TEXTS[0], "BOOM " + TEXTS[1], TEXTS[2]]
    c = cl.analyze_many(
        [{"doc_id": f"d{i}", "text": t} for i, t in enumerate(texts)], progress=False
    )
    assert list(c.documents["status"]) == ["ok", "error", "ok"]
    err = c.errors.iloc[0]
    assert (err["doc_id"], err["stage"], err["error"]) == ("d1", "pipeline", "RuntimeError")
    assert "exploded" in err["message"]


@needs_fork
def test_extractor_error_in_worker_processes(monkeypatch):
    monkeypatch.setattr(pipeline, "run", _faulty_run(pipeline.run))
    recs = [
        {"doc_id": f"d{i}", "text": ("BOOM " if i % 4 == 1 else "") + TEXTS[i % 3]}
        for i in range(12)
    ]
    c = cl.analyze_many(recs, n_jobs=2, chunksize=2, progress=False)
    assert list(c.documents["doc_id"]) == [r["doc_id"] for r in recs]
    assert list(c.errors["doc_id"]) == ["d1", "d5", "d9"]
    assert set(c.errors["stage"]) == {"pipeline"}


@needs_fork
def test_a_dying_worker_is_reported_and_the_rest_retried(monkeypatch):
    monkeypatch.setattr(pipeline, "run", _faulty_run(pipeline.run))
    recs = [
        {"doc_id": f"d{i}", "text": ("KILL " if i == 5 else "") + TEXTS[i % 3]} for i in range(14)
    ]
    c = cl.analyze_many(recs, n_jobs=2, chunksize=2, progress=False)
    docs = c.documents
    assert len(docs) == len(recs)
    assert list(docs["index"]) == list(range(14))
    assert list(docs["status"]) == ["error" if i == 5 else "ok" for i in range(14)]
    err = c.errors.iloc[0]
    assert (err["doc_id"], err["stage"], err["error"]) == ("d5", "worker", "WorkerDied")
    # Counts add up: ok + errors == inputs.
    assert (docs["status"] == "ok").sum() + len(c.errors) == len(recs)


@needs_fork
def test_a_pool_that_breaks_between_submissions_loses_no_document(monkeypatch):
    # A worker can die while the next chunk is being submitted: submit() itself then raises
    # BrokenProcessPool. Simulate it on every third submission.
    monkeypatch.setattr(pipeline, "run", _faulty_run(pipeline.run))
    real_new_pool = _pool.new_pool
    calls = {"n": 0}

    def flaky_pool(n, initializer=None):
        pool = real_new_pool(n, initializer)
        real_submit = pool.submit

        def submit(fn, *args, **kwargs):
            calls["n"] += 1
            if calls["n"] % 3 == 0 and n > 1:
                raise _pool.BrokenProcessPool("worker died between submissions")
            return real_submit(fn, *args, **kwargs)

        pool.submit = submit
        return pool

    monkeypatch.setattr(_pool, "new_pool", flaky_pool)
    recs = [{"doc_id": f"d{i}", "text": TEXTS[i % 3]} for i in range(12)]
    c = cl.analyze_many(recs, n_jobs=2, chunksize=2, progress=False)
    assert list(c.documents["doc_id"]) == [r["doc_id"] for r in recs]
    assert (c.documents["status"] == "ok").all()
    assert calls["n"] >= 3


def test_worker_output_equals_in_process_output_with_errors_mixed_in():
    recs = [TEXTS[i % 3] if i % 5 else {"doc_id": f"bad{i}"} for i in range(11)]
    one = cl.analyze_many(recs, progress=False)
    two = cl.analyze_many(recs, n_jobs=2, chunksize=2, progress=False)
    assert_corpus_equal(one, two)
    assert len(one.errors) == 3


def test_progress_bar_reports_documents_per_second(capsys):
    cl.analyze_many(TEXTS, progress=True)
    err = capsys.readouterr().err
    assert "3/3" in err and "doc/s" in err


def test_paths_globs_and_gzip(tmp_path):
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as fh:
        for i, t in enumerate(TEXTS):
            fh.write(json.dumps({"doc_id": f"j{i}", "text": t, "lang": "id"}) + "\n")
    (tmp_path / "b.txt").write_text(TEXTS[1], encoding="utf-8")
    c = cl.analyze_many(str(tmp_path / "*"), progress=False)
    assert list(c.documents["doc_id"]) == ["j0", "j1", "j2", "b"]
    assert c.documents.loc[0, "source"].endswith("a.jsonl.gz:1")
    c2 = cl.analyze_many([tmp_path / "b.txt", "plain text record"], progress=False)
    assert list(c2.documents["status"]) == ["ok", "ok"]


def test_read_any_reports_damaged_empty_and_huge_files(tmp_path):
    (tmp_path / "empty.jsonl").write_text("")
    (tmp_path / "blank.txt").write_text("  \n")
    (tmp_path / "big.txt").write_text("x" * 2000)
    (tmp_path / "bad.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    half = gzip.compress((json.dumps({"text": "Kemarin."}) + "\n").encode() * 50)
    (tmp_path / "cut.jsonl.gz").write_bytes(half[: len(half) // 2])
    recs = list(cl.io.read_any(sorted(tmp_path.iterdir()), max_bytes=1000))
    by_source = {}
    for r in recs:
        by_source.setdefault(Path(r["source"].split(":")[0]).name, []).append(r)
    assert "empty" in by_source["empty.jsonl"][0]["error"]
    assert "empty" in by_source["blank.txt"][0]["error"]
    assert "too large" in by_source["big.txt"][0]["error"]
    assert "error" in by_source["bad.jsonl.gz"][0]
    # A truncated stream keeps the records read before the damage, then reports it.
    assert "error" in by_source["cut.jsonl.gz"][-1]
    c = cl.analyze_many(recs, progress=False)
    assert len(c.documents) == len(recs)


def test_csv_with_article_sized_cells(tmp_path):
    long_text = "Kemarin 12 orang tewas. " * 10_000  # > 128 KB, the csv module's default limit
    pd.DataFrame({"doc_id": ["a"], "text": [long_text]}).to_csv(tmp_path / "c.csv", index=False)
    recs = list(cl.read_csv(tmp_path / "c.csv"))
    assert recs[0]["text"] == long_text


def test_read_parquet_returns_a_corpus(tmp_path):
    c = cl.analyze_many([*TEXTS, {"doc_id": "x"}], progress=False)
    back = cl.read_parquet(c.to_parquet(tmp_path / "pq"))
    assert isinstance(back, corpus_mod.Corpus)
    assert_corpus_equal(back, c)
    with pytest.raises(FileNotFoundError):
        cl.read_parquet(tmp_path / "missing")


def test_a_document_whose_rows_cannot_be_framed_is_an_error_row(monkeypatch):
    real = pipeline.frames

    def frames(results):
        if any("UNFRAMEABLE" in r.doc.text for r in results):
            raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")
        return real(results)

    monkeypatch.setattr(pipeline, "frames", frames)
    recs = [{"doc_id": f"d{i}", "text": TEXTS[i % 3] + (" UNFRAMEABLE" if i == 1 else "")}
            for i in range(4)]  # fmt: skip
    c = cl.analyze_many(recs, chunksize=4, progress=False)
    assert list(c.documents["status"]) == ["ok", "error", "ok", "ok"]
    assert c.errors.loc[0, "stage"] == "frames"
    assert set(c.mentions["doc_id"]) <= {"d0", "d2", "d3"}
    ok = cl.analyze_many([r for i, r in enumerate(recs) if i != 1], progress=False)
    assert_frames_equal(c.mentions, ok.mentions)


@needs_fork
@pytest.mark.timeout(60)
def test_a_stuck_document_times_out_and_the_rest_is_kept(monkeypatch):
    monkeypatch.setattr(pipeline, "run", _faulty_run(pipeline.run))
    recs = [{"doc_id": f"d{i}", "text": ("HANG " if i == 2 else "") + TEXTS[i % 3]}
            for i in range(6)]  # fmt: skip
    started = time.perf_counter()
    c = cl.analyze_many(recs, n_jobs=1, chunksize=2, timeout=1, progress=False)
    assert time.perf_counter() - started < 30
    assert list(c.documents["status"]) == ["ok", "ok", "error", "ok", "ok", "ok"]
    err = c.errors.iloc[0]
    assert (err["doc_id"], err["stage"], err["error"]) == ("d2", "worker", "Timeout")
    with pytest.raises(ValueError, match="timeout"):
        cl.analyze_many([], timeout=0)
