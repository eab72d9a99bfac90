"""Helpers shared by the temporal rule tests: tag a text, check every offset, and build the
expected (mention, start, value[, mod]) tuple from a mention's first place in the text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from conflictlens.extract.temporal import tag

_UNSET = object()


def tags(text: str, lang: str, published: date | None, *, mod: bool = False) -> list[tuple]:
    """(text, start, value) of each temporal mention, and its mod when ``mod`` is true."""
    found = tag(text, lang, published)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.start, m.value) + ((m.mod,) if mod else ()) for m in found]


def at(text: str, mention: str, value: str, mod: object = _UNSET) -> tuple:
    """The tuple :func:`tags` gives for ``mention`` (with ``mod`` when one is passed)."""
    return (mention, text.index(mention), value) + (() if mod is _UNSET else (mod,))


def gold_text(set_name: str, doc_id: str) -> str:
    """The text of document ``doc_id`` in the gold set ``benchmarks/data/<set_name>.jsonl``."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / f"{set_name}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(d["text"] for d in map(json.loads, lines) if d["doc_id"] == doc_id)
