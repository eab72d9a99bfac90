"""The speed pass keeps behaviour: one temporal scan per document, same results."""

from __future__ import annotations

import conflictlens.extract.temporal as temporal
import conflictlens.extract.temporal.scan as temporal_scan
from conflictlens import pipeline
from conflictlens.document import make_document
from conflictlens.extract import quantities

TEXT = "Berbicara di Ankara, Jumat (23/12), kata dia. Perang 44 hari pada September 2020."


def test_infer_published_and_extract_share_one_scan(monkeypatch):
    calls = []
    real = temporal_scan.tokens_and_lows  # (the tokenizer, with the tokens' lower-case forms)
    monkeypatch.setattr(
        temporal_scan, "tokens_and_lows", lambda text: calls.append(1) or real(text)
    )
    result = pipeline.run(make_document(TEXT, lang="id"))
    assert len(calls) == 1
    assert str(result.doc.published.date()) == "2022-12-23"
    assert [m.value for m in result.mentions if m.kind == "duration"] == ["P44D"]


def test_shared_scan_matches_a_fresh_scan():
    doc = make_document(TEXT, lang="id")
    doc.published, _ = temporal.infer_published(doc)
    shared = [(m.start, m.end, m.value) for m in temporal.extract(doc)]
    fresh = make_document(TEXT, lang="id", published=doc.published)  # a new text object
    assert shared == [(m.start, m.end, m.value) for m in temporal.extract(fresh)]


def test_the_same_text_in_another_language_is_scanned_again():
    text = "12 Mei 2020"  # one object, two languages: the cached scan must not be reused
    assert [m.value for m in temporal.tag(text, "id")] == ["2020-05-12"]
    assert [m.value for m in temporal.tag(text, "en")] == ["2020"]
    assert [m.value for m in temporal.tag(text, "id")] == ["2020-05-12"]


def test_lines_without_numbers_are_skipped_but_fractions_are_not():
    text = "Tidak ada korban.\n½ of the town and two-thirds of the farms burned.\nNo one."
    doc = make_document(text, lang="en")
    found = [(m.text, m.amount) for m in quantities.extract(doc, [])]
    assert ("½", 0.5) in found
    assert any(t == "two-thirds" for t, _ in found)
