"""Patterns for relative dates, durations and sets (clock times and holidays: times.py).

Examples
--------
>>> from .grammar import Grammar
>>> from .lexicon import get_lexicon, tokenize
>>> g = Grammar(get_lexicon("id"))
>>> g.toks = tokenize("tiga hari lalu")
>>> g.p_relative(0)[0].sem.rel_n
-3
"""

from __future__ import annotations

import re
from dataclasses import replace

from .durations import _join_durations, duration_value
from .matchers import _DATE_UNITS, Match, _int
from .normalize import Sem, resolve
from .sets import SetPatterns

# The classes a relative expression can start with (see ``_p_relative``).
_REL_CLASSES = frozenset(
    {
        "refs",
        "day_part_words",
        "days",
        "relative",
        "anaphoric_days",
        "rel_before",
        "determiners",
        "units",
        "duration_words",
        "numbers",
        "vague_numbers",
    }
)

# The classes a cardinal in words starts with (see ``Matchers.number``)
_NUMBER_CLASSES = frozenset({"numbers", "vague_numbers"})

# The next smaller unit and how many of it make one ("two years and eight months").
_NEXT_UNIT = {
    "year": ("month", 12),
    "month": ("day", 30),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}
# A year written out right after a unit word: "Nomor 31 Tahun 1999", "No. 11 of year 2008".
_YEAR_DIGITS = re.compile(r"1[0-9]{3}|2[01][0-9]{2}")


