"""Rules found on the blind IndoSum sets 78 and 79 (session 7): a capitalized time zone after a
day part, decimals written with a leading zero, a day part of an anaphoric day, and "zaman
sekarang".

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest

from conflictlens.extract.quantities.lexicon import lexicon
from conflictlens.extract.quantities.numbers import parse_digits
from conflictlens.extract.temporal import tag


def _tags(text: str, lang: str, published: date | None) -> list[tuple[str, int, str]]:
    found = tag(text, lang, published)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.start, m.value) for m in found]


def _at(text: str, mention: str, value: str):
    return (mention, text.index(mention), value)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Laga itu digelar pada Senin (12/6) dini hari WIB di Skopje.",
         "Senin (12/6) dini hari WIB", "2017-06-12TMO"),
        ("Inter menang 2-1, Minggu (8/1) malam WIB.", "Minggu (8/1) malam WIB", "2017-01-08TNI"),
        ("Mereka tiba 4 Juni malam WITA.", "4 Juni malam WITA", "2017-06-04TNI"),
    ],
)  # fmt: skip
def test_a_capitalized_time_zone_after_a_day_part_belongs_to_the_time(text, mention, value):
    assert _at(text, mention, value) in _tags(text, "id", date(2017, 6, 20))


def test_a_lowercase_zone_word_is_not_taken():
    text = "Laga itu digelar Senin (12/6) malam wib."
    assert _at(text, "Senin (12/6) malam", "2017-06-12TNI") in _tags(text, "id", date(2017, 6, 20))


@pytest.mark.parametrize(
    ("text", "lang", "mention", "value"),
    [
        ("Dovizioso tertinggal 0.144 detik dari Marquez.", "id", "0.144 detik", "PT0.144S"),
        ("Dovizioso tertinggal 0,144 detik dari Marquez.", "id", "0,144 detik", "PT0.144S"),
        ("He finished 0,5 seconds behind.", "en", "0,5 seconds", "PT0.5S"),
        # a thousands group still reads as one
        ("Candi itu berdiri 1.500 tahun.", "id", "1.500 tahun", "P1500Y"),
    ],
)  # fmt: skip
def test_a_leading_zero_makes_a_decimal_in_either_notation(text, lang, mention, value):
    assert _at(text, mention, value) in _tags(text, lang, date(2017, 8, 12))


def test_quantities_read_a_leading_zero_as_a_decimal_too():
    assert parse_digits("0.144", lexicon("id")) == 0.144
    assert parse_digits("0,144", lexicon("en")) == 0.144
    assert parse_digits("1.500", lexicon("id")) == 1500.0
    assert parse_digits("1,500", lexicon("en")) == 1500.0


def test_a_day_part_of_the_next_day_is_counted_from_the_story_day():
    text = (
        "Keduanya bertolak ke London pada hari Senin (24/7) malam. Mereka kembali ke Italia "
        "pada pagi hari berikutnya."
    )
    found = _tags(text, "id", date(2017, 7, 26))
    assert _at(text, "pagi hari berikutnya", "2017-07-25TMO") in found


def test_a_day_part_of_that_day():
    text = (
        "Pawai digelar Rabu (24/5). Dalam video yang diambil pada malam hari itu tampak anak-anak."
    )
    found = _tags(text, "id", date(2017, 5, 25))
    assert _at(text, "malam hari itu", "2017-05-24TNI") in found


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Anak muda zaman sekarang gemar barang langka.", "zaman sekarang", "PRESENT_REF"),
        ("Orang zaman dulu menulis surat.", "zaman dulu", "PAST_REF"),
    ],
)
def test_zaman_with_a_deictic_word_is_one_expression(text, mention, value):
    assert _at(text, mention, value) in _tags(text, "id", date(2017, 8, 22))


def test_kelak_alone_is_not_tagged():
    # three of four blind annotations leave "kelak" (later, one day) untagged
    text = "Macron hanya akan mengumumkan calon perdana menterinya kelak."
    assert _tags(text, "id", date(2017, 5, 5)) == []


# -- histories: winters, periods that hold the story's day, look-backs, the night going on -------
def test_the_winter_of_a_january_began_the_year_before():
    text = (
        "Port Arthur surrendered on January 2, 1905. The two armies spent the winter in "
        "trenches. Kuropatkin attacked at Sandepu on January 25."
    )
    found = _tags(text, "en", date(2009, 12, 19))
    assert _at(text, "the winter", "1904-WI") in found
    assert _at(text, "January 25", "1905-01-25") in found


def test_this_winter_said_on_the_first_of_march_is_the_one_just_over():
    text = "Refugees spent this winter in tents."
    assert _at(text, "this winter", "2015-WI") in _tags(text, "en", date(2016, 3, 1))


def test_a_season_that_holds_the_story_day_does_not_move_the_story():
    text = (
        "A new offensive began in late January 2023. On Monday, February 6, at about 6:30 a.m., "
        "a column moved toward the town. The vehicles ran into minefields laid over the winter. "
        "Three days later, a second column attacked."
    )
    found = _tags(text, "en", date(2023, 6, 30))
    assert _at(text, "Three days later", "2023-02-09") in found


def test_the_next_month_in_a_look_back_counts_from_the_look_back():
    text = (
        "The landing on Sunday, 25 April 1915 was part of the invasion. The Ottoman Empire had "
        "entered the war in November 1914, and the next month troops arrived in Egypt."
    )
    found = _tags(text, "en", date(2009, 12, 19))
    assert _at(text, "the next month", "1914-12") in found


def test_a_morning_clock_after_an_evening_one_in_a_history_is_the_next_day():
    text = (
        "On 31 May 1916 the fleets met. Invincible sank at 6:34 p.m. Shortly before midnight "
        "Scheer broke through. Pommern was torpedoed at 3:10 a.m."
    )
    found = _tags(text, "en", date(2009, 12, 19))
    assert _at(text, "3:10 a.m.", "1916-06-01T03:10") in found
    assert _at(text, "6:34 p.m.", "1916-05-31T18:34") in found
