"""Places, Indonesian cues and regencies: natural and built features after a cue word, streets
with house numbers, reduplicated names, "Laut" ending a name, regional titles, regencies of the
Kemendagri register."""

from __future__ import annotations

import pytest

from conflictlens.extract.places import find


def _spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.text) for m in find(text, "id")]


@pytest.mark.parametrize(
    ("text", "start", "span"),
    [
        ("Air mengalir dari Waduk Kedung Ombo ke sawah .", 18, "Waduk Kedung Ombo"),
        ("Mereka mendaki Puncak Jaya pada 1962 .", 15, "Puncak Jaya"),
        ("Pedagang berjualan di Pasar Senen sejak pagi .", 22, "Pasar Senen"),
        ("Rapat digelar di Hotel Bidakara , Jakarta .", 17, "Hotel Bidakara"),
        ("Mobil melintas di Jembatan Ampera .", 18, "Jembatan Ampera"),
        ("Ikan ditangkap di sungai Lakitan .", 18, "sungai Lakitan"),
        ("Pesawat mendarat di Lanud Halim Perdanakusuma .", 20, "Lanud Halim Perdanakusuma"),
    ],
)
def test_cue_words_of_natural_and_built_features(text, start, span):
    found = _spans(text)
    assert (start, start + len(span), span) in found


def test_a_cue_phrase_is_a_place_without_a_point_when_no_gazetteer_knows_its_name():
    (m,) = find("Mereka singgah di Pasar Kembangsore Wetan .", "id")
    assert (m.start, m.end, m.kind, m.feature) == (18, 41, "place", "place")
    assert (m.value, m.lat, m.lon, m.country) == (None, None, None, None)
    assert m.name == "Pasar Kembangsore Wetan"


def test_a_capital_market_is_no_market_place():
    assert _spans("Indeks Pasar Modal naik .") == []


def test_mountain_name_after_lower_case_gunung_stays_outside_the_cue():
    assert (31, 40, "Raja Basa") in _spans("Desa itu berada di kaki gunung Raja Basa .")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sekolah itu di Jalan Belitung No 8 , Bandung .", "Jalan Belitung No 8"),
        ("Kantor di Jalan Overste Sudiarto Nomor 60 .", "Jalan Overste Sudiarto Nomor 60"),
        ("Toko di Jl Belitung 8 tutup .", "Jl Belitung 8"),
    ],
)
def test_a_street_takes_its_house_number(text, span):
    start = text.index(span)
    assert (start, start + len(span), span) in _spans(text)


def test_a_street_named_after_a_place_is_not_that_place():
    # Jalan Belitung lies in Bandung, not on the island or in the regency of Belitung.
    street, city = find("Sekolah itu di Jalan Belitung No 8 , Bandung .", "id")
    assert (street.text, street.value) == ("Jalan Belitung No 8", None)
    assert (city.text, city.name, city.country) == ("Bandung", "Bandung", "ID")
    # The unknown street takes the point of the town that locates it, not Belitung's.
    assert (street.lat, street.lon, street.country) == (city.lat, city.lon, "ID")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ia lahir di Kecamatan Pulau - pulau Batu .", "Kecamatan Pulau - pulau Batu"),
        ("Penduduk Desa Mbuang - mbuang bertani .", "Desa Mbuang - mbuang"),
    ],
)
def test_a_reduplicated_name_keeps_its_lower_case_half(text, span):
    start = text.index(span)
    assert (start, start + len(span), span) in _spans(text)


def test_angkatan_laut_is_a_navy_not_a_sea():
    text = "Kapal Angkatan Laut Kerajaan Australia berlayar di Laut Cina Selatan ."
    found = find(text, "id")
    assert [(m.start, m.text, m.feature) for m in found] == [
        (20, "Kerajaan Australia", "country"),
        (51, "Laut Cina Selatan", "sea"),
    ]


def test_a_sea_opening_a_sentence_or_after_di_is_a_sea():
    assert [m.text for m in find("Di Laut Cina Selatan ada kapal .", "id")] == ["Laut Cina Selatan"]


