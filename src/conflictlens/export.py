"""Exports to the tools analysts already use: EDTF strings, TimelineJS JSON, event CSV.

* :func:`edtf` / :func:`edtf_range` / :func:`edtf_interval` — Extended Date/Time Format (ISO
  8601-2) strings: ``2020-09``, ``199X``, ``2020~``, ``[1990-09-01..1995-11-13]``,
  ``1990-09-01/2020-11``.
* :func:`to_timelinejs` — a TimelineJS3 JSON document (``events`` with ``start_date`` /
  ``end_date`` parts, ``display_date`` for uncertain dates, headline/text from the evidence,
  escaped).
* :func:`to_events` — an ACLED/UCDP-like event table (one row per fact: event date, date precision
  codes, location, lat/lon, geo precision, fatalities (ACLED) and best/low/high (UCDP), source,
  notes); write it with ``.to_csv``.
* :func:`write_views` — everything the ``conflictlens demo`` command writes (PNG, HTML, CSV, JSON).

Examples
--------
>>> edtf("2020-09"), edtf("2020", mod="APPROX"), edtf("199")
('2020-09', '2020~', '199X')
"""

from __future__ import annotations

import html
import json
import math
import re
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = [
    "edtf",
    "edtf_interval",
    "edtf_range",
    "to_events",
    "to_timelinejs",
    "write_timelinejs",
    "write_views",
]

# TIMEX3 value shapes (anchored, no nested quantifiers: linear time).
_DATE_RE = re.compile(r"(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?")
_DECADE_RE = re.compile(r"\d{3}")
_CENTURY_RE = re.compile(r"\d{2}")
_SUB_RE = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])")
# EDTF 2019 "sub-year groupings": seasons 21-24, quarters 33-36, semesters 40-41.
_SUB_CODES = {
    "SP": 21,
    "SU": 22,
    "FA": 23,
    "AU": 23,
    "WI": 24,
    "Q1": 33,
    "Q2": 34,
    "Q3": 35,
    "Q4": 36,
    "H1": 40,
    "H2": 41,
}
_MOD_SUFFIX = {"APPROX": "~"}


def _missing(x: Any) -> bool:
    return x is None or x is pd.NA or x is pd.NaT or (isinstance(x, float) and math.isnan(x))


def _ts(x: Any) -> pd.Timestamp | None:
    if _missing(x):
        return None
    t = pd.Timestamp(x)
    return None if t is pd.NaT else t


def _unit(lo: pd.Timestamp, hi: pd.Timestamp) -> str | None:
    """The calendar unit that ``lo..hi`` covers exactly (day, month, year, decade, century)."""
    if lo.date() == hi.date():
        return f"{lo.year:04d}-{lo.month:02d}-{lo.day:02d}"
    if not (lo.hour == lo.minute == lo.second == 0):
        return None
    end_of_day = hi.date() != (hi + pd.Timedelta(seconds=1)).date()
    if not end_of_day:
        return None
    if lo.is_month_start and hi.is_month_end and (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.year:04d}-{lo.month:02d}"
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
        if lo.year == hi.year:
            return f"{lo.year:04d}"
        if lo.year % 10 == 0 and hi.year == lo.year + 9:
            return f"{lo.year // 10:03d}X"
        if lo.year % 100 == 0 and hi.year == lo.year + 99:
            return f"{lo.year // 100:02d}XX"
    return None


def _containing(lo: pd.Timestamp, hi: pd.Timestamp) -> str:
    """The smallest calendar unit that contains both ``lo`` and ``hi``."""
    if lo.date() == hi.date():
        return f"{lo.year:04d}-{lo.month:02d}-{lo.day:02d}"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.year:04d}-{lo.month:02d}"
    if lo.year == hi.year:
        return f"{lo.year:04d}"
    if lo.year // 10 == hi.year // 10:
        return f"{lo.year // 10:03d}X"
    if lo.year // 100 == hi.year // 100:
        return f"{lo.year // 100:02d}XX"
    return f"{lo.year // 1000:01d}XXX"


def edtf_range(earliest: Any, latest: Any, mod: Any = None) -> str:
    """EDTF for "one instant between ``earliest`` and ``latest``".

    A range that is exactly a day, month, year, decade or century is written as that unit;
    any other range as an EDTF "one of a set" ``[a..b]``; an open side as ``..``.

    Examples
    --------
    >>> edtf_range("2020-09-01", "2020-09-30 23:59:59")
    '2020-09'
    >>> edtf_range("1990-09-01", "1995-11-13")
    '[1990-09-01..1995-11-13]'
    >>> edtf_range(None, "2020-11-13")
    '[..2020-11-13]'
    """
    lo, hi = _ts(earliest), _ts(latest)
    suffix = "" if _missing(mod) else _MOD_SUFFIX.get(str(mod), "")
    if lo is None and hi is None:
        return ""
    if lo is None or hi is None:
        t = lo or hi
        day = f"{t.year:04d}-{t.month:02d}-{t.day:02d}"
        return f"[{day}..]" if hi is None else f"[..{day}]"
    unit = _unit(lo, hi)
    if unit is not None:
        return unit + suffix
    return f"[{lo.date().isoformat()}..{hi.date().isoformat()}]"


