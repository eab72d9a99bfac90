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
