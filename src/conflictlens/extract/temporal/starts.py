"""Which tokens can start a temporal expression: the word classes each pattern begins with,
and the function words that start one only with the right word after them.

:meth:`~.grammar.Grammar.scan` calls :meth:`~.grammar.Grammar.match_at` only at a token these
tables allow; everywhere else nothing can start, so skipping the call changes no match.

Examples
--------
>>> from .lexicon import get_lexicon
>>> lex = get_lexicon("en")
>>> starts, triggers, _, _ = tables(lex)
>>> "march" in starts, "city" in triggers
(True, False)
>>> sorted(dependent_words(lex, triggers)["that"])
['day', 'ended', 'ends', 'same']
"""

from __future__ import annotations

from functools import cache

from .lexicon import APOSTROPHES as _APOSTROPHES
from .lexicon import Lexicon, Token
from .matchers import Matchers

_START_CLASSES = (
    "era_ad",
    "holidays",
    "feast_counts",
    "anaphoric_days",
    "months",
    "month_abbr",
    "weekdays",
    "rel_before",
    "year_prefix",
    "decade_words",
    "century_words",
    "ordinals",
    "ordinal_prefix",
    "quarter_names",
    "units",
    "seasons",
    "refs",
    "day_part_words",
    "days",
    "relative",
    "determiners",
    "numbers",
    "vague_numbers",
    "vague_durations",
    "duration_words",
    "duration_before",
    "plural_units",
    "sets",
    "set_before",
    "time_prefix",
    "clock_words",
    "clock_fractions",
    "month_prefix",
    "weekday_prefix",
    "date_prefix",
)
REL_STARTS = frozenset(
    {
        "refs",
        "day_part_words",
        "days",
        "relative",
        "rel_before",
        "determiners",
        "units",
        "numbers",
        "vague_numbers",
        "anaphoric_days",
        "duration_words",
    }
)

# Each pattern, the word classes it can start with, and whether it can start with digits.
PATTERNS = (
    ("p_numeric_date", frozenset(), True),
    (
        "p_month_date",
        frozenset({"months", "month_abbr", "rel_before", "month_prefix", "date_prefix"}),
        True,
    ),
    ("p_weekday", frozenset({"weekdays", "rel_before", "weekday_prefix"}), False),
    (
        "p_year",
        frozenset(
            {
                "era_ad",
                "year_prefix",
                "decade_words",
                "ordinals",
                "ordinal_prefix",
                "century_words",
                "numbers",
            }
        ),
        True,
    ),
    (
        "p_quarter",
        frozenset({"quarter_names", "ordinals", "ordinal_prefix", "units"}) | REL_STARTS,
        True,
    ),
    ("p_season", frozenset({"rel_before", "seasons"}), False),
    ("p_relative", REL_STARTS, True),
    (
        "p_duration",
        frozenset(
            {
                "vague_durations",
                "duration_words",
                "plural_units",
                "duration_before",
                "numbers",
                "vague_numbers",
            }
        ),
        True,
    ),
    ("p_set", frozenset({"sets", "set_before"}), False),
    ("p_holiday", frozenset({"holidays", "rel_before"}), False),
    ("p_feast_count", frozenset({"feast_counts"}), False),
    ("p_time", frozenset({"time_prefix", "clock_words", "numbers"}), True),
    ("p_clock_offset", frozenset({"numbers", "clock_fractions"}), True),
)


# The classes read at the token an expression starts at: the patterns' first words, the
# prefixes of :meth:`Grammar.match_at` and the "this past" of ``scan``.
_STARTING = frozenset().union(
    *(starts for _, starts, _ in PATTERNS),
    ("determiners", "mods", "position_mods", "mods_outside", "past_prefix"),
)


@cache
def tables(lex: Lexicon) -> tuple[frozenset, frozenset, frozenset, dict]:
    """Start words, trigger words, rel-only qualifiers and the dispatch cache of a lexicon."""
    # Words that can begin a core pattern; any other token is skipped at once.
    starts = frozenset().union(*(lex.first_words(c) for c in _START_CLASSES))
    prefixes = ("determiners", "mods", "position_mods", "mods_outside")
    triggers = starts.union(*(lex.first_words(c) for c in prefixes))
    rel_only = frozenset(lex.pack.get("pmod_rel_only") or ())
    return starts, triggers, rel_only, {}


@cache
def leaning_words(lex: Lexicon, triggers: frozenset[str]) -> dict[str, frozenset[str]]:
    """Trigger words that start an expression only with the next token: word → its partners.

    "the" is on its own only a determiner; every other phrase it starts has more words ("the
    day before", "the past"). Such a word starts an expression only when the next token is a
    trigger itself ("the weekend", "the third quarter") or continues one of its phrases (the
    partners). Otherwise :meth:`Grammar.match_at` finds nothing there, and ``scan`` skips the
    call: "the city" is the commonest miss in English.
    """
    out: dict[str, frozenset[str]] = {}
    for word in triggers:
        if word.isdigit() or word in _APOSTROPHES:
            continue
        alone, partners = _entries_of(lex, word)
        if alone <= {"determiners"}:
            out[word] = partners
    return out


