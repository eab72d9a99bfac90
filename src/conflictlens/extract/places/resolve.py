"""Choose one place per candidate span, using the document as context.

Score of a reading = feature prior + population prior + evidence from the document: the countries
and first-level subdivisions it names unambiguously, the country most of its places lie in, the
language's home country, and a small preference for a curated alias. Two passes: unambiguous
mentions first, then every mention scored against what they established.

Examples
--------
>>> from conflictlens.extract.places.gazetteer import load
>>> from conflictlens.extract.places.match import candidates
>>> gaz = load()
>>> cands = candidates("Pandi , Bulacan in the Philippines", gaz, ("en",))
>>> [gaz.places[i].country for i in resolve(cands, gaz, ("en",))]
['PH', 'PH', 'PH']
"""

from __future__ import annotations

import math
from functools import cache

from .gazetteer import Gazetteer, Place
from .match import Candidate

# Prior per feature class: what a bare name in news most often means at equal population.
_FEATURE_PRIOR = {
    "country": 3.0,
    "region": 3.2,
    "sea": 3.2,
    "strait": 3.2,
    "island": 2.6,
    "historical": 2.8,
    "continent": 2.6,
    "admin1": 2.2,
    "city": 2.2,
    "admin2": 1.6,
}
_POP_WEIGHT = 0.3
_SAME_COUNTRY = 1.0
_SAME_ADMIN1 = 1.5
_HOME = 0.6
_CURATED = 1.5
_NEAR = 0.5
_NEAR_KM = 300.0
_MAX_ANCHORS = 30


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _nearest_km(
    lat: float, lon: float, anchors: list[tuple[float, float, float, str]], text: str
) -> float:
    """:func:`_km` from a point to the nearest of ``anchors`` not named ``text`` (``1e9`` when
    there is none). An anchor is its latitude in radians, that latitude's cosine, its longitude
    and its name: the same arithmetic as :func:`_km`, with the anchor's part done once."""
    p1 = math.radians(lat)
    c1 = math.cos(p1)
    near = 1e9
    first = True
    for p2, c2, lo, t in anchors:
        if t == text:
            continue
        a = math.sin((p2 - p1) / 2) ** 2 + c1 * c2 * math.sin(math.radians(lo - lon) / 2) ** 2
        d = 12742.0 * math.asin(min(1.0, math.sqrt(a)))
        if first or d < near:
            near, first = d, False
    return near


_ALIAS = 2.5
_MAJORITY = 0.4
# A reading this populous, and this many times more populous than the one the document's
# context favours, is still what the name means ("London" in a story set in Ohio): context
# decides between comparable places, not against a world city.
_BIG = 500_000
_BIG_RATIO = 100


def _prior(p: Place) -> float:
    s = _FEATURE_PRIOR.get(p.feature, 2.0) + _POP_WEIGHT * math.log10(p.population + 10)
    # A hand-reviewed region wins over a generated entry of the same name ("Jalur Gaza").
    return s + _CURATED if p.id.startswith("cl:") else s


@cache
def _priors(gaz: Gazetteer) -> dict[int, float]:
    """The :func:`_prior` of each place of ``gaz`` met so far, by index (filled by
    :func:`_prior_of`; floats by ints, a dict the garbage collector does not scan)."""
    return {}


def _prior_of(gaz: Gazetteer, i: int) -> float:
    """:func:`_prior` of place ``i``, computed once per process."""
    known = _priors(gaz)
    s = known.get(i)
    if s is None:
        s = known[i] = _prior(gaz.places[i])
    return s


def _has_other(evidence: set[str] | None, text: str) -> bool:
    """Whether ``evidence`` (surface forms) holds a form other than ``text``."""
    return evidence is not None and len(evidence) > (1 if text in evidence else 0)


@cache
def _facts_memo(gaz: Gazetteer) -> dict[tuple[int, ...], tuple]:
    """The :func:`_facts` of each list of readings met so far (tuples of numbers and strings
    by tuples of ints: containers the garbage collector stops scanning)."""
    return {}


