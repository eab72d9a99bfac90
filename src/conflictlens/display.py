"""The text with its mentions highlighted, as HTML (displacy-like, every fragment escaped).

Parsing and rendering are separate, as in spaCy's displacy: :func:`parse` turns a text and a
mentions frame into plain dicts (``text``, ``spans`` with start/end/label/title, ``boilerplate``),
:func:`render` turns those into HTML; :func:`highlight` does both and returns a :class:`Highlight`
with ``.html`` and ``_repr_html_`` (Jupyter shows it; nothing is displayed as a side effect).

Every piece of text, label, tooltip and colour is escaped with ``html.escape(..., quote=True)``;
colours are also validated, so a colour cannot smuggle CSS. Right-to-left text (Arabic, Persian,
Hebrew, Urdu...) gets ``dir="rtl"``. Boilerplate (related-story links, editor codes) is greyed.

Examples
--------
>>> from conflictlens.datasets import EXAMPLE_TEXT, example_mentions
>>> h = highlight(EXAMPLE_TEXT, example_mentions())
>>> h.html.count("<mark")
5
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._display_templates import BADGE, BOILERPLATE, CONTAINER, MARK, PAGE

__all__ = ["COLORS", "Highlight", "highlight", "parse", "render"]

#: Default background colour per mention kind (override with ``colors=``).
COLORS: dict[str, str] = {
    "date": "#fcd58a",
    "time": "#fde9a9",
    "duration": "#bfe5b5",
    "set": "#dccff3",
    "place": "#a9d6fb",
    "quantity": "#f9b4b4",
}
_FALLBACK = "#dddddd"
RTL_LANGS = frozenset({"ar", "fa", "he", "iw", "ur", "ps", "yi", "dv", "ku", "sd", "ug"})
# A CSS colour we accept: #hex, a name, or rgb()/hsl() with plain numbers (no url(), no ';').
_COLOR_RE = re.compile(
    r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(?:rgb|rgba|hsl|hsla)\([0-9.,%\s]{1,60}\)"
)
_CLASS_RE = re.compile(r"[^a-z0-9_-]")


def _missing(x: Any) -> bool:
    return x is None or x is pd.NA or x is pd.NaT or (isinstance(x, float) and x != x)


def _esc(x: Any) -> str:
    return html.escape("" if _missing(x) else str(x), quote=True)


def _tooltip(row: Mapping[str, Any]) -> str:
    """Describe a mention's normalized value in one line (the ``title`` attribute)."""
    kind = "" if _missing(row.get("kind")) else str(row["kind"])
    parts = [kind]
    if kind == "place":
        name = row.get("name")
        country = row.get("country")
        if not _missing(name):
            parts.append(str(name) + (f" ({country})" if not _missing(country) else ""))
        if not _missing(row.get("lat")) and not _missing(row.get("lon")):
            parts.append(f"{float(row['lat']):.2f}, {float(row['lon']):.2f}")
    elif kind == "quantity":
        from .tables import format_amount

        amount = format_amount(
            row.get("amount"), row.get("low"), row.get("high"), row.get("mod"), row.get("unit")
        )
        if amount:
            parts.append(amount)
        if not _missing(row.get("category")):
            parts.append(str(row["category"]))
    if not _missing(row.get("value")) and kind != "quantity":
        parts.append(str(row["value"]))
    if kind != "quantity" and not _missing(row.get("mod")):
        parts.append(str(row["mod"]))
    lo, hi = row.get("earliest"), row.get("latest")
    if not _missing(lo) and not _missing(hi):
        a, b = pd.Timestamp(lo), pd.Timestamp(hi)
        parts.append(
            a.date().isoformat()
            if a.date() == b.date()
            else f"{a.date().isoformat()} … {b.date().isoformat()}"
        )
    return " · ".join(p for p in parts if p)


def parse(
    text: str,
    mentions: pd.DataFrame | Iterable[Mapping[str, Any]] | None = None,
    boilerplate: Iterable[Any] | None = None,
) -> dict[str, Any]:
    """Turn a text and its mentions into plain dicts for :func:`render`.

    Overlapping mentions are resolved longest-first (the outer one is kept and the inner one is
    named in its tooltip), so marks never nest. Spans outside the text are dropped.

    Parameters
    ----------
    text : str
    mentions : DataFrame or iterable of mappings
        ``start``, ``end``, ``kind`` and optionally ``value``, ``mod``, ``earliest``,
        ``latest``, ``name``, ``country``, ``lat``, ``lon``, ``amount``, ``category``...
    boilerplate : iterable of spans
        Objects with ``start``/``end`` (``conflictlens.spans.Span``) or ``(start, end)`` pairs.

    Returns
    -------
    dict
        ``{"text": str, "spans": [{"start", "end", "label", "title"}], "boilerplate":
        [[start, end], ...]}``

    Examples
    --------
    >>> parse("Kabul, 2021", [{"start": 0, "end": 5, "kind": "place", "name": "Kabul"}])["spans"]
    [{'start': 0, 'end': 5, 'label': 'place', 'title': 'place · Kabul'}]
    """
    if mentions is None:
        rows: list[Mapping[str, Any]] = []
    elif isinstance(mentions, pd.DataFrame):
        rows = mentions.to_dict("records")
    else:
        rows = list(mentions)
    n = len(text)
    cands = []
    for r in rows:
        if _missing(r.get("start")) or _missing(r.get("end")):
            continue
        s, e = int(r["start"]), int(r["end"])
        if 0 <= s < e <= n:
            cands.append((s, e, r))
    cands.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    spans: list[dict[str, Any]] = []
    for s, e, r in cands:
        title = _tooltip(r)
        if spans and s < spans[-1]["end"]:
            spans[-1]["title"] += f" | contains {text[s:e]!s}: {title}"
            continue
        label = "" if _missing(r.get("kind")) else str(r["kind"])
        spans.append({"start": s, "end": e, "label": label, "title": title})
    bp = []
    for b in boilerplate or ():
        s, e = (b.start, b.end) if hasattr(b, "start") else (b[0], b[1])
        s, e = max(int(s), 0), min(int(e), n)
        if s < e:
            bp.append([s, e])
    bp.sort()
    return {"text": text, "spans": spans, "boilerplate": bp}


