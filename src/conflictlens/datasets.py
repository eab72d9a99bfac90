"""Small bundled data: an openly licensed article sample and hand-built example frames.

* :func:`load_sample` — articles shipped with the package (e.g. ``"wikinews_conflict_50"``:
  50 conflict articles from English Wikinews, CC BY 2.5, see ``data/samples/SOURCES.md``).
* :func:`example_timeline`, :func:`example_facts`, :func:`example_mentions` — typed frames that
  tell the story of the bundled seed article by hand (a 44-day war from September 2020, an
  occupation of almost 30 years ending with it, a speech on 23 December 2022), for documentation,
  tests and trying the views without running the extractors.

Examples
--------
>>> tl = example_timeline()
>>> list(tl["kind"])
['interval', 'interval', 'point']
"""

from __future__ import annotations

import gzip
import json
from typing import Any

import pandas as pd

from . import resources, schema

SAMPLES = ("wikinews_conflict_50",)


def load_sample(name: str = "wikinews_conflict_50") -> list[dict[str, Any]]:
    """Return the records of a bundled sample (``doc_id``, ``lang``, ``published``, ``text``...).

    The records can be passed straight to :func:`conflictlens.analyze_many`. Each carries its
    ``source`` URL and ``licence`` for attribution.

    Examples
    --------
    >>> records = load_sample("wikinews_conflict_50")
    >>> len(records), records[0]["licence"]
    (50, 'CC BY 2.5')
    """
    if name not in SAMPLES:
        raise ValueError(f"unknown sample {name!r}; available: {list(SAMPLES)}")
    raw = gzip.decompress(resources.read_bytes(f"samples/{name}.jsonl.gz"))
    return [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]


_SEED_ID = "seed-mina"
_SPEECH = (
    "Berbicara di acara yang diadakan Kedutaan Besar Azerbaijan di Ankara, Jumat (23/12), ia "
    "mengatakan, negaranya mendukung normalisasi dan pemulihan antara Baku dan Yerevan."
)
_WAR = (
    "Armenia dan Azerbaijan berperang selama 44 hari pada September 2020 memperebutkan "
    "Nagorno-Karabakh."
)
_OCCUPIED = (
    "Perang membuat Azerbaijan memperoleh beberapa kota dan lebih dari 300 permukiman dan desa "
    "yang diduduki oleh Armenia selama hampir 30 tahun."
)


def _item(i: int, **kw: Any) -> dict[str, Any]:
    return {"doc_id": _SEED_ID, "item_id": i, "evidence_start": 0, "evidence_end": 0, **kw}


def example_timeline() -> pd.DataFrame:
    """The seed article's story as a timeline frame, built by hand (not by the extractors).

    Examples
    --------
    >>> example_timeline().loc[0, "start_latest"]
    Timestamp('2020-09-30 23:59:59')
    """
    rows = [
        _item(
            0,
            sent_id=10,
            label="perang 44 hari (Armenia–Azerbaijan)",
            kind="interval",
            value="2020-09",
            duration="P44D",
            start="2020-09-01",
            end="2020-10-15",
            start_earliest="2020-09-01",
            start_latest="2020-09-30T23:59:59",
            end_earliest="2020-10-15",
            end_latest="2020-11-13T23:59:59",
            place="Nagorno-Karabakh",
            category="war",
            evidence=_WAR,
        ),
        _item(
            1,
            sent_id=11,
            label="diduduki oleh Armenia selama hampir 30 tahun",
            kind="interval",
            value="P30Y",
            duration="P30Y",
            start="1990-10-15",
            end="2020-10-15",
            start_earliest="1990-09-01",
            start_latest="1995-11-13",
            end_earliest="2020-10-15",
            end_latest="2020-11-13T23:59:59",
            place="Nagorno-Karabakh",
            category="territory",
            amount=300.0,
            evidence=_OCCUPIED,
        ),
        _item(
            2,
            sent_id=1,
            label="Akar speaks at the Azerbaijani embassy",
            kind="point",
            value="2022-12-23",
            start="2022-12-23",
            end="2022-12-23T23:59:59",
            start_earliest="2022-12-23",
            start_latest="2022-12-23T23:59:59",
            place="Ankara",
            category="event",
            evidence=_SPEECH,
        ),
    ]
    return schema.frame("timeline", rows)


