"""Quantities: look-ups pre-tested in C (phrase heads and tails, blocked tokens) give the answers
of the plain code they replace.

Each test runs a reference (the code before the speed pass) and the fast code over generated lines
of words from the lexicon tables, marks and digits, and asks for identical results.
"""

from __future__ import annotations

import importlib
import random

import pytest

from conflictlens.extract.quantities import _blocked
from conflictlens.extract.quantities.context import (
    _AFTER,
    _BEFORE,
    _UNIT_WORDS,
    CLAUSE_END,
    DASHES,
    _skip_aside,
    _skip_compound,
    _verb_like,
    adjacent,
    counted_noun,
    event_after,
    event_before,
)
from conflictlens.extract.quantities.forms import measure_at
from conflictlens.extract.quantities.identifiers import (
    _MAX_DIGITS,
    _appositive_age,
    _near_sep,
    line_start,
)
from conflictlens.extract.quantities.lexicon import lexicon
from conflictlens.extract.quantities.numbers import (
    phrase_at,
    phrase_before,
    phrase_heads,
    phrase_tails,
    tokenize,
)
from conflictlens.extract.quantities.scan import scan

_TABLES = ("vague", "nouns", "predicates", "currency_before", "currency_after", "percent",
           "qualifiers_before", "qualifiers_after", "range_starts", "range_joiners", "measures",
           "fraction_suffixes", "fraction_words", "negative_before", "aside_markers",
           "expansions", "atoms")  # fmt: skip
_OTHER = ["12", "1.500", "3", ",", ".", "(", ")", "-", "’s", "the", "di", "yang", "and", "dan",
          "Jakarta", "said", "kata", "a", "an", "seorang", "two", "dua", "17-year-old",
          "—"]  # fmt: skip


def _vocabulary(lex) -> list[str]:
    words = list(_OTHER)
    for name in _TABLES:
        words += sorted(getattr(lex, name))
    return words


