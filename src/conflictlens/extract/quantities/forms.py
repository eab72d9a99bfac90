"""Written forms of numbers beyond plain digits and words, and units of measurement.

Digit fractions ("1/40", "2 1/2"), vulgar fractions ("½", "2½"), digits grouped by spaces
("10 000"), scientific notation ("4e14", "2.48×10−5"), a minus sign ("-18 °C"), fraction words
("half a million", "a third of", "two and a half"), and the measurement unit after a number
("4,000 km", "300 hektare"). Every reader looks at a constant number of tokens.

Examples
--------
>>> from .lexicon import lexicon
>>> from .numbers import tokenize
>>> toks = tokenize("about 1/40 of the wavelength")
>>> digit_fraction(toks, 1, lexicon("en")).low
0.025
>>> toks = tokenize("10 000 dollars")
>>> space_grouped(toks, 0).low
10000.0
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from .context import adjacent
from .lexicon import Lexicon, lexicon
from .numbers import Token, parse_digits, phrase_at, tokenize

#: Minus signs that make a number negative when written against it.
MINUS = frozenset("-−–")
# Separators of a power of ten in scientific notation ("2.48×10−5", "3 x 10^8").
_TIMES = frozenset({"×", "x", "*", "·"})
#: Marks after digits that no form read after digits goes on with ("12,", "2017.", "12%"): not
#: "/", a sign of times, "e" or a fraction character (words of two letters or more neither).
PLAIN_MARKS = frozenset(",.;:%()[]!?\"'”’-")
# Space characters that group digits ("10 000", "10 000"): never a line break.
_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")


@dataclass(slots=True)
class Core:
    """A number as read, before qualifiers: value or bounds and the tokens it spans."""

    start: int  # first token
    end: int  # token after the last
    low: float
    high: float | None
    vague: bool = False
    words: bool = False  # written in words (or a scale word)
    scaled: bool = False
    digits: str = ""  # the digit string when written in digits
    article: bool = False  # "a", "seorang": one, but only when an event is reported
    fraction: bool = False  # "dua pertiga", "two-thirds": a share, not a count
    negative: bool = False  # "-18": only a measure, money or percentage may be negative


@cache
def _measure_heads(code: str) -> frozenset[str]:
    # First tokens of the unit phrases: most tokens start none, and a set test is cheaper than
    # building phrase keys.
    return frozenset(tokenize(k)[0].low for k in lexicon(code).measures)


def measure_at(tokens: list[Token], j: int, lex: Lexicon) -> tuple[str, int] | None:
    """The measurement unit starting at token ``j``: ``(category, next j)`` or None."""
    if j >= len(tokens) or tokens[j].low not in _measure_heads(lex.code):
        return None
    hit = phrase_at(tokens, j, lex.measures, 4)
    if hit is None:
        return None
    key, k = hit
    if len(key) == 1 and key.isalpha():
        # "10 m people": a one-letter symbol apart from the number is no unit before a counted
        # noun; "4 G LTE", "3 T": capitals are names and abbreviations (litres "L" excepted).
        if not adjacent(tokens, j) and phrase_at(tokens, k, lex.nouns, 3):
            return None
        if tokens[j].text.isupper() and key != "l":
            return None
    return lex.measures[key], k


# Longer digit runs are no part of a fraction; int() rejects runs past 4,300 digits and is not
# linear in their length.
_MAX_INT_DIGITS = 18


def _int(tok: Token) -> int | None:
    t = tok.text
    return int(t) if tok.kind == "num" and len(t) <= _MAX_INT_DIGITS and t.isdigit() else None


def digit_fraction(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    """``a/b`` with a < b before a unit or "of" ("1/40 of", "1/4 inch").

    Elsewhere "1/4", "23/12", "139/445" are dates, ratios or codes.
    """
    n = len(tokens)
    if i + 2 >= n or tokens[i + 1].text != "/":
        return None
    if not (adjacent(tokens, i + 1) and adjacent(tokens, i + 2)):
        return None
    a, b = _int(tokens[i]), _int(tokens[i + 2])
    if a is None or b is None or not 0 < a < b:
        return None
    if i + 3 < n and adjacent(tokens, i + 3) and tokens[i + 3].text in "/-.":
        return None  # "1/4/2020"
    if 1800 <= b <= 2100 or (i > 0 and tokens[i - 1].low in lex.not_count_before):
        return None  # "No 1/2013": a number and year of a regulation
    if tokens[i + 2].text[0] == "0":
        return None  # "24/052017": a mistyped date
    after = i + 3
    # Without a unit or "of" a/b is a date, a ratio, a score or a pair of ports ("139/445").
    if after >= n or not (measure_at(tokens, after, lex) or tokens[after].low in lex.unit_of):
        return None
    return Core(i, i + 3, a / b, a / b, fraction=True)


def mixed_number(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    """A whole number and a fraction: "2 1/2", "2½"."""
    whole = _int(tokens[i])
    if whole is None or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    vulgar = _vulgar(nxt)
    if vulgar is not None and adjacent(tokens, i + 1):
        return Core(i, i + 2, whole + vulgar, whole + vulgar, digits=tokens[i].text)
    if nxt.start - tokens[i].end != 1:
        return None
    frac = digit_fraction(tokens, i + 1, lex) or _loose_fraction(tokens, i + 1)
    if frac is None:
        return None
    value = whole + frac.low
    return Core(i, frac.end, value, value, digits=tokens[i].text)


def _loose_fraction(tokens: list[Token], i: int) -> Core | None:
    # After a whole number any a/b with a < b is a fraction ("2 1/2"): no date reads that way.
    if i + 2 >= len(tokens) or tokens[i + 1].text != "/":
        return None
    a, b = _int(tokens[i]), _int(tokens[i + 2])
    if a is None or b is None or not 0 < a < b or not adjacent(tokens, i + 2):
        return None
    return Core(i, i + 3, a / b, a / b, fraction=True)


def _vulgar(tok: Token) -> float | None:
    # "½", "⅓": one character whose Unicode numeric value is not whole.
    if len(tok.text) != 1 or tok.kind == "num":
        return None
    value = unicodedata.numeric(tok.text, None)
    if value is None or float(value).is_integer():
        return None
    return float(value)


def vulgar_fraction(tokens: list[Token], i: int) -> Core | None:
    """A vulgar fraction character alone ("a ½ tbsp", "⅓ of")."""
    value = _vulgar(tokens[i])
    if value is None:
        return None
    return Core(i, i + 1, value, value, fraction=True)


def space_grouped(tokens: list[Token], i: int) -> Core | None:
    """Digits grouped by single spaces: "10 000", "1 250 000" (SI style).

    The first group has one to three digits, every later group exactly three; a last group of
    another length ("202 555 0147") makes the whole a phone number.
    """
    tok = tokens[i]
    if not (tok.text.isdigit() and len(tok.text) <= 3 and tok.text[0] != "0"):
        return None
    n = len(tokens)
    j = i + 1
    while (
        j < n
        and tokens[j].kind == "num"
        and tokens[j].start - tokens[j - 1].end == 1
        and tokens[j].text[:1].isdigit()
    ):
        if not (len(tokens[j].text) == 3 and tokens[j].text.isdigit()):
            return None
        j += 1
    if j == i + 1 or j - i > 5 or (j < n and tokens[j].kind == "num"):
        return None  # up to trillions; a longer run of groups is a code or a table row
    if j < n and tokens[j].text in "/:" and adjacent(tokens, j):
        return None  # "10 000/12"
    groups = [tokens[k].text for k in range(i, j)]
    value = float("".join(groups))
    # The digits as written (with spaces): never read as a year.
    return Core(i, j, value, value, digits=" ".join(groups))


def space_grouped_ok(text: str, tokens: list[Token], core: Core) -> bool:
    """Whether the gaps of a space-grouped number are all group spaces (not tabs or newlines)."""
    return all(
        text[tokens[k - 1].end : tokens[k].start] in _GROUP_SPACES
        for k in range(core.start + 1, core.end)
    )


def scientific(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    """Scientific notation: "4e14", "1e-3", "2.48×10−5", "3 x 10^8"."""
    n = len(tokens)
    base = parse_digits(tokens[i].text, lex)
    if base is None or i + 2 >= n:
        return None
    j = i + 1
    nxt = tokens[j]
    if nxt.low == "e" and adjacent(tokens, j):
        k = j + 1
    elif nxt.text in _TIMES and nxt.start - tokens[i].end <= 1 and tokens[j + 1].text == "10":
        if tokens[j + 1].start - nxt.end > 1:
            return None
        k = j + 2
        if k < n and tokens[k].text == "^" and adjacent(tokens, k):
            k += 1
    else:
        return None
    sign = 1
    if k < n and (tokens[k].text in MINUS or tokens[k].text == "+") and adjacent(tokens, k):
        sign = -1 if tokens[k].text in MINUS else 1
        k += 1
    if k >= n or not adjacent(tokens, k) or not tokens[k].text.isdigit() or len(tokens[k].text) > 3:
        return None
    exponent = sign * int(tokens[k].text)
    if abs(exponent) > 300:
        return None  # "4e500": beyond a float (and any count), no quantity
    value = base * 10.0**exponent
    return Core(i, k + 1, value, value, digits=tokens[i].text)


def minus_sign(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is a minus sign written against the number after it ("-18", "$-99")."""
    if tokens[i].text not in MINUS or i + 1 >= len(tokens) or tokens[i + 1].kind != "num":
        return False
    if not adjacent(tokens, i + 1):
        return False
    if i > 0 and (tokens[i - 1].kind == "num" or tokens[i - 1].text in "%+±"):
        return False  # "15% -25%", "10 -15": a range dash; "+ -2,9": plus-minus
    # "COVID-19": a dash glued to the word before it joins, it is no sign.
    return not (adjacent(tokens, i) and tokens[i - 1].kind == "word")


