"""The scan skips a bound word ("at", "more", "not", "tidak", "lebih": see
:func:`~conflictlens.extract.temporal.starts.bound_words`) when its partner does not follow,
even before a trigger ("at the", "not a"); :meth:`Grammar.match_at` finds nothing there.

- At every such token of generated texts and corpus documents, ``match_at`` and the scan's
  "this past" find nothing (the reference: the calls the scan skips, made).
- A leaning word ("the") before a word the scan skips ("the same people") is skipped too, and
  so is a dependent word ("about", "that") before one ("about the city"); at
  each such token ``match_at`` and "this past" find nothing.
- The scan's matches equal those of the plain scan of ``test_temporal_scan_loop`` (which skips a
  leaning word only before an inert token).
"""

from __future__ import annotations

import random

import pytest
from corpus_samples import corpus_texts
from test_temporal_scan_loop import _spans, scan_reference

from conflictlens.extract.temporal.grammar import Grammar
from conflictlens.extract.temporal.lexicon import get_lexicon, tokenize
from conflictlens.extract.temporal.starts import (
    bound_words,
    dependent_words,
    leaning_words,
    tables,
)

_MARKS = [".", ",", "-", "'", "(", ")", "/", ":", "\n", "s", "90", "98"]
_NUMBERS = ["1", "2", "12", "17", "20", "44", "300", "1990", "2020", "20.000"]
_PLAIN = ["people", "city", "said", "time", "war", "orang", "kota", "perang", "ini"]
_PIECES = [
    *("at least two weeks", "more than a year ago", "not until Friday", "up to five days"),
    *("at the end of 2019", "at night", "the new year", "lebih dari dua tahun", "tidak lama"),
    *("at around 3 p.m.", "just days ago", "right now", "well before Monday", "musim hujan"),
]


def _texts(code: str, seed: int, n: int) -> list[str]:
    """Each bound word of the pack followed by the pack's words, phrases, numbers and marks."""
    rnd = random.Random(seed)
    lex = get_lexicon(code)
    bound = sorted(bound_words(lex, tables(lex)[1]))
    phrases = {
        " ".join(k) for by_first in lex._index.values() for es in by_first.values() for k, _ in es
    }
    pack = sorted({*lex.words, *phrases})
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(4, 24)):
            r = rnd.random()
            pool = bound if r < 0.3 else pack if r < 0.7 else _NUMBERS if r < 0.8 else _MARKS
            parts.append(rnd.choice(_PIECES if r > 0.95 else pool))
            parts.append(rnd.choice((" ", " ", " ", "", "\n")))
        out.append("".join(parts))
    return out


@pytest.mark.parametrize("code", ["en", "id"])
def test_bound_words_before_other_words_start_nothing(code):
    lex = get_lexicon(code)
    words = tables(lex)[1]
    bound = bound_words(lex, words)
    leaning = leaning_words(lex, words)
    assert bound and bound <= leaning.keys()
    skipped = 0
    for text in _texts(code, 7, 2000) + corpus_texts(150):
        toks = tokenize(text)
        g = Grammar(lex)
        g.scan(toks)  # (the scan's state: tokens, memos, the last quarter's word)
        for i, t in enumerate(toks):
            if t.low in bound and (i + 1 == len(toks) or toks[i + 1].low not in leaning[t.low]):
                assert g.match_at(i) is None, (text, i)
                assert g._get(i, "past_prefix") is None, (text, i)
                skipped += 1
    assert skipped > 3000


