"""Numbers that are not counts: identifiers, codes, names, list markers, phone numbers.

Each test looks at a constant number of tokens around the number.

Examples
--------
>>> from .lexicon import lexicon
>>> from .numbers import tokenize
>>> toks = tokenize("COVID-19 dan G20")
>>> id_like(toks, 2, lexicon("id")), id_like(toks, 5, lexicon("id"))
(True, True)
"""

from __future__ import annotations

from .context import DASHES, adjacent
from .forms import measure_at
from .lexicon import Lexicon
from .numbers import Token, phrase_at, phrase_before

# More digits than any stated count (a quadrillion) has: an identifier.
_MAX_DIGITS = 16


def id_like(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the digits at ``i`` are part of an identifier, date, time, ordinal or phone."""
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
    # (a separator on either side first: most numbers have none)
    after = i + 1 < n and tokens[i + 1].text in "/:" and _near_sep(tokens, i, i + 1, i + 2)
    if after or (i > 0 and tokens[i - 1].text in "/:" and _near_sep(tokens, i, i - 1, i - 2)):
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
    if len(tok.text) > _MAX_DIGITS and sum(c.isdigit() for c in tok.text) > _MAX_DIGITS:
        return True  # account numbers, hashes: no count has this many digits (nor a shorter text)
    if i > 1 and tokens[i - 1].text == "," and _appositive_age(tokens, i):
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


def named(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A capitalized number word after a capitalized word, mid-sentence: part of a name."""
    if i == 0 or line_start(tokens, i - 1) or not tokens[i].text[:1].isupper():
        return False
    prev = tokens[i - 1]
    return (
        prev.kind == "word"
        and prev.text[:1].isupper()
        and prev.low not in lex.predicates
        and prev.low not in lex.qualifiers_before
        and phrase_at(tokens, i + 1, lex.nouns, 3) is None
    )


def _near_sep(tokens: list[Token], i: int, k: int, m: int) -> bool:
    # A date/time separator next to the number (at most one space each side) and digits beyond.
    n = len(tokens)
    if not (0 <= k < n and 0 <= m < n) or tokens[k].text not in "/:":
        return False
    gap1 = abs(tokens[k].start - tokens[i].end) if k > i else abs(tokens[i].start - tokens[k].end)
    gap2 = abs(tokens[m].start - tokens[k].end) if m > k else abs(tokens[k].start - tokens[m].end)
    return tokens[m].kind == "num" and gap1 <= 1 and gap2 <= 1


def line_start(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` starts a sentence or line (nothing but a full stop or newline before)."""
    if i <= 0:
        return True
    return tokens[i].newline or tokens[i - 1].text in '.!?:"“'


def skip_chain(tokens: list[Token], i: int) -> int:
    """The token after a run of digit groups glued by separators ("18/8/2016", "0812-3456")."""
    n = len(tokens)
    j = i + 1
    while j < n and (
        (tokens[j].kind == "num" and tokens[j].start - tokens[j - 1].end <= 1)
        or (tokens[j].text in "-/:.+" and adjacent(tokens, j))
    ):
        j += 1
    return j


def _appositive_age(tokens: list[Token], i: int) -> bool:
    """A number between commas right after a capitalized name: an age ("Nadine, 32, ingin")."""
    n = len(tokens)
    if not (i >= 2 and i + 1 < n and tokens[i].text.isdigit() and len(tokens[i].text) <= 3):
        return False
    if int(tokens[i].text) > 120:
        return False
    name = tokens[i - 2]
    return (
        tokens[i - 1].text == ","
        and tokens[i + 1].text == ","
        and name.kind == "word"
        and name.text[:1].isupper()
    )
