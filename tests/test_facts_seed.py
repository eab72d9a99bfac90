"""End to end on the bundled seed article: quantities, facts and the timeline."""

from __future__ import annotations

import pandas as pd
import pytest

import conflictlens as cl
from conflictlens import resources


@pytest.fixture(scope="module")
def seed():
    return cl.analyze(resources.seed_text())


def test_seed_quantities(seed):
    q = seed.mentions[seed.mentions["kind"] == "quantity"].set_index("text")
    settle = q.loc["lebih dari 300"]
    assert (settle["low"], settle["mod"], settle["category"]) == (300.0, "MORE_THAN", "territory")
    assert pd.isna(settle["high"]) and settle["unit"] == "permukiman dan desa"
    assert (q.loc["tujuh", "amount"], q.loc["tujuh", "category"]) == (7.0, "territory")
    assert q.loc["beberapa", "mod"] == "APPROX" and q.loc["beberapa", "unit"] == "kota"
    # Durations ("44 hari", "30 tahun") and dates ("2020", "23/12") are not counts.
    assert set(q.index) == {"tujuh", "beberapa", "lebih dari 300"}


def test_seed_facts(seed):
    f = seed.facts
    assert set(f["category"]) == {"territory"}
    assert (f["where_source"] == "sentence").all()
    row = f[f["mention"] == "lebih dari 300"].iloc[0]
    assert "Armenia" in row["where"] and "Azerbaijan" in row["where"]
    text = resources.seed_text()
    assert text[row["evidence_start"] : row["evidence_end"]] == row["evidence"]


def test_seed_timeline(seed):
    t = seed.timeline
    war = t[(t["kind"] == "interval") & (t["duration"] == "P44D")]
    assert len(war) == 1
    war = war.iloc[0]
    assert war["start_earliest"] == pd.Timestamp("2020-09-01")
    assert war["end_earliest"] == pd.Timestamp("2020-10-15")
    assert war["end_latest"].date() == pd.Timestamp("2020-11-13").date()
    occ = t[(t["kind"] == "interval") & (t["duration"] == "P30Y")].iloc[0]
    assert occ["end"] == war["end"] and occ["start"].year == 1990
    assert occ["start_earliest"] < occ["start_latest"]
    speech = t[(t["kind"] == "point") & (t["value"] == "2022-12-23")]
    assert len(speech) == 1 and "(Jumat (23/12))" in speech.iloc[0]["label"]


EN_TEXT = (
    "Ankara, AA – Turkey supports normalization between Azerbaijan and Armenia, Defense Minister "
    "Hulusi Akar said on Friday.\n"
    "He referred to the agreement signed after a 44-day war in September 2020 over "
    "Nagorno-Karabakh.\n"
    "The war, which ended with a Russian-brokered peace deal, saw Azerbaijan regain several cities "
    "and more than 300 settlements and villages occupied by Armenia for almost 30 years.\n"
    "At least 12 people were killed and dozens wounded in shelling on Tuesday, while 1,500 "
    "refugees fled to Baku.\n"
)


def test_english_end_to_end():
    a = cl.analyze(EN_TEXT, lang="en", published="2022-12-23")
    f = a.facts.set_index("mention")
    assert (f.loc["At least 12", "category"], f.loc["At least 12", "low"]) == ("casualties", 12.0)
    assert f.loc["dozens", "category"] == "injured"
    assert (f.loc["1,500", "category"], f.loc["1,500", "unit"]) == ("displaced", "refugees")
    assert f.loc["more than 300", "unit"] == "settlements and villages"
    assert f.loc["At least 12", "when_source"] == "sentence"
    t = a.timeline
    war = t[t["duration"] == "P44D"].iloc[0]
    assert war["label"] == "44-day war" and war["start_earliest"] == pd.Timestamp("2020-09-01")
    occ = t[t["duration"] == "P30Y"].iloc[0]
    assert occ["end"] == war["end"] and "occupied" in occ["label"]
