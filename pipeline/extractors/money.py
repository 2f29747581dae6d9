"""Monetary amounts (first version: spaCy MONEY entities)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Article, Mention
from .common import entity_mentions

MONEY_LABELS = frozenset({"MONEY"})


def money(doc: Doc, article: Article, *, labels: frozenset[str] = MONEY_LABELS) -> list[Mention]:
    """Return MONEY mentions with character offsets into ``article.text``."""
    return entity_mentions(doc, labels)
