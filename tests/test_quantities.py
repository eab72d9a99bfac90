"""Quantities: numbers, qualifiers → bounds, vague amounts, counted noun and category."""

from __future__ import annotations

import time

import pytest

from conflictlens.document import make_document
from conflictlens.extract import quantities
from conflictlens.extract.quantities.lexicon import lexicon
from conflictlens.extract.quantities.numbers import parse_digits, parse_words, tokenize
from conflictlens.spans import Mention


def qty(text: str, lang: str, temporal: list[Mention] | None = None) -> list[Mention]:
    doc = make_document(text, lang=lang)
    out = quantities.extract(doc, temporal or [])
    for m in out:
        assert doc.text[m.start : m.end] == m.text
        assert m.kind == "quantity"
    return out


def one(text: str, lang: str) -> Mention:
    found = qty(text, lang)
    assert len(found) == 1, [(m.text, m.amount) for m in found]
    return found[0]


def fields(m: Mention) -> tuple:
    return (m.amount, m.low, m.high, m.mod, m.unit, m.category)


# --- the seed article -----------------------------------------------------------------------


def test_seed_more_than_300_settlements():
    m = one("membuat Azerbaijan memperoleh lebih dari 300 permukiman dan desa yang diduduki", "id")
    assert m.text == "lebih dari 300"
    assert m.value == "300"
    assert fields(m) == (300.0, 300.0, None, "MORE_THAN", "permukiman dan desa", "territory")


def test_seed_seven_regions():
    m = one("dari Azerbaijan, dan tujuh wilayah yang berdekatan lainnya.", "id")
    assert fields(m) == (7.0, 7.0, 7.0, None, "wilayah", "territory")


def test_seed_several_towns_is_vague():
    m = one("membuat Azerbaijan memperoleh beberapa kota dan", "id")
    assert (m.low, m.high, m.mod, m.unit, m.category) == (2.0, 9.0, "APPROX", "kota", "territory")
    assert m.amount == m.low


def test_seed_durations_and_dates_are_not_counts():
    text = (
        "Azerbaijan dan Armenia setelah perang 44 hari pada September 2020 selama hampir 30 tahun."
    )
    assert qty(text, "id") == []


def test_temporal_mentions_are_skipped():
    text = "Mereka bertahan 44 hari di sana."
    start = text.index("44")
    dur = Mention(start, start + 7, "44 hari", "duration", value="P44D")
    assert qty(text, "id", [dur]) == []


# --- Indonesian -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sebanyak 1.500 orang mengungsi.", (1500.0, 1500.0, 1500.0, None, "orang", "displaced")),
        (
            "Sedikitnya 12 orang tewas.",
            (12.0, 12.0, None, "EQUAL_OR_MORE", "orang", "casualties"),
        ),
        (
            "Puluhan ribu warga terpaksa mengungsi.",
            (20000.0, 20000.0, 99999.0, "APPROX", "warga", "displaced"),
        ),
        ("Belasan orang ditangkap polisi.", (11.0, 11.0, 19.0, "APPROX", "orang", "detained")),
        ("Ratusan orang luka-luka.", (200.0, 200.0, 999.0, "APPROX", "orang", "injured")),
        ("Kurang dari 50 tentara gugur.", (50.0, None, 50.0, "LESS_THAN", "tentara", "casualties")),
        ("Hampir 100 orang hilang.", (100.0, None, 100.0, "LESS_THAN", "orang", "missing")),
        (
            "Sekitar 3.000 pasukan dikerahkan.",
            (3000.0, None, None, "APPROX", "pasukan", "military"),
        ),
        ("Hingga 40 orang ditahan.", (40.0, None, 40.0, "EQUAL_OR_LESS", "orang", "detained")),
        (
            "Antara 10 dan 15 orang tewas.",
            (10.0, 10.0, 15.0, None, "orang", "casualties"),
        ),
        ("Serangan itu menewaskan 20-30 orang.", (20.0, 20.0, 30.0, None, "orang", "casualties")),
        ("Dua puluh lima orang tewas.", (25.0, 25.0, 25.0, None, "orang", "casualties")),
        (
            "Seribu lima ratus pengungsi tiba.",
            (1500.0, 1500.0, 1500.0, None, "pengungsi", "displaced"),
        ),
        ("Sebelas prajurit terluka.", (11.0, 11.0, 11.0, None, "prajurit", "injured")),
    ],
)
def test_indonesian(text, expected):
    assert fields(one(text, "id")) == expected


