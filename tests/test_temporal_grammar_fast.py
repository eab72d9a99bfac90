"""The temporal grammar's shortcuts give the answers of the plain code they replace.

- :meth:`Grammar.match_at` at a token that is no qualifier, determiner or position word takes
  the core matches as they are; the reference is the loop over the prefixes it skips.
- :meth:`Grammar.p_quarter` gives up after the text's last quarter's or half's word; the
  reference reads on.
- :meth:`Grammar.number` is memoized per start and origin; the reference reads the number
  each time (:meth:`.Matchers.number`).
- ``Lexicon.lookup``, ``Lexicon.first`` and ``Matchers._get`` compare a phrase's second word
  before calling ``_continues``; the references call it for every phrase of several words.
- ``_p_relative``, ``p_duration`` and ``p_year`` test a token's word classes before the lookups
  that would test them first; the reference, built from their source with those tests taken
  out, calls every lookup.

Each is compared at every token of generated texts made of the packs' words, digits and marks.
"""

from __future__ import annotations

import inspect
import random
import re
import textwrap

import pytest

from conflictlens.extract.temporal import dates, grammar, relative
from conflictlens.extract.temporal.grammar import Grammar
from conflictlens.extract.temporal.lexicon import _continues, get_lexicon, tokenize
from conflictlens.extract.temporal.matchers import Matchers

_MARKS = [".", ",", ":", "/", "-", "–", "(", ")", "'", "'s", "\n", "x", "%"]
_NUMBERS = ["1", "2", "3", "5", "12", "17", "24", "31", "44", "90", "300", "1990", "2020", "20.000"]
_PLAIN = ["the", "a", "that", "people", "city", "said", "Mei", "May", "The", "orang", "kota"]
# Pieces of expressions, so that the soup holds many
_PIECES = [
    *("12 March 2020", "March 12, 2020", "two years ago", "44 hari", "the 1990s", "Friday"),
    *("last week", "3 p.m.", "the first quarter", "tahun lalu", "17/10/2013", "Q3 2020"),
    *("a year and a half", "five more days", "the past two months", "next year's third quarter"),
    *("pekan depan", "dua tahun", "pukul 06.18 WIB", "the 20th century", "akhir tahun ini"),
]


def _texts(code: str, seed: int, n: int) -> list[str]:
    """Runs of the pack's words (each phrase's words, in order), numbers, marks and plain words,
    with spaces, glued or across line breaks."""
    rnd = random.Random(seed)
    words = sorted(get_lexicon(code).words)
    out = [
        "the third quarter of 1989, the first half, Q3 2020 and the fiscal second-quarter",
        "about two weeks ago, the past two months, more than a year ago, this past Monday",
        "kuartal III 2020, paruh pertama tahun ini, tiga hari lalu, sekitar dua pekan",
        "the quarter, a quarter of the population, half past ten, the last half of 2019",
    ]
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(5, 25)):
            r = rnd.random()
            pool = words if r < 0.45 else _NUMBERS if r < 0.6 else _MARKS if r < 0.75 else _PLAIN
            pool = _PIECES if r > 0.9 else pool
            parts.append(rnd.choice(pool))
            parts.append(rnd.choice((" ", " ", " ", "", "\n")))
        out.append("".join(parts))
    return out


def _spans(found) -> list[tuple[int, int, str, str, bool]]:
    return [(m.i, m.j, m.ptype, repr(m.sem), m.adjectival) for m in found]


class _Never(frozenset):
    """A set that meets every set: the prefixes' test never lets match_at take its shortcut."""

    def isdisjoint(self, other) -> bool:
        return False


@pytest.mark.parametrize("code", ["en", "id"])
def test_match_at_without_prefixes_equals_the_prefix_loop(code, monkeypatch):
    lex = get_lexicon(code)
    texts = _texts(code, 21, 600)
    fast, plain = [], []
    for out, prefixes in ((fast, grammar._PREFIXES), (plain, _Never())):
        monkeypatch.setattr(grammar, "_PREFIXES", prefixes)
        for text in texts:
            toks = tokenize(text)
            g = Grammar(lex)
            g.scan(toks)
            found = [g.match_at(i) for i in range(len(toks) + 1)]
            out.append([None if m is None else _spans([m])[0] for m in found])
    assert fast == plain
    assert sum(m is not None for doc in fast for m in doc) > 1000


