"""Build the temporal language packs in ``src/conflictlens/_data/lang/<code>.json``.

Sources, in order (later ones refine earlier ones):

1. dateparser's locale data (``dateparser.data.date_translation_data.<code>.info``): month and
   weekday names, duration units, relative words ("kemarin", "bulan lalu"), "ago" words, date order.
2. CLDR via Babel: month and weekday names (wide and abbreviated), day periods, the decimal
   and grouping marks of numbers.
3. The curated overrides in ``data/lang/<code>.temporal.json`` (relative modifiers, qualifiers,
   number words, time zones, ...), merged last.

Run from the repository root, then update the checksums::

    python scripts/build_lang.py            # default languages: id en
    python scripts/build_lang.py id en fr   # any language with curated overrides
    python scripts/update_manifest.py

``build(code)`` returns the pack as a dict so a test can regenerate and compare (drift test).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CURATED = ROOT / "data" / "lang"
OUT = ROOT / "src" / "conflictlens" / "_data" / "lang"
DEFAULT_LANGS = ("id", "en")

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
UNITS = ("year", "month", "week", "day", "hour", "minute", "second", "decade", "century")
# dateparser's relative-type keys look like "1 day ago" / "in 2 week" / "0 second ago".
_PERIOD_CODES = {"morning1": "MO", "afternoon1": "AF", "evening1": "EV", "night1": "NI"}


def _norm(word: str) -> str:
    return " ".join(word.lower().replace("\u2019", "'").split())


def _dateparser_info(code: str) -> dict:
    mod = importlib.import_module(f"dateparser.data.date_translation_data.{code}")
    return mod.info


def _babel(code: str) -> dict:
    from babel import Locale, numbers

    loc = Locale.parse(code)
    out: dict = {"months": {}, "month_abbr": {}, "weekdays": {}, "weekday_abbr": {}, "periods": {}}
    # "5,5 tahun" / "1.5 hours": which mark is the decimal one, which groups thousands
    out["decimal_sep"] = numbers.get_decimal_symbol(code)
    out["group_sep"] = numbers.get_group_symbol(code)
    for ctx in ("format", "stand-alone"):
        for i, name in loc.months[ctx]["wide"].items():
            out["months"][_norm(name)] = i
        for i, name in loc.months[ctx]["abbreviated"].items():
            out["month_abbr"][_norm(name).rstrip(".")] = i
        for i, name in loc.days[ctx]["wide"].items():
            out["weekdays"][_norm(name)] = i  # Babel: 0 = Monday
        for i, name in loc.days[ctx]["abbreviated"].items():
            out["weekday_abbr"][_norm(name).rstrip(".")] = i
    for key, code_ in _PERIOD_CODES.items():
        for ctx in ("format", "stand-alone"):
            name = loc.day_periods.get(ctx, {}).get("wide", {}).get(key)
            if name:
                out["periods"][_norm(name)] = code_
    return out


def _relative(info: dict) -> tuple[dict, dict, list]:
    """Split dateparser's relative-type table into offsets, durations and "now" words."""
    offsets: dict[str, list] = {}
    durations: dict[str, list] = {}
    now: list[str] = []
    for key, phrases in info.get("relative-type", {}).items():
        parts = key.split()
        if key == "0 second ago":
            now += [_norm(p) for p in phrases]
            continue
        if len(parts) == 3 and parts[0] == "in" and parts[1].isdigit() and parts[2] in UNITS:
            n, unit = int(parts[1]), parts[2]
        elif len(parts) == 3 and parts[2] == "ago" and parts[0].isdigit() and parts[1] in UNITS:
            n, unit = -int(parts[0]), parts[1]
        elif len(parts) == 2 and parts[0].isdigit() and parts[1] in UNITS:
            for p in phrases:
                durations[_norm(p)] = [unit_ for unit_ in [parts[1]]] + [int(parts[0])]
            continue
        else:
            continue
        for p in phrases:
            offsets[_norm(p)] = [unit, n]
    return offsets, durations, now