def test_indonesian_separators_and_scales():
    assert one("Bantuan 1,5 juta dosis vaksin.", "id").amount == 1_500_000
    m = one("Kerugian mencapai Rp 1,5 triliun.", "id")
    assert (m.amount, m.unit, m.category) == (1.5e12, "IDR", "money")
    m = one("Bantuan sebesar 3 juta dolar AS.", "id")
    assert (m.amount, m.unit, m.category) == (3e6, "USD", "money")
    m = one("Sekitar 57,8 persen suara.", "id")
    assert (m.amount, m.unit, m.mod) == (57.8, "percent", "APPROX")


def test_indonesian_verb_before_and_after():
    found = qty("Serangan menewaskan 12 orang dan melukai 30 lainnya.", "id")
    assert [(m.amount, m.category) for m in found] == [(12.0, "casualties"), (30.0, "injured")]
    found = qty("12 orang tewas dan 30 orang luka-luka.", "id")
    assert [m.category for m in found] == ["casualties", "injured"]


@pytest.mark.parametrize(
    "text",
    [
        "Peristiwa itu terjadi pada 2020 di Jakarta.",
        "Berbicara di Ankara, Jumat (23/12), ia mengatakan.",
        "Upacara dimulai pukul 10.30 WIB.",
        "Ia menjadi juara ke-3 pada lomba itu.",
        "Hubungi 0812-3456-7890 untuk informasi.",
        "Kantor di Jalan Merdeka No. 5 ditutup.",
        "Skor akhir 21-19 untuk tim tamu.",
        "Pandemi COVID-19 melanda.",
        "Salah satu warga berkata.",
    ],
)
def test_indonesian_not_counts(text):
    assert qty(text, "id") == []


# --- English --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 12 people were killed.",
            (12.0, 12.0, None, "EQUAL_OR_MORE", "people", "casualties"),
        ),
        (
            "The blast hit a market, killing 12 people.",
            (12.0, 12.0, 12.0, None, "people", "casualties"),
        ),
        (
            "Dozens wounded were taken to hospital.",
            (24.0, 24.0, 99.0, "APPROX", "wounded", "injured"),
        ),
        ("The camp hosts 1,500 refugees.", (1500.0, 1500.0, 1500.0, None, "refugees", "displaced")),
        (
            "More than 300 settlements were recaptured.",
            (300.0, 300.0, None, "MORE_THAN", "settlements", "territory"),
        ),
        (
            "Up to 300 troops were deployed.",
            (300.0, None, 300.0, "EQUAL_OR_LESS", "troops", "military"),
        ),
        (
            "Tens of thousands of people fled.",
            (20000.0, 20000.0, 99999.0, "APPROX", "people", "displaced"),
        ),
        ("Police arrested 45 protesters.", (45.0, 45.0, 45.0, None, "protesters", "detained")),
        ("Three journalists remain missing.", (3.0, 3.0, 3.0, None, "journalists", "missing")),
        (
            "Nearly two hundred and fifty civilians died.",
            (250.0, None, 250.0, "LESS_THAN", "civilians", "casualties"),
        ),
        (
            "Between 10 and 15 soldiers were captured.",
            (10.0, 10.0, 15.0, None, "soldiers", "detained"),
        ),
        ("About 20 villages were shelled.", (20.0, None, None, "APPROX", "villages", "territory")),
        ("A dozen rebels surrendered.", (12.0, 12.0, 12.0, None, "rebels", "military")),
    ],
)
def test_english(text, expected):
    assert fields(one(text, "en")) == expected


