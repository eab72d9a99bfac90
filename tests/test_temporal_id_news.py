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
    assert len(docs) == 12 and all(d["lang"] == "id" for d in docs)
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
