"""TempEval-3-style scoring of ``dates[]`` against gold TIMEX3 annotations.

A predicted span overlapping a gold span is a (relaxed) match; strict requires the same span; value
counts matches whose ``value`` string equals the gold value; type counts matching TIMEX3 types.
Predictions at or after ``len(gold["text"])`` are ignored (the gold covers only that part).
"""

from __future__ import annotations

from typing import Any, Sequence

from .common import overlaps, prf


def score(gold_docs: Sequence[dict[str, Any]], records: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    relaxed = strict = value = typed = n_gold = n_pred = 0
    for gold, record in zip(gold_docs, records):
        limit = len(gold["text"])
        preds = [d for d in record["dates"] if d["start"] < limit]
        n_gold += len(gold["timexes"])
        n_pred += len(preds)
        used: set[int] = set()
        for g in gold["timexes"]:
            best = None
            for j, p in enumerate(preds):
                if j in used or not overlaps(g["start"], g["end"], p["start"], p["end"]):
                    continue
                if best is None or (p["start"], p["end"]) == (g["start"], g["end"]):
                    best = j
            if best is None:
                continue
            used.add(best)
            p = preds[best]
            relaxed += 1
            strict += (p["start"], p["end"]) == (g["start"], g["end"])
            value += (p.get("value") or "") == g["value"]
            typed += p.get("type") == g["type"]
    return {
        "relaxed": prf(relaxed, n_pred - relaxed, n_gold - relaxed),
        "strict": prf(strict, n_pred - strict, n_gold - strict),
        "value": prf(value, n_pred - value, n_gold - value),
        "type": prf(typed, n_pred - typed, n_gold - typed),
    }
