"""Candidate place spans: gazetteer names, cue phrases and direction suffixes, longest first.

Scanning is linear: one regular-expression pass finds capitalized word starts (and one
Aho-Corasick pass finds lower-case cue words); at each start a bounded phrase of at most eight
words is read and its prefixes are looked up in the name table, longest first. Every pattern
here has a single way to match each character, so nothing backtracks.

Examples
--------
>>> from conflictlens.extract.places.gazetteer import load
>>> text = "Ia tinggal di Desa Suren , Jawa Tengah ."
>>> [(c.text, c.cue) for c in candidates(text, load(), ("id",))]
[('Desa Suren', 'Desa'), ('Jawa Tengah', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import compress

from .candidate import Candidate
from .candidate import lookup as _lookup
from .cues import _MAX_CUE_WORDS, _cue_phrase, _cue_words, _scan, _street
from .dateline import dateline
from .gazetteer import LANGS, Gazetteer, Words, words
from .headed import (
    _headed,
    _headed_candidate,
    _hyphened,
    _named_by_noun,
    _nouns_regex,
    _with_hyphen,
)
from .lists import enum_regex, enumerated, list_regex, listed
from .words import (
    _ANY_MAJOR,
    _CAPW,
    _COUNTRY,
    _HOME,
    _KNOWN,
    _LONGER,
    _MAJOR_WINS,
    _NO_NAME,
    _ONE_WORD,
    _PHRASE,
    _QUOTES,
    _drop_person_names,
    _find,
    _name_flags,
    _next_quote,
    _next_word,
    _opener_kind,
    _pairs,
    _possessive_starts,
    _prev_word,
    _second_initials,
    _starts_nothing,
    _without_foreign_cue,
)


@dataclass(slots=True, frozen=True)
class _Rules:
    langs: tuple[str, ...]
    cues: frozenset[str]
    cue_first: frozenset[str]
    context: frozenset[str]
    directions: frozenset[str]
    stops: frozenset[str]
    aliases: frozenset[str]
    cue_words: tuple[tuple[str, bool], ...]
    located_rx: re.Pattern[str] | None
    list_rx: re.Pattern[str] | None
    list_joins_words: frozenset[str]
    list_blockers: frozenset[str]
    enum_rx: tuple[re.Pattern[str], re.Pattern[str]] | None
    # Precomputed for the per-word checks (set lookups instead of loops over grammars).
    intros: tuple[str, ...]
    heads: tuple[str, ...]
    openers: Words
    not_openers: Words
    blocked: Words
    common: Words
    homes: frozenset[str]
    org_heads: frozenset[str]
    titles_after: frozenset[str]
    calendar_words: frozenset[str]
    feature_heads: frozenset[str]
    nouns_after: frozenset[str]
    nouns_rx: re.Pattern[str] | None
    demonyms: frozenset[str]
    cues_not_after_name: frozenset[str]
    streets: frozenset[str]
    school_levels: frozenset[str]
    cues_home_only: frozenset[str]
    period_words: frozenset[str]
    house_numbers: frozenset[str]
    person_before: frozenset[str]
    person_after: frozenset[str]
    minor_home: int
    minor_any: int
    # What :func:`_plausible` reads of a gazetteer name's readings (their
    # :func:`~.words._reading_flags`), by name: filled as names are met, at most one entry per
    # gazetteer name (strings to ints, a dict the garbage collector does not scan).
    readings: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    # The :func:`~.words._opener_kind` of the opening words met so far (strings to ints).
    kinds: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


@cache
def _openers(gaz: Gazetteer) -> Words:
    """Words that can open a name (every language), or a cue phrase of some language.

    One set for the per-word filter, so that it runs as one C-level pass (see
    :func:`_opening_words`).
    """
    return words(gaz.names, gaz.max_words, _dotted(gaz), _all_cue_first(gaz))


@cache
def _dotted(gaz: Gazetteer) -> frozenset[str]:
    """Names that end with a dot, without it ("Washington D.C" of "Washington D.C.")."""
    return frozenset(n[:-1] for n in gaz.names if n.endswith("."))


@cache
def _all_cue_first(gaz: Gazetteer) -> frozenset[str]:
    """The first words of the cues of every language."""
    return frozenset(c.split(" ")[0] for g in gaz.grammar.values() for c in g.cues_include)


@cache
def _rules(gaz: Gazetteer, langs: tuple[str, ...]) -> _Rules:
    grammars = [gaz.grammar[g] for g in langs if g in gaz.grammar]
    cues = frozenset().union(*(g.cues_include for g in grammars))
    cue_first = frozenset(c.split(" ")[0] for c in cues)
    openers = _openers(gaz)
    # Words in the shared set only as another language's cue (the set is names, their first
    # words, dotted names and cues' first words: only a cue's first word can be such a word).
    dotted = _dotted(gaz)
    not_openers = words(
        w
        for w in _all_cue_first(gaz)
        if w not in gaz.names and w not in gaz.max_words and w not in dotted and w not in cue_first
    )
    # Names tagged for other languages only (what ``Gazetteer.allowed`` refuses).
    tagged = words(*gaz.only.values())
    mine = words(*(gaz.only[g] for g in langs if g in gaz.only))
    homes = frozenset(g.home for g in grammars if g.home)
    return _Rules(
        intros=tuple(sorted(frozenset().union(*(g.list_intros for g in grammars)))),
        heads=tuple(sorted(frozenset().union(*(g.list_heads for g in grammars)))),
        openers=openers,
        not_openers=not_openers,
        blocked=words(w for w in tagged if w not in mine),
        common=words(*(gaz.common.get(g, ()) for g in LANGS)),
        homes=homes,
        org_heads=frozenset().union(*(g.org_heads for g in grammars)),
        titles_after=frozenset().union(*(g.titles_after for g in grammars)),
        calendar_words=frozenset().union(*(g.calendar_words for g in grammars)),
        feature_heads=frozenset().union(*(g.feature_heads for g in grammars)),
        nouns_after=frozenset().union(*(g.nouns_after for g in grammars)),
        nouns_rx=_nouns_regex(frozenset().union(*(g.nouns_after for g in grammars))),
        demonyms=frozenset().union(*(g.demonyms for g in grammars)),
        cues_not_after_name=frozenset().union(*(g.cues_not_after_name for g in grammars)),
        streets=frozenset().union(*(g.street_cues for g in grammars)),
        school_levels=frozenset().union(*(g.school_levels for g in grammars)),
        cues_home_only=frozenset().union(*(g.cues_home_only for g in grammars)),
        period_words=frozenset().union(*(g.period_words for g in grammars)),
        house_numbers=frozenset().union(*(g.house_numbers for g in grammars)),
        person_before=frozenset().union(*(g.person_before for g in grammars)),
        person_after=frozenset().union(*(g.person_after for g in grammars)),
        minor_home=min((g.minor_population for g in grammars if g.home), default=0),
        minor_any=min((g.minor_population for g in grammars), default=0),
        langs=langs,
        cues=cues,
        cue_first=cue_first,
        context=frozenset().union(*(g.cues_context for g in grammars)),
        directions=frozenset().union(*(g.directions for g in grammars)),
        stops=frozenset().union(*(g.name_stops for g in grammars)),
        aliases=frozenset().union(*(g.aliases for g in grammars)),
        cue_words=_cue_words(cues, frozenset().union(*(g.cues_before for g in grammars))),
        located_rx=_located_regex(frozenset().union(*(g.locatives for g in grammars))),
        list_rx=list_regex(frozenset().union(*(g.list_joins for g in grammars))),
        list_joins_words=frozenset().union(*(g.list_joins for g in grammars)),
        list_blockers=frozenset().union(*(g.list_blockers for g in grammars)),
        enum_rx=enum_regex(
            frozenset().union(*(g.list_heads for g in grammars)),
            frozenset().union(*(g.list_intros for g in grammars)),
            frozenset().union(*(g.list_joins for g in grammars)),
        ),
    )


def _located_regex(locatives: frozenset[str]) -> re.Pattern[str] | None:
    if not locatives:
        return None
    alt = "|".join(re.escape(w) for w in sorted(locatives, key=len, reverse=True))
    # "di Ketabang , Surabaya": a locative, up to three capitalized words, a comma, then (at the
    # end of the window) a known place. Anchored at the window's end, searched on a short slice.
    return re.compile(rf"(?<!\w)(?:{alt}) ([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){{0,2}}) ?, $")


# Characters the capitalized-word pattern (``_CAPW``) may start right after (none is a word
# character, an apostrophe or a hyphen), and characters it never reads on past (none is a word
# character, an apostrophe, a dot or a hyphen).
_OPEN_OK = frozenset(' \t\n\r([{"“/,;:.!?')
_CLOSE_OK = frozenset(' \t\n\r)]}"”/,;:!?')


def _opening_words(text: str, gaz: Gazetteer, r: _Rules) -> tuple[list[int], list[str]]:
    """Offsets of the capitalized words that can open a name or a cue phrase, and the text's
    capitalized words.

    Only these need a closer look. ``findall`` lists every capitalized word without building a
    match object for each, and ``compress`` keeps those in the opener set in one C-level pass
    (this runs over all of them); the few kept are then located with ``str.find`` from the
    previous one, checking that the hit is that whole word (not the inside of a longer one).
    Of those, a word that provably starts no candidate where it stands is left out (see
    :func:`~.words._starts_nothing`: "The" before a word no name has second, "I", a common
    word without a cue before it: half the words kept, on the benchmark corpora).
    """
    starts = []
    cursor = 0
    words = _CAPW.findall(text)
    skip = r.not_openers
    find, word_at = text.find, _CAPW.match
    n = len(text)
    kinds, pairs = r.kinds, _pairs(gaz)
    # A word that opens longer names, before a word that opens none of their second words
    # ("The" before "government"), names what it names alone: told from one character, unless
    # an apostrophe may end that next word ("the government's"; ``quote``: the first at or
    # after the word's end).
    initials, quote = _second_initials(gaz), 0
    for w in compress(words, map(r.openers.__contains__, words)):
        kind = kinds.get(w)
        if kind is None:
            if w in skip:  # (never given a kind)
                continue
            kind = kinds[w] = _opener_kind(gaz, r, w)
        s = find(w, cursor)
        e = s + len(w)
        # A hit after a character the word pattern may follow and before one it reads no
        # further than (a space, a comma; a dot that no word character follows) is the whole
        # word: only other hits are matched again.
        if s < 0 or not (
            (s == 0 or text[s - 1] in _OPEN_OK)
            and (
                e == n
                or text[e] in _CLOSE_OK
                or (text[e] == "." and (e + 1 == n or text[e + 1] in _CLOSE_OK))
            )
        ):
            while s >= 0:
                m = word_at(text, s)
                if m is not None and m.end() == s + len(w):
                    break
                s = find(w, s + 1)
            if s < 0:  # cannot happen: findall saw the word after ``cursor``
                break
            e = s + len(w)
        cursor = e
        if kind:
            if kind & _LONGER:
                if not text.startswith(" ", e):  # (no next word)
                    alone = not text.startswith(_QUOTES, e)
                elif text[e + 1 : e + 2] in initials.get(w, ""):
                    alone = False
                else:  # (a space before the apostrophe ends the next word before it)
                    quote = quote if quote > e else _next_quote(text, e + 1)
                    alone = quote > n or text.find(" ", e + 1, quote) >= 0
                if alone:
                    kind -= _LONGER
                    if kind == _NO_NAME:
                        continue
            if _starts_nothing(text, w, s, e, kind, r, pairs):
                continue
        starts.append(s)
    return starts, words


def candidates(text: str, gaz: Gazetteer, langs: tuple[str, ...]) -> list[Candidate]:
    """Return non-overlapping candidate spans of ``text``, leftmost-longest."""
    r = _rules(gaz, langs)
    starts, cap_words = _opening_words(text, gaz, r)
    # Names after a cue that stays outside the span ("dukuh Mojorejo") are places even when no
    # gazetteer knows them.
    forced: set[int] = set()
    # (Where the enumerations' place nouns and the possessives are: one scan finds them with the
    # cues.)
    at = quotes = None
    if r.cue_words:
        listing = (r.heads, r.intros) if r.enum_rx is not None else ((), ())
        lower, forced, at, quotes = _scan(text, r.cue_words, *listing)
        if lower or forced:
            starts = sorted(set(starts).union(lower, forced))
    heads = r.feature_heads.intersection(cap_words) if r.feature_heads else None
    headed = _headed(text, r, heads) if heads else {}
    if headed:
        starts = sorted(set(starts).union(headed))
    by_noun = _named_by_noun(text, r) if r.nouns_after else {}
    if by_noun:
        starts = sorted(set(starts).union(by_noun))
    if quotes if quotes is not None else ("'s " in text or "’s " in text):
        poss = _possessive_starts(text, gaz, quotes)
        if poss:
            starts = sorted(set(starts).union(poss))
    out: list[Candidate] = []
    persons: set[str] = set()
    last = -1
    for s in starts:
        if s < last:
            continue
        m = _PHRASE.match(text, s)
        if m is None:
            continue
        words = m.group().split(" ")
        cand = None
        if words[0] in r.cue_first and not (
            words[0] in r.cues_not_after_name and _after_name(text, s, r.context)
        ):
            cand = _cue_phrase(text, s, words, gaz, r)
            if cand is not None and cand.cue in r.streets:
                cand = _street(text, cand, gaz, r)
            elif cand is not None and cand.cue in r.school_levels and _school_years(text, cand, r):
                continue
            elif cand is not None and cand.cue in r.cues_home_only:
                cand = _without_foreign_cue(cand, gaz, r)
        if cand is None and text.startswith(("'s ", "’s "), m.end()):
            cand = _possessive_name(text, s, m.end(), gaz, r, persons)
        if cand is None:
            cand = _name_phrase(text, s, words, gaz, r, persons)
        if s in headed and (cand is None or cand.end < headed[s]):
            cand = _headed_candidate(text, s, headed[s], gaz, r)
        if s in by_noun and (cand is None or cand.end < by_noun[s]):
            name = text[s : by_noun[s]]
            cand = Candidate(s, by_noun[s], name, list(_find(gaz, r, name) or []))
        if cand is None and s in forced:
            k = 0
            while k < min(len(words), _MAX_CUE_WORDS) and words[k][0].isupper():
                if words[k] in r.stops or words[k] in r.cues:
                    break
                k += 1
            if k:
                # "the town of Camborne": a known name takes its gazetteer readings (a filter
                # for minor towns or common words held it back); else it is a place unknown.
                name = " ".join(words[:k])
                cand = Candidate(s, s + len(name), name, list(_find(gaz, r, name) or []))
        if cand is not None:
            out.append(cand)
            last = cand.end
    hyphened = _with_hyphen(cap_words)
    if hyphened:
        out = _hyphened(text, out, gaz, r, hyphened)
    dl = dateline(text, gaz, langs)
    if dl is not None and not any(c.start < dl.end and dl.start < c.end for c in out):
        out.append(dl)
        out.sort(key=lambda c: c.start)
    if persons:
        out = _drop_person_names(text, out, gaz, persons, r.context)
    if r.located_rx is not None and out:
        out = _located(text, out, gaz, r)
    if r.list_rx is not None and len(out) > 1:
        out = listed(text, out, gaz, r)
    if r.enum_rx is not None:
        out = enumerated(text, out, gaz, r, at)
    return out


def _possessive_name(text, s, end, gaz, r: _Rules, persons) -> Candidate | None:
    """A name with a possessive inside ("People's Republic of China", "Queen Anne's County"):
    the phrase the word pattern cut at "'s", read on past it; only a name longer than the cut
    counts ("China's" stays "China")."""
    nxt = _PHRASE.match(text, end + 3)
    if nxt is None:
        return None
    words = (text[s : end + 2] + " " + nxt.group()).split(" ")
    cand = _name_phrase(text, s, words, gaz, r, persons)
    return cand if cand is not None and cand.end > end + 2 else None


def _school_years(text: str, c: Candidate, r: _Rules) -> bool:
    """Whether a bare school level after a time word names years of someone's life ("Semasa
    SMP Karni bersekolah", "Menginjak SMA Dika sudah"): the capitalized word after it is the
    subject, not a school's name. A numbered school is a school ("sejak SMA 3 Bandung")."""
    prev, _ = _prev_word(text, c.start)
    return prev.lower() in r.period_words and not any(ch.isdigit() for ch in c.text)


