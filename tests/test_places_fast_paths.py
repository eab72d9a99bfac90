"""Fast paths of the place matcher give the answers of the plain code they replace.

Each test runs the matcher with a shortcut turned off (the code before the speed pass) and on,
over many generated texts built from words that open names, common words, cues, possessives,
dotted names and spaced hyphens, and asks for identical candidates and mentions.
"""

from __future__ import annotations

import importlib
import math
import random

import pytest

from conflictlens.extract import places
from conflictlens.extract.places import match
from conflictlens.extract.places.candidate import Candidate
from conflictlens.extract.places.gazetteer import Gazetteer, Place, load

# The module (the package's ``resolve`` is its function).
R = importlib.import_module("conflictlens.extract.places.resolve")

# Words that open names ("The Hague", "United States"), name none alone ("I", "Di"), are
# common words that name places ("Kami", "Anda", "Real"), cues ("di", "kota", "Desa"),
# possessives, dotted names and hyphens, punctuation and line breaks.
# fmt: off
_PIECES = [
    "The Hague", "The Bronx", "The", "the", "I", "Di", "di", "Ia", "Kami", "Dalam", "Anda", "Ini",
    "Tapi", "Real", "Madrid", "Real Madrid", "United", "States", "United States",
    "United Nations", "Kingdom", "People", "People's", "People’s", "'s", "’s", "Republic", "of",
    "China", "China's", "Queen", "Anne's", "County", "Washington", "D.C.", "D.C", "Jakarta",
    "Timur", "Jawa", "Tengah", "kota", "Kota", "Desa", "desa", "Suren", "dukuh", "Mojorejo",
    "New", "York", "Bank", "Indonesia", "in", "at", "from", "Salah", "Satu", "Kepala", "Piala",
    "Dunia", "City", "Manchester", "US", "U.S.", "Gunung", "Kidul", "So", "So Paulo", "São Paulo",
    "It", "A", "In", "On", "One", "Dan", "Yang", "President", "Wakil", "Negeri", "Metro", "Lumbi",
    "Lumbia", "Ankara", "Turki", "Menteri", "said", "kata", "Darsono", "Bolton", "John",
    "Hawke's", "Bay", "Sri", "Lanka", "Bosnia", "Herzegovina", "and", "dan", "Papua", "Nugini",
    "Sumatera", "Utara", "Anne", "Queen Anne", "Queen Anne's County", "'s County", "Lao",
    "Democratic", "People's Democratic Republic", "St George's", "St", "George", "Central",
    "Central Hawke's Bay", "Jabal", "Ra's",
]
# fmt: on
_GLUE = [" ", " ", " ", " ", " - ", "-", ", ", " , ", ". ", ".\n", "\n", "(", ") ", '"', "'", ""]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 14)):
            parts.append(rng.choice(_PIECES))
            parts.append(rng.choice(_GLUE))
        out.append("".join(parts))
    return out


def _rows(cands):
    return [(c.start, c.end, c.text, c.places, c.cue, c.alias) for c in cands]


@pytest.mark.parametrize("langs", [("id",), ("en",), ("en", "id")])
def test_pruned_opening_words_match_the_full_scan(langs, monkeypatch):
    """Words left out by ``_starts_nothing`` start no candidate: the same candidates and
    mentions as when every opening word is read in full."""
    gaz = load()
    lang = langs[0] if len(langs) == 1 else None
    texts = _texts(len(langs) * 7 + len(langs[0]), 3000)
    fast = [_rows(match.candidates(t, gaz, langs)) for t in texts]
    fast_found = [[vars_of(m) for m in places.find(t, lang)] for t in texts[:500]]
    monkeypatch.setattr(match, "_starts_nothing", lambda *args: False)
    slow = [_rows(match.candidates(t, gaz, langs)) for t in texts]
    slow_found = [[vars_of(m) for m in places.find(t, lang)] for t in texts[:500]]
    assert fast == slow
    assert fast_found == slow_found


def test_opening_words_are_pruned():
    """The generated texts do exercise the shortcut (most of "The", "I", "Kami" are left out)."""
    gaz = load()
    r = match._rules(gaz, ("id",))
    texts = _texts(1, 300)
    kept = sum(len(match._opening_words(t, gaz, r)[0]) for t in texts)
    words = sum(len([w for w in match._CAPW.findall(t) if w in r.openers]) for t in texts)
    assert kept < 0.8 * words


def vars_of(m):
    return (m.start, m.end, m.text, m.value, m.country, m.lat, m.lon, m.feature)


# -- resolution ---------------------------------------------------------------------------------
# The code before the speed pass (readings' facts read per candidate, not once per name).