def _lines(lex, seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    words = _vocabulary(lex)
    glue = [" ", " ", " ", " ", "", ", ", "  "]
    out = []
    for _ in range(count):
        line = "".join(rnd.choice(words) + rnd.choice(glue) for _ in range(rnd.randint(1, 14)))
        out.append(line.strip() or "x")
    return out


# The code before the speed pass (``context.py``), kept as the reference.
def _starts_number_reference(tokens, k, lex) -> bool:
    low = tokens[k].low
    return (
        (low in lex.atoms and low not in lex.article_atoms)
        or low in lex.expansions
        or low in lex.event_articles
        or phrase_at(tokens, k, lex.vague) is not None
    )


def counted_noun_reference(tokens, j, lex, text, allow_of):
    n = len(tokens)
    if allow_of and j < n and tokens[j].low in lex.unit_of:
        j += 1
    first = last = None
    category = None
    words = 0
    k = _skip_compound(tokens, j, lex)
    j = k
    while k < n and words < _UNIT_WORDS + 2:
        tok = tokens[k]
        if tok.kind != "word" or (k > j and tok.start - tokens[k - 1].end > 1):
            break
        if _starts_number_reference(tokens, k, lex):
            break
        noun = phrase_at(tokens, k, lex.nouns, 3)
        if noun is not None and words and noun[0] in lex.predicates:
            break
        if noun is not None:
            if lex.head_first and words and category is None:
                pass
            elif lex.nouns[noun[0]]:
                category = lex.nouns[noun[0]]
            elif category is None:
                category = ""
            first = first if first is not None else k
            last = noun[1] - 1
            k = noun[1]
            words += 1
            if k + 1 < n and tokens[k].low in lex.unit_joiners:
                nxt = phrase_at(tokens, k + 1, lex.nouns, 3)
                if nxt is not None and nxt[0] not in lex.predicates:
                    k += 1
                    continue
            if lex.nouns[noun[0]] or not lex.head_first:
                break
            continue
        if (
            tok.low in lex.unit_stop
            or tok.low in lex.time_units
            or tok.low in lex.months
            or phrase_at(tokens, k, lex.predicates, 3) is not None
            or words >= _UNIT_WORDS
            or (words and _verb_like(tok.low, lex))
        ):
            break
        first = first if first is not None else k
        last = k
        words += 1
        k += 1
    if first is None:
        return None, None, j
    return text[tokens[first].start : tokens[last].end], category, last + 1


def event_after_reference(tokens, j, lex):
    n = len(tokens)
    k = j
    while k < min(n, j + _AFTER):
        k0 = k
        k = _skip_aside(tokens, k, lex)
        j += k - k0
        if k >= n:
            return None
        tok = tokens[k]
        k += 1
        if (
            tok.kind == "num"
            or tok.text in CLAUSE_END
            or tok.low in lex.clause_joiners
            or tok.low in lex.event_articles
            or phrase_at(tokens, k, lex.vague) is not None
            or (tok.low in lex.atoms and tok.low not in lex.article_atoms)
        ):
            return None
        hit = phrase_at(tokens, k - 1, lex.predicates, 3)
        if hit is not None:
            return lex.predicates[hit[0]]
    return None


def event_before_reference(tokens, i, lex, floor=0):
    for k in range(i, max(floor, i - _BEFORE), -1):
        tok = tokens[k - 1]
        hit = phrase_before(tokens, k, lex.predicates, 3)
        if hit is not None:
            return lex.predicates[hit[0]]
        if tok.kind == "num" or tok.text in CLAUSE_END or tok.low in lex.clause_joiners:
            return None
    return None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_phrases_start_and_end_only_at_heads_and_tails(lang):
    lex = lexicon(lang)
    found = 0
    for line in _lines(lex, 41, 1500):
        tokens = tokenize(line)
        for name in _TABLES:
            table = getattr(lex, name)
            heads, tails = phrase_heads(table), phrase_tails(table)
            for i in range(len(tokens) + 1):
                hit = phrase_at(tokens, i, table)
                if i >= len(tokens) or tokens[i].low not in heads:
                    assert hit is None, (line, name, i)
                found += hit is not None
                if i == 0 or tokens[i - 1].low not in tails:
                    assert phrase_before(tokens, i, table) is None, (line, name, i)
    assert found > 500
    # A table past the bound of remembered tables gets the same sets.
    table = {"lebih dari": 1, "dari": 2}
    assert "leb" in phrase_heads(table) and "ri" in phrase_tails(table)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_context_readers_answer_as_the_reference(lang):
    lex = lexicon(lang)
    seen = {"after": 0, "before": 0, "noun": 0}
    for line in _lines(lex, 43, 2500):
        tokens = tokenize(line)
        for j in range(len(tokens) + 1):
            got = event_after(tokens, j, lex)
            assert got == event_after_reference(tokens, j, lex), (line, j)
            seen["after"] += got is not None
            for floor in (0, max(0, j - 3)):
                got = event_before(tokens, j, lex, floor)
                assert got == event_before_reference(tokens, j, lex, floor), (line, j, floor)
                seen["before"] += got is not None
            for allow_of in (False, True):
                got = counted_noun(tokens, j, lex, line, allow_of)
                assert got == counted_noun_reference(tokens, j, lex, line, allow_of), (line, j)
                seen["noun"] += got[0] is not None
    assert min(seen.values()) > 300, seen


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_line_without_temporal_spans_reads_as_with_no_token_blocked(lang):
    lex = lexicon(lang)
    for line in _lines(lex, 47, 1500):
        tokens = tokenize(line)
        assert scan(line, tokens, lex, None) == scan(line, tokens, lex, _blocked(tokens, []))


class _Everything:
    """A set holding every key: the look-ups behind it always run (the code before the pass)."""

    def __contains__(self, key) -> bool:
        return True


@pytest.mark.parametrize("lang", ["id", "en"])
def test_reads_pre_tested_answer_as_reads_that_look_up_everything(lang, monkeypatch):
    # (the module, not the function the package exports under its name)
    scan_module = importlib.import_module("conflictlens.extract.quantities.scan")
    lex = lexicon(lang)
    rnd = random.Random(53)
    words = _vocabulary(lex) + ["12", "1.500", "2,5", "300", "40", "-5", "$", "%"] * 20
    lines = []
    for _ in range(3000):
        glue = [" ", " ", " ", "", ", "]
        line = "".join(rnd.choice(words) + rnd.choice(glue) for _ in range(rnd.randint(1, 12)))
        lines.append(line.strip() or "x")
    fast = [scan(line, tokenize(line), lex, None) for line in lines]
    every = (_Everything(),) * len(scan_module._edges(lang))
    monkeypatch.setattr(scan_module, "_edges", lambda code: every)
    plain = [scan(line, tokenize(line), lex, None) for line in lines]
    assert fast == plain
    assert sum(map(len, fast)) > 2000
    assert (
        sum(m.mod is not None or m.unit in ("USD", "IDR", "percent") for ms in fast for m in ms)
        > 300
    )


def _special_reference(text, tokens, i, lex):
    # The digits branch of ``scan._special`` before the pass (every reader tried).
    from conflictlens.extract.quantities.context import adjacent
    from conflictlens.extract.quantities.forms import (
        digit_fraction,
        mixed_number,
        scientific,
        space_grouped,
        space_grouped_ok,
    )

    scan_module = importlib.import_module("conflictlens.extract.quantities.scan")
    if (
        i > 0
        and adjacent(tokens, i)
        and (tokens[i - 1].kind == "word" or tokens[i - 1].text in "_/\\.:#")
    ):
        return None
    core = (
        mixed_number(tokens, i, lex) or digit_fraction(tokens, i, lex) or scientific(tokens, i, lex)
    )
    if core is None:
        core = space_grouped(tokens, i)
        if core is not None and not space_grouped_ok(text, tokens, core):
            core = None
    if core is not None:
        factor, j = scan_module._scale(tokens, core.end, lex, False)
        if factor != 1.0 and not core.fraction:
            core.low, core.high, core.end, core.scaled = (
                core.low * factor,
                core.low * factor,
                j,
                True,
            )
    return core


def _outcome(read, *args):
    # What a reader returns, or the error it raises ("4e500" overflows a float: both ways).
    try:
        return read(*args)
    except ArithmeticError as err:
        return type(err)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_digits_followed_by_a_word_or_a_plain_mark_read_no_other_form(lang):
    scan_module = importlib.import_module("conflictlens.extract.quantities.scan")
    lex = lexicon(lang)
    pieces = ["2", "12", "1,5", "4", "10", "000", "250", "1", "3", "½", "⅓", "e", "E", "x", "X",
              "×", "*", "·", "^", "−", "-", "+", "5", "/", "40", "of", "miles", "km", "juta",
              "million", ",", ".", "%", "people", "orang", "(", ")", "”", "ex", "10", "1/2", "3/4",
              "10 000", "4e14", "2.48×10−5", "3 x 10^8", "2 1/2", "2½", "1/40 of"] * 2  # fmt: skip
    rnd = random.Random(59)
    found = 0
    for _ in range(6000):
        glue = ["", "", " ", " ", "  ", "\t"]
        line = "".join(rnd.choice(pieces) + rnd.choice(glue) for _ in range(rnd.randint(1, 8)))
        tokens = tokenize(line)
        for i, tok in enumerate(tokens):
            if tok.kind == "num":
                got = _outcome(scan_module._special, line, tokens, i, lex)
                assert got == _outcome(_special_reference, line, tokens, i, lex), (line, i)
                found += got is not None
    assert found > 500


def _starts_reference(text: str, lex) -> bool:
    # ``_Starts.__missing__`` before the pass: the kind always from the pattern.
    from conflictlens.extract.quantities.numbers import _TOKEN, _starters

    kind = _TOKEN.match(text).lastgroup
    if kind == "num":
        return True
    if kind == "sym":
        return text in "-−–"
    low = text.lower()
    return (
        low in _starters(lex.code)
        or ("-" in low and low.split("-")[0] in lex.atoms)
        or (len(text) == 1 and text.isnumeric())
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_start_table_and_marks_read_kinds_as_the_pattern(lang):
    from conflictlens.extract.quantities.numbers import _TOKEN, _mark, _Marks, _Starts

    lex = lexicon(lang)
    table, marks = _Starts(lang), _Marks()
    texts = [chr(c) for c in range(0x3100)] + ["\U0001d7d9", "\U00010107", "\U0001f600"]
    texts += [w for w in _vocabulary(lex) if " " not in w] + [
        "١٢",
        "５٣",
        "Ⅻ",
        "dua-tiga",
        "x²",
        "½½",
        "²³",
        "ⅫⅫ",
    ]
    for text in texts:
        if len(text) == 1:
            assert marks[text] == _mark(text) and marks[text] == _mark(text), repr(text)
        if _TOKEN.fullmatch(text) is None:
            continue  # (no token: a space)
        assert table[text] == _starts_reference(text, lex), repr(text)
        assert table[text] == _starts_reference(text, lex), repr(text)  # (remembered)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_line_pre_test_on_the_runs_of_the_whole_text_answers_as_per_part(lang):
    from test_quantities_prefilter import _spans

    from conflictlens.extract.quantities import _may_count, _text_runs

    lex = lexicon(lang)
    rnd = random.Random(61)
    words = _vocabulary(lex) + ["ΟΔΟΣ", "ΣΑΣ", "Σ", "\u212aelvin", "½", "٣", "“Dua”", "é"] * 8
    seen, whole = set(), 0
    for _ in range(2500):
        lines = []
        for _ in range(rnd.randint(1, 4)):
            glue = [" ", " ", "", ", ", "\t"]
            k = rnd.randint(1, 8)
            lines.append("".join(rnd.choice(words) + rnd.choice(glue) for _ in range(k)))
        if rnd.random() < 0.1:  # (a lower case that is longer: no runs for the whole text)
            lines[0] = "\u0130ki 12 " + lines[0]
        text = "\n".join(lines)
        runs = _text_runs(text)
        whole += runs is not None
        start = 0
        for line in lines:
            end = start + len(line)
            for spans in ([], _spans(rnd, len(line), 4)):
                spans = [(a + start, b + start) for a, b in spans]
                got = _may_count(text, start, end, lex, spans, runs)
                assert got == _may_count(text, start, end, lex, spans), (text, start, spans)
                seen.add(got)
            start = end + 1
    assert seen == {True, False} and 2000 < whole < 2500


# ``identifiers.id_like`` and ``numbers.parse_digits`` before the pass, kept as the reference.
def id_like_reference(tokens, i, lex):
    tok = tokens[i]
    n = len(tokens)
    prev = tokens[i - 1] if i > 0 else None
    collective = (
        i > 1
        and tokens[i - 2].low in lex.collective_prefixes
        and phrase_at(tokens, i + 1, lex.nouns, 3) is not None
    )
    if prev is not None and adjacent(tokens, i):
        if prev.kind == "word" and phrase_before(tokens, i, lex.currency_before) is None:
            return True  # "G20", "H2"
        if prev.text in "/:+#№^":
            return True  # "23/12", "10:30", "+62"
        dashed = prev.text in DASHES and i > 1 and adjacent(tokens, i - 1)
        if dashed and tokens[i - 2].kind == "word" and not collective:
            return True  # "ke-3", "COVID-19", "F-16" (but "ke-12 negara": the twelve countries)
    if (
        prev is not None
        and prev.text in DASHES
        and i > 1
        and tokens[i - 2].kind == "word"
        and len(tokens[i - 2].text) <= 3
        and tok.start - tokens[i - 2].end <= 3
        and not collective
    ):
        return True  # "U - 19", "ke - 10" (spaced by detokenization)
    if _near_sep(tokens, i, i + 1, i + 2) or _near_sep(tokens, i, i - 1, i - 2):
        return True  # "23/12", "19 / 11", "10:30"
    if prev is not None and prev.text == "(" and i + 1 < n and tokens[i + 1].text == ")":
        return True  # "(2)": an enumerator
    if tok.newline and i + 1 < n and tokens[i + 1].text in ".)" and adjacent(tokens, i + 1):
        return True  # "1. Mancanegara": a list number
    if (
        prev is not None
        and prev.kind == "word"
        and prev.text[:1].isupper()
        and tok.text.isdigit()
        and not line_start(tokens, i - 1)
        and prev.low not in lex.predicates
        and prev.low not in lex.qualifiers_before
        and prev.low not in lex.months
        and phrase_at(tokens, i + 1, lex.nouns, 3) is None
        and phrase_before(tokens, i, lex.currency_before, 3) is None
        and not (i + 1 < n and tokens[i + 1].low in lex.scales)
        and phrase_at(tokens, i + 1, lex.percent, 3) is None
        and phrase_at(tokens, i + 1, lex.currency_after, 3) is None
        and measure_at(tokens, i + 1, lex) is None
    ):
        return True  # "Voskhod 2", "Area 51", "Indy 500": part of a name
    if i + 1 < n and adjacent(tokens, i + 1):
        nxt = tokens[i + 1]
        # Unit symbols of one letter are lower case ("5m", "2g"); "4G" is a name.
        unit = nxt.low in lex.measure_units or nxt.low in lex.measures
        measure = unit and (len(nxt.text) > 1 or nxt.text.islower())
        if nxt.kind == "word" and nxt.low not in lex.attached_scales and not measure:
            return True  # "3rd", "4G", "1990s"
    if len(tok.text) > 1 and tok.text[0] == "0" and tok.text[1].isdigit():
        return True  # "021", "0812": phone numbers and codes
    if sum(c.isdigit() for c in tok.text) > _MAX_DIGITS:
        return True  # account numbers, hashes: no count has this many digits
    if _appositive_age(tokens, i):
        return True  # "Nadine, 32, ingin", "John Smith, 45, said"
    if prev is not None and prev.text == "." and i > 1:
        prev = tokens[i - 2]  # "No. 5"
    k = i + 1
    q = phrase_at(tokens, k, lex.qualifiers_after, 3)
    k = q[1] if q is not None else k
    scaled = k < n and tokens[k].low in lex.scales and not adjacent(tokens, k)  # "level 380 juta"
    if prev is not None and prev.low in lex.not_count_before and not scaled:
        return True  # "pukul 10.30", "nomor 5", "page 3"
    of_age = prev is not None and prev.low in lex.unit_of and i > 1
    if of_age and tokens[i - 2].low in lex.not_count_before:
        return True  # "at the age of 99"
    # "202 555 0147": digit groups separated by spaces.
    return i + 1 < n and tokens[i + 1].kind == "num" and tokens[i + 1].start - tok.end == 1


def parse_digits_reference(text, lex):
    """Read a digit string with the separators of the language of ``lex``.

    A separator followed by groups of exactly three digits is a thousands separator; otherwise the
    language's decimal mark is decimal, and a foreign mark before one or two digits is read as
    decimal too ("2.5" in Indonesian text). Returns None for malformed groupings ("1.23.4").
    """
    seps = [c for c in text if c in ".,"]
    if not seps:
        return float(text)
    kinds = set(seps)
    if len(kinds) == 2:
        dec = seps[-1]
        grp = "," if dec == "." else "."
        if seps.count(dec) > 1:
            return None
        whole, frac = text.split(dec)
        groups = whole.split(grp)
        if any(len(g) != 3 for g in groups[1:]):
            return None
        return float("".join(groups) + "." + frac)
    sep = seps[0]
    groups = text.split(sep)
    if len(groups) > 2:
        if any(len(g) != 3 for g in groups[1:]) or len(groups[0]) > 3:
            return None
        return float("".join(groups))
    head, tail = groups
    if sep == lex.decimal:
        return float(head + "." + tail)
    if len(tail) == 3 and len(head) <= 3 and head.strip("0"):  # (not "0.144")
        return float(head + tail)
    return float(head + "." + tail)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_identifier_checks_and_digits_read_as_the_reference(lang):
    from conflictlens.extract.quantities.identifiers import id_like
    from conflictlens.extract.quantities.numbers import parse_digits

    lex = lexicon(lang)
    pieces = ["12", "32", "1.500", "1,5", "10.30", "0812", "2024", "150", "7", "/", ":", ",", ".",
              "(", ")", "-", "Nadine", "John", "Area", "ke", "COVID", "G", "rd", "orang", "people",
              "juta", "million", "nomor", "page", "age", "of", "lebih", "more", "than", "#",
              "12345678901234567890", "1.234.567", "1,234.5", "1.2.3", "0.144"] * 3  # fmt: skip
    rnd = random.Random(67)
    pieces += rnd.sample(_vocabulary(lex), 60)
    ids = numbers = 0
    for _ in range(5000):
        glue = ["", " ", " ", " ", "  ", ", "]
        line = "".join(rnd.choice(pieces) + rnd.choice(glue) for _ in range(rnd.randint(1, 9)))
        tokens = tokenize(line)
        for i, tok in enumerate(tokens):
            if tok.kind == "num":
                got = id_like(tokens, i, lex)
                assert got == id_like_reference(tokens, i, lex), (line, i)
                assert parse_digits(tok.text, lex) == parse_digits_reference(tok.text, lex)
                ids += got
                numbers += 1
    assert ids > 2000 and numbers - ids > 2000, (ids, numbers)
