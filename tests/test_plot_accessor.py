"""The ``df.lens`` accessor: registered on import, thin, clear AttributeError on other frames."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import conflictlens.accessor  # noqa: F401  (registration; the lead adds it to __init__)
from conflictlens.datasets import EXAMPLE_TEXT, example_facts, example_mentions, example_timeline


def test_kinds():
    assert example_timeline().lens.kind == "timeline"
    assert example_facts().lens.kind == "facts"
    assert example_mentions().lens.kind == "mentions"


def test_other_frames_raise_a_clear_attribute_error():
    df = pd.DataFrame({"a": [1]})
    with pytest.raises(AttributeError, match="timeline, facts or mentions"):
        df.lens  # noqa: B018
    assert not hasattr(df, "lens")


def test_views_dispatch():
    _fig, ax = plt.subplots()
    assert example_timeline().lens.timeline(ax=ax) is ax
    assert example_facts().lens.map(ax=plt.figure().gca()).texts
    assert example_mentions().lens.map(ax=plt.figure().gca()).texts
    assert "<mark>" in example_facts().lens.fact_table().to_html()
    assert example_mentions().lens.highlight(EXAMPLE_TEXT).html.count("<mark") == 5
    assert len(example_timeline().lens.to_timelinejs()["events"]) == 3
    assert len(example_facts().lens.to_events()) == 3


def test_wrong_view_for_the_frame_says_so():
    with pytest.raises(TypeError, match="needs a facts frame"):
        example_timeline().lens.fact_table()
    with pytest.raises(TypeError, match="needs a timeline frame"):
        example_facts().lens.timeline()
