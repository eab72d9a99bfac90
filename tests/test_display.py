"""Highlighted text: parse/render separation, escaping checked by parsing the HTML, RTL, colours."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictlens import display
from conflictlens.datasets import EXAMPLE_TEXT, example_mentions
from conflictlens.spans import Span

EVIL = '"><img src=x onerror=alert(1)>'


class Tree(HTMLParser):
    """Collect tags, attributes and text of an HTML fragment."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.stack: list[str] = []
        self.mark_text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if "mark" in self.stack and "span" not in self.stack[self.stack.index("mark") :]:
            self.mark_text.append(data)


def test_marks_cover_exactly_the_mentions_with_tooltips():
    h = display.highlight(EXAMPLE_TEXT, example_mentions(), labels=False)
    t = Tree(h.html)
    assert "".join(t.text) == EXAMPLE_TEXT  # nothing lost, nothing added
    marks = [a for tag, a in t.tags if tag == "mark"]
    assert len(marks) == 5
    titles = [a["title"] for a in marks]
    assert "date · 2020-09 · 2020-09-01 … 2020-09-30" in titles
    assert any(x.startswith("place · Nagorno-Karabakh (AZ)") for x in titles)
    assert h._repr_html_() == h.html
    assert [(s["start"], s["end"]) for s in h.parsed["spans"]] == list(
        zip(example_mentions()["start"], example_mentions()["end"], strict=True)
    )


@pytest.mark.parametrize("evil", ["<script>alert(1)</script>", EVIL, "it's", "Tom & Jerry"])
def test_everything_is_escaped(evil):
    text = f"{evil} in Gaza {evil}"
    i = text.index("Gaza")
    mentions = [
        {
            "start": i,
            "end": i + 4,
            "kind": f"place{evil}",
            "name": evil,
            "value": evil,
            "country": evil,
        }
    ]
    h = display.highlight(
        text, mentions, boilerplate=[Span(0, len(evil))], colors={f"place{evil}": "#123456"}
    )
    t = Tree(h.html)
    assert [tag for tag, _ in t.tags if tag in ("script", "img")] == []
    assert "".join(t.text).startswith(evil)  # round-trips as text
    (mark,) = [a for tag, a in t.tags if tag == "mark"]
    assert evil in mark["title"]  # tooltips parse back to the raw value, i.e. were escaped
    assert set(mark) == {"class", "title", "style"}  # no injected attribute
    assert "<script" not in h.html and "onerror=alert" not in h.html.replace(
        "onerror=alert(1)&gt;", ""
    )


@pytest.mark.parametrize("color", ["red; background:url(javascript:x)", '"><b>', "expression(1)"])
def test_colours_are_validated(color):
    with pytest.raises(ValueError):
        display.highlight(EXAMPLE_TEXT, example_mentions(), colors={"place": color})


def test_colours_are_overridable():
    h = display.highlight(EXAMPLE_TEXT, example_mentions(), colors={"place": "rgb(1, 2, 3)"})
    styles = [a["style"] for tag, a in Tree(h.html).tags if "cl-place" in a.get("class", "")]
    assert styles and all("rgb(1, 2, 3)" in s for s in styles)


def test_boilerplate_is_greyed():
    text = "Armenia.\nBaca Juga: Turkiye Tolak\nEnd."
    bp = Span(9, 9 + len("Baca Juga: Turkiye Tolak"), "related")
    t = Tree(display.highlight(text, [], boilerplate=[bp]).html)
    grey = [a for tag, a in t.tags if a.get("class") == "cl-boilerplate"]
    assert len(grey) == 1 and "#9a9a9a" in grey[0]["style"]


def test_overlapping_mentions_do_not_nest():
    text = "lebih dari 300 permukiman"
    ms = [
        {
            "start": 0,
            "end": 25,
            "kind": "quantity",
            "amount": 300,
            "low": 300,
            "mod": "MORE_THAN",
            "unit": "permukiman",
            "category": "territory",
        },
        {"start": 11, "end": 14, "kind": "quantity", "amount": 300},
    ]
    h = display.highlight(text, ms)
    t = Tree(h.html)
    marks = [a for tag, a in t.tags if tag == "mark"]
    assert len(marks) == 1
    assert marks[0]["title"].startswith("quantity · >300 permukiman · territory")
    assert "contains 300" in marks[0]["title"]


def test_right_to_left():
    text = "قتل 12 شخصا في كابول"
    t = Tree(display.highlight(text, [{"start": 14, "end": 19, "kind": "place"}]).html)
    assert t.tags[0][1]["dir"] == "rtl"
    assert Tree(display.highlight("Kabul", []).html).tags[0][1]["dir"] == "ltr"
    assert Tree(display.highlight("Kabul", [], lang="fa").html).tags[0][1]["dir"] == "rtl"


def test_parse_is_plain_data_and_render_is_separate():
    parsed = display.parse(EXAMPLE_TEXT, example_mentions())
    assert set(parsed) == {"text", "spans", "boilerplate"}
    assert all(isinstance(s, dict) for s in parsed["spans"])
    parsed["spans"] = parsed["spans"][:1]
    assert display.render(parsed).count("<mark") == 1


def test_out_of_range_spans_are_dropped_and_page_saves(tmp_path):
    h = display.highlight("abc", [{"start": 2, "end": 10, "kind": "date"}])
    assert "<mark" not in h.html
    h.save(tmp_path / "x.html", title="<t>")
    page = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<title>&lt;t&gt;</title>" in page


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab <>&\"'\nقت")), max_size=40),
    cuts=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=6),
    bp=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=3),
)
def test_any_spans_round_trip_the_text(text, cuts, bp):
    mentions = [{"start": a, "end": b, "kind": "date", "value": text[a:b]} for a, b in cuts]
    h = display.highlight(text, mentions, boilerplate=[(a, b) for a, b in bp], labels=False)
    t = Tree(h.html)  # balanced tags (asserted while parsing)
    assert "".join(t.text) == text
    assert not t.stack
    assert {tag for tag, _ in t.tags} <= {"div", "mark", "span"}
