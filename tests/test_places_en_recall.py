"""English place recall: place-noun cues, enumerations, hyphenated words, dates after a name,
unknown places located by a known one, and world regions and seas."""

from __future__ import annotations

import pytest

from conflictlens.extract.places import find


def _spans(text: str) -> list[tuple[int, int, str, str | None]]:
    return [(m.start, m.end, m.text, m.value) for m in find(text, "en")]


def test_town_of_reads_a_minor_town_with_its_gazetteer_entry():
    # Camborne (20,000 people) is below the bare-name threshold; "the town of" says place.
    assert _spans("Swans died in the town of Camborne at noon.") == [
        (26, 34, "Camborne", "geonames:2653945")
    ]


def test_an_unknown_village_takes_the_point_of_the_place_that_locates_it():
    village, fife, _ = find("A swan found in the village of Cellardyke in Fife, Scotland.", "en")
    assert (village.start, village.end, village.text, village.value) == (31, 41, "Cellardyke", None)
    assert (village.lat, village.lon, village.country) == (fife.lat, fife.lon, "GB")
    assert fife.value == "geonames:2649469"


def test_an_unknown_place_with_nothing_after_it_is_reported_only_where_the_grammar_says():
    # English (``keep_unplaced: false``): a name that gets no point is no mention ...
    assert find("The village of Kampungu has been quarantined.", "en") == []
    # ... with both grammars (language unknown) the Indonesian one keeps it, without a point
    (village,) = find("The village of Kampungu has been quarantined.", None)
    assert (village.start, village.end, village.value, village.lat) == (15, 23, None, None)


def test_items_enumerated_after_a_plural_place_noun():
    # The enumeration is read (both names are candidates), but in English unknown villages
    # with no point from their context are not reported; with both grammars they are.
    text = "Tests in the villages of Bumbacari and Dudescu were negative."
    assert _spans(text) == []
    got = [(m.start, m.end, m.text, m.value) for m in find(text, None)]
    assert got == [(25, 34, "Bumbacari", None), (39, 46, "Dudescu", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a Denver-based firm", [(2, 8, "Denver", "geonames:5419384")]),
        ("An Australia-wide ban was lifted.", [(3, 12, "Australia", "geonames:2077456")]),
        (
            "near the India-Pakistan border",
            [(9, 14, "India", "geonames:1269750"), (15, 23, "Pakistan", "geonames:1168579")],
        ),
        # A hyphenated name stays whole; a lower-case compound names nothing.
        ("in Guinea-Bissau and an anti-war rally", [(3, 16, "Guinea-Bissau", "geonames:2372248")]),
    ],
)
def test_places_inside_hyphenated_words(text, expected):
    assert _spans(text) == expected


def test_a_date_after_a_name_does_not_make_it_part_of_a_name():
    assert _spans("She was killed in Moscow October 7, 2006.") == [
        (18, 24, "Moscow", "geonames:524901")
    ]
    assert _spans("It rained in Quezon City Wednesday evening.") == [
        (13, 24, "Quezon City", "geonames:1692192")
    ]


def test_a_town_after_village_is_a_place_and_not_a_surname():
    # "Village Malakal" is no person's name: the town stays a place there and later.
    text = "The SOS Children's Village Malakal is calm. Flights go to Darfur and Malakal."
    assert _spans(text) == [
        (27, 34, "Malakal", "geonames:370737"),
        (58, 64, "Darfur", "cl:darfur"),
        (69, 76, "Malakal", "geonames:370737"),
    ]


def test_world_regions_and_oceans():
    found = find("Cases in the Americas and the Indian Ocean rose.", "en")
    assert [(m.start, m.end, m.value, m.feature) for m in found] == [
        (13, 21, "cl:americas", "region"),
        (30, 42, "cl:indian-ocean", "sea"),
    ]
    assert (found[1].lat, found[1].lon) == (-20.0, 80.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A known name and its head: the whole phrase, with the gazetteer's entry.
        (
            "Spinach was traced to the Salinas Valley region of California.",
            [
                (26, 40, "Salinas Valley", "geonames:5391295"),
                (51, 61, "California", "geonames:5332921"),
            ],
        ),
        # Unknown to the gazetteer and with no point from the context: not reported in English.
        (
            "It spread across the Ural Mountains into Russia.",
            [(41, 47, "Russia", "geonames:2017370")],
        ),
        # A capitalized word after the head makes it part of another name.
        ("The Tampa Bay Lightning won.", [(4, 9, "Tampa", "geonames:4174757")]),
        # An organisation's word before the head opens nothing.
        ("the Police Prefecture said", []),
    ],
)
def test_names_ended_by_a_feature_word(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a villager in the Gondra district of Uttar Pradesh",
            [(18, 24, "Gondra", None), (37, 50, "Uttar Pradesh", "geonames:1253626")],
        ),
        (
            "refugees in Kenya's overcrowded Dadaab camps",
            [(12, 17, "Kenya", "geonames:192950"), (32, 38, "Dadaab", "geonames:199209")],
        ),
        # A people's adjective before the noun is no name; a verb "states" is no noun.
        ("in the northern Nigerian state of Zamfara", [(34, 41, "Zamfara", "geonames:2595349")]),
        ("The 14th Amendment states that", []),
    ],
)
def test_names_before_a_lower_case_place_noun(text, expected):
    assert _spans(text) == expected


def test_names_with_a_possessive_and_official_country_names():
    assert _spans("the People's Republic of China has") == [
        (4, 30, "People's Republic of China", "geonames:1814991")
    ]
    # A possessive after a name ends it.
    assert _spans("China's Guangdong province") == [
        (0, 5, "China", "geonames:1814991"),
        (8, 17, "Guangdong", "geonames:1809935"),
    ]
    assert _spans("in the Republic of Congo this month") == [
        (7, 24, "Republic of Congo", "geonames:2260494")
    ]


def test_well_known_names_without_their_accents():
    assert _spans("The city of Sao Paulo reported 327 deaths.") == [
        (12, 21, "Sao Paulo", "geonames:3448439")
    ]
    assert _spans("Cote d'Ivoire and Guinea") == [
        (0, 13, "Cote d'Ivoire", "geonames:2287781"),
        (18, 24, "Guinea", "geonames:2420477"),
    ]
    # A plain form that is a word is not added ("Sŏul" -> "soul").
    assert _spans("the Godfather of Soul died") == []


def test_an_unknown_district_takes_the_point_of_its_city():
    district, city = find("a bakery in the Adhamiyah district of Baghdad", "en")
    assert (district.start, district.end, district.value) == (16, 25, None)
    assert (district.lat, district.lon, district.country) == (city.lat, city.lon, "IQ")
    assert city.text == "Baghdad"
