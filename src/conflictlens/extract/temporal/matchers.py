"""Token-level building blocks shared by the temporal patterns.

:class:`Matchers` holds the scanning state (tokens, the token a match starts at) and small
matchers for numbers, ordinals, years, day numbers and month names. The patterns themselves live
in :mod:`.dates` and :mod:`.relative`; :class:`~.grammar.Grammar` combines them.

Examples
--------
>>> from .lexicon import get_lexicon, tokenize
>>> m = Matchers(get_lexicon("en"))
>>> m.toks = tokenize("twenty-five years")
>>> m.number(0)
(25, 3)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from .lexicon import APOSTROPHES, Lexicon, Token, _continues
from .normalize import Sem

_DATE_UNITS = {"day", "week", "weekend", "month", "quarter", "half", "year", "decade", "century"}


@dataclass(slots=True)
class Match:
    """A matched span: tokens ``i`` (inclusive) to ``j`` (exclusive) and what they mean."""

    i: int
    j: int
    sem: Sem
    ptype: str = ""
    adjectival: bool = False  # "third-quarter", "two-week": a modifier, the "the" is the noun's


def _int(tok: Token) -> int | None:
    # Long digit runs are never dates or counts of days (and int() of them is not linear).
    t = tok.text
    return int(t) if len(t) <= 9 and t.isdigit() and t.isascii() else None


@cache
def _pack_set(lex: Lexicon, key: str) -> frozenset[str]:
    """The words of the pack's list ``key`` (built once per language, not per document)."""
    return frozenset(lex.pack.get(key) or ())


# The word classes an ordinal can start with (digits aside).
_ORDINAL_WORDS = frozenset({"ordinals", "ordinal_prefix"})


