"""Fast paths give the answers of the plain code they replace (sentences, heads, frame columns).

Each test runs a straightforward reference implementation (the code before the speed pass) and the
fast one over many generated inputs and asks for identical results.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
from bisect import bisect_right
from collections import Counter

import numpy as np
import pandas as pd
import pytest

from conflictlens import clean, events, facts, pipeline, schema
from conflictlens.document import _SURROGATE, _has_surrogate, make_document
from conflictlens.extract.quantities.numbers import tokenize
from conflictlens.spans import Mention, Span

# -- sentences ----------------------------------------------------------------------------------
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s)|\n")
_NEXT_START = re.compile(r"\s*[\"'“‘(\[]*[\w\d]")
_PREV_WORD = re.compile(r"([\w.]+)\.$")


def sentences_reference(text: str, lang: str | None) -> list[tuple[int, int]]:
    abbrev = clean._abbrev(lang)
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group() != "\n":
            nxt = _NEXT_START.match(text, m.end())
            if nxt is None:
                continue
            if m.group()[0] == "." and len(m.group()) == 1:
                prev = _PREV_WORD.search(text, max(start, m.start() - 20), m.end())
                if prev:
                    word = prev.group(1)
                    if word in abbrev or (len(word) == 1 and word.isupper()):
                        continue
                    if text[nxt.end() - 1].islower():
                        continue
        bounds.append((start, m.end() if m.group() != "\n" else m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    out = []
    for s, e in bounds:
        for a, b in clean._cut(text, s, e):
            seg = text[a:b]
            stripped = seg.strip()
            if stripped:
                lead = len(seg) - len(seg.lstrip())
                out.append((a + lead, a + lead + len(stripped)))
    return out


_PIECES = [*".!?…\n \t\u00a0\"'”’)]“‘([aAbZ1_é٣", "Dr", "dr", "Mr", "p.m", "e.g", "No"]
_PIECES += ["x" * 25, ". ", ".\n", "\r\n", "\x85", "Baca Juga:", "(L/R4/P1)", "News Agency"]


@pytest.mark.parametrize("lang", ["id", "en", None])
def test_sentences_match_the_reference(lang):
    rng = random.Random(7)
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60)))
        got = [(s.start, s.end) for s in clean.sentences(text, lang)]
        assert got == sentences_reference(text, lang), repr(text)
    for _ in range(20):  # long lines are cut at spaces
        pieces, weights = ["word ", "Word. ", "x" * 30, "a.b ", "\n"], [10, 3, 1, 1, 0.02]
        text = "".join(rng.choices(pieces, weights=weights, k=rng.randint(300, 1500)))
        got = [(s.start, s.end) for s in clean.sentences(text, lang)]
        assert got == sentences_reference(text, lang)


# Words around the length where a full stop is known to end a sentence without reading the word
# (one more than the longest abbreviation), abbreviations with dots, initials, runs of newlines and
# blanks that are not spaces, to exercise the short cuts of ``clean.sentences``.
_WORD_PIECES = ["Kombes", "Brigjen", "Mayjenx", "abcdefgh", "Abcdefghi", "M.Si", "S.H", "x_y",
                "É", "é", "a1b2c3d", "٣٣٣٣٣٣٣٣", ". ", ".  ", ". a", ". A", ". É", ".\n",
                "\n\n", "\n \n", " \n\n\n", "\u00a0", "\u2003", "\t", "”", "\r\n", ".”",
                "!", "?"]  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en", None])
def test_sentence_short_cuts_match_the_reference(lang):
    rng = random.Random(17)
    for _ in range(4000):
        k = rng.randint(0, 40)
        text = "".join(rng.choice(_WORD_PIECES if rng.random() < 0.7 else _PIECES) for _ in [0] * k)
        got = [(s.start, s.end) for s in clean.sentences(text, lang)]
        assert got == sentences_reference(text, lang), repr(text)
    assert clean._long_word(lang) == max(map(len, clean._abbrev(lang))) + 1


def test_surrogate_test_matches_the_regex():
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(
            chr(rng.choice([rng.randint(0, 0x10FFFF), rng.randint(0xD700, 0xE100)]))
            for _ in range(rng.randint(0, 6))
        )
        assert _has_surrogate(text) == bool(_SURROGATE.search(text))
    assert make_document("a\ud800b", lang="en").text == "a\ufffdb"


# -- sentence heads -----------------------------------------------------------------------------
def head_reference(doc, sent, stop, spans) -> str:
    start = sent.start
    if sent.start == 0:
        m = events._DATELINE_HEAD.match(doc.text, sent.start, sent.end)
        if m:
            start = m.end()
    toks = tokenize(doc.text, start, min(sent.end, start + 4 * events._LOOK))
    starts = [s for s, _ in spans]
    k = max(bisect_right(starts, start) - 1, 0)
    words = []
    for t in toks:
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        inside = k < len(spans) and spans[k][0] <= t.start < spans[k][1]
        if not words:
            if t.kind == "word" and t.low not in stop and not inside:
                words.append(t)
            continue
        if t.text in events._PUNCT or inside or len(words) >= 3:
            break
        words.append(t)
    while len(words) > 1 and words[-1].low in stop:
        words.pop()
    return doc.text[words[0].start : words[-1].end] if words else ""


def test_sentence_heads_read_in_windows_match_the_reference():
    rng = random.Random(11)
    stop = events._stopwords("id")
    pieces = ["di", "yang", "dan", "elemen-elemen", "a-b-c", "1.500", "2,5", "12", "x" * 35,
              "Jakarta", "-", "'", "’", ",", "(", ")", ".", " ", " ", " ", "  ", "\n"]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 120)))
        doc = make_document(text, lang="id")
        n = len(text)
        spans = sorted((a, min(n, a + rng.randint(1, 9))) for a in rng.sample(range(n), min(n, 4)))
        for sent in doc.sentences:
            assert events._sentence_head(doc, sent, stop, spans) == head_reference(
                doc, sent, stop, spans
            ), repr(text)


def test_sentence_heads_of_unicode_text_match_the_reference():
    # Non-ASCII letters, digits and marks: the tokens of the Unicode pattern, which the heads read.
    rng = random.Random(13)
    stop = events._stopwords("en")
    pieces = ["the", "of", "Ğaza", "état", "l’état", "dua-tiga", "٣٣", "12.500", "x_y", "é", "—",
              "“", "”", "(", ",", ".", "'", "-", " ", " ", "\u00a0", "\n", "x" * 70]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 80)))
        doc = make_document(text, lang="en")
        n = len(text)
        spans = sorted((a, min(n, a + rng.randint(1, 9))) for a in rng.sample(range(n), min(n, 3)))
        for sent in doc.sentences:
            assert events._sentence_head(doc, sent, stop, spans) == head_reference(
                doc, sent, stop, spans
            ), repr(text)


# -- frame columns ------------------------------------------------------------------------------
def datetime_reference(values, n):
    out = np.full(n, np.datetime64("NaT", "s"))
    for i, v in enumerate(values):
        if v is not None and v is not pd.NaT:
            out[i] = np.datetime64(v, "s") if not isinstance(v, pd.Timestamp) else v.asm8
    return out


def random_datetime(rng: random.Random, years: list[int]) -> dt.datetime:
    day = dt.datetime(rng.choice(years), rng.randint(1, 12), rng.randint(1, 28))
    seconds = rng.randint(0, 86_399) + rng.choice([0, 1, 500_000, 999_999]) / 1e6
    return day + dt.timedelta(seconds=seconds)


def test_datetime_columns_match_the_reference():
    rng = random.Random(5)
    years = [1, 2, 1500, 1677, 1969, 1970, 2024, 2262, 2263, 9999]
    for _ in range(500):
        values = [
            None if rng.random() < 0.3 else random_datetime(rng, years)
            for _ in range(rng.randint(0, 40))
        ]
        if rng.random() < 0.1:
            values.append(pd.Timestamp("2020-01-01 00:00:00.7"))
        if rng.random() < 0.1:
            values.append(dt.date(2020, 1, 2))
        want = datetime_reference(values, len(values))
        got = schema._column(values, schema.DATETIME, len(values))
        assert got.dtype == want.dtype and got.tobytes() == want.tobytes()


def test_float_columns_match_the_reference():
    for values in ([None, 1.5, 2], [None], [], [None, True, np.float32(1.25)], [None, "2.5"]):
        want = np.array([np.nan if v is None else v for v in values], dtype=float)
        got = schema._column(values, schema.FLOAT, len(values))
        assert got.dtype == want.dtype and got.tobytes() == want.tobytes()
    with pytest.raises(ValueError, match="could not convert string to float: 'x'"):
        schema._column([None, "x"], schema.FLOAT, 2)


def test_sentence_spans_are_plain_spans():
    text = "Dr. Ali tiba. Dua orang tewas!\n\nBaca Juga: x\n" + "kata " * 500
    for lang in ("id", "en", None):
        got = clean.sentences(text, lang)
        want = [Span(a, b, "sentence") for a, b in sentences_reference(text, lang)]
        assert got == want
        assert [hash(s) for s in got] == [hash(s) for s in want]
        assert [repr(s) for s in got] == [repr(s) for s in want]
        with pytest.raises(dataclasses.FrozenInstanceError):
            got[0].start = 1


# -- facts: the place of a sentence without one --------------------------------------------------
def where_else_reference(sid, by_sent, doc, places, memo):
    """``facts._where_else`` before the speed pass: dateline and top place found first."""
    dateline = facts._dateline_place(doc, places)
    counts = Counter(p.value or p.name for p in places)
    top = None
    if counts:
        best = max(counts.values())
        top = next(p for p in places if counts[p.value or p.name] == best)
    if dateline is not None:
        key = "dateline"
    elif by_sent.get(sid - 1, {}).get("place"):
        key = sid - 1
    elif top is not None:
        key = "top"
    else:
        return {}, "none"
    if key not in memo:
        if key == "dateline":
            memo[key] = facts._where(None, [dateline]), "dateline"
        elif key == "top":
            memo[key] = facts._where(None, [top]), "document"
        else:
            memo[key] = facts._where(None, by_sent[key]["place"]), "document"
    return memo[key]


def test_places_of_sentences_without_one_match_the_reference():
    rng = random.Random(23)
    lead = ["Ankara, MINA - ", "Gaza, 5 Mei - ", "", "Kemarin, "]
    bits = ["Sedikitnya 12 orang tewas.", "Dua orang hilang di Rafah.", "Warga mengungsi.",
            "12 people died in Kabul.", "Dozens were injured.", "Di Gaza, 3 tewas.",
            "\n"]  # fmt: skip
    for _ in range(60):
        text = rng.choice(lead) + " ".join(rng.choice(bits) for _ in range(rng.randint(1, 8)))
        doc = make_document(text, published="2024-05-07")
        ms = pipeline.run(doc).mentions
        places = [m for m in ms if m.kind == "place"]
        by_sent: dict = {}
        for m in ms:
            by_sent.setdefault(m.sent_id, {"place": [], "date": [], "quantity": []})
            if m.kind == "place":
                by_sent[m.sent_id]["place"].append(m)
        memo_new: dict = {}
        memo_old: dict = {}
        for sid in range(-1, len(doc.sentences) + 1):
            got = facts._where_else(sid, by_sent, doc, places, memo_new)
            assert got == where_else_reference(sid, by_sent, doc, places, memo_old)


# -- sentence ids and evidence -------------------------------------------------------------------
def assign_reference(doc, mentions):
    starts = [s.start for s in doc.sentences]
    for m in mentions:
        m.sent_id = max(bisect_right(starts, m.start) - 1, 0)


def test_sentence_ids_match_the_reference():
    rng = random.Random(23)
    for _ in range(2000):
        text = "".join(rng.choice(["Satu. ", "Dua orang.\n", "\n", " ", "x"]) for _ in range(20))
        doc = make_document(text, lang="id")
        if rng.random() < 0.1:
            doc.sentences = []
        ms = [
            Mention(a, a + 1, "x", "date")
            for a in sorted(rng.randint(0, len(text) + 2) for _ in range(rng.randint(0, 8)))
        ]
        pipeline.assign_sentences(doc, ms)
        got = [m.sent_id for m in ms]
        assign_reference(doc, ms)
        assert got == [m.sent_id for m in ms], repr(text)


def evidence_reference(doc, sent, start=None, end=None):
    lo, hi = sent.start, sent.end
    if hi - lo > events.EVIDENCE_MAX and start is not None:
        lo = max(lo, start - events.EVIDENCE_MAX // 2)
        hi = min(hi, (end or start) + events.EVIDENCE_MAX // 2)
    raw = doc.text[lo:hi]
    first = lo + (len(raw) - len(raw.lstrip()))
    last = lo + len(raw.rstrip())
    return {"evidence": doc.text[first:last], "evidence_start": first, "evidence_end": last}


def test_evidence_matches_the_reference():
    rng = random.Random(29)
    for _ in range(3000):
        text = "".join(rng.choice(["Dua", " ", "\n", "\u00a0", "x" * 600, "."]) for _ in range(9))
        doc = make_document(text, lang="id")
        n = len(text)
        a = rng.randint(-3, n + 3)
        sent = Span(a, rng.randint(a - 2, n + 1200))
        pos = rng.choice([None, rng.randint(-600, n + 600)])
        stop = rng.choice([None, pos])
        want = evidence_reference(doc, sent, pos, stop)
        assert events.evidence_span(doc, sent, pos, stop) == want
    doc = make_document(" Satu.  Dua orang. ", lang="id")
    for sent in doc.sentences:
        assert events.evidence_span(doc, sent) == evidence_reference(doc, sent)


# -- timeline: sentence context read lazily -------------------------------------------------------
def context_reference(mentions):
    """The context of every sentence with a date or duration, as ``facts.build`` made it before."""
    by_sent: dict[int, dict[str, list]] = {}
    temporal = set()
    for m in mentions:
        if m.kind in ("date", "duration"):
            temporal.add(m.sent_id)
        kind = "date" if m.kind in ("date", "time") else m.kind
        if kind in ("place", "date", "quantity") and (kind != "date" or m.value):
            by_sent.setdefault(m.sent_id, {"place": [], "date": [], "quantity": []})[kind].append(m)
    return {
        sid: facts._sentence_context(g["place"], g["quantity"])
        for sid, g in by_sent.items()
        if sid in temporal
    }


def test_timeline_with_lazy_context_matches_the_reference():
    rng = random.Random(31)
    parts = [
        "Perang 44 hari pada September 2020 menewaskan 5.000 orang di Nagorno-Karabakh.",
        "Wilayah itu diduduki oleh Armenia selama hampir 30 tahun.",
        "Pada Jumat (23/12), 12 orang tewas di Gaza.",
        "A 44-day war in September 2020 killed 5,000 people near Stepanakert.",
        "On Monday, a car bomb exploded in Kabul.",
        "Dozens died. Officials said 3 were injured on 5 May 2021 in Mosul.",
        "Kemarin, ratusan warga mengungsi dari Rafah selama 3 hari.",
    ]
    for _ in range(40):
        text = " ".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))
        doc = make_document(text, lang=rng.choice(["id", "en"]), published="2022-12-23")
        result = pipeline.run(doc)
        context = context_reference(result.mentions)
        want = events.timeline(doc, result.mentions, context)
        got = [{k: v for k, v in row.items() if k != "item_id"} for row in result.timeline]
        assert got == want, text
        for row in got:  # every item carries the context of its sentence
            assert context.get(row["sent_id"], {}).items() <= row.items(), text


def test_day_dates_match_the_regex():
    rng = random.Random(37)
    values = [None, "", "2020", "2020-09", "2020-09-01", "٢٠٢٠-٠٩-٠١", "2020-09-01T10",
              "XXXX-XX-XX", "2020-W36", "12020-09-01", "2020-09-1", "PRESENT_REF"]  # fmt: skip
    for _ in range(300):
        dates = [
            Mention(0, 1, "x", "date", value=rng.choice(values), earliest=rng.choice([None, 1]))
            for _ in range(rng.randint(0, 6))
        ]
        want = [d for d in dates if d.earliest is not None and facts._DAY.fullmatch(d.value or "")]
        assert facts._day_dates(dates) == want
