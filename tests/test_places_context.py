"""Places, second pass: reference points, former names, city-or-state context, Indonesian cues."""

from __future__ import annotations

import math

import pytest

from conflictlens.extract.places import find
from conflictlens.extract.places.gazetteer import load


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(a))


def _one(text: str, lang: str = "en"):
    found = find(text, lang)
    assert len(found) == 1, [(m.text, m.name) for m in found]
    return found[0]


# Geographic centres published by the countries' own surveys (not any evaluation gold):
# contiguous US near Lebanon, Kansas; China's near Lanzhou, Gansu.
@pytest.mark.parametrize(
    ("cc", "lat", "lon", "km"),
    [("US", 39.83, -98.58, 161), ("CN", 35.85, 104.0, 161)],
)
def test_compact_country_point_is_its_mainland_centre(cc, lat, lon, km):
    p = load().country(cc)
    assert _km(p.lat, p.lon, lat, lon) < km


def test_archipelago_keeps_a_point_between_its_islands():
    # A mainland centroid of Indonesia would sit on Borneo; its reference point is central.
    p = load().country("ID")
    assert (p.lat, p.lon) == (-5.0, 120.0)


@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        ("Stall owners in Calcutta were trained.", "Kolkata", "IN"),
        ("He flew to Bombay on Monday.", "Mumbai", "IN"),
        ("Talks were held in Peking.", "Beijing", "CN"),
        ("Ia pernah tinggal di Saigon.", "Ho Chi Minh City", "VN"),
    ],
)
def test_former_names_of_big_cities(text, name, cc):
    lang = "id" if text.startswith("Ia") else "en"
    m = _one(text, lang)
    assert (m.name, m.country, m.feature) == (name, cc, "city")


@pytest.mark.parametrize(
    ("text", "features"),
    [
        ("a cow from a Washington state farm", ["admin1"]),
        ("the disease was found in the state of Washington.", ["admin1"]),
        ("a 9-year-old girl from Buffalo, New York.", ["city", "admin1"]),
        ("a school in Queens, New York closed.", ["city", "city"]),
        ("admitted to a hospital in Washington, D.C. after", ["city", "admin1"]),
        ("cases in Michigan, Oregon, New York, Indiana and Ohio", ["admin1"] * 5),
        ("flights from New York and Toronto", ["city", "city"]),
        ("a disaster throughout New York state, for which", ["admin1"]),
        ("New York Governor Andrew M. Cuomo declared", ["admin1"]),
        ("cases in Washington, Pennsylvania and California", ["admin1"] * 3),
        ("Portland, Oregon and Seattle", ["city", "admin1", "city"]),
    ],
)
def test_city_or_state_from_context(text, features):
    assert [m.feature for m in find(text, "en")] == features


def test_buffalo_new_york_is_the_state_point():
    ny = find("Buffalo, New York.", "en")[1]
    assert ny.name == "New York" and ny.lon < -74.5 and ny.lat > 41.5


def test_a_title_after_a_place_keeps_it():
    m = _one("Queensland Premier Peter Beattie said", "en")
    assert m.text == "Queensland" and m.feature == "admin1"
    assert find("He supports Manchester City.", "en") == []


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Jalan alternatif dari Solo ke Jogja .", [("Solo", "ID"), ("Jogja", "ID")]),
        ("Ia pulang ke Skotlandia .", [("Skotlandia", "GB")]),
        ("Turnamen Hongkong Terbuka .", [("Hongkong", "HK")]),
        ("Ia kuliah di DIY .", [("DIY", "ID")]),
    ],
)
def test_indonesian_aliases_resolve(text, expect):
    assert [(m.text, m.country) for m in find(text, "id")] == expect


def test_english_country_names_are_english():
    # Indonesian text names the country "Jerman"; the English name is tagged English.
    assert find("Klub Germany FC menang .", "id") == []
    assert [m.country for m in find("Ia pindah ke Jerman .", "id")] == ["DE"]
    assert [m.country for m in find("He moved to Germany .", "en")] == ["DE"]


def test_small_division_named_like_a_first_name_is_not_a_place():
    assert find("Gordon , Nino , Yerry , dan Paul .", "id") == []


def test_multiword_cues_follow_ner_convention():
    text = "Taman Wisata Alam Danau Matano dan Kawasan Hutan Lindung Gunung Lumut ."
    assert [m.text for m in find(text, "id")] == [
        "Taman Wisata Alam Danau Matano",
        "Kawasan Hutan Lindung Gunung Lumut",
    ]


def test_a_cue_phrase_ends_at_a_country_before_a_person_name():
    text = "kata penulis biografi Kerajaan Inggris Katie Nicolls ."
    assert [m.text for m in find(text, "id")] == ["Kerajaan Inggris"]
    assert [m.text for m in find("Di Desa Asan Tola .", "id")] == ["Desa Asan Tola"]


def test_javanese_direction_words_extend_a_name():
    assert [m.text for m in find("warga Kudus Kulon mengungsi .", "id")] == ["Kudus Kulon"]