class Matchers:
    """Scanning state and the small matchers every pattern uses."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.toks: list[Token] = []
        self.origin = -1  # the token a match starts at: a line break before it is fine
        self._classes = lex.classes
        self._index = lex._index
        self._det_only = _pack_set(lex, "rel_before_det_only")
        # Set words that only make rates ("per day"), not "every July" ("per 26 Desember": as of)
        self._unit_only_sets = _pack_set(lex, "set_before_unit_only")
        self._modal_months = _pack_set(lex, "modal_months")
        # Whether a weekday may follow a capitalized word directly ("told CNN Sunday")
        self._weekday_after_name = bool(lex.pack.get("weekday_after_name", True))
        # "Easter Monday, 24 April 1916": a holiday and its date after a comma are one DATE,
        # and a holiday's name is capitalized (English)
        self._holiday_dates = bool(lex.pack.get("holiday_date_apposition", False))
        self._decimal = lex.pack.get("decimal_sep")  # CLDR: "," in Indonesian, "." in English
        self._age_words = _pack_set(lex, "age_words")
        self._age_skip = _pack_set(lex, "age_skip")
        self._part_preps = _pack_set(lex, "day_part_prepositions")
        self._anaphoric_rel = _pack_set(lex, "anaphoric_rel")
        self._renaming = _pack_set(lex, "renaming_words")
        self._for_words = _pack_set(lex, "duration_for")
        # Words that may stand between a duration's context and a bare plural ("within just
        # days"), and the possessives after "of" that make it no amount ("years of his life")
        self._plural_skip = _pack_set(lex, "plural_skip")
        self._possessives = _pack_set(lex, "possessives")
        self._ordinal_prefix = _pack_set(lex, "ordinal_prefix")  # "ke-75"
        # Ordinal unit words ("second"), and words after them as units ("a second later")
        self._ordinal_units = _pack_set(lex, "ordinal_units")
        self._after_ordinal_unit = _pack_set(lex, "after_ordinal_unit")
        self._and_words = _pack_set(lex, "number_and")  # "hundred and five"

    # -- small helpers -------------------------------------------------------------------
    def _adj(self, k: int) -> bool:
        """Token ``k`` exists and touches the previous token (no space)."""
        return k < len(self.toks) and not self.toks[k].gap

    def _near(self, k: int) -> bool:
        """Token ``k`` exists on the same line as the previous token."""
        return k < len(self.toks) and (not self.toks[k].nl or k == self.origin)

    def _is(self, k: int, *chars: str) -> bool:
        return k < len(self.toks) and self.toks[k].text in chars and self._near(k)

    def _opt(self, k: int, cls: str) -> list[tuple[object, int]]:
        """Alternatives for an optional phrase of ``cls`` at ``k``: absent, or each phrase."""
        if not self._near(k) or cls not in self._classes.get(self.toks[k].low, ()):
            return [(None, k)]
        return [(None, k), *self.lex.lookup(self.toks, k, cls)]

    def _get(self, k: int, cls: str) -> tuple[object, int] | None:
        toks = self.toks
        n_toks = len(toks)
        if k >= n_toks:
            return None
        t = toks[k]
        if cls not in self._classes.get(t.low, ()) or (t.nl and k != self.origin):
            return None  # the cheap test first: most tokens start no phrase of this class
        # Lexicon.first, inline (the longest phrase; the class test found its entries)
        for key, value in self._index[cls][t.low]:
            n = len(key)
            if n == 1:
                return value, k + 1
            if k + n <= n_toks and toks[k + 1].low == key[1] and _continues(toks, k, key):
                return value, k + n
        return None

    def _reference_number(self, k: int, j: int) -> bool:
        """A year inside a reference number or name: "UU No.35 / 2014", "826/Pdt.g / 2017/PA.Jks"
        (not a month before it: "12/2014"; "PMK.010 / 2016" is a number's), "2019-nCoV"."""
        prev = self.toks[k - 2] if k > 1 else None
        before = (
            prev is not None
            and self._is(k - 1, "/")
            and ((_int(prev) or 99) > 12 or len(prev.text) > 2)
        )
        if before or (self._is(j, "/") and self._adj(j + 1) and self.toks[j + 1].text.isalpha()):
            return True
        if self._plate(k - 1, 2) and self._plate(j, 3):
            return True  # a vehicle's number plate: "B 1732 ZLO"
        # "2019-nCoV": a name with letters glued to the year (not "1990-an", "2019-June")
        return (
            self._is(j, "-")
            and self._adj(j)
            and self._adj(j + 1)
            and self.toks[j + 1].text.isalpha()
            and not any(self._get(j + 1, c) for c in ("decade_suffix", "months", "units"))
        )

    def _season_pair(self, k: int, j: int) -> bool:
        """A season word at ``k:j`` joined to one before it: "the summer and fall" (not
        "summer and winter habitats", where an unknown word follows)."""
        toks = self.toks
        if k < 2 or self._range_sep(k - 1) != k or not self._get(k - 2, "seasons"):
            return False
        return not (j < len(toks) and toks[j].low.isalpha() and toks[j].low not in self.lex.words)

    def _hyphened(self, j: int) -> bool:
        """Token ``j`` is a hyphen that glues a word to the one before: "now-former"."""
        toks = self.toks
        return self._is(j, "-") and self._adj(j) and self._adj(j + 1) and toks[j + 1].text.isalpha()

    def _plate(self, k: int, n: int) -> bool:
        """Token ``k`` is a spaced run of at most ``n`` capitals on the line ("B", "ZLO")."""
        if k < 0 or k >= len(self.toks) or not self._near(k):
            return False
        t = self.toks[k].text
        return self.toks[k].gap and len(t) <= n and t.isascii() and t.isupper() and t.isalpha()

    def _after_position(self, k: int) -> bool:
        """Token ``k`` follows "early" / "late" / "mid-" / "this past": "in early spring"."""
        toks = self.toks
        stop = k - 1 if k > 1 and toks[k - 1].text == "-" and not toks[k].gap else k
        for i in (stop - 1, stop - 2):  # one- or two-word qualifiers ("the end")
            for cls in ("position_mods", "past_prefix"):
                if i >= 0 and any(end == stop for _, end in self.lex.lookup(toks, i, cls)):
                    return True
        return False

    def _bc_year(self, k: int) -> tuple[int, int] | None:
        """ "490 BC", "264 SM", and the first year of "264 to 241 BC" / "499-450 BC": a year
        before the common era, as ``(year, end)``."""
        toks = self.toks
        v = _int(toks[k]) if k < len(toks) and len(toks[k].text) <= 4 else None
        if v is None or v < 1 or (k > 0 and not toks[k].gap and toks[k - 1].text in ".,$#:/"):
            return None
        era = self._get(k + 1, "era_bc")
        if era is not None:
            return v, era[1]
        # a range whose end carries the era: the start is of the same era
        j = self._range_sep(k + 1)
        if j is None:
            return None
        end = _int(toks[j]) if j < len(toks) and len(toks[j].text) <= 4 else None
        if end is None or end >= v or self._get(j + 1, "era_bc") is None:
            return None  # BC years count down: "499-450 BC"
        return v, k + 1

    def _ad_year(self, k: int) -> tuple[int, int] | None:
        """ "AD 14", "9 AD", "410 CE": a year of the common era with its era word (the word
        capitalized: "an ad" is no era), as ``(year, end)``."""
        toks = self.toks

        def era(i: int) -> tuple | None:
            if i >= len(toks) or toks[i].text == toks[i].low or not self._near(i):
                return None
            return self._get(i, "era_ad")

        def number(i: int) -> int | None:
            v = _int(toks[i]) if i < len(toks) and len(toks[i].text) <= 4 else None
            return v if v is not None and 1 <= v <= 2999 else None

        before = era(k)
        if before is not None and (v := number(before[1])) is not None:
            return v, before[1] + 1
        v = number(k)
        if v is None or (k > 0 and not toks[k].gap and toks[k - 1].text in ".,$#:/"):
            return None
        after = era(k + 1)
        return (v, after[1]) if after is not None else None

    def _era_year(self, k: int) -> tuple[int, int] | None:
        """ "216 BC" closing a date ("2 August 216 BC", "the spring of 146 BC"): a year before
        the common era with its era word, as ``(year, end)``."""
        bc = self._bc_year(k)
        if bc is None or self._get(k + 1, "era_bc") is None:
            return None
        return bc

    def sentence_start(self, k: int) -> bool:
        """Tell whether token ``k`` begins a sentence or a line."""
        return k == 0 or self.toks[k].nl or self.toks[k - 1].text in (".", "!", "?", '"', ":")

    def rel_before(self, k: int) -> tuple[object, int] | None:
        """A relative word before a unit ("last", "next"); some need "the" ("the following")."""
        rb = self._get(k, "rel_before")
        if (
            rb is not None
            and self.toks[k].low in self._det_only
            and not (k > 0 and self.lex.first(self.toks, k - 1, "determiners"))
        ):
            return None  # "following Wednesday's quake" is "after", not "the next"
        return rb

    def _range_sep(self, k: int) -> int | None:
        """The end of a range separator at ``k`` ("-", "and", "hingga"), or None."""
        if self._is(k, "-", "–", "—"):
            return k + 1
        hit = self._get(k, "range_words")
        return hit[1] if hit is not None else None

    def number(self, k: int) -> tuple[float | str, int] | None:
        """A cardinal at ``k``: digits ("44", "5,5"), number words ("dua puluh"), or vague."""
        toks = self.toks
        if k >= len(toks) or (toks[k].nl and k != self.origin):
            return None
        v = _int(toks[k])
        if v is not None:
            if (
                k > 1
                and not toks[k].gap
                and toks[k - 1].text in (",", ".")
                and not toks[k - 1].gap
                and toks[k - 2].text.isdigit()
            ):
                return None  # the "000" of "20.000 jam": inside a larger number
            j = k + 1
            # Thousands groups: "20.000 jam", "1,500 years" (three digits after the separator),
            # not after the language's decimal mark ("29,897 detik", "29.897 seconds").
            dec = self._decimal
            while (
                self._is(j, ",", ".")
                and toks[j].text != dec
                and self._adj(j)
                and self._adj(j + 1)
                and len(toks[j + 1].text) == 3
                and (group := _int(toks[j + 1])) is not None
                and 0 < v < 10**6  # ("0.144 detik": a leading zero groups no thousands)
            ):
                v, j = v * 1000 + group, j + 2
            # "2x24 jam": a product (the Indonesian way of writing 48 hours of detention)
            if (
                self._is(j, "x", "×")
                and self._adj(j)
                and self._adj(j + 1)
                and (times := _int(toks[j + 1])) is not None
            ):
                return v * times, j + 2
            # Decimal comma/point: "5,5 tahun", "1.5 hours".
            if self._is(j, ",", ".") and self._adj(j) and self._adj(j + 1):
                frac = toks[j + 1].text
                if frac.isdigit() and (
                    len(frac) == 1 or ((toks[j].text == dec or not v) and len(frac) <= 3)
                ):
                    return v + int(frac) / 10 ** len(frac), j + 2
            return v, j
        vague = self._get(k, "vague_numbers")
        if vague:
            return "X", vague[1]
        if "numbers" not in self._classes.get(toks[k].low, ()):
            return None  # the loop below would stop at once: no number word starts here
        total, current, j, seen = 0.0, 0.0, k, False
        # At most a few words ("dua ratus lima puluh"): a bound keeps the scan linear on long runs
        stop = min(len(toks), k + 10)
        while j < stop and (not toks[j].nl or j == self.origin):
            word = self.lex.first(toks, j, "numbers")
            if word:
                if seen and toks[j].low in ("a", "an"):
                    break
                if seen and current % 10 > 0 and word[0] in range(1, 10):
                    return "X", word[1]  # "satu dua hari", "dua tiga": one or two, a few
                current += float(word[0])
                j, seen = word[1], True
                if toks[j - 1].low in ("a", "an", "another") and (toks[j - 1].low == toks[k].low):
                    # An article is "one" alone or with a multiplier ("a year", "a hundred"),
                    # and so is "another" ("for another year"; "another six months": six)
                    if self.lex.first(toks, j, "numbers"):
                        return None  # (not "a two-year")
                    if not self.lex.first(toks, j, "multipliers"):
                        break
            elif seen and self.lex.first(toks, j, "teen_words"):
                current += 10
                j += 1
            elif seen and (mult := self.lex.first(toks, j, "multipliers")):
                current = max(current, 1.0) * float(mult[0])
                if mult[0] >= 1000:
                    total, current = total + current, 0.0
                j = mult[1]
            elif (seen and toks[j].text == "-" and self._adj(j) and self._adj(j + 1)) or (
                seen and current >= 100 and current % 100 == 0 and toks[j].low in self._and_words
            ):
                j += 1  # "twenty-five", "three hundred and twenty-five"
                continue
            else:
                break
        if not seen:
            return None
        if toks[j - 1].text == "-":
            j -= 1
        value = total + current
        return (int(value) if value == int(value) else value), j

    def ordinal(self, k: int) -> tuple[int, int] | None:
        """An ordinal at ``k``: "third", "3rd", "ketiga", "ke-3", "III"."""
        if k >= len(self.toks):
            return None
        if _ORDINAL_WORDS.isdisjoint(self._classes.get(self.toks[k].low, ())):
            return self._digit_ordinal(k)  # most tokens: no ordinal word, one set test
        hit = self._get(k, "ordinals")
        if hit:
            return int(hit[0]), hit[1]
        pre = self._get(k, "ordinal_prefix")
        if pre:
            j = pre[1] + 1 if self._is(pre[1], "-") else pre[1]
            v = _int(self.toks[j]) if j < len(self.toks) else None
            if v is not None:
                return v, j + 1
            return None
        return self._digit_ordinal(k)

    def _digit_ordinal(self, k: int) -> tuple[int, int] | None:
        """Digits with an ordinal suffix: "3rd", "20th"."""
        v = _int(self.toks[k]) if k < len(self.toks) else None
        if v is not None and self._adj(k + 1):
            suf = self._get(k + 1, "ordinal_suffixes")
            if suf:
                return v, suf[1]
        return None

    def year(self, k: int, bare: bool = False) -> tuple[int, int] | None:
        """A four-digit year at ``k`` (or "'98"). ``bare`` applies the stricter checks."""
        toks = self.toks
        if k >= len(toks) or (toks[k].nl and k != self.origin):
            return None
        t = toks[k]
        if (
            t.text in APOSTROPHES
            and (self._adj(k + 1) or self._get(k + 2, "decade_suffix"))
            and len(toks[k + 1].text) == 2
            and not (k > 0 and not t.gap and toks[k - 1].text in ("'", "`"))
        ):  # "'98", but not the opening quote of ''60 Minutes''
            v = _int(toks[k + 1])
            if v is not None:
                return (1900 + v if v > 30 else 2000 + v), k + 2
            return None
        v = _int(t)
        if v is None:
            return self._word_year(k, bare)
        if len(t.text) != 4 or not 1000 <= v <= 2999:
            return None
        # Part of a larger number ("1.990.000", "2,500") or a decimal.
        if (
            self._adj(k + 1)
            and self._is(k + 1, ".", ",", ":")
            and self._adj(k + 2)
            and (_int(toks[k + 2]) is not None)
        ):
            return None
        if k > 0 and not t.gap and toks[k - 1].text in (".", ",", "$", "#", ":", "/"):
            return None
        if bare:
            # Older years only after a word that announces a year ("in 1453", "sejak 1350").
            context = k > 0 and self.lex.first(toks, k - 1, "year_context") is not None
            # (or a decade: "the 1370s")
            decade = v % 10 == 0 and self._adj(k + 1) and self._get(k + 1, "decade_suffix")
            if not (1600 <= v <= 2100 or ((context or decade) and v <= 2100)):
                return None
            if k > 0 and (
                toks[k - 1].low in ("rp", "us", "no", "nomor", "$", "€", "£", "number")
                or self._get(k - 1, "year_not_after")  # "Resolution 1973", "Pasal 1999"
            ):
                return None
            if self._near(k + 1) and (
                self._get(k + 1, "not_after_year")  # "1770 km"
                # "1500 troops", "1846 pasien", but "in 1990 people ..."
                or (self._get(k + 1, "counted_after_year") and not context)
                or self._get(k + 1, "timezones")
                or self._get(k + 1, "weekdays")
            ):
                return None  # "1500 troops", "1639 UTC"
        return v, k + 1

    def _word_year(self, k: int, bare: bool) -> tuple[int, int] | None:
        """A year in words: "nineteen ninety-six" (century and year); "two thousand" after
        "the year"."""
        head = self._get(k, "numbers")
        if head is None:
            return None
        if not bare:
            num = self.number(k)
            if num is not None and isinstance(num[0], int) and 1000 <= num[0] <= 2999:
                return num[0], num[1]
        # Spoken years are two two-digit numbers; the first is 11-20 ("nineteen", "twenty")
        # and the second a two-digit number, so "twenty two" counts only with the tens word.
        if head[1] != k + 1 or not isinstance(head[0], int) or not 11 <= head[0] <= 20:
            return None
        tail = self.number(k + 1)
        if tail is None or not isinstance(tail[0], int) or not 10 <= tail[0] <= 99:
            return None
        year = head[0] * 100 + tail[0]
        if bare and not 1600 <= year <= 2100:
            return None
        return year, tail[1]

    def day_number(self, k: int) -> tuple[int, int] | None:
        toks = self.toks
        if k >= len(toks) or (toks[k].nl and k != self.origin):
            return None
        v = _int(toks[k])
        if v is None or len(toks[k].text) > 2 or not 1 <= v <= 31:
            return None
        j = k + 1
        if self._adj(j) and self._get(j, "ordinal_suffixes"):
            j = self._get(j, "ordinal_suffixes")[1]
        return v, j

    def month(self, k: int, need_context: bool) -> tuple[int, int, bool] | None:
        """A month name at ``k``: ``(month, end, abbreviated)``."""
        hit = self._get(k, "months")
        if hit:
            return int(hit[0]), hit[1], False
        hit = self._get(k, "month_abbr")
        if hit:
            j = hit[1] + 1 if self._is(hit[1], ".") and self._adj(hit[1]) else hit[1]
            return int(hit[0]), j, True
        return None

    # -- ranges of days and years; ages ----------------------------------------------------
    def _range_start(self, m: Match, floor: int) -> Match | None:
        """ "1-3 Januari 2020": the first day of a range, before a full date at ``m``."""
        s = m.sem
        i = m.i
        if s.hour is not None and s.minute is not None and i >= floor + 4:
            # "14.00 - 16.00 WIB": the first clock time of a range, before a clock time at ``m``
            k, toks = i - 4, self.toks
            h, mi = _int(toks[k]), _int(toks[k + 2])
            if h is None or mi is None or len(toks[k + 2].text) != 2 or self._range_sep(i - 1) != i:
                return None
            if (
                toks[k + 1].text in ".:"
                and self._adj(k + 1)
                and self._adj(k + 2)
                and (h, mi) < (s.hour, s.minute)
            ):
                return Match(k, k + 3, replace(s, hour=h, minute=mi, mod=None), m.ptype)
            return None
        if s.day is None or s.month is None or s.weekday is not None or s.hour is not None:
            return None
        for k in (i - 2, i - 3):
            if k < floor or k < 0 or self._range_sep(k + 1) != i:
                continue
            d = _int(self.toks[k]) if len(self.toks[k].text) <= 2 else None
            if d is not None and 1 <= d < s.day and not (k > 0 and self._is(k - 1, "/", ".")):
                return Match(k, k + 1, replace(s, day=d), m.ptype)
        return None

    def _day_list(self, first: Match, floor: int) -> list[Match]:
        """ "tanggal 23, 27, 28, 29 dan 30 Juni": the days listed before the range's first day
        ``first`` (text order), the first of them with its "tanggal"; ``first`` included."""
        out = [first]
        k = first.i
        while k >= floor + 2 and self._is(k - 1, ",") and len(self.toks[k - 2].text) <= 2:
            d = _int(self.toks[k - 2])
            if d is None or not 1 <= d < out[0].sem.day:
                break
            k -= 2
            out.insert(0, Match(k, k + 1, replace(first.sem, day=d), first.ptype))
        pre = self._get(k - 1, "date_prefix") if k > floor else None
        if pre is not None and pre[1] == k:
            out[0] = replace(out[0], i=k - 1)
        return out

    def _range_end(self, m: Match) -> Match | None:
        """ "March 3-5", "April 24 and 25": the last day of a range after a date at ``m``."""
        s = m.sem
        if s.year is not None and s.month is None and s.season is None and s.quarter is None:
            return self._short_year_end(m)
        if s.day is None or s.month is None or s.weekday is not None or s.hour is not None:
            return None
        last = self.toks[m.j - 1]
        if len(last.text) > 2 or _int(last) != s.day:
            return None  # "3 March - 5 ...": only a day number directly before the separator
        k = self._range_sep(m.j)
        if k is None or k >= len(self.toks) or not self._near(k):
            return None
        t = self.toks[k]
        d = _int(t) if len(t.text) <= 2 else None
        if d is None or not s.day < d <= 31:
            return None
        j = k + 1
        if self._near(j) and (
            self._get(j, "units")
            or self._get(j, "months")
            or (self._adj(j) and self.toks[j].text not in (",", ".", ")", ";"))
        ):
            return None  # "5 days", "5 Maret" (its own date), "5%"
        sem = replace(s, day=d)
        jy = j + 1 if self._is(j, ",") else j
        yr = self.year(jy)
        if yr is not None and s.year is None:
            sem.year, sem.explicit, j = yr[0], True, yr[1]
            s.year, s.explicit = yr[0], True  # "March 3-5, 2020": the year is both days'
        return Match(k, j, sem, m.ptype)

    def _short_year_end(self, m: Match) -> Match | None:
        """ "1939–45", "1914-18": the end of a range of years written with two digits."""
        s, toks, k = m.sem, self.toks, m.j
        if (
            s.bc
            or s.rel_unit is not None
            or s.decade is not None
            or len(toks[k - 1].text) != 4
            or not self._is(k, "-", "–", "—")
            or not self._adj(k)
            or not self._adj(k + 1)
            or len(toks[k + 1].text) != 2
            or (yy := _int(toks[k + 1])) is None
        ):
            return None
        end = s.year - s.year % 100 + yy
        if end <= s.year or (
            self._adj(k + 2) and (toks[k + 2].text.isalnum() or toks[k + 2].text in "-–/")
        ):
            return None  # "1998-99" counts on; "1950-51s", "1980-90-an", "2016-08-19" do not
        return Match(k + 1, k + 2, Sem(year=end, explicit=True), m.ptype)

    def _age_after_name(self, k: int, j: int) -> bool:
        """ "Cecep Rahmat, 24 tahun, ...", "M Syachrie (55 tahun)": years right after a name,
        closed by a comma, a bracket or "dan", are an age (only in packs with ``age_words``)."""
        if not self._age_words or j >= len(self.toks):
            return False
        b = k - 2 if k > 1 and self.toks[k - 1].text in (",", "(") else k - 1
        if b < 1 or (self.toks[j].text not in (",", ")", ";") and self.toks[j].low != "dan"):
            return False
        name = self.toks[b]
        return (
            name.text[:1].isupper()
            and name.text.isalpha()
            and name.low not in self.lex.words
            and not self.toks[b].nl
        )

    def _age_before(self, k: int) -> bool:
        """Whether an age word (pack list ``age_words``) comes just before token ``k``, past
        a few words of the pack's ``age_skip`` ("usianya masih 15 tahun")."""
        ages = self._age_words
        if not ages:
            return False
        for b in range(k - 1, max(k - 4, -1), -1):
            low = self.toks[b].low
            if low in ages:
                return True
            if low not in self._age_skip:
                return False
        return False

    def _half_of_match(self, i: int, j: int) -> bool:
        """Whether a half in ``toks[i:j]`` is named by a word of the pack's ``halves_need_year``
        ("paruh": without a year, a match's half) and no year follows."""
        words = self.lex.pack.get("halves_need_year") or ()
        return any(t.low in words for t in self.toks[i:j])
