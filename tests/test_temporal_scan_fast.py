"""The temporal scan's fast paths give the answers of the plain code they replace.

The tokenizer is built from one C-level split with ``map``/``zip`` (lower-casing each word alone
unless a capital sigma needs its context, marking line breaks from where they are); the reference
below is the per-token loop it replaced. The scan picks its candidate starts in C; the reference
walks every token. Both are compared over generated texts that mix letters, digits, punctuation,
line breaks, zero-width characters, letters whose lower case changes length ("İ") and the capital
sigma, whose lower case depends on the letters around it.
"""

from __future__ import annotations

import random
import re

import pytest

from conflictlens.extract.temporal import grammar
from conflictlens.extract.temporal.grammar import Grammar
from conflictlens.extract.temporal.lexicon import (
    APOSTROPHES,
    Token,
    get_lexicon,
    tokenize,
)
from conflictlens.extract.temporal.starts import number_alone

_TOKEN = re.compile(r"\d+|[^\W\d_]+|[^\s\u200b-\u200d\u2060\ufeff]")


def tokenize_reference(text: str) -> list[Token]:
    out: list[Token] = []
    lowered = text.lower()
    same = len(lowered) == len(text)
    prev = 0
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        if out:
            gap = s != prev
            nl = gap and "\n" in text[prev:s]
        else:
            gap = nl = False
        word = m.group()
        out.append(Token(s, e, word, lowered[s:e] if same else word.lower(), gap, nl))
        prev = e
    return out


_ALPHABET = "aZ9 .,\n\t-'’İıΣσςß\u200b\u2060\ufeff日本ﬁ²\r\u00a0/:()%"
_WORDS = re.findall(
    r"\S+",
    "the last Friday 12 March 2020 44 hari pada September lalu kemarin Jumat (23/12) at least "
    "3 p.m. WIB sehari-hari 1990-an about two weeks ago tahun depan setiap Senin 'pertama' ke-2",
)


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = ["", " ", "a", " a ", "x\n\ny", "İstanbul 12.3", "\u200bx\u200by", "ΟΔΟΣ'Α"]
    out += ["\nx", "x\n", "\n \nx\n\n", "x \n\u200b\ny", "İΣ'Α", "ΟΔΟΣ Α", "ΟΔΟΣ'α"]
    for _ in range(n):
        if rnd.random() < 0.5:
            out.append("".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 40))))
        else:
            seps = (" ", " ", " ", "\n", ", ", ". ", "")
            out.append("".join(rnd.choice(_WORDS) + rnd.choice(seps) for _ in range(30)))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tokenize_matches_the_per_token_loop(seed):
    for text in _texts(seed, 3000):
        assert tokenize(text) == tokenize_reference(text), repr(text)


def candidates_reference(toks: list[Token], triggers: frozenset[str]) -> list[int]:
    return [
        i
        for i, t in enumerate(toks)
        if t.low in triggers or t.text.isdigit() or t.text in APOSTROPHES
    ]


@pytest.mark.parametrize("code", ["en", "id"])
def test_candidates_are_the_tokens_the_plain_loop_tested(code):
    g = Grammar(get_lexicon(code))
    for text in _texts(11, 2000):
        toks = tokenize(text)
        got = list(grammar.candidates([t.low for t in toks], g._openers))
        assert got == candidates_reference(toks, g.triggers), repr(text)


def _spans(found) -> list[tuple[int, int, str, str]]:
    return [(m.i, m.j, m.ptype, repr(m.sem)) for m in found]


@pytest.mark.parametrize("code", ["en", "id"])
def test_scan_over_candidates_equals_scan_over_every_token(code, monkeypatch):
    """Trying every token (the plain loop's walk) finds the same matches as trying only the
    candidates: nothing starts elsewhere, and the jump past a match is the same."""
    texts = [
        *_texts(13, 1500),
        "Perang 44 hari pada September 2020 berakhir. Jumat (23/12) lalu, sehari-hari.",
        "On March 12, 2020, at 3 p.m., about two weeks ago, the first quarter ended.",
    ]
    fast = [_spans(Grammar(get_lexicon(code)).scan(tokenize(t))) for t in texts]
    monkeypatch.setattr(grammar, "candidates", lambda lows, openers: range(len(lows)))
    plain = [_spans(Grammar(get_lexicon(code)).scan(tokenize(t))) for t in texts]
    assert fast == plain
    assert sum(map(len, fast)) > 100  # the texts do hold expressions


