"""Generated view data: the Natural Earth basemap and the Wikinews sample (shape, size, drift)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from conflictlens import resources
from conflictlens.datasets import load_sample

ROOT = Path(__file__).resolve().parents[1]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_basemap_shape_and_size():
    path = resources.data_path("basemap/admin0_110m.json")
    assert path.stat().st_size < 1_000_000
    doc = resources.load_json("basemap/admin0_110m.json")
    assert "public domain" in doc["licence"]
    names = {c["name"] for c in doc["countries"]}
    assert len(doc["countries"]) >= 170 and {"Azerbaijan", "Armenia", "Indonesia"} <= names
    for c in doc["countries"]:
        for ring in c["rings"]:
            assert len(ring) >= 4 and ring[0] == ring[-1]
            assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)


def test_simplify_keeps_ends_and_drops_collinear_points():
    simplify = _script("build_basemap").simplify
    line = [(0.0, 0.0), (1.0, 0.001), (2.0, 0.0), (2.0, 2.0), (0.0, 0.0)]
    assert simplify(line, 0.05) == [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 0.0)]


def test_sample_records():
    records = load_sample("wikinews_conflict_50")
    assert len(records) == 50
    assert len({r["doc_id"] for r in records}) == 50
    for r in records:
        assert r["licence"] == "CC BY 2.5"
        assert r["source"].startswith("https://en.wikinews.org/wiki/")
        assert r["lang"] == "en" and len(r["text"]) >= 500
    with pytest.raises(ValueError):
        load_sample("nope")


def test_sample_matches_its_builder():
    corpus = ROOT.parent / "shared" / "corpora" / "wikinews_en.jsonl.gz"
    if not corpus.is_file():
        pytest.skip("the source corpus is not available here")
    import gzip

    build = _script("build_sample")
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    assert build.select(records) == load_sample("wikinews_conflict_50")