@cache
def bound_words(lex: Lexicon, triggers: frozenset[str]) -> frozenset[str]:
    """The leaning words that are no whole phrase of a class read at a start, not even a
    determiner ("at", "more", "not", "up", "tidak", "lebih"): only their phrases of several
    words can start there, so an expression starts at one only when the next token is one of
    its partners ("at least", "more than"). A trigger after it ("at the", "not a") does not
    help: no determiner, qualifier or pattern takes the word alone before it, so
    :meth:`Grammar.match_at` finds nothing there, and ``scan`` skips the call.

    Examples
    --------
    >>> from .lexicon import get_lexicon
    >>> lex = get_lexicon("en")
    >>> words = tables(lex)[1]
    >>> "at" in bound_words(lex, words), "the" in bound_words(lex, words)
    (True, False)
    """
    leaning = leaning_words(lex, triggers)
    return frozenset(word for word in leaning if not _entries_of(lex, word)[0])


def _entries_of(lex: Lexicon, word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The classes that can start an expression in which ``word`` is a whole phrase, and the
    words that continue its phrases.

    Only the classes :meth:`Grammar.match_at` and ``scan`` read at the token an expression
    starts at count: "at" is a whole phrase only as a clock's preposition, which a clock
    pattern reads behind it, so "at" starts only its longer phrases ("at least", "at night").
    """
    alone: set[str] = set()
    partners: set[str] = set()
    for cls in lex.classes.get(word, ()):
        for key, _ in lex.entries(cls, word):
            if len(key) > 1:
                partners.add(key[1])
            elif cls in _STARTING:
                alone.add(cls)
    return frozenset(alone), frozenset(partners)


# Word classes whose one-word entries never make an expression alone: a number word, a
# qualifier, a relative word or an ordinal needs a unit, a month or a number after it.
_NEEDS_MORE = frozenset(
    {
        "determiners",
        "numbers",
        "teen_words",
        "multipliers",
        "vague_numbers",
        "ordinals",
        "mods",
        "mods_outside",
        "position_mods",
        "rel_before",
        "linkers",
        "ordinal_prefix",
    }
)


@cache
def dependent_words(lex: Lexicon, triggers: frozenset[str]) -> dict[str, frozenset[str]]:
    """Trigger words that need a word of the language pack right after them: word → partners.

    Like :func:`leaning_words`, for the number words, qualifiers and relative words ("a",
    "that", "about", "this"): such a word starts an expression only when the next token is a
    digit, a word the pack knows ("a week", "about two", "this morning") or continues one of
    its phrases; otherwise ``scan`` does not call :meth:`Grammar.match_at` ("a statement",
    "that the", "about the").
    """
    leaning = leaning_words(lex, triggers)
    out: dict[str, frozenset[str]] = {}
    for word in triggers:
        if word.isdigit() or word in _APOSTROPHES or word in leaning:
            continue
        alone, partners = _entries_of(lex, word)
        if alone and alone <= _NEEDS_MORE:
            out[word] = partners
    return out


# The classes a pattern reads at the token right after a number in digits that starts it (the
# number's own phrases aside): a month after a day ("17 Mei"), a unit after an amount ("44
# hari"), an ordinal's suffix ("17th"), a linker ("17 of May"), an era ("490 BC", "9 AD"), a
# range word ("499 to 450 BC"), a decade's suffix ("60-an"), a half ("3 1/2 years"), a word
# before a unit ("five more days", "57 consecutive nights") and the words after an hour ("6
# a.m.", "7 o'clock", "1922 UTC"). See :func:`number_alone`.
_AFTER_DIGITS = frozenset(
    {
        "months",
        "month_abbr",
        "units",
        "ordinal_suffixes",
        "linkers",
        "era_bc",
        "era_ad",
        "range_words",
        "decade_suffix",
        "half_suffix",
        "more_words",
        "unit_modifiers",
        "am",
        "pm",
        "oclock",
        "timezones",
    }
)
# Marks a number pattern reads after it only with digits glued on both sides: "1.5", "20.000",
# "17/10", "10:35", "2x24"; and dashes ("1990-an", "499 - 450 BC", "44-day").
_GLUED = frozenset(",.:/x\u00d7")
_DASHES = frozenset("-\u2013\u2014")
# What a clock time in digits reads after "06.18" (a zone, a.m./p.m., a part of the day), and
# what an amount reads after a dash glued to it ("44-day", "5-more-days")
_AFTER_CLOCK = frozenset({"timezones", "am", "pm", "day_parts"})
_AFTER_DASH = frozenset({"units", "more_words", "unit_modifiers"})


def _second_words(lex: Lexicon, word: str) -> frozenset[str] | None:
    """The second words of the phrases ``word`` starts (None when one is ``word`` alone)."""
    keys = [key for cls in lex.classes.get(word, ()) for key, _ in lex.entries(cls, word)]
    return None if any(len(key) == 1 for key in keys) else frozenset(key[1] for key in keys)


@cache
def digit_followers(
    lex: Lexicon,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, frozenset[str] | None]]:
    """The words that may follow a number in digits that starts an expression, those that
    may follow a clock time ("06.18 WIB") or a dash after an amount ("44-day"), and for the
    numbers and dashes that start phrases of the pack ("12 th", "1 / 2", "- an") the second
    words of those phrases (None when one is a single token: such a number or dash is never
    skipped)."""
    follow, clock, dashed = (
        frozenset(w for w, classes in lex.classes.items() if classes & wanted)
        for wanted in (_AFTER_DIGITS, _AFTER_CLOCK, _AFTER_DASH)
    )
    seconds = {
        word: _second_words(lex, word) for word in lex.classes if word.isdigit() or word in _DASHES
    }
    return follow, clock, dashed, seconds


def number_alone(m: Matchers, i: int) -> bool:
    """Tell whether the number in digits at token ``i`` of ``m.toks`` (not four digits: a year
    needs nothing after it) starts nothing because of what follows it: nothing, or a token no
    pattern reads after a number ("12 persen", "5 juta", "3)", "2,", "1-0", "20.000 orang").

    Every pattern that can start at digits reads the next token as a word of a class in
    ``_AFTER_DIGITS`` or goes no further, but for a few marks: a dash before a unit ("44-day")
    or before digits and a dash or such a word ("17-10-2013", "499-450 BC"); a comma or point
    glued between digits, in a date ("17.10.2013"), before a clock time's zone ("06.18 WIB")
    or inside the amount :meth:`~.matchers.Matchers.number` reads ("1.5 hours", "20.000
    tahun"); and the marks of "17/10", "10:35", "2x24". Phrases of the pack that start with
    the number, or with a dash after it, need their second word. So
    :meth:`Grammar.match_at` finds nothing at such a number, and ``scan`` skips the call.

    Examples
    --------
    >>> from .grammar import Grammar
    >>> from .lexicon import get_lexicon, tokenize
    >>> g = Grammar(get_lexicon("id"))
    >>> g.toks = tokenize("12 persen dari 20 hari, 3,5 tahun, 5, skor 2-1, 20.000 orang")
    >>> [t.text for i, t in enumerate(g.toks) if t.text.isdigit() and not number_alone(g, i)]
    ['20', '3', '5']
    """
    toks = m.toks
    t = toks[i]
    if len(t.text) == 4:
        return False
    follow, clock, dashed, seconds = digit_followers(m.lex)
    partners = seconds.get(t.low, frozenset())
    if partners is None:
        return False
    n = len(toks)
    if i + 1 == n:
        return True
    nxt = toks[i + 1]
    if nxt.low in partners:
        return False
    if nxt.text in _DASHES:  # (its own phrases need their second word: "- an")
        after = seconds.get(nxt.low, frozenset())
        if after is None or (i + 2 < n and toks[i + 2].low in dashed | after):
            return False
        # digits after the dash: a date ("17-10-2013") or a range of years before its era
        # ("499-450 BC"), not a score ("2-1")
        return not (
            i + 3 < n
            and toks[i + 2].text.isdigit()
            and (toks[i + 3].text in _DASHES or toks[i + 3].low in follow)
        )
    if nxt.low in follow:
        return False
    if not (
        nxt.text in _GLUED
        and not nxt.gap
        and i + 2 < n
        and not toks[i + 2].gap
        and toks[i + 2].text.isdigit()
    ):
        return True
    if nxt.text not in ",.":
        return False
    if i + 3 < n and (toks[i + 3].text in _GLUED or toks[i + 3].low in clock):
        return False  # "17.10.2013", "06.18 WIB"
    m.origin = i  # (as match_at sets it)
    num = m.number(i)
    return not (
        num is not None
        and num[1] < n
        and (toks[num[1]].low in follow or toks[num[1]].text in _DASHES)
    )


def inert(t: Token, triggers: frozenset[str]) -> bool:
    """Tell whether no expression or prefix can start at a token like ``t``."""
    return t.low not in triggers and not t.text.isdigit() and t.text not in _APOSTROPHES


@cache
def quarter_words(lex: Lexicon) -> frozenset[str]:
    """The first words of the quarters' names and of the units that are a quarter or a half
    ("q", "quarter", "half", "kuartal", "semester"): every quarter expression has one.

    Examples
    --------
    >>> from .lexicon import get_lexicon
    >>> sorted(quarter_words(get_lexicon("id")))
    ['kuartal', 'paruh', 'q', 'semester', 'triwulan']
    """
    units = {
        word
        for word in lex.first_words("units")
        for _, value in lex.entries("units", word)
        if value in ("quarter", "half")
    }
    return lex.first_words("quarter_names") | units
