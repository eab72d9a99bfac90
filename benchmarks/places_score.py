"""Score place mentions: strict and relaxed span P/R/F1 and acc@161km for resolution.

Strict: exact offsets. Relaxed: overlapping spans, matched one-to-one (greedy, in text order).
acc@161km: share of strictly matched gold places that have gold coordinates whose predicted point
lies within 161 km (100 miles) of the gold point (a prediction without coordinates counts wrong).

Examples
--------
>>> gold = [{"start": 0, "end": 5, "lat": "1.0", "lon": "1.0"}]
>>> pred = [{"start": 0, "end": 5, "lat": 1.5, "lon": 1.0}]
>>> s = Scores(); s.add(gold, pred); round(s.summary()["strict_f1"], 2), s.summary()["acc161"]
(1.0, 1.0)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Accumulates counts over documents."""

    n_gold: int = 0
    n_pred: int = 0
    strict: int = 0
    relaxed: int = 0
    geo_total: int = 0
    geo_ok: int = 0
    errors: list = field(default_factory=list)

    def add(self, gold: list[dict], pred: list[dict], doc_id: str = "") -> None:
        """Add one document's gold and predicted spans (dicts with start/end, lat/lon)."""
        self.n_gold += len(gold)
        self.n_pred += len(pred)
        pmap = {(p["start"], p["end"]): p for p in pred}
        for g in gold:
            p = pmap.get((g["start"], g["end"]))
            if p is None:
                continue
            self.strict += 1
            if g.get("lat") not in (None, "") and g.get("lon") not in (None, ""):
                self.geo_total += 1
                ok = (
                    p.get("lat") is not None
                    and haversine_km(float(g["lat"]), float(g["lon"]), p["lat"], p["lon"]) <= 161
                )
                self.geo_ok += ok
                if not ok:
                    self.errors.append(("geo", doc_id, g, p))
        used: set[int] = set()
        for g in gold:
            for j, p in enumerate(pred):
                if j not in used and p["start"] < g["end"] and g["start"] < p["end"]:
                    used.add(j)
                    self.relaxed += 1
                    break
        gs = {(g["start"], g["end"]) for g in gold}
        for g in gold:
            if (g["start"], g["end"]) not in pmap:
                self.errors.append(("fn", doc_id, g, None))
        for p in pred:
            if (p["start"], p["end"]) not in gs:
                self.errors.append(("fp", doc_id, None, p))

    def summary(self) -> dict[str, float]:
        """Return P/R/F1 (strict, relaxed) and acc@161km."""
        out = {}
        for k in ("strict", "relaxed"):
            tp = getattr(self, k)
            p = tp / self.n_pred if self.n_pred else 0.0
            r = tp / self.n_gold if self.n_gold else 0.0
            out.update({f"{k}_p": p, f"{k}_r": r, f"{k}_f1": _f1(p, r)})
        out["acc161"] = self.geo_ok / self.geo_total if self.geo_total else float("nan")
        out["n_gold"], out["n_pred"] = self.n_gold, self.n_pred
        return out
