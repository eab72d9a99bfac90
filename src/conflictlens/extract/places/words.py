"""Text helpers shared by the place matchers: words, phrases and gazetteer look-ups."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .candidate import Candidate
from .gazetteer import Gazetteer, Place, Words

if TYPE_CHECKING:
    from .match import _Rules

# Apostrophes join "O'Brien" but not a possessive "China's" (the 's is not part of the name).
_WORD = r"\w+(?:(?:['’](?!s\b)|[.\-])\w+)*"
# A phrase: up to eight words separated by single spaces (NERGrit-style tokenized text included).
# Tokenized text spaces its hyphens ("Desa Lumbi - Lumbia"): a spaced hyphen may join words.
_PHRASE = re.compile(rf"{_WORD}(?: (?:- )?{_WORD}){{0,7}}")
# One word: the first word of a ``_PHRASE`` match (the phrase never backtracks into it).
_ONE_WORD = re.compile(_WORD)
# The second word of a ``_PHRASE`` match, read from the end of the first: a spaced hyphen
# ("Lumbi - Lumbia") is a word of its own, as ``_PHRASE`` splits.
_SECOND = re.compile(rf" (-(?= {_WORD})|{_WORD})")
# A capitalized word: an upper-case letter not preceded by a word character, and the word.
# (The lookbehind follows the letter, so the regex engine skips to capitals: the same match,
# several times faster than a pattern that opens with a lookbehind.)
_CAPW = re.compile(r"[A-Z\u00C0-\u00DE](?<![\w'’\-].)\w*(?:(?:['’](?!s\b)|[.\-])\w+)*")
_SENT_END = frozenset('.!?"“”:;\n')
_QUOTES = ("'", "’")
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
    c = text[j]
    if c in _SENT_END or c in "([,":
        return c, c in _SENT_END
    # Most words are letters and digits after a space: the space found by ``rfind`` (within a
    # few dozen characters) is where the character loop below would stop.
    k = text.rfind(" ", j - 40 if j > 40 else 0, j)
    word = text[k + 1 : j + 1]
    if (k < 0 and j > 40) or not word.isalnum():
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


def _drop_person_names(text, cands, gaz, persons, context) -> list[Candidate]:
    """One sense per document: a town name seen closing a full name ("John Bolton") is that
    person when it recurs bare ("Bolton said"), unless a cue says place ("in Bolton")."""
    out = []
    for c in cands:
        # (The name first: its readings are read only for a name seen in a person's.)
        if (
            c.text in persons
            and c.cue is None
            and c.places
            and all(gaz.places[i].feature in ("city", "admin2") for i in c.places)
        ):
            prev, _ = _prev_word(text, c.start)
            if prev not in context and prev.lower() not in context:
                continue
        out.append(c)
    return out


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


@cache
def _pairs(gaz: Gazetteer) -> Words:
    """The first two words of every name of two words or more, and of a two-word name also
    without its final dot: a phrase whose first two words are not here starts no longer name
    (see :func:`~.match._name_phrase`). Built once per process (about 40 ms; 60,000 strings)."""
    out: Words = {}
    for n in gaz.names:
        i = n.find(" ")
        if i > 0:
            j = n.find(" ", i + 1)
            p = n if j < 0 else n[:j]
            out[p] = None
            if p.endswith("."):
                out[p[:-1]] = None
    return out


def _next_quote(text: str, i: int) -> int:
    """The offset of the first apostrophe (straight or curly) at or after ``i``, or past the
    end of ``text`` when there is none."""
    a, b = text.find("'", i), text.find("’", i)
    if a < 0:
        return b if b >= 0 else len(text) + 1
    return a if b < 0 or a < b else b


@cache
def _second_initials(gaz: Gazetteer) -> dict[str, str]:
    """The first characters of the second words of the :func:`_pairs`, by first word ("New":
    "ABCD…"): a phrase whose second word opens with none of them starts no name of two words
    or more (see :func:`_starts_nothing`). Built once per process (strings to strings)."""
    out: dict[str, str] = {}
    for p in _pairs(gaz):
        i = p.find(" ")
        w, c = p[:i], p[i + 1 : i + 2]
        have = out.get(w, "")
        if c not in have:
            out[w] = have + c
    return out


@cache
def _possessive_stems(gaz: Gazetteer) -> frozenset[str]:
    """ "People" of "People's Republic of China", "Hawke" of "Hawke's Bay": a capitalized word
    reads without its "'s", so a name opening with a possessive opens at the bare word."""
    return frozenset(w[:-2] for w in gaz.max_words if w.endswith(("'s", "’s")))


def _possessive_starts(text: str, gaz: Gazetteer, at: list[int] | None = None) -> list[int]:
    """Starts of the words before "'s " that open a name with a possessive ("People's Republic
    of China"): found from the apostrophes, fewer than the capitalized words. ``at``: where
    "'s " and "’s " are, when the caller has found them (see :func:`~.cues._scan`)."""
    stems = _possessive_stems(gaz)
    if at is None:
        at = []
        for quote in ("'s ", "’s "):
            i = text.find(quote)
            while i >= 0:
                at.append(i)
                i = text.find(quote, i + 1)
    out = []
    for i in at:
        j = i
        while j and text[j - 1].isalnum():
            j -= 1
        if j < i and text[j:i] in stems:
            out.append(j)
    return out


# What a word that opens some name or cue phrase (:func:`~.match._openers`) needs to start a
# candidate, by :func:`_opener_kind`: the word alone names a place (``_LIVE``: anything may
# start there); it names a place but is a common word (``_COMMON_ONE``: a cue right before
# it); it names no place in these languages (``_NO_NAME``). ``_LONGER`` is added when names of
# two words or more open with the word and it is not ``_LIVE``: a second word that makes the
# first two words of such a name (:func:`_pairs`) may start one.
_LIVE, _COMMON_ONE, _NO_NAME, _LONGER = 0, 1, 2, 4


def _opener_kind(gaz: Gazetteer, r: _Rules, w: str) -> int:
    """The kind of the opening word ``w`` in text of ``r.langs``: what
    :func:`~.match._name_phrase` finds for a phrase opening with it (a cue word is ``_LIVE``:
    its phrase is read by other rules)."""
    if w in r.cue_first:
        return _LIVE
    names, blocked = gaz.names, r.blocked
    if w in names and w not in blocked:
        # (Found as itself, never with a dot: a common word then needs a cue.)
        kind = _COMMON_ONE if w in r.common else _LIVE
    elif w + "." in names and w + "." not in blocked:
        kind = _LIVE
    else:
        kind = _NO_NAME
    return kind | _LONGER if kind and gaz.max_words.get(w, 0) > 1 else kind


def _starts_nothing(text: str, w: str, s: int, e: int, kind: int, r: _Rules, pairs: Words) -> bool:
    """Whether the capitalized word ``w`` at ``text[s:e]``, of :func:`_opener_kind` ``kind``
    (not ``_LIVE``), provably starts no candidate of :func:`~.match._name_phrase` (then none at
    all: it opens no cue phrase). A possessive after the first or second word ("People's
    Republic") changes the words looked up: such a word is read in full."""
    if text.startswith(_QUOTES, e):
        return False
    if kind & _LONGER:
        m = _SECOND.match(text, e)
        if m is not None and (text.startswith(_QUOTES, m.end()) or w + " " + m.group(1) in pairs):
            return False
        # No longer name opens here: what the word alone names is all.
        kind -= _LONGER
    if kind == _NO_NAME:
        return True
    # A common word names a place only after a cue.
    prev, _ = _prev_word(text, s)
    return prev.lower() not in r.context and prev not in r.context
