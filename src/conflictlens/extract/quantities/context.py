"""Context of a number: its counted noun and the category of what is counted.

The counted noun is read after the number, up to a few words, stopping at function words, event
words and other numbers; the category comes from an event word after or before the number
("12 orang tewas", "killing 12 people"), else from the noun ("1,500 refugees", "tujuh wilayah").
Every look-around is bounded by a constant number of tokens.

Examples
--------
>>> from .lexicon import lexicon
>>> from .numbers import tokenize
>>> toks = tokenize("300 permukiman dan desa yang diduduki")
>>> counted_noun(toks, 1, lexicon("id"), "300 permukiman dan desa yang diduduki", False)[:2]
('permukiman dan desa', 'territory')
"""

from __future__ import annotations

from functools import cache

from ...spans import Mention
from .lexicon import EVENT_CATEGORIES, Lexicon, lexicon
from .numbers import Token, phrase_at, phrase_before, phrase_heads, phrase_tails

# Punctuation that ends the clause a category word may come from.
CLAUSE_END = frozenset(',;.:!?()[]"“”|')
DASHES = frozenset("-–—")
# Tokens looked at around a number for event words.
_AFTER = 5
_BEFORE = 6
_UNIT_WORDS = 3
# Tokens an aside (", including a police officer,") may span.
_ASIDE = 10


@cache
def _edges(code: str) -> tuple[frozenset[str], ...]:
    # Per language, ``phrase_heads`` of the vague amounts, nouns and predicates, the
    # ``phrase_tails`` of the predicates, and the words ``_starts_number`` may be true of.
    lex = lexicon(code)
    heads = (phrase_heads(lex.vague), phrase_heads(lex.nouns), phrase_heads(lex.predicates))
    numbers = (lex.atoms.keys() - lex.article_atoms) | lex.expansions.keys() | heads[0]
    return (*heads, phrase_tails(lex.predicates), frozenset(numbers | lex.event_articles.keys()))


