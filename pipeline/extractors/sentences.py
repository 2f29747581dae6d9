"""Sentences and their predicates, as plain records for the event builder."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Predicate, Sentence

PAST_TAGS = frozenset({"VBD", "VBN"})


def _tense(token) -> str | None:
    tags = {token.tag_, *(c.tag_ for c in token.children if c.dep_ in ("aux", "auxpass"))}
    if tags & PAST_TAGS:
        return "past"
    if "MD" in tags:
        return "future" if any(c.lower_ in ("will", "shall") for c in token.children) else None
    if tags & {"VBZ", "VBP"}:
        return "present"
    return None


def sentences(doc: Doc) -> list[Sentence]:
    """Return each sentence with its verbal predicates (lemma, offsets, tense)."""
    out = []
    for i, sent in enumerate(doc.sents):
        preds = tuple(
            Predicate(
                lemma=t.lemma_.lower(),
                text=t.text,
                start=t.idx,
                end=t.idx + len(t.text),
                tense=_tense(t),
                is_root=t.dep_ == "ROOT",
            )
            for t in sent
            if t.pos_ == "VERB"
        )
        out.append(Sentence(i, sent.start_char, sent.end_char, preds))
    return out
