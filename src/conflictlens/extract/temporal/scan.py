"""One temporal scan of a text: its tokens and the grammar's matches in the best language pack.

``infer_published`` and ``extract`` of one document share the last scan (the scan is most of
their cost).

Examples
--------
>>> toks, matches, code = _scan("He left last Friday.", "en")
>>> code, len(matches)
('en', 1)
"""

from __future__ import annotations

from .grammar import Grammar, Match
from .lexicon import available, get_lexicon, tokens_and_lows


def _langs(lang: str | None) -> list[str]:
    packs = available()
    if lang in packs:
        return [lang]
    return list(packs)


# The last scan, keyed by the text object itself and the language: ``infer_published`` and
# ``extract`` of one document share it (the scan is most of their cost). One slot only, so nothing
# grows; holding the text keeps its identity from being reused by another string.
_last_scan: tuple[str, str | None, tuple[list, list[Match], str]] | None = None


def _scan(text: str, lang: str | None) -> tuple[list, list[Match], str]:
    global _last_scan
    last = _last_scan
    if last is not None and last[0] is text and last[1] == lang:
        return last[2]
    result = _scan_text(text, lang)
    _last_scan = (text, lang, result)
    return result


def _scan_text(text: str, lang: str | None) -> tuple[list, list[Match], str]:
    toks, lows = tokens_and_lows(text)
    best: list[Match] = []
    codes = _langs(lang)
    # A valid code without a pack ("fr") tries every pack and keeps the one that reads most.
    chosen = lang if lang in codes else ""
    for code in codes:
        found = Grammar(get_lexicon(code)).scan(toks, lows)
        if len(found) > len(best) or not chosen:
            best, chosen = found, code
    return toks, best, chosen
