"""Build ``src/conflictlens/_data/feasts.json``: the Gregorian dates of lunar feasts.

Feasts of the Islamic and Chinese calendars move through the Gregorian year, so no fixed
month and day can name them ("Lebaran", "Idul Fitri", "Ramadhan", "Imlek", "Eid al-Adha").
This table lists, for every Gregorian year it covers, the day of each feast and the first and
last day of each month-long period; ``temporal.normalize`` picks the one nearest the reference
date, as it does for Easter (which it computes).

Sources (read at build time only; nothing is downloaded when the library runs):

- Islamic dates: the Umm al-Qura calendar as published by ``hijridate`` 2.6 (PyPI, MIT licence;
  Hijri years 1343-1500, 1924-2077 CE). Indonesia's government (sidang isbat) sets the feasts by
  sighting; they agree with Umm al-Qura or fall one day later.
- Chinese New Year (Imlek): ``lunardate`` 0.3 (PyPI, GPL-3.0 for the code; the table it carries
  is the Hong Kong Observatory's lunar calendar, 1900-2099). Only the resulting dates are stored.

    pip install hijridate==2.6.0 lunardate==0.3.0
    python scripts/build_feasts.py
    python scripts/update_manifest.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "conflictlens" / "_data" / "feasts.json"

# feast key -> (Hijri month, day)
ISLAMIC_DAYS = {
    "islamic_new_year": (1, 1),  # 1 Muharram
    "maulid": (3, 12),  # 12 Rabiul Awal
    "isra_miraj": (7, 27),  # 27 Rajab
    "idul_fitri": (10, 1),  # 1 Syawal
    "idul_adha": (12, 10),  # 10 Zulhijah
}
# period key -> Hijri month (the whole month)
ISLAMIC_MONTHS = {"ramadan": 9}
FIRST_HIJRI, LAST_HIJRI = 1343, 1500


def build() -> dict:
    from hijridate import Hijri
    from lunardate import LunarDate

    days: dict[str, list[str]] = {key: [] for key in (*ISLAMIC_DAYS, "imlek")}
    periods: dict[str, list[list[str]]] = {key: [] for key in ISLAMIC_MONTHS}
    for year in range(FIRST_HIJRI, LAST_HIJRI + 1):
        for key, (month, day) in ISLAMIC_DAYS.items():
            days[key].append(Hijri(year, month, day).to_gregorian().isoformat())
        for key, month in ISLAMIC_MONTHS.items():
            first = Hijri(year, month, 1)
            last = Hijri(year, month, first.month_length())
            periods[key].append([first.to_gregorian().isoformat(), last.to_gregorian().isoformat()])
    for year in range(1900, 2100):
        days["imlek"].append(LunarDate(year, 1, 1).to_solar_date().isoformat())
    return {
        "_source": (
            "Islamic feasts: Umm al-Qura calendar via hijridate 2.6 (MIT), Hijri 1343-1500; "
            "Chinese New Year: lunardate 0.3 (Hong Kong Observatory table), 1900-2099. "
            "Built by scripts/build_feasts.py."
        ),
        # Islamic lists run one entry per Hijri year from this one ("Idul Adha 1437 H")
        "hijri_first": FIRST_HIJRI,
        "hijri_keys": sorted((*ISLAMIC_DAYS, *ISLAMIC_MONTHS)),
        "days": {key: sorted(v) for key, v in days.items()},
        "periods": {key: sorted(v) for key, v in periods.items()},
    }


def main() -> None:
    table = build()
    OUT.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    n = sum(len(v) for v in table["days"].values()) + sum(len(v) for v in table["periods"].values())
    print(f"{OUT.relative_to(ROOT)}: {n} dates")


if __name__ == "__main__":
    main()