@pytest.mark.parametrize("code", ["en", "id"])
def test_quarters_end_at_the_last_quarter_word(code):
    lex = get_lexicon(code)
    cut = found = 0
    for text in _texts(code, 22, 600):
        toks = tokenize(text)
        g = Grammar(lex)
        g.scan(toks)
        last = g._last_quarter
        for k in range(len(toks) + 1):
            for origin in (k, k - 1):
                g.origin, g._last_quarter = origin, last
                fast = _spans(g.p_quarter(k))
                g.origin, g._last_quarter = origin, 1 << 62
                plain = _spans(g.p_quarter(k))
                assert fast == plain, (text, k)
                cut += k > last
                found += bool(plain)
    assert cut > 10000 and found > 50


@pytest.mark.parametrize("code", ["en", "id"])
def test_numbers_memoized_equal_numbers_read_again(code):
    g = Grammar(get_lexicon(code))  # one grammar for every text: the memo follows the tokens
    found = 0
    for text in _texts(code, 24, 600):
        toks = tokenize(text)
        if found % 2:
            g.scan(toks)
        g.toks = toks
        for k in [*range(len(toks) + 1), *range(len(toks) - 1, -1, -1)]:
            for origin in (k, k - 1):
                g.origin = origin
                got = g.number(k)
                assert got == Matchers.number(g, k), (text, k, origin)
                found += got is not None
    assert found > 5000


def _without_class_tests(fn, module=relative) -> tuple[object, int]:
    """The function ``fn`` of ``module`` rebuilt from its source without the class tests before
    its lookups (as it was before them), and how many tests were taken out."""
    src = textwrap.dedent(inspect.getsource(fn))
    src, n = re.subn(
        r'(self\.\w+\(k(?:, "\w+")?\)) if (?:"\w+" in classes|wordy or [^\n]+) else None',
        r"\1",
        src,
    )
    namespace: dict = {}
    exec(compile(src, module.__file__, "exec"), vars(module).copy(), namespace)
    return namespace[fn.__name__], n


@pytest.mark.parametrize("code", ["en", "id"])
@pytest.mark.parametrize(
    ("module", "name", "tests"),
    [(relative, "_p_relative", 5), (relative, "p_duration", 4), (dates, "p_year", 3)],
)
def test_class_tests_before_lookups_change_nothing(code, module, name, tests):
    plain_fn, n = _without_class_tests(getattr(Grammar, name), module)
    assert n == tests  # (the source still holds the tests this one takes out)
    lex = get_lexicon(code)
    found = 0
    for text in _texts(code, 23, 1500):
        toks = tokenize(text)
        g = Grammar(lex)
        g.scan(toks)
        for k in range(len(toks)):
            for origin in (k, k - 1):
                g.origin = origin
                fast = _spans(getattr(g, name)(k))
                g.origin = origin
                assert fast == _spans(plain_fn(g, k)), (text, k)
                found += bool(fast)
    assert found > 500


def _lookup_reference(lex, toks, i, cls):
    """``Lexicon.lookup`` before the second word was compared ahead of ``_continues``."""
    entries = lex._index.get(cls, {}).get(toks[i].low) if i < len(toks) else None
    out = []
    for key, value in entries or ():
        if len(key) == 1:
            out.append((value, i + 1))
        elif i + len(key) <= len(toks) and _continues(toks, i, key):
            out.append((value, i + len(key)))
    return out


@pytest.mark.parametrize("code", ["en", "id"])
def test_phrase_lookups_equal_the_plain_lookups(code):
    lex = get_lexicon(code)
    classes = sorted(lex._index)
    # the pack's phrases of several words, whole or cut short, across line breaks
    phrases = [" ".join(key) for by in lex._index.values() for es in by.values() for key, _ in es]
    rnd = random.Random(25)
    found = 0
    for _ in range(300):
        parts = []
        for _ in range(12):
            words = rnd.choice(phrases).split()
            parts.append(
                " ".join(words[: rnd.randint(1, len(words))] if rnd.random() < 0.3 else words)
            )
            parts.append(rnd.choice((" ", " ", "\n", " the ")))
        toks = tokenize("".join(parts))
        g = Grammar(lex)
        g.toks = toks
        for k in range(len(toks) + 1):
            g.origin = k - 1
            for cls in classes:
                plain = _lookup_reference(lex, toks, k, cls)
                assert lex.lookup(toks, k, cls) == plain
                assert lex.first(toks, k, cls) == (plain[0] if plain else None)
                near = k < len(toks) and not toks[k].nl
                assert g._get(k, cls) == (plain[0] if plain and near else None)
                found += len(plain)
    assert found > 5000
