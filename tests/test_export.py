"""Exports read back: TimelineJS JSON against its documented fields, event CSV, EDTF strings."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

import conflictlens.accessor  # noqa: F401  (registers df.lens)
from conflictlens import export, schema
from conflictlens.datasets import example_facts, example_mentions, example_timeline

# TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format.html): documented fields.
SLIDE_KEYS = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
}
DATE_KEYS = {
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "millisecond",
    "display_date",
    "format",
}
EDTF_RE = re.compile(
    r"(?:\[)?(?:\.\.)?(?:\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-(?:\d{2}|XX))?(?:-(?:\d{2}|XX))?[~?%]?"
    r"(?:\.\.(?:\d{4}-\d{2}-\d{2})?\])?"
)


def validate_timelinejs(doc: dict) -> None:
    assert set(doc) <= {"title", "events", "eras", "scale"}
    assert isinstance(doc["events"], list)
    for ev in doc["events"]:
        assert set(ev) <= SLIDE_KEYS
        assert "start_date" in ev
        for key in ("start_date", "end_date"):
            if key not in ev:
                continue
            d = ev[key]
            assert set(d) <= DATE_KEYS
            assert isinstance(d["year"], int)
            if "month" in d:
                assert 1 <= d["month"] <= 12
            if "day" in d:
                assert "month" in d and 1 <= d["day"] <= 31
        assert set(ev["text"]) <= {"headline", "text"}
    if "title" in doc:
        assert set(doc["title"]) <= SLIDE_KEYS


def test_timelinejs_round_trip(tmp_path):
    path = export.write_timelinejs(
        example_timeline(), tmp_path / "t.json", title="Seed", group="category"
    )
    doc = json.loads(path.read_text(encoding="utf-8"))
    validate_timelinejs(doc)
    war, occ, speech = doc["events"]
    assert war["start_date"] == {"year": 2020, "month": 9}  # month-precise: no day
    assert war["end_date"]["display_date"] == "October–November 2020"
    assert occ["start_date"]["display_date"] == "between 1990 and 1995"
    assert speech["start_date"] == {"year": 2022, "month": 12, "day": 23}
    assert "end_date" not in speech
    assert war["text"]["headline"] == "perang 44 hari (Armenia–Azerbaijan)"
    assert "September 2020" in war["text"]["text"]
    assert war["group"] == "war"
    assert len({e["unique_id"] for e in doc["events"]}) == 3


def test_timelinejs_escapes_html():
    tl = schema.frame(
        "timeline",
        [
            {
                "item_id": 0,
                "evidence_start": 0,
                "evidence_end": 0,
                "label": "<script>x</script>",
                "kind": "point",
                "start": "2020-01-01",
                "evidence": '"><img src=x>',
            }
        ],
    )
    doc = export.to_timelinejs(tl)
    validate_timelinejs(doc)
    assert doc["events"][0]["text"] == {
        "headline": "&lt;script&gt;x&lt;/script&gt;",
        "text": "&quot;&gt;&lt;img src=x&gt;",
    }
    assert export.to_timelinejs(schema.empty_frame("timeline")) == {"events": []}


def test_events_csv_round_trip(tmp_path):
    facts = pd.concat(
        [
            example_facts(),
            example_facts()
            .head(1)
            .assign(
                fact_id=9,
                category="casualties",
                amount=12.0,
                low=12.0,
                high=15.0,
                mod=None,
                when="2022-12-23",
                when_earliest=pd.Timestamp("2022-12-23"),
                when_latest=pd.Timestamp("2022-12-23 23:59:59"),
                where="Ankara",
                where_id="g:1",
                lat=39.93,
                lon=32.86,
            ),
        ],
        ignore_index=True,
    )
    mentions = pd.concat(
        [
            example_mentions(),
            schema.frame(
                "mentions",
                [
                    {
                        "doc_id": "x",
                        "sent_id": 0,
                        "start": 0,
                        "end": 1,
                        "text": "A",
                        "kind": "place",
                        "value": "g:1",
                        "feature": "PPLC",
                    }
                ],
            ),
        ],
        ignore_index=True,
    )
    path = tmp_path / "events.csv"
    export.to_events(facts, mentions).to_csv(path, index=False)
    back = pd.read_csv(path)
    assert list(back.columns) == list(export.EVENT_COLUMNS)
    last = back.iloc[-1]
    assert last["event_date"] == "2022-12-23"
    assert (last["time_precision"], last["date_prec"], last["geo_precision"]) == (1, 1, 1)
    assert (last["fatalities"], last["best"], last["low"], last["high"]) == (12, 12, 12, 15)
    assert last["location"] == "Ankara" and last["latitude"] == pytest.approx(39.93)
    first = back.iloc[0]
    assert (first["time_precision"], first["date_prec"]) == (3, 5)
    assert pd.isna(first["best"])  # not a casualty count
    assert first["amount"] == 300 and first["edtf"] == "2020-09"
    assert first["notes"].startswith("Perang membuat")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("2020-09-23",), "2020-09-23"),
        (("2020-09",), "2020-09"),
        (("2020", "APPROX"), "2020~"),
        (("XXXX-12-23",), "XXXX-12-23"),
        (("199",), "199X"),
        (("19",), "19XX"),
        (("2020-WI",), "2020-24"),
        (("2021-Q3",), "2021-35"),
        (("P44D", None, "2020-09-01", "2020-09-30 23:59:59"), "2020-09"),
        (("PRESENT_REF", None, "2022-01-01", "2022-12-31 23:59:59"), "2022"),
        (("PAST_REF", None, "1990-01-01", "1999-12-31 23:59:59"), "199X"),
        ((None, None, "1990-09-01", "1995-11-13"), "[1990-09-01..1995-11-13]"),
        ((None,), ""),
    ],
)
def test_edtf(args, expected):
    out = export.edtf(*args)
    assert out == expected
    if out:
        assert EDTF_RE.fullmatch(out), out


def test_edtf_intervals_and_accessor():
    assert export.edtf_interval(None, None, "2020-11-10", "2020-11-10") == "../2020-11-10"
    series = example_timeline().lens.edtf()
    assert series.tolist() == ["2020-09/2020~", "199X~/2020~", "2022-12-23"]
    assert example_facts().lens.edtf().tolist()[0] == "2020-09"
