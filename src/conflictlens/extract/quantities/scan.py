"""The quantity scanner: tokens → numbers with qualifiers, ranges, counted noun and category.

One left-to-right pass over the tokens; every look-around is bounded by a constant number of
tokens, so the scan is linear in the length of the document.

Examples
--------
>>> from .lexicon import lexicon
>>> from .numbers import tokenize
>>> text = "lebih dari 300 permukiman dan desa"
>>> m = scan(text, tokenize(text), lexicon("id"), None)[0]
>>> (m.text, m.value, m.low, m.high, m.mod, m.unit, m.category)
('lebih dari 300', '300', 300.0, None, 'MORE_THAN', 'permukiman dan desa', 'territory')
"""

from __future__ import annotations

from dataclasses import dataclass

from ...spans import Mention
from .context import (
    DASHES,
    adjacent,
    article_counts,
    choose_category,
    counted_noun,
    event_after,
    event_before,
    share_events,
)
from .lexicon import Lexicon, key_of
from .numbers import Token, parse_digits, parse_words, phrase_at, phrase_before

# More digits than any stated count (a quadrillion) has: an identifier.
_MAX_DIGITS = 16


@dataclass(slots=True)
class _Core:
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


def _scale(tokens: list[Token], j: int, lex: Lexicon, money: bool) -> tuple[float, int]:
    """A scale word at ``j`` ("juta", "million", attached "bn"): ``(factor, next j)``.

    Abbreviations count only written against the number ("$5bn", "10k"), and ambiguous ones
    ("5m") only for money: "100m" alone is a length.
    """
    if j < len(tokens) and tokens[j].kind == "word" and tokens[j].low in lex.scales:
        low = tokens[j].low
        short = low in lex.attached_scales
        touching = adjacent(tokens, j)
        money_only = low in lex.money_only_scales
        if short:
            # "Rp 2,5 T": a money abbreviation may stand apart from the number; "1.5m people":
            # an ambiguous one before a counted noun is a scale too.
            counted = j + 1 < len(tokens) and phrase_at(tokens, j + 1, lex.nouns, 3) is not None
            ok = (touching or (money and money_only)) and (money or not money_only or counted)
        else:
            ok = not touching
        if not ok:
            return 1.0, j
        return lex.scales[low], j + 1
    return 1.0, j


def _number(tokens: list[Token], i: int, lex: Lexicon) -> _Core | None:
    """A number (digits or words, with an optional scale word) starting at token ``i``."""
    tok = tokens[i]
    if tok.kind == "num":
        value = parse_digits(tok.text, lex)
        if value is None:
            return None
        money = phrase_before(tokens, i, lex.currency_before, 3) is not None
        factor, j = _scale(tokens, i + 1, lex, money)
        return _Core(i, j, value * factor, value * factor, scaled=factor != 1.0, digits=tok.text)
    parsed = parse_words(tokens, i, lex)
    if parsed is None:
        return _hyphen_fraction(tokens, i, lex)
    value, j, _ = parsed
    if j < len(tokens) and tokens[j].low in lex.denominators:
        # "dua pertiga", "two thirds": a fraction.
        value /= lex.denominators[tokens[j].low]
        return _Core(i, j + 1, value, value, words=True, fraction=True)
    return _Core(i, j, value, value, words=True)


def _hyphen_fraction(tokens: list[Token], i: int, lex: Lexicon) -> _Core | None:
    """A hyphenated fraction written as one word ("two-thirds", "three-quarters")."""
    pieces = tokens[i].low.split("-")
    if len(pieces) < 2 or pieces[-1] not in lex.denominators:
        return None
    if not all(p in lex.atoms and p not in lex.article_atoms for p in pieces[:-1]):
        return None
    value = sum(lex.atoms[p] for p in pieces[:-1]) / lex.denominators[pieces[-1]]
    return _Core(i, i + 1, value, value, words=True, fraction=True)


def _vague(tokens: list[Token], i: int, lex: Lexicon) -> _Core | None:
    hit = phrase_at(tokens, i, lex.vague)
    if hit is None:
        return None
    key, j = hit
    low, high, needs_scale = lex.vague[key]
    k = j
    if k < len(tokens) and tokens[k].low in lex.vague_connectors:
        k += 1
    scale = tokens[k].low if k < len(tokens) else ""
    if scale in lex.multipliers and lex.multipliers[scale] >= 100 and k == j:
        factor = lex.multipliers[scale]  # "several hundred", "beberapa ratus"
    elif scale in lex.scales and not adjacent(tokens, k):
        factor = lex.scales[scale]
    else:
        factor = 0.0
    if factor:
        # Both bounds scale: "puluhan ribu" = 20,000..99,999.
        low, high = low * factor, None if high is None else (high + 1) * factor - 1
        j = k + 1
    elif needs_scale:
        return None
    return _Core(i, j, low, high, vague=True, words=True)


