"""TempEval-3 style scoring of temporal expressions (UzZaman et al. 2013).

- strict span P/R/F1: a prediction matches a gold TIMEX3 with exactly the same offsets;
- relaxed span P/R/F1: predictions and gold spans that overlap, matched one-to-one (greedy by
  overlap size, in document order);
- value P/R/F1: among the relaxed matches, those with the same normalized value; precision over all
  predictions, recall over all gold.

Usage as a library::

    from timex_score import score
    result = score(gold_docs, predicted_docs)

where both are ``{doc_id: [{"start", "end", "value"}, ...]}``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def relaxed_pairs(gold: Sequence[Mapping], pred: Sequence[Mapping]) -> list[tuple[int, int]]:
    """Match overlapping spans one-to-one, largest overlap first; return (gold, pred) indices."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                cands.append((-ov, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def score(
    gold: Mapping[str, Sequence[Mapping]], pred: Mapping[str, Sequence[Mapping]]
) -> dict[str, dict[str, float]]:
    """Return strict, relaxed and value P/R/F1 over all documents of ``gold``."""
    n_gold = n_pred = strict = relaxed = value = 0
    for doc_id, g in gold.items():
        p = pred.get(doc_id, [])
        n_gold += len(g)
        n_pred += len(p)
        gset = {(x["start"], x["end"]) for x in g}
        strict += sum((x["start"], x["end"]) in gset for x in p)
        pairs = relaxed_pairs(g, p)
        relaxed += len(pairs)
        value += sum(str(g[a].get("value")) == str(p[b].get("value")) for a, b in pairs)
    return {
        "strict": _prf(strict, n_pred, n_gold),
        "relaxed": _prf(relaxed, n_pred, n_gold),
        "value": _prf(value, n_pred, n_gold),
        "counts": {"gold": n_gold, "pred": n_pred},
    }