def build(code: str) -> dict:
    """Return the language pack for ``code`` (dateparser + CLDR + curated overrides)."""
    info = _dateparser_info(code)
    cldr = _babel(code)
    curated = json.loads((CURATED / f"{code}.temporal.json").read_text(encoding="utf-8"))
    curated.pop("_comment", None)

    months = dict(cldr["months"])
    month_abbr = dict(cldr["month_abbr"])
    for i, key in enumerate(MONTHS, start=1):
        for name in info.get(key, []):
            name = _norm(name)
            if name in months or len(name) < 3:
                continue
            # Short forms are abbreviations: they only count next to a number or with a dot.
            (month_abbr if len(name) <= 4 and name != key else months)[name] = i
    weekdays = dict(cldr["weekdays"])
    weekday_abbr = dict(cldr["weekday_abbr"])
    for i, key in enumerate(WEEKDAYS):
        for name in info.get(key, []):
            name = _norm(name)
            if len(name) >= 4 and name not in weekday_abbr:
                weekdays.setdefault(name, i)
            elif len(name) >= 3:
                weekday_abbr.setdefault(name, i)
    for name in months:
        month_abbr.pop(name, None)
    for name in weekdays:
        weekday_abbr.pop(name, None)

    units: dict[str, str] = {}
    for unit in UNITS:
        for name in info.get(unit, []):
            name = _norm(name)
            if len(name) >= 3 and name not in ("min", "sec"):
                units[name] = unit
    units.update(curated.pop("units_extra", {}))

    offsets, durations, now = _relative(info)
    # Phrases made only of a relative word and a unit ("bulan lalu", "this century") are composed
    # by the grammar from the curated modifiers; dateparser's table has errors there.
    composable = set(units) | set(curated.get("rel_before", {})) | set(curated.get("rel_after", {}))
    for phrase in list(offsets):
        if set(phrase.split()) <= composable or phrase in curated.get("relative_exclude", []):
            del offsets[phrase]
    curated.pop("relative_exclude", None)
    offsets.update(curated.pop("relative_extra", {}))
    am = sorted({_norm(w) for w in info.get("am", [])} | set(curated.pop("am", [])))
    pm = sorted({_norm(w) for w in info.get("pm", [])} | set(curated.pop("pm", [])))
    periods = dict(cldr["periods"])
    periods.update(curated.pop("day_parts", {}))
    refs = {w: "PRESENT_REF" for w in now if " " in w or len(w) > 3}
    refs.update(curated.pop("refs", {}))
    for word in curated.pop("refs_exclude", []):
        refs.pop(word, None)  # "baru saja" ("has just"): an aspect, no time of its own
    ago = sorted(
        ({_norm(w) for w in info.get("ago", [])} | set(curated.pop("ago", [])))
        - set(curated.pop("ago_exclude", []))
    )

    pack = {
        "code": code,
        "date_order": curated.pop("date_order", info.get("date_order", "DMY")),
        "months": dict(sorted(months.items())),
        "month_abbr": dict(sorted(month_abbr.items())),
        "weekdays": dict(sorted(weekdays.items())),
        "weekday_abbr": dict(sorted(weekday_abbr.items())),
        "units": dict(sorted(units.items())),
        "relative": dict(sorted(offsets.items())),
        "duration_words": dict(sorted(durations.items())),
        "refs": dict(sorted(refs.items())),
        "day_parts": dict(sorted(periods.items())),
        "ago": ago,
        "decimal_sep": cldr["decimal_sep"],
        "group_sep": cldr["group_sep"],
        "am": am,
        "pm": pm,
        "sources": ["dateparser date_translation_data", "CLDR via Babel", f"data/lang/{code}"],
    }
    for key, value in curated.items():
        if isinstance(value, dict) and isinstance(pack.get(key), dict):
            pack[key] = {**pack[key], **value}  # curated entries extend the generated ones
        else:
            pack[key] = value
    return pack


def dumps(pack: dict) -> str:
    """Serialize a pack the way it is stored (stable, compact, one key a line)."""
    lines = [json.dumps(k) + ": " + json.dumps(v, ensure_ascii=False) for k, v in pack.items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: list[str]) -> None:
    codes = argv or list(DEFAULT_LANGS)
    OUT.mkdir(parents=True, exist_ok=True)
    for code in codes:
        path = OUT / f"{code}.json"
        path.write_text(dumps(build(code)), encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