def fraction_word(tokens: list[Token], i: int, lex: Lexicon):
    """A share in words: ``(value, next j, of_follows)`` or None.

    "half a million" returns the multiplied value; "a third of" a share with ``of_follows``.
    """
    if i > 0 and tokens[i - 1].low in lex.share_not_after:
        return None  # "the first half of this year": a part, not an amount
    if tokens[i].low in lex.standalone_shares:
        return lex.standalone_shares[tokens[i].low], i + 1, True  # "dikurangi setengahnya"
    hit = phrase_at(tokens, i, lex.fraction_words, 3)
    if hit is None:
        return None
    key, j = hit
    share = lex.fraction_words[key]
    n = len(tokens)
    k = j
    if k < n and tokens[k].low in lex.unit_of:
        k += 1  # "a quarter of a million"
    if k + 1 < n and tokens[k].low in lex.article_atoms and tokens[k + 1].low in lex.scales:
        return share * lex.scales[tokens[k + 1].low], k + 2, False
    if k < n and tokens[k].low in lex.scales and not adjacent(tokens, k):
        return share * lex.scales[tokens[k].low], k + 1, False  # "setengah juta"
    if j < n and (tokens[j].low in lex.unit_of or tokens[j].low in lex.share_determiners):
        return share, j, True  # "a third of the", "half the population"
    return None


def fraction_suffix(tokens: list[Token], j: int, lex: Lexicon) -> tuple[float, int] | None:
    """ "and a half" after a number: ``(added value, next j)``."""
    hit = phrase_at(tokens, j, lex.fraction_suffixes, 4)
    if hit is None:
        return None
    return lex.fraction_suffixes[hit[0]], hit[1]


__all__ = [
    "PLAIN_MARKS",
    "Core",
    "digit_fraction",
    "fraction_suffix",
    "fraction_word",
    "measure_at",
    "minus_sign",
    "mixed_number",
    "scientific",
    "space_grouped",
    "space_grouped_ok",
    "vulgar_fraction",
]
