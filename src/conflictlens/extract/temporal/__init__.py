"""Temporal expressions: dates, times, durations and sets, normalized the TIMEX3 way.

Interface used by :mod:`conflictlens.pipeline`:

- ``infer_published(doc) -> tuple[pandas.Timestamp | None, str]``: publication date from the
  dateline/content when not given; the str is ``"dateline"``, ``"content"`` or ``"unknown"``.
- ``extract(doc) -> list[Mention]``: kinds ``date``/``time``/``duration``/``set`` anchored to
  ``doc.published`` (or the narrative's last explicit date).

The work is split by responsibility: :mod:`.lexicon` (language packs, tokens), :mod:`.grammar`
(patterns), :mod:`.normalize` (calendar, TIMEX3/EDTF), :mod:`.anchor` (reference dates).

Examples
--------
>>> from conflictlens.document import make_document
>>> doc = make_document("Perang 44 hari pada September 2020.", lang="id", published="2022-12-23")
>>> [(m.text, m.kind, m.value) for m in extract(doc)]
[('44 hari', 'duration', 'P44D'), ('September 2020', 'date', '2020-09')]
>>> doc = make_document("Berbicara di Ankara, Jumat (23/12), kata dia. Perang pada September 2020.",
...                     lang="id")
>>> ts, source = infer_published(doc)
>>> str(ts.date()), source
('2022-12-23', 'dateline')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, datetime, timedelta

from ...document import Document
from ...spans import Mention
from .anchor import (
    _PROXY_FROM,
    _past_perfect,
    _told_in_past,
    choose_reference,
    either_side,
    is_narrative,
    story_point,
    tense,
    unknown_year,
)
from .chronicle import _since_season, _story_year
from .clauses import (
    _DAY_PREFIX,
    _SENTENCE_BREAK,
    _attributed,
    _clock_at,
    _clock_time,
    _date_clocks,
    _framed,
    _in_quote,
    _lead_end,
    _month_range_year,
    _night_of,
    _overnight,
    _own_line,
    _range_link,
)
from .lexicon import get_lexicon
from .normalize import Resolved, Sem, resolve
from .published import _yearless_dateline, infer_published
from .retell import _ago_today, _counts, _event_dates, _month_of_day, _retold, _year_ago_quarter
from .scan import _scan
from .story import (
    _chronicle,
    _clock_only,
    _clock_shifted,
    _coarsen,
    _dated_story,
    _day_anchor,
    _deictic,
    _event_day,
    _few_years_story,
    _flashback,
    _holds_story,
    _in_bc_story,
    _is_history,
    _looks_back,
    _named_again,
    _named_day,
    _night_went_on,
    _opens_story,
    _part_only,
    _report_day,
    _story_now,
    _story_weekday_year,
    _today,
    _underspecified,
    _year_only,
    _years_later_now,
)
from .titles import _is_title, _proper_words

__all__ = ["extract", "infer_published", "tag"]

# How far (characters) an explicit date keeps anchoring bare months in a narrative.
_NARRATIVE_REACH = 400
# A text that counts this share of its expressions from its time of writing speaks as news
_NEWS_DEICTIC = 0.3
_FINE = frozenset({"day", "week", "month"})  # units a year cannot count from


def tag(
    text: str,
    lang: str | None = None,
    published: date | None = None,
    from_content: bool = False,
) -> list[Mention]:
    """Tag the temporal expressions of ``text`` (offsets into ``text``).

    ``from_content`` says that ``published`` was inferred from the text's own dates (the
    ``content`` source of :func:`infer_published`), not given or read from a dateline.

    Examples
    --------
    >>> [(m.text, m.value) for m in tag("He left last Friday.", "en", date(1998, 8, 12))]
    [('last Friday', '1998-08-07')]
    """
    toks, matches, code = _scan(text, lang)
    matches = _event_dates(_ago_today(matches, toks, text, published), toks, code)
    lex = get_lexicon(code) if code else None
    out: list[Mention] = []
    narrative: date | None = None
    narrative_days = 0  # how long the narrative's last date is (0: a day, 365: a year)
    day_point: date | None = None  # the story's last point that was a single day
    bc_year: int | None = None  # the story's year when its last explicit year was "490 BC"
    narrative_at = last_at = -(10**9)
    narrative_named = False  # the narrative's point was named by an explicit date
    # News retelling a story of years before ("24 February 2022" in 2025): see _retold
    retold = 0  # 1: the point is such an explicit day; 2: a bare date has followed it
    last_value = ""
    years = [m.sem.year for m in matches if m.sem.explicit and m.sem.year is not None]
    if (
        from_content
        and published is not None
        and _chronicle(years)
        and sum(_deictic(m.sem) for m in matches) <= 0.1 * len(matches)
    ):
        # A date read off the text's own latest date is, in a chronicle of several years that
        # hardly speaks from its writing, the end of its story (news keep it for "Friday").
        published, from_content = None, False
    # A story that opens with a year long past, named once or twice (see _few_years_story)
    first = next((m.sem for m in matches if _opens_story(m.sem)), None)
    told = [m for m in matches if not _story_now(lex, toks, m)]  # ("Lysychansk was now ...")
    tail = bisect_left(toks, 0.75 * len(text), key=lambda t: t.start)
    # (counted from a given date, "Forty years ago" names the story's year as an explicit one)
    back_years, deictic, body, loud = _counts(told, matches, published, from_content, tail)
    years += back_years
    few = _few_years_story(matches, years, first, body, published)
    dated_story = _dated_story(told, published, len(text), tail)
    # (years long past in news that speaks from its day, "Friday ... his 2018 film": no history)
    news = deictic > _NEWS_DEICTIC * len(matches)
    narrative_mode = (is_narrative(years, published) and not news) or few or dated_story
    # Most years far from the writing and hardly a word counted from it: a story (a recent war
    # told in 2023), whose bare dates follow its last date over a paragraph, not a sentence
    story_mode = narrative_mode and body <= 0.05 * len(matches)
    last_clock: tuple[datetime, int] | None = None  # the last clock time with its day
    ahead_day: tuple[date, int] | None = None  # the last day named, when after publication
    flash: tuple[date, int] | None = None  # the last explicit date that did not move the story
    narrative_calendar = False  # the narrative's last date is a calendar day ("Oct. 23")
    # Bare clock times just before, in a row ("10.35 WIB (03.35 GMT)"), waiting for a day
    clocks: list[tuple[Mention, Sem]] = []
    event_day: date | None = None  # the last day of the week before publication that was named
    event_night = False  # ... and it was named with its night ("Selasa malam")
    lead_day: date | None = None  # the first such day: the news, and the day of its quotes
    lead_told = False
    clock_links = frozenset((lex.pack.get("clock_day_links") or ()) if lex is not None else ())
    # Which named day a news text's bare clock times and quoted "today"s are on: the last one
    # named and the day of writing (Indonesian reports) or the day the story leads with (English)
    lead_clocks = lex is not None and lex.pack.get("clock_event_day") == "lead"
    before_weekday: tuple[int, date] | None = None  # a bare weekday's end and day, for ranges
    prev_month = (0, "")  # the end and "YYYY-MM" of the last mention when it was a month
    dated: dict[tuple[int, int], int] = {}  # (month, day) → year of the explicit days named
    proper = _proper_words(code) if code else frozenset()
    # The words a determiner phrase can start with: no phrase starts at any other token
    determiners = lex.first_words("determiners") if lex is not None else frozenset()
    # A news text's own day (not one read off its content, nor a yearless dateline's stand-in)
    slip = published is not None and not from_content and published.year < _PROXY_FROM
    # (a story told without the writing's words until its closing paragraph, "Rwandan troops
    # arrived last July ... Today the party marks sixty years", counts only those before it)
    deictic_of = body if story_mode else loud
    history = few or dated_story or _is_history(matches, years, published, from_content, deictic_of)
    lead_end = (_SENTENCE_BREAK.search(text) or re.search("$", text)).start()  # first sentence
    for m in matches:
        sem = m.sem
        start, end = toks[m.i].start, toks[m.j - 1].end
        if history and _story_now(lex, toks, m):
            continue  # a history's "was now" is the story's (news: "said it was now searching")
        # "on the 17th": a day of the month the story has come to, or no time
        day_of = m.ptype == "day" and _month_of_day(
            sem, narrative, narrative_days, start - narrative_at
        )
        if m.ptype == "day" and not day_of:
            continue
        sem = day_of or sem
        # A title ("High Noon", "Film Festival 2016") is no time, but still dates what follows
        title = _is_title(text, toks, m, lex, proper)
        anchor, flashed, retelling, anaphoric = "absolute", False, False, False
        when: int | None = None  # the tense of its sentence, once asked
        if (year := _named_again(sem, dated)) is not None:
            sem = replace(sem, year=year, explicit=True)  # "23 July 1983 ... 23 July": that day
        under = _underspecified(sem)  # before the narrative lends it a year
        bc_res = _in_bc_story(sem, under, bc_year) if bc_year is not None else None
        if bc_res is not None:
            res, anchor = bc_res, "narrative"
            # "ten years later", "the following spring": the story moves on
            bc_year = int(res.value[2:6])
        elif sem.kind in ("duration", "set") or (sem.explicit and sem.rel_unit is None):
            res = resolve(sem, None)
        else:
            # A bare month follows the narrative only when its last explicit date is close by.
            reach = _NARRATIVE_REACH if published is None else _NARRATIVE_REACH // 3
            # The verbs around a bare "Tuesday" say which: "will meet" ahead, "was canceled" behind
            when = tense(lex, toks, m.i, m.j) if lex is not None else 0
            future, past = when > 0, when < 0
            # A history's bare months follow its story once down to months or days, however far
            # its last date (and a story of recent years told without "yesterday"s over a
            # paragraph), unless a sentence looks ahead from the writing ("a summit set for April")
            far = _NARRATIVE_REACH if story_mode and not future else reach
            framed = not future and _framed(text, narrative_at, start)
            # "The deadline was extended to July 4" in a history: ahead of the story's day,
            # told in the past (not "a summit is set for April", ahead of the writing)
            ahead = history and future and lex is not None and _told_in_past(lex, toks, m.i)
            # News retelling a story ("began on 24 February 2022. By 2 March ...", in 2025)
            retelling = (
                (retold == 2 or (retold and sem.day is not None))
                and under
                and not future
                and not sem.lean  # ("24 Januari nanti": ahead)
                and not news
                and sem.rel_unit is None
                and start - narrative_at < 2 * _NARRATIVE_REACH
                and not _in_quote(text, start)
            )
            near = (
                framed
                or ahead
                or retelling
                or (
                    narrative_mode
                    # (news that looks ahead from its day, "will step down in October" after
                    # "president since 2014", is not of the story)
                    and (history or not future)
                    and (
                        start - narrative_at < far
                        or (history and not future and narrative_days < 365)
                    )
                )
            )
            # (news: "the previous month" after a bare "2020" counts from the writing, not a year)
            coarse = narrative_days >= 365 and sem.rel_unit in _FINE
            close = narrative_mode or (start - narrative_at < _NARRATIVE_REACH and not coarse)
            # In a history, "by the end of the month" is the story's month.
            anaphoric = sem.anaphoric or (
                (history or retold)  # (or news retelling a day of years ago)
                and sem.rel_n == 0
                and sem.rel_unit is not None
                and sem.mod in ("START", "MID", "END")
                and not sem.shift
                and lex is not None
                # "the end of the month", "late in the year": "the", not "this"
                and any(lex.first(toks, k, "determiners") is not None for k in range(m.i, m.j))
            )
            ref, anchor = choose_reference(
                anaphoric and close, published, narrative, near and under, dated_story or retelling
            )
            day_ref = (
                None
                if history
                else _day_anchor(
                    sem, anaphoric, anchor, narrative_days, day_point, lead_day, narrative_named
                )
            )
            if ahead_day is not None and (
                # "akan tayang Minggu (8/10) ... hari yang sama" (not "were released later the
                # same day", a day of the past); "Sabtu (9/12) mulai pukul 14.00": its clock
                (sem.anaphoric and future and start - ahead_day[1] < _NARRATIVE_REACH)
                or (_clock_only(sem) and not _SENTENCE_BREAK.search(text, ahead_day[1], start))
            ):
                day_ref = ahead_day[0], "narrative"
            flashed = (
                sem.anaphoric
                and flash is not None
                and (sem.rel_unit in ("year", "month") or sem.month is not None)
                # ("concluded in 2011 that ... He was promoted the following year": a year's)
                and len(_SENTENCE_BREAK.findall(text, flash[1], start))
                <= (sem.rel_unit == "year" and flash[1] > narrative_at)
            )
            if flashed:
                # "An uprising in 1988 was crushed, and the election two years later ...": in
                # the look back, not moving the story
                day_ref = flash[0], "narrative"
            if day_ref is not None:
                ref, anchor = day_ref
            ref_days = narrative_days if day_ref is None else 0
            on_event = False
            story_year = (
                _story_weekday_year(sem, narrative, narrative_days, published)
                # (news retelling years ago: not the report's own "Kamis (7/12)")
                if history or (retold and not _report_day(sem, published))
                else None
            )
            if story_year is not None:
                # "On Sunday, 2 May" in a history of 1982: the story's year, as its weekday says
                sem, ref, anchor = replace(sem, year=story_year), narrative, "narrative"
                under = True  # and the story moves on to that day
            if (
                _clock_only(sem)
                and narrative is not None
                and narrative_calendar
                and (
                    history
                    # (or in news retelling a day of years ago, the next paragraphs')
                    or (retold and start - narrative_at < 2 * _NARRATIVE_REACH)
                    or (
                        start - narrative_at < _NARRATIVE_REACH
                        and not _SENTENCE_BREAK.search(text, narrative_at, start)
                    )
                )
            ):
                # "shot on Oct. 23 at 10 p.m.": a bare clock time is on the calendar day its
                # sentence tells of ("yesterday ... at 10:14" is a price of today: not after a
                # deictic day); in a history, on the day the story has come to ("On 6 June
                # 1944 troops landed. At 06:30 ...").
                ref, anchor = narrative, "narrative"
            elif (
                _clock_only(sem)
                and (event_day is not None or (lead_clocks and lead_told))
                and published is not None
                and anchor == "published"
                and not future
            ):
                # News of a past event: "Minggu (11/9) ... Api padam pukul 22.00": on its day
                day = lead_day if lead_clocks and lead_day is not None else event_day
                ref, anchor, on_event = day, "narrative", True
                if event_night and sem.hour is not None and sem.hour < 6:
                    ref += timedelta(days=1)  # "Selasa malam hingga ... pukul 03.00 dini hari"
            elif (
                _today(sem)
                and lead_clocks
                and lead_day is not None
                and anchor == "published"
                and _in_quote(text, start)
            ):
                # "On Sunday, Hong Kongers voted. ... 'Today we are trying ...'": a quotation's
                # today is the day it was said, the day the report leads with.
                ref, anchor, on_event = lead_day, "narrative", True
            if sem.lean and ref is not None:
                # "this past spring / Monday": the latest one before the reference day
                future, past = sem.lean > 0, sem.lean < 0
                ref = ref - timedelta(days=1) if sem.lean < 0 else ref
            if anchor == "narrative" and ref is not None and under and story_year is None:
                since = _since_season(sem, lex, toks, m.i, m.j)
                sem = replace(sem, year=_story_year(sem, ref, narrative_days, since))
            try:
                # (a stale numeric date "Senin (27/8)" in news, not "Saturday, February 26")
                numeric = "/" in text[start:end]
                stale = slip and anchor == "published" and numeric
                if (
                    sem.weekday is not None
                    and sem.month is None
                    and either_side(lex, toks, m.i, future)
                ):
                    future = past = True  # "was set to meet on Wednesday", "closed until Monday"
                res = resolve(sem, ref, future, past, stale, not numeric)
            except (ValueError, OverflowError):
                # "3310 tahun lalu": an offset beyond the calendar's years 1..9999
                res, ref = Resolved("XXXX"), None
            if (
                before_weekday is not None
                and sem.weekday is not None
                and sem.day is None
                and sem.rel_n is None
                and lex is not None
                and _range_link(lex, text[before_weekday[0] : start])
                and res.value[:10] < before_weekday[1].isoformat()
            ):
                # "sejak Selasa siang hingga Rabu malam": the end of a range of days comes
                # after its start, whatever the nearest Wednesday before the reference is.
                d0 = before_weekday[1]
                d = d0 + timedelta(days=(sem.weekday - d0.weekday()) % 7 or 7)
                res = resolve(replace(sem, year=d.year, month=d.month, day=d.day), None)
            between = text[prev_month[0] : start]
            y = _month_range_year(lex, between, sem, res.value, prev_month[1], ref)
            if y is not None:  # ("between October and December": December follows October)
                res = resolve(replace(sem, year=y), None)
            if anchor == "narrative" and ref is not None and not on_event:
                if sem.shift and sem.rel_unit == "week" and sem.rel_n and narrative_days == 0:
                    # "six weeks later" after "8 January 1938": a day, 1938-02-19 (but "the
                    # following week" is a week)
                    res = resolve(replace(sem, rel_unit="day", rel_n=7 * sem.rel_n), ref)
                # "hari itu" after "setahun kemudian": a day of that year, not 1 January.
                res = _coarsen(sem, ref, ref_days, res)
                if (now := _years_later_now(sem, res, published)) is not None:
                    sem, res, anchor = now, resolve(now, published), "published"
            if ref is None:
                anchor = "none"
            elif sem.shift and sem.rel_unit == "year":
                # "a year earlier" after "the third quarter", "the year-ago quarter"
                last = last_value if start - last_at < _NARRATIVE_REACH else ""
                res = _year_ago_quarter(sem, last, published or ref, ref) or res
        if sem.ref is not None:
            anchor = "published" if published is not None else "none"
        point = story_point(sem, lex, toks, m.i, m.j, published is not None)
        if point is not None and sem.mod in ("MID", "END") and res.earliest is not None:
            point = res.earliest.date()  # "late 1944" tells of its last months
        if (
            point is None
            and anchor == "narrative"
            and not flashed
            # ("by the end of the year" in a history: the story's year, and its last months)
            and (anaphoric or (under and (history or published is None or retelling)))
            and res.earliest is not None
        ):
            # A chronicle moves on: "two years later", a history's "14 June" anchor what follows
            point = res.earliest.date()
        if (
            point is None
            and anchor == "published"
            # (a history's bare "18 May" in the year of writing moves its story as well, and
            # its "December last year ... on 9 December")
            and (not history or under or (sem.month is not None and sem.rel_unit is not None))
            and sem.kind == "date"
            and res.earliest is not None
            and res.latest is not None
            and (res.latest - res.earliest).days < 32
        ):
            point = res.earliest.date()  # "last Tuesday's hearing ... the next morning"
        if (
            point is not None
            and narrative is not None
            and _flashback(
                sem,
                res,
                narrative,
                narrative_days,
                _looks_back(
                    sem,
                    history,
                    bool(retold),
                    under,
                    narrative_days,
                    narrative_at > lead_end or (sem.year or 0) < narrative.year - 1,
                    # (only a history's look back asks for a past perfect)
                    history and lex is not None and _past_perfect(lex, toks, m.i),
                ),
                bool(retold) and sem.explicit and not history,
            )
        ):
            if sem.explicit and res.earliest is not None:
                flash = res.earliest.date(), start  # a look back anaphora in its sentence follow
            point = None
        now = narrative or published
        if (
            point is not None
            and now is not None
            and point > now
            and not (history and sem.explicit and sem.day and sem.year)  # (its day will come)
            and (
                (lex is not None and (tense(lex, toks, m.i, m.j) if when is None else when) > 0)
                # texts tell of days up to their writing, not of a year or month ahead ("target
                # 2015", "a transition of 24 months, to end in July 2024")
                or (
                    published is not None
                    and point > published
                    and (_year_only(sem) or not (sem.day or (narrative_mode and from_content)))
                )
            )
        ):
            # A plan ahead ("to take effect on December 10", "elections set for July 1956") is
            # no time the text has come to: "later the same day" is still the story's day.
            point = None
        if point is not None and _holds_story(sem, res, narrative, narrative_days):
            point = None  # "mines laid over the winter" on 6 February: the story stays on its day
        if sem.bc and sem.explicit:
            # "490 BC": the story leaves the calendar the bounds use; what follows counts in it
            bc_year, narrative, narrative_at = sem.year, None, start
        if point is not None:
            bc_year = None
            narrative, narrative_at, narrative_named = point, start, sem.explicit
            kept = anchor == "narrative" and (anaphoric or sem.anaphoric)  # "A week later"
            retold = _retold(sem, point, published, retold, retelling, narrative_mode, kept)
            narrative_days = (
                (res.latest - res.earliest).days
                if res.earliest is not None and res.latest is not None
                else 365
            )
            # "on 12 March", and in a story "the next day": a clock time after it is that day's
            narrative_calendar = (sem.day is not None and sem.month is not None) or (
                (sem.anaphoric or sem.weekday is not None or sem.easter is not None)
                and narrative_days == 0
            )
            if narrative_days == 0:
                day_point = point
        if sem.kind == "date" and not sem.shift:
            last_value, last_at = res.value, start
        named_day = _named_day(sem, res) if published is not None else None
        if named_day is not None:
            ahead_day = (named_day, start) if named_day > published else None
        shift_from = _clock_at(last_clock, out)  # (re-dated by a day named after it)
        shifted = _clock_shifted(sem, shift_from, start, _NARRATIVE_REACH, not history)
        if shifted is not sem:  # "twenty minutes later", "Delapan menit kemudian"
            sem, res = shifted, resolve(shifted, None)
        near_clock = (
            last_clock
            if history and last_clock and start - last_clock[1] < _NARRATIVE_REACH
            else None
        )
        if (rolled := _night_went_on(sem, res.value, near_clock and near_clock[0])) is not None:
            sem, res = rolled, resolve(rolled, None)  # "before midnight ... at 3:10 a.m."
            narrative, narrative_days = date(rolled.year, rolled.month, rolled.day), 0
        if (at := _clock_time(res.value)) is not None:
            last_clock = (at, start)  # ("T24:00", midnight, is the next day's 00:00)
        elif sem.day is not None and _night_of(lex, text, start) and _DAY_PREFIX.match(res.value):
            # "on the night of 23 January": its morning clock times are of the next day
            last_clock = (datetime.fromisoformat(res.value[:10]) + timedelta(hours=23), start)
        day = _named_day(sem, res, True) if lead_day is None and published else None
        if day is not None and 0 <= (published - day).days <= 7 and not _own_line(text, m, toks):
            lead_day = day  # (the report's own day counts: "signals Sunday" in a Sunday's)
            # Its clock times are on it, when a date or weekday names it, or "yesterday" does
            # in the lead paragraph ("A fire yesterday morning ... broke out at 3:30am")
            lead_told = _named_day(sem, res) is not None or start < _lead_end(text)
        # "following the August 2 resignation": a date that modifies a noun tells no event day
        modifier = (
            m.i > 0
            and lex is not None
            and toks[m.i - 1].low in determiners  # (a set test first: see below)
            and lex.first(toks, m.i - 1, "determiners")
        )
        named = event_day if modifier else _event_day(sem, res, published, event_day)
        if (
            named is None
            and event_day is not None
            and lex is not None
            and _named_day(sem, res) == published
            and _attributed(lex, toks, m.i)
        ):
            # "Kebakaran terjadi Minggu (11/9) ... ujar Dolifar, Senin (12/9)": the day of the
            # saying (the report's) leaves the event's day to the clock times that follow
            named = event_day
        if named is not event_day:
            event_night = sem.part in ("EV", "NI")
        event_day = named
        kind = sem.kind
        if kind == "date" and (sem.hour is not None or sem.part is not None):
            kind = "time"
        if title:
            clocks = []
            continue
        out.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                kind=kind,
                value=res.value,
                mod=sem.mod,
                earliest=res.earliest,
                latest=res.latest,
                edtf=res.edtf,
                anchor=anchor,
            )
        )
        here = out[-1]
        if sem.explicit and sem.day and sem.month and sem.year and not sem.rel_unit:
            dated.setdefault((sem.month, sem.day), sem.year)
        # (a bare clock waits for its day, "at 10 p.m. Wednesday"; "Monday until 4 am on Tuesday")
        timed = _clock_only(sem) or _part_only(sem)
        before_weekday = before_weekday if timed else None
        prev_month = (end, here.value[:7] if sem.month and sem.day is None else "")
        if sem.weekday is not None and sem.day is None and _DAY_PREFIX.match(here.value or ""):
            before_weekday = (end, date.fromisoformat(here.value[:10]))
        clocks = _date_clocks(clocks, out, sem, text, clock_links, timed)
    return _overnight(lex, text, out)


def extract(doc: Document) -> list[Mention]:
    """Return the temporal mentions of ``doc``, read from ``doc.masked``, offsets on ``doc.text``.

    Examples
    --------
    >>> from conflictlens.document import make_document
    >>> doc = make_document("Dia tiba kemarin.", lang="id", published="2022-12-23")
    >>> [(m.text, m.value, m.anchor) for m in extract(doc)]
    [('kemarin', '2022-12-22', 'published')]
    """
    text = doc.masked or doc.text
    published = doc.published.date() if doc.published is not None else None
    proxy = None if published is not None else _yearless_dateline(text, doc.lang)
    found = tag(text, doc.lang, published or proxy, doc.published_source == "content")
    if proxy is not None:
        unknown_year(found, proxy.year)
    # The masked text has the same offsets; report the original characters.
    for m in found:
        m.text = doc.text[m.start : m.end]
    return found
