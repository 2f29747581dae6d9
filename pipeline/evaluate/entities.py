"""Mention-level scores of people (PER), places (LOC) and organizations (ORG) against MEANTIME.

Every mention of ``people[]``, ``places[]`` and ``organizations[]`` is one predicted span of its type
(money spans are scored by the ``money`` scorer). Two matchings are reported:

- ``exact``: same start and end. MEANTIME extents are whole noun phrases ("President Vladimir Putin",
  "the U.S.", "Mobile, Alabama"), so exact scores understate any system that reports names;
- ``overlap``: a prediction overlapping a gold span of the same type (one-to-one, exact matches first).

A mention's ``start``/``end`` span the bare name (CoNLL's convention: "U.S.", "Rangoon"); rows named
``extent`` score the noun phrase around it instead (``extent_start``/``extent_end`` when the record gives
one: "the U.S.", "northern Rangoon", "Mobile, Alabama"), the convention of MEANTIME and ACE (exact match
only: overlap is the same either way). Score a
CoNLL-style gold set by the plain rows and a MEANTIME-style one by the ``extent`` rows.

Beside the pipeline's scores, the same scores for raw spaCy (its PERSON, GPE/LOC/FAC and ORG entities,
unchanged) are reported under ``spacy ...``, so the gain of the entity stage can be read off.
Predictions at or after ``len(gold["text"])`` are ignored.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from .common import overlaps, prf

SPACY_TYPES = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
RECORD_TYPES = {"people": "PER", "places": "LOC", "organizations": "ORG"}
TYPES = ("PER", "LOC", "ORG")

Span = tuple[int, int]


def match(gold: Sequence[Span], pred: Sequence[Span]) -> tuple[int, int]:
    """``(exact, overlap)`` true-positive counts of a one-to-one matching of predicted to gold spans."""
    exact = len(set(gold) & set(pred))
    used: set[int] = set()
    relaxed = 0
    for g in sorted(gold, key=lambda s: (s not in pred, s)):
        best = None
        for j, p in enumerate(pred):
            if j in used or not overlaps(g[0], g[1], p[0], p[1]):
                continue
            if best is None or p == g:
                best = j
                if p == g:
                    break
        if best is not None:
            used.add(best)
            relaxed += 1
    return exact, relaxed


def record_spans(record: dict[str, Any], limit: int, *, extent: bool = False) -> dict[str, list[Span]]:
    """Predicted spans of one record by MEANTIME type (the mentions of each entity): the names, or with
    ``extent`` the noun phrases around them."""
    out: dict[str, list[Span]] = {t: [] for t in TYPES}
    for kind, label in RECORD_TYPES.items():
        for entity in record.get(kind, ()):
            for m in entity.get("mentions", ()):
                if m["start"] < limit:
                    if extent and m.get("extent_start") is not None:
                        out[label].append((m["extent_start"], m["extent_end"]))
                    else:
                        out[label].append((m["start"], m["end"]))
    return {t: sorted(set(spans)) for t, spans in out.items()}


def gold_spans(gold: dict[str, Any]) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {t: [] for t in TYPES}
    for e in gold.get("entities", ()):
        if e["label"] in out:
            out[e["label"]].append((e["start"], e["end"]))
    return out


def _score(pairs: Iterable[tuple[dict[str, list[Span]], dict[str, list[Span]]]], prefix: str) -> dict[str, dict]:
    totals = {t: [0, 0, 0, 0] for t in TYPES}  # exact tp, overlap tp, n gold, n pred
    for gold, pred in pairs:
        for t in TYPES:
            exact, relaxed = match(gold[t], pred[t])
            tot = totals[t]
            tot[0] += exact
            tot[1] += relaxed
            tot[2] += len(gold[t])
            tot[3] += len(pred[t])
    blocks = {}
    for t in TYPES:
        exact, relaxed, n_gold, n_pred = totals[t]
        blocks[f"{prefix}{t} exact"] = prf(exact, n_pred - exact, n_gold - exact)
        blocks[f"{prefix}{t} overlap"] = prf(relaxed, n_pred - relaxed, n_gold - relaxed)
    return blocks


def spacy_spans(gold_docs: Sequence[dict[str, Any]]) -> list[dict[str, list[Span]]]:
    """Raw spaCy's spans on each gold text (the baseline), with the configured pipeline."""
    from ..annotate import load_nlp

    out = []
    for doc in load_nlp().pipe(g["text"] for g in gold_docs):
        spans: dict[str, list[Span]] = {t: [] for t in TYPES}
        for ent in doc.ents:
            if ent.label_ in SPACY_TYPES:
                spans[SPACY_TYPES[ent.label_]].append((ent.start_char, ent.end_char))
        out.append(spans)
    return out


def score(
    gold_docs: Sequence[dict[str, Any]], records: Sequence[dict[str, Any]], *, baseline: bool = True
) -> dict[str, dict[str, Any]]:
    """Exact and overlap P/R/F1 per type for the pipeline and (``baseline``) for raw spaCy."""
    golds = [gold_spans(g) for g in gold_docs]
    preds = [record_spans(r, len(g["text"])) for g, r in zip(gold_docs, records, strict=True)]
    blocks = _score(zip(golds, preds, strict=True), "")
    extents = [record_spans(r, len(g["text"]), extent=True) for g, r in zip(gold_docs, records, strict=True)]
    blocks.update({name.replace(" exact", " extent exact"): m
                   for name, m in _score(zip(golds, extents, strict=True), "").items() if name.endswith("exact")})
    if baseline:
        blocks.update(_score(zip(golds, spacy_spans(gold_docs), strict=True), "spacy "))
    return blocks
