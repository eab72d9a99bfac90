"""The year of a yearless date in a chronicle: a story moving forward through the calendar.

Examples
--------
>>> from datetime import date
>>> from .normalize import Sem
>>> _story_year(Sem(month=2, day=13), date(1944, 9, 1), 30)
1945
>>> _story_year(Sem(season="WI"), date(1942, 4, 18), 1, since=True)
1941
"""

from __future__ import annotations

from datetime import date

from .anchor import _past_perfect, opens_period
from .lexicon import Lexicon, Token
from .normalize import Sem
from .story import _forward_year

# The last month of a season that ends within its year (winter runs into the next one).
_SEASON_LAST_MONTH = {"SP": 5, "SU": 8, "FA": 11}
# The month each season begins in (a winter is named by its December).
_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _story_year(sem: Sem, ref: date, narrative_days: int, since: bool = False) -> int:
    """The year of a yearless date in a chronicle whose story has come to ``ref``.

    A chronicle's "On 4 June" after "By mid-1942" is in the story's current year; once down to
    months, it moves on: "13 February" after "late 1944" is in 1945, "In the spring" after "19
    September 1944" the next spring, "the winter" after "January 2, 1905" that of 1904-05.
    A season that opens a period up to the story's day (``since``: "had been reading the code
    since the winter" after "April 18, 1942") is the last one begun by then: 1941-WI.
    """
    year = ref.year
    if narrative_days >= 365:
        return year
    if since and sem.season in _SEASON_FIRST_MONTH and sem.month is None:
        return year - (ref.month < _SEASON_FIRST_MONTH[sem.season])
    if sem.month is not None:
        return _forward_year(ref, sem.month, sem.day)
    if sem.season in _SEASON_LAST_MONTH and ref.month > _SEASON_LAST_MONTH[sem.season]:
        return year + 1
    if sem.season == "WI" and ref.month <= 2:
        return year - 1
    return year


def _since_season(sem: Sem, lex: Lexicon | None, toks: list[Token], i: int, j: int) -> bool:
    """A season at tokens ``i:j`` that opens a period up to the story's day, told in the past
    perfect ("had been reading the code since the winter")."""
    return (
        sem.season is not None
        and lex is not None
        and opens_period(lex, toks, i, j)
        and _past_perfect(lex, toks, i)
    )
