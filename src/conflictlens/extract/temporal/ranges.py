"""Helpers of the date patterns: ranges of dates and months ("from 13 March to 7 May 1954",
"Januari-November 2014") and bare days of the month ("on the 17th").

Examples
--------
>>> from .grammar import Grammar
>>> from .lexicon import get_lexicon, tokenize
>>> g = Grammar(get_lexicon("en"))
>>> g.toks = tokenize("It landed on 16 September and on the 17th.")
>>> g._bare_day(8, 10)
True
"""

from __future__ import annotations

from dataclasses import replace

from .matchers import Match, Matchers, _int
from .normalize import Sem


class RangePatterns(Matchers):
    """Ranges of dates and months, and bare days of the month."""

    def _bare_day(self, k: int, j: int) -> bool:
        """ "on the 17th", "by the evening of the 12th": a day of the month the text tells of,
        an ordinal (``k:j``) after a determiner and a word that leads to a day (not "the 4th
        Infantry Division", "the 25th anniversary": no word follows but a determiner)."""
        toks = self.toks
        if j == k + 1 or k < 2 or self._get(k - 1, "determiners") is None:
            return False
        if toks[k - 2].low not in self.lex.pack.get("bare_day_before", ()):
            return False
        after = j < len(toks) and toks[j].text.isalnum()
        if not after or self._get(j, "determiners") is not None:
            return True
        # "On the 22nd Hodson shot ...": a subject after a day that opens the sentence (not "the
        # 4th Infantry Division"); "on the 17th and took ...": a verb after "and" (not "the 4th
        # and 5th Divisions")
        nxt = toks[j + 1] if j + 1 < len(toks) and self._near(j + 1) else None
        if nxt is None or not nxt.text.isalpha() or not nxt.text.islower():
            return False
        if toks[j].text.istitle() and toks[j].low not in self.lex.words:
            return self.sentence_start(k - 2)
        return toks[j].low in self.lex.pack.get("bare_day_and", ())

    def _short_decade(self, k: int, j: int, prefixed: bool) -> Match | None:
        """ "tahun 60-an", "era 90 - an": a decade of the 1900s by its two digits after a year
        prefix or a word of the pack's ``short_decade_before`` (not "level 60-an", "usia 30-an")."""
        toks = self.toks
        if not (
            prefixed or (k and toks[k - 1].low in self.lex.pack.get("short_decade_before", ()))
        ):
            return None
        v = _int(toks[j]) if j < len(toks) and len(toks[j].text) == 2 else None
        suf = self._get(j + 1, "decade_suffix") if v is not None and 30 <= v <= 90 else None
        if suf is None or v % 10:
            return None
        return Match(k, suf[1], Sem(decade=190 + v // 10, explicit=True), "decade")

    def _after_month(self, k: int) -> bool:
        """A capitalized month joined to a month just before it: "In February and March"."""
        toks = self.toks
        if k < 2 or not toks[k].text[:1].isupper() or not self._near(k - 1):
            return False
        if self.lex.first(toks, k - 1, "range_words") is None:
            return False
        mo = self.month(k - 2, True)
        return mo is not None and not mo[2] and toks[k - 2].text[:1].isupper()

    def _range_opened(self, a: Match, b: Match) -> Match:
        """ "from 13 March to 7 May 1954", "5 June and 10 June 1967": the first date of a range
        takes the year that closes it (the year before when its month comes later)."""
        s, t = a.sem, b.sem
        if (
            s.kind != "date"
            or s.year is not None
            or s.month is None
            or s.rel_unit is not None
            or s.weekday is not None
            or s.hour is not None
            or t.year is None
            or t.month is None
            or not t.explicit
            or t.rel_unit is not None
            or self._range_sep(a.j) != b.i
        ):
            return a
        year = t.year - 1 if s.month > t.month else t.year
        return Match(a.i, a.j, replace(s, year=year, explicit=True), a.ptype, a.adjectival)

    def _range_close(self, j: int) -> int | None:
        """The end of the month that closes a range of months at ``j`` ("- November")."""
        if self._is(j, "-", "–", "—") and self._adj(j) != self._adj(j + 1):
            return None  # "Januari -November": a hyphen spaced on one side only
        j = self._range_sep(j)
        if j is None:
            return None
        mo = self.month(j, True) if self._near(j) else None
        return None if mo is None or mo[2] else mo[1]

    def _range_year(self, j: int) -> int | None:
        """ "Januari-November 2014", "Juni hingga Agustus 2013": the year that closes a range
        of months is also its first month's."""
        end = self._range_close(j)
        yr = self.year(end) if end is not None else None
        return yr[0] if yr is not None else None

    def _range_relative(self, j: int, sem: Sem) -> Sem | None:
        """ "Januari - September tahun ini", "January to March last year": the first month
        of a range closed by a relative year is of that year."""
        end = self._range_close(j)
        rel = self._relative_year(end, sem) if end is not None else None
        return rel[0] if rel is not None else None