def _after_name(text: str, s: int, context: frozenset[str]) -> bool:
    """Whether a capitalized word that is no cue ("Di") comes right before ``s`` ("Angkatan
    Laut", "Timur Laut": the cue ends a name there, it does not open one)."""
    prev, _ = _prev_word(text, s)
    return prev[:1].isupper() and prev not in context and prev.lower() not in context


_BEFORE_COMMA = re.compile(r"(?<![\w'’\-])([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2}) ?, $")
_LOCATED_FEATURES = frozenset({"country", "admin1", "admin2", "city"})


def _located(text: str, cands: list[Candidate], gaz: Gazetteer, r: _Rules) -> list[Candidate]:
    """Add unknown names placed by a known place after a comma ("di Ketabang , Surabaya")."""
    out: list[Candidate] = []
    prev_end = 0
    for c in cands:
        lo = max(prev_end, c.start - 60)
        # Both patterns end with a comma before the place (", " at the window's end, or before
        # a final newline, as ``$`` reads it): most places have none, and are passed at once.
        if (
            text.endswith((", ", ", \n"), lo, c.start)
            and c.places
            and any(gaz.places[i].feature in _LOCATED_FEATURES for i in c.places)
        ):
            window = text[lo : c.start]
            m = r.located_rx.search(window)
            if m is not None:
                name = m.group(1)
                if not any(w in r.stops or w in r.cues for w in name.split(" ")):
                    s = lo + m.start(1)
                    known = _lookup(gaz, name, r.langs) or []
                    out.append(Candidate(s, s + len(name), name, list(known)))
            else:
                # "kelahiran Kebumen , Jawa Tengah": a known name placed by a known place is a
                # place even without a locative (or when a common-word filter held it back).
                m = _BEFORE_COMMA.search(window)
                known = _lookup(gaz, m.group(1), r.langs) if m is not None else None
                if known:
                    s = lo + m.start(1)
                    out.append(Candidate(s, s + len(m.group(1)), m.group(1), list(known)))
        out.append(c)
        prev_end = c.end
    return out


