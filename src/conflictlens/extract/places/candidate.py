"""The candidate span record shared by the matcher's passes, the language-aware lookup, and
word-start patterns that scan fast.

Examples
--------
>>> from conflictlens.extract.places.gazetteer import load
>>> lookup(load(), "Jakarta", ("id",)) is not None
True
>>> rx = word_start_regex("(?P<w>desa|kota) (?=[A-Z])")
>>> [(m.start("w"), m.group("w")) for m in word_start_finditer(rx, "desa Suren, ekota X kota Y")]
[(0, 'desa'), (20, 'kota')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .gazetteer import Gazetteer


@dataclass(slots=True)
class Candidate:
    """A span that may name a place, with the gazetteer entries its name can mean."""

    start: int
    end: int
    text: str
    places: list[int]
    cue: str | None = None
    alias: bool = False


def lookup(gaz: Gazetteer, name: str, langs: tuple[str, ...]) -> list[int] | None:
    """Return the places ``name`` may mean in text of ``langs``, or ``None``."""
    found = gaz.lookup(name)
    if found and gaz.allowed(name, langs):
        return found
    return None


def word_start_regex(body: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    r"""Compile ``body`` to match only where a word starts (what ``(?<!\w)body`` would match).

    A pattern opening with a lookbehind makes the regex engine try a full match at every
    character; opening with ``\W`` lets it skip to the non-word characters (a many times
    faster scan). The pair is that scanning pattern and ``body`` for the text's start. Read
    the match positions from ``body``'s groups (the scanning match includes the character
    before). ``body`` must not match right where one of its own matches ends (it ends before a
    capital or a non-word character), since that character is taken by the previous match.
    """
    return re.compile(body), re.compile(rf"\W(?:{body})")


def word_start_finditer(rx: tuple[re.Pattern[str], re.Pattern[str]], text: str) -> Iterator:
    """The matches of a :func:`word_start_regex` pair in ``text``, left to right."""
    first, scan = rx
    m = first.match(text)
    pos = 0
    if m is not None:
        yield m
        pos = max(m.end() - 1, 0)
    yield from scan.finditer(text, pos)
