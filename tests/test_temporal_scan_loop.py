"""The scan's tests before :meth:`Grammar.match_at` (a count, a name's digits, an apostrophe,
"the city", "a statement") sorted by the kind of token give the matches of the plain order.

The reference is the scan as it was before: every test in turn at every candidate token.
"""

from __future__ import annotations

import random
from itertools import compress
from operator import attrgetter

import pytest

from conflictlens.extract.temporal.grammar import (
    _APOSTROPHES,
    _STOPS,
    Grammar,
    Match,
    candidates,
)
from conflictlens.extract.temporal.lexicon import get_lexicon, tokenize
from conflictlens.extract.temporal.starts import (
    dependent_words,
    inert,
    leaning_words,
    number_alone,
)

_low = attrgetter("low")


def scan_reference(g: Grammar, toks: list, lows: list[str] | None = None) -> list[Match]:
    """``Grammar.scan`` before its tests were sorted by the kind of token."""
    g.toks = toks
    g._core, g._rel = {}, {}
    if lows is None:
        lows = list(map(_low, toks))
    # No quarter to look for after the last quarter's or half's word (at each number, "the")
    g._last_quarter = -1
    if not g._quarter_words.isdisjoint(lows):
        quarters = map(g._quarter_words.__contains__, lows)
        g._last_quarter = max(compress(range(len(lows)), quarters))
    out: list[Match] = []
    words = g.triggers
    known = g.lex.words
    leaning = leaning_words(g.lex, words)
    dependent = dependent_words(g.lex, words)
    n = len(toks)
    floor = 0  # tokens before it belong to a match already made
    for i in candidates(lows, g._openers):
        if i < floor:
            continue
        t = toks[i]
        partners = leaning.get(t.low)
        if partners is not None and (
            i + 1 == n or (inert(toks[i + 1], words) and toks[i + 1].low not in partners)
        ):
            continue  # "the city": nothing temporal can start here
        partners = dependent.get(t.low)
        if partners is not None and (
            i + 1 == n
            or (
                # ("third-quarter", "two-year": a glued word follows; "first," no)
                (toks[i + 1].gap or toks[i + 1].text in _STOPS)
                and toks[i + 1].low not in known
                and toks[i + 1].low not in partners
                and not toks[i + 1].text.isdigit()
                and toks[i + 1].text not in _APOSTROPHES
            )
        ):
            continue  # "a statement", "about the": no unit, month or number follows
        if (
            i + 1 < n
            and len(t.text) != 4
            and toks[i + 1].gap
            and toks[i + 1].low not in known
            and toks[i + 1].text.isalpha()
            and t.text.isdigit()
        ):
            continue  # "12 people", "300 permukiman": a count, not a year or a date
        if t.text.isdigit() and number_alone(g, i):
            continue  # "12 persen", "5 juta", "3)", "20.000 orang": nothing to read on
        if (
            i
            and not t.gap
            and t.text.isdigit()
            and (
                (toks[i - 1].text.isalpha() and toks[i - 1].low != "x")
                # "COVID-19", "Su-27": a capitalized name, a hyphen, its number
                or (
                    i > 1
                    and toks[i - 1].text == "-"
                    and not toks[i - 1].gap
                    and toks[i - 2].text[:1].isupper()
                    and toks[i - 2].text.isalpha()
                )
            )
        ):
            continue  # "G20", "Covid19", "F2": a name's digits ("2x24 jam" reads on)
        if t.text in _APOSTROPHES and not (
            i + 1 < n
            and (not toks[i + 1].gap or g._get(i + 2, "decade_suffix"))
            and len(toks[i + 1].text) == 2
            and toks[i + 1].text.isdigit()
            and (t.gap or not i or not toks[i - 1].text.isdigit())
        ):
            continue  # an apostrophe starts only a year ("'98", "' 90 - an"; not 1'27.302)
        best = g.match_at(i)
        past = g._get(i, "past_prefix")
        if past is not None:
            best = g._this_past(i, past[1]) or best
        if best is not None and best.sem.day is not None and g._date_name(i):
            floor = best.j  # "Stadion 17 Mei", "Jalan 17 Agustus": a name
            continue
        if best is not None and g._doubled(best.j):
            floor = best.j + 2  # "sehari-hari" (everyday), "nanti - nanti": a doubled word
            continue
        if best is not None:
            best = g._week_of(best)
            best = g._amount_range(best, out[-1].j if out else 0)
            if best.ptype == "age":
                floor = best.j
                continue
            best = g._day_then_clock(best)
            best = g._deictic_with_date(best)
            best = g._night_before(best, out[-1].j if out else 0)
            best = g._lean_after(best)
            best = g._frequency(best, out[-1].j if out else 0)
            first = g._range_start(best, out[-1].j if out else 0)
            if first is not None:
                out.extend(g._day_list(first, out[-1].j if out else 0))
            elif out:
                out[-1] = g._range_opened(out[-1], best)
            out.append(best)
            floor = best.j
            last = g._range_end(best)
            if last is not None:
                out.append(last)
                floor = last.j
    return out


_WORDS = ["the", "a", "that", "about", "this", "at", "one", "people", "city", "COVID", "Su", "G"]
_WORDS += ["orang", "persen", "tahun", "hari", "Mei", "May", "years", "x", "first", "Stadion"]
_MARKS = [".", ",", "-", "'", "\u2019", "(", ")", "/", ":", "x", "\n", "s", "90", "98", "an"]
_NUMBERS = ["1", "2", "12", "17", "20", "44", "300", "1990", "2020", "20.000", "2x24"]


def _texts(code: str, seed: int, n: int) -> list[str]:
    """Soups of the pack's words and phrases, numbers glued to words or not, marks, apostrophes."""
    rnd = random.Random(seed)
    lex = get_lexicon(code)
    # the pack's words and its phrases of several words ("at least", "the end")
    phrases = {
        " ".join(key)
        for by_first in lex._index.values()
        for es in by_first.values()
        for key, _ in es
    }
    pack = sorted({*lex.words, *phrases})
    out = [
        "the city said COVID-19 and G20 met; 12 people, 300 permukiman, '98 and ' 90 - an",
        "that's a statement about the war: the first quarter, about two weeks ago, Su-27",
    ]
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(5, 30)):
            r = rnd.random()
            pool = pack if r < 0.35 else _WORDS if r < 0.55 else _NUMBERS if r < 0.75 else _MARKS
            parts.append(rnd.choice(pool))
            parts.append(rnd.choice((" ", " ", "", "\n")))
        out.append("".join(parts))
    return out


def _spans(found) -> list[tuple[int, int, str, str, bool]]:
    return [(m.i, m.j, m.ptype, repr(m.sem), m.adjectival) for m in found]


@pytest.mark.parametrize("code", ["en", "id"])
def test_scan_equals_the_plain_order_of_tests(code):
    lex = get_lexicon(code)
    found = 0
    for text in _texts(code, 31, 3000):
        toks = tokenize(text)
        fast = _spans(Grammar(lex).scan(toks))
        assert fast == _spans(scan_reference(Grammar(lex), toks)), text
        found += len(fast)
    assert found > 2000