def test_world_city_outweighs_a_small_namesake_in_the_documents_country():
    # Context from Ohio towns must not turn "London" into London, Ohio.
    found = find("Residents of Columbus and Dayton, Ohio, flew to London on Monday.", "en")
    london = next(m for m in found if m.text == "London")
    assert london.country == "GB"


def test_a_named_state_lifts_its_counties():
    # Many states have a Scott County; the one the text's state holds is meant.
    found = find("An outbreak in Scott County, Indiana worried officials in Indiana.", "en")
    county = next(m for m in found if m.text == "Scott County")
    assert _km(county.lat, county.lon, 38.69, -85.74) < 60


# First-level divisions: the centre of the land nearest to their towns, not of their towns' box.
@pytest.mark.parametrize(
    ("name", "check"),
    [
        # Queensland's box reaches the Torres Strait islands (10.5°S); the state's land centre
        # lies near 22°S.
        ("Queensland", lambda p: -24.0 < p.lat < -20.5 and 142.0 < p.lon < 146.5),
        # Ontario's towns crowd its south; most of its land is the empty north.
        ("Ontario", lambda p: 48.5 < p.lat < 51.5),
        # Not pulled north by the Northern Isles.
        ("Scotland", lambda p: 55.8 < p.lat < 57.2),
        # Hebei lies between 113.5°E and 119.8°E: towns misfiled under it in Tibet are strays.
        ("Hebei", lambda p: 36.0 < p.lat < 42.6 and 113.5 < p.lon < 119.8),
    ],
)
def test_division_point_is_the_centre_of_its_land(name, check):
    m = _one(name)
    assert m.feature == "admin1"
    assert check(m), (m.lat, m.lon)


def _builder():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_area_centres_split_a_country_between_its_divisions():
    b = _builder()
    # A 10° x 4° country on the equator: division 1's towns in its west, division 2's in the
    # east, and one island ring far away that no town is near (an overseas territory).
    square = [[0.0, -2.0], [10.0, -2.0], [10.0, 2.0], [0.0, 2.0], [0.0, -2.0]]
    island = [[40.0, -1.0], [42.0, -1.0], [42.0, 1.0], [40.0, 1.0], [40.0, -1.0]]
    towns = [(0.0, 1.0, 1), (0.5, 2.0, 1), (0.0, 8.0, 2), (-0.5, 9.0, 2)]
    centres = b.area_centres([square, island], towns)
    assert set(centres) == {1, 2}
    # Land is split halfway between the two groups of towns (lon 5); the island is no one's.
    assert abs(centres[1][1] - 2.5) < 0.3 and abs(centres[2][1] - 7.5) < 0.3
    assert abs(centres[1][0]) < 0.2 and abs(centres[2][0]) < 0.2


def test_a_town_filed_far_from_its_division_is_a_stray():
    b = _builder()
    towns = [(39.0 + i * 0.05, 116.0 + i * 0.05, 7) for i in range(40)] + [(32.0, 91.0, 7)]
    towns.append((36.0, 117.0, 8))  # a division with one town keeps it
    kept = b._without_strays(towns)
    assert kept == [*towns[:40], (36.0, 117.0, 8)]


def test_a_name_among_divisions_of_one_country_is_a_division():
    from conflictlens.extract.places.match import candidates
    from conflictlens.extract.places.resolve import city_or_division, resolve

    # Neither a bare list ("A, B and C") nor a cue word: the glue is "one in".
    gaz = load()
    text = "eight in Alberta, twelve in Ontario, and one in Quebec."
    cands = candidates(text, gaz, ("en",))
    assert [(c.start, c.text) for c in cands] == [(9, "Alberta"), (28, "Ontario"), (48, "Quebec")]
    chosen = resolve(cands, gaz, ("en",))
    # Whatever the scores chose, the city reading gives way to the province among provinces.
    chosen[2] = next(i for i in cands[2].places if gaz.places[i].feature == "city")
    out = city_or_division(text, cands, chosen, gaz, ("en",))
    assert (gaz.places[out[2]].feature, gaz.places[out[2]].country) == ("admin1", "CA")
    # One division nearby is not enough: "in Ontario, and one in Quebec" keeps the city.
    text = "twelve in Ontario, and one in Quebec."
    cands = candidates(text, gaz, ("en",))
    chosen = resolve(cands, gaz, ("en",))
    chosen[1] = next(i for i in cands[1].places if gaz.places[i].feature == "city")
    out = city_or_division(text, cands, chosen, gaz, ("en",))
    assert gaz.places[out[1]].feature == "city"
    # A country stays a country among another country's states.
    ms = find("Cases: three in Texas, two in Kansas, and one in Mexico.", "en")
    assert [(m.start, m.feature) for m in ms if m.text == "Mexico"] == [(49, "country")]


def test_compass_phrases_alone_are_not_places():
    assert [m.text for m in find("in South West England and North East England", "en")] == []
