"""Helpers shared by the extractors: Span -> Mention, sentence indexes."""

from __future__ import annotations

from typing import Any, Iterable

from spacy.tokens import Doc, Span

from ..records import Mention


def sentence_index(doc: Doc) -> list[int]:
    """Map each token index to the index of its sentence (computed once per Doc, cached in user_data)."""
    cached = doc.user_data.get("factbox_sent_index")
    if cached is None:
        cached = [0] * len(doc)
        if doc.has_annotation("SENT_START"):
            for i, sent in enumerate(doc.sents):
                for t in range(sent.start, sent.end):
                    cached[t] = i
        doc.user_data["factbox_sent_index"] = cached
    return cached


def to_mention(span: Span, label: str | None = None, **features: Any) -> Mention:
    doc = span.doc
    sent = sentence_index(doc)[span.start] if len(doc) else -1
    return Mention(span.text, label or span.label_, span.start_char, span.end_char, sent, features)


def entity_mentions(doc: Doc, labels: Iterable[str]) -> list[Mention]:
    wanted = frozenset(labels)
    return [to_mention(ent) for ent in doc.ents if ent.label_ in wanted]