def edtf(value: Any, mod: Any = None, earliest: Any = None, latest: Any = None) -> str:
    """Convert a TIMEX3 ``value`` (with its ``mod``) to EDTF; fall back on earliest/latest.

    Examples
    --------
    >>> edtf("XXXX-12-23"), edtf("2020-SU"), edtf("19")
    ('XXXX-12-23', '2020-22', '19XX')
    >>> edtf("PRESENT_REF", earliest="2022-12-23", latest="2022-12-23 23:59:59")
    '2022-12-23'
    """
    v = "" if _missing(value) else str(value).strip()
    suffix = "" if _missing(mod) else _MOD_SUFFIX.get(str(mod), "")
    if _DATE_RE.fullmatch(v):
        return v + suffix
    if _DECADE_RE.fullmatch(v):
        return v + "X" + suffix
    if _CENTURY_RE.fullmatch(v):
        return v + "XX" + suffix
    m = _SUB_RE.fullmatch(v)
    if m:
        return f"{m.group(1)}-{_SUB_CODES[m.group(2)]}{suffix}"
    return edtf_range(earliest, latest, mod)


def _side(lo: pd.Timestamp | None, hi: pd.Timestamp | None) -> str:
    if lo is None and hi is None:
        return ".."
    lo, hi = lo or hi, hi or lo
    unit = _unit(lo, hi)
    # An interval end cannot be a set in EDTF: use the unit containing it, marked approximate.
    return unit if unit is not None else _containing(lo, hi) + "~"


def edtf_interval(
    start_earliest: Any, start_latest: Any, end_earliest: Any, end_latest: Any
) -> str:
    """EDTF interval ``start/end``, each side as precise as its earliest..latest range allows.

    Examples
    --------
    >>> edtf_interval("2020-09-01", "2020-09-30 23:59:59", "2020-11-10", "2020-11-10 23:59:59")
    '2020-09/2020-11-10'
    >>> edtf_interval("1990-09-01", "1995-11-13", "2020-10-15", "2020-11-13")
    '199X~/2020~'
    """
    return (
        f"{_side(_ts(start_earliest), _ts(start_latest))}/"
        f"{_side(_ts(end_earliest), _ts(end_latest))}"
    )


# -- TimelineJS ----------------------------------------------------------------------------------
def _tjs_date(lo: pd.Timestamp, hi: pd.Timestamp) -> dict[str, Any]:
    """TimelineJS date parts at the precision of ``lo..hi``; ``display_date`` when uncertain."""
    unit = _unit(lo, hi)
    parts: dict[str, Any] = {"year": int(lo.year)}
    if unit is not None and len(unit) >= 7 and "X" not in unit:
        parts["month"] = int(lo.month)
    if unit is not None and len(unit) == 10:
        parts["day"] = int(lo.day)
    if unit is None:
        parts["display_date"] = _display_range(lo, hi)
    elif "X" in unit:
        parts["display_date"] = f"{unit.replace('X', '0')}s"
    return parts


def _display_range(lo: pd.Timestamp, hi: pd.Timestamp) -> str:
    if lo.year != hi.year:
        return f"between {lo.year} and {hi.year}"
    if lo.month != hi.month:
        return f"{lo.strftime('%B')}–{hi.strftime('%B %Y')}"
    return f"{lo.day}–{hi.day} {hi.strftime('%B %Y')}"


def _text(x: Any) -> str:
    return "" if _missing(x) else html.escape(" ".join(str(x).split()), quote=True)


