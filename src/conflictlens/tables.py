"""Fact tables: amounts written as people read them, when/where, evidence with the mention marked.

* :func:`format_amount` — ``>300``, ``~30 years``, ``12–15``.
* :func:`fact_frame` — a plain DataFrame of display strings, escaped for a markup (HTML, LaTeX,
  Markdown) with the mention emphasized in the evidence.
* :func:`fact_table` — a pandas ``Styler`` of it: renders in Jupyter, exports with
  ``.to_html()`` / ``.to_latex()`` (pass ``markup="latex"``).
* :func:`fact_markdown` — a Markdown pipe table (no extra dependency).

Examples
--------
>>> from conflictlens.datasets import example_facts
>>> fact_frame(example_facts(), markup=None)["How many"].tolist()
['>300', '~30', '44']
"""

from __future__ import annotations

import html
import math
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

__all__ = ["fact_frame", "fact_markdown", "fact_table", "format_amount"]

_MOD_SIGN = {
    "MORE_THAN": ">",
    "EQUAL_OR_MORE": "≥",
    "LESS_THAN": "<",
    "EQUAL_OR_LESS": "≤",
    "APPROX": "~",
}
MARKUPS = ("html", "latex", "markdown", None)
_LATEX = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_MD = {c: "\\" + c for c in "\\`*_[]|#"}


def _missing(x: Any) -> bool:
    return x is None or x is pd.NA or x is pd.NaT or (isinstance(x, float) and math.isnan(x))