def _color(value: str) -> str:
    if not isinstance(value, str) or not _COLOR_RE.fullmatch(value.strip()):
        raise ValueError(f"not a CSS colour conflictlens accepts: {value!r}")
    return html.escape(value.strip(), quote=True)


def is_rtl(text: str, lang: str | None = None) -> bool:
    """Tell whether ``text`` reads right to left (by language code, else by its letters).

    Examples
    --------
    >>> is_rtl("قتل 12 شخصا في كابول"), is_rtl("12 killed in Kabul")
    (True, False)
    """
    if lang:
        return lang.split("-")[0].lower() in RTL_LANGS
    rtl = ltr = 0
    for ch in text[:2000]:  # a prefix is enough to tell, and keeps this linear and cheap
        d = unicodedata.bidirectional(ch)
        if d in ("R", "AL"):
            rtl += 1
        elif d == "L":
            ltr += 1
    return rtl > ltr


def render(
    parsed: Mapping[str, Any],
    *,
    colors: Mapping[str, str] | None = None,
    lang: str | None = None,
    rtl: bool | None = None,
    labels: bool = True,
) -> str:
    """Render :func:`parse` output as an HTML fragment (every fragment escaped).

    Parameters
    ----------
    parsed : dict
        ``text``, ``spans`` and ``boilerplate`` as returned by :func:`parse`.
    colors : mapping, optional
        Label → CSS colour, overriding :data:`COLORS`.
    lang : str, optional
        ISO 639-1 code, used to choose the direction.
    rtl : bool, optional
        Force the direction (default: from ``lang``, else from the text's letters).
    labels : bool
        Show a small label after each mark.

    Examples
    --------
    >>> render({"text": "a <b>", "spans": [], "boilerplate": []}).endswith("a &lt;b&gt;</div>")
    True
    """
    text = parsed["text"]
    palette = {k: _color(v) for k, v in {**COLORS, **(colors or {})}.items()}
    spans = parsed.get("spans", [])
    bp = parsed.get("boilerplate", [])
    cuts = {0, len(text)}
    for s in spans:
        cuts.update((s["start"], s["end"]))
    for s, e in bp:
        cuts.update((s, e))
    points = sorted(cuts)
    out = []
    si = bi = 0
    for a, b in itertools.pairwise(points):
        while si < len(spans) and spans[si]["end"] <= a:
            si += 1
        while bi < len(bp) and bp[bi][1] <= a:
            bi += 1
        piece = _esc(text[a:b])
        if bi < len(bp) and bp[bi][0] <= a:
            piece = BOILERPLATE.format(text=piece)
        span = spans[si] if si < len(spans) and spans[si]["start"] <= a else None
        if span is not None:
            label = span["label"]
            badge = BADGE.format(label=_esc(label)) if labels and b == span["end"] else ""
            piece = MARK.format(
                cls=_CLASS_RE.sub("-", label.lower()) or "none",
                color=palette.get(label, _FALLBACK),
                title=_esc(span["title"]),
                text=piece,
                badge=badge,
            )
        out.append(piece)
    rtl_ = is_rtl(text, lang) if rtl is None else rtl
    return CONTAINER.format(direction="rtl" if rtl_ else "ltr", body="".join(out))


@dataclass(frozen=True)
class Highlight:
    """Highlighted text: ``.html`` is the fragment; Jupyter renders it via ``_repr_html_``."""

    html: str
    parsed: dict

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def page(self, title: str = "conflictlens") -> str:
        """Return a standalone HTML page (UTF-8) containing the highlighted text."""
        return PAGE.format(title=_esc(title), body=self.html)

    def save(self, path: Any, title: str = "conflictlens") -> None:
        """Write :meth:`page` to ``path``."""
        from pathlib import Path

        Path(path).write_text(self.page(title), encoding="utf-8")


def highlight(
    text: str,
    mentions: pd.DataFrame | Iterable[Mapping[str, Any]] | None = None,
    boilerplate: Iterable[Any] | None = None,
    colors: Mapping[str, str] | None = None,
    *,
    lang: str | None = None,
    rtl: bool | None = None,
    labels: bool = True,
) -> Highlight:
    """Highlight the mentions in ``text``: colour per kind, tooltip with the normalized value.

    Parameters
    ----------
    text : str
        The original text (mention offsets point into it).
    mentions : DataFrame, optional
        A mentions frame (:data:`conflictlens.schema.MENTIONS`).
    boilerplate : iterable of spans, optional
        Regions shown greyed (``Analysis.boilerplate``).
    colors : mapping, optional
        Kind → CSS colour, overriding :data:`COLORS`.
    lang, rtl, labels
        See :func:`render`.

    Returns
    -------
    Highlight

    Examples
    --------
    >>> h = highlight("<script>alert(1)</script> in Gaza",
    ...               [{"start": 29, "end": 33, "kind": "place", "name": "Gaza"}])
    >>> "<script>" in h.html
    False
    """
    parsed = parse(text, mentions, boilerplate)
    return Highlight(
        html=render(parsed, colors=colors, lang=lang, rtl=rtl, labels=labels), parsed=parsed
    )
