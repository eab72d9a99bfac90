"""List patterns: capitalized items listed with places are places too.

Two passes over the matcher's candidates, each linear in the text: items listed between two
known towns or villages ("Klaten , Prambanan , Wedi , Surakarta") and items enumerated after a
plural place noun ("lima desa yaitu A , B dan C"). The words are language data
(``list_joins``, ``list_blockers``, ``list_heads``, ``list_intros`` in ``lang/places_<code>.json``).

Examples
--------
>>> from conflictlens.extract.places.gazetteer import load
>>> from conflictlens.extract.places.match import candidates
>>> text = "Banjir melanda Kelurahan Paraga , Ngelorawuk dan Sadia ."
>>> [c.text for c in candidates(text, load(), ("id",))]
['Kelurahan Paraga', 'Ngelorawuk', 'Sadia']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise
from typing import TYPE_CHECKING

from .candidate import Candidate, lookup, word_start_regex
from .gazetteer import LANGS, Gazetteer

if TYPE_CHECKING:
    from .match import _Rules


def enum_regex(
    heads: frozenset[str], intros: frozenset[str], joins: frozenset[str]
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Compile the enumeration pattern (``None`` when a language has no such words)."""
    if not heads or not intros or not joins:
        return None

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    # "9 desa yaitu : A , B dan C": a place noun, up to four words ("desa lainnya"), an
    # introducing word, an optional colon, then the list (group ``items``). Every part has one
    # way to match a character: no backtracking beyond the bounded word run.
    item = r"[A-Z][\w'’\-]*(?: [A-Z0-9][\w'’\-]*){0,2}"
    sep = rf"(?: ?, (?:(?:{alt(joins)}) )?| (?:{alt(joins)}) )"
    return word_start_regex(
        rf"(?:{alt(heads)})(?: [\w\-]+){{0,4}}? (?:{alt(intros)})(?: :)? "
        rf"(?P<items>{item}(?:{sep}{item})*)"
    )


def list_regex(joins: frozenset[str]) -> re.Pattern[str] | None:
    """Compile the pattern of a gap made of list separators and items."""
    if not joins:
        return None
    alt = "|".join(re.escape(w) for w in sorted(joins, key=len, reverse=True))
    # A list separator: a comma (tokenized text spaces it), optionally followed by a joining
    # word, or a joining word alone. Items are one to three capitalized words.
    sep = rf"(?: ?, (?:(?:{alt}) )?| (?:{alt}) )"
    item = r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2}"
    return re.compile(rf"{sep}((?:{item}{sep})+)")


def enumerated(
    text: str, cands: list[Candidate], gaz: Gazetteer, r: _Rules, at: list[int] | None = None
) -> list[Candidate]:
    """Add the items of "lima desa yaitu A , B dan C" that no other rule found.

    ``at``: where the place nouns ``r.heads`` occur, when the caller has found them (none when
    no introducing word occurs; see :func:`~.cues._scan`).
    """
    # Every enumeration has an introducing word: most texts have none, and are skipped with a
    # fast substring test (one per word, mapped at C level).
    if at is None and not any(map(text.__contains__, r.intros)):
        return cands
    extra: list[Candidate] = []
    for m in _enum_matches(text, r, at):
        pos = m.start("items")
        for piece in _split_items(m.group("items"), r):
            s = text.find(piece, pos)
            pos = s + len(piece)
            words = piece.split(" ")
            if len(piece) < 3 or piece.isupper() or gaz.is_common(piece, LANGS):
                continue
            if any(w in r.stops or w in r.directions for w in words):
                continue
            places = lookup(gaz, piece, r.langs) or []
            extra.append(Candidate(s, pos, piece, list(places)))
    if not extra:
        return cands
    # Spans found by the other rules win; an item overlapping one is dropped.
    taken = sorted((c.start, c.end) for c in cands)
    starts = [a for a, _ in taken]
    keep = []
    for c in extra:
        k = bisect_right(starts, c.start)
        left = taken[k - 1] if k else None
        right = taken[k] if k < len(taken) else None
        if (left and left[1] > c.start) or (right and right[0] < c.end):
            continue
        keep.append(c)
    return sorted(cands + keep, key=lambda c: c.start)


def _enum_matches(text: str, r: _Rules, at: list[int] | None = None) -> list[re.Match[str]]:
    """The enumerations of ``text``, left to right, not overlapping: each place noun is found
    with ``str.find`` (or read from ``at``, every place noun's every start) and the pattern
    tried only there (the matches one scan of the whole text with
    :func:`~.candidate.word_start_finditer` would give, several times faster)."""
    first = r.enum_rx[0]
    hits: dict[int, re.Match[str]] = {}
    if at is None:
        at = []
        for head in r.heads:
            i = text.find(head)
            while i >= 0:
                at.append(i)
                i = text.find(head, i + 1)
    for i in at:
        if i not in hits and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = first.match(text, i)
            if m is not None:
                hits[i] = m
    out = []
    last = -1
    for i in sorted(hits):
        if i >= last:
            out.append(hits[i])
            last = hits[i].end()
    return out


# Longest gap between two listed places that is read as a list of places (characters).
_MAX_LIST_GAP = 160
_LIST_SPLIT = re.compile(r" ?, ")


def listed(text: str, cands: list[Candidate], gaz: Gazetteer, r: _Rules) -> list[Candidate]:
    """Add capitalized items listed between two places ("Klaten , Prambanan , Wedi , Surakarta").

    Only a gap made entirely of list separators and capitalized items counts, so a sentence
    between two places never does; an item that is a common word, a stop or a cue does not.
    """
    out: list[Candidate] = []
    for a, b in pairwise(cands):
        out.append(a)
        # (The gap's shape first: most gaps are prose, and fail at their first characters; a
        # long gap is not even copied.)
        m = r.list_rx.fullmatch(text[a.end : b.start]) if b.start - a.end <= _MAX_LIST_GAP else None
        if m is None or not (_local(a, gaz) and _local(b, gaz)):
            continue
        # "bahasa Piru , Moksela , Serua": a list of languages or clans named after places.
        head = text[max(0, a.start - _MAX_LIST_GAP) : a.start]
        head = head[head.rfind(". ") + 1 :]
        if any(w in r.list_blockers for w in head.split()):
            continue
        pos = a.end + m.start(1)
        for piece in _split_items(m.group(1), r):
            s = text.find(piece, pos)
            pos = s + len(piece)
            words = piece.split(" ")
            if any(w in r.stops or w in r.cues or w in r.directions for w in words):
                continue
            if gaz.is_common(piece, LANGS) or (len(words) == 1 and piece.isupper()):
                continue
            out.append(Candidate(s, pos, piece, list(lookup(gaz, piece, r.langs) or [])))
    out.append(cands[-1])
    return out


def _local(c: Candidate, gaz: Gazetteer) -> bool:
    # Towns, districts and cue phrases ("Desa X"): lists of countries, islands or peoples' homes
    # ("Jawa , Batak , Sunda") list peoples and languages as often as places.
    return c.cue is not None or (
        bool(c.places) and all(gaz.places[i].feature in ("city", "admin2") for i in c.places)
    )


def _split_items(items: str, r: _Rules) -> list[str]:
    """Split "A , B dan C , " into its items (the pattern guarantees the shape)."""
    pieces = []
    for part in _LIST_SPLIT.split(items):
        words = part.split(" ")
        cur: list[str] = []
        for w in words:
            if w in r.list_joins_words:
                if cur:
                    pieces.append(" ".join(cur))
                cur = []
            elif w:
                cur.append(w)
        if cur:
            pieces.append(" ".join(cur))
    return pieces
