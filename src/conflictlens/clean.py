"""Boilerplate spans and sentence segmentation, with offsets on the original text.

The text is never edited. Boilerplate (related-story links such as "Baca Juga: ...", agency
signature lines, editor codes like "(L/R4/P1)") is returned as spans; :func:`mask` blanks those
spans with spaces so extractors see the same offsets but nothing to extract.

Examples
--------
>>> text = "Perang pecah.\\nBaca Juga: Israel Serang Gaza\\nSelesai. (L/R4/P1)"
>>> [text[s.start:s.end] for s in boilerplate(text, "id")]
['Baca Juga: Israel Serang Gaza', '(L/R4/P1)']
>>> [text[s.start:s.end] for s in sentences(text, "id")]
['Perang pecah.', 'Baca Juga: Israel Serang Gaza', 'Selesai.', '(L/R4/P1)']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from . import lang as _lang
from .spans import Span

# A line: no newline inside; linear scan.
_LINE = re.compile(r"[^\n]+")
# Editor / desk codes at the end of an agency story: "(L/R4/P1)", "(ant/hrd)", "(***)".
_EDITOR_CODE = re.compile(
    r"\((?=[^)\n]{0,50}[A-Za-z*])(?:[A-Za-z0-9*]{1,6}/){1,6}[A-Za-z0-9*]{1,6}\)\s*$|\(\*{2,5}\)\s*$"
)
# A signature line: a short line naming a news agency, e.g. "Mi'raj News Agency (MINA)".
_AGENCY = re.compile(
    r"^[\w’'.\- ]{0,40}\b(?:News Agency|Kantor Berita|Press Agency|Wire Service|"
    r"News Service)\b[\w’'.()\- ]{0,20}$"
)


@cache
def _prefix_re(lang: str | None) -> tuple[re.Pattern[str], frozenset[str] | None]:
    """The related-story pattern and the characters such a line can start with (None: any)."""
    data = _lang.core()
    codes = [lang] if lang in data else list(data)
    prefixes = sorted(
        {p for c in codes for p in data[c]["boilerplate_prefixes"]}, key=len, reverse=True
    )
    alternatives = "|".join(re.escape(p) for p in prefixes)
    # The first non-blank character of a line decides most lines before the regex is called;
    # a prefix that is empty or starts with a blank would make that test unsafe.
    firsts = None
    if all(p and not p[0].isspace() for p in prefixes):
        firsts = frozenset(p[0] for p in prefixes)
    # A related-story line starts with the prefix followed by a colon, dash or pipe.
    return re.compile(rf"^\s*(?:{alternatives})\s*[:|\-–—]"), firsts


def boilerplate(text: str, lang: str | None = None) -> list[Span]:
    """Return the boilerplate spans of ``text`` (sorted, non-overlapping).

    Parameters
    ----------
    text : str
        The original document text.
    lang : str, optional
        Language code; its boilerplate prefixes are used (all languages' when unknown).
    """
    prefix, firsts = _prefix_re(lang)
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        body = line.group()
        stripped = body.strip()
        if not stripped:
            continue
        if (firsts is None or stripped[0] in firsts) and prefix.match(body):
            s = line.start() + len(body) - len(body.lstrip())
            spans.append(Span(s, s + len(stripped), "related"))
        elif len(stripped) <= 60 and _AGENCY.match(stripped):
            s = line.start() + len(body) - len(body.lstrip())
            spans.append(Span(s, s + len(stripped), "signature"))
        elif stripped[-1] == ")":  # an editor code ends the line (blanks aside)
            code = _EDITOR_CODE.search(body)
            if code:
                end = line.start() + code.start() + len(code.group().rstrip())
                spans.append(Span(line.start() + code.start(), end, "editor"))
    return spans


def mask(text: str, spans: list[Span]) -> str:
    """Return ``text`` with every span replaced by spaces (same length, same offsets)."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append(re.sub(r"[^\n]", " ", text[span.start : span.end]))
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)


@cache
def _abbrev(lang: str | None) -> frozenset[str]:
    data = _lang.core()
    codes = [lang] if lang in data else list(data)
    return frozenset(a for c in codes for a in data[c]["abbreviations"])


@cache
def _long_word(lang: str | None) -> int:
    """A length of word before a full stop that is surely no abbreviation nor initial (0: none).

    One more than the longest abbreviation (at least 2, longer than an initial). A word is read
    from the 20 characters before the stop, so a length past 20 cannot be told apart: 0.
    """
    n = max(max(map(len, _abbrev(lang)), default=0), 1) + 1
    return n if n <= 20 else 0


