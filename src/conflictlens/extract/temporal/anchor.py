"""Anchoring: which reference date a relative expression counts from, and publication dates.

- Deictic expressions ("kemarin", "last Friday", "two years ago") count from the publication
  date; without one, from the most recent explicit date of the text (narratives).
- Anaphoric expressions ("two years later", "the following year", "hari itu") count from the
  most recent explicit date before them, falling back to the publication date.
- Underspecified dates ("in March", "Jumat (23/12)") take the publication year, unless the text
  is a narrative far from it (its explicit dates lie years before the publication date).
- Which way a bare weekday or month lies from the reference follows the tense of its sentence
  (:func:`tense`: "will meet on Thursday" is ahead, "the service was canceled" behind); with no
  tense cue, news tell of the past.

Examples
--------
>>> from datetime import date
>>> choose_reference(False, date(2022, 12, 23), date(2020, 9, 1))
(datetime.date(2022, 12, 23), 'published')
>>> choose_reference(True, date(2022, 12, 23), date(2020, 9, 1))
(datetime.date(2020, 9, 1), 'narrative')
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from operator import attrgetter
from typing import Any

from ...resources import load_json
from .lexicon import Lexicon, Token, possessive_at
from .normalize import Sem


def choose_reference(
    anaphoric: bool,
    published: date | None,
    narrative: date | None,
    underspecified: bool = False,
    story: bool = False,
) -> tuple[date | None, str]:
    """Return the reference date and the ``anchor`` label for one expression.

    An ``underspecified`` one ("2 March") follows a narrative date two or more years before the
    publication, or a nearer one when the text is a ``story`` of its own dates (a history of
    last year's war, a sentence framed by "In March 2019, ...").
    """
    if anaphoric and narrative is not None:
        return narrative, "narrative"
    if (
        underspecified
        and narrative is not None
        and published is not None
        and (story or abs(published.year - narrative.year) >= 2)
    ):
        return narrative, "narrative"
    if published is not None:
        return published, "published"
    if narrative is not None:
        return narrative, "narrative"
    return None, "none"


def explicit_point(sem: Sem) -> date | None:
    """The first day an explicit (year-bearing) expression denotes, to anchor what follows."""
    if sem.year is None or sem.kind not in ("date", "time") or sem.rel_unit is not None:
        return None
    if sem.bc:
        return None  # "490 BC": no day of the calendar the bounds use
    month = sem.month or (3 * (sem.quarter - 1) + 1 if sem.quarter else None)
    if month is None and sem.half:
        month = 6 * (sem.half - 1) + 1
    if month is None and sem.season:
        month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}.get(sem.season)
    try:
        return date(sem.year, month or 1, sem.day or 1)
    except ValueError:
        return None


_SENTENCE_END = frozenset({".", "!", "?", ";"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "`"})
# After the expression, a comma, bracket or quote usually closes its clause ("..., he said").
_CLAUSE_END = frozenset({",", "(", ")", "'", '"', "`", ":", "_", "-"})


def _past_perfect(lex: Lexicon, toks: list[Token], k: int) -> bool:
    """A past perfect ("had proposed", "had started") earlier in the sentence of token ``k``."""
    for b in range(k - 1, max(k - 25, -1), -1):
        if toks[b].text in _SENTENCE_END or toks[b + 1].nl:
            return False
        if toks[b].low in lex.past_perfect:
            return True
    return False


def _told_in_past(lex: Lexicon, toks: list[Token], k: int) -> bool:
    """A past form ("was", "were extended") earlier in the sentence of token ``k``."""
    for b in range(k - 1, max(k - 25, -1), -1):
        if toks[b].text in _SENTENCE_END or toks[b + 1].nl:
            return False
        if lex.first(toks, b, "past_markers") is not None:
            return True
    return False


def opens_period(lex: Lexicon | None, toks: list[Token], i: int, j: int) -> bool:
    """Whether the expression at tokens ``i:j`` opens a period that runs up to the writing
    ("since 1994", "shootings dating back to 1994", "sejak 2015"): its date is where a span
    starts, not a story's moment that bare dates after it take their year from, unless a
    clause tells of it ("since 2014, when ... in June")."""
    words = lex.pack.get("period_start_before") if lex is not None else None
    if not words or i == 0 or toks[i - 1].low not in _last_words(lex):
        return False  # (no phrase of them ends right before the expression)
    after = [t.low for t in toks[j : j + 2]]
    if any(w in lex.pack.get("relative_pronouns_when", ()) for w in after):
        return False
    return any(" ".join(t.low for t in toks[i - n : i]) in words for n in (1, 2, 3) if i >= n)


@cache
def _last_words(lex: Lexicon) -> frozenset[str]:
    """The last words of the pack's ``period_start_before`` phrases ("since", "back to"): the
    token before a period's start is one of them (tokens hold no spaces)."""
    return frozenset(w.rsplit(" ", 1)[-1] for w in lex.pack.get("period_start_before") or ())


def story_point(
    sem: Sem, lex: Lexicon | None, toks: list[Token], i: int, j: int, dated: bool = False
) -> date | None:
    """The day an explicit expression at tokens ``i:j`` moves the story to, or None: not one
    that is not explicit, not a year that opens a period up to the writing ("since 1994", see
    :func:`opens_period`), nor, in a ``dated`` text (its writing's date known), a month ("since
    March 2022")."""
    point = explicit_point(sem) if sem.explicit else None
    if (
        point is not None
        and (sem.month is None or (dated and sem.day is None))
        and opens_period(lex, toks, i, j)
    ):
        return None
    return point


def planned(lex: Lexicon | None, toks: list[Token], k: int) -> bool:
    """A plan told from the past earlier in the sentence of token ``k``: "was set to meet on
    Wednesday", "predicted that it would pass Bermuda Wednesday night" (the day may lie on
    either side of the writing)."""
    for b in range(k - 1, max(k - 25, -1) if lex is not None else k, -1):
        if toks[b + 1].nl or (
            # (the full stops of "a.m." and "U.S." end no sentence)
            toks[b].text in _SENTENCE_END and not (b and len(toks[b - 1].text) == 1)
        ):
            return False
        classes = lex.classes.get(toks[b].low)  # (the phrase classes its word can start)
        if not classes:
            continue
        if "future_in_past" in classes and lex.first(toks, b, "future_in_past") is not None:
            return True
        if (
            b > 0
            and "future_markers" in classes
            and lex.first(toks, b, "future_markers") is not None
            and toks[b - 1].low not in lex.participle_after
            and lex.first(toks, b - 1, "past_markers") is not None
        ):
            return True  # "was scheduled to", "were due to"
    return False


def either_side(lex: Lexicon | None, toks: list[Token], i: int, future: bool) -> bool:
    """Whether a bare weekday at token ``i`` may lie on either side of the reference (the
    nearest one): a plan told from the past ("was set to meet on Wednesday"), or a day right
    after a word that bounds a span ("closed until Monday", "mourning starting on Wednesday"),
    whatever the tense of the sentence. ``future``: the sentence looks ahead; a deadline
    ("postponed until Tuesday") stays ahead, unless set in the past perfect ("had given them
    until Thursday, but it was not met").
    """
    if lex is None or i == 0:
        return False
    if planned(lex, toks, i):
        return True
    words = lex.pack.get("either_side_before") or ()
    # one word or two ("until", "starting on") right before the weekday
    bound = toks[i - 1].low in words or (i > 1 and f"{toks[i - 2].low} {toks[i - 1].low}" in words)
    return bound and (not future or _past_perfect(lex, toks, i))


def _tense_of(lex: Lexicon, toks: list[Token], k: int, dist: int, main: bool = False) -> int:
    """The tense token ``k`` marks: 1 future ("will", "akan"), -1 past ("was", "telah"), 0.

    ``dist`` is how far ``k`` lies before (positive) or after (negative) the expression;
    ``main`` says that ``k`` is in the main clause after a fronted expression ("In September,
    it announced ...").
    """
    t = toks[k]
    low = t.low
    prev = toks[k - 1].low if k > 0 else ""
    if low in lex.until or (dist == 1 and low in lex.until_weak):
        for b in range(k - 1, max(k - 8, -1), -1):
            if toks[b].text in _SENTENCE_END or toks[b + 1].nl:
                break
            if toks[b].low in lex.deadline_words:
                return 1  # "postponed until Tuesday", "gave them until 9 a.m. Tuesday"
        return 0
    if lex.first(toks, k, "tense_void") is not None:
        return 0  # "soon after": a link in time, no future
    if lex.first(toks, k, "future_markers") is not None:
        if prev in _infinitives(lex):
            return 0  # "sent ministers to Harare on Wednesday to meet Mugabe": "sent" decides
        # "was scheduled to", "had been due to": a plan of the past, either way from today;
        # "has been scheduled for", "telah dijadwalkan": a plan that stands
        if lex.first(toks, k, "weak_future") is not None and _past_perfect(lex, toks, k):
            return -1  # "MacArthur had proposed a landing as early as July": then, not ahead
        if k > 0 and lex.first(toks, k - 1, "determiners") is not None:
            return 0  # "and the next day presented": the story's next day, no plan
        two = f"{toks[k - 2].low} {prev}" if k > 1 else prev
        if prev in lex.standing_plan or two in lex.standing_plan:
            return 1
        return 0 if prev and lex.first(toks, k - 1, "past_markers") is not None else 1
    if dist > 2 and low in _directives(lex) and _called_for(lex, toks, k, k + dist):
        return 1
    if low in lex.reporting:
        # "said Tuesday" / "pada Minggu mengatakan" dates the saying; further away, what was
        # said has its own tense.
        return -1 if abs(dist) <= 2 or main else 0
    past = lex.first(toks, k, "past_markers") is not None
    if not past and len(low) >= 5 and low == t.text and low not in lex.not_past:
        # Regular past forms ("crossed", "killed"): lower-case (not a name such as "United"),
        # long enough, and not one of the pack's words that merely end like one ("hundred").
        past = any(low.endswith(suffix) for suffix in lex.past_suffixes)
    if not past:
        return 0
    if prev in lex.participle_after:
        return 0  # "will be paid", "a still unspecified date": a participle or an adjective
    if k + 1 < len(toks) and lex.first(toks, k + 1, "future_markers") is not None:
        return 0  # "were planning to": a plan, the marker after it decides
    return -1


_LOW = attrgetter("low")  # a token's lower-case form


def _ends(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` ends a sentence: not the full stops of "U.N.", "a.m." (after one
    letter, or before the next letter of the abbreviation)."""
    if toks[k].text not in _SENTENCE_END:
        return False
    if toks[k].text != "." or not k:
        return True
    prev = toks[k - 1]
    return not (len(prev.text) == 1 and prev.text.isalpha() and not toks[k].gap)


@cache
def _cues(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The words at which :func:`_tense_of` can return other than 0 (besides regular past
    forms), and the first words of the pack's plain future auxiliaries (per lexicon, held for
    the process as :func:`~.lexicon.get_lexicon` holds the lexicons).

    ``_tense_of`` answers 0 at a token that is no "until" word, starts no future or past
    marker and is no reporting verb, unless its suffix makes it a past form: the words of
    ``lex.classes`` and these sets give the same answer as its phrase lookups, in one test.
    """
    starts = lex.classes
    cues = (
        lex.until
        | lex.until_weak
        | lex.reporting
        | {
            w
            for w, classes in starts.items()
            if "future_markers" in classes or "past_markers" in classes
        }
    )
    plain = frozenset(w for w, classes in starts.items() if "plain_future" in classes)
    return frozenset(cues), plain


def _may_mark(
    t: Token, cues: frozenset[str], suffixes: tuple[str, ...], not_past: frozenset[str]
) -> bool:
    """Whether token ``t`` may mark a tense: a cue word of :func:`_cues`, or a regular past form
    ("crossed": lower-case, long enough, with a past suffix and no look-alike)."""
    low = t.low
    return low in cues or bool(
        suffixes
        and low.endswith(suffixes)
        and len(low) >= 5
        and low == t.text
        and low not in not_past
    )


@cache
def _directives(lex: Lexicon) -> frozenset[str]:
    """The pack's verbs of calling for something to be done ("called", "urged")."""
    return frozenset(lex.pack.get("directive_verbs") or ())


def _called_for(lex: Lexicon, toks: list[Token], k: int, i: int) -> bool:
    """Whether the weekday at ``i`` is the day of what the verb at ``k`` calls for ("called for
    a general strike on Monday", "urged supporters to gather on Sunday"), which comes after the
    call; not the call's own day ("called off its search late on Tuesday", "urged NATO on Friday
    to ...") nor a date of a history ("called for a ceasefire on August 1")."""
    if not any(lex.first(toks, x, "weekdays") for x in range(i, min(i + 2, len(toks)))):
        return False
    return toks[k + 1].low in _purposes(lex) or any(
        t.low in _infinitives(lex) for t in toks[k + 2 : i]
    )


@cache
def _purposes(lex: Lexicon) -> frozenset[str]:
    """The pack's words that open what a call is for ("called for a strike")."""
    return frozenset(lex.pack.get("directive_purpose") or ())


@cache
def _infinitives(lex: Lexicon) -> frozenset[str]:
    """The pack's infinitive markers ("to"): a present form after one ("to meet") is no plan."""
    return frozenset(lex.pack.get("infinitive_markers") or ())


@cache
def _coordinators(lex: Lexicon) -> frozenset[str]:
    """The pack's coordinating conjunctions ("and", "dan"), per lexicon."""
    return frozenset(lex.pack.get("coordinators") or ())


def tense(lex: Lexicon, toks: list[Token], i: int, j: int, before: int = 10, after: int = 6) -> int:
    """Return the tense around tokens ``i:j``: 1 future, -1 past, 0 unknown.

    The nearest tense marker of the sentence wins (before the expression first at equal
    distance): "will meet Bush on Thursday" is future, "the service planned for Saturday was
    canceled" past. After the expression the search stops at the end of its clause, unless the
    expression opens the sentence ("In May, a truck bomb near the embassy killed ..."): then it
    reads four tokens further, past a subject to its verb. The windows are bounded.

    Examples
    --------
    >>> from .lexicon import get_lexicon, tokenize
    >>> lex = get_lexicon("en")
    >>> toks = tokenize("The king will meet Bush on Thursday. He met him on Monday.")
    >>> tense(lex, toks, 6, 7), tense(lex, toks, 12, 13)
    (1, -1)
    """
    # Only tokens that can mark a tense go to _tense_of (the others mark none: see _cues); a
    # regular past form ("crossed") is one when lower-case, long enough and not a look-alike.
    cues, plain = _cues(lex)
    suffixes, not_past = lex.past_suffixes, lex.not_past
    end = _SENTENCE_END
    # (the expression opens its sentence or line)
    fronted = (
        i < 2 or toks[i - 1].text in end or toks[i].nl or toks[i - 2].text in end or toks[i - 1].nl
    )
    # The tokens that may mark a tense before the expression, up to its sentence's start, and
    # after it, up to its clause's end (distances), then asked nearest first, before first.
    marks_before: list[int] = []
    open_before = True
    # (the window read backwards from a slice; ``split``: a line break after the token)
    split = toks[i].nl
    for d, t in enumerate(toks[i - before if i > before else 0 : i][::-1], 1):
        if split or (t.text in end and _ends(toks, i - d)):
            open_before = False
            break
        split = t.nl
        if _may_mark(t, cues, suffixes, not_past):
            marks_before.append(d)
    marks_after: list[int] = []
    complementizers, coordinators = lex.complementizers, _coordinators(lex)
    for d, t in enumerate(toks[j : j + after + 4 * fronted], 1):
        low = t.low
        # (and "said on Saturday night that his fighters would ...": the saying's day; "faces
        # an election on 27 September and has defended ...": another verb with its own tense)
        if (
            t.nl
            or (t.text in end and _ends(toks, j - 1 + d))
            or (not fronted and (t.text in _CLAUSE_END or low in complementizers))
            or (
                low in coordinators
                and j + d < len(toks)
                and (toks[j + d].low in cues or toks[j + d].low not in lex.words)
            )
        ):
            break
        if _may_mark(t, cues, suffixes, not_past):
            marks_after.append(d)
    if marks_after:
        for d in sorted({*marks_before, *marks_after}):  # (at one distance: before first)
            if d in marks_before and (v := _tense_of(lex, toks, i - d, d)):
                return v
            if d in marks_after and (v := _tense_of(lex, toks, j - 1 + d, -d, fronted)):
                return v
    else:
        for d in marks_before:
            if v := _tense_of(lex, toks, i - d, d):
                return v
    if not open_before or i <= before:
        # The search back below stops at the same sentence start, before it reaches the
        # tokens it reads (those before the window); at the text's start there are none.
        return 0
    # Further back in the sentence only a plain future auxiliary counts ("Erdogan will chair a
    # meeting of the National Security Council and the cabinet on Wednesday")
    if plain.isdisjoint(map(_LOW, toks[max(i - 24, 0) : i - before])):
        return 0  # (no word there can start one: the loop below would answer 0)
    for k in range(i - 1, max(i - 25, -1), -1):
        t = toks[k]
        if (t.text in end and _ends(toks, k)) or toks[k + 1].nl:
            break
        if t.low in lex.reporting or (t.text in _QUOTES and not possessive_at(toks, k)):
            break  # ("... will change", Pompeo told the press on Tuesday: the quote's own)
        if k < i - before and t.low in plain and lex.first(toks, k, "plain_future") is not None:
            return 1
    return 0


def is_narrative(years: list[int], published: date | None) -> bool:
    """Tell whether a text tells of a time away from its publication (history, chronicles).

    True without a publication date, or when most of the explicit years it mentions lie two or
    more years from the publication year.

    Examples
    --------
    >>> is_narrative([1914, 1916, 1918, 2014], date(2014, 7, 28))
    True
    >>> is_narrative([2013, 2013, 2009], date(2013, 10, 18))
    False
    """
    if published is None:
        return True
    if len(years) < 3:
        return False
    far = sum(abs(y - published.year) >= 2 for y in years)
    return far / len(years) > 0.7


def year_clues(lex: Lexicon, toks: list[Token], matches: list) -> tuple[list[int], list[int]]:
    """The explicit years of a text, each with what its sentence says of it, for datelines.

    The clue is the :func:`tense` of the year's sentence (-1, 0, 1), or, for a bare year whose
    own words place it, -2 (before the writing: "tahun 2006 silam") or 2 (after it: "Pemilu
    2019 yang akan datang"); not so a year with a qualifier ("awal 2017 lalu" may be this year's
    beginning).

    Examples
    --------
    >>> from .grammar import Grammar
    >>> from .lexicon import get_lexicon, tokenize
    >>> lex = get_lexicon("id")
    >>> toks = tokenize("Tahun 2006 silam ia lulus. Awal 2017 lalu. Pemilu 2019 mendatang.")
    >>> year_clues(lex, toks, Grammar(lex).scan(toks))
    ([2006, 2017, 2019], [-2, 0, 2])
    """
    years: list[int] = []
    clues: list[int] = []
    for m in matches:
        sem = m.sem
        if not sem.explicit or sem.year is None or sem.bc:
            continue
        clue = tense(lex, toks, m.i, m.j)
        if sem.month is None and sem.day is None and sem.mod is None:
            for k in range(m.i, m.j):
                if lex.first(toks, k, "past_markers") is not None and not toks[k].text.isdigit():
                    clue = -2
                elif lex.first(toks, k, "future_markers") is not None:
                    clue = 2
        years.append(sem.year)
        clues.append(clue)
    return years, clues


@cache
def _year_prior() -> tuple[int, dict[int, list[float]]]:
    data = load_json("year_prior.json")
    return int(data["clip"]), {int(t): [float(x) for x in row] for t, row in data["log_p"].items()}


def dateline_year(
    month: int, day: int, weekday: int, years: list[int], tenses: list[int] | None = None
) -> int | None:
    """Choose the year of a "Jumat (23/12)" dateline from the years the text mentions.

    Of the years in which the day falls on the stated weekday (from the year before the
    earliest mentioned year to twelve years after the latest), take the one under which the
    mentioned years are most likely: news mostly tell of their own year and the years before
    it, and look a year or two ahead, further in sentences about plans ("target 2030").
    ``tenses`` gives each year's clue (:func:`year_clues`; default: none). The
    likelihoods, per tense, of a year lying ``d`` years from the publication come from dated
    news articles (``_data/year_prior.json``, built by ``scripts/build_year_prior.py``).

    Examples
    --------
    >>> dateline_year(12, 23, 4, [2020])
    2022
    >>> dateline_year(12, 23, 4, [2019, 2020, 2030], [0, 0, 1])
    2022
    >>> dateline_year(8, 15, 1, [2017, 2018])  # Selasa (15/8) in a text on plans for 2018
    2017
    >>> dateline_year(10, 6, 3, [1965, 2015])  # Kamis (6/10): 2016, not after 1965
    2016
    """
    if not years:
        return None
    clip, log_p = _year_prior()
    tenses = tenses or [0] * len(years)
    # A year its own words place before (-2) or after (2) the writing bounds the candidates;
    # the writing may fall in that year when the text also names it, or a later one, plainly
    # ("Liga 1 2017 ... musim 2017 lalu" in November 2017; "tahun 2006 silam" alone: later).
    plain = [m for m, t in zip(years, tenses, strict=True) if t == 0]
    low = max(
        (
            m + (not any(p >= m for p in plain))
            for m, t in zip(years, tenses, strict=True)
            if t == -2
        ),
        default=None,
    )
    high = min(
        (
            m - (not any(p <= m for p in plain))
            for m, t in zip(years, tenses, strict=True)
            if t == 2
        ),
        default=None,
    )
    if low is not None and high is not None and low > high:
        low = high = None  # the clues disagree: trust neither
    best: tuple[float, int] | None = None
    for y in range(min(years) - 1, max(years) + 13):
        if (low is not None and y < low) or (high is not None and y > high):
            continue
        try:
            if date(y, month, day).weekday() != weekday:
                continue
        except ValueError:
            continue  # 29 February outside a leap year
        score = sum(
            log_p[max(-1, min(1, t))][max(-clip, min(clip, m - y)) + clip]
            for m, t in zip(years, tenses, strict=True)
        )
        if best is None or score > best[0]:
            best = (score, y)
    return None if best is None else best[1]


# A year far from any text's own, whose calendar (weekdays, leap days) repeats a real one every
# 400 years: stands for the unknown year of a dateline such as "Kamis (6/10)".
_PROXY_FROM = 2800
_YEAR = re.compile(r"(\d{4})(?=-|T|$)")
_WEEK = re.compile(r"-W\d\d")


def dateline(toks: list[Token], matches: list, within: int) -> Any:
    """The first weekday with a day and month in the first ``within`` characters: "Jumat
    (23/12)", "Kamis (17/10/2013)" (a :class:`~.grammar.Match`, or None)."""
    for m in matches:
        if toks[m.i].start > within:
            break
        s = m.sem
        if s.weekday is not None and s.day is not None and s.month is not None and not s.rel_unit:
            return m
    return None


def proxy_day(sem: Sem) -> date | None:
    """A yearless dateline's day in a stand-in year with the same calendar.

    "Kamis (6/10)" in a text that names no year still dates its "kemarin" (``XXXX-10-05``) and
    "Jumat" (``XXXX-10-07``): the day is resolved in a year far from any real text whose 6
    October is a Thursday, and :func:`unknown_year` masks that year again.

    Examples
    --------
    >>> d = proxy_day(Sem(weekday=3, day=6, month=10))
    >>> (d.month, d.day, d.weekday(), d.year >= 2800)
    (10, 6, 3, True)
    """
    for y in range(_PROXY_FROM, _PROXY_FROM + 28):
        try:
            if date(y, sem.month, sem.day).weekday() == sem.weekday:
                return date(y, sem.month, sem.day)
        except ValueError:
            return None  # a day no calendar has ("31/4")
    return None


def unknown_year(found: list, proxy_year: int) -> None:
    """Replace the stand-in year of :func:`proxy_day` in mentions by ``XXXX`` (bounds unknown)."""
    for m in found:
        hit = _YEAR.match(m.value or "")
        if hit is None or abs(int(hit.group(1)) - proxy_year) > 100:
            continue
        # ISO week numbers depend on the year: only the week's existence stays
        value = _WEEK.sub("-WXX", "XXXX" + m.value[4:], count=1)
        m.value, m.earliest, m.latest = value, None, None
        m.edtf = value if "W" not in value and "T" not in value else None
        if m.anchor == "published":
            m.anchor = "dateline"