def _facts(gaz: Gazetteer, readings: list[int]) -> tuple:
    """What :func:`resolve` and :func:`city_or_division` read of a name's ``readings`` (two or
    more), whatever the document: computed once per list of readings.

    In order: the reading with the best prior (the lower index on a tie); per reading its
    index, prior, feature, country and division (``rows``); whether one is a country or
    division (``rival``); the countries the name may be (``own``); whether the readings lie in
    several countries (``far``); the most populous reading (``big``, the lower index on a
    tie); the divisions, most populous first (a stable sort) and in reading order; the cities;
    the most populous division and city (the first on a tie; ``-1`` when there is none).
    """
    key = tuple(readings)
    memo = _facts_memo(gaz)
    f = memo.get(key)
    if f is None:
        ps = [gaz.places[j] for j in readings]
        rows = tuple((p.index, _prior_of(gaz, p.index), p.feature, p.country, p.admin1) for p in ps)
        divs = [p for p in ps if p.feature == "admin1"]
        cities = [p for p in ps if p.feature == "city"]
        f = memo[key] = (
            max(readings, key=lambda j: (_prior_of(gaz, j), -j)),
            rows,
            any(p.feature in ("country", "admin1") for p in ps),
            tuple(frozenset(p.country for p in ps if p.feature == "country")),
            len({p.country for p in ps}) > 1,
            max(readings, key=lambda j: (gaz.places[j].population, -j)),
            tuple(p.index for p in sorted(divs, key=lambda p: -p.population)),
            tuple(p.index for p in divs),
            tuple(p.index for p in cities),
            max(divs, key=lambda p: p.population).index if divs else -1,
            max(cities, key=lambda p: p.population).index if cities else -1,
        )
    return f


def resolve(
    cands: list[Candidate], gaz: Gazetteer, langs: tuple[str, ...], text: str | None = None
) -> list[int | None]:
    """Return the chosen place index for each candidate (``None`` when it has none).

    With ``text`` (the string the candidates were found in), a name that is both a city and a
    first-level division ("New York", "Washington") is settled by the words around it: see
    :func:`city_or_division`.
    """
    grammars = [gaz.grammar[g] for g in langs if g in gaz.grammar]
    homes = {g.home for g in grammars if g.home} if len(langs) == 1 else set()
    places = gaz.places
    # Evidence remembers the surface forms that gave it: a mention is no evidence for itself
    # ("Mexico" the country must not lift "Mexico" the state).
    countries: dict[str, set[str]] = {}
    admin1: dict[int, set[str]] = {}
    # Points of unambiguous towns and districts: an ambiguous name near them is likelier there.
    anchors: list[tuple[float, float, float, str]] = []
    first: list[int | None] = []
    # How many first readings lie in each country, counted in the candidates' order.
    counts: dict[str | None, int] = {}
    for c in cands:
        if not c.places:
            first.append(None)
            continue
        # (One reading is the best of one: no prior needed; else the best prior, see
        # :func:`_facts`.)
        i = c.places[0] if c.alias or len(c.places) == 1 else _facts(gaz, c.places)[0]
        first.append(i)
        p = places[i]
        counts[p.country] = counts.get(p.country, 0) + 1
        # Only readings that dominate their alternatives count as evidence.
        if len(c.places) == 1 or p.feature in ("country", "region", "admin1") or c.alias:
            if p.country:
                countries.setdefault(p.country, set()).add(c.text)
            if p.feature == "admin1":
                admin1.setdefault(i, set()).add(c.text)
            if p.feature in ("city", "admin2") and len(anchors) < _MAX_ANCHORS:
                p2 = math.radians(p.lat)  # (see :func:`_nearest_km`)
                anchors.append((p2, math.cos(p2), p.lon, c.text))
    # The most frequent country of the first readings (the first counted on a tie, as with
    # ``Counter.most_common``).
    top = max(counts, key=counts.__getitem__) if counts else None

    def score(row: tuple, text: str, rival: bool, own: tuple, far: bool) -> float:
        # ``row``: a reading's index, prior, feature, country and division (see :func:`_facts`).
        j, s, feature, country, division = row
        # ``own``: countries this very name can mean; their subdivisions of the same name
        # ("Mexico" the state) get no lift from the country being named.
        if feature != "country" and country not in own:
            if _has_other(countries.get(country), text):
                s += _SAME_COUNTRY
            if top is not None and country == top:
                s += _MAJORITY
        elif feature == "country" and top is not None and country == top:
            s += _MAJORITY
        # A town in a state the text names beats other towns, not a state or country of the
        # same name ("California" near "Pennsylvania" is still the state).
        if not rival and _has_other(admin1.get(division), text):
            s += _SAME_ADMIN1
        if country in homes:
            s += _HOME
        if far and anchors and feature in ("city", "admin2"):
            p = places[j]
            near = _nearest_km(p.lat, p.lon, anchors, text)
            s += _NEAR if near < _NEAR_KM else _NEAR / 2 if near < 2 * _NEAR_KM else 0.0
        return s

    out: list[int | None] = []
    for c, i in zip(cands, first, strict=True):
        if i is None or len(c.places) == 1:
            out.append(i)
            continue
        # (Distance only matters between readings in different countries: ``far``, it is
        # costly.)
        _, rows, rival, own, far, big = _facts(gaz, c.places)[:6]
        # The best by score, the lower index on a tie (the first such reading).
        text_c = c.text
        best, best_key = -1, None
        for row in rows:
            k = (score(row, text_c, rival, own, far), -row[0])
            if best_key is None or k > best_key:
                best, best_key = row[0], k
        p_best, p_big = places[best], places[big]
        if (
            c.cue is None
            and p_best.feature in ("city", "admin2")
            and not p_best.id.startswith("cl:")
            and p_big.population >= _BIG
            and p_big.population >= _BIG_RATIO * max(p_best.population, 1)
        ):
            best = big
        if c.alias:
            row0 = rows[0]
            row_best = next(row for row in rows if row[0] == best)
            if score(row0, text_c, rival, own, far) + _ALIAS >= score(
                row_best, text_c, rival, own, far
            ):
                best = c.places[0]
        elif places[best].feature == "admin1" and c.cue is None:
            # "Ankara": a province named after its big city is, bare, the city.
            for j in c.places:
                q = places[j]
                if q.feature == "city" and q.admin1 == best and q.population >= 100_000:
                    best = j
                    break
        out.append(best)
    if text is not None:
        out = city_or_division(text, cands, out, gaz, langs)
    return out


