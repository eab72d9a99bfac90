"""ISO 8601 durations of TIMEX3 (``P44D``, ``PT1H30M``, ``PXDE``) from an amount and a unit.

Examples
--------
>>> duration_value(44, "day"), duration_value("X", "year")
('P44D', 'PXY')
"""

from __future__ import annotations

_DUR_CODE = {
    "year": ("Y", 1, False),
    "month": ("M", 1, False),
    "week": ("W", 1, False),
    "day": ("D", 1, False),
    "hour": ("H", 1, True),
    "minute": ("M", 1, True),
    "second": ("S", 1, True),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
    "fortnight": ("W", 2, False),
    "quarter": ("M", 3, False),  # ISO 8601 has no quarter unit: P3M (TimeBank: "P9M")
    "half": ("M", 6, False),
    "weekend": ("D", 2, False),
    "windu": ("Y", 8, False),
}
_DUR_VAGUE = {"decade": "DE", "century": "CE", "half": "M", "fortnight": "W", "windu": "Y"}


def duration_value(n: float | str, unit: str) -> str:
    """Return the ISO 8601 duration of ``n`` ``unit`` (``"X"`` when vague).

    Examples
    --------
    >>> duration_value(30, "year"), duration_value(2, "hour"), duration_value("X", "decade")
    ('P30Y', 'PT2H', 'PXDE')
    >>> duration_value(1.5, "hour")
    'PT1H30M'
    """
    code, factor, is_time = _DUR_CODE.get(unit, ("D", 1, False))
    prefix = "PT" if is_time else "P"
    if n == "X":
        return prefix + "X" + _DUR_VAGUE.get(unit, code)
    amount = float(n) * factor
    if amount != int(amount):
        # Halves: express in the next smaller unit ("1.5 hours" → PT1H30M).
        whole = int(amount)
        smaller = {"H": ("M", 60), "Y": ("M", 12), "D": ("H", 24), "M": ("D", 30), "W": ("D", 7)}
        if is_time:
            smaller["M"] = ("S", 60)  # "a minute and a half" is PT1M30S
            if code == "S":
                return f"PT{amount:g}S"  # no smaller unit: a decimal fraction
        sub, mult = smaller.get(code, (code, 1))
        rest = round((amount - whole) * mult)
        if code == "M" and not is_time:  # months → days lives outside the time part
            return f"P{whole}M{rest}D" if whole else f"P{rest}D"
        if code in ("D",) and not is_time:
            # ("2,9 hari": 2 days 21 hours 36 minutes)
            hours, minutes = divmod(round((amount - whole) * 1440), 60)
            time = f"T{hours}H" + (f"{minutes}M" if minutes else "")
            return f"P{whole}D{time}" if whole else f"P{time}"
        return f"{prefix}{whole}{code}{rest}{sub}" if whole else f"{prefix}{rest}{sub}"
    return f"{prefix}{int(amount)}{code}"


def _join_durations(first: str, second: str) -> str:
    """One TIMEX3 duration of two parts: "PT1M" and "PT31.261S" make "PT1M31.261S"; "P3D" and
    "PT2H" make "P3DT2H".

    Examples
    --------
    >>> _join_durations("PT1M", "PT31.261S"), _join_durations("P3D", "PT2H")
    ('PT1M31.261S', 'P3DT2H')
    """
    if first.startswith("PT") or "T" not in second:
        return first + second[2:] if second.startswith("PT") else first + second[1:]
    return first + second[1:]
