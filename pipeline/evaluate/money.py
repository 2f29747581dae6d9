"""Scoring of ``money[]`` spans against MEANTIME's MONEY values, with raw spaCy MONEY entities beside it.

MEANTIME gives money spans only (no amounts or currencies), so two span scores are reported, each for
the pipeline and for the bare spaCy model's MONEY entities on the same texts (the baseline):

- ``exact``: a prediction counts when its span equals a gold span;
- ``overlap``: a prediction counts when it overlaps a gold span not matched yet (one to one).

Predictions at or after ``len(gold["text"])`` are ignored: only the beginning of each article is annotated.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from .common import overlaps, prf

Span = tuple[int, int]


def match(gold: Sequence[Span], pred: Sequence[Span]) -> tuple[int, int]:
    """Count ``(exact, overlap)`` one-to-one matches between gold and predicted spans.

    Exact matches are paired first, so a prediction that fits one gold span exactly is never spent on
    a neighbour it merely overlaps.
    """
    exact = len(set(gold) & set(pred))
    free_gold = sorted(gold)
    free_pred = sorted(pred)
    for span in set(gold) & set(pred):
        free_gold.remove(span)
        free_pred.remove(span)
    relaxed = exact
    for g0, g1 in free_gold:
        for j, (p0, p1) in enumerate(free_pred):
            if overlaps(g0, g1, p0, p1):
                relaxed += 1
                del free_pred[j]
                break
    return exact, relaxed


def _blocks(pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> dict[str, dict[str, Any]]:
    exact = relaxed = n_gold = n_pred = 0
    for gold, pred in pairs:
        e, r = match(gold, pred)
        exact, relaxed = exact + e, relaxed + r
        n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
    return {
        "exact": prf(exact, n_pred - exact, n_gold - exact),
        "overlap": prf(relaxed, n_pred - relaxed, n_gold - relaxed),
    }


def spacy_money_spans(texts: Sequence[str]) -> list[list[Span]]:
    """MONEY entity spans of the bare spaCy pipeline (the default model) for each text."""
    from ..annotate import load_nlp

    nlp = load_nlp()
    return [[(e.start_char, e.end_char) for e in doc.ents if e.label_ == "MONEY"] for doc in nlp.pipe(texts)]


def score(
    gold_docs: Sequence[dict[str, Any]], records: Sequence[dict[str, Any]], *, baseline: bool = True
) -> dict[str, dict[str, Any]]:
    """Span scores of the pipeline's ``money[]`` (and of raw spaCy MONEY when ``baseline``)."""
    gold_spans = [sorted((m["start"], m["end"]) for m in doc["money"]) for doc in gold_docs]
    pred_spans = [
        sorted((m["start"], m["end"]) for m in record["money"] if m["start"] < len(doc["text"]))
        for doc, record in zip(gold_docs, records, strict=True)
    ]
    out = {f"pipeline {k}": v for k, v in _blocks(zip(gold_spans, pred_spans, strict=True)).items()}
    if baseline:
        spacy_spans = spacy_money_spans([doc["text"] for doc in gold_docs])
        out.update({f"spacy {k}": v for k, v in _blocks(zip(gold_spans, spacy_spans, strict=True)).items()})
    return out