def to_timelinejs(
    data: pd.DataFrame, *, title: str | None = None, group: str | None = None
) -> dict[str, Any]:
    """Return a TimelineJS3 JSON document for a timeline frame.

    Each item becomes an event: ``start_date`` (and ``end_date`` for intervals) with the date parts
    its precision allows (a month-precise start has no ``day``), ``display_date`` for ranges that
    are not a calendar unit ("between 1990 and 1995"), ``text.headline`` from the label and
    ``text.text`` from the evidence (HTML-escaped: TimelineJS renders HTML), ``group`` from the
    ``group`` column, ``unique_id`` from doc_id and item_id.

    Examples
    --------
    >>> from conflictlens.datasets import example_timeline
    >>> doc = to_timelinejs(example_timeline(), title="Seed")
    >>> doc["events"][0]["start_date"], doc["events"][0]["end_date"]
    ({'year': 2020, 'month': 9}, {'year': 2020, 'display_date': 'October–November 2020'})
    """
    if not isinstance(data, pd.DataFrame) and hasattr(data, "timeline"):
        data = data.timeline
    events = []
    for i, r in enumerate(data.to_dict("records")):
        s_lo = _ts(r.get("start_earliest")) or _ts(r.get("start"))
        s_hi = _ts(r.get("start_latest")) or _ts(r.get("start")) or s_lo
        s_lo = s_lo or s_hi
        if s_lo is None:
            continue
        event: dict[str, Any] = {
            "start_date": _tjs_date(s_lo, s_hi),
            "text": {"headline": _text(r.get("label")), "text": _text(r.get("evidence"))},
            "unique_id": re.sub(
                r"[^A-Za-z0-9_-]", "-", f"{r.get('doc_id') or 'doc'}-{r.get('item_id', i)}"
            ),
        }
        if r.get("kind") == "interval":
            e_lo = _ts(r.get("end_earliest")) or _ts(r.get("end"))
            e_hi = _ts(r.get("end_latest")) or _ts(r.get("end")) or e_lo
            e_lo = e_lo or e_hi
            if e_lo is not None:
                event["end_date"] = _tjs_date(e_lo, e_hi)
        if group and not _missing(r.get(group)):
            event["group"] = _text(r.get(group))
        events.append(event)
    doc: dict[str, Any] = {"events": events}
    if title:
        doc["title"] = {"text": {"headline": _text(title), "text": ""}}
    return doc


