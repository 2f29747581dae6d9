"""Temporal expressions (first version: spaCy DATE and TIME entities)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Article, Mention
from .common import entity_mentions

DATE_LABELS = frozenset({"DATE", "TIME"})


def dates(doc: Doc, article: Article, *, labels: frozenset[str] = DATE_LABELS) -> list[Mention]:
    """Return DATE/TIME mentions with character offsets into ``article.text``."""
    return entity_mentions(doc, labels)
