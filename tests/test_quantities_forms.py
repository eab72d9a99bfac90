"""Quantities, second pass: measurements, fractions, number forms, casualty lists."""

from __future__ import annotations

import pytest

from conflictlens.document import make_document
from conflictlens.extract import quantities
from conflictlens.spans import Mention


def qty(text: str, lang: str) -> list[Mention]:
    doc = make_document(text, lang=lang)
    out = quantities.extract(doc, [])
    for m in out:
        assert doc.text[m.start : m.end] == m.text
    return out


def one(text: str, lang: str) -> Mention:
    found = qty(text, lang)
    assert len(found) == 1, [(m.text, m.amount) for m in found]
    return found[0]


def row(m: Mention) -> tuple:
    return (m.text, m.start, m.amount, m.low, m.high, m.unit, m.category)


# --- measurements: the unit as written, span = the number, area of land = territory ----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Rebels seized 300 square kilometres.", "en", ("300", 14, 300.0, 300.0, 300.0,
                                                        "square kilometres", "territory")),
        ("An error of up to 4,000 km.", "en", ("up to 4,000", 12, 4000.0, None, 4000.0,
                                               "km", "other")),
        ("They shipped 30 tons of aid.", "en", ("30", 13, 30.0, 30.0, 30.0, "tons", "other")),
        ("Output rose to 2.5 million barrels per day.", "en",
         ("2.5 million", 15, 2.5e6, 2.5e6, 2.5e6, "barrels per day", "other")),
        ("A 5km walk.", "en", ("5", 2, 5.0, 5.0, 5.0, "km", "other")),
        ("Lahan seluas 200 hektare dibakar.", "id", ("200", 13, 200.0, 200.0, 200.0,
                                                     "hektare", "territory")),
        ("Jalan sepanjang 5 kilometer rusak.", "id", ("5", 16, 5.0, 5.0, 5.0,
                                                      "kilometer", "other")),
        ("Sebanyak 30 ton beras dikirim.", "id", ("30", 9, 30.0, 30.0, 30.0,
                                                  "ton", "other")),
        ("Suhu mencapai 40 derajat Celsius.", "id", ("40", 14, 40.0, 40.0, 40.0,
                                                     "derajat Celsius", "other")),
        ("Kapasitas 1000 liter air.", "id", ("1000", 10, 1000.0, 1000.0, 1000.0,
                                             "liter", "other")),
    ],
)  # fmt: skip
def test_measurements(text, lang, expected):
    assert row(one(text, lang)) == expected


def test_measurement_after_a_name_word_is_not_a_name():
    found = qty("Intel Core 2.80 GHz 8 MB cache", "en")
    assert [(m.amount, m.unit) for m in found] == [(2.8, "GHz"), (8.0, "MB")]


def test_measurement_range_with_repeated_unit():
    m = one("They were given 44 mg to 50 mg ethanol.", "en")
    assert (m.low, m.high, m.unit) == (44.0, 50.0, "mg")


def test_negative_measures_and_money_but_not_counts():
    m = one("temperatures ranged from -18 °C to -34 °C", "en")
    assert (m.low, m.high, m.unit, m.category) == (-34.0, -18.0, "°C", "other")
    found = qty("The revenue is -15€ ($-99.99).", "en")
    assert [(m.text, m.amount, m.unit) for m in found] == [
        ("-15€", -15.0, "EUR"),
        ("$-99.99", -99.99, "USD"),
    ]
    # A dash before a count is punctuation, and "10-15" is still a range.
    assert [m.amount for m in qty("Update -12 people died", "en")] == [12.0]
    assert (one("10-15 people", "en").low, one("10-15 people", "en").high) == (10.0, 15.0)


