"""Fact tables: amounts as people read them, escaping (parsed back), LaTeX/Markdown/HTML export."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
import pytest

from conflictlens import schema, tables
from conflictlens.datasets import example_facts

EVIL = '"><img src=x onerror=alert(1)>'


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((300, 300, None, "MORE_THAN"), ">300"),
        ((30, None, 30, "APPROX", "years"), "~30 years"),
        ((None, 12, 15), "12–15"),
        ((13.5, 12, 15), "12–15"),
        ((12, 12, 12), "12"),
        ((None, 300, None), "≥300"),
        ((None, None, 50, "LESS_THAN"), "<50"),
        ((2_500_000.0,), "2,500,000"),
        ((1.25,), "1.25"),
        ((float("nan"), float("nan"), float("nan"), pd.NA), ""),
        ((10, None, None, "EQUAL_OR_MORE"), "≥10"),
    ],
)
def test_format_amount(args, expected):
    assert tables.format_amount(*args) == expected


class Cells(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.cells: list[str] = []
        self.marks: list[str] = []
        self._in_td = self._in_mark = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "td":
            self._in_td = True
            self.cells.append("")
        self._in_mark = self._in_mark or tag == "mark"

    def handle_endtag(self, tag):
        self._in_td = self._in_td and tag != "td"
        self._in_mark = self._in_mark and tag != "mark"

    def handle_data(self, data):
        if self._in_td:
            self.cells[-1] += data
        if self._in_mark:
            self.marks.append(data)


def test_fact_table_html_content():
    styler = tables.fact_table(example_facts(), caption="Seed")
    c = Cells(styler.to_html())
    assert ">300" in c.cells and "~30" in c.cells and "44" in c.cells
    assert "September 2020 (2020-09)" in c.cells
    assert c.marks == ["lebih dari 300", "hampir 30 tahun", "44 hari"]
    assert styler.data.columns.tolist() == [
        "What",
        "How many",
        "Of what",
        "When",
        "Where",
        "Evidence",
    ]


def _evil_facts():
    ev = f"{EVIL} killed <script>x()</script> & 'more'"
    i = ev.index("killed")
    return schema.frame(
        "facts",
        [
            {
                "doc_id": EVIL,
                "fact_id": 0,
                "sent_id": 0,
                "category": f"casualties{EVIL}",
                "amount": 3.0,
                "unit": "<b>people</b>",
                "mention": "killed",
                "start": 100 + i,
                "end": 106 + i,
                "when_text": EVIL,
                "where": "Tom & Jerry's",
                "evidence": ev,
                "evidence_start": 100,
                "evidence_end": 100 + len(ev),
            }
        ],
    )


def test_fact_table_escapes_every_cell():
    html = tables.fact_table(_evil_facts()).to_html()
    c = Cells(html)
    assert "script" not in c.tags and "img" not in c.tags and "b" not in c.tags
    assert c.marks == ["killed"]
    text = " ".join(c.cells)
    assert EVIL in text and "<script>x()</script>" in text and "Tom & Jerry's" in text


def test_evidence_mark_falls_back_to_search_and_trims():
    f = example_facts().assign(start=pd.array([None] * 3, dtype="Int64"))
    out = tables.fact_frame(f, markup=None, evidence_width=40)
    assert out.loc[0, "Evidence"].startswith("…") and "[lebih dari 300]" in out.loc[0, "Evidence"]
    assert len(out.loc[0, "Evidence"]) <= 45


def test_latex_and_markdown_exports():
    latex = tables.fact_table(_evil_facts(), markup="latex").to_latex()
    assert r"\textbf{killed}" in latex and r"Tom \& Jerry's" in latex and "<mark>" not in latex
    md = tables.fact_markdown(example_facts())
    lines = md.strip().splitlines()
    assert len(lines) == 2 + 3
    assert all(line.count("|") == 7 for line in lines)
    assert "**lebih dari 300**" in md
    md_evil = tables.fact_markdown(_evil_facts())
    assert "<script>" not in md_evil and "&lt;script&gt;" in md_evil
    with pytest.raises(ValueError):
        tables.fact_table(example_facts(), markup="markdown")


def test_several_documents_get_a_document_column_and_empty_frames_work():
    f = pd.concat([example_facts(), example_facts().assign(doc_id="other")], ignore_index=True)
    assert tables.fact_frame(f).columns[-1] == "Document"
    empty = tables.fact_table(schema.empty_frame("facts"))
    assert empty.data.shape == (0, 6)
    assert "<table" in empty.to_html()
