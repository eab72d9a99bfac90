"""Quantities: the scanner's shortcuts (line pre-test, phrase look-ups) change no answer."""

from __future__ import annotations

import random

import pytest

from conflictlens.extract import quantities
from conflictlens.extract.quantities import _articles, _blocked, _may_count
from conflictlens.extract.quantities.forms import minus_sign
from conflictlens.extract.quantities.lexicon import lexicon
from conflictlens.extract.quantities.numbers import (
    _phrase_at,
    _phrase_before,
    _starters,
    phrase_at,
    phrase_before,
    tokenize,
)
from conflictlens.extract.quantities.scan import scan

# Pieces that sit on the edges of the pre-test: number words in any case and against
# punctuation, hyphenated number words, words that only contain one ("kedua", "satuan"), signs,
# numeric characters of other scripts, the Kelvin sign (lower case "k") and dotted capital I.
_PIECES = [
    "dua", "Dua", "DUA", "dua,", "(satu)", "“tiga”", "tiga-empat", "kedua", "satuan", "seorang",
    "puluhan", "ribu", "juta", "a", "A", "An", "an's", "o'clock", "twenty-three", "Twenty-Three",
    "dozens", "DOZENS", "half", "x-ray", "ten-year", "\u212aelvin", "\u0130ki", "½", "2½", "Ⅻ",
    "²", "١٢", "5", "-5", "−5", "–5", "x-5", "COVID-19", "-", "—", "’", "people", "orang", "tewas",
    "killed", "Jakarta", "Senin", "2024", "12/5", "10.30", "%", "$", "Rp", "_dua", "dua_", "3rd",
]  # fmt: skip
_GLUE = [" ", " ", " ", "", "-", ", ", "/", "  ", "\u00a0", "\t"]


def _lines(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        n = rnd.randint(1, 8)
        line = ""
        for _ in range(n):
            line += rnd.choice(_PIECES) + rnd.choice(_GLUE)
        out.append(line.strip("\n"))
    return out


def _candidates(tokens, lex, blocked) -> list[int]:
    """The tokens ``scan`` tries a quantity at (its own filter, written out)."""
    starters = _starters(lex.code)
    out = []
    for i, tok in enumerate(tokens):
        if blocked[i]:
            continue
        number = tok.kind == "num" or (tok.kind == "sym" and minus_sign(tokens, i))
        word = tok.kind == "word" and (
            tok.low in starters
            or ("-" in tok.low and tok.low.split("-")[0] in lex.atoms)
            or (len(tok.text) == 1 and tok.text.isnumeric())
        )
        if number or word:
            out.append(i)
    return out


def _spans(rnd: random.Random, n: int, width: int = 12) -> list[tuple[int, int]]:
    """Random disjoint spans over ``n`` characters, each at most ``width`` long."""
    spans = []
    pos = 0
    while pos < n and rnd.random() < 0.7:
        a = rnd.randint(pos, n)
        b = rnd.randint(a, min(n, a + width))
        if b > a:
            spans.append((a, b))
        pos = b + 1
    return spans


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fast", [True, False])
def test_a_skipped_line_has_no_token_to_start_at(lang, fast, monkeypatch):
    if not fast:  # the general word test (starters that are not plain ASCII letters)
        monkeypatch.setattr(quantities, "_ascii_starters", lambda code: None)
    lex = lexicon(lang)
    rnd = random.Random(7)
    skipped = 0
    for line in _lines(11 if fast else 12, 3000):
        text = "x\n" + line + "\ny"
        start, end = 2, 2 + len(line)
        for spans in ([], [(a + 2, b + 2) for a, b in _spans(rnd, len(line))]):
            if _may_count(text, start, end, lex, spans):
                continue
            skipped += 1
            tokens = tokenize(text, start, end)
            blocked = _blocked(tokens, spans)
            # Nothing to start at but articles without the words they need ("a", "a-ha").
            articles = {a.decode() for a in _articles(lang)[1]} if fast else set()
            starts = [tokens[k].low.split("-")[0] for k in _candidates(tokens, lex, blocked)]
            assert set(starts) <= articles, (line, spans)
            assert not scan(text, tokens, lex, blocked)
    assert skipped > 500  # the test does exercise skipped lines


def test_line_pre_test_examples():
    lex = lexicon("id")
    text = "Senin (12/5/2024) lalu, kata dia."
    date = [(text.index("12"), text.index(")"))]
    assert _may_count(text, 0, len(text), lex, [])  # digits
    assert not _may_count(text, 0, len(text), lex, date)  # only inside the date
    assert _may_count("Dua, kata dia.", 0, 14, lex, [])  # a number word against a comma
    assert not _may_count("Kedua pihak sepakat.", 0, 20, lex, [])  # only inside a word
    assert _may_count("suhu −5 derajat", 0, 15, lex, [(6, 7)])  # a sign against a blocked digit
    assert _may_count("sekitar ½ dari", 0, 14, lex, [])  # a numeric character


@pytest.mark.parametrize("lang", ["id", "en"])
def test_phrase_look_ups_stop_early_with_the_same_answer(lang):
    lex = lexicon(lang)
    tables = [lex.nouns, lex.predicates, lex.vague, lex.measures, lex.currency_before,
              lex.currency_after, lex.qualifiers_before, lex.qualifiers_after, lex.percent,
              lex.range_starts, lex.range_joiners, lex.fraction_words]  # fmt: skip
    # Phrases of the tables themselves, glued and cut, between ordinary words.
    words = [k for t in tables for k in list(t)[:40]] + ["dan", "the", "of", "US", "$", "-", "."]
    rnd = random.Random(3)
    for _ in range(400):
        text = " ".join(rnd.choice(words) for _ in range(8)).replace(" $", "$")
        tokens = tokenize(text)
        for table in tables:
            for i in range(len(tokens) + 1):
                for maxlen in (1, 3, 5):
                    assert phrase_at(tokens, i, table, maxlen) == _phrase_at(
                        tokens, i, table, maxlen
                    )
                    assert phrase_before(tokens, i, table, maxlen) == _phrase_before(
                        tokens, i, table, maxlen
                    )


def test_blocked_tokens_are_those_overlapping_a_span():
    rnd = random.Random(5)
    for line in _lines(13, 500):
        tokens = tokenize(line)
        n = len(line)
        spans = sorted(
            (a, min(n, a + rnd.randint(0, 15)))
            for a in (rnd.randint(0, n) for _ in range(rnd.randint(0, 4)))
        )  # nested, overlapping and empty spans too
        expected = [any(s < t.end and e > t.start for s, e in spans) for t in tokens]
        assert _blocked(tokens, spans) == expected, (line, spans)
