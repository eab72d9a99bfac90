"""Quantities: the C-level fast paths give the answers of the plain Python code they replace."""

from __future__ import annotations

import random
import re
import sys
from itertools import compress

import pytest
from test_quantities_prefilter import _spans

from conflictlens.extract import quantities
from conflictlens.extract.quantities import (
    _ascii_starters,
    _blocked,
    _may_count,
    _outside,
    _starting_word,
)
from conflictlens.extract.quantities.forms import measure_at, minus_sign
from conflictlens.extract.quantities.lexicon import lexicon
from conflictlens.extract.quantities.numbers import (
    _TEXT,
    _TOKEN,
    _TOKEN_ASCII,
    _may_start,
    _starters,
    line_tokens,
    tokenize,
)
from conflictlens.extract.quantities.scan import scan

# Edges of the fast paths: digits of other scripts and widths, signs against digits, number
# words glued to digits and punctuation, letters whose lower case is ASCII (Kelvin sign, dotted
# capital I), numeric letters, words of other scripts.
_PIECES = [
    "dua", "Dua", "DUA", "dua,", "(satu)", "“tiga”", "tiga-empat", "kedua", "seorang", "puluhan",
    "a", "A", "an", "twenty-three", "dozens", "half", "x-ray", "\u212aelvin", "\u0130ki", "½",
    "2½", "Ⅻ", "²", "١٢", "٣", "５", "5", "-5", "−5", "–5", "x-5", "COVID-19", "-", "−", "–",
    "—", "’", "people", "orang", "tewas", "Jakarta", "2024", "12/5", "10.30", "1.500", "%", "$",
    "Rp", "_dua", "3rd", "2a", "a2", "ΟΔΟΣ", "Москва", "中文", "é", "\u00a0",
]  # fmt: skip
_GLUE = [" ", " ", " ", "", "-", "−", ", ", "/", "  ", "\u00a0", "\t"]
_OLD_NUMERAL = re.compile(r"\d+|[-−–](?=\d)")
_OLD_RUNS = bytes(c if chr(c).isalpha() else 32 for c in range(128)) + b" " * 128


