"""Fast paths of the place matcher's word scan give the answers of the plain code they replace.

Reference copies of the code before the speed pass (the previous word read character by
character, every opening word not between spaces matched again, mentions filled after they are
made) are run next to the package's code on generated texts and on corpus documents, and must
give identical answers.
"""

from __future__ import annotations

import glob
import gzip
import json
import random
from dataclasses import asdict
from itertools import compress, repeat

import pytest

from conflictlens.extract import places
from conflictlens.extract.places import match, words
from conflictlens.extract.places.gazetteer import Gazetteer, load
from conflictlens.spans import Mention

# -- reference copies -------------------------------------------------------------------------


def prev_word_reference(text: str, start: int) -> tuple[str, bool]:
    j = start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j < 0:
        return "", True
    if text[j] in words._SENT_END or text[j] in "([,":
        return text[j], text[j] in words._SENT_END
    k = j
    while k >= 0 and (text[k].isalnum() or text[k] in "'’-."):
        k -= 1
    word = text[k + 1 : j + 1]
    i = k
    while i >= 0 and text[i] == " ":
        i -= 1
    return word, i < 0 or text[i] in words._SENT_END


def opening_words_reference(text: str, gaz: Gazetteer, r) -> tuple[list[int], list[str]]:
    starts = []
    cursor = 0
    found = match._CAPW.findall(text)
    skip = r.not_openers
    find, word_at = text.find, match._CAPW.match
    n = len(text)
    kinds, pairs = {}, words._pairs(gaz)
    for w in compress(found, map(r.openers.__contains__, found)):
        if w in skip:
            continue
        s = find(w, cursor)
        e = s + len(w)
        if s < 0 or not ((s == 0 or text[s - 1] == " ") and (e == n or text[e] == " ")):
            while s >= 0:
                m = word_at(text, s)
                if m is not None and m.end() == s + len(w):
                    break
                s = find(w, s + 1)
            if s < 0:
                break
        cursor = s + len(w)
        kind = kinds.get(w)
        if kind is None:
            kind = kinds[w] = words._opener_kind(gaz, r, w)
        if kind and words._starts_nothing(text, w, s, cursor, kind, r, pairs):
            continue
        starts.append(s)
    return starts, found


def find_reference(text: str, lang: str | None) -> list[Mention]:
    gaz = load()
    langs = places._langs(lang)
    cands = match.candidates(text, gaz, langs)
    chosen = places.resolve(cands, gaz, langs, text)
    out = []
    for k, (c, i) in enumerate(zip(cands, chosen, strict=True)):
        m = Mention(start=c.start, end=c.end, text=c.text, kind="place")
        if i is None:
            m.name = c.text
            m.feature = "place"
            places._place_by_next(m, text, cands, chosen, k, gaz)
            if m.lat is None and not places._keeps_unplaced(gaz, langs):
                continue
        else:
            places._fill(m, gaz.places[i])
        out.append(m)
    return out


# -- inputs ------------------------------------------------------------------------------------

# fmt: off
_PIECES = [
    "The", "the", "I", "Di", "di", "Kami", "Real", "Madrid", "United", "States", "U.S.", "U.S",
    "D.C.", "D.C", "St.Petersburg", "Petersburg", "Jl.Sudirman", "Sudirman", "Jakarta", "Jawa",
    "Tengah", "Kota", "kota", "Desa", "Suren", "People's", "Republic", "of", "China", "China's",
    "O'Brien", "New", "York", "New-York", "Washington", "Indonesia", "Kompas.com", "A", "AS",
    "S", "US", "Bali", "Bali-based", "India-Pakistan", "said", "in", "dan", "Timur", "Asia",
    "Gunung", "Kidul", "x" * 45, "Jakarta" + "a" * 40, "Émile", "Ürümqi", "Côte", "d'Ivoire",
    "Hawke's", "Bay", "Queen", "Anne's", "County", "Ra's", "Jabal", "1998", "No",
]
# fmt: on
_GLUE = [
    " ",
    " ",
    " ",
    "  ",
    " - ",
    "-",
    ", ",
    " , ",
    ". ",
    ".",
    ".\n",
    "\n",
    "(",
    ") ",
    '"',
    "“",
    "”",
    "'",
    "’",
    "",
    ";",
    ":",
    "!",
    "?",
    "/",
    "[",
    "]",
    "\t",
    "_",
    "$",
]  # fmt: skip


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 16)):
            parts.append(rng.choice(_PIECES))
            parts.append(rng.choice(_GLUE))
        out.append("".join(parts))
    return out