# --- fractions and number forms -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("about 1/40 of the wavelength", "en", ("about 1/40", 0, 0.025)),
        ("The door is 2 1/2 in thick", "en", ("2 1/2", 12, 2.5)),
        ("A 1/4 inch gap", "en", ("1/4", 2, 0.25)),
        ("a ½ cup", "en", ("½", 2, 0.5)),
        ("2½ cups", "en", ("2½", 0, 2.5)),
        ("half a million people fled", "en", ("half a million", 0, 5e5)),
        ("a quarter of a million people", "en", ("a quarter of a million", 0, 2.5e5)),
        ("two and a half miles to the east", "en", ("two and a half", 0, 2.5)),
        ("a third of the population fled", "en", ("a third", 0, 1 / 3)),
        ("he served half his sentence", "en", ("half", 10, 0.5)),
        ("valued 10 000 dollars", "en", ("10 000 dollars", 7, 10_000.0)),
        ("a factor of 2.48×10−5", "en", ("2.48×10−5", 12, 2.48e-5)),
        ("Violet light at 4e14 cycles", "en", ("4e14", 16, 4e14)),
        ("separuh dari penduduk", "id", ("separuh", 0, 0.5)),
        ("sebanyak 1 250 000 orang", "id", ("1 250 000", 9, 1_250_000.0)),
    ],
)
def test_fractions_and_number_forms(text, lang, expected):
    m = one(text, lang)
    assert (m.text, m.start) == expected[:2]
    assert m.amount == pytest.approx(expected[2])
    assert m.category in ("other", "displaced", "money")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kamis (23/12) pukul 10.30", "id"),
        ("Permen ESDM No 1/2013 untuk mobil dinas", "id"),
        ("SPBU 34-13806 di Jl Supriyadi", "id"),
        ("Call 202 555 0147 now", "en"),
        ("Yesterday Marine One landed at the base.", "en"),
        ("Kita akan menantang satu sama lain.", "id"),
        ("Dates 1/4 and 3/12 are holidays", "en"),
    ],
)
def test_forms_that_are_not_quantities(text, lang):
    assert qty(text, lang) == []


def test_plural_of_ordinal_is_a_fraction_singular_is_not():
    assert one("five eighths of the land", "en").amount == pytest.approx(0.625)
    assert one("an 18 year old five eighth", "en").amount == 5.0


def test_ranges_with_currency_on_both_or_before_the_start():
    m = one("reconstruction will cost between US$300 and 400 billion.", "en")
    assert (m.text, m.low, m.high, m.unit) == ("between US$300 and 400 billion", 3e11, 4e11, "USD")
    m = one("between $5 and $10", "en")
    assert (m.low, m.high, m.unit, m.category) == (5.0, 10.0, "USD", "money")


def test_scale_after_approximate_suffix():
    m = one("stok naik ke level 380-an juta barrel", "id")
    assert (m.text, m.amount, m.mod, m.unit) == ("380-an juta", 3.8e8, "APPROX", "barrel")


# --- casualties -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ledakan itu menewaskan 12 orang.", "id", [("12", 12.0, "casualties")]),
        ("12 orang dilaporkan tewas.", "id", [("12", 12.0, "casualties")]),
        ("Korban tewas bertambah menjadi 30 orang.", "id", [("30", 30.0, "casualties")]),
        ("The death toll rose to 30.", "en", [("30", 30.0, "casualties")]),
        ("The blast killed at least 12 people.", "en", [("at least 12", 12.0, "casualties")]),
        ("Twelve were killed.", "en", [("Twelve", 12.0, "casualties")]),
        ("twelve dead", "en", [("twelve", 12.0, "casualties")]),
        (
            "The attack killed 3 soldiers and 2 civilians.",
            "en",
            [("3", 3.0, "casualties"), ("2", 2.0, "casualties")],
        ),
        (
            "menewaskan 5 polisi, 2 tentara, dan 10 warga sipil",
            "id",
            [("5", 5.0, "casualties"), ("2", 2.0, "casualties"), ("10", 10.0, "casualties")],
        ),
        (
            "killed 3 soldiers and 2 civilians were wounded",
            "en",
            [("3", 3.0, "casualties"), ("2", 2.0, "injured")],
        ),
        ("Police arrested 12 men and 3 women.", "en",
         [("12", 12.0, "detained"), ("3", 3.0, "detained")]),
    ],
)  # fmt: skip
def test_casualty_verbs_before_and_after(text, lang, expected):
    assert [(m.text, m.amount, m.category) for m in qty(text, lang)] == expected