# "Buffalo, New York": a town this far from the city reading of the name after it is in the
# division of that name, not a suburb of the city ("Brooklyn, New York").
_SUBURB_KM = 60.0
_LIST_GLUE = (", ", " , ", " and ", " dan ", ", and ")


def city_or_division(
    text: str,
    cands: list[Candidate],
    chosen: list[int | None],
    gaz: Gazetteer,
    langs: tuple[str, ...],
) -> list[int | None]:
    """Choose between the city and the division readings of one name from the words around it.

    The division: with a cue word ("New York state", "the state of Washington"), after a town
    of that division far from the city ("Buffalo, New York"), in a list of divisions
    ("Michigan, New York, Ohio"), or when two of the nearest place mentions are divisions of
    its country ("eight in Alberta, one in New Brunswick, and one in Quebec"). The city:
    before the division or country it lies in ("Washington, D.C.", "Portland, Oregon"), or
    after one of its own suburbs.

    Examples
    --------
    >>> from conflictlens.extract.places.gazetteer import load
    >>> from conflictlens.extract.places.match import candidates
    >>> gaz = load()
    >>> def pick(t):
    ...     cands = candidates(t, gaz, ("en",))
    ...     return [gaz.places[i].feature for i in resolve(cands, gaz, ("en",), t)]
    >>> pick("Buffalo, New York"), pick("a Washington state farm")
    (['city', 'admin1'], ['admin1'])
    >>> pick("in Washington, D.C. today")
    ['city', 'admin1']
    """
    after, before = _admin1_ends(gaz, langs)
    out = list(chosen)
    places = gaz.places
    for k, c in enumerate(cands):
        if out[k] is None or len(c.places) < 2 or c.cue is not None:
            continue
        # (The name's readings: see :func:`_facts`.)
        divs_by_size, divs, cities, div, city = _facts(gaz, c.places)[6:]
        if not divs or not cities:
            continue
        nxt = text[c.end : c.end + 14].split(" ", 2)
        # The next word, as written ("Gov.") and without closing punctuation ("state,").
        word_after = nxt[1] if len(nxt) > 1 and not nxt[0] else ""
        bare = word_after.rstrip(".,;:!?\"'”)")
        head = text[max(0, c.start - 12) : c.start].rstrip(" ")
        if word_after in after or bare in after or head.endswith(before):
            out[k] = div
            continue
        prev = _neighbour(text, cands, out, k, -1)
        nxt_p = _neighbour(text, cands, out, k, 1)
        if nxt_p is not None:
            q = places[nxt_p]
            # "Washington, D.C.", "Portland, Oregon": the place after contains a city reading.
            inside = [
                j for j in cities
                if (q.feature == "admin1" and places[j].admin1 == nxt_p)
                or (q.feature == "country" and places[j].country == q.country)
            ]  # fmt: skip
            # Not inside a list of states ("in Washington, Pennsylvania and California").
            after_state = _neighbour(text, cands, out, k + 1, 1)
            listed = any(
                x is not None and places[x].feature == "admin1" for x in (after_state, prev)
            )
            if inside and q.feature == "admin1" and nxt_p not in divs and not listed:
                out[k] = max(inside, key=lambda j: places[j].population)
                continue
        if prev is not None:
            p = places[prev]
            if p.feature in ("city", "admin2") and p.admin1 in divs:
                far = _km(p.lat, p.lon, places[city].lat, places[city].lon) > _SUBURB_KM
                out[k] = p.admin1 if far else city
                continue
        sides = [x for x in (prev, nxt_p) if x is not None]
        if sides and all(places[x].feature == "admin1" for x in sides):
            # The division of the same country as its neighbours in the list.
            same = [j for j in divs if all(places[j].country == places[x].country for x in sides)]
            if same:
                out[k] = max(same, key=lambda j: places[j].population)
                continue
        # "eight in Alberta, one in New Brunswick, and one in Quebec", "three in Texas, and one
        # case in Ohio. New York has confirmed 28": among divisions of one country, a name
        # that can be one of them is one of them, even where the glue is not a bare list's.
        # (Only between its city and division readings: "Mexico" the country stays.)
        if places[out[k]].feature != "city":
            continue
        # (The countries of the divisions among them: most names have fewer than two near.)
        near = [places[x].country for x in _nearby(cands, out, k) if places[x].feature == "admin1"]
        if len(near) < 2:
            continue
        for j in divs_by_size:
            if near.count(places[j].country) >= 2:
                out[k] = j
                break
    return out