@pytest.mark.parametrize("title", ["Camat", "Kapolsek"])
def test_regional_titles_place_the_name_after_them(title):
    # (Without the title in the grammar, a capitalized word before a district name makes it
    # part of someone's name.)
    text = f"Acara dihadiri {title} Cawas dan warga ."
    (m,) = find(text, "id")
    assert (m.start, m.text, m.country) == (16 + len(title), "Cawas", "ID")


def test_pusat_continues_a_city_name_like_a_direction():
    (m,) = find("Ia tinggal di Surabaya Pusat sejak kecil .", "id")
    assert (m.start, m.end, m.text, m.country) == (14, 28, "Surabaya Pusat", "ID")


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        # Regencies the GeoNames-based packages lack, added from the Kemendagri register.
        ("Gempa mengguncang Nias pada 2005 .", "Kabupaten Nias", "kemendagri:12.04"),
        ("Banjir melanda Berau pekan lalu .", "Kabupaten Berau", "kemendagri:64.03"),
        ("Warga Konawe mengungsi .", "Kabupaten Konawe", "kemendagri:74.02"),
    ],
)
def test_regencies_of_the_register(text, name, value):
    (m,) = find(text, "id")
    assert (m.name, m.value, m.country, m.feature) == (name, value, "ID", "admin2")


def test_register_spelling_names_the_geonames_regency():
    # The register writes "Labuhanbatu", GeoNames "Labuhan Batu": one regency, two spellings.
    (a,) = find("Ia berasal dari Labuhanbatu .", "id")
    (b,) = find("Ia berasal dari Kabupaten Labuhan Batu .", "id")
    assert a.value == b.value and a.value.startswith("geonames:")


@pytest.mark.parametrize(
    ("text", "regency"),
    [
        ("Tsunami menerjang Mentawai tahun 2010 .", "Kabupaten Kepulauan Mentawai"),
        ("Pesawat mendarat di Morotai .", "Kabupaten Pulau Morotai"),
        ("Sultan kembali ke Tidore .", "Kota Tidore Kepulauan"),
    ],
)
def test_island_regencies_are_named_by_their_islands(text, regency):
    (m,) = find(text, "id")
    assert (m.name, m.country, m.feature) == (regency, "ID", "admin2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare school level after a time word: years of someone's life, then their name.
        ("Semasa SMP Karni bersekolah di SMPN 5 Padang .", [(31, "SMPN 5 Padang")]),
        ("Menginjak SMA Dika sudah bermain band .", []),
        # A numbered school is a school.
        ("Sejak SMA 3 Bandung berdiri , ia mengajar .", [(6, "SMA 3 Bandung")]),
    ],
)
def test_school_years_are_no_school(text, expected):
    assert [(m.start, m.text) for m in find(text, "id")] == expected


@pytest.mark.parametrize(
    ("text", "start", "span", "cc"),
    [
        # A municipality of Indonesia is named with its cue; "kota" before a foreign city only
        # says what the place is.
        ("Ia lahir di Kota Bandung .", 12, "Kota Bandung", "ID"),
        ("Klub itu berbasis di kota Montpellier .", 26, "Montpellier", "FR"),
        ("Ia pindah ke kota Sydney , Australia .", 18, "Sydney", "AU"),
    ],
)
def test_kota_is_part_of_a_home_municipality_only(text, start, span, cc):
    m = find(text, "id")[0]
    assert (m.start, m.end, m.text, m.country) == (start, start + len(span), span, cc)


def test_a_foreign_alternate_name_gives_way_to_a_home_town():
    # "Parigi" is Paris in Italian, an untagged GeoNames alternate name; in Indonesian news it
    # is one of the Indonesian towns of that name.
    (m,) = find("Acara dihadiri Camat Parigi dan warga .", "id")
    assert (m.start, m.text, m.country, m.feature) == (21, "Parigi", "ID", "city")
    assert (find("Ia tinggal di Paris .", "id")[0].country) == "FR"