def test_animals_are_not_casualties():
    assert one("He killed 2 birds.", "en").category == "other"
    assert one("Ia membunuh 3 ekor sapi.", "id").category == "other"
    assert one("Banjir menewaskan 30 sapi.", "id").category == "other"


def test_villages_in_a_killing_list_stay_territory():
    found = qty("He killed 5 people in 3 villages", "en")
    assert [(m.amount, m.category) for m in found] == [(5.0, "casualties"), (3.0, "territory")]


# --- rules found on the held-out sentences and the corpora ------------------------------------


def test_minus_word_makes_money_and_measures_negative_but_not_plus_minus():
    m = one("subsidi minus Rp 1.288 per liter.", "id")
    assert (m.text, m.amount, m.unit) == ("minus Rp 1.288", -1288.0, "IDR")
    assert one("suhu minus 5 derajat", "id").amount == -5.0
    found = qty("target 4 plus minus 1 persen", "id")
    assert [m.amount for m in found] == [4.0, 1.0]
    # A dash between two percentages is a range, not a minus sign.
    assert [m.amount for m in qty("kepemilikan 15% -25% di perusahaan", "id")] == [15.0, 25.0]


def test_collective_ke_before_a_counted_noun_is_a_count():
    m = one("Ke-12 negara yang tergabung dalam OPEC akan bertemu.", "id")
    assert (m.text, m.start, m.amount, m.unit) == ("12", 3, 12.0, "negara")
    assert qty("negara ke-12 yang bergabung", "id") == []


def test_ages_pronouns_parts_and_idioms_are_not_quantities():
    assert qty("Nadine, 32, ingin fungsi hutan dikembalikan.", "id") == []
    assert [m.amount for m in qty("John Smith, 45, said 3 people came.", "en")] == [3.0]
    assert qty("selected the one posed by the cabinet", "en") == []
    assert qty("in the first half of this year", "en") == []
    assert qty("pemerintah masih setengah hati", "id") == []
    # A ratio/port pair without a unit is no fraction; digits inside a file name are no "1e4".
    assert qty("ports 139/445 and file f8bd1e4.jpg", "en") == []


def test_standalone_share_with_possessive_suffix():
    m = one("kapasitas stadion dikurangi setengahnya, namun", "id")
    assert (m.text, m.amount, m.category) == ("setengahnya", 0.5, "other")
    m = one("separuh dari penduduk mengungsi", "id")
    assert (m.text, m.amount) == ("separuh", 0.5)


def test_currency_conversion_is_two_amounts_not_a_range():
    found = qty("keuntungan sebesar US$ 873 juta atau Rp 11,3 triliun.", "id")
    assert [(m.text, m.amount, m.unit) for m in found] == [
        ("US$ 873 juta", 8.73e8, "USD"),
        ("Rp 11,3 triliun", 1.13e13, "IDR"),
    ]
    m = one("tiket dijual mulai dari Rp 200 hingga Rp 900 ribu.", "id")
    assert (m.low, m.high, m.unit) == (200_000.0, 900_000.0, "IDR")


def test_objects_in_a_list_do_not_share_a_person_verb():
    found = qty("authorities seized 126 skins, eight tails and two live jackals", "en")
    assert [m.category for m in found[1:]] == ["other", "other"]
    found = qty("he injured a man and two women", "en")
    assert [(m.amount, m.category) for m in found] == [(1.0, "injured"), (2.0, "injured")]
    assert one("spanned roughly 35,000 square feet", "en").category == "other"


def test_verb_before_a_list_wins_over_the_next_clause():
    found = qty(
        "the attack killed 3 soldiers and 2 civilians, and half a million people fled.", "en"
    )
    assert [(m.amount, m.category) for m in found] == [
        (3.0, "casualties"),
        (2.0, "casualties"),
        (5e5, "displaced"),
    ]


def test_scientific_notation_beyond_a_float_is_no_quantity() -> None:
    """ "4e500" overflowed a float and crashed the document; it is no quantity now, and a
    reasonable exponent still reads ("2e5" = 200,000)."""
    found = qty("The blast released 4e500 joules and 2e5 tons and 3 x 10^999 atoms.", "en")
    values = {m.text: m.value for m in found}
    assert "4e500" not in values
    assert float(values["2e5"]) == 200000
