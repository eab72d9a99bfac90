"""The candidate span record shared by the matcher's passes, and the language-aware lookup.

Examples
--------
>>> from conflictlens.extract.places.gazetteer import load
>>> lookup(load(), "Jakarta", ("id",)) is not None
True
"""

from __future__ import annotations

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
