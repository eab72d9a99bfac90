"""Patterns for calendar dates: numeric dates, month names, weekdays, years, quarters, seasons
(holidays, named days of the year, are in :mod:`.times`).

Examples
--------
>>> from .grammar import Grammar
>>> from .lexicon import get_lexicon, tokenize
>>> g = Grammar(get_lexicon("id"))
>>> g.toks = tokenize("Kamis (17/10/2013)")
>>> g.p_weekday(0)[0].sem.day
17
"""

from __future__ import annotations

from dataclasses import replace

from .matchers import Match, _int
from .normalize import Sem, valid_date
from .ranges import RangePatterns


class DatePatterns(RangePatterns):
    """Explicit and underspecified calendar dates."""

    # The last token that is a quarter's or a half's word (set by the scan; -1: none): every
    # quarter expression has one at or after its start (see ``p_quarter``)
    _last_quarter = 1 << 62

    def p_numeric_date(self, k: int, allow_short: bool = False) -> list[Match]:
        """``17/10/2013``, ``2013-10-17``, ``17.10.2013``; ``(23/12)`` inside parentheses."""
        toks = self.toks
        if k >= len(toks):
            return []
        a = _int(toks[k])
        if a is None:
            return []
        if not (self._is(k + 1, "/", "-", ".") and self._adj(k + 1) and self._adj(k + 2)):
            return []
        sep = toks[k + 1].text
        b = _int(toks[k + 2]) if k + 2 < len(toks) else None
        if b is None:
            return []
        la, lb = len(toks[k].text), len(toks[k + 2].text)
        has_third = (
            self._is(k + 3, sep)
            and self._adj(k + 3)
            and self._adj(k + 4)
            and (_int(toks[k + 4]) is not None)
        ) or (
            # "(8/12 / 2017)": a year after a spaced slash, in brackets (tokenized text)
            sep == "/"
            and k > 0
            and toks[k - 1].text == "("
            and self._is(k + 3, "/")
            and self._is(k + 5, ")")
            and len(toks[k + 4].text) == 4
            and _int(toks[k + 4]) is not None
        )
        if has_third:
            c, lc = _int(toks[k + 4]), len(toks[k + 4].text)
            if (
                self._adj(k + 5)
                and self._is(k + 5, sep, "/", "-", ".")
                and self._adj(k + 6)
                and (_int(toks[k + 6]) is not None)
            ):
                return []
            if la == 4 and lb <= 2 and lc <= 2:
                y, m, d = a, b, c
            elif lc in (2, 4) and la <= 2 and lb <= 2:
                y = c if lc == 4 else (1900 + c if c > 30 else 2000 + c)
                m, d = (b, a) if self.lex.date_order.startswith("D") else (a, b)
                if not valid_date(y, m, d):
                    m, d = d, m
            else:
                return []
            if not valid_date(y, m, d):
                return []
            return [Match(k, k + 5, Sem(year=y, month=m, day=d, explicit=True), "numdate")]
        if not allow_short and not (k > 0 and toks[k - 1].text == "(" and self._is(k + 3, ")")):
            return []
        if sep != "/" or la > 2 or lb > 2:
            return []
        m, d = (b, a) if self.lex.date_order.startswith("D") else (a, b)
        if not valid_date(2000, m, d):
            m, d = d, m
            if not valid_date(2000, m, d):
                return []
        return [Match(k, k + 3, Sem(month=m, day=d), "numdate")]

    def p_month_date(self, k: int) -> list[Match]:
        """``23 Desember 2022``, ``December 23, 2022``, ``Sept. 30``, ``September 2020``."""
        toks = self.toks
        out: list[Match] = []
        pre = self._get(k, "month_prefix")
        if pre is not None and self.month(pre[1], True) is not None:
            # "bulan Agustus": the category noun belongs to the month's expression
            return [replace(m, i=k) for m in self.p_month_date(pre[1])]
        pre = self._get(k, "date_prefix")
        if pre is not None:
            # "tanggal 28 Desember", "tanggal 28/12/2014": the word "date" belongs to the day
            days = self.p_month_date(pre[1]) + self.p_numeric_date(pre[1])
            return [replace(m, i=k) for m in days if m.i == pre[1] and m.sem.day is not None]
        dn = self.day_number(k)
        if dn is not None:
            j = dn[1]
            for _, jj in self.lex.lookup(toks, j, "linkers")[:1]:
                j = jj
            mo = self.month(j, False)
            if mo is not None:
                sem = Sem(month=mo[0], day=dn[0])
                j = mo[1]
                j = self._year_of_day(j, sem)
                if valid_date(sem.year or 2000, sem.month, sem.day):
                    sem, j = self._relative_year(j, sem) or self._deictic_after(j, sem)
                    sem, j = self._part_after(j, sem)
                    out.append(Match(k, j, sem, "month"))
            elif self._bare_day(k, j):
                out.append(Match(k, j, Sem(day=dn[0]), "day"))
            return out
        rb = self.rel_before(k)
        if (
            rb is not None
            and (mo := self.month(rb[1], True)) is not None
            and not mo[2]
            and not self._common_noun(rb[1])
        ):
            # "that November", "the following March": the story's, as "that spring" is
            anaph = self.toks[k].low in self._anaphoric_rel or (
                k > 0 and self.lex.first(self.toks, k - 1, "determiners") is not None and rb[0] != 0
            )
            sem = Sem(month=mo[0], rel_unit="month_named", rel_n=int(rb[0]), anaphoric=anaph)
            return [Match(k, mo[1], sem, "month")]
        mo = self.month(k, True)
        if mo is None:
            return out
        month, j, abbr = mo
        dn = self.day_number(j)
        if dn is not None and not (self._near(dn[1]) and self._get(dn[1], "units")):
            sem = Sem(month=month, day=dn[0])
            j2 = dn[1]
            j2 = self._year_of_day(j2, sem)
            if valid_date(sem.year or 2000, month, dn[0]):
                sem, j2 = self._relative_year(j2, sem) or self._deictic_after(j2, sem)
                sem, j2 = self._part_after(j2, sem)
                out.append(Match(k, j2, sem, "month"))
                return out
        jy = j + 1 if self._is(j, ",") else j
        for _, jj in self.lex.lookup(toks, jy, "linkers")[:1]:
            jy = jj
        if (bc := self._era_year(jy)) is not None:
            return [Match(k, bc[1], Sem(year=bc[0], month=month, bc=True, explicit=True), "month")]
        yr = self.year(jy)
        if yr is not None:
            sem, j = self._deictic_after(yr[1], Sem(year=yr[0], month=month, explicit=True))
            out.append(Match(k, j, sem, "month"))
            return out
        if not abbr and not self._common_noun(k):
            # "June last year", "Januari tahun depan", "June of that year": the month of a
            # relative year.
            rel = self._relative_year(j, Sem(month=month))
            if rel is not None:
                out.append(Match(k, rel[1], rel[0], "month"))
                return out
        if toks[k].low in self._modal_months and not (
            (k > 0 and self.lex.first(toks, k - 1, "year_context"))
            or self._after_month(k)
            or (k > 1 and toks[k - 1].text == "-" and self._get(k - 2, "position_mods"))  # mid-May
            or (k > 1 and (self._get(k - 2, "past_prefix") or (0, 0))[1] == k)  # this past May
        ):
            return out  # "May God protect them": a month alone needs "in"/"since"/... before it
        if not abbr and toks[k].text[:1].isupper():
            ra = self._get(j, "rel_after")
            if ra is not None and ra[0] in (-1, 1, 0) and not self._get(j, "units"):
                # "Juni lalu", "Oktober ini": the last / this / next one of that month
                n = int(ra[0])
                sem = Sem(month=month, rel_unit="month_named", rel_n=n)
                out.append(Match(k, ra[1], sem, "month"))
                return out
            y = self._range_year(j)
            sem = Sem(month=month) if y is None else Sem(year=y, month=month, explicit=True)
            if y is None:
                sem = self._range_relative(j, sem) or sem
            out.append(Match(k, j, sem, "month"))
        return out

    def _common_noun(self, k: int) -> bool:
        """A month name that is also a common word, in lower case: "this march", "may"."""
        t = self.toks[k]
        return t.low in self._modal_months and t.text == t.low

    def _relative_year(self, j: int, sem: Sem) -> tuple[Sem, int] | None:
        """ "June last year", "17 Oktober tahun lalu", "June of that year": a month or day of
        a relative year that follows it (``None`` when none does)."""
        if sem.year is not None:
            return None
        jr = j
        for _, jj in self.lex.lookup(self.toks, j, "linkers")[:1]:
            jr = jj + (self.lex.first(self.toks, jj, "determiners") is not None)
        for m in self.p_relative(jr) if jr == j or self._near(jr) else ():
            if m.sem.rel_unit == "year" and not (m.sem.shift and m.sem.anaphoric):
                rel = replace(sem, rel_unit="year", rel_n=m.sem.rel_n, anaphoric=m.sem.anaphoric)
                return rel, m.j
        return None

    def _deictic_after(self, j: int, sem: Sem, weak: bool = False) -> tuple[Sem, int]:
        """ "27 November 2014 lalu", "1 Januari 2014 mendatang", "penghujung 2013 ini": a deictic
        word after a date belongs to its expression (``date_rel_after``, the IndoTimex
        convention). On a day without a year it tells which way the day lies ("27 November
        mendatang"). ``weak``: a bare year, which takes "ini" only after a word that announces
        it ("hingga 2013 ini")."""
        hit = self._get(j, "date_rel_after")
        if hit is None or (weak and not hit[0]):
            return sem, j
        if self._get(hit[1], "units") or self._is(hit[1], "-") or self._get(hit[1], "day_parts"):
            # "Juni ini hari", compounds, "2017 kemarin malam": not a deictic word of the date
            return sem, j
        if sem.year is None and hit[0]:
            sem = replace(sem, lean=int(hit[0]))
        return sem, hit[1]

    def p_weekday(self, k: int) -> list[Match]:
        """``Friday``, ``last Friday``, ``Jumat (23/12)``, ``Kamis (17/10/2013)``."""
        toks = self.toks
        pre = self._get(k, "weekday_prefix")
        if pre is not None and self._get(pre[1], "weekdays") is not None:
            # "hari Kamis": the category noun belongs to the weekday's expression
            return [replace(m, i=k) for m in self.p_weekday(pre[1])]
        rb = self.rel_before(k)
        j = rb[1] if rb else k
        wd = self._get(j, "weekdays")
        if wd is None:
            return []
        if rb is None and not toks[j].text[:1].isupper():
            return []
        if (
            rb is None
            and k > 0
            and (
                (toks[k - 1].text[:1].isupper() and self._get(k - 1, "day_name_modifiers"))
                or self._get(k - 1, "day_name_nouns")
            )
        ):
            return []  # "Super Tuesday", "Black Friday", "salat Jumat": an event's name
        # "minggu lalu" is a week, not a Sunday: a unit followed by a relative word wins.
        if self._get(j, "units") and self._get(wd[1], "rel_after"):
            return []
        sem = Sem(weekday=int(wd[0]), rel_n=int(rb[0]) if rb else None)
        j = wd[1]
        ra = self._get(j, "rel_after")
        if rb is None and ra is not None and ra[0] in (-1, 1):
            sem.rel_n, j = int(ra[0]), ra[1]
        elif rb is None and (this := self._this_after(j)) is not None:
            sem.rel_unit, sem.rel_n, j = "week", 0, this  # "Rabu ini": this week's Wednesday
        week = self._week_after(j) if sem.rel_n is None else None
        if week is not None:  # "Senin pekan depan", "Rabu pekan ini", "Monday next week"
            sem.rel_unit, sem.rel_n, j = "week", week[0], week[1]
        part = self._get(j, "day_parts")
        if part is not None:
            sem.part, j = str(part[0]), self._zone_after(part[1])  # "(Kamis pagi WIB)"
        # An explicit date after the weekday: "Jumat (23/12)", "Friday, January 4, 2019".
        jd = j
        if self._is(jd, ",") and self._is(jd + 1, "("):
            jd += 1  # "Selasa, (14/11/2017)"
        paren = self._is(jd, "(")
        if paren or self._is(jd, ","):
            jd += 1
        for m in self.p_numeric_date(jd, allow_short=paren) + self.p_month_date(jd):
            if m.sem.day is None:
                continue
            if paren and not self._is(m.j, ")"):
                continue
            end = m.j + 1 if paren else m.j
            s = replace(m.sem, weekday=sem.weekday, part=sem.part)
            part = self._get(end, "day_parts") if s.part is None else None
            if part is not None:
                # "Rabu (3/12/2014) malam", "Senin (12/6) dini hari WIB"
                s.part, end = str(part[0]), self._zone_after(part[1])
            if paren:
                s, end = self._deictic_after(end, s)  # "Minggu (28/12/2014) lalu"
            return [Match(k, end, s, "weekday")]
        tm = self.p_time(j) if self._near(j) else []
        if tm and tm[0].sem.hour is not None and tm[0].sem.day is None:
            s = replace(sem, hour=tm[0].sem.hour, minute=tm[0].sem.minute, tz=tm[0].sem.tz)
            return [Match(k, tm[0].j, s, "weekday")]
        if rb is None and j - k == 1 and self._in_name(k):
            return []
        ra = self._get(j, "rel_after") if sem.part and sem.rel_n is None else None
        if ra is not None and ra[0] in (-1, 1):
            sem.rel_n, j = int(ra[0]), ra[1]  # "Sabtu pagi lalu"
        return [Match(k, j, sem, "weekday")]

    def _in_name(self, k: int) -> bool:
        """A weekday right after a capitalized word, no comma between: part of a name ("Pasar
        Minggu", "Jl Raya Pasar Minggu") in languages whose datelines set the day off with a
        comma ("di Jakarta, Kamis"); pack flag ``weekday_after_name``."""
        if self._weekday_after_name or k < 2 or not self._near(k):
            return False
        prev, nxt = self.toks[k - 1], self.toks[k + 1] if k + 1 < len(self.toks) else None
        if nxt is None or nxt.text in (".", "(") or nxt.nl:
            return False  # "kata Amin di Jakarta Rabu.", "tiba di Jakarta Senin (5/2)"
        return (
            prev.text[:1].isupper()
            and prev.text.isalpha()
            and not self.sentence_start(k - 1)
            and prev.low not in self.lex.words
        )

    def p_year(self, k: int) -> list[Match]:
        """``1990``, ``tahun 2020``, ``fiscal 1989``, ``1990s``, ``1990-an``, ``abad ke-20``."""
        toks = self.toks
        out: list[Match] = []
        # A class test before each reading at ``k``: the one its lookup makes first
        classes = self._classes.get(toks[k].low, ()) if k < len(toks) else ()
        pre = self._get(k, "year_prefix") if "year_prefix" in classes else None
        j = pre[1] if pre else k
        bc = self._bc_year(j)
        if bc is not None:
            return [Match(k, bc[1], Sem(year=bc[0], bc=True, explicit=True), "year")]
        ad = self._ad_year(j)
        if ad is not None:
            return [Match(k, ad[1], Sem(year=ad[0], explicit=True), "year")]
        short = self._short_decade(k, j, pre is not None)  # "tahun 60-an", "era 90 - an"
        if short is not None:
            return [short]
        yr = self.year(j, bare=pre is None)
        if yr is not None and pre is None and self._reference_number(k, yr[1]):
            return out
        if yr is not None:
            y, j2 = yr
            suf = self._get(j2, "decade_suffix") if self._adj(j2) else None
            if suf is None and self._is(j2, "-") and not self._adj(j2 + 1):
                suf = self._get(j2 + 1, "decade_suffix")  # "1970 - an", spaced
            if suf is not None and y % 10 == 0:
                # "the 1800s" is a century (TimeML 18), "the 1990s" and "the 2000s" decades
                sem = Sem(century=y // 100, explicit=True) if y % 100 == 0 and y < 2000 else None
                sem = sem or Sem(decade=y // 10, explicit=True)
                out.append(Match(k, suf[1], sem, "century" if sem.century else "decade"))
            elif (
                pre is None
                and (q := self.p_quarter(j2))
                and q[0].sem.year is None
                and (q[0].sem.rel_unit is None)
            ):
                # "the 1988 third quarter"
                sem = replace(q[0].sem, year=y, explicit=True)
                out.append(Match(k, q[0].j, sem, "quarter"))
            else:
                weak = not (
                    pre is not None
                    or (k > 0 and self.lex.first(toks, k - 1, "year_context") is not None)
                    or self._after_position(k)
                )
                sem, j2 = self._deictic_after(j2, Sem(year=y, explicit=True), weak)
                out.append(Match(k, j2, sem, "year"))
            return out
        dw = self._get(k, "decade_words") if "decade_words" in classes else None
        if dw is not None and not (k and self.lex.first(toks, k - 1, "age_before_decade")):
            return [Match(k, dw[1], Sem(decade=190 + int(dw[0]), explicit=True), "decade")]
        # Centuries: "the 20th century" / "abad ke-20" / "abad XX".
        od = self.ordinal(k)
        if od is not None and (cw := self._get(od[1], "century_words")):
            era = self._get(cw[1], "era_bc") if self._near(cw[1]) else None
            if era is not None:
                # "the 2nd century BC": counted back from the era, 200-101 BC
                sem = Sem(century=od[0] - 1, bc=True, explicit=True)
                return [Match(k, era[1], sem, "century")]
            ad = self._get(cw[1], "era_ad") if self._near(cw[1]) else None
            end = ad[1] if ad is not None and self.toks[cw[1]].text.isupper() else cw[1]
            return [Match(k, end, Sem(century=od[0] - 1, explicit=True), "century")]
        cw = self._get(k, "century_words") if "century_words" in classes else None
        if cw is not None:
            od = self.ordinal(cw[1])
            if od is None and cw[1] < len(toks) and (v := _int(toks[cw[1]])) is not None:
                od = (v, cw[1] + 1)
            if od is not None and 1 <= od[0] <= 30:
                return [Match(k, od[1], Sem(century=od[0] - 1, explicit=True), "century")]
        return out

    def _year_of_day(self, j: int, sem: Sem) -> int:
        """Read the year after a day and month ("23 December 2022", "March 3, 2019", "2 August
        216 BC") into ``sem``; return the index after it (``j`` when there is none)."""
        jy = j + 1 if self._is(j, ",") else j
        era = self._era_year(jy)
        yr = era or self.year(jy)
        if yr is None:
            return j
        sem.year, sem.explicit, sem.bc = yr[0], True, era is not None
        return yr[1]

    def _trailing_year(self, j: int, sem: Sem) -> tuple[Sem, int]:
        """Attach "1989", "of 1989", "-2015", "tahun ini", "of last year" after a period."""
        jj = j
        if self._is(jj, "-") and self._adj(jj):
            jj += 1
        for _, k in self.lex.lookup(self.toks, jj, "linkers")[:1]:
            jj = k
        pre = self._get(jj, "year_prefix")
        bc = self._era_year(pre[1] if pre else jj)
        if bc is not None:
            return replace(sem, year=bc[0], bc=True, explicit=True), bc[1]
        yr = self.year(pre[1] if pre else jj)
        if yr is not None:
            return replace(sem, year=yr[0], explicit=True), yr[1]
        if jj > j and self.lex.first(self.toks, jj, "determiners") is not None:
            jj += 1  # "the summer of the following year"
            unit = self._get(jj, "units")
            if unit is not None and unit[0] == "year" and not self._get(jj, "plural_units"):
                # "the first half of the year": of the year the text is in
                return replace(sem, rel_unit="year", rel_n=0, anaphoric=True), unit[1]
        for m in self.p_relative(jj):
            if m.sem.rel_unit == "year":
                return replace(
                    sem, rel_unit="year", rel_n=m.sem.rel_n, anaphoric=m.sem.anaphoric
                ), m.j
        return sem, j

    def p_quarter(self, k: int, year_first: bool = True) -> list[Match]:
        """``the third quarter``, ``third-quarter``, ``Q3 2020``, ``kuartal III 2020``."""
        if k > self._last_quarter:
            # Each reading below ends with a quarter's or a half's word (starts.quarter_words)
            # at ``k`` or after it, or reads one here again further on: none is left
            return []
        lex, toks = self.lex, self.toks
        # "this year's third quarter", "the year-earlier third quarter": the year comes first.
        for m in self.p_relative(k) if year_first else ():
            if m.sem.rel_unit != "year" or m.j == k:
                continue
            j = m.j
            if (
                self._is(j, "'") and self._adj(j) and toks[j + 1].low == "s"
                if j + 1 < len(toks)
                else False
            ):
                j += 2
            for q in self.p_quarter(j, year_first=False):
                if q.sem.year is None and q.sem.rel_unit is None:
                    sem = replace(
                        q.sem, rel_unit="year", rel_n=m.sem.rel_n, anaphoric=m.sem.anaphoric
                    )
                    return [Match(k, q.j, sem, "quarter")]
        qn = self._get(k, "quarter_names")
        if qn is not None:
            sem, j = self._trailing_year(qn[1], Sem(quarter=int(qn[0])))
            near = [k - 1, *range(j, min(j + 7, len(toks)))]  # "the end of Q1 or ... Q2 2021"
            if sem.year is None and all(self.year(b) is None for b in near if b >= 0):
                return []  # a bare "Q2" is a qualifying session ("lolos ke Q2"), not a quarter
            return [Match(k, j, sem, "quarter")]
        pre = self._get(k, "quarter_prefix")
        if pre is not None:
            # "the fiscal first quarter", "fiscal second-quarter": the word belongs to the span
            j = pre[1] + 1 if self._is(pre[1], "-") else pre[1]
            return [replace(m, i=k) for m in self.p_quarter(j, year_first=False)]
        fin = self._get(k, "final_words")
        unit = self._get(fin[1], "units") if fin is not None else None
        if unit is not None and unit[0] in ("quarter", "half"):
            # "the last half" is the second half; "the last quarter" is the fourth only with a
            # year ("of 1989"): alone, reports mean the previous quarter.
            sem = Sem(half=2) if unit[0] == "half" else Sem(quarter=4)
            sem, j = self._trailing_year(unit[1], sem)
            if unit[0] == "half" or sem.year is not None:
                return [Match(k, j, sem, "quarter")]
        od = self.ordinal(k)
        adjectival = False
        if od is not None:
            adjectival = self._is(od[1], "-")
            j = od[1] + 1 if adjectival else od[1]
            unit = self._get(j, "units")
            if unit is None or unit[0] not in ("quarter", "half"):
                return []
            n, j = od[0], unit[1]
        else:
            unit = self._get(k, "units")
            if unit is None or unit[0] not in ("quarter", "half"):
                return []
            j = unit[1]
            od = self.ordinal(j)
            if od is None and j < len(toks) and (v := _int(toks[j])) is not None:
                od = (v, j + 1)
            if od is None:
                return []
            n, j = od[0], od[1]
        if unit[0] == "quarter" and 1 <= n <= 4:
            sem = Sem(quarter=n)
        elif unit[0] == "half" and 1 <= n <= 2:
            sem = Sem(half=n)
        else:
            return []
        del lex
        sem, jy = self._trailing_year(j, sem)
        of = self.lex.lookup(self.toks, j, "linkers")[:1] if jy == j else []
        if (
            of
            and of[0][1] < len(toks)
            and (toks[of[0][1]].low in self._possessives or self._get(of[0][1], "determiners"))
        ):
            return []  # "the second half of its convention" (not "the third quarter of $2m")
        if sem.half and jy == j and self._half_of_match(k, j):
            return []  # "paruh kedua" alone: a match's half, not the year's
        return [Match(k, jy, sem, "quarter", adjectival)]

    def p_season(self, k: int) -> list[Match]:
        """``summer``, ``last fall``, ``this summer``, ``musim panas 2020``."""
        rb = self.rel_before(k)
        j = rb[1] if rb else k
        se = self._get(j, "seasons")
        if se is None:
            return []
        sem = Sem(season=str(se[0]))
        j = se[1]
        if rb is not None:
            # "the following spring" counts from the story's last date, "next spring" from today
            toks, lex = self.toks, self.lex
            anaph = toks[k].low in (lex.pack.get("anaphoric_rel") or []) or (
                k > 0 and lex.first(toks, k - 1, "determiners") is not None and rb[0] != 0
            )
            sem = replace(sem, rel_unit="season", rel_n=int(rb[0]), anaphoric=anaph)
            return [Match(k, j, sem, "season")]
        ra = self._get(j, "rel_after")
        if ra is not None:
            return [Match(k, ra[1], replace(sem, rel_unit="season", rel_n=int(ra[0])), "season")]
        sem, j2 = self._trailing_year(j, sem)
        if sem.season == "WI" and sem.year is not None and not sem.bc and j2 > j:
            j2 = self._next_year_after(j2, sem.year)  # "the winter of 1941-42"
        elif j2 == j:
            closing = self._season_range_year(j)
            if closing is not None:
                # "the spring [and summer of 1941]"
                sem = replace(sem, year=closing.year, bc=closing.bc, explicit=True)
        if (
            j2 == j
            and sem.year is None
            and j - k == 1
            and not (
                k > 0
                and (
                    self.lex.first(self.toks, k - 1, "determiners")
                    or self.lex.first(self.toks, k - 1, "linkers")
                    or self.lex.first(self.toks, k - 1, "duration_context")
                    or self._after_position(k)
                    or self._season_pair(k, j)
                )
            )
        ):
            return []  # a lone one-word season ("fall") is too often a verb
        if j2 == j and sem.year is None and self._get(j, "linkers") and self._near(j + 1):
            nxt = self.toks[j + 1]
            if nxt.text[:1].isupper() and nxt.low not in self.lex.words:
                return []  # "the fall of France": a collapse, not autumn
            det = self.lex.first(self.toks, j + 1, "determiners") or self._get(j + 1, "rel_before")
            if det and j + 2 < len(self.toks):
                after = self.toks[j + 2]  # "the fall of the/that town" (not "of the same year")
                if after.text.isalpha() and after.low not in self.lex.words:
                    return []
        return [Match(k, j2, sem, "season")]

    def _next_year_after(self, j: int, year: int) -> int:
        """ "1941-42", "1939–1940" after a winter's year: the winter runs into the next year,
        which belongs to the span. Returns the new end."""
        if not (self._is(j, "-", "\u2013", "/") and self._adj(j) and self._adj(j + 1)):
            return j
        t = self.toks[j + 1] if j + 1 < len(self.toks) else None
        v = _int(t) if t is not None else None
        if v is None or (len(t.text) == 2 and v != (year + 1) % 100):
            return j
        if (len(t.text) == 4 and v != year + 1) or len(t.text) not in (2, 4):
            return j
        return j + 2

    def _season_range_year(self, j: int) -> Sem | None:
        """ "the spring and summer of 1941": the year that closes a pair of seasons is also the
        first one's."""
        rw = self._get(j, "range_words")
        if rw is None or not self._near(rw[1]):
            return None
        k = rw[1]
        if self.lex.first(self.toks, k, "determiners") is not None:
            k += 1
        se = self._get(k, "seasons")
        if se is None:
            return None
        sem, j2 = self._trailing_year(se[1], Sem(season=str(se[0])))
        return sem if j2 > se[1] and sem.year is not None else None
