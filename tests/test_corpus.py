"""analyze_many: every input accounted for, order kept, errors as rows."""

import json

import pandas as pd
import pytest

import conflictlens as cl


def test_mixed_records_all_accounted_for_in_order():
    records = ["Perang 44 hari.", {"doc_id": "b", "text": "Yesterday."}, {"doc_id": "c"}, 42,
               {"doc_id": "d", "text": "x", "published": "garbage"}]
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
