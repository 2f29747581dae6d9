"""Evaluation against a gold corpus in the MEANTIME JSONL format (``factbox evaluate PATH``).

Each article's ``text`` is processed with its ``dct`` as the publication date (as in TempEval-3, where the
document creation time is given), and every scorer in ``SCORERS`` compares the records with the gold
annotations. A scorer is ``score(gold_docs, records) -> dict`` of named metric blocks, each block a dict
with at least ``p``, ``r``, ``f1`` (and ``tp``, ``fp``, ``fn``).

Dated events are scored when an anchors file is given (``anchors=``, ``factbox evaluate --anchors``): the
event–date anchors hand-annotated on MEANTIME are ``tests/data/meantime.anchors.jsonl`` (see
:mod:`.anchors`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Sequence

from ..config import DEFAULTS, Settings
from ..errors import ConfigError, Errors
from . import anchors as anchor_scorer
from . import entities, money, timex
from .common import analyzed, prf

Scorer = Callable[[Sequence[dict[str, Any]], Sequence[dict[str, Any]]], dict[str, dict[str, Any]]]

SCORERS: dict[str, Scorer] = {
    "timex": timex.score,
    "money": money.score,
    "entities": entities.score,
}


def load_gold(path: str | Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Read a MEANTIME-style JSONL file (doc_id, dct, text, timexes, entities, money)."""
    docs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                docs.append(json.loads(line))
                if limit and len(docs) >= limit:
                    break
    return docs


def records_for(gold: Sequence[dict[str, Any]], settings: Settings = DEFAULTS) -> list[dict[str, Any]]:
    """Process each gold document's ``text`` (publication date = its ``dct``) into a record dict."""
    from ..ingest import make_article

    articles = (
        make_article(doc["text"], source=f"gold:{doc['doc_id']}", doc_id=str(doc["doc_id"]), published=doc.get("dct"))
        for doc in gold
    )
    return analyzed(articles, settings)


def evaluate(
    path: str | Path,
    *,
    only: Sequence[str] | None = None,
    limit: int | None = None,
    settings: Settings = DEFAULTS,
    anchors: str | Path | None = None,
) -> dict[str, dict[str, Any]]:
    """Score the pipeline on a gold corpus; returns ``{scorer: {block: metrics}}``.

    With ``anchors`` (an event–date anchors file for the same documents), the ``events`` scorer runs too.

    Raises:
        ConfigError: a name in ``only`` that is no scorer (E009), before anything is read.
    """
    for name in only or ():
        if name not in SCORERS and name != "events":
            raise ConfigError(Errors.E009.format(name=name, known=", ".join([*SCORERS, "events"])))
    gold = load_gold(path, limit=limit)
    records = records_for(gold, settings)
    names = list(only or SCORERS)
    results = {name: SCORERS[name](gold, records) for name in names if name in SCORERS}
    if anchors is not None and (not only or "events" in only):
        results["events"] = anchor_scorer.score(gold, records, anchors=anchor_scorer.load_anchors(anchors))
    return results


def format_table(results: dict[str, dict[str, Any]]) -> str:
    lines = [f"{'':34} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for scorer, blocks in results.items():
        for block, m in blocks.items():
            if isinstance(m, dict) and "f1" in m:
                lines.append(f"{scorer + ' ' + block:34} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f} "
                             f"{m.get('tp', 0):5d} {m.get('fp', 0):5d} {m.get('fn', 0):5d}")
            elif block == "types":
                lines.append(f"{scorer + ' types':34} {m['events']} events, other {100 * m['other_share']:.1f}%, "
                             f"light-verb triggers {m['light_triggers']}")
    return "\n".join(lines)


__all__ = ["SCORERS", "evaluate", "format_table", "load_gold", "prf", "records_for"]
