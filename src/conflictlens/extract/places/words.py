"""Text helpers shared by the place matchers: words, phrases and gazetteer look-ups."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidate import Candidate
from .gazetteer import Gazetteer, Place

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


# Flags of a name's readings (bits of :func:`_reading_flags`).
_COUNTRY, _HOME, _MAJOR_WINS, _KNOWN, _ANY_MAJOR = 1, 2, 4, 8, 16


def _reading_flags(gaz: Gazetteer, r: _Rules, places: list[int]) -> int:
    """What :func:`~.match._plausible` asks of the readings ``places`` of one name, as bits:
    one is a country (``_COUNTRY``); one lies in a home country (``_HOME``); a major reading is
    at least as big as every minor one (``_MAJOR_WINS``); one lies at home or is big enough to
    match without a cue (``_KNOWN``); one is of a major feature class (``_ANY_MAJOR``)."""
    feats = [gaz.places[i] for i in places]
    homes = r.homes
    # A small foreign division (Freeport, Bahamas: 73,000) is no more famous than a town of
    # its size: in a language with a home country it needs a cue like one ("PT Freeport").
    small = r.minor_home

    def is_major(p: Place) -> bool:
        if p.feature not in _MAJOR:
            return False
        return p.feature != "admin1" or p.country in homes or p.population >= small

    major = [p.population for p in feats if is_major(p)]
    minor = [p.population for p in feats if not is_major(p)]
    flags = _COUNTRY if any(p.feature == "country" for p in feats) else 0
    if any(p.country in homes for p in feats):
        flags |= _HOME
    # Major unless a minor reading is bigger (Manchester the city, not the Jamaican parish).
    if major and (not minor or max(major) >= max(minor)):
        flags |= _MAJOR_WINS
    # Several languages (unknown text language): the most permissive threshold.
    if any(p.country in homes or p.population >= r.minor_any for p in feats):
        flags |= _KNOWN
    if any(p.feature in _MAJOR for p in feats):
        flags |= _ANY_MAJOR
    return flags


def _name_flags(gaz: Gazetteer, r: _Rules, name: str) -> int:
    """The :func:`_reading_flags` of ``name`` (0 when it names no place), computed once per
    gazetteer name (a word that names none is not remembered: there is no end to those)."""
    flags = r.readings.get(name)
    if flags is None:
        places = _find(gaz, r, name)
        if places is None:
            return 0
        flags = r.readings[name] = _reading_flags(gaz, r, places)
    return flags
