"""Acceptance on the seed article (issue 2): the whole pipeline, no published date given."""

import pandas as pd
import pytest

import conflictlens as cl

SEED = cl.seed_text()


@pytest.fixture(scope="module")
def a():
    return cl.analyze(SEED)


def rows(a, kind, text):
    m = a.mentions
    return m[(m["kind"] == kind) & (m["text"].str.contains(text, regex=False))]


def test_published_inferred_from_the_dateline(a):
    assert a.published == pd.Timestamp("2022-12-23")
    assert a.published_source == "dateline"
    assert a.lang == "id"


def test_dateline_date_resolved(a):
    m = a.mentions
    hit = m[m["text"].str.contains("23/12", regex=False)]
    assert len(hit) == 1
    assert hit.iloc[0]["kind"] == "date" and hit.iloc[0]["value"] == "2022-12-23"


def test_september_2020_is_a_month_not_a_day(a):
    hits = rows(a, "date", "September 2020")
    assert len(hits) == 2
    for r in hits.itertuples():
        assert r.value == "2020-09"
        assert r.earliest == pd.Timestamp("2020-09-01")
        assert r.latest == pd.Timestamp("2020-09-30 23:59:59")
        assert SEED[r.start : r.end] == r.text


def test_44_hari_is_a_duration_both_times(a):
    hits = rows(a, "duration", "44 hari")
    assert len(hits) == 2
    assert set(hits["value"]) == {"P44D"}
    assert not (a.mentions["kind"].eq("date") & a.mentions["text"].str.contains("44")).any()


def test_almost_30_years(a):
    hits = rows(a, "duration", "30 tahun")
    assert len(hits) == 1
    assert hits.iloc[0]["value"] == "P30Y"
    assert hits.iloc[0]["mod"] in ("APPROX", "LESS_THAN")


def test_quantities(a):
    q = rows(a, "quantity", "300")
    assert len(q) == 1
    r = q.iloc[0]
    assert r["low"] == 300 and r["mod"] == "MORE_THAN"
    assert "permukiman" in r["unit"]
    assert r["category"] == "territory"
    seven = rows(a, "quantity", "tujuh")
    assert len(seven) == 1 and seven.iloc[0]["amount"] == 7


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Ankara", "TR"),
        ("Azerbaijan", "AZ"),
        ("Armenia", "AM"),
        ("Turkiye", "TR"),
        ("Turki", "TR"),
        ("Baku", "AZ"),
        ("Yerevan", "AM"),
        ("Kaukasus", None),
        ("Nagorno-Karabakh", "AZ"),
        ("Rusia", "RU"),
    ],
)
def test_places_resolved_with_country_and_coordinates(a, written, country):
    m = a.mentions
    hits = m[(m["kind"] == "place") & (m["text"] == written)]
    assert len(hits) >= 1, written
    r = hits.iloc[0]
    if country:
        assert r["country"] == country
    assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180
    assert isinstance(r["name"], str) and r["name"]


def test_nothing_from_related_story_lines(a):
    spans = [(s.start, s.end) for s in a.boilerplate if s.label == "related"]
    assert len(spans) == 3
    for r in a.mentions.itertuples():
        assert not any(s <= r.start < e for s, e in spans), r.text
    names = set(a.mentions["text"])
    assert not names & {"Israel", "Prancis", "Lebanon", "Italia", "Gaza", "40 Tahun"}


def test_timeline_tells_the_story(a):
    t = a.timeline
    war = t[(t["kind"] == "interval") & t["duration"].eq("P44D")]
    assert len(war) >= 1
    w = war.iloc[0]
    assert w["start_earliest"] == pd.Timestamp("2020-09-01")
    assert w["start_latest"] >= pd.Timestamp("2020-09-30")
    assert w["end_earliest"] == pd.Timestamp("2020-09-01") + pd.Timedelta(days=44)
    occupation = t[(t["kind"] == "interval") & t["duration"].eq("P30Y")]
    assert len(occupation) >= 1
    o = occupation.iloc[0]
    assert o["end_latest"] >= w["end_earliest"]  # the occupation ended with the war
    assert o["start_earliest"].year <= 1991 <= o["start_latest"].year + 1
    speech = t[(t["kind"] == "point") & (t["start"].dt.normalize() == pd.Timestamp("2022-12-23"))]
    assert len(speech) >= 1