@pytest.mark.parametrize("code", ["en", "id"])
def test_leaning_words_before_skipped_words_start_nothing(code):
    lex = get_lexicon(code)
    words = tables(lex)[1]
    leaning = leaning_words(lex, words)
    dependent = dependent_words(lex, words)
    determiners = leaning.keys() - bound_words(lex, words)
    tried = 0
    for text in _texts(code, 5, 2000) + corpus_texts(150) + _the_texts(code, 3, 3000):
        toks = tokenize(text)
        lows = [t.low for t in toks]
        g = Grammar(lex)
        g.scan(toks)
        for i, t in enumerate(toks[:-1]):
            nxt = toks[i + 1]
            if (
                t.low in leaning
                and nxt.low not in leaning[t.low]
                and not t.nl
                and not nxt.nl
                and g._skipped(i + 1, lows)
            ) or (
                t.low in dependent
                and nxt.low not in dependent[t.low]
                and nxt.low in determiners
                and nxt.gap
                and g._after_dependent(i, lows)
            ):
                assert g.match_at(i) is None, (text, i)
                assert g._get(i, "past_prefix") is None, (text, i)
                tried += 1
    assert tried > (1000 if code == "en" else 0)


def _the_texts(code: str, seed: int, n: int) -> list[str]:
    """Each leaning or dependent word of the pack before a word of the pack, then any word,
    number or mark."""
    rnd = random.Random(seed)
    lex = get_lexicon(code)
    words = tables(lex)[1]
    leaning = sorted({*leaning_words(lex, words), *dependent_words(lex, words)})
    pack = sorted(lex.words)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(2, 8)):
            parts += [rnd.choice(leaning), " ", rnd.choice(pack), " "]
            r = rnd.random()
            pool = pack if r < 0.4 else _NUMBERS if r < 0.5 else _MARKS if r < 0.6 else _PLAIN
            parts += [rnd.choice(pool), rnd.choice((" ", " ", "", "\n"))]
        out.append("".join(parts))
    return out


def _window_texts(code: str, seed: int) -> list[str]:
    """Every leaning or dependent word before every word of the pack, then a word no
    expression starts with and any token ("about the city", "the same people said")."""
    rnd = random.Random(seed)
    lex = get_lexicon(code)
    words = tables(lex)[1]
    firsts = sorted({*leaning_words(lex, words), *dependent_words(lex, words)})
    pack = sorted(lex.words)
    loose = sorted({w for w in pack if w not in words and not w.isdigit()} | {*_PLAIN})
    tail = pack + _NUMBERS + _MARKS + _PLAIN
    out = [
        f"{x} {y} {rnd.choice(loose)} {rnd.choice(tail)} {rnd.choice(tail)}"
        for x in firsts
        for y in pack
    ]
    # a dependent word before a determiner: every word after it
    determiners = sorted(leaning_words(lex, words).keys() - bound_words(lex, words))
    out += [
        f"{x} {y} {z} {rnd.choice(tail)} {rnd.choice(tail)}"
        for x in sorted(dependent_words(lex, words))
        for y in determiners
        for z in loose
    ]
    return out


@pytest.mark.parametrize("code", ["en", "id"])
def test_every_word_pair_the_scan_skips_starts_nothing(code):
    lex = get_lexicon(code)
    words = tables(lex)[1]
    leaning = leaning_words(lex, words)
    dependent = dependent_words(lex, words)
    determiners = leaning.keys() - bound_words(lex, words)
    g = Grammar(lex)
    tried = 0
    for text in _window_texts(code, 17):
        toks = tokenize(text)
        lows = [t.low for t in toks]
        g.scan(toks)
        x, y = lows[0], lows[1]
        if (x in leaning and y not in leaning[x] and g._skipped(1, lows)) or (
            x in dependent
            and y not in dependent[x]
            and y in determiners
            and g._after_dependent(0, lows)
        ):
            assert g.match_at(0) is None, text
            assert g._get(0, "past_prefix") is None, text
            tried += 1
    assert tried > (5000 if code == "en" else 500)


@pytest.mark.parametrize("code", ["en", "id"])
def test_scan_with_bound_words_equals_the_plain_scan(code):
    lex = get_lexicon(code)
    found = 0
    for text in _texts(code, 11, 2000) + corpus_texts(150) + _the_texts(code, 13, 3000):
        toks = tokenize(text)
        fast = _spans(Grammar(lex).scan(toks))
        assert fast == _spans(scan_reference(Grammar(lex), toks)), text
        found += len(fast)
    assert found > 1000