# Candidate sentence ends: a run of newlines, or terminal punctuation (and closing quotes/brackets)
# followed by whitespace and the start of a word (group 1: that word's first character). The
# character class comes first so that the engine skips to the next candidate character in C; the
# lookbehind then starts a match only at the beginning of a run, and the possessive quantifiers
# never give characters back, so a long run of dots is scanned once (linear, no backtracking). A
# run of newlines is one candidate: the empty lines between them hold no sentence, and the bounds
# are those of one candidate per newline (the sentence before ends at the first, the next starts
# after the last).
_END = re.compile(
    r"[.!?…\n](?:(?<=\n)\n*+|(?<![.!?…][.!?…])[.!?…]*+[\"'”’)\]]*+(?=\s++[\"'“‘(\[]*+(\w)))"
)
#: Longer "sentences" (tables, lists, hostile input) are cut at a space so that evidence stays short
#: and per-sentence work stays bounded.
MAX_SENTENCE = 2_000
# The word before a full stop (group 1), read from a window that ends with the stop: the run of word
# characters and dots after the window's last other character, in one left-to-right pass.
_PREV_WORD = re.compile(r"(?:[\w.]*+[^\w.])*+([\w.]+)\.$")


# The candidates of ``_END`` read by ``split``: the text between two candidates, the candidate and
# the first character of the next word (None for newlines), as strings; offsets are summed from
# their lengths. Cheaper than a match object per candidate, and the same candidates.
_END_SPLIT = re.compile(f"({_END.pattern})")
# A sentence span built without the frozen dataclass's ``__init__`` (three ``object.__setattr__``
# calls): the slots are set by their descriptors, which give the same object.
_new_span = Span.__new__
_set_start, _set_end, _set_label = Span.start.__set__, Span.end.__set__, Span.label.__set__


def sentences(text: str, lang: str | None = None) -> list[Span]:
    """Split ``text`` into sentence spans (stripped of surrounding whitespace).

    Lines are always separate sentences; within a line a sentence ends at ``.``, ``!``, ``?``
    followed by whitespace and a word, unless the dot closes a known abbreviation or an initial.
    The scan is linear in the length of the text.
    """
    abbrev = _abbrev(lang)
    long_word = _long_word(lang)
    out: list[Span] = []
    start = e = 0
    parts = iter(_END_SPLIT.split(text))  # the text after the last candidate is left over
    for between, found, first in zip(parts, parts, parts, strict=False):
        s = e + len(between)  # the candidate is text[s:e]
        e = s + len(found)
        if first is None:  # newlines
            end = s
        else:
            if found == ".":
                # The word before the stop (``_PREV_WORD``) is the run of word characters and dots
                # that ends at the stop: the sentence's start never cuts it (a sentence starts
                # after a newline or at the blank after a candidate), and the character before a
                # lone stop is no dot. So there is such a word when the character before the stop
                # is a word character. When the ``long_word`` characters before the stop are all
                # letters or digits, the word is longer than any abbreviation or initial; when they
                # end with a space and letters or digits, those are the word.
                if first.islower():
                    if s and (text[s - 1].isalnum() or text[s - 1] in "_."):
                        continue
                else:
                    before = text[s - long_word : s] if long_word and s >= long_word else ""
                    if not before or not before.isalnum():
                        word: str | None = before[before.rfind(" ") + 1 :]
                        if " " not in before or not word.isalnum():
                            prev = _PREV_WORD.match(text, max(start, s - 20), e)
                            word = prev.group(1) if prev else None
                        if word is not None and (
                            word in abbrev or (len(word) == 1 and word.isupper())
                        ):
                            continue
            end = e
        if end - start > MAX_SENTENCE:
            _add(out, text, _cut(text, start, end))
        elif end > start:  # an empty line has nothing to strip
            # Most sentences start after one space and begin and end with a printable ASCII
            # character, which is no blank: their stripped bounds are read without a copy.
            a = start + 1 if text[start] == " " else start
            if a < end and "!" <= text[a] <= "~" and "!" <= text[end - 1] <= "~":
                span = _new_span(Span)
                _set_start(span, a)
                _set_end(span, end)
                _set_label(span, "sentence")
                out.append(span)
            else:
                _add(out, text, ((start, end),))
        start = e
    _add(out, text, _cut(text, start, len(text)))
    return out


def _add(out: list[Span], text: str, bounds: Iterable[tuple[int, int]]) -> None:
    """Append the sentence spans of ``bounds`` (offsets before stripping) to ``out``."""
    for a, b in bounds:
        seg = text[a:b]
        stripped = seg.strip()
        if stripped:
            a += len(seg) - len(seg.lstrip())
            span = _new_span(Span)
            _set_start(span, a)
            _set_end(span, a + len(stripped))
            _set_label(span, "sentence")
            out.append(span)


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most ``MAX_SENTENCE`` chars, at spaces if any."""
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        space = text.rfind(" ", start + MAX_SENTENCE // 2, limit)
        cut = space + 1 if space > 0 else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
