"""Indonesian news shapes (Kompas-style reports): spans, values and anchoring.

The sentences follow the shapes of real Kompas.com reports (datelines "Kamis (28/11/2013)",
"waktu setempat (Rabu pagi WIB)", oil-market figures with thousands separators).
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from conflictlens.extract.temporal import tag


def _got(text: str, published: date, lang: str = "id") -> list[tuple]:
    return [(m.start, m.end, m.text, m.kind, m.value, m.mod) for m in tag(text, lang, published)]


def test_part_of_day_after_a_bracketed_date_is_one_time():
    text = (
        "Para menteri rapat di Kantor Kementerian Keuangan, Rabu (3/12/2014) malam, membahas kuota."
    )
    (m,) = _got(text, date(2014, 12, 3))
    start = text.index("Rabu")
    assert m == (start, start + 22, "Rabu (3/12/2014) malam", "time", "2014-12-03TNI", None)


def test_day_and_month_nouns_belong_to_the_expression():
    text = "Harga minyak masih turun pada hari Kamis (27/11/2014) menjelang pertemuan."
    (m,) = _got(text, date(2014, 11, 28))
    assert m[:5] == (
        text.index("hari K"),
        text.index(" menjelang"),
        "hari Kamis (27/11/2014)",
        "date",
        "2014-11-27",
    )
    text = "Produsen memompa 30,56 juta barel per hari di bulan November."
    got = _got(text, date(2014, 12, 16))
    assert got[-1] == (
        text.index("bulan"),
        len(text) - 1,
        "bulan November",
        "date",
        "2014-11",
        None,
    )
    text = "Pada tanggal 28 Desember, cuaca di Selat Karimata buruk."
    (m,) = _got(text, date(2014, 12, 30))
    assert m == (5, 24, "tanggal 28 Desember", "date", "2014-12-28", None)


def test_half_year_with_relative_year():
    text = "Harga minyak diperkirakan masih akan jatuh hingga paruh pertama tahun depan."
    (m,) = _got(text, date(2014, 12, 9))
    assert m == (
        text.index("paruh"),
        len(text) - 1,
        "paruh pertama tahun depan",
        "date",
        "2015-H1",
        None,
    )


def test_part_of_day_with_today_and_tadi():
    text = "Seluruh sektor saham melemah pada sore hari ini, dan rupiah melemah sore ini."
    got = _got(text, date(2014, 12, 11))
    assert got[0] == (
        text.index("sore"),
        text.index(", dan"),
        "sore hari ini",
        "time",
        "2014-12-11TAF",
        None,
    )
    assert got[1][2:5] == ("sore ini", "time", "2014-12-11TAF")
    text = "Tadi malam, kapal tiba di pelabuhan. Sore tadi, helikopter kembali terbang."
    got = _got(text, date(2014, 12, 30))
    assert [g[2:5] for g in got] == [
        ("Tadi malam", "time", "2014-12-29TNI"),
        ("Sore tadi", "time", "2014-12-30TAF"),
    ]
    assert got[1][0] == text.index("Sore")


def test_sekarang_ini_is_present_ref():
    text = "Kondisi di emerging market menjadi jelek sekarang ini, kata dia."
    (m,) = _got(text, date(2014, 12, 18))
    assert m == (
        text.index("sekarang"),
        text.index(", kata"),
        "sekarang ini",
        "date",
        "PRESENT_REF",
        None,
    )


def test_thousands_separator_in_durations():
    text = "Pilot itu memiliki pengalaman terbang lebih dari 20.000 jam."
    (m,) = _got(text, date(2014, 12, 30))
    assert m == (
        text.index("lebih"),
        len(text) - 1,
        "lebih dari 20.000 jam",
        "duration",
        "PT20000H",
        "MORE_THAN",
    )
    # the "000" of a larger number starts nothing
    assert _got("Sebanyak 1.200 orang antre selama 3 jam.", date(2014, 12, 30))[0][2] == "3 jam"
    text = "The dynasty ruled for 1,500 years."
    (m,) = _got(text, date(2014, 12, 30), "en")
    assert m[2:5] == ("1,500 years", "duration", "P1500Y")


def test_weekday_inside_a_place_name_is_no_date():
    text = (
        "4. SPBU 34-12703: Jl Raya Pasar Minggu 14, Pancoran\n5. SPBU 31-12902: Jl HR. Rasuna Said"
    )
    assert _got(text, date(2013, 11, 29)) == []
    # a dateline keeps its weekday, with or without the comma before it
    text = "kata dia di Jakarta, Kamis (5/12/2013)."
    assert _got(text, date(2013, 12, 5))[0][2:5] == ("Kamis (5/12/2013)", "date", "2013-12-05")
    text = "kata dia di Jakarta Kamis (5/12/2013)."
    assert _got(text, date(2013, 12, 5))[0][2:5] == ("Kamis (5/12/2013)", "date", "2013-12-05")
    # English datelines name the day right after a name ("told CNN Sunday")
    text = "The minister told CNN Sunday that talks would resume."
    assert _got(text, date(1998, 8, 10), "en")[0][2:5] == ("Sunday", "date", "1998-08-09")


def test_direction_word_after_a_day_picks_its_year():
    text = "OPEC akan mengadakan pertemuan di Wina pada 27 November mendatang."
    (m,) = _got(text, date(2014, 12, 5))
    start = text.index("27")
    # the direction word belongs to the expression (IndoTimex) and picks the year
    assert m == (start, start + 21, "27 November mendatang", "date", "2015-11-27", None)
    text = "Pemerintah merujuk harga minyak dunia pada 19 Desember lalu."
    (m,) = _got(text, date(2014, 12, 5))
    assert m[2:5] == ("19 Desember lalu", "date", "2013-12-19")
    # without a direction word the nearest such day wins
    (m,) = _got("Harga dirujuk pada 19 Desember.", date(2014, 12, 5))
    assert m[4] == "2014-12-19"


def test_a_deictic_word_after_a_full_date_belongs_to_it():
    from conflictlens.extract.temporal import tag

    def spans(text):
        return [(m.start, m.text, m.value) for m in tag(text, "id", date(2014, 12, 5))]

    text = "Harga itu berlaku sejak 27 November 2014 lalu, hingga penghujung 2013 ini."
    assert spans(text) == [
        (text.index("27"), "27 November 2014 lalu", "2014-11-27"),
        (text.index("penghujung"), "penghujung 2013 ini", "2013"),
    ]
    assert spans("Pada Juni 2014 lalu harga naik.") == [(5, "Juni 2014 lalu", "2014-06")]
    # "ini" joins a bare year only where a word announces the year
    assert spans("Target itu berlaku hingga tahun 2013 ini.")[0][1] == "tahun 2013 ini"
    assert spans("Produksi 2013 ini naik tajam.") == [(9, "2013", "2013")]


def test_kompas_gold_builds_with_consistent_offsets():
    root = Path(__file__).resolve().parents[1]
    src = root / "benchmarks" / "data" / "kompas_gold_id.txt"
    script = root / "benchmarks" / "narrative_gold.py"
    if not src.is_file() or not script.is_file():
        pytest.skip("source checkout only")
    spec = importlib.util.spec_from_file_location("narrative_gold", script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    docs = mod.parse(src.read_text(encoding="utf-8"))
    assert len(docs) == 22 and all(d["lang"] == "id" for d in docs)
    assert sum(len(d["timexes"]) for d in docs) == 155
    for d in docs:
        for t in d["timexes"]:
            assert d["text"][t["start"] : t["end"]] == t["text"]


def test_one_word_duration_with_terakhir():
    text = "Dalam sepekan terakhir harga turun 10 persen, sementara sebulan lalu masih 70 dollar."
    got = _got(text, date(2014, 12, 30))
    assert got[0] == (6, 22, "sepekan terakhir", "duration", "P1W", None)
    assert got[1][2:5] == ("sebulan lalu", "date", "2014-11")


def test_month_range_shares_its_year():
    text = "Pada periode Januari-November 2014, ekspor turun."
    got = _got(text, date(2014, 12, 30))
    assert got == [
        (13, 20, "Januari", "date", "2014-01", None),
        (21, 34, "November 2014", "date", "2014-11", None),
    ]
    text = "Harga stabil dari Juni hingga Agustus 2013."
    assert _got(text, date(2014, 12, 30))[0][2:5] == ("Juni", "date", "2013-06")


def test_clock_time_takes_the_day_named_later_in_its_clause():
    text = "Pesawat berangkat pukul 05.36 WIB dari Bandara Juanda, Surabaya, Minggu (28/12)."
    got = _got(text, date(2014, 12, 30))
    assert got[0] == (18, 33, "pukul 05.36 WIB", "time", "2014-12-28T05:36", None)
    assert got[1][2:5] == ("Minggu (28/12)", "date", "2014-12-28")
    # not across a sentence end
    text = "Pesawat berangkat pukul 05.36 WIB. Keluarga tiba Minggu (28/12)."
    assert _got(text, date(2014, 12, 30))[0][4] == "2014-12-30T05:36"


# -- second Kompas pass: rules from the error audit of ten more articles --------------------------
def test_day_then_clock_time_is_one_time():
    text = "Pesawat hilang kontak pada Minggu (28/12/2014) pukul 07.24 WIB di atas Selat Karimata."
    (m,) = _got(text, date(2014, 12, 29))
    start = text.index("Minggu")
    assert m == (
        start,
        text.index(" di atas"),
        "Minggu (28/12/2014) pukul 07.24 WIB",
        "time",
        "2014-12-28T07:24",
        None,
    )
    text = "Kebijakan diumumkan pada Rabu (31/12/2014) sekitar pukul 09.00 WIB."
    (m,) = _got(text, date(2014, 12, 30))
    assert m[2:] == (
        "Rabu (31/12/2014) sekitar pukul 09.00 WIB",
        "time",
        "2014-12-31T09:00",
        "APPROX",
    )
    # a clock time without "pukul" stays apart ("Rabu (31/12) 2 kapal" is no time)
    text = "Pada Selasa (30/12/2014) 2 kapal tiba."
    assert [g[2] for g in _got(text, date(2014, 12, 30))] == ["Selasa (30/12/2014)"]


def test_range_of_amounts_is_one_vague_duration():
    text = "Pada satu hingga dua tahun ke depan, masyarakat baru merasakan manfaatnya."
    (m,) = _got(text, date(2014, 12, 30))
    assert m == (5, 35, "satu hingga dua tahun ke depan", "duration", "PXY", None)
    text = "Pencarian berlangsung selama 2-3 hari."
    (m,) = _got(text, date(2014, 12, 30))
    assert m == (29, 37, "2-3 hari", "duration", "PXD", None)
    # "hingga" alone is a preposition ("until"), left out as IndoTimex leaves it out
    (m,) = _got("Operasi bisa berlangsung hingga dua pekan.", date(2014, 12, 30))
    assert m[2:] == ("dua pekan", "duration", "P2W", None)
    (m,) = _got("Cuaca buruk berlangsung hingga tiga hari ke depan.", date(2014, 12, 30))
    assert m[2:] == ("tiga hari ke depan", "duration", "P3D", None)
    # "dan" joins two amounts, not a range: "dua tahun dan tiga bulan" is not "2 hingga 3"
    got = _got("Harga turun 2 dan 3 hari kemudian.", date(2014, 12, 30))
    assert "2 dan 3 hari kemudian" not in [g[2] for g in got]


def test_what_lasted_the_previous_days_is_a_duration():
    text = "Harga merosot, meninggalkan kenaikan yang berlangsung tiga hari sebelumnya."
    (m,) = _got(text, date(2014, 12, 5))
    start = text.index("tiga")
    assert m == (start, start + 20, "tiga hari sebelumnya", "duration", "P3D", None)
    (m,) = _got("Ia tiba di Surabaya tiga hari sebelumnya.", date(2014, 12, 5))
    assert m[2:5] == ("tiga hari sebelumnya", "date", "2014-12-02")


def test_end_of_a_weekday_range_comes_after_its_start():
    text = "Hujan turun sejak Selasa siang hingga Rabu malam."
    got = _got(text, date(2014, 12, 30))  # a Tuesday
    assert got == [
        (18, 30, "Selasa siang", "time", "2014-12-30TAF", None),
        (38, 48, "Rabu malam", "time", "2014-12-31TNI", None),
    ]
    # "dan" is no range: each weekday is the nearest one
    got = _got("Rapat digelar Senin dan Selasa.", date(2014, 12, 31))
    assert [g[4] for g in got] == ["2014-12-29", "2014-12-30"]


def test_future_bare_weekday_and_deictic_words():
    dct = date(2014, 12, 29)  # a Monday
    (m,) = _got("Menteri akan menghadiri pertemuan Kamis di Jakarta.", dct)
    assert m[2:5] == ("Kamis", "date", "2015-01-01")
    (m,) = _got("Menteri menghadiri pertemuan Kamis di Jakarta.", dct)
    assert m[2:5] == ("Kamis", "date", "2014-12-25")
    # "beberapa waktu lalu" is PAST_REF (IndoTimex: "beberapa waktu lalu ||| Simple PAST")
    text = "Ali Mundakir beberapa waktu lalu menyebut anggaran membengkak."
    assert _got(text, dct) == [(13, 32, "beberapa waktu lalu", "date", "PAST_REF", None)]
    # a lone "ke depan" ("going forward") is not marked; with an amount it is a duration
    assert _got("Rapat membahas proyeksi harga ke depan, kata dia.", dct) == []
    (m,) = _got("Harga naik dalam dua tahun ke depan.", dct)
    assert m[2:5] == ("dua tahun ke depan", "duration", "P2Y")
    # a lone "nanti" is FUTURE_REF, as IndoTimex reads it ("nanti ||| Simple FUTURE")
    (m,) = _got('"Tapi lihat nilai tukar, nanti (bisa) naik lagi," kata dia.', dct)
    assert m[2:5] == ("nanti", "date", "FUTURE_REF")


def test_deictic_day_with_its_bracketed_date_is_one_date():
    text = "Kemarin (29/12/2014), tim gabungan menyisir perairan Bangka Belitung."
    (m,) = _got(text, date(2014, 12, 30))
    assert m == (0, 20, "Kemarin (29/12/2014)", "date", "2014-12-29", None)


def test_night_before_a_weekday_is_the_previous_night():
    # "malam Minggu" is Saturday night; "Minggu malam" is Sunday night
    text = "Pada malam Minggu, keluarga berkumpul di Bandara Juanda."
    (m,) = _got(text, date(2014, 12, 30))
    assert m == (5, 17, "malam Minggu", "time", "2014-12-27TNI", None)
    (m,) = _got("Pada Minggu malam, keluarga berkumpul.", date(2014, 12, 30))
    assert m[2:5] == ("Minggu malam", "time", "2014-12-28TNI")


def test_deictic_word_after_a_bracketed_date_belongs_to_it():
    text = "Pesawat hilang kontak pada Minggu (28/12/2014) lalu di Selat Karimata."
    (m,) = _got(text, date(2015, 1, 2))
    start = text.index("Minggu")
    assert m == (start, start + 24, "Minggu (28/12/2014) lalu", "date", "2014-12-28", None)
    (m,) = _got("Tim akan menyelam Sabtu (3/1) mendatang.", date(2015, 1, 2))
    assert m[2:5] == ("Sabtu (3/1) mendatang", "date", "2015-01-03")


def test_dini_hari_is_early_morning():
    # IndoTimex reads "dini hari" as the morning of the day (TMO), not the night before
    (m,) = _got("Kapal tiba Selasa (30/12/2014) dini hari.", date(2015, 1, 2))
    assert m[2:5] == ("Selasa (30/12/2014) dini hari", "time", "2014-12-30TMO")
    (m,) = _got("Kebakaran terjadi dini hari tadi.", date(2015, 1, 2))
    assert m[2:5] == ("dini hari tadi", "time", "2015-01-02TMO")
