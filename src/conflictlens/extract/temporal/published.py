"""The publication date of a text read off its dateline or content, and a yearless
dateline's stand-in day.

Examples
--------
>>> from conflictlens.document import make_document
>>> ts, source = infer_published(make_document("Kamis (17/10/2013) - Hujan turun.", lang="id"))
>>> str(ts.date()), source
('2013-10-17', 'dateline')
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from ...document import Document
from .anchor import dateline, dateline_year, proxy_day, year_clues
from .lexicon import get_lexicon
from .scan import _scan

# How far into a document a dateline may sit (Kompas puts it in the second paragraph).
_DATELINE_CHARS = 1500


def _yearless_dateline(text: str, lang: str | None) -> date | None:
    """The dateline's day in a stand-in year when the text names no year (see
    :func:`~conflictlens.extract.temporal.anchor.proxy_day`)."""
    toks, matches, _ = _scan(text, lang)
    m = dateline(toks, matches, _DATELINE_CHARS)
    return proxy_day(m.sem) if m is not None and m.sem.year is None else None


def infer_published(doc: Document) -> tuple[pd.Timestamp | None, str]:
    """Infer the publication date of ``doc`` from its dateline or, failing that, its content.

    A dateline is a weekday with a day and month near the top ("Jumat (23/12)",
    "Kamis (17/10/2013)", "Friday, January 4, 2019"). Without a year, the year is the one, of
    those in which that day falls on that weekday, under which the years the text mentions are
    likeliest (:func:`~conflictlens.extract.temporal.anchor.dateline_year`); a text that
    mentions no year gets no date (its relative dates are then read from the dateline's day,
    with the year unknown: ``XXXX-10-05``, anchor ``dateline``).

    Examples
    --------
    >>> from conflictlens.document import make_document
    >>> doc = make_document("Friday, January 4, 2019\\nTroops left the city.", lang="en")
    >>> ts, source = infer_published(doc)
    >>> str(ts), source
    ('2019-01-04 00:00:00', 'dateline')
    """
    text = doc.masked or doc.text
    toks, matches, code = _scan(text, doc.lang)
    m = dateline(toks, matches, _DATELINE_CHARS)
    if m is not None:
        s = m.sem
        year = s.year
        if year is None and code:
            # Each mentioned year with its sentence's tense: "target 2030" looks ahead.
            years, clues = year_clues(get_lexicon(code), toks, matches)
            year = dateline_year(s.month, s.day, s.weekday, years, clues)
        if year is not None:
            return _timestamp(date(year, s.month, s.day)), "dateline"
    if matches:
        # A first line that is (almost) only a full date: "Friday, January 4, 2019".
        first = matches[0]
        line_end = text.find("\n")
        line = text[: line_end if line_end >= 0 else len(text)]
        a, b = toks[first.i].start, toks[first.j - 1].end
        s = first.sem
        if (
            b <= len(line)
            and len(line.strip()) - (b - a) <= 20
            and s.explicit
            and (s.day is not None and s.year is not None)
        ):
            return _timestamp(date(s.year, s.month, s.day)), "dateline"
    full = [
        date(m.sem.year, m.sem.month, m.sem.day)
        for m in matches
        if m.sem.explicit and m.sem.year and m.sem.month and m.sem.day and m.sem.rel_unit is None
    ]
    if full:
        return _timestamp(max(full)), "content"
    return None, "unknown"


def _timestamp(d: date) -> pd.Timestamp:
    return pd.Timestamp(d.year, d.month, d.day).as_unit("s")
