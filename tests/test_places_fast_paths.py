"""Fast paths of the place matcher give the answers of the plain code they replace.

Each test runs the matcher with a shortcut turned off (the code before the speed pass) and on,
over many generated texts built from words that open names, common words, cues, possessives,
dotted names and spaced hyphens, and asks for identical candidates and mentions.
"""

from __future__ import annotations

import random

import pytest

from conflictlens.extract import places
from conflictlens.extract.places import match
from conflictlens.extract.places.gazetteer import load

# Words that open names ("The Hague", "United States"), name none alone ("I", "Di"), are
# common words that name places ("Kami", "Anda", "Real"), cues ("di", "kota", "Desa"),
# possessives, dotted names and hyphens, punctuation and line breaks.
# fmt: off
_PIECES = [
    "The Hague", "The Bronx", "The", "the", "I", "Di", "di", "Ia", "Kami", "Dalam", "Anda", "Ini",
    "Tapi", "Real", "Madrid", "Real Madrid", "United", "States", "United States",
    "United Nations", "Kingdom", "People", "People's", "People’s", "'s", "’s", "Republic", "of",
    "China", "China's", "Queen", "Anne's", "County", "Washington", "D.C.", "D.C", "Jakarta",
    "Timur", "Jawa", "Tengah", "kota", "Kota", "Desa", "desa", "Suren", "dukuh", "Mojorejo",
    "New", "York", "Bank", "Indonesia", "in", "at", "from", "Salah", "Satu", "Kepala", "Piala",
    "Dunia", "City", "Manchester", "US", "U.S.", "Gunung", "Kidul", "So", "So Paulo", "São Paulo",
    "It", "A", "In", "On", "One", "Dan", "Yang", "President", "Wakil", "Negeri", "Metro", "Lumbi",
    "Lumbia", "Ankara", "Turki", "Menteri", "said", "kata", "Darsono", "Bolton", "John",
    "Hawke's", "Bay", "Sri", "Lanka", "Bosnia", "Herzegovina", "and", "dan", "Papua", "Nugini",
    "Sumatera", "Utara", "Anne", "Queen Anne", "Queen Anne's County", "'s County", "Lao",
    "Democratic", "People's Democratic Republic", "St George's", "St", "George", "Central",
    "Central Hawke's Bay", "Jabal", "Ra's",
]
# fmt: on
_GLUE = [" ", " ", " ", " ", " - ", "-", ", ", " , ", ". ", ".\n", "\n", "(", ") ", '"', "'", ""]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 14)):
            parts.append(rng.choice(_PIECES))
            parts.append(rng.choice(_GLUE))
        out.append("".join(parts))
    return out


def _rows(cands):
    return [(c.start, c.end, c.text, c.places, c.cue, c.alias) for c in cands]


@pytest.mark.parametrize("langs", [("id",), ("en",), ("en", "id")])
def test_pruned_opening_words_match_the_full_scan(langs, monkeypatch):
    """Words left out by ``_starts_nothing`` start no candidate: the same candidates and
    mentions as when every opening word is read in full."""
    gaz = load()
    lang = langs[0] if len(langs) == 1 else None
    texts = _texts(len(langs) * 7 + len(langs[0]), 3000)
    fast = [_rows(match.candidates(t, gaz, langs)) for t in texts]
    fast_found = [[vars_of(m) for m in places.find(t, lang)] for t in texts[:500]]
    monkeypatch.setattr(match, "_starts_nothing", lambda *args: False)
    slow = [_rows(match.candidates(t, gaz, langs)) for t in texts]
    slow_found = [[vars_of(m) for m in places.find(t, lang)] for t in texts[:500]]
    assert fast == slow
    assert fast_found == slow_found


def test_opening_words_are_pruned():
    """The generated texts do exercise the shortcut (most of "The", "I", "Kami" are left out)."""
    gaz = load()
    r = match._rules(gaz, ("id",))
    texts = _texts(1, 300)
    kept = sum(len(match._opening_words(t, gaz, r)[0]) for t in texts)
    words = sum(len([w for w in match._CAPW.findall(t) if w in r.openers]) for t in texts)
    assert kept < 0.8 * words


def vars_of(m):
    return (m.start, m.end, m.text, m.value, m.country, m.lat, m.lon, m.feature)
