"""Place mentions and their resolution to a canonical place.

Interface used by :mod:`conflictlens.pipeline`: ``extract(doc) -> list[Mention]`` with kind
``place``, ``value`` the place id (``geonames:ID`` or a curated ``cl:`` id; ``None`` for a cue
phrase such as ``Desa Suren`` whose name no gazetteer knows), ``name`` (English), ``country``
(ISO 3166-1 alpha-2), ``lat``, ``lon``, ``feature`` and ``disputed``.

Examples
--------
>>> from conflictlens.document import make_document
>>> doc = make_document("Menteri Pertahanan Turki berbicara di Ankara.", lang="id")
>>> [(m.text, m.country, m.feature) for m in extract(doc)]
[('Turki', 'TR', 'country'), ('Ankara', 'TR', 'city')]
"""

from __future__ import annotations

import re
from functools import cache

from ...document import Document
from ...spans import Mention
from .gazetteer import LANGS, Gazetteer, Place, load
from .match import candidates
from .resolve import resolve

__all__ = ["extract", "find"]


def _langs(lang: str | None) -> tuple[str, ...]:
    if lang in LANGS:
        return (lang,)
    return LANGS


def _keeps_unplaced(gaz, langs: tuple[str, ...]) -> bool:
    """Whether a place name that gets no point is still a mention in text of ``langs``.

    Indonesian cue phrases name villages no gazetteer has ("Desa Suren"); English unknown
    names after a cue ("the town of X") are reported only when their context gives them a point
    (``keep_unplaced`` in the grammar files).
    """
    return any(gaz.grammar[g].keep_unplaced for g in langs if g in gaz.grammar)


def find(text: str, lang: str | None = None, *, demonyms: bool = False) -> list[Mention]:
    """Return the place mentions of ``text`` (``lang``: ``"id"``, ``"en"`` or ``None`` for both).

    With ``demonyms=True``, country adjectives of languages that need them ("Turkish troops")
    are mentions too, flagged by ``feature="demonym"`` (the country's id, name and point).
    Indonesian needs none: its country adjective is the country name ("Menteri Pertahanan
    Turki").

    Examples
    --------
    >>> [(m.text, m.value) for m in find("Clashes in Nagorno-Karabakh", "en")]
    [('Nagorno-Karabakh', 'cl:nagorno-karabakh')]
    >>> [(m.text, m.country, m.feature) for m in find("Turkish troops", "en", demonyms=True)]
    [('Turkish', 'TR', 'demonym')]
    """
    gaz = load()
    langs = _langs(lang)
    cands = candidates(text, gaz, langs)
    chosen = resolve(cands, gaz, langs, text)
    out = []
    fields = _fields(gaz)
    for k, (c, i) in enumerate(zip(cands, chosen, strict=True)):
        if i is None:
            m = Mention(start=c.start, end=c.end, text=c.text, kind="place")
            m.name = c.text
            m.feature = "place"
            _place_by_next(m, text, cands, chosen, k, gaz)
            if m.lat is None and not _keeps_unplaced(gaz, langs):
                continue  # a name with no point: reported only where the grammar says so
        else:
            # (:func:`_fill`, in the constructor: most mentions are of a known place; the
            # place's fields are read once per process, see :func:`_fields`.)
            kw = fields.get(i)
            if kw is None:
                kw = fields[i] = _place_fields(gaz.places[i])
            m = Mention(c.start, c.end, c.text, "place", **kw)
        out.append(m)
    if demonyms:
        out = _with_demonyms(text, out, gaz, langs)
    return out


# What may stand between an unknown place and the known one that locates it ("Cellardyke in
# Fife", "Balintawak, Quezon City", "Kitaakita located in the Akita Prefecture", "the
# Adhamiyah district of Baghdad").
_LOCATED_BY = re.compile(
    r" ?, ?| (?:located |situated )?in (?:the )?"
    r"| (?:district|province|region|county|area|state|prefecture|suburb) (?:of|in) (?:the )?"
)
# Places small enough that their point stands for a place inside them (a country does not).
_CONTAINERS = frozenset({"admin1", "admin2", "city"})


def _place_by_next(m: Mention, text: str, cands, chosen, k: int, gaz) -> None:
    """An unknown place right before a known town or division it lies in takes that place's
    country and point (its id stays ``None``): the nearest point the text gives for it."""
    if k + 1 >= len(cands) or chosen[k + 1] is None:
        return
    nxt = cands[k + 1]
    if _LOCATED_BY.fullmatch(text, m.end, nxt.start) is None:
        return
    p = gaz.places[chosen[k + 1]]
    if p.feature in _CONTAINERS:
        m.country, m.lat, m.lon = p.country, p.lat, p.lon


@cache
def _fields(gaz: Gazetteer) -> dict[int, dict]:
    """The :func:`_place_fields` of the places met so far, by index (dicts of strings,
    numbers and ``None``: containers the garbage collector stops scanning)."""
    return {}


def _place_fields(p: Place) -> dict:
    """The fields a mention of ``p`` takes from it (what :func:`_fill` sets), by name."""
    return {
        "value": p.id, "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon,
        "feature": p.feature, "disputed": p.disputed,
    }  # fmt: skip


def _fill(m: Mention, p: Place) -> None:
    m.value, m.name, m.country = p.id, p.name, p.country
    m.lat, m.lon, m.feature, m.disputed = p.lat, p.lon, p.feature, p.disputed


@cache
def _demonym_rx(langs: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    gaz = load()
    table = {k: v for g in langs if g in gaz.grammar for k, v in gaz.grammar[g].demonyms.items()}
    if not table:
        return None
    alt = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"), table


def _with_demonyms(text: str, found: list[Mention], gaz, langs) -> list[Mention]:
    compiled = _demonym_rx(langs)
    if compiled is None:
        return found
    rx, table = compiled
    taken = [(m.start, m.end) for m in found]
    extra = []
    for hit in rx.finditer(text):
        if any(s < hit.end() and hit.start() < e for s, e in taken):
            continue
        i = gaz.target(table[hit.group()])
        if i is None:
            continue
        m = Mention(start=hit.start(), end=hit.end(), text=hit.group(), kind="place")
        _fill(m, gaz.places[i])
        m.feature = "demonym"
        extra.append(m)
    return sorted(found + extra, key=lambda m: m.start)


def extract(doc: Document) -> list[Mention]:
    """Return the place mentions of ``doc``, read from ``doc.masked`` (boilerplate blanked)."""
    mentions = find(doc.masked or doc.text, doc.lang)
    for m in mentions:
        m.text = doc.text[m.start : m.end]
    return mentions
