"""Text helpers shared by the place matchers: words, phrases and gazetteer look-ups."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidate import Candidate
from .gazetteer import Gazetteer

if TYPE_CHECKING:
    from .match import _Rules

# Apostrophes join "O'Brien" but not a possessive "China's" (the 's is not part of the name).
_WORD = r"\w+(?:(?:['’](?!s\b)|[.\-])\w+)*"
# A phrase: up to eight words separated by single spaces (NERGrit-style tokenized text included).
# Tokenized text spaces its hyphens ("Desa Lumbi - Lumbia"): a spaced hyphen may join words.
_PHRASE = re.compile(rf"{_WORD}(?: (?:- )?{_WORD}){{0,7}}")
# One word: the first word of a ``_PHRASE`` match (the phrase never backtracks into it).
_ONE_WORD = re.compile(_WORD)
# A capitalized word: an upper-case letter not preceded by a word character, and the word.
# (The lookbehind follows the letter, so the regex engine skips to capitals: the same match,
# several times faster than a pattern that opens with a lookbehind.)
_CAPW = re.compile(r"[A-Z\u00C0-\u00DE](?<![\w'’\-].)\w*(?:(?:['’](?!s\b)|[.\-])\w+)*")
_SENT_END = frozenset('.!?"“”:;\n')
# Feature classes a bare capitalized name may always stand for (countries as adjectives too:
# "Menteri Pertahanan Turki").
_MAJOR = frozenset(
    {"country", "continent", "region", "admin1", "sea", "strait", "island", "historical"}
)


def _prev_word(text: str, start: int) -> tuple[str, bool]:
    """Return the word before ``start`` and whether that word opens a sentence."""
    j = start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j < 0:
        return "", True
    if text[j] in _SENT_END or text[j] in "([,":
        return text[j], text[j] in _SENT_END
    k = j
    while k >= 0 and (text[k].isalnum() or text[k] in "'’-."):
        k -= 1
    word = text[k + 1 : j + 1]
    i = k
    while i >= 0 and text[i] == " ":
        i -= 1
    return word, i < 0 or text[i] in _SENT_END


def _next_word(text: str, end: int) -> str:
    """The word after the space at ``end`` (the first word of a phrase there), or ``""``."""
    m = _ONE_WORD.match(text, end + 1) if text.startswith(" ", end) else None
    return m.group() if m else ""


def _find(gaz: Gazetteer, r: _Rules, name: str) -> list[int] | None:
    """:func:`~.candidate.lookup` with the language filter precomputed (the hot path)."""
    found = gaz.names.get(name)
    if found is None or name in r.blocked:
        return None
    return list(found) if isinstance(found, tuple) else [found]


def _without_foreign_cue(c: Candidate, gaz: Gazetteer, r: _Rules) -> Candidate:
    """ "Kota Bandung" names a municipality of the home country, cue included; "kota Sydney"
    says what Sydney is: a foreign place's span leaves the cue out."""
    if not c.places or any(gaz.places[i].country in r.homes for i in c.places):
        return c
    cut = len(c.cue) + 1
    return Candidate(c.start + cut, c.end, c.text[cut:], c.places)
