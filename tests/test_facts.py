"""Facts and timeline: when/where links, event intervals, points — with hand-built mentions."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from conflictlens import facts, schema
from conflictlens.document import make_document
from conflictlens.events import parse_duration
from conflictlens.pipeline import assign_sentences
from conflictlens.spans import Mention

SEED_LIKE = (
    "Ankara, MINA – Turkiye mendukung normalisasi antara Azerbaijan dan Armenia.\n"
    "Berbicara di acara di Ankara, Jumat (23/12), ia mengatakan hal itu.\n"
    "Dia mengacu pada kesepakatan setelah perang 44 hari pada September 2020 "
    "atas Nagorno-Karabakh.\n"
    "Perang itu membuat Azerbaijan memperoleh beberapa kota dan lebih dari 300 permukiman dan desa "
    "yang diduduki oleh Armenia selama hampir 30 tahun.\n"
    "Turkiye mendukung upaya itu."
)


def at(text: str, needle: str, kind: str, nth: int = 0, **kw) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention(start, start + len(needle), needle, kind, **kw)


def place(text, needle, name, country, lat, lon, nth=0):
    return at(text, needle, "place", nth, value=f"test:{name}", name=name, country=country,
              lat=lat, lon=lon)  # fmt: skip


def seed_mentions(text: str) -> list[Mention]:
    ms = [
        place(text, "Ankara", "Ankara", "TR", 39.92, 32.85),
        place(text, "Azerbaijan", "Azerbaijan", "AZ", 40.5, 47.5),
        place(text, "Armenia", "Armenia", "AM", 40.0, 45.0),
        place(text, "Ankara", "Ankara", "TR", 39.92, 32.85, nth=1),
        at(text, "Jumat (23/12)", "date", value="2022-12-23",
           earliest=datetime(2022, 12, 23), latest=datetime(2022, 12, 23, 23, 59, 59)),
        at(text, "44 hari", "duration", value="P44D"),
        at(text, "September 2020", "date", value="2020-09",
           earliest=datetime(2020, 9, 1), latest=datetime(2020, 9, 30, 23, 59, 59)),
        place(text, "Nagorno-Karabakh", "Nagorno-Karabakh", "AZ", 39.8, 46.7),
        place(text, "Azerbaijan", "Azerbaijan", "AZ", 40.5, 47.5, nth=1),
        at(text, "beberapa", "quantity", value="2", mod="APPROX", amount=2.0, low=2.0, high=9.0,
           unit="kota", category="territory"),
        at(text, "lebih dari 300", "quantity", value="300", mod="MORE_THAN", amount=300.0,
           low=300.0, unit="permukiman dan desa", category="territory"),
        place(text, "Armenia", "Armenia", "AM", 40.0, 45.0, nth=1),
        at(text, "hampir 30 tahun", "duration", value="P30Y", mod="APPROX"),
    ]  # fmt: skip
    return ms


def build(text, ms, lang="id", published="2022-12-23"):
    doc = make_document(text, lang=lang, published=published)
    ms = sorted(ms, key=lambda m: (m.start, m.end))
    for m in ms:
        assert doc.text[m.start : m.end] == m.text
    assign_sentences(doc, ms)
    return doc, *facts.build(doc, ms)


def test_seed_like_facts():
    _, rows, _ = build(SEED_LIKE, seed_mentions(SEED_LIKE))
    df = schema.frame("facts", [{**r, "doc_id": "d"} for r in rows])
    assert list(df["fact_id"]) == [0, 1]
    settle = df.iloc[1]
    assert (settle["category"], settle["low"], settle["mod"]) == ("territory", 300.0, "MORE_THAN")
    assert pd.isna(settle["high"])
    assert settle["unit"] == "permukiman dan desa"
    assert settle["where_source"] == "sentence"
    assert settle["where"].split("; ")[0] == "Azerbaijan"
    assert "Armenia" in settle["where"]
    # The sentence has no date but an event interval (the occupation): when comes from it.
    assert settle["when_source"] == "sentence"
    assert settle["when"] == "P30Y"
    ev = SEED_LIKE[settle["evidence_start"] : settle["evidence_end"]]
    assert ev == settle["evidence"] and ev.startswith("Perang itu")
    assert SEED_LIKE[settle["start"] : settle["end"]] == "lebih dari 300"


def test_seed_like_timeline():
    _, _, items = build(SEED_LIKE, seed_mentions(SEED_LIKE))
    df = schema.frame("timeline", [{**r, "doc_id": "d"} for r in items])
    assert list(df["item_id"]) == list(range(len(df)))
    war = df[df["duration"] == "P44D"].iloc[0]
    assert war["kind"] == "interval" and war["label"] == "perang 44 hari"
    assert war["start_earliest"] == pd.Timestamp("2020-09-01")
    assert war["start_latest"].date() == pd.Timestamp("2020-09-30").date()
    assert war["end_earliest"] == pd.Timestamp("2020-09-01") + pd.Timedelta(days=44)
    assert war["end_latest"].date() == (pd.Timestamp("2020-09-30") + pd.Timedelta(days=44)).date()
    occ = df[df["duration"] == "P30Y"].iloc[0]
    assert occ["kind"] == "interval"
    assert occ["end"] == war["end"] and occ["end_latest"] == war["end_latest"]
    assert occ["start"].year == 1990
    # "hampir" (almost): the start is fuzzy, later than exactly 30 years before the end.
    assert occ["start_earliest"] < occ["start_latest"]
    assert occ["start_latest"].year in (1993, 1994)
    assert "diduduki" in occ["label"]
    assert (occ["category"], occ["amount"]) == ("territory", 300.0)
    speech = df[df["kind"] == "point"]
    assert list(speech["value"]) == ["2022-12-23"]
    assert speech.iloc[0]["label"] == "Berbicara di acara (Jumat (23/12))"
    assert speech.iloc[0]["place"] == "Ankara"


def test_when_prefers_same_clause_date_and_falls_back_to_published():
    text = "On Monday, 12 people were killed in Gaza. Later 30 others fled."
    ms = [
        at(text, "Monday", "date", value="2024-05-06", earliest=datetime(2024, 5, 6),
           latest=datetime(2024, 5, 6, 23, 59, 59)),
        at(text, "12", "quantity", value="12", amount=12.0, low=12.0, high=12.0, unit="people",
           category="casualties"),
        place(text, "Gaza", "Gaza", "PS", 31.5, 34.47),
        at(text, "30", "quantity", value="30", amount=30.0, low=30.0, high=30.0, unit="others",
           category="displaced"),
    ]  # fmt: skip
    _, rows, _ = build(text, ms, lang="en", published="2024-05-08")
    assert (rows[0]["when"], rows[0]["when_source"]) == ("2024-05-06", "sentence")
    assert rows[0]["where"] == "Gaza"
    # Second sentence: no date, no place → the lead's day-precise date, then the only place.
    assert rows[1]["when_source"] == "document" and rows[1]["when"] == "2024-05-06"
    assert rows[1]["where_source"] == "document" and rows[1]["where"] == "Gaza"


def test_published_and_dateline_fallbacks():
    text = "Kabul, Reuters - Officials spoke.\nAt least 5 people died."
    ms = [
        place(text, "Kabul", "Kabul", "AF", 34.5, 69.2),
        at(text, "At least 5", "quantity", value="5", mod="EQUAL_OR_MORE", amount=5.0, low=5.0,
           unit="people", category="casualties"),
    ]  # fmt: skip
    _, rows, items = build(text, ms, lang="en", published="2021-08-26")
    assert rows[0]["where_source"] == "dateline" and rows[0]["where"] == "Kabul"
    assert rows[0]["when_source"] == "published" and rows[0]["when"] == "2021-08-26"
    assert rows[0]["when_earliest"] == datetime(2021, 8, 26)
    assert items == []


def test_no_context_at_all():
    text = "Five people died."
    ms = [at(text, "Five", "quantity", value="5", amount=5.0, low=5.0, high=5.0, unit="people",
             category="casualties")]  # fmt: skip
    _, rows, _ = build(text, ms, lang="en", published=None)
    assert rows[0]["when_source"] == "none" and rows[0]["where_source"] == "none"
    schema.frame("facts", [{**r, "doc_id": "d"} for r in rows])


def test_english_interval_with_event_noun_after_duration():
    text = "After a 44-day war in September 2020, talks began. The war ended decades of fighting."
    ms = [
        at(text, "44-day", "duration", value="P44D"),
        at(text, "September 2020", "date", value="2020-09", earliest=datetime(2020, 9, 1),
           latest=datetime(2020, 9, 30, 23, 59, 59)),
    ]  # fmt: skip
    _, _, items = build(text, ms, lang="en", published="2022-01-01")
    assert len(items) == 1
    assert items[0]["label"] == "44-day war"
    assert items[0]["end"] == datetime(2020, 10, 15)


def test_english_duration_ending_at_known_event():
    text = (
        "Armenia and Azerbaijan fought a 44-day war in September 2020. "
        "The war returned land occupied for about 30 years."
    )
    ms = [
        at(text, "44-day", "duration", value="P44D"),
        at(text, "September 2020", "date", value="2020-09", earliest=datetime(2020, 9, 1),
           latest=datetime(2020, 9, 30, 23, 59, 59)),
        at(text, "30 years", "duration", value="P30Y"),
    ]  # fmt: skip
    _, _, items = build(text, ms, lang="en", published="2022-01-01")
    occ = items[1]
    assert occ["duration"] == "P30Y" and occ["end"] == items[0]["end"]
    # "about": the start may be up to 10% earlier or later.
    assert occ["start_earliest"].year == 1987 and occ["start_latest"].year == 1993
    assert occ["label"].startswith("land occupied") or "occupied" in occ["label"]


def test_unrelated_duration_is_not_linked():
    text = "The talks lasted 3 days."
    ms = [at(text, "3 days", "duration", value="P3D")]
    _, _, items = build(text, ms, lang="en", published="2022-01-01")
    assert items == []


def test_parse_duration():
    off, days = parse_duration("P44D")
    assert off.days == 44 and days == 44
    assert parse_duration("P2W")[1] == 14
    assert parse_duration("PT5H")[1] == 5 / 24
    assert parse_duration("P1.5Y")[0].days == 548
    assert parse_duration(None) is None
