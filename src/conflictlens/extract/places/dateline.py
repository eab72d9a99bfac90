"""Datelines: the place a story was filed from, written in capitals at the top of the text.

"JAKARTA, KOMPAS.com -", "WASHINGTON (AP) —", "NEW YORK (Reuters) -": the name is a place
mention like any other (its span is the text as written) and the context the rest of the document
is resolved in.
"""

from __future__ import annotations

import re

from .candidate import Candidate, lookup
from .gazetteer import Gazetteer

# A dateline: the place a story was filed from, in capitals at the start of a line near the top,
# before the agency or a dash ("JAKARTA, KOMPAS.com -", "WASHINGTON (AP) —", "SPRINGFIELD,
# Ill. —", "KABUL, Afghanistan (Reuters) -").
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})"
    r"(?=(?:,[^\n,(]{1,30})?[ \t]*(?:\(|,|—|–))",
    re.M,
)
# How far into a text a dateline may sit (a title and a byline may come first).
_DATELINE_CHARS = 400
# Words of a place name that stay lower-case when a dateline is read ("Port-au-Prince").
_NAME_PARTICLES = frozenset({"au", "aux", "de", "del", "di", "du", "el", "la", "le", "of", "the"})


def _title(name: str) -> str:
    """ "PORT-AU-PRINCE" → "Port-au-Prince", "NEW YORK" → "New York"."""

    def word(w: str, first: bool) -> str:
        low = w.lower()
        return low if not first and low in _NAME_PARTICLES else low[:1].upper() + low[1:]

    out = []
    for i, w in enumerate(name.split(" ")):
        parts = w.split("-")
        out.append("-".join(word(p, i == 0 and k == 0) for k, p in enumerate(parts)))
    return " ".join(out)


def dateline(text: str, gaz: Gazetteer, langs: tuple[str, ...]) -> Candidate | None:
    """The dateline place of ``text``, read from capitals, or ``None``.

    Only populated places and first-level divisions count (a dateline names where a story was
    filed); the span is the text as written.

    Examples
    --------
    >>> from .gazetteer import load
    >>> c = dateline("JAKARTA, KOMPAS.com - Presiden berbicara.", load(), ("id",))
    >>> (c.start, c.end, c.text)
    (0, 7, 'JAKARTA')
    """
    m = _DATELINE.search(text, 0, _DATELINE_CHARS)
    if m is None or not m.group(1).isupper() or len(m.group(1)) < 3:
        return None
    name = m.group(1).rstrip(".")
    for form in (_title(name), name.title()):
        found = lookup(gaz, form, langs) or []
        # A story is filed from a town: its town readings first, of some size ("NATO, the
        # alliance" is no dateline of Nato in the Philippines); else a division or country.
        towns = [
            i
            for i in found
            if gaz.places[i].feature == "city" and gaz.places[i].population >= _DATELINE_TOWN
        ]
        places = towns or [i for i in found if gaz.places[i].feature in _FILED_FROM]
        if places:
            return Candidate(m.start(1), m.start(1) + len(name), name, places)
    return None


_FILED_FROM = frozenset({"admin1", "admin2", "country"})
_DATELINE_TOWN = 10_000
