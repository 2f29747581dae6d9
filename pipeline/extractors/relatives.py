"""The relative clause that tells when a date's thing happened, for :mod:`.tense`: one on the subject the parser
hung the date past ("the earthquake that jolted the county on Tuesday afternoon has risen to 27": jolted), and one
right after a date on a noun ("a blaze early Sunday that gutted a chapel": gutted)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lang.events import is_event_noun


def relative_before(span: Span, verb: Token | None) -> Token | None:
    """The verb of a relative clause on the subject of the verb a date hangs from (or on a noun of the
    subject's phrase) that the date ends, where the parser hung the date on the main verb: "the death toll from
    the earthquake that jolted the county on Tuesday afternoon has risen to 27" (jolted); else None. ``verb`` is the
    verb the date hangs from (:func:`.tense.governing_token`)."""
    root = span.root
    if root.dep_ == "pobj":
        root = root.head
    if verb is None or root.head.i != verb.i or verb.i < span.start:
        return None
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start):
        nouns = [subject, *(g for p in subject.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
        for clause in (c for n in nouns for c in n.children if c.dep_ == "relcl" and c.i < span.start):
            between = span.doc[clause.i + 1:span.start]
            inner = [t.i for t in between if t.text == "," and clause.is_ancestor(t)]
            if not any((t.text == "," and not clause.is_ancestor(t) and len([i for i in inner if i < t.i]) % 2 == 0)
                       # (a comma closing one opened inside the clause: "in Lubbock, Texas, on Wednesday")
                       or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"))
                       or (t.head.i == verb.i and t.dep_ == "aux")  # "an outbreak that began in March has now"
                       for t in between):
                return clause
    return None


def relative_after(span: Span) -> Token | None:
    """The verb of a relative clause that opens right after a date hung on an event noun ("a blaze early Sunday that
    gutted a chapel": gutted, wherever the parser hung the clause; not "approved a measure Tuesday that will
    require": a thing's clause, and the date the approving's); else None."""
    after, noun = (span.doc[span.end] if span.end < len(span.doc) else None), span.root.head
    if span.root.dep_ == "npadvmod" and noun.pos_ == "NOUN" and is_event_noun(noun.lemma_.lower(), text=noun.lower_) \
            and after is not None \
            and after.tag_ in ("WDT", "WP") and after.head.dep_ == "relcl" and after.head.pos_ in ("VERB", "AUX"):
        return after.head
    return None