def _starts_major(gaz: Gazetteer, words: list[str], r: _Rules) -> bool:
    for j in range(min(3, len(words)), 0, -1):
        if _name_flags(gaz, r, " ".join(words[:j])) & _ANY_MAJOR:
            return True
    return False


def _inside_name(
    text: str, s: int, gaz: Gazetteer, r: _Rules, before: tuple[str, bool] | None = None
) -> bool:
    """Whether the capitalized words right before ``s`` make it the tail of an organisation
    name ("Liga Super Indonesia", "Departemen Sosial RI", "Persib Bandung").

    A title or cue among them ("Menteri Pertahanan Turki", "Bupati Sleman") or a place name
    ("Padang Pariaman Sumbar") keeps the place; one sentence-initial word proves nothing.
    ``before``: :func:`~.words._prev_word` at ``s``, when the caller has read it.
    """
    if before is None:
        before = _prev_word(text, s)
    run: list[str] = []
    pos = s
    initial = False
    while len(run) < 4:
        word, initial = before if pos == s else _prev_word(text, pos)
        if not word[:1].isupper():
            break
        run.append(word)
        pos = text.rindex(word, 0, pos)
        if initial:
            break
    if not run or (len(run) == 1 and initial):
        return False
    # (A place name that is also a common word proves nothing: "Real Madrid".)
    context = r.context
    return not any(
        w in context or w.lower() in context or (w in gaz.names and w not in r.common) for w in run
    )