def example_facts() -> pd.DataFrame:
    """The seed article's facts as a facts frame, built by hand.

    Examples
    --------
    >>> example_facts().loc[0, "mod"]
    'MORE_THAN'
    """
    i = _OCCUPIED.index("lebih dari 300")
    rows = [
        {
            "doc_id": _SEED_ID,
            "fact_id": 0,
            "sent_id": 11,
            "category": "territory",
            "amount": 300.0,
            "low": 300.0,
            "high": None,
            "mod": "MORE_THAN",
            "unit": "permukiman dan desa",
            "mention": "lebih dari 300",
            "start": i,
            "end": i + len("lebih dari 300"),
            "when": "2020-09",
            "when_text": "September 2020",
            "when_earliest": "2020-09-01",
            "when_latest": "2020-11-13T23:59:59",
            "when_source": "document",
            "where": "Nagorno-Karabakh",
            "where_id": "geonames:8260197",
            "country": "AZ",
            "lat": 39.82,
            "lon": 46.76,
            "where_source": "document",
            "evidence": _OCCUPIED,
            "evidence_start": 0,
            "evidence_end": len(_OCCUPIED),
        },
        {
            "doc_id": _SEED_ID,
            "fact_id": 1,
            "sent_id": 11,
            "category": "other",
            "amount": 30.0,
            "low": None,
            "high": 30.0,
            "mod": "APPROX",
            "unit": "tahun",
            "mention": "hampir 30 tahun",
            "start": _OCCUPIED.index("hampir"),
            "end": _OCCUPIED.index("hampir") + len("hampir 30 tahun"),
            "when": "P30Y",
            "when_text": "selama hampir 30 tahun",
            "when_earliest": "1990-09-01",
            "when_latest": "2020-11-13T23:59:59",
            "when_source": "sentence",
            "where": "Nagorno-Karabakh",
            "country": "AZ",
            "lat": 39.82,
            "lon": 46.76,
            "where_source": "document",
            "evidence": _OCCUPIED,
            "evidence_start": 0,
            "evidence_end": len(_OCCUPIED),
        },
        {
            "doc_id": _SEED_ID,
            "fact_id": 2,
            "sent_id": 10,
            "category": "other",
            "amount": 44.0,
            "low": 44.0,
            "high": 44.0,
            "unit": "hari",
            "mention": "44 hari",
            "start": _WAR.index("44 hari"),
            "end": _WAR.index("44 hari") + 7,
            "when": "2020-09",
            "when_text": "September 2020",
            "when_earliest": "2020-09-01",
            "when_latest": "2020-09-30T23:59:59",
            "when_source": "sentence",
            "where": "Nagorno-Karabakh",
            "country": "AZ",
            "lat": 39.82,
            "lon": 46.76,
            "where_source": "sentence",
            "evidence": _WAR,
            "evidence_start": 0,
            "evidence_end": len(_WAR),
        },
    ]
    return schema.frame("facts", rows)


def example_mentions() -> pd.DataFrame:
    """A few mentions of the seed's war sentence (``text`` is :data:`EXAMPLE_TEXT`).

    Examples
    --------
    >>> m = example_mentions()
    >>> all(EXAMPLE_TEXT[s:e] == t for s, e, t in zip(m.start, m.end, m.text))
    True
    """
    t = EXAMPLE_TEXT

    def at(s: str, **kw: Any) -> dict[str, Any]:
        i = t.index(s)
        return {"doc_id": _SEED_ID, "sent_id": 0, "start": i, "end": i + len(s), "text": s, **kw}

    rows = [
        at(
            "Armenia",
            kind="place",
            value="geonames:174982",
            name="Armenia",
            country="AM",
            lat=40.25,
            lon=45.0,
        ),
        at(
            "Azerbaijan",
            kind="place",
            value="geonames:587116",
            name="Azerbaijan",
            country="AZ",
            lat=40.5,
            lon=47.5,
        ),
        at("44 hari", kind="duration", value="P44D"),
        at(
            "September 2020",
            kind="date",
            value="2020-09",
            earliest="2020-09-01",
            latest="2020-09-30T23:59:59",
        ),
        at(
            "Nagorno-Karabakh",
            kind="place",
            value="geonames:8260197",
            name="Nagorno-Karabakh",
            country="AZ",
            lat=39.82,
            lon=46.76,
        ),
    ]
    return schema.frame("mentions", rows)


#: The text :func:`example_mentions` points into.
EXAMPLE_TEXT = _WAR
