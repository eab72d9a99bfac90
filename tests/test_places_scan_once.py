"""The place matcher's one automaton pass gives the answers of the scans it replaces.

The cues, the enumeration words ("desa ... yaitu A , B dan C") and the possessives ("People's
Republic") are found in one Aho-Corasick pass; reference copies of the code before (a pass for
the cues only, one substring test per introducing word, one ``str.find`` scan per place noun
and per possessive) run next to it on generated texts and corpus documents, and must give
identical hits, enumerations, possessive starts and candidates. The capitalized words with a
hyphen are looked for only when the words joined have one: the candidates are the same.
"""

from __future__ import annotations

import ahocorasick
import pytest
from corpus_samples import corpus_texts, glued_texts

from conflictlens.extract.places import cues, headed, lists, match, words
from conflictlens.extract.places.gazetteer import load

# -- reference copies -------------------------------------------------------------------------


def cue_hits_reference(text: str, words) -> tuple[list[int], set[int]]:
    auto = ahocorasick.Automaton()
    for w, inside in words:
        auto.add_word(w, (len(w), inside))
    auto.make_automaton()
    hits = []
    n = len(text)
    for last, (size, inside) in auto.iter(text):
        after = last + 1
        i = after - size
        if after < n and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            c = text[after]
            if "A" <= c <= "Z" or "\u00c0" <= c <= "\u00de":
                hits.append((i, after, inside))
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
    return lower, forced


def possessive_starts_reference(text: str, gaz) -> list[int]:
    stems = words._possessive_stems(gaz)
    out = []
    for quote in ("'s ", "’s "):
        i = text.find(quote)
        while i >= 0:
            j = i
            while j and text[j - 1].isalnum():
                j -= 1
            if j < i and text[j:i] in stems:
                out.append(j)
            i = text.find(quote, i + 1)
    return out


def enum_spans_reference(text: str, r) -> list[tuple[int, int]]:
    if not any(map(text.__contains__, r.intros)):
        return []
    first = r.enum_rx[0]
    hits = {}
    for head in r.heads:
        i = text.find(head)
        while i >= 0:
            if i not in hits and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
                m = first.match(text, i)
                if m is not None:
                    hits[i] = m
            i = text.find(head, i + 1)
    out = []
    last = -1
    for i in sorted(hits):
        if i >= last:
            out.append(hits[i].span())
            last = hits[i].end()
    return out


# -- inputs ------------------------------------------------------------------------------------

# fmt: off
_PIECES = [
    "desa", "Desa", "desa-desa", "kota", "kotanya", "Kota", "dukuh", "Mojorejo", "Suren", "lima",
    "yaitu", "yakni", "meliputi", "antara lain", "di antaranya", "diantaranya", "kecamatan",
    "kelurahan", "pulau", "provinsi", "kabupaten", "Klaten", "Wedi", "Prambanan", "dan", "serta",
    "the", "town", "of", "town of", "city of", "Camborne", "villages", "including", "namely",
    "districts", "cities", "and", "Bolton", "Leeds", "Ürümqi", "Émile", "negara bagian", "Texas",
    "_desa", "xdesa", "wilayah", "Jawa", "Tengah", "3", ":",
    # Enumeration openings (a place noun, words, an introducing word).
    "lima desa yaitu", "desa lainnya yakni :", "tiga kecamatan di antaranya", "pulau meliputi",
    "kota besar antara lain", "villages including", "the districts of", "two cities namely",
    "desa yaitu", "kotayaitu",
]
# fmt: on
_GLUE = [" ", " ", " ", " ", " , ", ", ", ". ", "\n", "-", "", "(", "_"]


# -- tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize("langs", [("id",), ("en",), ("en", "id")])
def test_one_pass_finds_the_cues_and_enumerations_of_the_separate_scans(langs):
    gaz = load()
    r = match._rules(gaz, langs)
    texts = glued_texts(len(langs) * 3 + len(langs[0]), 3000, _PIECES, _GLUE) + corpus_texts(200)
    n_cues = n_enums = n_poss = 0
    for text in texts:
        lower, forced, at, quotes = cues._scan(text, r.cue_words, r.heads, r.intros)
        assert sorted(words._possessive_starts(text, gaz, quotes)) == sorted(
            possessive_starts_reference(text, gaz)
        ), text
        n_poss += len(quotes)
        assert (lower, forced) == cue_hits_reference(text, r.cue_words), text
        assert cues._cue_hits(text, r.cue_words) == (lower, forced)
        spans = [m.span() for m in lists._enum_matches(text, r, at)]
        assert spans == enum_spans_reference(text, r), text
        # The plain path (no positions given) still finds them itself.
        if any(map(text.__contains__, r.intros)):
            assert [m.span() for m in lists._enum_matches(text, r)] == spans
        n_cues += len(lower) + len(forced)
        n_enums += len(spans)
    assert n_cues > 50 and n_enums > 20 and n_poss > 100


@pytest.mark.parametrize("langs", [("id",), ("en",)])
def test_candidates_with_the_scan_equal_those_with_separate_scans(langs, monkeypatch):
    """The candidates with enumerations read from the one pass and from their own scans."""
    gaz = load()
    texts = glued_texts(21 + len(langs[0]), 1500, _PIECES, _GLUE) + corpus_texts(100)
    fast = [match.candidates(t, gaz, langs) for t in texts]

    def separate(text, words, heads=(), intros=()):
        lower, forced = cue_hits_reference(text, words)
        return lower, forced, None, None

    monkeypatch.setattr(match, "_scan", separate)
    slow = [match.candidates(t, gaz, langs) for t in texts]
    assert fast == slow


def test_hyphened_words_are_those_with_a_hyphen():
    """The capitalized words with a hyphen, looked for only when the words joined have one."""
    n = 0
    for text in glued_texts(31, 2000, _PIECES, _GLUE) + corpus_texts(100):
        found = match._CAPW.findall(text)
        assert headed._with_hyphen(found) == {w for w in found if "-" in w}
        n += any("-" in w for w in found)
    assert n > 200
