"""Scoring dated events against event–date anchors (TimeML TLINKs from an event to a DATE/TIME timex).

The gold file (``tests/data/meantime.anchors.jsonl``, format in ``tests/data/README.md``) lists, per
article, every event word and every anchor: an event the text places within, at or over a DATE/TIME
expression. A predicted event matches an anchor when its trigger overlaps the gold event word and its date
span overlaps the gold timex. The measures are those of ``../shared/tools/score_anchors.py``:

- ``anchors``: recall = gold anchors matched by some predicted event; precision = predicted events whose
  trigger is an anchored gold event and whose date is one of that event's anchor timexes (events on words
  the gold does not anchor are not counted either way);
- ``timexes``: gold anchor timexes for which some predicted event in the gold event's sentence is dated by
  that timex (the happening was found, whatever the trigger);
- ``value``: matched anchors whose predicted ``date`` equals the gold timex value (a rate, in ``p``/``r``/
  ``f1`` alike);
- ``types``: the share of predicted events typed ``other`` and the number whose trigger is a light or
  auxiliary verb (be, have, do, make, take, get), both of which should be low.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from .common import overlaps, prf

ANCHOR_TIMEX_TYPES = frozenset({"DATE", "TIME"})
LIGHT_TRIGGERS = frozenset({"be", "have", "do", "make", "take", "get"})


def load_anchors(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read an anchors file into ``{doc_id: {"events": [...], "anchors": [...]}}``."""
    with open(path, encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle if line.strip()]
    return {str(doc["doc_id"]): doc for doc in docs}


def _dated(event: dict[str, Any]) -> bool:
    return isinstance(event.get("trigger_start"), int) and event.get("date_start") is not None


def score(gold_docs: Sequence[dict[str, Any]], records: Sequence[dict[str, Any]], *,
          anchors: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Score the records' ``events`` against the anchors of the same ``doc_id``s (others are skipped)."""
    hit = missed = pred_hit = pred_miss = timex_hit = timex_total = value_ok = 0
    types: Counter[str] = Counter()
    light = 0
    for gold, record in zip(gold_docs, records, strict=True):
        truth = anchors.get(str(gold["doc_id"]))
        if truth is None:
            continue
        limit = len(gold["text"])
        events = [e for e in record.get("events", []) if e.get("start", 0) < limit]
        for event in events:
            types[event.get("type") or "other"] += 1
            light += (event.get("trigger_lemma") or event.get("trigger") or "").lower() in LIGHT_TRIGGERS
        dated = [e for e in events if _dated(e)]
        gold_anchors = [a for a in truth["anchors"] if a["type"] in ANCHOR_TIMEX_TYPES]
        for a in gold_anchors:
            found = [e for e in dated
                     if overlaps(e["trigger_start"], e["trigger_end"], a["event_start"], a["event_end"])
                     and overlaps(e["date_start"], e["date_end"], a["timex_start"], a["timex_end"])]
            if found:
                hit += 1
                value_ok += found[0].get("date") == a["value"]
            else:
                missed += 1
        seen = set()
        for a in gold_anchors:
            sentence = [e for e in dated if e["start"] <= a["event_start"] < e["end"]]
            key = (a["timex_start"], tuple(sorted(e["start"] for e in sentence)))
            if key in seen:
                continue
            seen.add(key)
            timex_total += 1
            timex_hit += any(overlaps(e["date_start"], e["date_end"], a["timex_start"], a["timex_end"])
                             for e in sentence)
        by_event: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for a in gold_anchors:
            by_event.setdefault((a["event_start"], a["event_end"]), []).append(a)
        gold_events = [(e["start"], e["end"]) for e in truth["events"]]
        for e in dated:
            on = [span for span in gold_events if overlaps(e["trigger_start"], e["trigger_end"], *span)]
            candidates = [a for span in on for a in by_event.get(span, [])]
            if not candidates:
                continue
            if any(overlaps(e["date_start"], e["date_end"], a["timex_start"], a["timex_end"]) for a in candidates):
                pred_hit += 1
            else:
                pred_miss += 1
    p = pred_hit / (pred_hit + pred_miss) if pred_hit + pred_miss else 0.0
    r = hit / (hit + missed) if hit + missed else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    rate = round(value_ok / hit, 4) if hit else 0.0
    total = sum(types.values())
    return {
        "anchors": {"tp": hit, "fp": pred_miss, "fn": missed, "p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)},
        "timexes": prf(timex_hit, 0, timex_total - timex_hit),
        "value": {"tp": value_ok, "fp": 0, "fn": hit - value_ok, "p": rate, "r": rate, "f1": rate},
        "types": {"events": total, "other_share": round(types["other"] / total, 4) if total else 0.0,
                  "light_triggers": light, "by_type": dict(sorted(types.items()))},
    }
