"""Helpers shared by the extractors: the Doc's token attributes as plain lists, Span -> Mention, sentence
indexes."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Iterable

from spacy import attrs
from spacy.tokens import Doc, Span

from ..records import Mention

# hash -> string of spaCy's StringStore (a hash is the same in every vocabulary: it hashes the string)
_STRINGS: dict[int, str] = {}
_STRINGS_BOUND = 500_000  # cleared beyond this, for long runs over ever new words
RE_LINE_BREAK = re.compile("\n")
_ATTRS = [attrs.IDX, attrs.LENGTH, attrs.HEAD, attrs.SENT_START, attrs.IS_ALPHA, attrs.IS_PUNCT, attrs.IS_SPACE,
          attrs.IS_TITLE, attrs.IS_LOWER, attrs.SPACY, attrs.LEMMA, attrs.POS, attrs.TAG, attrs.DEP, attrs.ENT_TYPE,
          attrs.ORTH, attrs.LOWER]


class Columns:
    """The Doc's token attributes as plain lists, read with one ``Doc.to_array`` call: iterating a Doc makes
    a Token object per word, which costs more than reading every attribute this way. Built once per Doc
    (:func:`columns`); lists of strings and numbers only, so nothing refers back to the Doc."""

    __slots__ = ("idx", "end", "head", "sent_start", "is_alpha", "is_punct", "is_space", "is_title", "is_lower",
                 "space_after", "lemma", "pos", "tag", "dep", "ent", "text", "lower", "line")

    def __init__(self, doc: Doc):
        cols = doc.to_array(_ATTRS).astype("int64").T.tolist() if len(doc) else [[] for _ in _ATTRS]
        idx, length, rel, self.sent_start = cols[:4]
        # (``space_after``: the token has a trailing space, its ``whitespace_`` is " ", else "")
        self.is_alpha, self.is_punct, self.is_space, self.is_title, self.is_lower, self.space_after = (
            list(map(bool, c)) for c in cols[4:10])
        self.idx = idx
        self.end = [i + n for i, n in zip(idx, length, strict=True)]
        self.head = [i + r for i, r in enumerate(rel)]
        self.lemma, self.pos, self.tag, self.dep, self.ent, self.text, self.lower = (
            _strings(doc, c) for c in cols[10:])
        # the line each token is on: a token holding a line break, or followed by one, ends its line; so a
        # token's line is the number of line breaks between the first token and it (found by bisection)
        breaks = [m.start() for m in RE_LINE_BREAK.finditer(doc_text(doc))]
        first = bisect_left(breaks, idx[0]) if idx else 0
        self.line = [bisect_left(breaks, i) - first for i in idx]


def _strings(doc: Doc, column: list[int]) -> list[str]:
    found = list(map(_STRINGS.get, column))
    if None not in found:
        return found
    if len(_STRINGS) > _STRINGS_BOUND:
        _STRINGS.clear()
    names = doc.vocab.strings
    for key in set(column).difference(_STRINGS):
        _STRINGS[key] = names[key & 0xFFFFFFFFFFFFFFFF] if key else ""
    return list(map(_STRINGS.__getitem__, column))


def columns(doc: Doc) -> Columns:
    """The :class:`Columns` of ``doc``, computed once per Doc (cached in user_data)."""
    cached = doc.user_data.get("factbox_columns")
    if cached is None:
        cached = Columns(doc)
        doc.user_data["factbox_columns"] = cached
    return cached


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (``0 <= start``), cut from the Doc's text by the token offsets: no Span or Token
    objects are made."""
    c = columns(doc)
    end = min(end, len(c.end))
    return doc_text(doc)[c.idx[start] : c.end[end - 1]] if start < end else ""


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
