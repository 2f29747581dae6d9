"""People, places and organizations (first version: spaCy PERSON, GPE/LOC/FAC and ORG entities)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Article, Mention
from .common import entity_mentions

PERSON_LABELS = frozenset({"PERSON"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ORG_LABELS = frozenset({"ORG"})


def people(doc: Doc, article: Article) -> list[Mention]:
    return entity_mentions(doc, PERSON_LABELS)


def places(doc: Doc, article: Article) -> list[Mention]:
    return entity_mentions(doc, PLACE_LABELS)


def organizations(doc: Doc, article: Article) -> list[Mention]:
    return entity_mentions(doc, ORG_LABELS)