class RelativePatterns(SetPatterns):
    """Deictic/anaphoric dates, durations, sets and times."""

    def p_relative(self, k: int) -> list[Match]:
        """Deictic and anaphoric dates: today, kemarin, last week, pekan lalu, two years ago."""
        key = (k, self.origin)
        hit = self._rel.get(key)
        if hit is None:
            hit = self._rel[key] = self._p_relative(k)
        return hit

    def _p_relative(self, k: int) -> list[Match]:
        lex, toks = self.lex, self.toks
        out: list[Match] = []
        # Every branch below starts with a phrase of one of these classes at ``k`` (or digits):
        # most tokens that reach here ("the", "a") start none of them, and leave at once.
        if k >= len(toks):
            return out
        classes = self._classes.get(toks[k].low, ())
        if _REL_CLASSES.isdisjoint(classes) and _int(toks[k]) is None:
            return out
        # A lookup finds a phrase only when its class is among the token's (a set test first).
        if "refs" in classes:
            for v, j in lex.lookup(toks, k, "refs"):
                if self._hyphened(j) or (v == "PRESENT_REF" and self._renamed(k, j)):
                    continue  # "her now-former rivals"; "Leningrad, now Saint Petersburg"
                if k > 1 and toks[k - 1].text == "-" and toks[k - 2].low.endswith(toks[k].low):
                    continue  # "dinanti - nanti" (awaited): the second half of a doubled word
                out.append(Match(k, j, Sem(ref=str(v)), "ref"))
        if "day_part_words" in classes:
            for v, j in lex.lookup(toks, k, "day_part_words"):
                story = len(v) > 2  # "at dawn", "by the evening": on the day the text is at
                day = self._get(j, "anaphoric_days") if story and not int(v[1]) else None
                if day is not None:  # "pagi hari berikutnya": the morning of the next day
                    sem = Sem(rel_unit="day", rel_n=int(day[0]), part=str(v[0]), anaphoric=True)
                    out.append(Match(k, day[1], sem, "rel"))
                    continue
                if story and not self._story_part(k, j):
                    continue
                sem = Sem(rel_unit="day", rel_n=int(v[1]), part=str(v[0]), anaphoric=story)
                out.append(Match(k, j, sem, "rel"))
        days = lex.lookup(toks, k, "days") if "days" in classes else []
        if "relative" in classes:
            days = days + lex.lookup(toks, k, "relative")
        for v, j in days:
            n = int(v) if not isinstance(v, list) else int(v[1])
            unit = "day" if not isinstance(v, list) else str(v[0])
            sem = Sem(rel_unit=unit, rel_n=n)
            if unit == "year" and n and self._adj(k + 1) and self._is(k + 1, "-"):
                # "year-earlier quarter": an adjective, counted from the period it qualifies.
                sem.shift = True
                noun = self._get(j, "units")
                if noun is not None and noun[0] in ("quarter", "period", "half"):
                    j, sem.period = noun[1], str(noun[0])
            part = self._get(j, "day_parts")
            if part is not None:
                sem.part, j = str(part[0]), part[1]
            out.append(Match(k, j, sem, "rel"))
        for v, j in lex.lookup(toks, k, "anaphoric_days") if "anaphoric_days" in classes else ():
            if (
                j < len(toks)
                and self._near(j)
                and toks[j].text[-1:].isalnum()
                and " ".join(t.low for t in toks[k:j])
                in (lex.pack.get("anaphoric_days_alone") or ())
            ):
                continue  # "the day before the election": a day of an event, not the story's
            sem = Sem(rel_unit="day", rel_n=int(v), anaphoric=True)
            part = self._get(j, "day_parts")
            if part is not None:
                sem.part, j = str(part[0]), part[1]
            out.append(Match(k, j, sem, "rel"))
        # last week / next year / this month / the following day (each reading below starts
        # with a class test: the one its lookup makes first, without the call)
        rb = self.rel_before(k) if "rel_before" in classes else None
        if rb is not None:
            unit = self._get(rb[1], "units")
            word = toks[k].low
            # "the next day" counts from the story's last date, "next year" from today.
            anaph = word in (lex.pack.get("anaphoric_rel") or []) or (
                k > 0 and lex.first(toks, k - 1, "determiners") is not None and rb[0] != 0
            )
            part = self._get(rb[1], "day_parts")
            if part is not None and (anaph or rb[0] != 0):
                # "that night", "the following morning"
                sem = Sem(rel_unit="day", rel_n=int(rb[0]), part=str(part[0]), anaphoric=anaph)
                out.append(Match(k, part[1], sem, "rel"))
            if (
                unit is not None
                and unit[0] in _DATE_UNITS
                and not self._get(rb[1], "plural_units")
                and (unit[0] != "day" or anaph)
            ):
                sem = Sem(rel_unit=str(unit[0]), rel_n=int(rb[0]), anaphoric=anaph)
                out.append(Match(k, unit[1], sem, "rel"))
        # "the weekend", "the quarter": the current one (the determiner is part of the span)
        det = self._get(k, "determiners") if "determiners" in classes else None
        if det is not None:
            unit = self._get(det[1], "units")
            if unit is not None and unit[0] == "year" and not self._get(det[1], "plural_units"):
                if self._get(unit[1], "period_bounds") is not None:
                    # "for the year ended Sept. 30": a (fiscal) year's length, not a calendar year
                    sem = Sem(kind="duration", dur_n=1, dur_unit="year")
                else:
                    # "for the year", "a high for the year": the current year
                    sem = Sem(rel_unit="year", rel_n=0)
                out.append(Match(k, unit[1], sem, "rel"))
            elif (
                unit is not None
                and unit[0] in ("weekend", "week", "quarter", "month")
                and (not self._get(det[1], "plural_units"))
                and not (self._get(unit[1], "ordinal_suffixes") or self._is(unit[1], "-"))
            ):
                # Reports speak of the last completed quarter as "the quarter", and early in
                # the week of the weekend just past.
                n = -1 if unit[0] == "quarter" else None if unit[0] == "weekend" else 0
                out.append(Match(k, unit[1], Sem(rel_unit=str(unit[0]), rel_n=n), "rel"))
        # pekan lalu / tahun ini / bulan depan / hari itu
        unit = self._get(k, "units") if "units" in classes else None
        if unit is not None and unit[0] in _DATE_UNITS and not self._after_age(k):
            for v, j in lex.lookup(toks, unit[1], "rel_after"):
                phrase = " ".join(t.low for t in toks[unit[1] : j])
                anaph = phrase in (lex.pack.get("anaphoric_rel") or [])
                if unit[0] == "day" and not anaph and v != 0:
                    continue
                out.append(
                    Match(k, j, Sem(rel_unit=str(unit[0]), rel_n=int(v), anaphoric=anaph), "rel")
                )
                break
            else:
                if unit[0] == "weekend" and unit[1] - k > 1:
                    # "akhir pekan" on its own: the nearest weekend
                    out.append(Match(k, unit[1], Sem(rel_unit="weekend", rel_n=None), "rel"))
        # two years ago / a year earlier / tiga hari lalu / dua tahun kemudian / sehari kemudian
        # (a number starts with digits or a number word)
        wordy = not _NUMBER_CLASSES.isdisjoint(classes)
        num = self.number(k) if wordy or toks[k].text.isdigit() else None
        unit = None
        dw = self._get(k, "duration_words") if "duration_words" in classes else None
        if num is None and dw is not None:
            num, unit = (dw[0][1], dw[1]), (dw[0][0], dw[1])
        if num is not None:
            j = num[1]
            if unit is None and isinstance(num[0], int):
                # "three and a half years ago", "dua setengah tahun lalu": the amount's half
                pre_half = self._get(j, "half_suffix")
                if pre_half is not None and self._get(pre_half[1], "units") is not None:
                    num, j = (num[0] + 0.5, pre_half[1]), pre_half[1]
            if unit is None:
                if self._is(j, "-") and self._adj(j):
                    j += 1
                unit = self._get(j, "units")
            if unit is not None and unit[0] in _DATE_UNITS | {"hour", "minute", "fortnight"}:
                j = unit[1]
                # "a year and a half later": eighteen months on
                half = self._get(j, "half_suffix") if unit[0] == "year" else None
                if half is not None and isinstance(num[0], int):
                    j = half[1]
                else:
                    half = None
                # ("setahun sebelumnya": "earlier" before "ago", a year before the story's)
                for cls, sign, anaph in (
                    ("earlier", -1, True),
                    ("later", 1, True),
                    ("ago", -1, False),
                ):
                    hit = self._get(j, cls)
                    if hit is None:
                        continue
                    lasting = self._for_words  # "for", "selama": how long, before or past a mod
                    if k > 0 and (
                        (sign < 0 and self.lex.first(toks, k - 1, "duration_verbs"))
                        or (sign < 0 and self.lex.first(toks, k - 1, "duration_context"))
                        or toks[k - 1].low in lasting
                        or (k > 1 and self._get(k - 1, "mods") and toks[k - 2].low in lasting)
                    ):
                        # "berlangsung tiga hari sebelumnya", "for nearly eight years afterwards":
                        # how long, a DURATION (like "the previous three days"), not a date
                        continue
                    if num[0] == "X" and anaph:
                        if self._get(j, "ago"):
                            continue  # "beberapa jam sebelumnya": some time ago, PAST_REF
                        break  # "A few days later": TimeBank marks the vague amount, PXD
                    if num[0] == "X":
                        sem = Sem(ref="PAST_REF" if sign < 0 else "FUTURE_REF")
                    else:
                        n = num[0]
                        u = str(unit[0])
                        if u == "century" and not anaph and isinstance(n, int):
                            # "a century ago", "satu abad lalu": a century, like "this century"
                            out.append(Match(k, hit[1], Sem(rel_unit=u, rel_n=-n), "rel"))
                            break
                        if u == "year" and half is None and n != int(n):
                            n, u = round(n * 12), "month"  # "2.5 years ago": 30 months ago
                        if u in ("decade", "century"):
                            n, u = n * (10 if u == "decade" else 100), "year"
                        clock = None
                        if u in ("hour", "minute"):
                            # (after a clock time, "twenty minutes later" is a clock time too)
                            clock = int(sign * n * (60 if u == "hour" else 1)) if anaph else None
                            n, u = 0, "day"
                        if u == "fortnight":
                            n, u = n * 2, "week"  # "a fortnight later"
                        if half is not None:
                            n, u = n * 12 + 6, "month"
                        sem = Sem(
                            rel_unit=u,
                            rel_n=int(sign * n),
                            anaphoric=anaph,
                            shift=True,
                            clock_shift=clock,
                        )
                    out.append(Match(k, hit[1], sem, "rel"))
                    break
        return out

    def p_duration(self, k: int) -> list[Match]:
        """``44 hari``, ``a 44-day war``, ``the past two months``, ``dua pekan terakhir``."""
        _lex, toks = self.lex, self.toks
        out: list[Match] = []
        # A class test before each reading at ``k``: the one its lookup makes first
        classes = self._classes.get(toks[k].low, ()) if k < len(toks) else ()
        vd = self._get(k, "vague_durations") if "vague_durations" in classes else None
        if vd is not None:
            out.append(Match(k, vd[1], Sem(kind="duration", dur_n="X", dur_unit=str(vd[0])), "dur"))
        dw = self._get(k, "duration_words") if "duration_words" in classes else None
        if dw is not None:
            after = self._get(dw[1], "duration_after")  # "sepekan terakhir": the past week
            out.append(
                Match(
                    k,
                    after[1] if after is not None else dw[1],
                    Sem(kind="duration", dur_n=int(dw[0][1]), dur_unit=str(dw[0][0])),
                    "dur",
                )
            )
        pl = self._get(k, "plural_units") if "plural_units" in classes else None
        if pl is not None and k > 0 and toks[k - 1].text.isdigit() and toks[k].gap:
            pl = None  # "under 5 years of age": the unit of a number read no further
        if pl is not None and self._bare_plural(k, pl[1]):
            out.append(Match(k, pl[1], Sem(kind="duration", dur_n="X", dur_unit=str(pl[0])), "dur"))
        elif pl is not None and k > 0 and self._get(pl[1], "ago") and not self._adj(k):
            out.append(
                Match(k, self._get(pl[1], "ago")[1], Sem(ref="PAST_REF"), "rel")
            )  # "years ago"
        ahead = self._get(pl[1], "duration_after") if pl is not None else None
        if ahead is not None and k > 0 and self.lex.first(toks, k - 1, "determiners"):
            # "the weeks ahead": some weeks from now, like "the coming weeks"
            out.append(
                Match(k, ahead[1], Sem(kind="duration", dur_n="X", dur_unit=str(pl[0])), "dur")
            )
        j0 = k
        before = self._get(k, "duration_before") if "duration_before" in classes else None
        if before is not None and self._get(before[1], "duration_before_verb_after") is None:
            j0 = before[1]  # (but "would last a few weeks": the verb, then an amount)
        else:
            before = None
        num = self.number(j0)
        if num is not None and j0 == k and self._after_slash(k):
            return out  # "the 2019/20 fiscal year": the end of a span of years, no amount
        if num is None:
            if before is not None:
                # "the past year", "the coming weeks": one (or some) of the unit.
                unit = self._get(j0, "units")
                if (
                    unit is not None
                    and unit[0] in _DATE_UNITS | {"hour", "minute"}
                    and self._get(k, "unit_duration_words")
                ):
                    n = "X" if self._get(j0, "plural_units") else 1
                    if n == 1 and not self._get(k, "single_duration_words"):
                        return out
                    out.append(
                        Match(
                            k, unit[1], Sem(kind="duration", dur_n=n, dur_unit=str(unit[0])), "dur"
                        )
                    )
            return out
        n, j = num
        if isinstance(n, int) and 1000 <= n <= 2400 and len(toks[j0].text) == 4:
            # "the 1988 second quarter": a year, not 1988 seconds; "1500 hours" a clock time
            return out  # ("5200 jam terbang": no year, no clock time, an amount)
        adjectival = False
        half = self._get(j, "half_suffix")
        if half is not None and isinstance(n, int):
            n, j = n + 0.5, half[1]  # "5 1/2 hours", "a minute and a half"
        if self._is(j, "-") and self._adj(j) and self._adj(j + 1):
            j, adjectival = j + 1, True
        more = self._get(j, "more_words")
        if more is not None and self._get(more[1], "units"):
            j = more[1]
        kind = self._get(j, "unit_modifiers")  # "eight trading days", "57 consecutive nights"
        if kind is not None and self._get(kind[1], "plural_units"):
            j = kind[1]
        unit = self._get(j, "units")
        if unit is None or unit[0] == "period":
            return out
        if (
            toks[j].low in self._ordinal_units
            and self._near(unit[1])
            and toks[unit[1]].text.isalpha()
            and toks[unit[1]].low not in self._after_ordinal_unit
        ) or (
            toks[j].low in self._ordinal_units
            and self._is(unit[1], ",")
            and num[0] == 1
            and not (k and self.lex.first(toks, k - 1, "duration_context"))
        ):
            # "a second group", "a second betrayal": an ordinal before a noun; "A second,
            # Liberian-flagged tanker": before its noun's adjectives (not "for a second, ...")
            return out
        # "a day" / "a week" only as durations when nothing suggests a rate ("$2 million a
        # year"); after a frequency ("twice a day") it is the period of a SET (``_frequency``).
        if (
            toks[k].low in ("a", "an")
            and k > 0
            and (toks[k - 1].text.isdigit() or self.lex.first(toks, k - 1, "rate_words"))
            and not self.lex.first(toks, k - 1, "frequency_before")
        ):
            return out
        if adjectival and self._get(j, "plural_units"):
            return out  # "three-quarters" is a fraction
        if unit[0] in ("quarter", "half") and (
            self._get(unit[1], "linkers") or self._get(unit[1], "fraction_after")
        ):
            # "a quarter of the population", "a quarter million clips", "three-and-a-half
            # million": a fraction
            return out
        j = unit[1]
        if unit[0] == "year" and j < len(toks) and _YEAR_DIGITS.fullmatch(toks[j].text):
            return out  # "UU Nomor 31 Tahun 1999": the law of 1999, not 31 years
        if unit[0] == "year" and self._age_before(k):
            # "berusia 93 tahun", "bocah 12 tahun": an age (TimeML marks none), with its days
            jn = j + 1 if j < len(toks) and toks[j].low in ("and", "dan") else j  # (no comma)
            rest = [m for m in self.p_duration(jn) if m.sem.dur_unit in ("month", "week", "day")]
            return [Match(k, rest[0].j, Sem(kind="duration"), "age")] if rest else out
        if k > 1 and toks[k - 1].text == "-" and toks[k - 2].low in self._ordinal_prefix:
            return out  # "peringatan ke-75 tahun": the 75th (anniversary), no 75 years
        if j + 1 < len(toks) and toks[j].low in self._ordinal_prefix and toks[j + 1].text == "-":
            return out  # "Liga 1 pekan ke - 7": the seventh week (a matchday), no one week
        if unit[0] == "year" and self._age_after_name(k, j):
            return out  # "(Cecep Rahmat, 24 tahun dan Asep Suparmin 45 tahun)": ages
        half = self._get(j, "half_suffix")
        if half is not None and isinstance(n, int):
            n, j = n + 0.5, half[1]
        if self._is(j, "-") and self._adj(j) and self._adj(j + 1) and toks[j + 1].low in ("long",):
            j += 2
        jo = j + 1 if self._is(j, "-") and self._adj(j) else j
        if self._get(jo, "not_after_duration"):
            return out  # an age ("6-year-old"), not a duration
        if jo > j and self._adj(jo) and not toks[jo].text.isdigit():
            return out  # "a second-floor flat": the unit word is part of another compound
        after = self._get(j, "duration_after")
        if after is not None:
            j = after[1]
        more = self._get(j, "more_words")
        if more is not None and toks[j].low not in ("more",):
            j = more[1]
        # "two years and eight months", "tiga hari dan dua jam": one duration (also with no
        # "dan": "tujuh tahun enam bulan", "53 bulan 20 hari")
        nxt = _NEXT_UNIT.get(str(unit[0])) if isinstance(n, (int, float)) else None
        literal = None
        jn = j + 1 if j < len(toks) and toks[j].low in ("and", "dan", ",") else j
        if nxt is not None and jn < len(toks) and self._near(jn):
            for m in self.p_duration(jn):
                s2 = m.sem
                # ("39 tahun dan 126 hari": years and days, P39Y126D)
                days = unit[0] == "year" and s2.dur_unit in ("week", "day")
                if (
                    (s2.dur_unit == nxt[0] or days)
                    # (a fraction only in the last part: "1 menit 31,261 detik", a lap time)
                    and isinstance(s2.dur_n, (int, float))
                    and not s2.mod
                    and not any(self._get(m.j, c) for c in ("ago", "later", "earlier"))
                ):
                    if s2.dur_n != int(s2.dur_n) or days:
                        # "1 menit 31,261 detik": PT1M31.261S, not rounded to whole seconds
                        literal = _join_durations(
                            literal or duration_value(n, str(unit[0])), resolve(s2, None).value
                        )
                    n, j = (n if days else n + s2.dur_n / nxt[1]), m.j
                    break
        # "10 bulan lebih", "three days or more": a qualifier after the amount (in the span)
        after_mod = self._get(j, "mods_after_amount") if not adjectival else None
        mod = None
        end = after_mod[1] if after_mod is not None else 0
        if after_mod is not None and (end >= len(toks) or not toks[end].text.isalnum()):
            # only at the end of its phrase: "dua tahun lebih tua" is "two years older"
            mod, j = str(after_mod[0]), end
        # "the past two months" keeps its "the"; "[the] two days" does not (TimeBank).
        ptype = "dur"
        sem = Sem(kind="duration", dur_n=n, dur_unit=str(unit[0]), mod=mod, dur_value=literal)
        out.append(Match(k, j, sem, ptype, adjectival))
        return out

    def _after_age(self, k: int) -> bool:
        """Whether token ``k`` is the unit of an age ("pria berusia 93 tahun itu", "usia 41
        tahun baru saja"): it starts nothing of its own ("that year", "New Year")."""
        if k < 1:
            return False
        prev = self.toks[k - 1]
        number = _int(prev) is not None or "numbers" in self._classes.get(prev.low, ())
        return number and self._age_before(k - 1)

    def _frequency(self, m: Match, floor: int) -> Match:
        """ "lima tahun sekali", "once a year", "dua kali sebulan": how often, a SET."""
        s = m.sem
        if s.kind != "duration" or s.mod or not isinstance(s.dur_n, int):
            return m
        after = self._get(m.j, "set_after") if self._near(m.j) else None
        i = m.i
        for b in (m.i - 1, m.i - 2):
            hit = self._get(b, "frequency_before") if b >= floor else None
            if hit is not None and hit[1] == m.i:
                i = b
        if after is None and i == m.i:
            return m
        value = duration_value(s.dur_n, str(s.dur_unit))
        return Match(i, after[1] if after else m.j, Sem(kind="set", set_value=value), "set")

    def _after_slash(self, k: int) -> bool:
        """Token ``k`` follows a number and a slash with no space: "2019/20", "3/4"."""
        toks = self.toks
        return k > 1 and toks[k - 1].text == "/" and not toks[k].gap and toks[k - 2].text.isdigit()

    def _bare_plural(self, k: int, j: int) -> bool:
        """A unit in the plural alone is some of it: "for years", "within (just) days", "mere
        minutes into", "decades of conflict", "weeks of protests" (not "years of his life")."""
        toks = self.toks
        for b in (k - 1, k - 2) if k > 1 and toks[k - 1].low in self._plural_skip else (k - 1,):
            if b >= 0 and self.lex.first(toks, b, "duration_context"):
                return True
        return (
            self._get(j, "of_amount") is not None
            and j + 1 < len(toks)
            and toks[j + 1].text.isalpha()
            and toks[j + 1].text.islower()
            and toks[j + 1].low not in self._possessives
            and not self._get(j + 1, "determiners")
        )

    def _this_after(self, j: int) -> int | None:
        """The end of a deictic "ini" after a weekday (not "itu", "tadi", a unit: "Rabu ini")."""
        hit = self._get(j, "date_rel_after")
        if hit is None or hit[0] != 0 or self._get(j, "past_markers") or self._get(hit[1], "units"):
            return None
        return hit[1]

    def _week_after(self, j: int) -> tuple[int, int] | None:
        """ "pekan depan" after a weekday: (offset in weeks, end), or None."""
        for w in self.p_relative(j) if self._near(j) else ():
            s = w.sem
            if s.rel_unit == "week" and s.rel_n is not None and not (s.anaphoric or s.mod):
                return s.rel_n, w.j
        return None

    # -- refinements the grammar's scan applies to a match (``match_at`` is the grammar's) --
    def _this_past(self, i: int, k: int) -> Match | None:
        """ "this past spring / Monday / weekend": the latest one before the reference."""
        m = self.match_at(k)
        if m is None:
            m = next((u for u in self._bare_unit(k) if u.sem.rel_unit == "weekend"), None)
        self.origin = i
        if m is None or m.i != k or m.sem.kind != "date":
            return None
        s = m.sem
        if s.rel_unit == "weekend" and s.rel_n == 0:
            return Match(i, m.j, replace(s, rel_n=-1), m.ptype)  # the weekend before this week
        if s.rel_unit is not None or s.year is not None or s.day is not None:
            return None
        if s.season is None and s.weekday is None and s.month is None:
            return None
        return Match(i, m.j, replace(s, lean=-1), m.ptype)

    def _week_of(self, m: Match) -> Match:
        """ "the week of March 6": the week that holds a day, one expression (TimeML)."""
        s = m.sem
        if s.rel_unit != "week" or s.rel_n != 0 or s.anaphoric or s.shift or m.j - m.i < 2:
            return m
        link = self._get(m.j, "linkers")
        if link is None or not self._near(link[1]):
            return m
        day = self.match_at(link[1])
        self.origin = m.i
        if day is None or day.sem.kind != "date" or day.sem.day is None or day.sem.month is None:
            return m
        if day.sem.hour is not None or day.sem.rel_unit is not None:
            return m
        return Match(m.i, day.j, replace(day.sem, period="week"), day.ptype)
