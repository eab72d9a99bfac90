"""Clock times ("pukul 06.18 WIB", "10:35 a.m. Friday") and named days of the year (holidays).

Examples
--------
>>> from .grammar import Grammar
>>> from .lexicon import get_lexicon, tokenize
>>> g = Grammar(get_lexicon("id"))
>>> g.toks = tokenize("pukul 06.18 WIB")
>>> (g.p_time(0)[0].sem.hour, g.p_time(0)[0].sem.minute, g.p_time(0)[0].sem.tz)
(6, 18, '+07:00')
"""

from __future__ import annotations

from dataclasses import replace

from .feasts import feast_span
from .lexicon import name_part, possessive_at
from .matchers import Match, Matchers, _int
from .normalize import Sem


class TimePatterns(Matchers):
    """Clock times and holidays (the grammar mixes these in with the date and relative ones)."""

    _feast_of: tuple[list, str | None] | None = None  # (tokens, the first feast they name)

    def _elapsed(self, k: int, a: int, b: int, j: int) -> Match | None:
        """ "2:14:04" (hours, minutes, seconds) or "1:47.394" (minutes, seconds): a race time,
        an elapsed DURATION, not a clock time (no "at", a.m. or zone around it)."""
        toks = self.toks
        if not (self._adj(j) and self._adj(j + 1) and toks[j + 1].text.isdigit()):
            return None
        if k > 0 and self._get(k - 1, "clock_prepositions"):
            return None  # "at 10:15:30 local time": a clock time to the second
        if self._is(j, ":") and len(toks[j + 1].text) == 2 and int(toks[j + 1].text) < 60:
            end = j + 2
            if any(self._get(end, c) for c in ("am", "pm", "timezones")):
                return None  # "10:15:30 a.m.": a clock time to the second
            value = f"PT{a}H{b}M{int(toks[j + 1].text)}S"
        elif self._is(j, ".") and b < 60 and toks[k].text != "0":
            end, value = j + 2, f"PT{a}M{b}.{toks[j + 1].text}S"  # "1:47.394", a lap
        else:
            return None
        return Match(k, end, Sem(kind="duration", dur_value=value), "dur")

    def _zoned_clock(self, k: int, j: int, hhmm: int) -> bool:
        """ "1922 UTC", "0600 GMT": a four-digit clock time before its zone (not a conversion in
        brackets after another clock time, "7:37 p.m. (1137 UTC)")."""
        tz = self._get(j + 1, "timezones")
        if tz is None or not self.toks[j + 1].text.isupper() or hhmm % 100 > 59 or hhmm > 2400:
            return False
        return not (k > 0 and self.toks[k - 1].text == "(")

    def p_clock_offset(self, k: int) -> list[Match]:
        """``one minute past midnight``, ``a quarter to five``, ``ten minutes after 3 p.m.``:
        minutes after or before an hour, one clock time.

        The minutes are a fraction word ("quarter", "half") or a number with its unit; the hour
        is a clock time (:meth:`p_time`) or a bare number up to 12 ("half past ten"), so that "five
        to ten years" stays a range of amounts.
        """
        frac = self._get(k, "clock_fractions")
        if frac is not None:
            minutes, j = int(frac[0]), frac[1]
        else:
            num = self.number(k)
            if num is None or not isinstance(num[0], int) or not 0 < num[0] < 60:
                return []
            minutes, j = num
            unit = self._get(j, "units")
            if unit is None or unit[0] != "minute":
                return []
            j = unit[1]
        side = self._get(j, "clock_offsets")
        if side is None:
            return []
        j = side[1]
        hour = next((m for m in self.p_time(j) if not m.sem.minute), None)
        if hour is not None and hour.sem.hour is not None:
            sem, h, end = hour.sem, hour.sem.hour, hour.j
        else:
            num = self.number(j) if self._near(j) else None
            if num is None or num[0] not in range(1, 13) or self._get(num[1], "units"):
                return []
            sem, h, end = Sem(rel_unit="day", rel_n=0), int(num[0]), num[1]  # (on the day)
        at = (h * 60 + int(side[0]) * minutes) % (24 * 60)
        return [Match(k, end, replace(sem, hour=at // 60, minute=at % 60), "time")]

    def p_time(self, k: int) -> list[Match]:
        """``pukul 06.18 WIB``, ``10:35 a.m.``, ``6 a.m.``, ``noon Thursday``, ``jam 7 pagi``."""
        toks = self.toks
        pre = self._get(k, "time_prefix")
        j = pre[1] if pre else k
        sem: Sem | None = None
        clock = self._get(j, "clock_words")
        if clock is not None and pre is None and name_part(toks, j):
            return []  # "Timur Tengah hari ini": a name, then today
        if clock is not None:
            sem, j = Sem(hour=int(clock[0]), minute=0), clock[1]
        else:
            half = self._get(j, "half_hour_before") if pre is not None else None
            j = half[1] if half is not None else j  # "jam setengah 11": half past ten
            h = _int(toks[j]) if self._near(j) else None
            jw = None  # the end of an hour in words
            if h is None and self._near(j):
                # "pukul lima pagi": a number word before a day part; "four o'clock"
                num = self.number(j)
                if num and isinstance(num[0], int) and 0 < num[0] <= 12:
                    after = self._get(num[1], "oclock") or (
                        pre is not None and self._get(num[1], "day_parts")
                    )
                    h, jw = (num[0], num[1]) if after else (None, None)
            zoned = (
                h is not None
                and jw is None
                and len(toks[j].text) == 4
                and pre is None
                and self._zoned_clock(k, j, h)
            )
            if zoned:
                h, zoned_minute, jw = h // 100, h % 100, j + 1
            elif h is None or (jw is None and len(toks[j].text) > 2) or h > 24:
                return []
            jj, minute = jw or j + 1, (zoned_minute if zoned else None)
            if jw is None and self._is(jj, ":", ".") and self._adj(jj) and self._adj(jj + 1):
                mm = toks[jj + 1].text
                if mm.isdigit() and len(mm) == 2 and int(mm) < 60:
                    minute, jj = int(mm), jj + 2
                    if (
                        toks[j + 1].text == "."
                        and pre is None
                        and not (
                            self._get(jj, "timezones")
                            or self._get(jj, "am")
                            or self._get(jj, "pm")
                            or self._get(jj, "day_parts")  # "3.48 dini hari"
                        )
                    ):
                        return []
            if minute is not None and pre is None:
                elapsed = self._elapsed(k, h, minute, jj)
                if elapsed is not None:
                    return [elapsed]
            sem = Sem(hour=h, minute=minute)
            if half is not None and minute is None and 0 < h <= 12:
                sem.hour, sem.minute = h - 1, 30
            j = jj
        ampm = False
        for cls, add in (("am", 0), ("pm", 12)):
            hit = self._get(j, cls)
            if hit is not None and sem.hour is not None and sem.hour <= 12:
                sem.hour = (sem.hour % 12) + add
                j, ampm = hit[1], True
                break
        oc = self._get(j, "oclock")
        if oc is not None:
            j, ampm = oc[1], True
        tz = self._get(j, "timezones")
        # lower-case zones only after "pukul" ("pukul 22.00 wib"): "wit" is also a word
        if tz is not None and (toks[j].text.isupper() or pre is not None):
            sem.tz, j = str(tz[0]), tz[1]
        part = self._get(j, "day_parts")
        if part is not None and (pre is not None or (sem.minute is not None and not ampm)):
            if (
                part[0] in ("AF", "EV", "NI")
                and sem.hour is not None
                and sem.hour < 12
                and (part[0] != "NI" or sem.hour >= 6)  # "jam 8 malam" 20:00, "jam 2 malam" 02:00
                and (part[0] != "AF" or sem.hour < 10)  # "jam 11 siang" 11:00, "jam 1 siang" 13:00
            ):
                sem.hour += 12
            j = part[1]
            here = self._get(j, "date_rel_after")
            if here is not None and here[0] == 0 and self._get(j, "past_markers"):
                j = here[1]  # "pukul 05.00 WIB pagi tadi": today's, already past
        else:
            part = None
        if clock is None and not (pre or ampm or sem.tz or sem.minute is not None):
            return []
        if (
            clock is None
            and sem.minute is not None
            and not (pre or ampm or sem.tz or part)  # "3.48 dini hari" is a time, "3.48" not
            and (
                toks[k + 1].text != ":"
                # "the Ineos 1:59 Challenge": between the words of a name
                or (
                    k > 0
                    and toks[k - 1].text.istitle()
                    and toks[k - 1].low not in self.lex.words
                    and j < len(toks)
                    and toks[j].text.istitle()
                )
            )
        ):
            return []
        # A day after the time: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".
        jd = j + 1 if self._is(j, ",") else j
        for m in self.p_weekday(jd) + self.p_month_date(jd) + self.p_relative(jd):
            if (
                m.sem.hour is None
                and m.sem.kind == "date"
                and m.sem.ref is None
                and not m.sem.anaphoric  # "at 11 a.m. the next day": two expressions
                # "midnight Wednesday night", "10 p.m. Friday evening": a part that agrees
                and (m.sem.part is None or _part_fits(m.sem.part, sem.hour))
            ):
                s = replace(m.sem, hour=sem.hour, minute=sem.minute, tz=sem.tz, part=None)
                return [Match(k, m.j, s, "time")]
        # A clock time alone is on the reference day.
        sem.rel_unit, sem.rel_n = "day", 0
        return [Match(k, j, sem, "time")]

    def _day_then_clock(self, m: Match) -> Match:
        """ "Minggu (28/12/2014) pukul 07.24 WIB": a day and its clock time are one TIME.

        The mirror of "pukul 7:55 WIB, Jumat (5/12/2014)" and TimeBank's "noon Thursday";
        IndoTimex's grammar reads a date followed by a time as one expression. Only a clock
        time led by its own word ("pukul", "jam") joins, optionally after "sekitar".
        """
        s = m.sem
        if (
            s.kind != "date"
            or s.hour is not None
            or s.ref is not None
            # "hari ini pukul 10.00 WIB"
            or not (
                (s.rel_unit is None and (s.day is not None or s.weekday is not None))
                or (s.rel_unit == "day" and s.rel_n in (-1, 0, 1) and not s.anaphoric)
            )
        ):
            return m
        # "Sabtu (27/1/2018), sekitar pukul 12:15": across a comma too, as the mirror order is
        k, mod = (m.j + 1 if self._is(m.j, ",") else m.j), s.mod
        approx = self._get(k, "mods")
        if approx is not None and approx[0] == "APPROX":
            k, mod = approx[1], str(approx[0])
        if self._get(k, "time_prefix") is None:
            return m
        self.origin = m.i
        for t in self.p_time(k):
            c = t.sem
            if c.hour is None or c.day is not None or c.weekday is not None or c.month is not None:
                continue
            if s.part is not None and not _part_fits(s.part, c.hour):
                continue  # "Sabtu sore kemarin sekitar pukul 15.30 WIB" joins; "pagi ... 20.00" not
            sem = replace(s, hour=c.hour, minute=c.minute, tz=c.tz, mod=mod, part=None)
            return Match(m.i, t.j, sem, "time")
        return m

    def _part_after(self, j: int, sem: Sem) -> tuple[Sem, int]:
        """ "4 November malam", "March 3 morning": a part of the day after a day's date."""
        part = self._get(j, "day_parts") if self._near(j) else None
        return (replace(sem, part=str(part[0])), self._zone_after(part[1])) if part else (sem, j)

    def _story_part(self, k: int, j: int) -> bool:
        """ "at dawn", "by the evening" (a preposition of the pack's ``day_part_prepositions``
        before, no "of" after: "the morning of 6 June" is the date's)."""
        if k < 1 or self.toks[k - 1].low not in self._part_preps:
            # "Malam harinya, polisi ...": a phrase that opens its sentence before a comma
            return self.sentence_start(k) and j - k > 1 and self._is(j, ",")
        if j < len(self.toks) and (
            self.toks[j].text.isdigit() or self._get(j, "weekdays") or self._get(j, "months")
        ):
            return False  # "pada malam Minggu": the part belongs to the day that follows
        return not self._get(j, "linkers")

    def _renamed(self, k: int, j: int) -> bool:
        """A present-time word in an apposition that names a place anew: "Leningrad, now Saint
        Petersburg", "Kobarid (now in Slovenia)", "the city, now called Shenyang"."""
        toks = self.toks
        if k < 1 or toks[k - 1].text not in (",", "(") or j >= len(toks):
            return False
        if toks[j].low in self._renaming:
            return True
        # a name, or a short word and a name, closing the apposition: "now Saint Petersburg,",
        # "now in Slovenia." (not "kini Gordon juga dituntut": a clause)
        j += len(toks[j].text) <= 3 and toks[j].text.islower() and j + 1 < len(toks)
        if not toks[j].text[:1].isupper() or toks[j].low in self.lex.words:
            return False
        n = len(toks)
        while (
            j < n
            and (
                toks[j].text[:1].isupper()  # ("Slavkov u Brna": a short word inside the name)
                or (len(toks[j].text) <= 3 and j + 1 < n and toks[j + 1].text[:1].isupper())
            )
        ):
            j += 1
        return j == len(toks) or toks[j].text in (",", ")", ".", ";")

    def _zone_after(self, j: int) -> int:
        """The end of a time zone written in capitals at token ``j`` ("malam WIB"), else ``j``."""
        tz = self._get(j, "timezones")
        return tz[1] if tz is not None and self.toks[j].text.isupper() else j

    def p_holiday(self, k: int) -> list[Match]:
        """``Christmas``, ``last Thanksgiving``, ``Natal 2014``, ``Hari Kemerdekaan``, ``Easter``.

        Moveable feasts are counted from Easter Sunday (``Good Friday``, ``Jumat Agung``).
        """
        rb = self.rel_before(k)
        j = rb[1] if rb else k
        hol = self._get(j, "holidays")
        if hol is None or self._after_age(k):
            return []
        if self._holiday_dates and not self.toks[j].text[:1].isupper():
            return []  # "a memorial day for the dead": a common noun in English, not the holiday
        if hol[0][0] not in ("feast", "easter", "easter_week") and self._owned(k):
            return []  # "Ukraine's Independence Day": another country's, not the calendar's
        if k and hol[0][0] == "feast" and self.lex.first(self.toks, k - 1, "feast_not_after"):
            return []  # "shalat Idul Fitri": the prayer, an event
        nxt = self.toks[hol[1]] if hol[1] - j == 1 and self._near(hol[1]) else None
        if nxt is not None and nxt.text.istitle() and nxt.low not in self.lex.words:
            return []  # "Easter Island", "Christmas Island": a name
        spec, j = list(hol[0]), hol[1]
        if rb is None and self._holiday_dates and spec[0] != "feast" and self._is(j, ","):
            # "Easter Monday, 24 April 1916": the holiday named by its date, one DATE
            for d in self.core(j + 1):  # type: ignore[attr-defined]
                if d.sem.kind == "date" and d.sem.day is not None and d.sem.month is not None:
                    return [Match(k, d.j, d.sem, d.ptype)]
        if spec[0] == "feast":  # a lunar feast or month: "Lebaran", "Ramadhan", "Imlek"
            sem = Sem(feast=str(spec[1]))
        elif spec[0] in ("easter", "easter_week"):
            # moveable feasts: days from Easter Sunday ("Good Friday": -2), or their week
            sem = Sem(easter=int(spec[1]), period="week" if spec[0] == "easter_week" else None)
        elif len(spec) == 3 and isinstance(spec[2], str):  # month, day, part of the day
            sem = Sem(month=spec[0], day=spec[1], part=spec[2])
        elif len(spec) == 3:  # month, weekday, n-th
            sem = Sem(month=spec[0], weekday=spec[1], nth=spec[2])
        else:
            sem = Sem(month=spec[0], day=spec[1])
        yr = self.year(j)
        if yr is not None and sem.feast is not None and yr[0] < 1600:
            # "Idul Adha 1437 H": a year of the Hijra, told as the Gregorian year it fell in
            span = feast_span(sem.feast, yr[0], None)
            yr = (span[0].year, yr[1]) if span is not None else None
        if yr is not None:
            return [Match(k, yr[1], replace(sem, year=yr[0], explicit=True), "month")]
        if rb is not None:
            sem = replace(sem, rel_unit="month_named", rel_n=int(rb[0]))
        elif sem.nth is None and sem.easter is None:
            for m in self.p_relative(j):  # type: ignore[attr-defined]
                if m.sem.rel_unit == "year" and m.sem.rel_n is not None and not m.sem.anaphoric:
                    # "Lebaran tahun ini", "Christmas last year": that year's holiday, one DATE
                    return [
                        Match(k, m.j, replace(sem, rel_unit="year", rel_n=m.sem.rel_n), "month")
                    ]
        return [Match(k, j, sem, "month")]

    def _owned(self, k: int) -> bool:
        """A capitalized possessive just before token ``k``: "Ukraine's", "Indonesia\u2019s"."""
        return k > 2 and possessive_at(self.toks, k - 2) and self.toks[k - 3].text[:1].isupper()

    def p_feast_count(self, k: int) -> list[Match]:
        """ "H-7 Lebaran", "H+4", "H - 1 sebelum Ramadhan": days counted to or from a feast (pack
        ``feast_counts``), the one named after the count or, bare, the first the text names."""
        toks = self.toks
        if toks[k].text not in (self.lex.pack.get("feast_counts") or ()):
            return []  # (the capital letter: "h" is no count)
        n = _int(toks[k + 2]) if self._is(k + 1, "+", "-", "–") and self._near(k + 2) else None
        if n is None or n > 400 or (self._adj(k + 3) and toks[k + 3].text.isalnum()):
            return []
        j = k + 3
        link = self._get(j, "feast_count_links")
        hol = self._get(link[1] if link else j, "holidays")
        if hol is not None and hol[0][0] == "feast":
            feast, j = str(hol[0][1]), hol[1]
        elif (feast := self._text_feast()) is None:
            return []  # "H-1 pemilu": the day of some event the calendar does not know
        sign = 1 if toks[k + 1].text == "+" else -1
        return [Match(k, j, Sem(feast=feast, feast_day=sign * n), "month")]

    def _text_feast(self) -> str | None:
        """The lunar feast the text names first (once per text)."""
        if self._feast_of is not None and self._feast_of[0] is self.toks:
            return self._feast_of[1]
        found = None
        for i, t in enumerate(self.toks):
            if "holidays" in self._classes.get(t.low, ()):
                hol = self.lex.first(self.toks, i, "holidays")
                if hol is not None and hol[0][0] == "feast":
                    found = str(hol[0][1])
                    break
        self._feast_of = (self.toks, found)
        return found


# The hours each part of the day takes in ("Wednesday night" after "midnight", "10 p.m.")
_PART_HOURS = {
    "MO": range(0, 12),
    "AF": range(12, 18),
    "EV": range(17, 24),
    "NI": (*range(18, 25), *range(0, 5)),
}


def _part_fits(part: str, hour: int | None) -> bool:
    """Tell whether a clock time ``hour`` lies in the part of the day ``part`` ("NI", "MO")."""
    return hour is not None and hour in _PART_HOURS.get(part, ())
