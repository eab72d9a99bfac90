"""Datelines: the place a story was filed from, written in capitals at the top."""

import pytest

import conflictlens as cl


def _places(text, lang=None):
    m = cl.analyze(text, lang=lang).mentions
    p = m[m["kind"] == "place"]
    return list(zip(p["text"], p["start"], p["name"], p["country"], p["feature"], strict=True))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "JAKARTA, KOMPAS.com - Presiden berbicara di Istana.",
            "id",
            ("JAKARTA", 0, "Jakarta", "ID", "city"),
        ),
        ("SOLO, KOMPAS.com - Hujan deras turun.", "id", ("SOLO", 0, "Surakarta", "ID", "city")),
        (
            "WASHINGTON (AP) — The president spoke.",
            "en",
            ("WASHINGTON", 0, "Washington D.C.", "US", "city"),
        ),
        (
            "PORT-AU-PRINCE, Haiti (AP) — Aid arrived.",
            "en",
            ("PORT-AU-PRINCE", 0, "Port-au-Prince", "HT", "city"),
        ),
        (
            "Stocks fall again\nBy A. Reporter\nNEW YORK (Reuters) - Stocks fell.",
            "en",
            ("NEW YORK", 33, "New York", "US", "city"),
        ),
    ],
)
def test_a_dateline_is_a_place_mention(text, lang, expected):
    got = _places(text, lang)
    assert got[0] == expected
    assert text[got[0][1] : got[0][1] + len(got[0][0])] == got[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "NATO, the alliance, met in the capital.",  # an acronym, not Nato in the Philippines
        "NATO - the alliance met.",
        "BANJIR JAKARTA\nWarga mengungsi.",  # a headline in capitals, no dateline
        "UPDATE, 10:00 - Stocks fell.",
    ],
)
def test_capitals_that_are_no_dateline(text):
    assert [p for p in _places(text) if p[0].isupper()] == []


def test_a_dateline_far_down_the_text_is_ignored():
    text = "Paragraph one.\n" + "x " * 300 + "\nJAKARTA, KOMPAS.com - Later."
    assert all(p[0] != "JAKARTA" for p in _places(text, "id"))


def test_ap_state_abbreviations_place_a_town():
    got = _places("SPRINGFIELD, Ill. — Police said two people were shot.", "en")
    assert [g[:5] for g in got] == [
        ("SPRINGFIELD", 0, "Springfield", "US", "city"),
        ("Ill.", 13, "Illinois", "US", "admin1"),
    ]
    m = cl.analyze("A plant in Columbus, Ga., will close.", lang="en").mentions
    columbus = m[m["text"] == "Columbus"].iloc[0]
    assert abs(columbus["lat"] - 32.5) < 0.5  # Georgia's Columbus, not Ohio's
