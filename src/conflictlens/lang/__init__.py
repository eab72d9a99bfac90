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


@cache
def _distinctive_words() -> dict[str, frozenset[str]]:
    data = dict(resources.load_lang_json("detect_words.json"))
    data.pop("_comment", None)
    return {code: frozenset(words) for code, words in data.items()}


def detect(text: str, *, sample: int = 20_000, default: str | None = None) -> str | None:
    """Detect the language of ``text`` from function-word frequencies.

    Only the first ``sample`` characters are read, so cost is bounded. When the function words
    leave a tie (short texts), the frequent words that belong to one language only decide
    (``detect_words.json``, built from wordfreq). Returns ``default`` when no language has any
    evidence.

    Examples
    --------
    >>> detect('Drama serial " The Slingshot " yang dibintangi Park Yong Ha ditayangkan KBS2.')
    'id'
    """
    words = _function_words()
    counts = dict.fromkeys(words, 0)
    seen = []
    for match in _WORD.finditer(text, 0, min(len(text), sample)):
        w = match.group().lower()
        seen.append(w)
        for code, vocab in words.items():
            if w in vocab:
                counts[code] += 1
    top = max(counts.values(), default=0)
    tied = sorted(c for c in counts if counts[c] == top)
    if len(tied) > 1:
        distinct = _distinctive_words()
        score = {c: sum(w in distinct.get(c, ()) for w in seen) for c in tied}
        best_score = max(score.values())
        if best_score > 0 and sum(v == best_score for v in score.values()) == 1:
            return max(score, key=score.__getitem__)
    if top == 0:
        return default
    return tied[0]