def _number(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def format_amount(
    amount: Any = None,
    low: Any = None,
    high: Any = None,
    mod: Any = None,
    unit: Any = None,
) -> str:
    """Write an amount as people read it.

    Parameters
    ----------
    amount, low, high : float or None
        Point value and bounds (NaN/None when unknown).
    mod : str or None
        TIMEX3-style modifier: ``MORE_THAN`` → ``>``, ``EQUAL_OR_MORE`` → ``≥``, ``LESS_THAN`` →
        ``<``, ``EQUAL_OR_LESS`` → ``≤``, ``APPROX`` → ``~``.
    unit : str or None
        Appended after a space when given.

    Examples
    --------
    >>> format_amount(300, 300, None, "MORE_THAN")
    '>300'
    >>> format_amount(30, mod="APPROX", unit="years")
    '~30 years'
    >>> format_amount(None, 12, 15)
    '12–15'
    >>> format_amount(1500000)
    '1,500,000'
    """
    has_low, has_high = not _missing(low), not _missing(high)
    mod = None if _missing(mod) else str(mod)
    if not _missing(amount):
        if mod is None and has_low and has_high and low != high:
            text = f"{_number(low)}–{_number(high)}"
        else:
            text = _MOD_SIGN.get(mod or "", "") + _number(float(amount))
    elif has_low and has_high:
        text = _number(low) if low == high else f"{_number(low)}–{_number(high)}"
    elif has_low:
        text = ("≥" if mod != "MORE_THAN" else ">") + _number(low)
    elif has_high:
        text = ("≤" if mod != "LESS_THAN" else "<") + _number(high)
    else:
        return ""
    if not _missing(unit) and str(unit):
        text = f"{text} {unit}"
    return text


def _escape(text: Any, markup: str | None) -> str:
    s = "" if _missing(text) else str(text)
    if markup == "html":
        return html.escape(s, quote=True)
    if markup == "latex":
        return "".join(_LATEX.get(c, c) for c in s)
    if markup == "markdown":
        # Markdown renderers pass HTML through: escape it as well as Markdown's own syntax.
        return "".join(_MD.get(c, c) for c in html.escape(s, quote=True)).replace("\n", " ")
    return s


def _emphasize(before: str, mention: str, after: str, markup: str | None) -> str:
    b, m, a = (_escape(x, markup) for x in (before, mention, after))
    if markup == "html":
        return f"{b}<mark>{m}</mark>{a}"
    if markup == "latex":
        return f"{b}\\textbf{{{m}}}{a}"
    if markup == "markdown":
        return f"{b}**{m}**{a}"
    return f"{b}[{m}]{a}" if m else b + a


def _evidence(row: Any, markup: str | None, width: int) -> str:
    """The evidence sentence with the mention emphasized, trimmed to ``width`` around it."""
    ev = "" if _missing(row.get("evidence")) else " ".join(str(row["evidence"]).split("\n"))
    mention = "" if _missing(row.get("mention")) else str(row["mention"])
    i = -1
    if mention and not _missing(row.get("start")) and not _missing(row.get("evidence_start")):
        rel = int(row["start"]) - int(row["evidence_start"])
        if rel >= 0 and ev[rel : rel + len(mention)] == mention:
            i = rel
    if i < 0 and mention:
        i = ev.find(mention)
    if i < 0:
        text = ev if len(ev) <= width else ev[: width - 1] + "…"
        return _escape(text, markup)
    j = i + len(mention)
    lo, hi = 0, len(ev)
    if len(ev) > width:
        room = max(width - len(mention), 0) // 2
        lo, hi = max(0, i - room), min(len(ev), j + room)
    before = ("…" if lo > 0 else "") + ev[lo:i]
    after = ev[j:hi] + ("…" if hi < len(ev) else "")
    return _emphasize(before, ev[i:j], after, markup)


def _when(row: Any) -> str:
    text = "" if _missing(row.get("when_text")) else str(row["when_text"])
    value = "" if _missing(row.get("when")) else str(row["when"])
    if text and value and value != text:
        return f"{text} ({value})"
    return text or value


def fact_frame(
    data: pd.DataFrame,
    *,
    markup: str | None = "html",
    evidence_width: int = 240,
    doc_id: bool | None = None,
) -> pd.DataFrame:
    """Return the facts as display strings, escaped for ``markup``.

    Columns: ``What`` (category), ``How many``, ``Of what`` (the counted noun as written),
    ``When``, ``Where``, ``Evidence`` (the sentence with the mention emphasized: ``<mark>`` in
    HTML, ``\\textbf`` in LaTeX, ``**`` in Markdown, ``[...]`` in plain text), and ``Document``
    when the frame holds more than one document (or ``doc_id=True``).

    Examples
    --------
    >>> from conflictlens.datasets import example_facts
    >>> fact_frame(example_facts(), markup="html").loc[0, "Evidence"][:40]
    'Perang membuat Azerbaijan memperoleh beb'
    """
    if markup not in MARKUPS:
        raise ValueError(f"markup must be one of {MARKUPS}, not {markup!r}")
    if isinstance(data, pd.DataFrame) is False and hasattr(data, "facts"):
        data = data.facts
    cols = ["What", "How many", "Of what", "When", "Where", "Evidence"]
    if doc_id is None:
        doc_id = "doc_id" in data.columns and data["doc_id"].nunique() > 1
    rows = []
    for rec in data.to_dict("records"):
        out = {
            "What": _escape(rec.get("category"), markup),
            "How many": _escape(
                format_amount(rec.get("amount"), rec.get("low"), rec.get("high"), rec.get("mod")),
                markup,
            ),
            "Of what": _escape(rec.get("unit"), markup),
            "When": _escape(_when(rec), markup),
            "Where": _escape(rec.get("where"), markup),
            "Evidence": _evidence(rec, markup, evidence_width),
        }
        if doc_id:
            out["Document"] = _escape(rec.get("doc_id"), markup)
        rows.append(out)
    return pd.DataFrame(rows, columns=[*cols, "Document"] if doc_id else cols, dtype=object)


def fact_table(
    data: pd.DataFrame,
    *,
    markup: str = "html",
    evidence_width: int = 240,
    caption: str | None = None,
    doc_id: bool | None = None,
) -> Styler:
    """Return the facts as a pandas ``Styler`` that reads well in Jupyter and exports.

    Every cell is escaped for ``markup`` by :func:`fact_frame` (the Styler does no escaping of
    its own), so text from the article cannot inject HTML. Use ``markup="latex"`` before
    ``.to_latex()``; ``.to_html()`` works on the default.

    Parameters
    ----------
    data : DataFrame
        A facts frame (:data:`conflictlens.schema.FACTS`) or an object with a ``facts``
        attribute.
    markup : {"html", "latex"}
    evidence_width : int
        Evidence longer than this is trimmed around the mention.
    caption : str, optional
    doc_id : bool, optional
        Add a ``Document`` column (default: when there is more than one document).

    Returns
    -------
    pandas.io.formats.style.Styler

    Examples
    --------
    >>> from conflictlens.datasets import example_facts
    >>> html_text = fact_table(example_facts()).to_html()
    >>> "<mark>lebih dari 300</mark>" in html_text
    True
    """
    if markup not in ("html", "latex"):
        raise ValueError("fact_table renders HTML or LaTeX; use fact_markdown for Markdown")
    shown = fact_frame(data, markup=markup, evidence_width=evidence_width, doc_id=doc_id)
    styler = shown.style.hide(axis="index")
    if markup == "html":
        styler = styler.set_table_styles(
            [
                {"selector": "th", "props": "text-align: left; vertical-align: bottom;"},
                {"selector": "td", "props": "text-align: left; vertical-align: top;"},
                {"selector": "mark", "props": "background: #fde68a; padding: 0 2px;"},
            ]
        ).set_properties(subset=["How many"], **{"white-space": "nowrap", "font-weight": "bold"})
    if caption:
        styler = styler.set_caption(_escape(caption, markup))
    return styler


def fact_markdown(data: pd.DataFrame, *, evidence_width: int = 240) -> str:
    """Return the facts as a Markdown pipe table (the mention in **bold**).

    Examples
    --------
    >>> from conflictlens.datasets import example_facts
    >>> print(fact_markdown(example_facts().head(1)).splitlines()[0])
    | What | How many | Of what | When | Where | Evidence |
    """
    shown = fact_frame(data, markup="markdown", evidence_width=evidence_width)
    lines = ["| " + " | ".join(shown.columns) + " |", "|" + "---|" * len(shown.columns)]
    lines += ["| " + " | ".join(map(str, r)) + " |" for r in shown.itertuples(index=False)]
    return "\n".join(lines) + "\n"
