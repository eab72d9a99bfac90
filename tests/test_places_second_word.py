"""The opening-word scan tells a word that opens longer names from its next word's first
character ("The" before "government") and gives the answers of the plain test it replaces.

A reference copy of the scan before it (every such word handed to
:func:`~conflictlens.extract.places.words._starts_nothing`, which matches its next word and
looks it up with it) must keep the same opening words, on generated texts full of apostrophes
("the government's", "New York’s") and on corpus documents. The word after a name, handed
from the phrase to ``_plausible``, must give the answers of that word matched again.
"""

from __future__ import annotations

import random
from itertools import compress

import pytest
from corpus_samples import corpus_texts, glued_texts

from conflictlens.extract.places import match, words
from conflictlens.extract.places.gazetteer import load


def opening_words_reference(text: str, gaz, r) -> tuple[list[int], list[str]]:
    starts = []
    cursor = 0
    found = match._CAPW.findall(text)
    skip = r.not_openers
    find, word_at = text.find, match._CAPW.match
    kinds, pairs = {}, words._pairs(gaz)
    for w in compress(found, map(r.openers.__contains__, found)):
        if w in skip:
            continue
        s = find(w, cursor)
        while s >= 0:
            m = word_at(text, s)
            if m is not None and m.end() == s + len(w):
                break
            s = find(w, s + 1)
        if s < 0:
            break
        cursor = s + len(w)
        kind = kinds.get(w)
        if kind is None:
            kind = kinds[w] = words._opener_kind(gaz, r, w)
        if kind and words._starts_nothing(text, w, s, cursor, kind, r, pairs):
            continue
        starts.append(s)
    return starts, found


# Words that open longer names ("The Hague", "New York", "Kota Baru"), their second words, other
# capitalized and lower-case words, possessives and apostrophes inside and after words.
# fmt: off
_PIECES = [
    "The", "the", "Hague", "Bronx", "government", "government's", "people’s", "New", "York",
    "York's", "york", "Kota", "Baru", "kota", "United", "States", "States'", "Nations", "People",
    "People's", "Republic", "of", "China", "China's", "O'Brien", "o'clock", "Queen", "Anne's",
    "County", "Hawke's", "Bay", "Central", "Saint", "St", "St.", "Kami", "Real", "Madrid", "Sri",
    "Lanka", "Jawa", "Tengah", "Bank", "Indonesia", "rock'n'roll", "'s", "’s", "s", "-", "1998",
    "Di", "di", "said", "Washington", "D.C.", "D.C", "Ra's", "Jabal", "A", "I", "East",
    "West", "Java", "North", "Korea", "Korea’s",
]
_GLUE = [
    " ", " ", " ", " ", " ", "  ", " - ", "-", ", ", ". ", ".\n", "\n", "'", "’", "' ", "’ ",
    "'s ", "’s ", '"', "(", ") ", "",
]
# fmt: on


@pytest.mark.parametrize("langs", [("id",), ("en",), ("en", "id")])
def test_next_word_initials_keep_the_opening_words_of_the_full_test(langs):
    gaz = load()
    r = match._rules(gaz, langs)
    texts = glued_texts(len(langs) * 3 + len(langs[0]), 4000, _PIECES, _GLUE) + corpus_texts(120)
    for text in texts:
        assert match._opening_words(text, gaz, r) == opening_words_reference(text, gaz, r), text


def test_next_word_initials_are_those_of_the_pairs():
    """Every two-word start of a name has its second word's first character listed."""
    gaz = load()
    initials = words._second_initials(gaz)
    for pair in words._pairs(gaz):
        first, second = pair.split(" ", 1)
        assert second[:1] in initials[first]


def test_next_quote_finds_the_first_apostrophe():
    text = "a ’b' c'd ’"
    for i in range(len(text) + 2):
        at = [k for k in range(i, len(text)) if text[k] in "'’"]
        assert words._next_quote(text, i) == (at[0] if at else len(text) + 1)


def test_the_shortcut_is_taken():
    """The generated texts do exercise the shortcut: most "The" before a lower-case word and
    some before an apostrophe are decided by it (counted by a scan with a spy)."""
    gaz = load()
    r = match._rules(gaz, ("en",))
    calls = []
    real = words._next_quote

    def spy(text, i):
        calls.append(i)
        return real(text, i)

    texts = glued_texts(5, 500, _PIECES, _GLUE)
    plain = sum(len(match._opening_words(t, gaz, r)[0]) for t in texts)
    match._next_quote, saved = spy, match._next_quote
    try:
        assert sum(len(match._opening_words(t, gaz, r)[0]) for t in texts) == plain
    finally:
        match._next_quote = saved
    assert len(calls) > 200


# -- the word after a name ----------------------------------------------------------------------
# ``_name_phrase`` hands ``_plausible`` the word after the name as the phrase split it; the
# plain code matched it again in the text.

# fmt: off
_AFTER = [
    "Washington", "Jakarta", "Bandung", "Real", "Madrid", "Manchester", "City", "University",
    "University's", "China", "China's", "Queen", "Anne's", "County", "People's", "Republic",
    "of", "Timur", "Barat", "Utara", "Governor", "Premier", "October", "Bank", "Indonesia",
    "Persib", "CNN", "kata", "said", "mengatakan", "di", "in", "-", "D.C.", "D.C", "Washington D.C",
    "St", "Louis", "New", "York", "Bolton", "John", "Metro", "Polda", "Hawke's", "Bay", "Jawa",
    "Tengah", "Sleman", "Bupati", "$", "US", "Army", "Liga", "Inggris",
]
_AFTER_GLUE = [" ", " ", " ", " ", " - ", "'s ", "’s ", ", ", ". ", "\n", "."]
# fmt: on


@pytest.mark.parametrize("langs", [("id",), ("en",), ("en", "id")])
def test_the_next_word_from_the_phrase_is_the_one_read_again(langs, monkeypatch):
    """Every call of ``_plausible`` gives the answer (and the person names) it gives when the
    next word is matched again in the text."""
    gaz = load()
    plain = match._plausible
    handed = []

    def check(text, s, end, name, gaz, r, persons=None, nxt=None):
        mine, again = set(), set()
        got = plain(text, s, end, name, gaz, r, mine, nxt)
        assert (got, mine) == (plain(text, s, end, name, gaz, r, again), again), (text, s)
        handed.append(nxt is not None)
        return plain(text, s, end, name, gaz, r, persons, nxt)

    monkeypatch.setattr(match, "_plausible", check)
    rng = random.Random(len(langs) * 11 + len(langs[0]))
    for _ in range(3000):
        text = "".join(
            rng.choice(_AFTER) + rng.choice(_AFTER_GLUE) for _ in range(rng.randint(1, 14))
        )
        match.candidates(text, gaz, langs)
    for text in corpus_texts(60):
        match.candidates(text, gaz, langs)
    assert sum(handed) > 1000 and len(handed) - sum(handed) > 100
