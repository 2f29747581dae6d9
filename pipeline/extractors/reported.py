"""Dates of what is said and decided, for :mod:`.tense`: the reporting verb right before a date ("said Tuesday its
sales rose": the saying's date), the infinitive a past vote settles ("voted last night to close the schools in
June": ahead), and a "would" told after a past verb with a date of its own ("announced in April that he would step
down at the end of June": the nearest)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lang.dates import lexicon
from ..lang.events import PERIOD_WORDS, repaired_lemma, verbs
from .verbtense import DECIDING_HEADS


def would_after_dated_past(verb: Token) -> bool:
    """Is ``verb`` a "would" clause told by a past verb that has a date of its own ("announced in April that
    he would step down at the end of June")? Ahead of that date, not of the publication: the nearest."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or head == verb or head.tag_ != "VBD":
        return False
    dated = own_date_words(head, verb)
    # told days ago ("said in an interview Tuesday that a trial would begin in the fall"): ahead of now
    return bool(dated) and not any(t.lower_ in lexicon().weekdays or t.lower_ in RECENT_DAYS for t in dated)


def own_date_words(head: Token, clause: Token) -> list[Token]:
    """The date words of ``head``'s own phrases, not of the clause ``clause`` under it."""
    return [t for c in head.children if c != clause and c.dep_ in ("prep", "npadvmod") for t in c.subtree
            if t.ent_type_ == "DATE"]


RECENT_DAYS = frozenset({"yesterday", "today", "tonight"})
LONG_AGO_WORDS = frozenset({"month", "year", "spring", "summer", "fall", "autumn", "winter", "quarter"})


def decided(verb: Token | None) -> tuple[bool, str | None]:
    """Whether a date lies in the infinitive a past vote or decision settles ("voted 5 to 2 last night to close
    the schools in June", "voted to end the strike and return to work Monday"), and its tense: ``future`` when
    the deciding was days ago or is undated, None (the nearest) when it has a month or year of its own ("voted
    in November to shut the schools in July")."""
    if verb is None:
        return False, None
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head == verb or head.lemma_.lower() not in DECIDING_HEADS \
            or head.tag_ != "VBD" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False, None
    long_ago = any(t.lower_ in lexicon().months or t.lemma_.lower() in LONG_AGO_WORDS
                   or (t.like_num and len(t.text) == 4) for t in own_date_words(head, verb))
    return True, (None if long_ago else "future")


def reporter_before(span: Span) -> Token | None:
    """The reporting verb right before a date ("said Tuesday its sales rose", "announced on Monday that"),
    which the date belongs to even where the parser hangs it on the clause reported; None otherwise."""
    doc, i = span.doc, span.start - 1
    if span.root.dep_ in ("amod", "compound", "nmod") and span.root.head.i >= span.end:
        return None  # a date that names a thing of the clause reported: "said first-quarter earnings would be flat"
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i > 0 and doc[i].lower_ == "on":
        i -= 1
    elif i > 0 and doc[i].lower_ == "in" and not any(t.lemma_.lower() in PERIOD_WORDS for t in span):
        i -= 1  # "said in September it would tighten testing" (not "said in the third quarter sales rose")
    if i > 0 and doc[i].lower_ in ("late", "early") and doc[i].pos_ in ("ADV", "ADJ"):
        i -= 1  # "said late on Wednesday it would appeal"
    if i >= 0 and doc[i].dep_ in ("dobj", "dative") and doc[i].pos_ in ("NOUN", "PROPN", "PRON") \
            and 0 < i - doc[i].head.i <= 3:
        i = doc[i].head.i  # "told Reuters on Monday it would cut jobs": the telling's
    if i < 0 or doc[i].pos_ != "VERB":
        return None
    return doc[i] if repaired_lemma(doc[i].lemma_.lower(), doc[i].lower_) in verbs("reporting") else None
