"""Per-language quantity knowledge, loaded from ``conflictlens/lang/quantities_<code>.json``.

Phrases are stored lower-cased as token keys (see :func:`key_of`), so the scanner matches them
token by token without building regular expressions per phrase. Month names come from
dateparser's maintained locale data rather than being retyped.

Examples
--------
>>> lex = lexicon("id")
>>> lex.vague["puluhan"]
(20.0, 99.0, False)
>>> lex.qualifiers_before["lebih dari"]
'MORE_THAN'
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache

from ... import resources as _res

#: Languages with quantity data; others fall back to English.
FALLBACK = "en"
#: Longest phrase (in tokens) looked up in any table.
MAX_PHRASE = 5
#: Categories whose evidence is an event verb (they override a neutral counted noun).
EVENT_CATEGORIES = ("casualties", "injured", "displaced", "detained", "missing")


@dataclass(slots=True)
class Lexicon:
    """Quantity knowledge of one language, as lookup tables of token keys."""

    code: str
    decimal: str
    group: str
    atoms: dict[str, float]
    multipliers: dict[str, float]
    teen: dict[str, float]
    expansions: dict[str, list[str]]
    scales: dict[str, float]
    attached_scales: frozenset[str]
    word_joiners: frozenset[str]
    single_needs_unit: frozenset[str]
    article_atoms: frozenset[str]
    event_articles: dict[str, bool]
    article_units: frozenset[str]
    aside_markers: frozenset[str]
    head_first: bool
    measure_units: frozenset[str]
    money_only_scales: frozenset[str]
    denominators: dict[str, float]
    measures: dict[str, str]
    fraction_words: dict[str, float]
    fraction_suffixes: dict[str, float]
    fraction_heads: frozenset[str]
    share_determiners: frozenset[str]
    standalone_shares: dict[str, float]
    share_not_after: frozenset[str]
    adverb_shares: frozenset[str]
    negative_before: frozenset[str]
    collective_prefixes: frozenset[str]
    singular_denominators: frozenset[str]
    vague: dict[str, tuple[float, float | None, bool]]
    vague_connectors: frozenset[str]
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    range_starts: frozenset[str]
    range_joiners: dict[str, bool]
    range_after_start: frozenset[str]
    percent: dict[str, str]
    currency_before: dict[str, str]
    currency_after: dict[str, str]
    time_units: frozenset[str]
    not_count_before: frozenset[str]
    not_count_after: frozenset[str]
    months: frozenset[str]
    unit_stop: frozenset[str]
    unit_joiners: frozenset[str]
    unit_of: frozenset[str]
    verb_prefixes: tuple[str, ...]
    verb_suffixes: tuple[str, ...]
    clause_joiners: frozenset[str]
    relative_markers: frozenset[str]
    one_not_after: frozenset[str]
    nouns: dict[str, str]
    predicates: dict[str, str]


def key_of(phrase: str) -> str:
    """Return the matching key of a phrase: lower case, single spaces.

    Examples
    --------
    >>> key_of("Dolar  AS")
    'dolar as'
    """
    return " ".join(phrase.lower().split())


def _months(code: str) -> frozenset[str]:
    # Month names and abbreviations from dateparser's CLDR-derived locale data.
    try:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{code}").info
    except (ImportError, AttributeError):
        return frozenset()
    names = ("january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december")  # fmt: skip
    return frozenset(
        w.lower() for n in names for w in info.get(n, []) if len(w) >= 3 and w.isalpha()
    )


def _raw(code: str) -> dict | None:
    if not _res.data_path(f"../lang/quantities_{code}.json").is_file():
        return None  # no curated data for this language: the caller falls back
    return _res.load_lang_json(f"quantities_{code}.json")  # checksum verified


def _keys(values) -> frozenset[str]:
    return frozenset(key_of(v) for v in values)


@cache
def lexicon(code: str | None) -> Lexicon:
    """Return the (cached) quantity lexicon of language ``code`` (English when unknown)."""
    raw = _raw(code) if code else None
    if raw is None:
        code, raw = FALLBACK, _raw(FALLBACK)
    nouns: dict[str, str] = {}
    predicates: dict[str, str] = {}
    for category, words in raw["categories"].items():
        for w in words.get("nouns", []):
            nouns.setdefault(key_of(w), category)
        for w in words.get("predicates", []):
            predicates.setdefault(key_of(w), category)
    for w in raw.get("count_nouns", []):
        nouns.setdefault(key_of(w), "")
    vague = {}
    for k, v in raw["vague"].items():
        high = None if v[1] is None else float(v[1])
        vague[key_of(k)] = (float(v[0]), high, len(v) > 2 and v[2] == "needs_scale")
    return Lexicon(
        code=code,
        decimal=raw["decimal"],
        group=raw["group"],
        atoms={key_of(k): float(v) for k, v in raw["atoms"].items()},
        multipliers={key_of(k): float(v) for k, v in raw["multipliers"].items()},
        teen={key_of(k): float(v) for k, v in raw["teen"].items()},
        expansions={key_of(k): v.split() for k, v in raw["expansions"].items()},
        scales={key_of(k): float(v) for k, v in raw["scales"].items()},
        attached_scales=_keys(raw["attached_scales"]),
        word_joiners=_keys(raw["word_joiners"]),
        single_needs_unit=_keys(raw["single_needs_unit"]),
        article_atoms=_keys(raw.get("article_atoms", [])),
        event_articles={key_of(k): bool(v) for k, v in raw.get("event_articles", {}).items()},
        article_units=_keys(raw.get("article_units", [])),
        aside_markers=_keys(raw.get("aside_markers", [])),
        head_first=raw.get("noun_head", "last") == "first",
        measure_units=_keys(raw.get("measure_units", [])),
        money_only_scales=_keys(raw.get("money_only_scales", [])),
        denominators={key_of(k): float(v) for k, v in raw.get("denominators", {}).items()},
        measures={
            key_of(w): category for category, ws in raw.get("measures", {}).items() for w in ws
        },
        fraction_words={key_of(k): float(v) for k, v in raw.get("fraction_words", {}).items()},
        fraction_heads=frozenset(
            [key_of(k).split()[0] for k in raw.get("fraction_words", {})]
            + [key_of(k) for k in raw.get("standalone_shares", {})]
        ),
        share_determiners=_keys(raw.get("share_determiners", [])),
        standalone_shares={
            key_of(k): float(v) for k, v in raw.get("standalone_shares", {}).items()
        },
        adverb_shares=_keys(raw.get("adverb_shares", [])),
        share_not_after=_keys(raw.get("share_not_after", [])),
        negative_before=_keys(raw.get("negative_before", [])),
        collective_prefixes=_keys(raw.get("collective_prefixes", [])),
        singular_denominators=_keys(raw.get("singular_denominators", [])),
        fraction_suffixes={
            key_of(k): float(v) for k, v in raw.get("fraction_suffixes", {}).items()
        },
        vague=vague,
        vague_connectors=_keys(raw["vague_connectors"]),
        qualifiers_before={key_of(k): v for k, v in raw["qualifiers_before"].items()},
        qualifiers_after={key_of(k): v for k, v in raw["qualifiers_after"].items()},
        range_starts=_keys(raw["range_starts"]),
        # True when the joiner is only valid after a range start ("antara 10 dan 15").
        range_joiners={
            **{key_of(k): True for k in raw["range_after_start"]},
            **{key_of(k): False for k in raw["range_joiners"]},
        },
        range_after_start=_keys(raw["range_after_start"]),
        percent={key_of(k): k for k in raw["percent"]},
        currency_before={key_of(k): v for k, v in raw["currency_before"].items()},
        currency_after={key_of(k): v for k, v in raw["currency_after"].items()},
        time_units=_keys(raw["time_units"]),
        not_count_before=_keys(raw["not_count_before"]),
        not_count_after=_keys(raw["not_count_after"]),
        months=_months(code),
        unit_stop=_keys(raw["unit_stop"]),
        unit_joiners=_keys(raw["unit_joiners"]),
        unit_of=_keys(raw["unit_of"]),
        verb_prefixes=tuple(raw.get("verb_prefixes", [])),
        verb_suffixes=tuple(raw.get("verb_suffixes", [])),
        clause_joiners=_keys(raw.get("clause_joiners", [])),
        relative_markers=_keys(raw.get("relative_markers", [])),
        one_not_after=_keys(raw.get("one_not_after", [])),
        nouns=nouns,
        predicates=predicates,
    )
