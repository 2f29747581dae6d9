"""Shared scoring helpers."""

from __future__ import annotations

from typing import Any, Iterable

from ..config import DEFAULTS, Settings
from ..records import Article


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def analyzed(articles: Iterable[Article], settings: Settings = DEFAULTS) -> list[dict[str, Any]]:
    """The record dict of each article, in order; an article that fails stops the scoring (a gold set must
    be analysed whole)."""
    from ..work import analyze_articles  # loads spaCy: only when something is scored

    out = []
    for _article, record, failure in analyze_articles(articles, settings):
        if failure is not None:
            raise RuntimeError(failure.message)
        out.append(record)
    return out