def resolve_reference(
    cands: list[Candidate], gaz: Gazetteer, langs: tuple[str, ...], text: str | None = None
) -> list[int | None]:
    grammars = [gaz.grammar[g] for g in langs if g in gaz.grammar]
    homes = {g.home for g in grammars if g.home} if len(langs) == 1 else set()
    # Evidence remembers the surface forms that gave it: a mention is no evidence for itself
    # ("Mexico" the country must not lift "Mexico" the state).
    countries: dict[str, set[str]] = {}
    admin1: dict[int, set[str]] = {}
    # Points of unambiguous towns and districts: an ambiguous name near them is likelier there.
    anchors: list[tuple[float, float, float, str]] = []
    first: list[int | None] = []
    for c in cands:
        if not c.places:
            first.append(None)
            continue
        # (One reading is the best of one: no prior needed.)
        if c.alias or len(c.places) == 1:
            i = c.places[0]
        else:
            i = max(c.places, key=lambda j: (R._prior_of(gaz, j), -j))
        first.append(i)
        p = gaz.places[i]
        # Only readings that dominate their alternatives count as evidence.
        if len(c.places) == 1 or p.feature in ("country", "region", "admin1") or c.alias:
            if p.country:
                countries.setdefault(p.country, set()).add(c.text)
            if p.feature == "admin1":
                admin1.setdefault(i, set()).add(c.text)
            if p.feature in ("city", "admin2") and len(anchors) < R._MAX_ANCHORS:
                p2 = math.radians(p.lat)
                anchors.append((p2, math.cos(p2), p.lon, c.text))
    # The most frequent country of the first readings (the first counted on a tie, as with
    # ``Counter.most_common``).
    counts: dict[str | None, int] = {}
    for i in first:
        if i is not None:
            cc = gaz.places[i].country
            counts[cc] = counts.get(cc, 0) + 1
    top = max(counts, key=counts.__getitem__) if counts else None

    def score(
        p: Place, text: str, rival: bool = False, own: frozenset = frozenset(), far: bool = False
    ) -> float:
        s = R._prior_of(gaz, p.index)
        # ``own``: countries this very name can mean; their subdivisions of the same name
        # ("Mexico" the state) get no lift from the country being named.
        if p.feature != "country" and p.country not in own:
            if R._has_other(countries.get(p.country), text):
                s += R._SAME_COUNTRY
            if top is not None and p.country == top:
                s += R._MAJORITY
        elif p.feature == "country" and top is not None and p.country == top:
            s += R._MAJORITY
        # A town in a state the text names beats other towns, not a state or country of the
        # same name ("California" near "Pennsylvania" is still the state).
        if not rival and R._has_other(admin1.get(p.admin1), text):
            s += R._SAME_ADMIN1
        if p.country in homes:
            s += R._HOME
        if far and anchors and p.feature in ("city", "admin2"):
            near = R._nearest_km(p.lat, p.lon, anchors, text)
            s += R._NEAR if near < R._NEAR_KM else R._NEAR / 2 if near < 2 * R._NEAR_KM else 0.0
        return s

    out: list[int | None] = []
    places = gaz.places
    for c, i in zip(cands, first, strict=True):
        if i is None or len(c.places) == 1:
            out.append(i)
            continue

        readings = [places[j] for j in c.places]
        rival = any(p.feature in ("country", "admin1") for p in readings)
        own = frozenset(p.country for p in readings if p.feature == "country")

        # Distance only matters between readings in different countries (it is costly).
        far = len({p.country for p in readings}) > 1

        def sc(p: Place, text=c.text, rival=rival, own=own, far=far) -> float:
            return score(p, text, rival, own, far)

        # The best by score, the lower index on a tie.
        text_c = c.text
        best = max(
            zip(readings, c.places, strict=True),
            key=lambda pj: (score(pj[0], text_c, rival, own, far), -pj[1]),
        )[1]
        big = max(c.places, key=lambda j: (gaz.places[j].population, -j))
        if (
            c.cue is None
            and gaz.places[best].feature in ("city", "admin2")
            and not gaz.places[best].id.startswith("cl:")
            and gaz.places[big].population >= R._BIG
            and gaz.places[big].population >= R._BIG_RATIO * max(gaz.places[best].population, 1)
        ):
            best = big
        if c.alias and sc(gaz.places[c.places[0]]) + R._ALIAS >= sc(gaz.places[best]):
            best = c.places[0]
        elif gaz.places[best].feature == "admin1" and c.cue is None:
            # "Ankara": a province named after its big city is, bare, the city.
            for j in c.places:
                q = gaz.places[j]
                if q.feature == "city" and q.admin1 == best and q.population >= 100_000:
                    best = j
                    break
        out.append(best)
    if text is not None:
        out = city_or_division_reference(text, cands, out, gaz, langs)
    return out