def _lines(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        line = "".join(
            rnd.choice(_PIECES) + rnd.choice(_GLUE) for _ in range(rnd.randint(1, 8))
        ).strip()
        if line:
            out.append(line)
    return out


def _old_may_count(text, start, end, lex, spans) -> bool:
    # The line pre-test as first written: a regular expression for the numbers.
    parts = _outside(start, end, spans) if spans else ((start, end),)
    for a, b in parts:
        m = _OLD_NUMERAL.search(text, a, min(b + 1, end))
        if m is not None and m.start() < b:
            return True
    keys = _ascii_starters(lex.code)
    for a, b in parts:
        part = text[a:b]
        if keys is not None:
            runs = part.lower().encode("ascii", "replace").translate(_OLD_RUNS).split()
            if not keys.isdisjoint(runs):
                return True
        elif _starting_word(part, lex):
            return True
        if not part.isascii() and any(map(str.isnumeric, set(part))):
            return True
    return False


@pytest.mark.parametrize("lang", ["id", "en"])
def test_line_pre_test_answers_as_the_regular_expression_did(lang, monkeypatch):
    # (articles read as any other starter, as then: see the test of lone articles below)
    plain = (_ascii_starters(lang), frozenset(), frozenset())
    monkeypatch.setattr(quantities, "_articles", lambda code: plain)
    lex = lexicon(lang)
    rnd = random.Random(21)
    seen = set()
    for line in _lines(17, 4000):
        text = "x\n" + line + "\ny"
        start, end = 2, 2 + len(line)
        for spans in ([], [(a + 2, b + 2) for a, b in _spans(rnd, len(line), 6)]):
            got = _may_count(text, start, end, lex, spans)
            assert got == _old_may_count(text, start, end, lex, spans), (line, spans)
            seen.add(got)
    assert seen == {True, False}
    # A sign at the end of a part, against digits of a span (ASCII or not).
    for digit in "5٣５":
        text = f"suhu −{digit} derajat"
        assert _may_count(text, 0, len(text), lex, [(6, 7)])
        assert not _may_count(text, 0, len(text), lex, [(5, 7)])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_start_table_keeps_the_tokens_the_scanner_tested(lang):
    lex = lexicon(lang)
    starters = _starters(lang)
    table = _may_start(lang)
    for line in _lines(19, 3000):
        tokens = tokenize(line)
        for i, tok in enumerate(tokens):
            # The scanner's filter as first written, token by token.
            if tok.kind == "sym":
                want = minus_sign(tokens, i)
            elif tok.kind == "word":
                want = (
                    tok.low in starters
                    or ("-" in tok.low and tok.low.split("-")[0] in lex.atoms)
                    or (len(tok.text) == 1 and tok.text.isnumeric())
                )
            else:
                want = True
            got = table[tok.text] and (tok.kind != "sym" or minus_sign(tokens, i))
            assert got == want, (line, i)
    assert len(table) > 50  # the texts met are remembered


def _matches(pattern, text: str) -> list[tuple[int, int, str | None]]:
    return [(*m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_ascii_tokens_are_the_unicode_tokens():
    chars = [chr(c) for c in range(128)]
    for c in chars:  # every ASCII character, alone and between others
        for text in (c, "a" + c + "b", "1" + c + "2", c + c):
            assert _matches(_TOKEN_ASCII, text) == _matches(_TOKEN, text), repr(text)
    rnd = random.Random(23)
    pool = chars + ["dua", "1.500", "1,5", "twenty-three", "o'clock", " ", " ", "-", "."] * 8
    for _ in range(3000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(1, 30)))
        assert _matches(_TOKEN_ASCII, text) == _matches(_TOKEN, text), repr(text)
    # A line of ASCII in a text that is not: the line is read with the ASCII pattern.
    text = "“Dua” kata\n12 orang, 1.500-an; o'clock"
    assert tokenize(text, 11, len(text)) == tokenize(text)[4:]


# English articles and the words that let them start a quantity, in one line or the other.
_ARTICLE_PIECES = [
    "a", "A", "an", "An", "a-ha", "a-hundred", "a-third", "an's", "another", "few", "a few",
    "a couple of", "a handful", "a number of", "a third", "half", "hundred", "dozen", "Thousand",
    "man", "police", "officer", "soldiers", "people", "killed", "was", "the", "of", "said", "in",
    "2", "one", "twenty-three", "½", "(", ")", "“", "”", "’s", "\u212aelvin", "a man was killed",
    "an officer killed", "a police officer died", "a few people", "a hundred people", "a-dozen",
]  # fmt: skip


def test_a_line_of_lone_articles_is_skipped_only_when_it_reads_nothing():
    lex = lexicon("en")
    rnd = random.Random(29)
    skipped = 0
    for _ in range(6000):
        words = [rnd.choice(_ARTICLE_PIECES) for _ in range(rnd.randint(1, 12))]
        line = "".join(w + rnd.choice(_GLUE[:6]) for w in words).strip()
        if not line:
            continue
        text = "x\n" + line + "\ny"
        start, end = 2, 2 + len(line)
        for spans in ([], [(a + 2, b + 2) for a, b in _spans(rnd, len(line), 6)]):
            new = _may_count(text, start, end, lex, spans)
            old = _old_may_count(text, start, end, lex, spans)
            assert old or not new, (line, spans)  # the pre-test only skips more
            if old and not new:
                skipped += 1
                tokens = tokenize(text, start, end)
                assert not scan(text, tokens, lex, _blocked(tokens, spans)), (line, spans)
    assert skipped > 300


def _pattern_tokens(text: str, start: int, end: int) -> list[tuple]:
    # :func:`tokenize` of one line as first written: the Unicode pattern, token by token.
    return [
        (m.lastgroup, *m.span(), m.group(), m.group().lower(), k == 0)
        for k, m in enumerate(_TOKEN.finditer(text, start, end))
    ]


@pytest.mark.parametrize("ascii_", [True, False])
def test_lines_cut_at_spaces_give_the_pattern_tokens(ascii_):
    chars = [chr(c) for c in range(128) if c != 10]
    pool = chars + ["dua", "Killed", "12", "1.500", "1,5", "o'clock", "people,", "-", "."] * 6
    pool += [" "] * 60 + ["  ", "\t", "\x0b", "\x1c", "x-", "a'", "5,", "a5", "5a", "(a)"] * 3
    if not ascii_:  # letters, digits, marks and spaces of other scripts, and their edges
        pool += [
            "“", "”", "’", "é", "\u0130", "\u212a", "²", "٣", "½", "Ⅻ", "\u0301", "\xa0", "\u2009",
            "Ⓐ", "_", "—", "Москва", "中文", "ΟΔΟΣ", "ß", "ǅ", "\u3000", "\u2028", "’s", "“Dua”",
        ] * 4  # fmt: skip
    rnd = random.Random(31)
    for n in range(6000):
        line = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 25)))
        text = "“x”\n" + line + "\ny" if n % 2 else line
        start = 4 if n % 2 else 0
        end = start + len(line)
        got = [tuple(t) for t in tokenize(text, start, end)]
        assert got == _pattern_tokens(text, start, end), repr(line)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_line_starts_are_the_tokens_the_start_table_keeps(lang):
    # The tokens a quantity may start at, found while tokenizing, against the scanner's filter as
    # it was before: every token's text looked up in the start table.
    table = _may_start(lang)
    pool = [*_PIECES, *_ARTICLE_PIECES, "五", "五,", "(五", "一", "dua-tiga", "Dua,", "(dua",
            "12,", "12-", "-", "−,", "–dua", "ke-3", "X.", "satu-satunya", "5½", "½,"]  # fmt: skip
    glue = [*_GLUE, "", "", "  "]
    rnd = random.Random(37)
    found = 0
    for n in range(6000):
        line = "".join(rnd.choice(pool) + rnd.choice(glue) for _ in range(rnd.randint(1, 12)))
        line = line.replace("\n", " ")
        text = "“x”\n" + line + "\ny" if n % 2 else line
        start = 4 if n % 2 else 0
        end = start + len(line)
        tokens, starts = line_tokens(text, start, end, lang)
        assert tokens == tokenize(text, start, end), repr(line)
        want = list(compress(range(len(tokens)), map(table.__getitem__, map(_TEXT, tokens))))
        assert starts == want, repr(line)
        found += len(starts)
    assert found > 5000


