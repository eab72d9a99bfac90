"""The command line: demo and analyze."""

import json

import pandas as pd

from conflictlens.cli import main


def test_demo_writes_tables_and_timeline(tmp_path, capsys):
    out = tmp_path / "demo"
    assert main(["demo", "-o", str(out)]) == 0
    for name in (
        "mentions.csv",
        "facts.csv",
        "timeline.csv",
        "timeline.png",
        "map.png",
        "facts.html",
        "article.html",
        "events.csv",
        "timelinejs.json",
    ):
        assert (out / name).is_file(), name
    printed = capsys.readouterr().out
    assert "published=2022-12-23" in printed
    assert str(out / "timeline.png") in printed
    m = pd.read_csv(out / "mentions.csv")
    assert {"start", "end", "kind", "value"} <= set(m.columns)


def test_analyze_jsonl_to_csv_and_exit_code_after_bad_files(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"doc_id": "a", "text": "Kemarin 12 orang tewas di Gaza."}) + "\n")
    missing = tmp_path / "nope.txt"
    out = tmp_path / "out.csv"
    code = main(["analyze", str(src), str(missing), "-o", str(out), "-q"])
    assert code == 1  # one file failed, but only after the others were processed
    docs = pd.read_csv(tmp_path / "out.documents.csv")
    assert list(docs["status"]) == ["ok", "error"]
    assert "file not found" in capsys.readouterr().err


def test_analyze_to_parquet_folder(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Yesterday twelve people were killed.")
    assert main(["analyze", str(src), "-o", str(tmp_path / "o"), "--format", "parquet", "-q"]) == 0
    assert (tmp_path / "o" / "mentions.parquet").is_file()