def _corpus(limit: int) -> list[tuple[str, str | None]]:
    """Up to ``limit`` documents of each benchmark corpus, when the corpora are there."""
    out = []
    for path in sorted(glob.glob("/work/shared/corpora/*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k >= limit:
                    break
                rec = json.loads(line)
                out.append((rec["text"], rec.get("lang")))
    return out


# -- tests -------------------------------------------------------------------------------------


def test_prev_word_matches_the_character_loop():
    """The word before every position of generated and corpus texts, with long words, words
    with no space before them and non-ASCII letters and digits."""
    texts = [
        *_texts(3, 400),
        "x" * 100 + " Jakarta",
        "a" * 41 + "-b Jakarta",
        "٣٤٥ Jakarta",
        "Tōkyō² Osaka",
        "Abc_def Jakarta",
    ]
    texts += [t[:3000] for t, _ in _corpus(20)]
    n = 0
    for text in texts:
        for start in range(len(text) + 1):
            assert words._prev_word(text, start) == prev_word_reference(text, start), (text, start)
            n += 1
    assert n > 50_000


@pytest.mark.parametrize("langs", [("id",), ("en",), ("en", "id")])
def test_opening_words_match_the_reference(langs):
    """The same opening words (and capitalized words) as the plain scan, words glued to
    punctuation and dotted words ("St.Petersburg" before "Petersburg") included."""
    gaz = load()
    r = match._rules(gaz, langs)
    texts = _texts(len(langs) * 5 + len(langs[0]), 3000) + [t for t, _ in _corpus(150)]
    for text in texts:
        assert match._opening_words(text, gaz, r) == opening_words_reference(text, gaz, r), text


def test_hyphened_words_are_picked_in_full():
    """The capitalized words with a hyphen, picked at C level, are those a plain test picks."""
    for text in _texts(9, 500):
        found = match._CAPW.findall(text)
        fast = set(compress(found, map(str.__contains__, found, repeat("-"))))
        assert fast == {w for w in found if "-" in w}


def test_mentions_match_the_reference():
    """Mentions made with their place's fields in the constructor equal mentions filled after."""
    texts = [(t, "id") for t in _texts(11, 500)] + [(t, "en") for t in _texts(12, 500)]
    texts += [(t, None) for t in _texts(13, 200)] + _corpus(150)
    n = 0
    for text, lang in texts:
        got = [asdict(m) for m in places.find(text, lang)]
        assert got == [asdict(m) for m in find_reference(text, lang)]
        n += len(got)
    assert n > 1000


@pytest.mark.parametrize("langs", [("id",), ("en",)])
def test_inside_name_needs_a_capitalized_word_before(langs):
    """``_plausible`` skips ``_inside_name`` when the word before is not capitalized: it is then
    never a name's tail (checked at every capitalized word of generated and corpus texts)."""
    gaz = load()
    r = match._rules(gaz, langs)
    texts = _texts(17 + len(langs[0]), 1500) + [t for t, _ in _corpus(60)]
    n = 0
    for text in texts:
        for m in match._CAPW.finditer(text):
            before = words._prev_word(text, m.start())
            if not before[0][:1].isupper():
                assert not match._inside_name(text, m.start(), gaz, r, before)
                n += 1
    assert n > 10_000
