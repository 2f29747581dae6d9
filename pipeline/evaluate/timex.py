"""TempEval-3-style scoring of ``dates[]`` against gold TIMEX3 annotations.

Each gold expression is matched to at most one prediction, and each prediction to at most one gold
expression: among the unused predictions overlapping it, one with exactly its span if there is one, else the
first. Then, as in TempEval-3 (UzZaman et al. 2013):

- ``relaxed``: a match counts (spans overlap); ``strict``: the spans are identical;
- ``value``: a match whose ``value`` string equals the gold value (the headline number: HeidelTime reached
  value F1 77.6 on TempEval-3 news); ``type``: a match with the gold TIMEX3 type;
- ``value DATE`` ... ``value SET``: the value score restricted to gold expressions of one type (a prediction
  that matches nothing counts against the type it was given).

Predictions at or after ``len(gold["text"])`` are ignored (the gold covers only that part).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

from .common import overlaps, prf

TYPES = ("DATE", "TIME", "DURATION", "SET")


def match(gold: Sequence[dict[str, Any]], preds: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs ``(gold index, prediction index)``: one prediction per gold expression, exact spans first."""
    used: set[int] = set()
    pairs = []
    for i, g in enumerate(gold):
        best = None
        for j, p in enumerate(preds):
            if j in used or not overlaps(g["start"], g["end"], p["start"], p["end"]):
                continue
            if (p["start"], p["end"]) == (g["start"], g["end"]):
                best = j
                break
            if best is None:
                best = j
        if best is not None:
            used.add(best)
            pairs.append((i, best))
    return pairs


def score(gold_docs: Sequence[dict[str, Any]], records: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Score the ``dates`` of each record against the ``timexes`` of its gold document."""
    count: Counter[str] = Counter()
    for gold, record in zip(gold_docs, records, strict=True):
        limit = len(gold["text"])
        preds = [d for d in record["dates"] if d["start"] < limit]
        timexes = gold["timexes"]
        count["gold"] += len(timexes)
        count["pred"] += len(preds)
        for t in timexes:
            count[f"gold {t['type']}"] += 1
        matched = set()
        for i, j in match(timexes, preds):
            g, p = timexes[i], preds[j]
            matched.add(j)
            count["relaxed"] += 1
            count["strict"] += (p["start"], p["end"]) == (g["start"], g["end"])
            ok = (p.get("value") or "") == g["value"]
            count["value"] += ok
            count[f"value {g['type']}"] += ok
            count[f"matched {g['type']}"] += 1
            count["type"] += p.get("type") == g["type"]
        for j, p in enumerate(preds):
            if j not in matched:
                count[f"spurious {p.get('type')}"] += 1
    out = {name: prf(count[name], count["pred"] - count[name], count["gold"] - count[name])
           for name in ("relaxed", "strict", "value", "type")}
    for kind in TYPES:
        tp = count[f"value {kind}"]
        fp = count[f"matched {kind}"] - tp + count[f"spurious {kind}"]
        out[f"value {kind}"] = prf(tp, fp, count[f"gold {kind}"] - tp)
    return out