# Numbers with units, range joiners and their look-alikes, for the look-ups ``_read`` skips.
_RANGE_PIECES = [
    "10", "15", "1.500", "2,5", "-", "–", "—", "to", "To", "and", "hingga", "sampai", "s/d",
    "dan", "atau", "or", "antara", "between", "from", "km", "mg", "kg", "m", "persen", "%",
    "juta", "million", "orang", "people", "$", "US$", "Rp", "derajat", "°C", "square", "miles",
    "hektare", "ml", "x", "per", "(", ")", ",", ".", "dua", "ten",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_range_nor_unit_is_read_after_a_number_without_a_head(lang):
    # ``_read`` calls ``_range`` and ``measure_at`` only at tokens of the sets of ``_edges``:
    # elsewhere they find nothing, as when they were called for every number.
    scan_module = sys.modules[scan.__module__]
    lex = lexicon(lang)
    units, ranges = scan_module._edges(lang)[-2:]
    rnd = random.Random(41)
    read = 0
    for _ in range(3000):
        line = "".join(
            rnd.choice(_RANGE_PIECES) + rnd.choice([" ", " ", "", "  "])
            for _ in range(rnd.randint(2, 10))
        )
        tokens = tokenize(line)
        n = len(tokens)
        for j in range(n + 1):
            if j == n or tokens[j].low not in units:
                assert measure_at(tokens, j, lex) is None, (line, j)
        for i in range(n):
            core = scan_module._number(tokens, i, lex)
            if core is None or (core.end < n and tokens[core.end].low in ranges):
                read += core is not None
                continue
            for started in (True, False):
                assert scan_module._range(tokens, core, lex, started) == (None, True), (line, i)
    assert read > 300