def write_timelinejs(data: pd.DataFrame, path: Any, **kwargs: Any) -> Path:
    """Write :func:`to_timelinejs` as UTF-8 JSON to ``path``; return the path."""
    path = Path(path)
    path.write_text(
        json.dumps(to_timelinejs(data, **kwargs), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return path


# -- ACLED/UCDP-like events ----------------------------------------------------------------------
EVENT_COLUMNS = (
    "event_id",
    "event_date",
    "date_start",
    "date_end",
    "time_precision",
    "date_prec",
    "edtf",
    "category",
    "amount",
    "unit",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "best",
    "low",
    "high",
    "source",
    "notes",
)


def _date_prec(lo: pd.Timestamp | None, hi: pd.Timestamp | None) -> tuple[Any, Any]:
    """(ACLED time_precision 1–3, UCDP date_prec 1–5) for the range ``lo..hi``."""
    if lo is None or hi is None:
        return pd.NA, pd.NA
    days = (hi.normalize() - lo.normalize()).days + 1
    acled = 1 if days <= 1 else 2 if days <= 7 else 3
    ucdp = 1 if days <= 1 else 2 if days <= 6 else 3 if days <= 7 else 4 if days <= 31 else 5
    return acled, ucdp


def _geo_precision(feature: Any, has_coords: bool) -> Any:
    """ACLED geo_precision: 1 town/village, 2 part of a region, 3 region or larger."""
    if not has_coords:
        return pd.NA
    f = "" if _missing(feature) else str(feature).upper()
    if f.startswith("PPL"):
        return 1
    if f in ("ADM3", "ADM4", "ADM5", "ADM2"):
        return 2
    return 3


def to_events(facts: pd.DataFrame, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return an ACLED/UCDP-like event table, one row per fact.

    ``event_date`` is the first day the fact's date can denote; ``date_start``/``date_end`` its
    range; ``time_precision`` is ACLED's code (1 day, 2 week, 3 month or wider) and ``date_prec``
    UCDP's (1 day … 5 more than a month). ``best``/``low``/``high`` are filled for casualties
    only (UCDP's fatality estimates); other amounts stay in ``amount``. ``geo_precision`` uses the
    place's feature code from ``mentions`` when given (1 town, 2 district, 3 region/country).

    Examples
    --------
    >>> from conflictlens.datasets import example_facts
    >>> ev = to_events(example_facts())
    >>> ev.loc[0, "event_date"], int(ev.loc[0, "time_precision"]), int(ev.loc[0, "date_prec"])
    ('2020-09-01', 3, 5)
    """
    if not isinstance(facts, pd.DataFrame) and hasattr(facts, "facts"):
        mentions = facts.mentions if mentions is None else mentions
        facts = facts.facts
    features: dict[str, Any] = {}
    if mentions is not None and {"value", "feature", "kind"}.issubset(mentions.columns):
        places = mentions[mentions["kind"] == "place"]
        features = dict(zip(places["value"], places["feature"], strict=True))
    rows = []
    for r in facts.to_dict("records"):
        lo, hi = _ts(r.get("when_earliest")), _ts(r.get("when_latest"))
        acled, ucdp = _date_prec(lo, hi)
        has_coords = not _missing(r.get("lat")) and not _missing(r.get("lon"))
        casualties = r.get("category") == "casualties"

        def num(k: str, r: dict = r, casualties: bool = casualties) -> Any:
            return r.get(k) if casualties and not _missing(r.get(k)) else pd.NA

        rows.append(
            {
                "event_id": f"{r.get('doc_id')}:{r.get('fact_id')}",
                "event_date": lo.date().isoformat() if lo is not None else pd.NA,
                "date_start": lo.date().isoformat() if lo is not None else pd.NA,
                "date_end": hi.date().isoformat() if hi is not None else pd.NA,
                "time_precision": acled,
                "date_prec": ucdp,
                # the fact's mod qualifies its amount, not its date
                "edtf": edtf(r.get("when"), None, lo, hi) or pd.NA,
                "category": r.get("category"),
                "amount": r.get("amount"),
                "unit": r.get("unit"),
                "country": r.get("country"),
                "location": r.get("where"),
                "latitude": r.get("lat"),
                "longitude": r.get("lon"),
                "geo_precision": _geo_precision(features.get(r.get("where_id")), has_coords),
                "fatalities": num("amount"),  # ACLED's name for the point estimate
                "best": num("amount"),
                "low": num("low"),
                "high": num("high"),
                "source": r.get("doc_id"),
                "notes": None
                if _missing(r.get("evidence"))
                else " ".join(str(r["evidence"]).split()),
            }
        )
    out = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    for c in ("time_precision", "date_prec", "geo_precision"):
        out[c] = out[c].astype("Int64")
    for c in ("amount", "latitude", "longitude", "fatalities", "best", "low", "high"):
        out[c] = pd.to_numeric(out[c], errors="coerce").astype("float64")
    for c in (
        "event_id",
        "event_date",
        "date_start",
        "date_end",
        "edtf",
        "category",
        "unit",
        "country",
        "location",
        "source",
        "notes",
    ):
        out[c] = out[c].astype("str")
    return out


# -- demo files --------------------------------------------------------------------------------
def write_views(
    analysis: Any, outdir: Any, *, stem: str = "", title: str | None = None
) -> dict[str, Path]:
    """Write every view of an ``Analysis`` into ``outdir``; return the paths by kind.

    Timeline and map (PNG), fact table and highlighted text (HTML), mentions, facts, timeline and
    ACLED/UCDP-like events (CSV) and TimelineJS JSON. File names are ``{stem}_{kind}.{ext}``, or
    ``{kind}.{ext}`` when ``stem`` is empty. This is what ``conflictlens demo`` writes;
    matplotlib is imported here, not at module load.
    """
    import matplotlib

    if matplotlib.get_backend().lower() not in ("agg", "pdf", "svg", "cairo"):
        matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from . import plot
    from .tables import fact_table

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    title = title or str(analysis.doc_id)
    prefix = f"{stem}_" if stem else ""
    paths: dict[str, Path] = {}
    for name in ("mentions", "facts", "timeline"):
        paths[f"{name}_csv"] = out / f"{prefix}{name}.csv"
        getattr(analysis, name).to_csv(paths[f"{name}_csv"], index=False)
    paths["events_csv"] = out / f"{prefix}events.csv"
    to_events(analysis.facts, analysis.mentions).to_csv(paths["events_csv"], index=False)
    paths["timelinejs_json"] = write_timelinejs(
        analysis.timeline, out / f"{prefix}timelinejs.json", title=title
    )
    n = max(len(analysis.timeline), 1)
    fig, ax = plt.subplots(figsize=(11, 1.6 + 0.45 * min(n, 40)), layout="constrained")
    plot.timeline(
        analysis.timeline, ax=ax, title=f"Timeline — {title}", published=analysis.published
    )
    paths["timeline_png"] = out / f"{prefix}timeline.png"
    fig.savefig(paths["timeline_png"], dpi=120)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(8, 6), layout="constrained")
    plot.map(analysis.mentions, ax=ax, title=f"Places — {title}")
    paths["map_png"] = out / f"{prefix}map.png"
    fig.savefig(paths["map_png"], dpi=120, bbox_inches="tight")
    plt.close(fig)
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>facts</title></head>'
        "<body>\n{}</body></html>\n"
    )
    paths["facts_html"] = out / f"{prefix}facts.html"
    paths["facts_html"].write_text(
        page.format(fact_table(analysis.facts).to_html()), encoding="utf-8"
    )
    paths["highlight_html"] = out / f"{prefix}article.html"
    analysis.highlight().save(paths["highlight_html"], title=title)
    return paths
