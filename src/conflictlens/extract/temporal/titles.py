"""Titles and names that look like times but are none: the film "High Noon", "the Seven
Years' War". The tagger keeps such spans out of its output (a year in a title still dates what
follows).
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import Lexicon, get_lexicon
from .normalize import Sem
from .story import _part_only

_OPEN_QUOTES = "\"`'\u201c\u2018"
_CLOSE_QUOTES = "\"'\u201d\u2019"
_WORD = re.compile(r"[^\W_]+")
# The last opening quote before an expression, with no sentence end after it.
_OPEN_BEFORE = re.compile("[" + _OPEN_QUOTES + "][^" + _OPEN_QUOTES + ".!?\n]*$")


@cache
def _proper_words(code: str) -> frozenset[str]:
    """Words a language always capitalizes in dates: month, weekday and holiday names."""
    pack = get_lexicon(code).pack
    words: set[str] = set()
    for cls in ("months", "month_abbr", "weekdays", "weekday_abbr", "holidays"):
        # one-word names only: "Holy Week" does not make "week" a name
        words.update(w for w in pack.get(cls) or () if " " not in w)
    return frozenset(words)


def _quoted_title(text: str, start: int, end: int, proper: frozenset[str]) -> bool:
    """A title in quotes, not a time: the film "High Noon", the show "This Week With ...".

    The quoted words are all capitalized (or numbers), at least two, and one past the first is
    a word its language does not always capitalize ("Week", unlike "Monday" in "Next Monday").
    """
    m = _OPEN_BEFORE.search(text, max(0, start - 41), start)
    if m is None:
        return False
    a = m.start() + 1  # just after the opening quote
    if a > 1 and text[a - 2].isalnum():
        return False  # an apostrophe ("Kopp's 1987 Chevrolet") opens no quote
    b, n = end, len(text)
    while b < n and b - end < 40 and text[b] not in "!?\n":
        if text[b] in _CLOSE_QUOTES and not (b + 1 < n and text[b + 1].isalnum()):
            break  # a closing quote, not the apostrophe of "I'm"
        b += 1
    if b >= n or text[b] not in _CLOSE_QUOTES:
        return False
    if text[a:b].strip() == text[start:end] and re.fullmatch(r"\d{1,2}:\d\d", text[start:end]):
        return True  # the album and tour "4:44", a bare clock time as the whole quote
    words = _WORD.findall(text[a:b])
    small = [i > 0 and len(w) <= 3 and w.islower() for i, w in enumerate(words)]  # "of the"
    if len(words) - sum(small) < 2 or not all(
        w[0].isupper() or w[0].isdigit() or s for w, s in zip(words, small, strict=True)
    ):
        return False
    return any(len(w) > 1 and w[0].isupper() and w.lower() not in proper for w in words[1:])


# After a capitalized period: an apostrophe ("Years' War"), then the next word.
_NAME_AFTER = re.compile(r"(?:['\u2019]s?|s['\u2019])?\s+([^\W\d_][^\W_]*)")


def _named_period(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A capitalized period that names an event, not a time: "the Seven Years' War", "the
    Six-Day War", "the Seven Days Battles". Every word of the period is capitalized and a
    capitalized word the language pack does not know follows ("Three Years Later" stays).

    Examples
    --------
    >>> lex = get_lexicon("en")
    >>> text = "the Seven Years' War lasted seven years"
    >>> _named_period(text, 0, 16, lex), _named_period(text, 28, 39, lex)
    (True, False)
    """
    words = [w for w in _WORD.findall(text[start:end]) if w.lower() not in ("the",)]
    if not words or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    if all(w[0].isdigit() for w in words):
        return False
    m = _NAME_AFTER.match(text, end)
    if m is None:
        return False
    nxt = m.group(1)
    if nxt in (lex.pack.get("linkers") or ()):
        # "The Last Days of Dolwyn": a title goes on after "of" (and "the") with a name
        rest = _WORD.findall(text, m.end(), m.end() + 40)[:2]
        if rest and rest[0] in (lex.pack.get("determiners") or ()):
            rest = rest[1:]
        nxt = rest[0] if rest else ""
    return bool(nxt) and nxt[0].isupper() and nxt.lower() not in lex.words and not nxt.isupper()


def _capitalized_name(sem: Sem, toks: list, i: int, j: int) -> bool:
    """A capitalized word that is lower-case in running text, inside a name: a part of the day
    or a reference word after a lower-case word ("Imus in the Morning", "Back to the Future",
    "pada Malam Anugerah"), or a season not opening its sentence ("Olimpiade Musim Dingin",
    "the Arab Spring")."""
    if i == 0 or not toks[j - 1].text.istitle():
        return False
    opening = toks[i].nl or toks[i - 1].text in (".", "!", "?", '"', "\u201c", ":")
    if sem.season is not None and sem.year is None and sem.rel_unit is None:
        return not opening
    if sem.kind == "duration" and j - i == 2 and toks[i].text.isdigit():
        return not opening  # "a 60 Minutes interview", "28 Days Later"
    today = sem.rel_unit == "day" and sem.rel_n == 0 and j - i == 1
    if (sem.ref is not None or today) and toks[i - 1].text[:1].isupper() and not opening:
        # "USA Today Washington" (not "JAKARTA, Kini", "WASHINGTON Today the Senate")
        return toks[i - 1].text.isupper() and j < len(toks) and toks[j].text.istitle()
    return (_part_only(sem) or sem.ref is not None) and toks[i - 1].text.islower()


def _is_title(text: str, toks: list, m, lex: Lexicon | None, proper: frozenset[str]) -> bool:
    """Whether match ``m`` is (in) a title or name: "High Noon", "the October War",
    "Film Festival 2016", "the Christmas Offensive"."""
    sem, start, end = m.sem, toks[m.i].start, toks[m.j - 1].end
    return (
        _quoted_title(text, start, end, proper)
        or (
            (
                sem.kind == "duration"
                or (sem.season is not None and sem.year is None)
                # "the October War", "the October Revolution": a bare month after "the"; "the
                # Christmas Offensive": a holiday
                or (
                    sem.month is not None
                    and sem.year is None
                    and sem.rel_unit is None
                    and lex is not None
                    and m.i > 0
                    and (sem.day is None or lex.first(toks, m.i, "holidays") is not None)
                    and (sem.day is not None or lex.first(toks, m.i - 1, "determiners") is not None)
                )
            )
            and lex is not None
            and _named_period(text, start, end, lex)
        )
        or _capitalized_name(sem, toks, m.i, m.j)
    )