def _plausible(text, s, end, name, gaz, r: _Rules, persons=None, nxt=None) -> bool:
    """Whether a match of a minor place (town, district) reads as a place here.

    A capitalized word right before it ("Pink Floyd", "Nyi Ageng Serang") or right after it
    ("Manchester City") makes it part of a person or organisation name, unless that word is a
    title or cue ("Bupati Sleman"). In a language with a home country, a small foreign town
    needs a cue ("di Erwin"), since its name is far more often a person's. ``name``: the
    gazetteer name matched (its readings are read from :func:`_name_flags`); ``nxt``: the
    word after it, when the caller has read it (else matched here).
    """
    context = r.context
    # "US$ 460 million", "Ohio State University", "United States Department of Agriculture".
    if text.startswith("$", end):
        return False
    # (:func:`~.words._next_word` and :func:`~.words._name_flags` of a name met before,
    # inlined: this runs for most matches.)
    if nxt is None:
        m = _ONE_WORD.match(text, end + 1) if text.startswith(" ", end) else None
        nxt = m.group() if m else ""
    if nxt and nxt in r.org_heads:
        return False
    flags = r.readings.get(name)
    if flags is None:
        flags = _name_flags(gaz, r, name)
    # Countries stay places inside names ("Liga Primer Inggris", "Tentara AS", "U.S. Army"),
    # except the home country, which ends the names of its own bodies ("Bank Indonesia",
    # "Garuda Indonesia", "DPR RI"); a title before it still makes it a place ("Presiden RI").
    if flags & _COUNTRY:
        return not (flags & _HOME and _inside_name(text, s, gaz, r))
    before = _prev_word(text, s)  # (read once: for the name before it, then the cue)
    # (Only a capitalized word before it can make it a name's tail: the call is skipped.)
    if before[0][:1].isupper() and _inside_name(text, s, gaz, r, before):
        if persons is not None:
            persons.add(text[s:end])
        return False
    # A capitalized word after it makes it the head of a name ("Manchester City"), unless it
    # is a title ("Queensland Premier", "New York Governor") or a date ("Moscow October 7").
    if (
        nxt[:1].isupper()
        and nxt not in r.directions
        and nxt not in r.titles_after
        and nxt not in r.calendar_words
        and not _name_flags(gaz, r, nxt) & _ANY_MAJOR
    ):
        return False
    # Major unless a minor reading is bigger (see :func:`_reading_flags`).
    if flags & _MAJOR_WINS:
        return True
    prev, initial = before
    # "kata Darsono", "Sipayung mengatakan": a speaker, whatever village bears the name.
    if prev in r.person_before or nxt in r.person_after:
        return False
    if prev.lower() in context or prev in context:
        return True
    if prev[:1].isupper() and not initial:
        return False
    return bool(flags & _KNOWN)


