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
def _prefix_re(lang: str | None) -> re.Pattern[str]:
    data = _lang.core()
    codes = [lang] if lang in data else list(data)
    prefixes = sorted(
        {p for c in codes for p in data[c]["boilerplate_prefixes"]}, key=len, reverse=True
    )
    alternatives = "|".join(re.escape(p) for p in prefixes)
    # A related-story line starts with the prefix followed by a colon, dash or pipe.
    return re.compile(rf"^\s*(?:{alternatives})\s*[:|\-–—]")


def boilerplate(text: str, lang: str | None = None) -> list[Span]:
    """Return the boilerplate spans of ``text`` (sorted, non-overlapping).

    Parameters
    ----------
    text : str
        The original document text.
    lang : str, optional
        Language code; its boilerplate prefixes are used (all languages' when unknown).
    """
    prefix = _prefix_re(lang)
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        body = line.group()
        stripped = body.strip()
        if not stripped:
            continue
        lead = len(body) - len(body.lstrip())
        s, e = line.start() + lead, line.start() + lead + len(stripped)
        if prefix.match(body):
            spans.append(Span(s, e, "related"))
        elif len(stripped) <= 60 and _AGENCY.match(stripped):
            spans.append(Span(s, e, "signature"))
        else:
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


# Candidate sentence ends: terminal punctuation (and closing quotes/brackets) followed by space.
# The lookbehind starts a match only at the beginning of a run and the possessive quantifiers never
# give characters back, so a long run of dots is scanned once (linear, no backtracking).
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s)|\n")
#: Longer "sentences" (tables, lists, hostile input) are cut at a space so that evidence stays short
#: and per-sentence work stays bounded.
MAX_SENTENCE = 2_000
_NEXT_START = re.compile(r"\s*[\"'“‘(\[]*[\w\d]")
_PREV_WORD = re.compile(r"([\w.]+)\.$")


def sentences(text: str, lang: str | None = None) -> list[Span]:
    """Split ``text`` into sentence spans (stripped of surrounding whitespace).

    Lines are always separate sentences; within a line a sentence ends at ``.``, ``!``, ``?``
    followed by whitespace and a word, unless the dot closes a known abbreviation or an initial.
    The scan is linear in the length of the text.
    """
    abbrev = _abbrev(lang)
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group() != "\n":
            nxt = _NEXT_START.match(text, m.end())
            if nxt is None:
                continue
            if m.group()[0] == "." and len(m.group()) == 1:
                prev = _PREV_WORD.search(text, max(start, m.start() - 20), m.end())
                if prev:
                    word = prev.group(1)
                    if word in abbrev or (len(word) == 1 and word.isupper()):
                        continue
                    if text[nxt.end() - 1].islower():
                        continue
        bounds.append((start, m.end() if m.group() != "\n" else m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    out: list[Span] = []
    for s, e in bounds:
        for a, b in _cut(text, s, e):
            seg = text[a:b]
            stripped = seg.strip()
            if stripped:
                lead = len(seg) - len(seg.lstrip())
                out.append(Span(a + lead, a + lead + len(stripped), "sentence"))
    return out


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