def city_or_division_reference(
    text: str,
    cands: list[Candidate],
    chosen: list[int | None],
    gaz: Gazetteer,
    langs: tuple[str, ...],
) -> list[int | None]:
    after, before = R._admin1_words(gaz, langs)
    out = list(chosen)
    places = gaz.places
    for k, c in enumerate(cands):
        if out[k] is None or len(c.places) < 2 or c.cue is not None:
            continue
        divs = [j for j in c.places if places[j].feature == "admin1"]
        if not divs:
            continue
        cities = [j for j in c.places if places[j].feature == "city"]
        if not cities:
            continue
        div = max(divs, key=lambda j: places[j].population)
        city = max(cities, key=lambda j: places[j].population)
        nxt = text[c.end : c.end + 14].split(" ", 2)
        # The next word, as written ("Gov.") and without closing punctuation ("state,").
        word_after = nxt[1] if len(nxt) > 1 and not nxt[0] else ""
        bare = word_after.rstrip(".,;:!?\"'”)")
        head = text[max(0, c.start - 12) : c.start].rstrip(" ")
        if word_after in after or bare in after or any(head.endswith(w) for w in before):
            out[k] = div
            continue
        prev = R._neighbour(text, cands, out, k, -1)
        nxt_p = R._neighbour(text, cands, out, k, 1)
        if nxt_p is not None:
            q = places[nxt_p]
            # "Washington, D.C.", "Portland, Oregon": the place after contains a city reading.
            inside = [
                j for j in cities
                if (q.feature == "admin1" and places[j].admin1 == nxt_p)
                or (q.feature == "country" and places[j].country == q.country)
            ]  # fmt: skip
            # Not inside a list of states ("in Washington, Pennsylvania and California").
            after_state = R._neighbour(text, cands, out, k + 1, 1)
            listed = any(
                x is not None and places[x].feature == "admin1" for x in (after_state, prev)
            )
            if inside and q.feature == "admin1" and nxt_p not in divs and not listed:
                out[k] = max(inside, key=lambda j: places[j].population)
                continue
        if prev is not None:
            p = places[prev]
            if p.feature in ("city", "admin2") and p.admin1 in divs:
                far = R._km(p.lat, p.lon, places[city].lat, places[city].lon) > R._SUBURB_KM
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
        near = R._nearby(cands, out, k)
        for j in sorted(divs, key=lambda j: -places[j].population):
            cc = places[j].country
            if sum(places[x].feature == "admin1" and places[x].country == cc for x in near) >= 2:
                out[k] = j
                break
    return out


_AMBIGUOUS = [
    "Washington",
    "New York",
    "Georgia",
    "Mexico",
    "Springfield",
    "London",
    "Ontario",
    "Paris",
    "Texas",
    "Ohio",
    "Buffalo",
    "Portland",
    "Oregon",
    "Maine",
    "Victoria",
    "Jakarta",
    "Ankara",
    "Cordoba",
    "Santiago",
    "Granada",
    "Punjab",
    "Alberta",
    "Quebec",
    "Brooklyn",
    "Kent",
    "Perth",
    "Columbia",
    "Indiana",
    "Delhi",
    "Hyderabad",
    "Sindh",
    "Mexico City",
    "Turkey",
    "Istanbul",
]
_GLUE_EN = [
    " ",
    ", ",
    " and ",
    " in ",
    ", and ",
    " state ",
    " city ",
    " the state of ",
    " D.C. ",
    ". ",
    " Gov. ",
    " near ",
    " , ",
    " dan ",
]


@pytest.mark.parametrize("langs", [("en",), ("id",), ("en", "id")])
def test_resolution_matches_the_reference(langs):
    """Readings' facts read once per name choose the places the per-candidate code chose."""
    from conflictlens.extract.places.resolve import city_or_division, resolve

    gaz = load()
    rng = random.Random(len(langs) * 11 + len(langs[0]))
    multi = 0
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(_AMBIGUOUS))
            parts.append(rng.choice(_GLUE_EN))
        text = "".join(parts)
        cands = match.candidates(text, gaz, langs)
        multi += sum(len(c.places) > 1 for c in cands)
        assert resolve(cands, gaz, langs, text) == resolve_reference(cands, gaz, langs, text)
        chosen = resolve(cands, gaz, langs)
        assert chosen == resolve_reference(cands, gaz, langs)
        assert city_or_division(text, cands, chosen, gaz, langs) == (
            city_or_division_reference(text, cands, chosen, gaz, langs)
        )
    assert multi > 1000
