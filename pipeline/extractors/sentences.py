"""Sentences and their predicates, as plain records for the event builder.

One pass over each sentence's tokens gives, as plain data (nothing after ``extractors/`` imports spaCy):

- ``words``: the parse (lemma, part of speech, dependency label, head index, entity label);
- ``predicates``: the verbs, the clauses headed by "be" (copula) and the event nouns ("the meeting",
  "talks", "the Moscow Summit"), each with its tense, voice, negation, subject and object. Light verbs are
  resolved to the event noun they carry: "paid a visit" -> visit, "held talks" -> talks, "talks were held" ->
  talks, "took part in celebrations" -> celebration.

Sentence offsets exclude surrounding whitespace; a sentence is in a new paragraph when a line break
separates it from the one before. There is one :class:`Sentence` per spaCy sentence, so sentence indexes
agree with the ``sentence`` of every mention.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.tokens import Token as SpacyToken

from ..events.vocabulary import is_event_noun, triggers
from ..records import Predicate, Sentence, Word

PAST_TAGS = frozenset({"VBD", "VBN"})
# Verbs whose own meaning is thin: the event is the noun they take ("held talks", "paid a visit",
# "a meeting was held", "launched an attack", "resumed negotiations").
# fmt: off
LIGHT_VERBS = frozenset({
    "arrange", "attend", "begin", "carry", "complete", "conclude", "conduct", "continue", "deliver", "end",
    "file", "finish", "give", "have", "hold", "host", "issue", "join", "launch", "lodge", "make", "mount",
    "organize", "pay", "perform", "reach", "resume", "seal", "stage", "start", "strike", "take", "undertake",
})
# fmt: on
# Verbs whose event is the object of "in": "took part in the celebrations", "participated in talks".
IN_VERBS = frozenset({"engage", "participate", "take"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
AUX_DEPS = frozenset({"aux", "auxpass"})
TIME_ENTS = frozenset({"DATE", "TIME"})
# fmt: off
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})
# fmt: on


def _tense(token: SpacyToken) -> str | None:
    """past / present / future from the token's tag and its auxiliaries (perfects count as past)."""
    tags = {token.tag_, *(c.tag_ for c in token.children if c.dep_ in AUX_DEPS)}
    if "MD" in tags:
        return "future" if any(c.lower_ in ("will", "shall", "'ll") for c in token.children) else None
    if tags & PAST_TAGS:
        return "past"
    if tags & {"VBZ", "VBP"}:
        return "present"
    return None


def _trigger_key(token: SpacyToken) -> str:
    """The lemma an event noun is listed under: its plural when the plural is listed ("talks")."""
    lower = token.lower_
    return lower if lower in triggers() and lower != token.lemma_.lower() else token.lemma_.lower()


def _event_noun(token: SpacyToken | None) -> bool:
    """A noun naming a happening: "the meeting", "talks", and the head of a named one ("the Moscow Summit")."""
    if token is None or token.ent_type_ in TIME_ENTS:
        return False
    if token.pos_ == "PROPN":
        if token.dep_ == "compound" or token.lower_ in MONTHS:
            return False
    elif token.pos_ != "NOUN":
        return False
    return is_event_noun(token.lemma_, text=token.text)


def _light_object(verb: SpacyToken, obj: SpacyToken | None) -> SpacyToken | None:
    """The event noun a light verb carries, if any."""
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS and _event_noun(obj):
        return obj
    if lemma in IN_VERBS:
        # "took part in X": the "in" phrase hangs off the verb or off "part"
        heads = [verb] + ([obj] if obj is not None and obj.lemma_.lower() == "part" else [])
        for head in heads:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if _event_noun(noun):
                        return noun
    return None


def _predicate(token: SpacyToken, first: int) -> Predicate | None:
    """A predicate for a verb, a copula clause head or an event noun; None for other tokens."""
    pos, dep = token.pos_, token.dep_
    if pos == "VERB" or (pos == "AUX" and dep not in AUX_DEPS):
        kind = "verb" if pos == "VERB" else "copula"
    elif _event_noun(token):
        kind = "noun"
    else:
        return None
    subject = obj = -1
    obj_token = None
    negated = passive = False
    for child in token.children:
        cdep = child.dep_
        if cdep in SUBJECT_DEPS or (kind == "noun" and cdep == "poss"):
            subject = child.i - first if subject < 0 else subject
        elif cdep in PASSIVE_SUBJECT_DEPS:
            passive = True
            obj_token = obj_token or child
        elif cdep == "dobj":
            obj_token = obj_token or child
        elif cdep == "neg":
            negated = True
        elif cdep == "auxpass":
            passive = True
    if obj_token is not None:
        obj = obj_token.i - first
    trigger, light = token, None
    if kind == "verb" and (noun := _light_object(token, obj_token)) is not None:
        trigger, light = noun, token.lemma_.lower()
    return Predicate(
        lemma=_trigger_key(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger.lemma_.lower(),
        text=trigger.text,
        start=trigger.idx,
        end=trigger.idx + len(trigger.text),
        tense=None if kind == "noun" else _tense(token),
        is_root=dep == "ROOT",
        word=token.i - first,
        kind=kind,
        light_verb=light,
        voice="passive" if passive else "active",
        negated=negated,
        subject=subject,
        object=obj,
    )


def _trim(sent: Span) -> tuple[int, int]:
    """Token range of the sentence without leading and trailing whitespace tokens."""
    lo, hi = sent.start, sent.end
    doc = sent.doc
    while lo < hi and doc[lo].is_space:
        lo += 1
    while hi > lo and doc[hi - 1].is_space:
        hi -= 1
    return lo, hi


def sentences(doc: Doc) -> list[Sentence]:
    """Return each sentence of ``doc`` with its words and predicates, in order."""
    out: list[Sentence] = []
    text = doc.text
    paragraph, prev_end = 0, None
    for index, sent in enumerate(doc.sents):
        lo, hi = _trim(sent)
        if lo == hi:
            out.append(Sentence(index, sent.start_char, sent.start_char, paragraph=paragraph))
            continue
        start = doc[lo].idx
        end = doc[hi - 1].idx + len(doc[hi - 1].text)
        # trailing spaces inside the last token's text do not occur; strip what spaCy kept in the span
        if prev_end is not None and "\n" in text[prev_end:start]:
            paragraph += 1
        prev_end = end
        words = []
        preds = []
        for tok in doc[lo:hi]:
            head = tok.head.i
            words.append(Word(
                start=tok.idx, end=tok.idx + len(tok.text), lemma=tok.lemma_, pos=tok.pos_, tag=tok.tag_,
                dep=tok.dep_, head=head - lo if lo <= head < hi else tok.i - lo, ent=tok.ent_type_,
            ))
            if (pred := _predicate(tok, lo)) is not None:
                preds.append(pred)
        out.append(Sentence(index, start, end, tuple(preds), tuple(words), paragraph))
    return out