def _number_texts(code: str, seed: int, n: int) -> list[str]:
    """Numbers in digits before every word of the pack, marks and digits, in runs."""
    rnd = random.Random(seed)
    lex = get_lexicon(code)
    words = [*sorted(lex.words), "people", "orang", "The", "Mei", "BC", "AD", "WIB", "a.m."]
    # a word after the next one that completes a number's phrase: "17 of May", "3 1/2 years"
    after = ["May", "Mei", "years", "tahun", "an", "s", "BC", "SM", "2", "half", "2 years"]
    after += ["10-2013", "10.2013", "450 BC", "450 SM", "18 WIB", "000 tahun", "day", "hari"]
    before = [*(lex.pack.get("short_decade_before") or ()), "the", "on the", "x"]
    marks = [".", ",", ":", "/", "x", "×", "-", "–", ")", "%", "'", "\n"]
    numbers = ["1", "5", "12", "17", "24", "31", "44", "60", "90", "300", "1990", "20000"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(12):
            if rnd.random() < 0.3:
                parts.append(rnd.choice(before) + " ")
            parts.append(rnd.choice(numbers))
            parts.append(rnd.choice(("", " ")))
            parts.append(rnd.choice(words) if rnd.random() < 0.6 else rnd.choice(marks))
            parts.append(rnd.choice(("", " ", " ", "\n")))
            if rnd.random() < 0.3:
                parts.append(rnd.choice(after) + " ")
            if rnd.random() < 0.4:
                parts.append(rnd.choice(numbers) + " " + rnd.choice(words) + " ")
        out.append("".join(parts))
    return out


@pytest.mark.parametrize("code", ["en", "id"])
def test_numbers_the_scan_skips_start_nothing(code):
    """Where ``number_alone`` lets the scan skip a number, :meth:`Grammar.match_at` (the call
    skipped) finds nothing there."""
    lex = get_lexicon(code)
    skipped = 0
    for text in _number_texts(code, 17, 400):
        toks = tokenize(text)
        g = Grammar(lex)
        g.scan(toks)  # the scan's state (tokens, memos) as the skipped call would see it
        for i, t in enumerate(toks):
            if t.text.isdigit() and number_alone(g, i):
                skipped += 1
                assert g.match_at(i) is None, (text, i)
    assert skipped > 1000


_NUMBER_STARTS = {
    "en": [
        *("17 of May", "5 more days", "57 straight days", "7 o'clock", "6 pm", "6 am"),
        *("10 UTC", "490 BC", "9 AD", "499 to 450 BC", "44 days", "17 May", "3 Sept."),
        *("3 1/2 years", "3 ½ years", "44th century", "1.5 hours", "20,000 years"),
        *("17/10/2013", "10:35 a.m.", "2x24 hours", "44-day", "17-10-2013", "499-450 BC"),
        *("17.10.2013", "06.18 GMT", "1,500 years"),
    ],
    "id": [
        *("era 60 an", "17 Mei", "44 hari", "3 setengah tahun", "10 WIB", "264 SM", "5 Masehi"),
        *("499 hingga 450 SM", "2x24 jam", "20.000 tahun", "06.18 WIB", "17/10/2013"),
        *("era 60-an", "44-hari", "17-10-2013", "499-450 SM", "17.10.2013", "06.18 pagi"),
    ],
}


@pytest.mark.parametrize("code", ["en", "id"])
def test_numbers_that_start_expressions_are_not_skipped(code):
    lex = get_lexicon(code)
    for text in _NUMBER_STARTS[code]:
        toks = tokenize(text)
        k = next(i for i, t in enumerate(toks) if t.text.isdigit())
        g = Grammar(lex)
        assert g.scan(toks) and not number_alone(g, k), text


def _get_reference(g: Grammar, k: int, cls: str):
    """``Matchers._get`` before ``Lexicon.first`` was inlined into it."""
    toks = g.toks
    if k >= len(toks):
        return None
    t = toks[k]
    if (t.nl and k != g.origin) or cls not in g._classes.get(t.low, ()):
        return None
    return g.lex.first(toks, k, cls)


@pytest.mark.parametrize("code", ["en", "id"])
def test_get_equals_the_lexicon_lookup(code):
    lex = get_lexicon(code)
    classes = sorted({c for cs in lex.classes.values() for c in cs})
    found = 0
    for text in [*_number_texts(code, 5, 40), *_texts(7, 200)]:
        g = Grammar(lex)
        g.toks = tokenize(text)
        for k in range(-1 if g.toks else 0, len(g.toks) + 1):
            g.origin = k if k % 3 else -1
            for cls in classes:
                got = g._get(k, cls)
                assert got == _get_reference(g, k, cls), (text, k, cls)
                found += got is not None
    assert found > 1000
