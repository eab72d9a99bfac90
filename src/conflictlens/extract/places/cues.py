"""Cue phrases: a place noun that opens a name ("Desa Suren", "Kabupaten Bogor", "the town of
X") and streets with their house numbers; lower-case cues found in one Aho-Corasick pass."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

import ahocorasick

from .candidate import Candidate
from .gazetteer import Gazetteer
from .words import _find

if TYPE_CHECKING:
    from .match import _Rules

_MAX_CUE_WORDS = 5
# Places whose name ends a cue phrase: nothing more specific follows a country or a state.
_ENDS_CUE = frozenset({"country", "continent", "admin1"})
# Longest cue, in words ("Kawasan Hutan Lindung Gunung Lumut", "Taman Wisata Alam Danau Towuti").
_MAX_CUE_LEN = 3


def _cue_phrase(text, s, words, gaz, r: _Rules) -> Candidate | None:
    """``Desa Suren``, ``Kabupaten Minahasa Selatan``: a cue and the capitalized name after it
    (names looked up with the language filter of ``r``: :func:`~.words._find`)."""
    cues, stops, directions = r.cues, r.stops, r.directions
    for n_cue in range(_MAX_CUE_LEN, 0, -1):
        cue = " ".join(words[:n_cue])
        if len(words) <= n_cue or cue not in cues:
            continue
        rest = words[n_cue:]
        k = 0
        while k < min(len(rest), _MAX_CUE_WORDS):
            w = rest[k]
            # A reduplicated word keeps its second half in lower case ("Kecamatan Pulau -
            # pulau Batu", "Desa Mbuang - mbuang").
            if k > 1 and rest[k - 1] == "-" and w == rest[k - 2].lower():
                k += 1
                continue
            if not (w[0].isupper() or w[0].isdigit() or w == "-"):
                break
            # "Desa Genukharjo Kecamatan Sayung": another cue after a name starts a new place
            # (right after the cue it is part of the name: "Kecamatan Pulau Banyak").
            if (k and (w in cues or w + "." in cues)) or w in stops:
                break
            k += 1
        # "Gunung Everest 1963": a year is not part of the name ("Desa Wanga 2" keeps its
        # number), nor is a dangling hyphen.
        while k and (rest[k - 1] == "-" or (rest[k - 1].isdigit() and len(rest[k - 1]) > 3)):
            k -= 1
        # A name has a capitalized word that is not a numeral or code ("dusun III", "RT").
        if not any(w[0].isupper() and not w.isupper() for w in rest[:k]):
            return None
        full = " ".join(words[: n_cue + k])
        places = _find(gaz, r, full) or []
        if not places:
            for j in range(k, 0, -1):
                name = " ".join(rest[:j])
                if name in stops:
                    continue
                places = _find(gaz, r, name) or []
                if places:
                    # A country or state followed by two or more capitalized words ends the
                    # phrase (with its direction word): they are someone's name ("Kerajaan
                    # Inggris Katie Nicolls"). A town may not ("Desa Sidomulyo Lor Timur"),
                    # nor one word ("Desa Asan Tola").
                    if j + 1 < k and any(gaz.places[i].feature in _ENDS_CUE for i in places):
                        if rest[j] in directions:
                            j += 1
                        full = " ".join(words[: n_cue + j])
                    break
        end = s + len(full)
        return Candidate(s, end, text[s:end], list(places), cue=cue)
    return None


def _street(text: str, c: Candidate, gaz: Gazetteer, r: _Rules) -> Candidate:
    """A street: extended by its house number ("Jalan Belitung No 8", "Jalan Overste Sudiarto
    Nomor 60"), an address being one place, and resolved only by its full name. Streets are
    named after other places and people ("Jalan Belitung" lies in Bandung, not on Belitung):
    the name inside says nothing about where the street is.
    """
    m = _HOUSE_NUMBER.match(text, c.end)
    if m is not None and m.group(1) in r.house_numbers:
        c.end = m.end()
        c.text = text[c.start : c.end]
    c.places = list(_find(gaz, r, c.text) or [])
    return c


_HOUSE_NUMBER = re.compile(r" (\w+\.?) ?\d+[A-Za-z]?(?!\w)")


def _cue_words(include: frozenset[str], before: frozenset[str]) -> tuple[tuple[str, bool], ...]:
    """The lower-case cues, each with a space appended, and whether it is part of the span
    ("desa Suren") or stays outside it ("dukuh Mojorejo"); a cue of both kinds is part of it."""
    lower = [(c + " ", True) for c in sorted(include) if not c[0].isupper()]
    lower += [(c + " ", False) for c in sorted(before - include) if not c[0].isupper()]
    return tuple(lower)


# What a key of the scanning automaton is (bits: one key may be several): a cue inside the
# span, a cue outside it, a plural place noun that opens an enumeration, a word introducing one,
# a possessive ("'s ").
_CUE_IN, _CUE_OUT, _HEAD, _INTRO, _POSS = 1, 2, 4, 8, 16
_CUE, _OTHER = _CUE_IN | _CUE_OUT, _HEAD | _INTRO | _POSS
_POSSESSIVES = ("'s ", "’s ")


@cache
def _cue_automaton(
    words: tuple[tuple[str, bool], ...], heads: tuple[str, ...] = (), intros: tuple[str, ...] = ()
) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of the cues ``words``, of the enumeration words ``heads``
    and ``intros`` (see :func:`~.lists.enumerated`) and of the possessives: each key is stored
    with its length and what it is (bits ``_CUE_IN``, ``_CUE_OUT``, ``_HEAD``, ``_INTRO``,
    ``_POSS``)."""
    keys: dict[str, int] = dict.fromkeys(_POSSESSIVES, _POSS)
    for w, inside in words:
        keys[w] = keys.get(w, 0) | (_CUE_IN if inside else _CUE_OUT)
    for w in heads:
        keys[w] = keys.get(w, 0) | _HEAD
    for w in intros:
        keys[w] = keys.get(w, 0) | _INTRO
    auto = ahocorasick.Automaton()
    for w, what in keys.items():
        auto.add_word(w, (len(w), what))
    auto.make_automaton()
    return auto


def _cue_hits(text: str, words: tuple[tuple[str, bool], ...]) -> tuple[list[int], set[int]]:
    """Lower-case cues that start a word and come right before a capitalized word ("desa
    Suren", "kota Bandung"): the starts of those inside the span, the ends of the others
    (:func:`_scan` without enumeration words)."""
    lower, forced, _, _ = _scan(text, words)
    return lower, forced


def _scan(
    text: str,
    words: tuple[tuple[str, bool], ...],
    heads: tuple[str, ...] = (),
    intros: tuple[str, ...] = (),
) -> tuple[list[int], set[int], list[int], list[int]]:
    """:func:`_cue_hits`, where the enumeration nouns ``heads`` occur (every occurrence, left to
    right; none when no word of ``intros`` occurs: then no enumeration can), and where the
    possessives "'s " and "’s " are (see :func:`~.words._possessive_starts`).

    All cues are found in one pass of an Aho-Corasick automaton (every occurrence of every
    cue, overlapping ones included), far quicker than one ``str.find`` scan per cue or a
    regular expression of all cues that must be tried at every word start; the same pass finds
    the enumeration words (instead of one ``str.find`` scan of the text per word). Cue hits
    are read left to right and never overlap ("desa-desa Sukamaju": the cue is "desa-desa",
    not the "desa" in it), as with one pass of the alternation.
    """
    hits = []
    at: list[int] = []
    quotes: list[int] = []
    intro = False
    n = len(text)
    for last, (size, what) in _cue_automaton(words, heads, intros).iter(text):
        after = last + 1
        i = after - size
        if (
            what & _CUE
            and after < n
            and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"))
        ):
            c = text[after]
            if "A" <= c <= "Z" or "\u00c0" <= c <= "\u00de":
                hits.append((i, after, bool(what & _CUE_IN)))
        if what & _OTHER:
            if what & _HEAD:
                at.append(i)
            if what & _INTRO:
                intro = True
            if what & _POSS:
                quotes.append(i)
    lower: list[int] = []
    forced: set[int] = set()
    last = 0
    for start, end, inside in sorted(hits):
        if start < last:
            continue
        last = end
        if inside:
            lower.append(start)
        else:
            forced.add(end)
    return lower, forced, at if intro else [], quotes