def test_english_money_and_percent():
    m = one("The fund received $1.5 million in aid.", "en")
    assert (m.text, m.amount, m.unit, m.category) == ("$1.5 million", 1.5e6, "USD", "money")
    m = one("Turnout was about 20% this year.", "en")
    assert (m.amount, m.unit, m.category) == (20.0, "percent", "other")
    m = one("Between 10 and 15 million dollars were stolen.", "en")
    assert (m.low, m.high, m.unit) == (10e6, 15e6, "USD")


def test_english_two_facts_in_one_sentence():
    found = qty("The strike killed 12 people and injured more than 30 others.", "en")
    assert [(m.amount, m.category) for m in found] == [(12.0, "casualties"), (30.0, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "The war started in 2020 and ended in 2021.",
        "He spoke on May 5 at 10:30 in the morning.",
        "It was the 3rd report on COVID-19 and F-16 jets.",
        "Call +1 202 555 0147 or 0812-3456-7890 today.",
        "A 25-year-old man was seen during the 44-day war.",
        "One of the officers said so.",
    ],
)
def test_english_not_counts(text):
    assert qty(text, "en") == []


# --- numbers --------------------------------------------------------------------------------


def test_parse_digits_by_language():
    idl, en = lexicon("id"), lexicon("en")
    assert parse_digits("1.500", idl) == 1500
    assert parse_digits("1,5", idl) == 1.5
    assert parse_digits("1.234.567,5", idl) == 1234567.5
    assert parse_digits("1,500", en) == 1500
    assert parse_digits("1.5", en) == 1.5
    assert parse_digits("1,234,567.25", en) == 1234567.25
    assert parse_digits("1.23.4", en) is None


@pytest.mark.parametrize(
    ("words", "lang", "value"),
    [
        ("sepuluh", "id", 10),
        ("sebelas", "id", 11),
        ("dua belas", "id", 12),
        ("seratus dua puluh tiga", "id", 123),
        ("dua ratus lima puluh ribu", "id", 250_000),
        ("satu setengah juta", "id", 1_500_000),
        ("twenty-three", "en", 23),
        ("one hundred and twenty", "en", 120),
        ("two dozen", "en", 24),
        ("three million", "en", 3_000_000),
    ],
)
def test_parse_words(words, lang, value):
    parsed = parse_words(tokenize(words), 0, lexicon(lang))
    assert parsed is not None and parsed[0] == value


def test_unknown_language_falls_back_to_english():
    doc = make_document("At least 5 people died.", lang="fr")
    assert quantities.extract(doc, [])[0].low == 5


def test_linear_time_on_long_text():
    base = "Sedikitnya 12 orang tewas dan 1.500 orang mengungsi dari 300 desa. " * 50
    t0 = time.perf_counter()
    qty(base, "id")
    small = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = qty(base * 8, "id")
    large = time.perf_counter() - t0
    assert len(found) == 8 * 150
    assert large < 20 * small + 0.5  # roughly linear (8x text), generous for noisy machines


def test_boilerplate_is_ignored():
    text = "Perang pecah.\nBaca Juga: 300 Orang Tewas di Gaza\nSelesai."
    assert qty(text, "id") == []


def test_currency_before_a_capitalized_code_is_money():
    found = qty("Dihargai 19 dolar AS atau lebih dari Rp 250 ribu.", "id")
    assert [(m.text, m.amount, m.mod, m.unit) for m in found] == [
        ("19 dolar AS", 19.0, None, "USD"),
        ("lebih dari Rp 250 ribu", 250_000.0, "MORE_THAN", "IDR"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Soviet Voskhod 2 mission and Area 51 were discussed.", "en"),
        ("The event ran from March 15 to 17 this year.", "en"),
        ("Timnas U - 19 menang pada HUT ke - 10.", "id"),
        ("He died at the age of 99.", "en"),
        ("ditahan sejak Minggu(19 / 11) lalu.", "id"),
    ],
)
def test_names_dates_and_ages_are_not_counts(text, lang):
    assert qty(text, lang) == []


def test_ranges_percent_after_names_and_times():
    m = one("We got 800-1000 people on treatment.", "en")
    assert (m.low, m.high, m.unit) == (800.0, 1000.0, "people")
    found = qty("Biden led Trump 47 percent to 40 percent.", "en")
    assert [(m.amount, m.unit) for m in found] == [(47.0, "percent"), (40.0, "percent")]
    assert one("He was selected 18 times.", "en").amount == 18


