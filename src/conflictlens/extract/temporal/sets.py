"""Patterns for sets (TIMEX3 SET): "every week", "setiap hari", "daily", "every Friday",
"each July", "every night", "tiap hari Jumat".

Examples
--------
>>> from .grammar import Grammar
>>> from .lexicon import get_lexicon, tokenize
>>> g = Grammar(get_lexicon("en"))
>>> g.toks = tokenize("every Saturday night")
>>> g.p_set(0)[0].sem.set_value
'XXXX-WXX-6TNI'
"""

from __future__ import annotations

from .durations import duration_value
from .matchers import Match, Matchers
from .normalize import Sem


class SetPatterns(Matchers):
    """Sets: repeated times and rates of occurrence."""

    def p_set(self, k: int) -> list[Match]:
        """``every week``, ``setiap hari``, ``daily``, ``every Friday``, ``per hari``."""
        out: list[Match] = []
        word = self._get(k, "sets")
        toks = self.toks
        if (
            word is not None
            and word[0]
            and not (toks[k].text[:1].isupper() and not self.sentence_start(k))  # "The Daily"
            # "Hungarian daily newspaper Magyar Nemzet": a publication
            and not (self._near(word[1]) and self._publication(word[1]))
            and not (  # "to rise 8.5% annually", "10,000 units annually": a rate, as "a year"
                k > 0
                and (toks[k - 1].text.isdigit() or self.lex.first(toks, k - 1, "rate_words"))
                and not self.lex.first(toks, k - 1, "frequency_words")
            )
        ):
            out.append(Match(k, word[1], Sem(kind="set", set_value=str(word[0])), "set"))
        sb = self._get(k, "set_before")
        if sb is None:
            return out
        j = sb[1]
        annual = self.toks[k].low not in self._unit_only_sets
        if not annual and not (k > 0 and self.lex.first(self.toks, k - 1, "frequency_words")):
            # "barel per hari", "dollars per day": a rate (a quantity over time), which TimeML
            # leaves unmarked like a speed; "dua kali per hari" counts occurrences, a SET.
            return out
        num = self.number(j)
        n: float | str = 1
        if num is not None and num[0] != "X":
            n, j = num
        if annual and j > sb[1] and isinstance(n, int) and 1 <= n <= 31 and self._near(j):
            mon = self.month(j, False)
            if mon is not None:  # "setiap 17 Agustus", "every 4 July"
                value = f"XXXX-{mon[0]:02d}-{n:02d}"
                out.append(Match(k, mon[1], Sem(kind="set", set_value=value), "set"))
                return out
        unit = self._get(j, "units")
        if annual and unit is not None and unit[0] == "month" and n == 1:
            # "setiap bulan Juli": the month names which month of every year
            named = self._annual(k, unit[1])
            if named is not None:
                out.append(named)
                return out
        part = self._get(j, "day_parts") if annual and j == sb[1] else None
        if part is not None and (self._get(part[1], "weekdays") or self._get(part[1], "holidays")):
            part = None  # "setiap malam Natal", "tiap malam minggu": a night of a named day
        if part is not None:  # "every night", "setiap malam (hari)": each day's night
            end = self._get(part[1], "weekday_prefix")
            value = f"XXXX-XX-XXT{part[0]}"
            out.append(
                Match(k, end[1] if end else part[1], Sem(kind="set", set_value=value), "set")
            )
            return out
        pre = self._get(j, "weekday_prefix")  # "tiap hari Jumat": every Friday
        if pre is not None and self._get(pre[1], "weekdays"):
            unit, j = None, pre[1]
        if unit is not None and unit[0] != "period":
            # "every weekend": each week's weekend (TimeML XXXX-WXX-WE), not two days apart
            value = "XXXX-WXX-WE" if unit[0] == "weekend" and n == 1 else duration_value(n, unit[0])
            out.append(Match(k, unit[1], Sem(kind="set", set_value=value), "set"))
            return out
        wd = self._get(j, "weekdays") if annual else None  # ("per Sabtu (26/1)": as of it)
        if wd is not None:
            value, j = f"XXXX-WXX-{int(wd[0]) + 1}", wd[1]
            part = self._get(j, "day_parts")  # "every Saturday night"
            if part is not None:
                value, j = f"{value}T{part[0]}", part[1]
            out.append(Match(k, j, Sem(kind="set", set_value=value), "set"))
            return out
        if annual and j == sb[1]:
            named = self._annual(k, j)
            if named is not None:
                out.append(named)
        return out

    def _annual(self, k: int, j: int) -> Match | None:
        """ "each July", "every March 15", "setiap musim panas": a day, month or season of every
        year, a set (TimeML: "every March" is XXXX-03)."""
        mon = self.month(j, False)
        if mon is not None:
            month, jj, _ = mon
            day = self.day_number(jj) if self._near(jj) else None
            if day is not None and not self._get(day[1], "units"):
                value, jj = f"XXXX-{month:02d}-{day[0]:02d}", day[1]
            else:
                value = f"XXXX-{month:02d}"
            return Match(k, jj, Sem(kind="set", set_value=value), "set")
        season = self._get(j, "seasons")
        if season is not None:
            return Match(k, season[1], Sem(kind="set", set_value=f"XXXX-{season[0]}"), "set")
        return None

    def _publication(self, j: int) -> bool:
        """Token ``j`` makes "daily"/"weekly" a publication: "daily newspaper" (a pack word)."""
        return j < len(self.toks) and bool(self._get(j, "publication_words"))
