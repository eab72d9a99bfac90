"""Quantities: counts with qualifier, bounds, counted noun and category.

Interface used by :mod:`conflictlens.pipeline`: ``extract(doc, temporal) -> list[Mention]`` with
kind ``quantity``; spans overlapping the ``temporal`` mentions are not quantities.

What is read (per language, from ``conflictlens/lang/quantities_<code>.json``):

- digits with the language's separators (Indonesian ``1.500`` = 1500 and ``1,5 juta`` = 1.5 million;
  English ``1,500`` and ``1.5 million``), number words (``dua ratus lima puluh``, ``sebelas``,
  ``seribu``, ``twenty-three``, ``a dozen``), ranges (``10-15``, ``antara 10 dan 15``,
  ``10 to 15``), vague amounts (``puluhan ribu``, ``dozens``), percentages and money;
- other written forms (:mod:`.forms`): fractions (``1/40 of``, ``2 1/2``, ``½``, ``two thirds``,
  ``half a million``, ``a third of``, ``two and a half``, ``separuh dari``, ``setengahnya``),
  digits grouped by spaces (``10 000``), scientific notation (``4e14``, ``2.48×10−5``), signs
  (``-18 °C``, ``$-99.99``, ``minus Rp 1.288``; a sign only for measures, money and percentages);
- measurements (units per language in the JSON ``measures`` table): ``unit`` is the unit as
  written (``km``, ``square miles``, ``hektare``, ``derajat``), the span is the number (with its
  qualifier) like a counted noun, and ``category`` is ``territory`` for areas of land
  (``300 square kilometres``, ``200 hektare``) and ``other`` for every other measure;
- qualifiers, which become bounds and a TIMEX3-style ``mod``:

  ============================================ ============== ======== ========
  qualifier                                    mod            low      high
  ============================================ ============== ======== ========
  lebih dari / more than / over                MORE_THAN      n (excl) None
  setidaknya / sedikitnya / at least           EQUAL_OR_MORE  n        None
  kurang dari / less than / hampir / almost    LESS_THAN      None     n (excl)
  hingga / up to / as many as                  EQUAL_OR_LESS  None     n
  sekitar / about / around / kira-kira         APPROX         None     None
  (none)                                       None           n        n
  ============================================ ============== ======== ========

  ``amount`` is always the stated number.
- vague amounts (conventions, also in the JSON files): the plural of a magnitude M
  (``puluhan``/``ratusan``/``ribuan``, ``hundreds``/``thousands``) means at least 2M and below 10M;
  ``belasan`` 11-19, ``dozens`` 24-99, ``scores`` 40-199, ``beberapa`` 2-9, ``several`` 3-9,
  ``a few`` 2-5, ``sejumlah``/``a number of`` 2 and up; a scale word multiplies both bounds
  (``puluhan ribu`` = 20,000-99,999). Their ``mod`` is ``APPROX`` and ``amount`` is the low
  bound, the conservative reading conflict datasets use when coding "dozens" or "hundreds";
  ranges likewise take ``amount`` = low.
- ``unit``: the counted noun as written ("permukiman dan desa", "people"); for money the currency
  code (``USD``, ``IDR``), for percentages ``percent``.
- ``category``: from an event word after or before the number ("12 orang tewas",
  "killing 12 people"), else from the counted noun ("1,500 refugees", "tujuh wilayah").

Not counts: years, dates and times ("23/12", "10.30 WIB"), durations and ages ("44 hari",
"25-year-old"), ordinals ("ke-3", "3rd"), phone numbers and identifiers ("0812-3456-7890",
"COVID-19", "F-16"), sports scores ("21-19"), appositive ages ("Nadine, 32,"), pronouns ("the
one"), parts ("the first half of"). Parenthesized money is not read as an accounting negative:
in news "($5 billion)" is a currency conversion.

Examples
--------
>>> from conflictlens.document import make_document
>>> doc = make_document("Sedikitnya 12 orang tewas dan 1.500 orang mengungsi.", lang="id")
>>> for m in extract(doc, []):
...     print(m.text, m.amount, m.low, m.high, m.unit, m.category)
Sedikitnya 12 12.0 12.0 None orang casualties
1.500 1500.0 1500.0 1500.0 orang displaced
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from operator import itemgetter

from ...document import Document
from ...spans import Mention
from .lexicon import Lexicon, lexicon
from .numbers import _starters, line_tokens, tokenize
from .scan import scan

__all__ = ["extract"]


def extract(doc: Document, temporal: list[Mention]) -> list[Mention]:
    """Return the quantity mentions of ``doc``, skipping spans that overlap ``temporal``.

    Parameters
    ----------
    doc : Document
        The document; ``doc.masked`` is read so boilerplate yields nothing.
    temporal : list of Mention
        Temporal mentions (dates, durations): numbers inside them are not counts.

    Returns
    -------
    list of Mention
        Kind ``quantity``, in text order, with ``value``, ``amount``, ``low``, ``high``, ``mod``,
        ``unit`` and ``category`` set.

    Examples
    --------
    >>> from conflictlens.document import make_document
    >>> doc = make_document("At least 12 people were killed.", lang="en")
    >>> m = extract(doc, [])[0]
    >>> (m.text, m.low, m.high, m.mod, m.category)
    ('At least 12', 12.0, None, 'EQUAL_OR_MORE', 'casualties')
    """
    text = doc.masked or doc.text
    lex = lexicon(doc.lang)
    spans = sorted((m.start, m.end) for m in temporal)
    out: list[Mention] = []
    first = 0
    runs = _text_runs(text)
    # Line by line: a count never spans a line break, and short token lists keep memory and
    # garbage-collection work proportional to the line, not the document.
    for line in _LINE.finditer(text):
        start, end = line.span()
        while first < len(spans) and spans[first][1] <= start:
            first += 1
        last = first
        while last < len(spans) and spans[last][0] < end:
            last += 1
        near = spans[first:last]
        if not _may_count(text, start, end, lex, near, runs):
            continue
        tokens, starts = line_tokens(text, start, end, lex.code)
        if starts:
            # Most lines hold no temporal mention: no token is blocked (``scan`` reads None so).
            blocked = _blocked(tokens, near) if near else None
            out.extend(scan(text, tokens, lex, blocked, starts))
    for m in out:
        m.text = doc.text[m.start : m.end]
    return out


_LINE = re.compile(r"[^\n]+")
_START, _END = itemgetter(1), itemgetter(2)  # of a Token
# Signs that start a number token's quantity when written against its digits (``minus_sign``).
_SIGNS = frozenset("-−–")
# The word tokens of :func:`.numbers.tokenize` (same alternative, so the same words).
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# ASCII bytes: letters kept, digits all "0" (one byte to look for), everything else a space (so
# ``split`` gives the runs of letters; a run holding a "0" is never looked at).
_LETTER_RUNS = (
    bytes(c if chr(c).isalpha() else 48 if chr(c).isdigit() else 32 for c in range(128))
    + b" " * 128
)


@cache
def _ascii_starters(code: str) -> frozenset[bytes] | None:
    """The one-word starters of ``scan`` as ASCII bytes, or None unless all are plain letters.

    A word token whose lower case is such a starter is a run of letters that lower to ASCII:
    in the lower-cased text encoded to ASCII (other characters "?"), it is one of the runs of
    letters, since lower-casing turns no character outside words into a word character (true of
    every Unicode character). Number words (``atoms``) are starters, so the head of
    "twenty-three" is one too.
    """
    words = [w for w in _starters(code) if " " not in w]  # no token holds a space
    if not all(w.isascii() and w.isalpha() for w in words):
        return None
    return frozenset(w.encode() for w in words)


def _runs(word: str) -> list[bytes]:
    # The ASCII letter runs of a word (as ``_may_count`` cuts a line).
    return word.lower().encode("ascii", "replace").translate(_LETTER_RUNS).split()


@cache
def _articles(code: str) -> tuple[frozenset[bytes], frozenset[bytes], frozenset[bytes]]:
    """``(other starters, articles, needed words)`` of ``_ascii_starters``, as ASCII bytes.

    An article that counts only a person ("a", "an": ``event_articles`` true) and is otherwise
    only an article atom ("a hundred") or the head of vague amounts and fractions ("a few",
    "a third") reads no quantity (nor does a token "a-..." hyphenated to it) unless the line
    holds one of: the next word of such a phrase, a multiplier or a word standing for one, a
    teen word, a word of a person noun (``article_units``, see ``context.person_ahead``). No article
    (all starters are other starters) for a language where that does not hold.
    """
    lex = lexicon(code)
    keys = _ascii_starters(code) or frozenset()
    plain = (keys, frozenset(), frozenset())
    articles = [w for w, person in lex.event_articles.items() if person]
    needs = {*lex.multipliers, *lex.teen, *(w for u in lex.article_units for w in u.split())}
    needs.update(k for k, parts in lex.expansions.items() if parts[0] in lex.multipliers)
    alone = (lex.expansions, lex.vague, lex.fraction_words, lex.standalone_shares,
             lex.multipliers, lex.teen)  # fmt: skip
    for w in articles:
        if w.encode() not in keys or any(w in t for t in alone):
            return plain
        if w in lex.atoms and w not in lex.article_atoms:
            return plain
        for table, phrases in ((lex.vague, True), (lex.fraction_words, True),
                               (lex.expansions, False), (lex.event_articles, False)):  # fmt: skip
            for k in table:
                after = k[len(w) : len(w) + 1] if k.startswith(w) else ""
                if after == " " and phrases:
                    needs.add(tokenize(k)[1].low)  # the word after the article
                elif after and not after.isalpha() and after != " ":
                    return plain  # "a-few": one token
    runs = [_runs(w) for w in needs]
    if not articles or not all(runs):
        return plain  # (a needed word must show in the runs of letters)
    arts = frozenset(w.encode() for w in articles)
    return keys - arts, arts, frozenset(r for rs in runs for r in rs)


def _may_count(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    spans: list[tuple[int, int]],
    runs: bytes | None = None,
) -> bool:
    """Tell whether ``text[start:end]`` has a token a quantity can start at (see ``scan``).

    A cheap test in C before tokenizing. ``scan`` starts at a number, a minus sign against one,
    or a word that is a starter, a hyphenated number word ("twenty-three") or one numeric
    character ("½"), unless the token overlaps a temporal span of ``spans``: only the parts of
    the line outside them are searched ("12 Januari 2024": no count). Conservative: a word cut
    by a span, a number whose digits run into one, or any numeric character sends the line on.
    A line whose only starters are articles ("a") is sent on only with a word one of them needs
    to read a quantity (see ``_articles``). ``runs``: :func:`_text_runs` of ``text``, if not
    None (else each part is made so).
    """
    parts = _outside(start, end, spans) if spans else ((start, end),)
    keys = _ascii_starters(lex.code)
    if keys is not None:
        keys, articles, needs = _articles(lex.code)
    article = False
    for a, b in parts:
        part = text[a:b]
        # One pass in C for the digits and the words. Lower-casing makes and removes no ASCII
        # digit (true of every Unicode character), and other scripts' digits are numeric
        # characters, found below.
        if runs is None:
            seg = part.lower().encode("ascii", "replace").translate(_LETTER_RUNS)
        else:
            seg = runs[a:b]
        if b"0" in seg:
            return True  # a number token starts in the part
        if b < end and text[b - 1] in _SIGNS and text[b].isdecimal():
            return True  # a minus sign at its end against digits in a span (``\d``: decimal)
        if keys is not None:
            words = seg.split()
            if not keys.isdisjoint(words):
                return True
            article = article or not articles.isdisjoint(words)
        elif _starting_word(part, lex):
            return True
        # Any numeric character (of another script) is a one-character number or a digit.
        if not part.isascii() and any(map(str.isnumeric, set(part))):
            return True
    # Only articles ("a"): a quantity needs one of their words, looked for in the whole line
    # (the look-ups around a token read across temporal spans).
    return article and not needs.isdisjoint(_runs(text[start:end]))


def _text_runs(text: str) -> bytes | None:
    """What ``_may_count`` makes of each part of ``text`` (lower case, ASCII, letter runs), made
    once for the whole text: a part's are its slice. None when lower-casing changes the length
    ("İ" becomes two characters), since offsets would then shift. At the same length every
    character lowers to one, by itself but for a Greek capital sigma (final or not by its
    neighbours), whose lower cases are both not ASCII ("?"): the same bytes as per part.
    """
    low = text.lower()
    if len(low) != len(text):
        return None
    return low.encode("ascii", "replace").translate(_LETTER_RUNS)


def _starting_word(part: str, lex: Lexicon) -> bool:
    # The general test, word by word (starters that are not plain ASCII letters).
    lows = [w.lower() for w in _WORD.findall(part)]
    return not _starters(lex.code).isdisjoint(lows) or any(
        "-" in w and w.split("-")[0] in lex.atoms for w in lows
    )


def _outside(start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` outside every span (sorted by start): a token overlapping
    no span lies within one of them."""
    parts = []
    a = start
    for s, e in spans:
        if s > a:
            parts.append((a, min(s, end)))
        a = max(a, e)
    if a < end:
        parts.append((a, end))
    return parts


def _blocked(tokens, spans: list[tuple[int, int]]) -> list[bool]:
    # The tokens overlapping a temporal span: in text order, those ending after its start and
    # starting before its end, found by bisection (tokens neither overlap nor nest).
    blocked = [False] * len(tokens)
    for s, e in spans:  # most lines hold no temporal mention
        lo = bisect_right(tokens, s, key=_END)
        hi = bisect_left(tokens, e, key=_START)
        if lo < hi:
            blocked[lo:hi] = [True] * (hi - lo)
    return blocked