def test_coordinated_counts_share_the_event():
    found = qty("Three soldiers and two militants were killed.", "en")
    assert [(m.amount, m.category) for m in found] == [(3.0, "casualties"), (2.0, "casualties")]


def test_articles_count_one_only_for_reported_events():
    found = qty(
        "A bomb killed 12 people and a civilian was killed, killing a 17-year-old student.", "en"
    )
    assert [(m.text, m.amount, m.unit, m.category) for m in found] == [
        ("12", 12.0, "people", "casualties"),
        ("a", 1.0, "civilian", "casualties"),
        ("a", 1.0, "student", "casualties"),
    ]
    found = qty("Seorang warga tewas dan seorang pejabat mengatakan hal itu.", "id")
    assert [(m.text, m.unit, m.category) for m in found] == [("Seorang", "warga", "casualties")]


def test_aside_is_skipped_to_reach_the_event():
    m = one("Four people, including a police officer, were shot dead.", "en")
    assert (m.amount, m.category) == (4.0, "casualties")


def test_indonesian_head_noun_comes_first():
    m = one("Ia membocorkan beberapa dokumen negara.", "id")
    assert (m.unit, m.category) == ("dokumen negara", "other")
    m = one("Sebanyak 12 orang pengungsi tiba.", "id")
    assert (m.unit, m.category) == ("orang pengungsi", "displaced")
    assert qty("perayaan ulang tahun ke - enam", "id") == []


def test_attached_units_and_abbreviated_scales():
    found = qty("He ran 5km, the club paid £5m and $2bn, 10k people came; 4G phones.", "en")
    assert [(m.text, m.amount, m.unit) for m in found] == [
        ("5", 5.0, "km"),
        ("£5m", 5e6, "GBP"),
        ("$2bn", 2e9, "USD"),
        ("10k", 1e4, "people"),
    ]
    assert one("Harga mencapai Rp 2,5 T.", "id").amount == 2.5e12


def test_measures_fractions_and_non_whole_numbers_count_no_people():
    found = qty("A 6.1-magnitude earthquake killed 23 and injured over 100.", "en")
    assert [(m.amount, m.unit, m.category) for m in found] == [
        (6.1, "magnitude", "other"),
        (23.0, None, "casualties"),
        (100.0, None, "injured"),
    ]
    found = qty("Gempa bermagnitudo 6,1 menewaskan 23 orang.", "id")
    assert [(m.amount, m.category) for m in found] == [(6.1, "other"), (23.0, "casualties")]
    m = one("Two-thirds of the population fled.", "en")
    assert (round(m.amount, 3), m.category) == (0.667, "other")
    m = one("Dua pertiga penduduk mengungsi.", "id")
    assert (round(m.amount, 3), m.unit, m.category) == (0.667, "penduduk", "other")
    assert one("Some 1.5m people fled.", "en").amount == 1.5e6
    assert one("Seperempat juta orang mengungsi.", "id").amount == 250_000


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sebanyak 10 s/d 15 orang ditahan.", "id", (10.0, 10.0, 15.0, None, "orang")),
        ("Dua atau tiga orang ditahan.", "id", (2.0, 2.0, 3.0, None, "orang")),
        ("Belasan ribu warga mengungsi.", "id", (11_000.0, 11_000.0, 19_999.0, "APPROX", "warga")),
        ("Jumlahnya 300-an tentara.", "id", (300.0, None, None, "APPROX", "tentara")),
        ("A few hundred people came.", "en", (200.0, 200.0, 599.0, "APPROX", "people")),
        ("Some 40 or so fighters came.", "en", (40.0, None, None, "APPROX", "fighters")),
        ("Tens of millions of dollars were lost.", "en", (2e7, 2e7, 99_999_999.0, "APPROX", "USD")),
    ],
)
def test_more_ranges_and_vague_amounts(text, lang, expected):
    m = one(text, lang)
    assert (m.amount, m.low, m.high, m.mod, m.unit) == expected