def _name_phrase(text, s, words, gaz, r: _Rules, persons=None) -> Candidate | None:
    """The longest gazetteer name starting at ``s``, extended by a direction suffix."""
    w0 = words[0]
    names = gaz.names
    # Names opening with ``w0`` have at most this many words (one: ``w0`` alone, or dotted).
    top = gaz.max_words.get(w0, 0) or int(w0 in names or w0 + "." in names)
    if top > len(words):
        top = len(words)
    # Most phrases open no name of two words or more ("The Hague" opens with "The", as do most
    # sentences): one look-up of the first two words skips the longer prefixes.
    if top > 1 and w0 + " " + words[1] not in _pairs(gaz):
        top = 1
    context = r.context
    blocked = r.blocked
    for k in range(top, 0, -1):
        name = " ".join(words[:k]) if k > 1 else w0
        end = s + len(name)
        # :func:`~.words._find`, inlined (the hot loop); the list is made for the winner only.
        found = names.get(name)
        if found is not None and name in blocked:
            found = None
        if found is None and text.startswith(".", end):
            found = names.get(name + ".")
            if found is not None and name + "." in blocked:
                found = None
            if found is not None:
                name, end = name + ".", end + 1
        if found is None:
            continue
        # Every language's common words: foreign names in a text are often English words.
        if name in r.common:
            prev, _ = _prev_word(text, s)
            if prev.lower() not in context and prev not in context:
                continue
            # Even after a cue, a common word heading a capitalized name is that name's first
            # word ("dari Real Madrid").
            if _next_word(text, end)[:1].isupper():
                continue
        # The word after the name, as the phrase split it (a dotted name ends the phrase; read
        # again after a spaced hyphen or the word cut at a possessive, see
        # :func:`_possessive_name`).
        nxt = words[k] if k < len(words) else None
        if nxt is not None and (nxt == "-" or nxt.endswith(("'s", "’s"))):
            nxt = None
        if not _plausible(text, s, end, name, gaz, r, persons, nxt):
            return None
        places = list(found) if isinstance(found, tuple) else [found]
        # "Jakarta Timur", "Minahasa Selatan": a direction word continues the name.
        if k < len(words) and words[k] in r.directions:
            ext = name + " " + words[k]
            more = _find(gaz, r, ext)
            return Candidate(s, s + len(ext), ext, list(more or places), alias=ext in r.aliases)
        return Candidate(s, end, name, places, alias=name in r.aliases)
    return None
