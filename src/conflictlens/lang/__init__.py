"""Per-language knowledge, kept as data, and language detection.

Curated data lives in ``lang/core.json`` (function words, boilerplate prefixes, abbreviations);
generated packs (month and weekday names, relative words read from dateparser's locale data and
CLDR) live in ``_data/``. Code here is language-neutral.

Examples
--------
>>> detect("Perang berlangsung selama 44 hari dan ribuan orang mengungsi dari desa itu.")
'id'
>>> detect("The war lasted 44 days and thousands of people fled from the villages.")
'en'
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources  # package data, verified against its manifest

_WORD = re.compile(r"[^\W\d_]+")


@cache
def core() -> dict[str, dict]:
    """Return the curated per-language data, keyed by ISO 639-1 code."""
    data = dict(resources.load_lang_json("core.json"))
    data.pop("_comment", None)
    return data


def supported() -> tuple[str, ...]:
    """Return the languages with curated data."""
    return tuple(sorted(core()))


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {code: frozenset(d["function_words"]) for code, d in core().items()}


def detect(text: str, *, sample: int = 20_000, default: str | None = None) -> str | None:
    """Detect the language of ``text`` from function-word frequencies.

    Only the first ``sample`` characters are read, so cost is bounded. Returns ``default`` when no
    language has any evidence.
    """
    words = _function_words()
    counts = dict.fromkeys(words, 0)
    for match in _WORD.finditer(text, 0, min(len(text), sample)):
        w = match.group().lower()
        for code, vocab in words.items():
            if w in vocab:
                counts[code] += 1
    best = max(sorted(counts), key=lambda c: counts[c], default=None)
    if best is None or counts[best] == 0:
        return default
    return best
