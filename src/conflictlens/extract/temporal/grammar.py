"""The temporal grammar: token patterns → :class:`~.normalize.Sem` with token spans.

The grammar is language-neutral: it asks the :class:`~.lexicon.Lexicon` for word classes (month,
unit, relative word before/after the unit, qualifier, number word, ...) and combines them. Word
order differences ("last week" / "pekan lalu") are covered by separate *before* and *after*
classes in the packs. Every pattern looks ahead a bounded number of tokens, so a scan is linear in
the number of tokens; at each position the longest match wins and matches never overlap.

Examples
--------
>>> from .lexicon import get_lexicon, tokenize
>>> g = Grammar(get_lexicon("id"))
>>> toks = tokenize("perang 44 hari pada September 2020")
>>> [(toks[m.i].start, toks[m.j - 1].end, m.sem.kind) for m in g.scan(toks)]
[(7, 14, 'duration'), (20, 34, 'date')]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from itertools import compress
from operator import attrgetter, or_

from .dates import DatePatterns
from .lexicon import APOSTROPHES as _APOSTROPHES
from .lexicon import Lexicon, Token, name_part
from .matchers import Match, Matchers
from .normalize import Sem
from .relative import RelativePatterns
from .starts import (
    PATTERNS,
    bound_words,
    dependent_words,
    inert,
    leaning_words,
    number_alone,
    quarter_words,
    tables,
)
from .times import TimePatterns

__all__ = ["Grammar", "Match"]

_low = attrgetter("low")
# Punctuation that ends a phrase where it stands, glued to the word before it or not
_STOPS = frozenset(",;:!?)")

# Pattern types whose leading determiner ("the") belongs to the span (TimeBank convention:
# "the third quarter", "the past two months", but "[the] March 12 meeting").
_DET_TYPES = {"rel", "quarter", "dur", "season", "decade", "century", "weekend", "set", "day"}
# The classes of the words match_at reads before a core expression
_PREFIXES = frozenset({"mods_outside", "determiners", "mods", "position_mods"})
_BARE_UNITS = {"year", "month", "week", "weekend", "quarter", "half", "decade", "century"}
# Quantity qualifiers that only make sense on durations ("more than two weeks").
_RANGE_MODS = {"MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}
# An amount's qualifier on the date it counts back to: "more than a year ago" is before it
_AGO_MODS = {
    "MORE_THAN": "BEFORE",
    "EQUAL_OR_MORE": "ON_OR_BEFORE",
    "LESS_THAN": "AFTER",
    "EQUAL_OR_LESS": "ON_OR_AFTER",
}


@cache
def _openers(triggers: frozenset[str]) -> frozenset[str]:
    """The trigger words and the apostrophes (once per language)."""
    return triggers | _APOSTROPHES


def candidates(lows: list[str], openers: frozenset[str]) -> Iterator[int]:
    """The indices of the tokens where an expression may start: a trigger word, digits or an
    apostrophe (``openers`` holds the words and the apostrophes), picked out in C.

    Examples
    --------
    >>> list(candidates(["the", "war", "ended", "in", "2020"], frozenset({"the", "in"})))
    [0, 3, 4]
    """
    return compress(
        range(len(lows)), map(or_, map(openers.__contains__, lows), map(str.isdigit, lows))
    )


class Grammar(DatePatterns, RelativePatterns, TimePatterns):
    """Scan tokens for temporal expressions with the vocabulary of one :class:`Lexicon`."""

    def __init__(self, lex: Lexicon):
        super().__init__(lex)
        self._core: dict[tuple[int, int], list[Match]] = {}
        self._rel: dict[tuple[int, int], list[Match]] = {}
        # Per-language tables, computed once and shared by every Grammar of that language.
        self.starts, self.triggers, self._rel_only, self._dispatch = tables(lex)
        self._quarter_words = quarter_words(lex)
        self._openers = _openers(self.triggers)
        self._clitics = tuple(lex.pack.get("clitics") or ())  # ("-nya" of "sehari-harinya")
        # Memo of ``number`` per (start, origin), for the tokens it was filled on
        self._numbers: dict[tuple[int, int], tuple | None] = {}
        self._numbers_of: list[Token] | None = None

    def number(self, k: int) -> tuple[float | str, int] | None:
        """:meth:`.Matchers.number`, memoized per (start, origin): the duration, relative,
        year and clock patterns that start at a number each read it (half the calls)."""
        if self.toks is not self._numbers_of:
            self._numbers, self._numbers_of = {}, self.toks
        key = (k, self.origin)
        numbers = self._numbers
        if key in numbers:
            return numbers[key]
        found = numbers[key] = Matchers.number(self, k)
        return found

    # -- scanning ------------------------------------------------------------------------
    def scan(self, toks: list[Token], lows: list[str] | None = None) -> list[Match]:
        """Return the non-overlapping, longest-first matches over ``toks``.

        ``lows`` are the tokens' lower-case forms when the caller has them already
        (:func:`~.lexicon.tokens_and_lows`).
        """
        self.toks = toks
        self._core, self._rel = {}, {}
        if lows is None:
            lows = list(map(_low, toks))
        # No quarter to look for after the last quarter's or half's word (at each number, "the")
        self._last_quarter = -1
        if not self._quarter_words.isdisjoint(lows):
            quarters = map(self._quarter_words.__contains__, lows)
            self._last_quarter = max(compress(range(len(lows)), quarters))
        out: list[Match] = []
        words = self.triggers
        known = self.lex.words
        leaning = leaning_words(self.lex, words)
        dependent = dependent_words(self.lex, words)
        bound = bound_words(self.lex, words)
        determiners = leaning.keys() - bound  # ("the": a whole determiner alone)
        n = len(toks)
        floor = 0  # tokens before it belong to a match already made
        for i in candidates(lows, self._openers):
            if i < floor:
                continue
            t = toks[i]
            text = t.text
            # Digits, an apostrophe or a word: the leaning and dependent words are words.
            if text.isdigit():
                if (
                    i + 1 < n
                    and len(text) != 4
                    and toks[i + 1].gap
                    and lows[i + 1] not in known
                    and toks[i + 1].text.isalpha()
                ):
                    continue  # "12 people", "300 permukiman": a count, not a year or a date
                if number_alone(self, i):
                    continue  # "12 persen", "5 juta", "3)", "20.000 orang": nothing to read on
                if (
                    i
                    and not t.gap
                    and (
                        (toks[i - 1].text.isalpha() and lows[i - 1] != "x")
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
            elif text in _APOSTROPHES:
                if not (
                    i + 1 < n
                    and (not toks[i + 1].gap or self._get(i + 2, "decade_suffix"))
                    and len(toks[i + 1].text) == 2
                    and toks[i + 1].text.isdigit()
                    and (t.gap or not i or not toks[i - 1].text.isdigit())
                ):
                    continue  # an apostrophe starts only a year ("'98", "' 90 - an"; not 1'27.302)
            else:
                low = lows[i]
                partners = leaning.get(low)
                if partners is not None and (
                    i + 1 == n
                    or (
                        lows[i + 1] not in partners
                        and (
                            # ("at the", "not a": a bound word needs its partner, see
                            # starts.bound_words; else the next token is inert: it starts
                            # nothing, no prefix either)
                            low in bound
                            or (
                                lows[i + 1] not in words
                                and not toks[i + 1].text.isdigit()
                                and toks[i + 1].text not in _APOSTROPHES
                            )
                            # ("the same people", "the first time": the scan would skip the
                            # word after it, and nothing reads through it, see _skipped)
                            or (not t.nl and not toks[i + 1].nl and self._skipped(i + 1, lows))
                        )
                    )
                ):
                    continue  # "the city", "at the": nothing temporal can start here
                partners = dependent.get(low)
                if partners is not None and (
                    i + 1 == n
                    or (
                        # ("third-quarter", "two-year": a glued word follows; "first," no)
                        (toks[i + 1].gap or toks[i + 1].text in _STOPS)
                        and lows[i + 1] not in partners
                        and (
                            (
                                lows[i + 1] not in known
                                and not toks[i + 1].text.isdigit()
                                and toks[i + 1].text not in _APOSTROPHES
                            )
                            # ("about the city", "that the war": see _after_dependent)
                            or (
                                lows[i + 1] in determiners
                                and toks[i + 1].gap
                                and self._after_dependent(i, lows)
                            )
                        )
                    )
                ):
                    continue  # "a statement", "about the city": no unit, month or number
            best = self.match_at(i)
            past = self._get(i, "past_prefix")
            if past is not None:
                best = self._this_past(i, past[1]) or best
            if best is not None and best.sem.day is not None and self._date_name(i):
                floor = best.j  # "Stadion 17 Mei", "Jalan 17 Agustus": a name
                continue
            if best is not None and self._doubled(best.j):
                floor = best.j + 2  # "sehari-hari" (everyday), "nanti - nanti": a doubled word
                continue
            if best is not None:
                best = self._week_of(best)
                best = self._amount_range(best, out[-1].j if out else 0)
                if best.ptype == "age":
                    floor = best.j
                    continue
                best = self._day_then_clock(best)
                best = self._deictic_with_date(best)
                best = self._night_before(best, out[-1].j if out else 0)
                best = self._lean_after(best)
                best = self._frequency(best, out[-1].j if out else 0)
                first = self._range_start(best, out[-1].j if out else 0)
                if first is not None:
                    out.extend(self._day_list(first, out[-1].j if out else 0))
                elif out:
                    out[-1] = self._range_opened(out[-1], best)
                out.append(best)
                floor = best.j
                last = self._range_end(best)
                if last is not None:
                    out.append(last)
                    floor = last.j
        return out

    def _skipped(self, k: int, lows: list[str]) -> bool:
        """Whether ``scan`` skips the word at ``k`` by its leaning, bound or dependent test.

        Such a word needs a partner or a word of the pack right after it, and has neither; a
        leaning word before it ("the same people", "the first time"), not its partner, reads
        nothing either: after the determiner come the same readings as at ``k`` (the origin
        is no matter on one line), and what reads the determiner with the word (a unit, a
        quarter's ordinal) needs the word after it too.
        """
        toks, n, low = self.toks, len(self.toks), lows[k]
        partners = leaning_words(self.lex, self.triggers).get(low)
        if partners is not None:
            return k + 1 == n or (
                lows[k + 1] not in partners
                and (
                    low in bound_words(self.lex, self.triggers) or inert(toks[k + 1], self.triggers)
                )
            )
        partners = dependent_words(self.lex, self.triggers).get(low)
        return partners is not None and (
            k + 1 == n
            or (
                (toks[k + 1].gap or toks[k + 1].text in _STOPS)
                and lows[k + 1] not in self.lex.words
                and lows[k + 1] not in partners
                and not toks[k + 1].text.isdigit()
                and toks[k + 1].text not in _APOSTROPHES
            )
        )

    def _after_dependent(self, i: int, lows: list[str]) -> bool:
        """Whether the dependent word at ``i`` ("about", "that", "several"), no position word,
        starts nothing before a determiner ("the") that the scan skips: an inert token after
        it ("about the city", "that the war"), all on one line.

        The word's qualifier reads on at the determiner (where nothing starts: the readings of
        :meth:`match_at` there, from either origin on one line), and a number, a qualifier or
        a relative word needs a unit, a month or a number right after it, not a determiner.
        A position word ("early") would read the determiner and look after it ("early the
        morning"): those are left to ``match_at``.
        """
        toks = self.toks
        return (
            not toks[i].nl
            and not toks[i + 1].nl
            and "position_mods" not in self._classes.get(lows[i], ())
            and self._skipped(i + 1, lows)
        )

    # -- day ranges ----------------------------------------------------------------------
    def _deictic_with_date(self, m: Match) -> Match:
        """ "Kemarin (29/12/2014)": a deictic day and its date in brackets are one DATE.

        As "Kamis (28/11/2013)" is one; IndoTimex's grammar reads "kemarin (19/11)" whole.
        """
        s = m.sem
        if (
            s.kind != "date"
            or s.rel_unit != "day"
            or s.anaphoric
            or s.hour is not None
            or s.part is not None
        ):
            return m
        j = m.j
        if not self._is(j, "("):
            # "besok Jumat", "kemarin Kamis": the day and its weekday are one DATE ("Besok
            # Jumat (3/11)" with its date too)
            wd = self._get(j, "weekdays") if self._near(j) and s.rel_n else None
            if not (wd and self.toks[j].gap):
                return m
            m, j = Match(m.i, wd[1], s, m.ptype), wd[1]
            if not self._is(j, "("):
                return m
        self.origin = m.i
        for d in self.p_numeric_date(j + 1, allow_short=True):
            if d.sem.day is not None and self._is(d.j, ")"):
                return Match(m.i, d.j + 1, d.sem, "weekday")
        return m

    def _lean_after(self, m: Match) -> Match:
        """ "Oktober nanti", "Sabtu nanti", "akhir tahun nanti": a word after a date that says
        it lies ahead (``lean_after``) belongs to it and makes it the coming one."""
        s = m.sem
        hit = self._get(m.j, "lean_after") if s.kind == "date" and s.ref is None else None
        if hit is None or s.lean or (s.rel_n and not s.anaphoric):
            return m
        return Match(m.i, hit[1], replace(s, lean=int(hit[0])), m.ptype)

    def _night_before(self, m: Match, floor: int) -> Match:
        """ "malam Minggu": the night before the day, Saturday night (Indonesian usage).

        IndoTimex's grammar reads "malam Minggu" as "Sabtu malam"; "Minggu malam" is Sunday's.
        """
        s = m.sem
        k = m.i - 1
        if (
            k < floor
            or s.kind != "date"
            or s.weekday is None
            or s.day is not None
            or s.part is not None
            or s.hour is not None
            or self._get(k, "night_before") is None
            or not self._near(m.i)
        ):
            return m
        return Match(k, m.j, replace(s, weekday=(s.weekday - 1) % 7, part="NI"), m.ptype)

    def _amount_range(self, m: Match, floor: int) -> Match:
        """ "satu hingga dua tahun", "2-3 hari": a range of amounts is one vague DURATION.

        TimeBank marks "the next 12 to 18 months" as one PXM; without the first number only
        "dua tahun" would be marked, after a "hingga" that reads as "until".
        """
        s = m.sem
        if s.kind != "duration" or s.dur_unit is None or s.mod is not None:
            return m
        i = m.i
        # the separator: "-", "hingga", "sampai dengan" just before the amount
        sep = next((k for k in range(max(floor, i - 3), i) if self._range_sep(k) == i), None)
        if sep is None or self.toks[sep].low in ("dan", "and"):
            return m
        for k in range(max(floor, sep - 3), sep):
            num = self.number(k)
            if num is None or num[1] != sep or num[0] == "X":
                continue
            if k > 0 and self.toks[k - 1].text in (",", ".", "/") and not self.toks[k].gap:
                return m  # the end of a larger number or a date, not a first amount
            sem = replace(s, dur_n="X", mod=None)
            # ("youths aged 16 to 18 years": a range of ages, no time)
            return Match(k, m.j, sem, "age" if self._age_before(k) else m.ptype, m.adjectival)
        return m

    def _date_name(self, i: int) -> bool:
        """Whether a capitalized word of the pack's ``date_name_before`` precedes token ``i``."""
        prev = self.toks[i - 1] if i > 0 else None
        if prev is not None and prev.text == "." and i > 1:
            prev = self.toks[i - 2]  # "Jl. 17 Agustus"
        return (
            prev is not None
            and prev.text[:1].isupper()
            and prev.low in (self.lex.pack.get("date_name_before") or ())
        )

    def _doubled(self, j: int) -> bool:
        """Whether "-" and the end of the word before it follow token ``j - 1`` (with a clitic
        of the pack's ``clitics`` after it: "sehari-harinya", daily)."""
        toks = self.toks
        if not (j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].text.isalpha()):
            return False  # (not a span of years, "2010-2010")
        second = toks[j + 1].low
        for clitic in self._clitics:
            if second.endswith(clitic) and len(second) - len(clitic) >= 3:
                second = second[: -len(clitic)]
                break
        return len(second) >= 3 and toks[j - 1].low.endswith(second)

    def match_at(self, i: int) -> Match | None:
        """The longest expression starting at token ``i`` (prefixes included), or None."""
        self.origin = i
        best: Match | None = None
        toks = self.toks
        if i >= len(toks) or _PREFIXES.isdisjoint(self._classes.get(toks[i].low, ())):
            # No qualifier, determiner or position word at ``i`` (digits, "years", "Friday"):
            # the loops below would take each core match as it is, the first of the longest.
            for m in self.core(i):
                if best is None or m.j > best.j:
                    best = m
            return None if best is None else Match(i, best.j, best.sem, best.ptype)
        outside = self._get(i, "mods_outside")
        if outside is not None:
            # "about two weeks": the qualifier sets mod but stays outside the span (TimeBank).
            cores = self.core(outside[1])
            longest = max((m.j for m in cores), default=0)
            for m in cores:
                # (not the amount of "about two years ago": the date reaches further)
                if m.j == longest and (
                    m.sem.kind == "duration" or m.sem.hour is not None or m.sem.rel_n
                ):
                    sem = replace(m.sem, mod=str(outside[0]))
                    if best is None or m.j > best.j:
                        best = Match(outside[1], m.j, sem, m.ptype)
        for det, k1 in self._opt(i, "determiners"):
            for mod, k2 in self._opt(k1, "mods"):
                for pmod, k3 in self._opt(k2, "position_mods"):
                    k4 = k3
                    if pmod is not None:
                        if name_part(self.toks, k2):
                            continue  # "Timur Tengah hari ini": the Middle East, today
                        if self._is(k4, "-"):
                            k4 += 1
                        for _, kk in self.lex.lookup(self.toks, k4, "linkers")[:1]:
                            k4 = kk
                        for _, kk in self.lex.lookup(self.toks, k4, "determiners")[:1]:
                            k4 = kk
                    bare = self._bare_unit(k4) + self._bare_part(i, k4) if pmod is not None else []
                    for m in self.core(k4) + bare:
                        sem = m.sem
                        if pmod is not None:
                            if sem.kind != "date" or sem.ref is not None:
                                continue
                            if mod is not None and str(mod) in _RANGE_MODS:
                                continue
                            if m.ptype != "rel" and self.toks[k2].low in self._rel_only:
                                continue  # "[earlier] Friday" but "earlier this week"
                            sem = replace(sem, mod=str(pmod))
                        elif mod is not None:
                            # ("sekitar belasan tahun yang lalu": some years ago, PAST_REF)
                            if sem.kind == "set" or (
                                sem.ref is not None and (sem.ref != "PAST_REF" or m.ptype == "ref")
                            ):
                                continue
                            if sem.kind == "date" and str(mod) in _RANGE_MODS:
                                if not (
                                    (sem.shift or sem.rel_unit == "century")
                                    and not sem.anaphoric
                                    and (sem.rel_n or 0) < 0
                                ):
                                    continue  # "hingga pekan ini": a relation, not the date's
                                # "more than 20 years ago": before that year (TimeML BEFORE)
                                mod = _AGO_MODS[str(mod)]
                            sem = replace(sem, mod=str(mod))
                        start = k1
                        if (
                            det is not None
                            and (
                                m.ptype in _DET_TYPES
                                or pmod is not None
                                or self.toks[k1].low in self._det_only
                            )
                            and (not m.adjectival)
                        ):
                            start = i
                        if (
                            det is not None
                            and start == i
                            and (
                                m.ptype in ("rel",)
                                # "the previous Friday", "the following Monday": the weekday
                                # before / after the day the story tells of
                                or (m.ptype == "weekday" and self.toks[k1].low in self._det_only)
                                # "the previous December": the one before the story's date
                                or (
                                    m.ptype == "month"
                                    and sem.rel_unit == "month_named"
                                    and self.toks[k1].low in self._det_only
                                )
                            )
                            and sem.rel_n
                            and not sem.shift  # "the year-ago quarter" counts from today
                        ):
                            sem = replace(sem, anaphoric=True)
                        cand = Match(start, m.j, sem, m.ptype)
                        if (
                            best is None
                            or cand.j > best.j
                            or (cand.j == best.j and cand.i < best.i)
                        ):
                            best = cand
        return best

    def _bare_unit(self, k: int) -> list[Match]:
        """After "end of" / "akhir": the current one of a bare unit ("the end of the year")."""
        unit = self._get(k, "units")
        if unit is None or unit[0] not in _BARE_UNITS or self._get(k, "plural_units"):
            return []
        if unit[0] == "half" and self._half_of_match(k, unit[1]):
            return []  # "akhir paruh pertama": the end of a match's first half
        return [Match(k, unit[1], Sem(rel_unit=str(unit[0]), rel_n=0), "rel")]

    def _bare_part(self, i: int, k: int) -> list[Match]:
        """After "early" / "mid" / "late": a part of the story's day ("in the early afternoon",
        "by mid afternoon"), or of the day a word after it names ("mid-afternoon yesterday")."""
        part = self._get(k, "day_parts")
        if part is None:
            return []
        j = part[1]
        day = self._get(j, "days") if self._near(j) else None
        if day is not None:
            sem = Sem(rel_unit="day", rel_n=int(day[0]), part=str(part[0]))
            return [Match(k, day[1], sem, "rel")]
        if not self._story_part(i, j):
            return []
        return [Match(k, j, Sem(rel_unit="day", rel_n=0, part=str(part[0]), anaphoric=True), "rel")]

    def core(self, k: int) -> list[Match]:
        """All core expressions starting at token ``k``."""
        if k >= len(self.toks):
            return []
        t = self.toks[k]
        digit = t.text.isdigit()
        if t.low not in self.starts and not digit and t.text not in _APOSTROPHES:
            return []
        # Memoized per (start, origin): prefixes make match_at ask for the same core twice.
        key = (k, self.origin)
        hit = self._core.get(key)
        if hit is not None:
            return hit
        out: list[Match] = []
        # (the dispatch cache of _patterns_for read here first: one call less per start)
        for fn in self._dispatch.get((t.low, digit)) or self._patterns_for(t):
            out.extend(fn(self, k))
        self._core[key] = out
        return out

    def _patterns_for(self, t: Token) -> tuple:
        """The patterns that can start at a token like ``t`` (by its word classes)."""
        digit = t.text.isdigit()
        key = (t.low, digit)
        found = self._dispatch.get(key)
        if found is None:
            classes = self._classes.get(t.low, frozenset())
            found = tuple(
                getattr(Grammar, name)
                for name, starts, on_digit in PATTERNS
                if (digit and on_digit)
                or classes & starts
                or (t.text in _APOSTROPHES and name == "p_year")
            )
            self._dispatch[key] = found
        return found