def _is_year(core: _Core) -> bool:
    return len(core.digits) == 4 and core.digits.isdigit() and 1800 <= int(core.digits) <= 2100


def _id_like(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the digits at ``i`` are part of an identifier, date, time, ordinal or phone."""
    tok = tokens[i]
    n = len(tokens)
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and adjacent(tokens, i):
        if prev.kind == "word" and phrase_before(tokens, i, lex.currency_before) is None:
            return True  # "G20", "H2"
        if prev.text in "/:+#№^":
            return True  # "23/12", "10:30", "+62"
        dashed = prev.text in DASHES and i > 1 and adjacent(tokens, i - 1)
        if dashed and tokens[i - 2].kind == "word":
            return True  # "ke-3", "COVID-19", "F-16"
    if (
        prev is not None
        and prev.text in DASHES
        and i > 1
        and tokens[i - 2].kind == "word"
        and len(tokens[i - 2].text) <= 3
        and tok.start - tokens[i - 2].end <= 3
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
        and not _line_start(tokens, i - 1)
        and prev.low not in lex.predicates
        and prev.low not in lex.qualifiers_before
        and prev.low not in lex.months
        and phrase_at(tokens, i + 1, lex.nouns, 3) is None
        and phrase_before(tokens, i, lex.currency_before, 3) is None
        and not (i + 1 < n and tokens[i + 1].low in lex.scales)
        and phrase_at(tokens, i + 1, lex.percent, 3) is None
        and phrase_at(tokens, i + 1, lex.currency_after, 3) is None
    ):
        return True  # "Voskhod 2", "Area 51", "Indy 500": part of a name
    if i + 1 < n and adjacent(tokens, i + 1):
        nxt = tokens[i + 1]
        # Unit symbols of one letter are lower case ("5m", "2g"); "4G" is a name.
        measure = nxt.low in lex.measure_units and (len(nxt.text) > 1 or nxt.text.islower())
        if nxt.kind == "word" and nxt.low not in lex.attached_scales and not measure:
            return True  # "3rd", "4G", "1990s"
    if len(tok.text) > 1 and tok.text[0] == "0" and tok.text[1].isdigit():
        return True  # "021", "0812": phone numbers and codes
    if sum(c.isdigit() for c in tok.text) > _MAX_DIGITS:
        return True  # account numbers, hashes: no count has this many digits
    if prev is not None and prev.text == "." and i > 1:
        prev = tokens[i - 2]  # "No. 5"
    if prev is not None and prev.low in lex.not_count_before:
        return True  # "pukul 10.30", "nomor 5", "page 3"
    of_age = prev is not None and prev.low in lex.unit_of and i > 1
    if of_age and tokens[i - 2].low in lex.not_count_before:
        return True  # "at the age of 99"
    # "202 555 0147": digit groups separated by spaces.
    return i + 1 < n and tokens[i + 1].kind == "num" and tokens[i + 1].start - tok.end == 1


def _near_sep(tokens: list[Token], i: int, k: int, m: int) -> bool:
    # A date/time separator next to the number (at most one space each side) and digits beyond.
    n = len(tokens)
    if not (0 <= k < n and 0 <= m < n) or tokens[k].text not in "/:":
        return False
    gap1 = abs(tokens[k].start - tokens[i].end) if k > i else abs(tokens[i].start - tokens[k].end)
    gap2 = abs(tokens[m].start - tokens[k].end) if m > k else abs(tokens[k].start - tokens[m].end)
    return tokens[m].kind == "num" and gap1 <= 1 and gap2 <= 1


def _line_start(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` starts a sentence or line (nothing but a full stop or newline before)."""
    if i <= 0:
        return True
    return tokens[i].newline or tokens[i - 1].text in '.!?:"“'


def _skip_chain(tokens: list[Token], i: int) -> int:
    """The token after a run of digit groups glued by separators ("18/8/2016", "0812-3456")."""
    n = len(tokens)
    j = i + 1
    while j < n and (
        (tokens[j].kind == "num" and tokens[j].start - tokens[j - 1].end <= 1)
        or (tokens[j].text in "-/:.+" and adjacent(tokens, j))
    ):
        j += 1
    return j


def _date_like(tokens: list[Token], core: _Core, lex: Lexicon) -> bool:
    """A day number beside a month name ("11 September", "May 5")."""
    if core.words or core.scaled or core.low > 31 or "." in core.digits or "," in core.digits:
        return False
    i, j = core.start, core.end
    if (
        i > 2
        and tokens[i - 3].low in lex.months
        and tokens[i - 2].kind == "num"
        and tokens[i - 1].low in lex.range_joiners
    ):
        return True  # "March 15 to 17"
    return (i > 0 and tokens[i - 1].low in lex.months) or (
        j < len(tokens) and tokens[j].low in lex.months
    )


def _range(tokens: list[Token], first: _Core, lex: Lexicon, started: bool):
    """A second number after a range joiner: ``(core, ok)``; ``ok`` False rejects both numbers."""
    j = first.end
    hit = phrase_at(tokens, j, lex.range_joiners, 3)
    if hit is None:
        return None, True
    key, k = hit
    if lex.range_joiners[key] and not started:
        return None, True
    if k >= len(tokens):
        return None, True
    second = _number(tokens, k, lex)
    if second is None or second.words != first.words:
        return None, True
    dash = key in DASHES
    if dash and second.end < len(tokens) and tokens[second.end].text in DASHES:
        return None, False  # "0812-3456-7890": chained digit groups
    low, high = first.low, second.low
    if second.scaled and not first.scaled and second.digits:
        # "1-2 juta", "10 to 15 million": the scale of the second number applies to both.
        low = first.low * (second.low / (parse_digits(second.digits, lex) or 1.0))
    if _is_year(first) and _is_year(second):
        return None, False  # "2019-2020"
    if not low < high:
        # "21-19", "2-1": scores or codes, not a count range.
        return None, not dash
    return _Core(first.start, second.end, low, high, words=first.words, digits=first.digits), True


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _bounds(core: _Core, mod: str | None):
    """``(amount, low, high, mod)`` from the number read and its qualifier."""
    amount = core.low
    if core.vague or core.high != core.low:  # vague amount or range
        low, high = core.low, core.high
        mod = mod or ("APPROX" if core.vague else None)
        if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
            high = None
        elif mod in ("LESS_THAN", "EQUAL_OR_LESS"):
            low = None
        return amount, low, high, mod
    if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        return amount, amount, None, mod
    if mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        return amount, None, amount, mod
    if mod == "APPROX":
        return amount, None, None, mod
    return amount, amount, amount, None


def _starts_qualifier(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    hit = phrase_at(tokens, k, lex.qualifiers_before)
    return hit is not None and hit[1] > k + 1


def _read(text: str, tokens: list[Token], i: int, lex: Lexicon, link: dict, floor: int = 0):
    """Read one quantity at token ``i``: ``(Mention or None, next i)``.

    ``link`` receives where the quantity and its counted noun lie and where its category came
    from, for :func:`share_events`.
    """
    n = len(tokens)
    core = _vague(tokens, i, lex)
    if core is None:
        if tokens[i].kind == "num" and _id_like(tokens, i, lex):
            return None, _skip_chain(tokens, i)
        core = _number(tokens, i, lex)
        if core is None and tokens[i].low in lex.event_articles:
            core = _Core(i, i + 1, 1.0, 1.0, words=True, article=True)
        if core is None:
            return None, i + 1
        if core.words and i > 0 and tokens[i - 1].low in lex.not_count_before:
            return None, core.end  # "page two"
        if core.words and i > 1 and tokens[i - 1].text in DASHES and len(tokens[i - 2].text) <= 3:
            return None, core.end  # "ke-enam", "ke - enam": an ordinal
        if _date_like(tokens, core, lex):
            return None, core.end
        started = phrase_before(tokens, i, lex.range_starts, 1) is not None
        ranged, ok = _range(tokens, core, lex, started)
        if not ok:
            return None, max(core.end + 2, i + 1)
        if ranged is not None:
            core = ranged
    start_tok, end_tok = core.start, core.end
    # Money and percentages.
    currency = None
    cur = phrase_before(tokens, start_tok, lex.currency_before, 3)
    if cur is not None:
        currency, start_tok = lex.currency_before[cur[0]], cur[1]
    pct = phrase_at(tokens, end_tok, lex.percent, 3)
    percent = pct is not None
    if percent:
        end_tok = pct[1]
    elif currency is None:
        k = end_tok
        if core.vague and k < n and tokens[k].low in lex.unit_of:
            k += 1  # "millions of dollars"
        cur = phrase_at(tokens, k, lex.currency_after, 4)
        if cur is not None:
            currency, end_tok = lex.currency_after[cur[0]], cur[1]
    # Qualifiers on either side.
    mod = None
    q = phrase_after = phrase_at(tokens, end_tok, lex.qualifiers_after, 3)
    if phrase_after is not None and not (
        (phrase_after[1] < n and tokens[phrase_after[1]].kind == "num")
        # "19 dolar atau lebih dari Rp 250 ribu": the words start a qualifier of the next number.
        or _starts_qualifier(tokens, phrase_after[1] - 1, lex)
    ):
        mod, end_tok = lex.qualifiers_after[q[0]], q[1]
    q = phrase_before(tokens, start_tok, lex.range_starts, 1)
    if q is not None and core.high != core.low and not core.vague:
        start_tok = q[1]
    q = phrase_before(tokens, start_tok, lex.qualifiers_before)
    if q is not None:
        mod, start_tok = lex.qualifiers_before[q[0]], q[1]
    # Durations, ages and clock times are not counts.
    if end_tok < n and currency is None and not percent:
        nxt = tokens[end_tok]
        if nxt.low in lex.time_units or nxt.low in lex.not_count_after:
            return None, end_tok
        if (
            nxt.text in DASHES
            and end_tok + 1 < n
            and adjacent(tokens, end_tok + 1)
            and tokens[end_tok + 1].low.split("-")[0] in lex.time_units
        ):
            return None, end_tok + 2  # "44-day", "25-year-old"
    unit, noun_cat, unit_end = (None, None, end_tok)
    compound = (
        end_tok + 1 < n
        and tokens[end_tok].text in DASHES
        and adjacent(tokens, end_tok)
        and adjacent(tokens, end_tok + 1)
        and tokens[end_tok + 1].kind == "word"
    )
    if compound and currency is None and not percent:
        # "a 6.1-magnitude earthquake", "a 20-room house": the number measures the next noun.
        unit, noun_cat, unit_end = tokens[end_tok + 1].text, "", end_tok + 2
    elif currency is None and not percent:
        allow_of = core.vague or core.fraction
        unit, noun_cat, unit_end = counted_noun(tokens, end_tok, lex, text, allow_of)
    plain = currency is None and not percent
    if _is_year(core) and not core.scaled and plain and noun_cat is None and q is None:
        return None, core.end  # "2020", "pada 2020"
    one = core.words and core.low == 1 and not core.vague
    if one and tokens[core.start].low in lex.single_needs_unit and unit is None:
        return None, core.end  # "one of", "salah satu"
    if currency is not None:
        category, unit = "money", currency
    elif percent:
        category, unit = "other", "percent"
    elif compound or core.fraction or (not core.vague and not float(core.low).is_integer()):
        # Measures, shares and non-whole numbers ("6.1", "dua pertiga") count no people.
        category = noun_cat if noun_cat in ("territory", "military") else "other"
        link.update(start=start_tok, unit_end=unit_end, after=None, event=True)
    else:
        noun_is_event = unit is not None and key_of(unit) in lex.predicates
        after = event_after(tokens, unit_end, lex)
        before = event_before(tokens, start_tok, lex, floor)
        category = choose_category(noun_cat, after, before, noun_is_event)
        link.update(start=start_tok, unit_end=unit_end, after=after, event=bool(after or before))
    reported = bool(link.get("event"))
    if core.article and not article_counts(tokens[core.start].low, unit, category, lex, reported):
        return None, core.end
    amount, low, high, mod = _bounds(core, mod)
    start, end = tokens[start_tok].start, tokens[end_tok - 1].end
    mention = Mention(
        start=start,
        end=end,
        text=text[start:end],
        kind="quantity",
        value=_fmt(amount),
        mod=mod,
        amount=float(amount),
        low=None if low is None else float(low),
        high=None if high is None else float(high),
        unit=unit,
        category=category,
    )
    return mention, end_tok


def scan(text: str, tokens: list[Token], lex: Lexicon, blocked: list[bool] | None) -> list[Mention]:
    """Return the quantity mentions among ``tokens`` of ``text`` (offsets into ``text``).

    ``blocked[i]`` marks tokens inside temporal mentions; a quantity may not touch them.
    """
    out: list[Mention] = []
    links: list[dict] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if (blocked is not None and blocked[i]) or tok.kind == "sym":
            i += 1
            continue
        if tok.kind == "word" and not (
            tok.low in lex.vague
            or tok.low.split("-")[0] in lex.atoms
            or tok.low in lex.expansions
            or tok.low in lex.event_articles
        ):
            i += 1
            continue
        link: dict = {}
        floor = links[-1].get("unit_end", 0) if links else 0
        mention, j = _read(text, tokens, i, lex, link, floor)
        if mention is not None:
            span = range(_first_token(tokens, mention.start, i), j)
            if blocked is not None and any(blocked[k] for k in span):
                mention = None
        if mention is not None:
            if out and mention.start < out[-1].end:
                mention = None
            else:
                out.append(mention)
                links.append(link)
        i = max(j, i + 1)
    share_events(out, links, tokens, lex)
    return out


def _first_token(tokens: list[Token], start: int, i: int) -> int:
    k = i
    while k > 0 and tokens[k - 1].start >= start:
        k -= 1
    return k