def adjacent(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` touches token ``i - 1`` (no space between)."""
    return i > 0 and tokens[i].start == tokens[i - 1].end


def counted_noun(tokens: list[Token], j: int, lex: Lexicon, text: str, allow_of: bool):
    """The counted noun after token ``j``: ``(unit or None, noun category, next j)``."""
    n = len(tokens)
    if allow_of and j < n and tokens[j].low in lex.unit_of:
        j += 1
    first = last = None
    category = None
    words = 0
    k = _skip_compound(tokens, j, lex)
    j = k
    # Look-ups only at tokens that may start a phrase of their table (most start none).
    vague, nouns, predicates, _, numbers = _edges(lex.code)
    while k < n and words < _UNIT_WORDS + 2:
        tok = tokens[k]
        if tok.kind != "word" or (k > j and tok.start - tokens[k - 1].end > 1):
            break
        if tok.low in numbers and _starts_number(tokens, k, lex, tok.low in vague):
            break  # "a bar left one person": another quantity begins
        noun = phrase_at(tokens, k, lex.nouns, 3) if tok.low in nouns else None
        if noun is not None and words and noun[0] in lex.predicates:
            break  # "one person dead": the second word is the event, not the noun
        if noun is not None:
            if lex.head_first and words and category is None:
                pass  # "dokumen negara": the head came first and is not a known noun
            elif lex.nouns[noun[0]]:
                category = lex.nouns[noun[0]]
            elif category is None:
                category = ""  # a neutral count noun ("orang", "people")
            first = first if first is not None else k
            last = noun[1] - 1
            k = noun[1]
            words += 1
            # A joiner continues the unit only before another known noun ("permukiman dan desa").
            if k + 1 < n and tokens[k].low in lex.unit_joiners:
                nxt = phrase_at(tokens, k + 1, lex.nouns, 3)
                if nxt is not None and nxt[0] not in lex.predicates:
                    k += 1
                    continue
            if lex.nouns[noun[0]] or not lex.head_first:
                # A telling noun is the head ("pengungsi", "refugees"); an Indonesian classifier
                # is not ("orang warga sipil"); in English a known noun ends the phrase.
                break
            continue
        if (
            tok.low in lex.unit_stop
            or tok.low in lex.time_units
            or tok.low in lex.months
            or (tok.low in predicates and phrase_at(tokens, k, lex.predicates, 3) is not None)
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


def _starts_number(tokens: list[Token], k: int, lex: Lexicon, vague: bool = True) -> bool:
    # ``vague``: False when token ``k`` starts no vague amount (``phrase_heads``).
    low = tokens[k].low
    return (
        (low in lex.atoms and low not in lex.article_atoms)
        or low in lex.expansions
        or low in lex.event_articles
        or (vague and phrase_at(tokens, k, lex.vague) is not None)
    )


def _skip_compound(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """Skip an age/size compound before the noun ("a 17-year-old student", "a 20-room house")."""
    n = len(tokens)
    if (
        j + 2 < n
        and tokens[j].kind == "num"
        and tokens[j + 1].text in DASHES
        and adjacent(tokens, j + 1)
        and adjacent(tokens, j + 2)
        and tokens[j + 2].kind == "word"
    ):
        return j + 3
    return j


def _verb_like(word: str, lex: Lexicon) -> bool:
    # Affixes that mark verbs ("terjual", "burned"): a counted noun stops there.
    return len(word) > 5 and (
        word.startswith(lex.verb_prefixes) or word.endswith(lex.verb_suffixes)
    )


def _skip_aside(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """After ", including a police officer," return the token after the closing comma."""
    n = len(tokens)
    if tokens[k].text != "," or k + 1 >= n or phrase_at(tokens, k + 1, lex.aside_markers) is None:
        return k
    for m in range(k + 2, min(n, k + 2 + _ASIDE)):
        if tokens[m].text == ",":
            return m + 1
        if tokens[m].text in CLAUSE_END:
            break
    return k


def event_after(tokens: list[Token], j: int, lex: Lexicon) -> str | None:
    n = len(tokens)
    k = j
    # Look-ups only at tokens that may start a phrase of their table (most start none).
    vague, _, predicates, _, _ = _edges(lex.code)
    while k < min(n, j + _AFTER):
        if tokens[k].text == ",":  # (an aside starts at a comma; ``k < n`` still holds if not)
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
            or (k < n and tokens[k].low in vague and phrase_at(tokens, k, lex.vague) is not None)
            or (tok.low in lex.atoms and tok.low not in lex.article_atoms)
        ):
            return None  # another clause or another quantity
        if tok.low in predicates:
            hit = phrase_at(tokens, k - 1, lex.predicates, 3)
            if hit is not None:
                return lex.predicates[hit[0]]
    return None


def event_before(tokens: list[Token], i: int, lex: Lexicon, floor: int = 0) -> str | None:
    # ``floor``: the end of the previous quantity's noun ("35 bodies in one hospital").
    tails = _edges(lex.code)[3]  # (the look-up finds nothing after other tokens)
    for k in range(i, max(floor, i - _BEFORE), -1):
        tok = tokens[k - 1]
        if tok.low in tails:
            hit = phrase_before(tokens, k, lex.predicates, 3)
            if hit is not None:
                return lex.predicates[hit[0]]
        if tok.kind == "num" or tok.text in CLAUSE_END or tok.low in lex.clause_joiners:
            return None
    return None


def choose_category(
    noun: str | None, after: str | None, before: str | None, noun_is_event: bool
) -> str:
    if noun in ("territory", "other"):
        return noun  # villages are captured, not killed; animals are not casualties
    if noun_is_event and not after:
        return noun  # "dozens wounded": the counted word is itself the event
    event = after or before
    if noun == "" and event not in EVENT_CATEGORIES:
        return "other"  # people ("penduduk", "residents") are not territory or weapons
    if event in EVENT_CATEGORIES:
        return event
    return noun or event or "other"


def article_counts(
    article: str, unit: str | None, category: str, lex: Lexicon, reported: bool
) -> bool:
    """Whether an article is a count: an event about a person ("a civilian was killed").

    ``reported``: an event word was found next to it (a noun like "prisoner" alone is not enough).
    """
    if unit is None or category not in EVENT_CATEGORIES or not reported:
        return False
    if not lex.event_articles[article]:
        return True
    words = unit.lower().split()
    return any(w in lex.article_units for w in words) or " ".join(words[-2:]) in lex.article_units


# Tokens after an article within which its counted noun must lie: a compound ("a 17-year-old"),
# a qualifier and the noun phrase (``counted_noun``), with room to spare.
_ARTICLE_REACH = 40


@cache
def _article_unit_words(code: str) -> frozenset[str]:
    lex = lexicon(code)
    return frozenset(w for unit in lex.article_units for w in unit.split())


def person_ahead(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a word of a person noun ``article_counts`` accepts follows token ``i`` closely.

    A necessary condition, tested before the full reading: most articles ("a statement") stop
    here.
    """
    words = _article_unit_words(lex.code)
    for tok in tokens[i + 1 : i + 1 + _ARTICLE_REACH]:
        if tok.newline:
            return False
        if tok.low in words:
            return True
    return False


def share_events(out: list[Mention], links: list[dict], tokens: list[Token], lex: Lexicon) -> None:
    """Coordinated counts share an event word: the verb before a list ("killed 3 soldiers and 2
    civilians") first, else the event word after the last ("3 soldiers and 2 militants were
    killed": both are casualties)."""
    # "killed 3 soldiers and 2 civilians": a verb before a list applies to every item that has no
    # event word of its own.
    for k in range(1, len(out)):
        a, b = links[k - 1], links[k]
        if not a or not b or b.get("event") or a.get("before") not in EVENT_CATEGORIES:
            continue
        if b.get("noun") not in ("", "military") or "start" not in b:
            continue  # only people share the verb: "seized 126 skins, eight tails" are objects
        gap = tokens[a["unit_end"] : b["start"]]
        if 0 < len(gap) <= 2 and all(t.text == "," or t.low in lex.unit_joiners for t in gap):
            out[k].category = a["before"]
            b["before"], b["event"] = a["before"], True
    for k in range(len(out) - 2, -1, -1):
        a, b = links[k], links[k + 1]
        if not a or not b or a["event"] or b["after"] not in EVENT_CATEGORIES:
            continue
        gap = tokens[a["unit_end"] : b["start"]]
        # "150 soldiers, 95 civilians and hundreds of fighters died": a list shares its verb. A
        # bare comma links only inside such a list ("the two blasts, at least 20 were killed").
        joined = any(t.low in lex.unit_joiners for t in gap)
        listed = joined or (len(gap) == 1 and b.get("listed", False))
        if (
            0 < len(gap) <= 2
            and listed
            and all(t.text == "," or t.low in lex.unit_joiners for t in gap)
        ):
            out[k].category = b["after"]
            a["after"], a["event"], a["listed"] = b["after"], True, True
