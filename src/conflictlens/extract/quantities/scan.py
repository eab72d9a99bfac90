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

from functools import cache
from itertools import compress

from ...spans import Mention
from .context import (
    DASHES,
    adjacent,
    article_counts,
    choose_category,
    counted_noun,
    event_after,
    event_before,
    person_ahead,
    share_events,
)
from .forms import (
    PLAIN_MARKS,
    Core,
    _measure_heads,
    digit_fraction,
    fraction_suffix,
    fraction_word,
    measure_at,
    minus_sign,
    mixed_number,
    scientific,
    space_grouped,
    space_grouped_ok,
    vulgar_fraction,
)
from .identifiers import id_like, named, skip_chain
from .lexicon import Lexicon, key_of, lexicon
from .numbers import (
    _TEXT,
    Token,
    _may_start,
    parse_digits,
    parse_words,
    phrase_at,
    phrase_before,
    phrase_heads,
    phrase_tails,
)


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


def _number(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    """A number (digits or words, with an optional scale word) starting at token ``i``."""
    tok = tokens[i]
    if tok.kind == "num":
        value = parse_digits(tok.text, lex)
        if value is None:
            return None
        money = phrase_before(tokens, i, lex.currency_before, 3) is not None
        factor, j = _scale(tokens, i + 1, lex, money)
        return Core(i, j, value * factor, value * factor, scaled=factor != 1.0, digits=tok.text)
    parsed = parse_words(tokens, i, lex)
    if parsed is None:
        return _hyphen_fraction(tokens, i, lex)
    value, j, _ = parsed
    single = tokens[j].low in lex.singular_denominators if j < len(tokens) else False
    if j < len(tokens) and tokens[j].low in lex.denominators and (value == 1 or not single):
        # "dua pertiga", "two thirds": a fraction.
        value /= lex.denominators[tokens[j].low]
        return Core(i, j + 1, value, value, words=True, fraction=True)
    return Core(i, j, value, value, words=True)


def _hyphen_fraction(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    """A hyphenated fraction written as one word ("two-thirds", "three-quarters")."""
    pieces = tokens[i].low.split("-")
    if len(pieces) < 2 or pieces[-1] not in lex.denominators:
        return None
    if not all(p in lex.atoms and p not in lex.article_atoms for p in pieces[:-1]):
        return None
    value = sum(lex.atoms[p] for p in pieces[:-1]) / lex.denominators[pieces[-1]]
    return Core(i, i + 1, value, value, words=True, fraction=True)


def _vague(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
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
    return Core(i, j, low, high, vague=True, words=True)


def _is_year(core: Core) -> bool:
    return len(core.digits) == 4 and core.digits.isdigit() and 1800 <= int(core.digits) <= 2100


def _date_like(tokens: list[Token], core: Core, lex: Lexicon) -> bool:
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


def _range(tokens: list[Token], first: Core, lex: Lexicon, started: bool):
    """A second number after a range joiner: ``(core, ok)``; ``ok`` False rejects both numbers."""
    j = first.end
    unit = measure_at(tokens, j, lex)
    if unit is not None:
        j = unit[1]  # "44 mg to 50 mg": the unit may come after both numbers
    hit = phrase_at(tokens, j, lex.range_joiners, 3)
    if hit is None:
        return None, True
    key, k = hit
    if lex.range_joiners[key] and not started:
        return None, True
    if k >= len(tokens):
        return None, True
    money = phrase_at(tokens, k, lex.currency_before, 3)
    before = phrase_before(tokens, first.start, lex.currency_before, 3)
    if money is not None:
        # "between $5 and $10"; "US$ 873 juta atau Rp 11,3 triliun" is a conversion, not a range.
        same = (
            before is not None and lex.currency_before[before[0]] == lex.currency_before[money[0]]
        )
        if not same:
            return None, True
        k = money[1]
        if k >= len(tokens):
            return None, True
    second = _signed(tokens, k, lex) if minus_sign(tokens, k) else _number(tokens, k, lex)
    if second is None or second.words != first.words:
        return None, True
    if unit is not None:
        # "44 mg to 50 mg": the same unit after both; "from 44 ml to 50 mg" is two quantities.
        again = phrase_at(tokens, second.end, lex.measures, 4)
        if again is None or again[0] != phrase_at(tokens, first.end, lex.measures, 4)[0]:
            return None, True
    dash = key in DASHES
    if dash and len(second.digits) > len(first.digits) + 1 and first.digits.isdigit():
        return None, False  # "SPBU 34-13806": a code, not a range
    if dash and second.end < len(tokens) and tokens[second.end].text in DASHES:
        return None, False  # "0812-3456-7890": chained digit groups
    low, high = first.low, second.low
    if second.scaled and not first.scaled and second.digits:
        # "1-2 juta", "10 to 15 million": the scale of the second number applies to both.
        low = first.low * (second.low / (parse_digits(second.digits, lex) or 1.0))
    if _is_year(first) and _is_year(second):
        return None, False  # "2019-2020"
    if first.negative or second.negative:
        low, high = min(low, high), max(low, high)  # "from -18 °C to -34 °C"
    if not low < high:
        # "21-19", "2-1": scores or codes, not a count range.
        return None, not dash
    negative = first.negative or second.negative
    core = Core(first.start, second.end, low, high, words=first.words, digits=first.digits)
    core.negative = negative
    return core, True


def _special(text: str, tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    """Forms read before the identifier checks: fractions, "10 000", "4e14", "-18", "½"."""
    tok = tokens[i]
    if tok.kind == "num":
        if (
            i > 0
            and adjacent(tokens, i)
            and (tokens[i - 1].kind == "word" or tokens[i - 1].text in "_/\\.:#")
        ):
            return None  # "f8bd1e4.jpg": inside an identifier
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or (nxt.kind == "word" and len(nxt.text) > 1) or nxt.text in PLAIN_MARKS:
            return None  # no form below reads on: "12 people", "12,", the line's last token
        core = (
            mixed_number(tokens, i, lex)
            or digit_fraction(tokens, i, lex)
            or scientific(tokens, i, lex)
        )
        if core is None:
            core = space_grouped(tokens, i)
            if core is not None and not space_grouped_ok(text, tokens, core):
                core = None
        if core is not None:
            factor, j = _scale(tokens, core.end, lex, False)
            if factor != 1.0 and not core.fraction:
                core.low, core.high, core.end, core.scaled = (
                    core.low * factor,
                    core.low * factor,
                    j,
                    True,
                )
        return core
    if minus_sign(tokens, i):
        return _signed(tokens, i, lex, text)
    core = vulgar_fraction(tokens, i)
    if core is not None:
        return core
    hit = fraction_word(tokens, i, lex) if tok.low in lex.fraction_heads else None
    if hit is None:
        return None
    value, j, share = hit
    return Core(i, j, value, value, words=True, fraction=share, scaled=not share)


def _signed(tokens: list[Token], i: int, lex: Lexicon, text: str = "") -> Core | None:
    """A number after a minus sign at ``i``, negated."""
    core = _special(text, tokens, i + 1, lex) if text else None
    if core is None:
        if id_like(tokens, i + 1, lex) and not _measured(tokens, i + 1, lex):
            return None
        core = _number(tokens, i + 1, lex)
    if core is None:
        return None
    core.low, core.high = -core.low, None if core.high is None else -core.high
    core.start, core.negative = i, True
    return core


def _measured(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    # "-5°C", "-15€": a unit or currency glued to the number.
    k = i + 1
    return k < len(tokens) and (
        measure_at(tokens, k, lex) is not None
        or phrase_at(tokens, k, lex.currency_after, 3) is not None
        or phrase_at(tokens, k, lex.percent, 3) is not None
    )


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _bounds(core: Core, mod: str | None):
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


@cache
def _edges(code: str) -> tuple[frozenset[str], ...]:
    """Per language, the ``phrase_heads`` of the vague amounts, percent signs, currencies after,
    qualifiers after and fraction suffixes, and the ``phrase_tails`` of the currencies before,
    range starts, qualifiers before and sign words: ``_read`` looks up nothing elsewhere. Then
    the first tokens of units (``measure_at`` is None at any other) and the ``phrase_heads`` of
    the range joiners: ``_range`` finds no range unless the number is followed by one of them.
    """
    lex = lexicon(code)
    heads = (lex.vague, lex.percent, lex.currency_after, lex.qualifiers_after,
             lex.fraction_suffixes)  # fmt: skip
    tails = (lex.currency_before, lex.range_starts, lex.qualifiers_before, lex.negative_before)
    units = _measure_heads(code)
    return (*map(phrase_heads, heads), *map(phrase_tails, tails), units,
            units | phrase_heads(lex.range_joiners))  # fmt: skip


def _starts_qualifier(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    hit = phrase_at(tokens, k, lex.qualifiers_before)
    return hit is not None and hit[1] > k + 1


def _read(text: str, tokens: list[Token], i: int, lex: Lexicon, link: dict, floor: int = 0):
    """Read one quantity at token ``i``: ``(Mention or None, next i)``.

    ``link`` receives where the quantity and its counted noun lie and where its category came
    from, for :func:`share_events`.
    """
    n = len(tokens)
    # The look-ups below run only at tokens that may start (end) a phrase of their table.
    vague, pct_at, cur_at, q_at, suffixes, cur_before, starts, q_before, signs, units, ranges = (
        _edges(lex.code)
    )
    core = _vague(tokens, i, lex) if tokens[i].low in vague else None
    if core is None:
        core = _special(text, tokens, i, lex)
        if core is None:
            if tokens[i].kind == "sym":
                return None, i + 1
            if tokens[i].kind == "num" and id_like(tokens, i, lex):
                return None, skip_chain(tokens, i)
            core = _number(tokens, i, lex)
            if core is None and tokens[i].low in lex.event_articles:
                if lex.event_articles[tokens[i].low] and not person_ahead(tokens, i, lex):
                    return None, i + 1  # "a" counts only a person (see ``article_counts``)
                core = Core(i, i + 1, 1.0, 1.0, words=True, article=True)
            if core is None:
                return None, i + 1
            if core.words and i > 0 and tokens[i - 1].low in lex.not_count_before:
                return None, core.end  # "page two"
            if core.words and named(tokens, i, lex):
                return None, core.end  # "Marine One", "Formula One"
            if (
                core.words
                and i > 1
                and tokens[i - 1].text in DASHES
                and len(tokens[i - 2].text) <= 3
            ):
                return None, core.end  # "ke-enam", "ke - enam": an ordinal
            if _date_like(tokens, core, lex):
                return None, core.end
        if not core.fraction and core.end < n and tokens[core.end].low in suffixes:
            suffix = fraction_suffix(tokens, core.end, lex)
            if suffix is not None:
                # "two and a half miles"
                core.low = core.high = core.low + suffix[0]
                core.end = suffix[1]
        cur = None
        if i and tokens[i - 1].low in cur_before:
            cur = phrase_before(tokens, i, lex.currency_before, 3)
        # "between US$300 and 400 billion": the range start may precede the currency.
        k = cur[1] if cur else i
        started = (
            k > 0
            and tokens[k - 1].low in starts
            and phrase_before(tokens, k, lex.range_starts, 1) is not None
        )
        ranged, ok = (  # (no unit or joiner after the number: no range, see ``_edges``)
            _range(tokens, core, lex, started)
            if core.end < n and tokens[core.end].low in ranges
            else (None, True)
        )
        if not ok:
            return None, max(core.end + 2, i + 1)
        if ranged is not None:
            core = ranged
    start_tok, end_tok = core.start, core.end
    # Money and percentages.
    currency = cur = pct = None
    if start_tok and tokens[start_tok - 1].low in cur_before:
        cur = phrase_before(tokens, start_tok, lex.currency_before, 3)
    if cur is not None:
        currency, start_tok = lex.currency_before[cur[0]], cur[1]
    if end_tok < n and tokens[end_tok].low in pct_at:
        pct = phrase_at(tokens, end_tok, lex.percent, 3)
    percent = pct is not None
    if percent:
        end_tok = pct[1]
    elif currency is None:
        k = end_tok
        if core.vague and k < n and tokens[k].low in lex.unit_of:
            k += 1  # "millions of dollars"
        if k < n and tokens[k].low in cur_at:
            cur = phrase_at(tokens, k, lex.currency_after, 4)
        if cur is not None:
            currency, end_tok = lex.currency_after[cur[0]], cur[1]
    # Qualifiers on either side.
    mod = q = phrase_after = None
    if end_tok < n and tokens[end_tok].low in q_at:
        q = phrase_after = phrase_at(tokens, end_tok, lex.qualifiers_after, 3)
    if phrase_after is not None and not (
        (phrase_after[1] < n and tokens[phrase_after[1]].kind == "num")
        # "19 dolar atau lebih dari Rp 250 ribu": the words start a qualifier of the next number.
        or _starts_qualifier(tokens, phrase_after[1] - 1, lex)
    ):
        mod, end_tok = lex.qualifiers_after[q[0]], q[1]
        if end_tok < n and tokens[end_tok].low in lex.scales and not core.scaled:
            factor, k = _scale(tokens, end_tok, lex, currency is not None)
            if factor != 1.0:  # "380-an juta barel": the scale follows the qualifier
                core.low *= factor
                core.high = None if core.high is None else core.high * factor
                core.scaled, end_tok = True, k
    if start_tok and tokens[start_tok - 1].low in starts:
        q = phrase_before(tokens, start_tok, lex.range_starts, 1)
        if q is not None and core.high != core.low and not core.vague:
            start_tok = q[1]
    q = None
    if start_tok and tokens[start_tok - 1].low in q_before:
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
    measure = (
        measure_at(tokens, end_tok, lex)
        if currency is None and not percent and end_tok < n and tokens[end_tok].low in units
        else None
    )
    if measure is not None:
        # "4,000 km", "300 hektare": the unit as written; the category is the unit's.
        unit, noun_cat = text[tokens[end_tok].start : tokens[measure[1] - 1].end], measure[0]
        unit_end = measure[1]
    elif core.negative and currency is None and not percent:
        return None, core.start + 1  # a dash before a count: read the count without it
    elif compound and currency is None and not percent:
        # "a 6.1-magnitude earthquake", "a 20-room house": the number measures the next noun.
        unit, noun_cat, unit_end = tokens[end_tok + 1].text, "", end_tok + 2
    elif currency is None and not percent:
        allow_of = core.vague or core.fraction
        unit, noun_cat, unit_end = counted_noun(tokens, end_tok, lex, text, allow_of)
    plain = currency is None and not percent
    lone_share = (
        tokens[core.start].low in lex.adverb_shares
        and core.end == core.start + 1
        and not core.fraction  # "half the population", "separuh dari": a share
    )
    if lone_share and plain and measure is None and noun_cat is None:
        return None, core.end  # "setengah hati", "setengah matang": half-hearted, half-cooked
    if _is_year(core) and not core.scaled and plain and noun_cat is None and q is None:
        return None, core.end  # "2020", "pada 2020"
    one = core.words and core.low == 1 and not core.vague
    if one and tokens[core.start].low in lex.single_needs_unit and unit is None:
        return None, core.end  # "one of", "salah satu"
    if one and core.start > 0 and tokens[core.start - 1].low in lex.one_not_after:
        return None, core.end  # "the one posed by", "no one": a pronoun
    if currency is not None:
        category, unit = "money", currency
    elif percent:
        category, unit = "other", "percent"
    elif measure is not None:
        category = noun_cat
        link.update(start=start_tok, unit_end=unit_end, after=None, event=True)
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
        link.update(before=before if category == before else None, noun=noun_cat)
    reported = bool(link.get("event"))
    if core.article and not article_counts(tokens[core.start].low, unit, category, lex, reported):
        return None, core.end
    sign = None
    if start_tok and tokens[start_tok - 1].low in signs:
        sign = phrase_before(tokens, start_tok, lex.negative_before, 1)
    # "minus Rp 1.288": the sign word belongs to the quantity; "plus minus 1 persen" is ±.
    plus_minus = sign is not None and sign[1] > 0 and tokens[sign[1] - 1].low == "plus"
    if (
        sign is not None
        and (currency or percent or measure)
        and not core.negative
        and not plus_minus
    ):
        core.low, core.high = -core.low, None if core.high is None else -core.high
        core.negative, start_tok = True, sign[1]
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


def scan(
    text: str,
    tokens: list[Token],
    lex: Lexicon,
    blocked: list[bool] | None,
    starts: list[int] | None = None,
) -> list[Mention]:
    """Return the quantity mentions among ``tokens`` of ``text`` (offsets into ``text``).

    ``blocked[i]`` marks tokens inside temporal mentions; a quantity may not touch them.
    ``starts``: the indices of the tokens a quantity may start at, as :func:`.line_tokens` finds
    them while tokenizing (else found here).
    """
    out: list[Mention] = []
    links: list[dict] = []
    if starts is None:
        # The tokens a quantity may start at, found in C by their texts (most tokens are none).
        may_start = _may_start(lex.code)
        starts = compress(range(len(tokens)), map(may_start.__getitem__, map(_TEXT, tokens)))
    i = 0
    for i_ in starts:
        if i_ < i or (blocked is not None and blocked[i_]):
            continue  # inside the last quantity read, or in a temporal mention
        i = i_
        if tokens[i].kind == "sym" and not minus_sign(tokens, i):
            continue
        link: dict = {}
        floor = links[-1].get("unit_end", 0) if links else 0
        mention, j = _read(text, tokens, i, lex, link, floor)
        # (``blocked`` holds bools: a slice tested in C for a token of the span that is blocked.)
        if (
            mention is not None
            and blocked is not None
            and True in blocked[_first_token(tokens, mention.start, i) : j]
        ):
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