@cache
def _admin1_words(gaz: Gazetteer, langs: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The words after and before a name that make it a division, in text of ``langs``."""
    grammars = [gaz.grammar[g] for g in langs if g in gaz.grammar]
    after = frozenset().union(*(g.admin1_after for g in grammars))
    before = frozenset().union(*(g.admin1_before for g in grammars))
    return after, before


@cache
def _admin1_ends(gaz: Gazetteer, langs: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """:func:`_admin1_words`, the words before as a tuple (for one C-level ``str.endswith``)."""
    after, before = _admin1_words(gaz, langs)
    return after, tuple(sorted(before))


# Place mentions read around a name for the divisions it is listed with: up to this many on
# each side, within this many characters.
_NEARBY = 2
_NEARBY_CHARS = 200


def _nearby(cands: list[Candidate], chosen: list[int | None], k: int) -> list[int]:
    """The places chosen for the mentions closest to candidate ``k`` (other names only)."""
    out = []
    for step in (-1, 1):
        j, n = k + step, 0
        while 0 <= j < len(cands) and n < _NEARBY:
            a, b = (cands[j], cands[k]) if step < 0 else (cands[k], cands[j])
            if b.start - a.end > _NEARBY_CHARS:
                break
            if chosen[j] is not None and cands[j].text != cands[k].text:
                out.append(chosen[j])
                n += 1
            j += step
    return out


def _neighbour(
    text: str, cands: list[Candidate], chosen: list[int | None], k: int, step: int
) -> int | None:
    """The place chosen for the candidate next to ``k`` when only list glue separates them."""
    j = k + step
    if not 0 <= j < len(cands):
        return None
    a, b = (cands[j], cands[k]) if step < 0 else (cands[k], cands[j])
    if text[a.end : b.start] not in _LIST_GLUE:
        return None
    return chosen[j]
