"""Names closed by a place noun ("Salinas Valley", "the Gondra district") and names inside
hyphenated words ("Denver-based", "India-Pakistan")."""

from __future__ import annotations

import re
from itertools import compress, repeat
from typing import TYPE_CHECKING

from .candidate import Candidate
from .gazetteer import Gazetteer
from .words import _MAJOR, _find, _next_word, _prev_word

if TYPE_CHECKING:
    from .match import _Rules

_CAP_WORD_BEFORE = re.compile(r"(?<![\w'’\-.])([A-Z][\w'’\-]*) $")


def _headed(text: str, r: _Rules, present: frozenset[str]) -> dict[int, int]:
    """Spans of one to three capitalized words ended by a word for a kind of place, by start:
    "Salinas Valley", "Islington Bay", "Rift Valley Province", "Ural Mountains". Such a phrase
    names a place whether or not a gazetteer knows it; a capitalized word after it makes it part
    of another name ("Tampa Bay Lightning") and a stop word never opens it ("The")."""
    found: dict[int, int] = {}
    heads = r.feature_heads
    n = len(text)
    for head in sorted(present):
        key = " " + head
        i = text.find(key)
        while i >= 0:
            end = i + len(key)
            if end == n or not (text[end].isalnum() or text[end] in "'’-"):
                # One head may follow another ("Rift Valley Province").
                nxt = _next_word(text, end)
                if nxt in heads:
                    end += 1 + len(nxt)
                    nxt = _next_word(text, end)
                if not nxt[:1].isupper():
                    start = _name_before(text, i, r)
                    if start < i and found.get(start, 0) < end:
                        found[start] = end
            i = text.find(key, i + 1)
    return found


def _name_before(text: str, i: int, r: _Rules) -> int:
    """Where the one to three capitalized words ending at ``i`` (a space follows) start; ``i``
    when there are none. Not across a stop word ("The"), a possessive ("China's Guangdong
    Province") or an organisation's word ("Police Prefecture"); a sentence's first word only
    when it can open a name."""
    start, stop = i, i + 1
    for _ in range(3):
        w = _CAP_WORD_BEFORE.search(text, max(0, stop - 40), stop)
        word = w.group(1) if w is not None else ""
        if (
            len(word) < 2
            or word in r.stops
            or word in r.feature_heads
            or word in r.org_heads
            or word.endswith(("'s", "’s"))
            or _demonym_like(word, r)
        ):
            break
        _, initial = _prev_word(text, w.start(1))
        if initial and word not in r.openers:
            break
        start = stop = w.start(1)
    return start


def _demonym_like(word: str, r: _Rules) -> bool:
    """ "Nigerian", "Sudanese", "Scottish": an adjective of a people, not a name ("the Nigerian
    state of Zamfara", "the Romanian county of Brăila")."""
    return word in r.demonyms or word.endswith(_DEMONYM_ENDINGS)


# English adjectives of peoples end so ("Chadian", "Zimbabwean", "Sudanese", "Flemish",
# "Mexican"; "Republican" too).
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "can")


def _nouns_regex(nouns: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for all place nouns, each after a space and ending a word: one scan of the
    text instead of one substring search per noun."""
    if not nouns:
        return None
    alt = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    return re.compile(rf" (?:{alt})(?![\w'’\-])")


def _named_by_noun(text: str, r: _Rules) -> dict[int, int]:
    """Capitalized words before a lower-case noun for a kind of place, by start: "the Gondra
    district", "Kasai Occidental province", "the Kisima area", "Dadaab camps". The noun says
    place; it stays outside the span."""
    found: dict[int, int] = {}
    for m in r.nouns_rx.finditer(text):
        i = m.start()
        start = _name_before(text, i, r)
        if start < i and found.get(start, 0) < i:
            found[start] = i
    return found


def _headed_candidate(text: str, s: int, end: int, gaz: Gazetteer, r: _Rules) -> Candidate:
    """The place a headed phrase names: its own gazetteer entry, else the readings of the name
    before the head (the Panama Canal lies in Panama), else none."""
    name = text[s:end]
    places = _find(gaz, r, name)
    if places is None:
        words = name.split(" ")
        for k in range(len(words) - 1, 0, -1):
            if words[k] in r.feature_heads:
                places = _find(gaz, r, " ".join(words[:k]))
                if places:
                    break
    return Candidate(s, end, name, list(places or []))


def _hyphen_part(gaz: Gazetteer, r: _Rules, name: str, major_only: bool) -> list[int] | None:
    if name in r.common:
        return None
    found = _find(gaz, r, name)
    if not found:
        return None
    feats = [gaz.places[i] for i in found]
    if any(p.feature in _MAJOR for p in feats):
        return found
    if major_only or not any(p.population >= r.minor_any for p in feats):
        return None
    return found


def _with_hyphen(found: list[str]) -> set[str]:
    """The words of ``found`` (a text's capitalized words) with a hyphen, picked at C level:
    this reads every word, so it is done only when one has a hyphen (most texts' have none,
    seen at once in the words joined)."""
    if "-" not in " ".join(found):
        return set()
    return set(compress(found, map(str.__contains__, found, repeat("-"))))


def _hyphened(
    text: str, cands: list[Candidate], gaz: Gazetteer, r: _Rules, words: set[str]
) -> list[Candidate]:
    """Places inside hyphenated words: a place before a lower-case word ("a Denver-based
    firm", "an Australia-wide ban", "Pakistan-administered Kashmir") and two countries or
    regions joined ("the India-Pakistan border"). A hyphenated name ("Guinea-Bissau",
    "Port-au-Prince") is matched whole by the main pass and left alone here. ``words``: the
    text's capitalized words with a hyphen (only their hyphens are read)."""
    extra: list[Candidate] = []
    n = len(text)
    hyphens = []
    for w in words:
        k = w.index("-")
        i = text.find(w)
        while i >= 0:
            hyphens.append(i + k)
            i = text.find(w, i + 1)
    for i in sorted(set(hyphens)):
        j = i
        while j and (text[j - 1].isalnum() or text[j - 1] == "."):
            j -= 1
        k = i + 1
        while k < n and text[k].isalnum():
            k += 1
        if (
            j < i
            and k > i + 1
            and text[j].isupper()
            and (j == 0 or not (text[j - 1] in "-'’_" or text[j - 1].isalnum()))
            and (k == n or text[k] not in "-'’_")
        ):
            head, tail = text[j:i], text[i + 1 : k]
            if tail.islower():
                found = _hyphen_part(gaz, r, head, False)
                if found:
                    extra.append(Candidate(j, i, head, list(found)))
            elif tail[0].isupper() and text[j:k] not in gaz.names:
                a = _hyphen_part(gaz, r, head, True)
                b = a and _hyphen_part(gaz, r, tail, True)
                if a and b:
                    extra.append(Candidate(j, i, head, list(a)))
                    extra.append(Candidate(i + 1, k, tail, list(b)))
    if not extra:
        return cands
    taken = [(c.start, c.end) for c in cands]
    keep = [c for c in extra if not any(s < c.end and c.start < e for s, e in taken)]
    return sorted(cands + keep, key=lambda c: c.start) if keep else cands
