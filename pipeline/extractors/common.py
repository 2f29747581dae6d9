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


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (the property joins every token anew on each access), or the text the
    caller stored in user_data (``analyze.extract`` stores the article's own)."""
    cached = doc.user_data.get("factbox_text")
    if cached is None:
        cached = doc.text
        doc.user_data["factbox_text"] = cached
    return cached


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc (each access of the property makes every Span anew) and cached in
    user_data; the extractors only read it."""
    cached = doc.user_data.get("factbox_ents")
    if cached is None:
        cached = tuple(doc.ents)
        doc.user_data["factbox_ents"] = cached
    return cached


def to_mention(span: Span, label: str | None = None, **features: Any) -> Mention:
    doc = span.doc
    sent = sentence_index(doc)[span.start] if len(doc) else -1
    return Mention(span.text, label or span.label_, span.start_char, span.end_char, sent, features)


def entity_mentions(doc: Doc, labels: Iterable[str]) -> list[Mention]:
    wanted = frozenset(labels)
    return [to_mention(ent) for ent in entities_of(doc) if ent.label_ in wanted]
