"""Calendar days a past act looks ahead to, for :mod:`.tense`: what a plan, a halt, a purpose or a day set points
to lies after the act, so told in the past it is on either side of now (the nearest), not gone.

"called for a day of strikes on Sept. 10", "had suspended all flights until Nov. 1", "voted on Friday to keep the
government running through Nov. 15", "the February report, to be released March 9", "the original date, March 10,
was scrapped", "set June 18 for the first hearing", "requested extensions to Aug. 17". Weekdays are left to the
verb's tense: a weekday told in the past is the last one ("flew to Paris to sign the accord on Monday"). What
something comes before, a deadline, and what the stage is set for may be ahead too (:func:`awaited`,
:func:`prepared_for`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lang.dates import lexicon
from ..lang.events import (
    APPEARING_BEFORE,
    FORECAST_VERBS,
    HARM_TYPES,
    SAME_PAST_FORMS,
    is_event_noun,
    lookup,
    repaired_lemma,
    word_class,
)
from .verbtense import FUTURE_HEADS, MOVED_TO, PLAN_PARTICIPLES, phrasal_lemmas

LOOKING_AHEAD = FORECAST_VERBS | {"approve", "announce"}  # "predicted a vote in May"
# a halt or a move told with the day it runs to ("closed the park through Oct. 20", "an extension to Aug. 17")
HALTING = frozenset({
    "suspend", "halt", "close", "shut", "cancel", "ban", "freeze", "ground", "extend", "postpone", "delay",
    "defer", "adjourn", "bar", "idle", "suspension", "closure", "shutdown", "moratorium", "extension",
    "postponement", "deferral", "adjournment", "curfew", "blackout", "embargo", "truce", "reprieve", "put off",
    "push back", "shut down",
})
RUNS_TO = MOVED_TO | {"past"}  # "to keep agencies open past Sept. 30"
BOUND_WORDS = frozenset({"earlier", "later", "sooner"})  # "no earlier than March 5"
SET_DAY_NOUNS = frozenset({"date", "deadline", "target"})  # "a trial date of April 20"


def ahead_of_past(span: Span, verb: Token) -> bool:
    """Is the calendar day ``span`` one the past ``verb`` looks ahead to: a halt's or a move's end, a day set or
    once set, or the time of a purpose or of a thing to be done? Either side of now: the nearest."""
    if any(t.lower_ in lexicon().weekdays for t in span):
        return False
    root = span.root
    prep = root.head if root.dep_ == "pobj" and root.head.pos_ == "ADP" else None
    while prep is not None and prep.lower_ == "than" and prep.head.lower_ in BOUND_WORDS \
            and prep.head.head.dep_ == "prep":
        prep = prep.head.head  # "postponed the launch to no earlier than March 5": the "to"
    if prep is not None and prep.lower_ in RUNS_TO and prep.head.dep_ != "acomp" and (
            phrasal_lemmas(prep.head) & HALTING
            or any(c.dep_ == "dobj" and c.i == prep.i - 1 and c.lemma_.lower() in HALTING
                   for c in prep.head.children)):
        # "had suspended all flights until Nov. 1", "had requested extensions to Aug. 17" (the parser hung the
        # day on the verb); not a state it stayed in ("stayed closed until the Fourth of July")
        return True
    if (root.dep_ == "appos" and root.head.lemma_.lower() in SET_DAY_NOUNS) or (
            span.start > 1 and span.doc[span.start - 1].text == ","
            and span.doc[span.start - 2].lemma_.lower() in SET_DAY_NOUNS):
        return True  # "the original date, March 10, was scrapped"
    if prep is not None and prep.lower_ in ("on", "for") and prep.head.lemma_.lower() in PLAN_PARTICIPLES and any(
            c.dep_ == "dobj" and c.i < prep.i and is_event_noun(c.lemma_.lower(), text=c.lower_)
            and lookup(c.lemma_.lower(), pos="noun") not in HARM_TYPES for c in prep.head.children):
        return True  # "set parliamentary elections on Dec. 15" (not "set fire to it on Monday")
    if root.dep_ in ("dobj", "npadvmod") and root.head.lemma_.lower() in PLAN_PARTICIPLES \
            and span.end < len(span.doc) and span.doc[span.end].lower_ == "for":
        return True  # "set June 18 for the first hearing of witnesses"
    return _infinitive_ahead(verb)


def _infinitive_ahead(verb: Token) -> bool:
    """Is ``verb`` (or the bare verb it complements: "to keep the government running") the infinitive of a
    past act's purpose ("voted to keep ...", "cleared the way for the deal to close by July 15") or a thing to be
    done ("the report, to be released March 9")?"""
    for _ in range(3):
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if "to" in auxes:
            if verb.head.tag_ not in ("VBD", "VBN") or (verb.head.lemma_.lower() == "go" and any(
                    c.dep_ == "prt" and c.lower_ == "on" for c in verb.head.children)):
                return False  # (nor what one went on to do: "went on to win best picture in February")
            # (not a plan that was to be: "were supposed to be enacted by Oct. 1")
            return verb.dep_ == "advcl" or (verb.dep_ == "xcomp" and "be" in auxes and verb.tag_ == "VBN"
                                            and verb.head.tag_ == "VBD")
        if auxes or verb.dep_ not in ("xcomp", "ccomp") or verb.tag_ not in ("VB", "VBG") or verb.head == verb:
            return False
        verb = verb.head
    return False


SPAN_BOUNDS = frozenset({"by", "from", "until", "till", "through"})  # a deadline, a span's ends
WANTING = frozenset({"want", "hope", "seek", "expect", "aim", "intend", "plan", "demand", "urge", "ask", "press"})


def planned_in_object(span: Span) -> bool:
    """Is the date inside the object of a past verb that looks ahead (a plan, a call, a prediction, an
    approval: "called for a day of strikes on Sept. 10", "predicted a vote by Oct. 17", "approved a freeze on
    hiring from Feb. 1")? What it looks to is after it: either side of now. Not through a past perfect, nor a
    "went", which looks ahead only as "is going to" ("the money went to victims of the January ice storm")."""
    token, nouns, prep = span[-1], 0, None
    for _ in range(6):
        if token.head == token:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            break
        nouns += token.pos_ == "NOUN" and not span.start <= token.i < span.end
        prep = token if token.pos_ == "ADP" and prep is None else prep
    bounds = SPAN_BOUNDS | {"before"} if token.lemma_.lower() in WANTING else SPAN_BOUNDS
    if not nouns and prep is not None and prep.lower_ in bounds and prep.head == token \
            and (prep.lower_ == "by" or not any(t.lower_ in lexicon().weekdays for t in span)) and any(
            c.i < prep.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)))
            for c in token.children):
        nouns = 1  # the parser hung the deadline on the verb: "asked for a full accounting by Sept. 1", "wanted a
        # vote before Christmas", or the object's span: "approved a hiring freeze from Feb. 1 until June 30" (not a
        # weekday's: "ordered a curfew from 8 p.m. Sunday", told in the past, is the last Sunday)
    lemma = repaired_lemma(token.lemma_.lower(), token.lower_)
    # (a past the tagger took for a bare form after a past perfect: "had returned to profit in October and
    # forecast first-quarter revenue of $280 million")
    past = token.tag_ == "VBD" or (token.dep_ == "conj" and token.lower_ in SAME_PAST_FORMS
                                   and token.head.tag_ in ("VBD", "VBN"))
    return nouns > 0 and past and lemma in (FUTURE_HEADS | LOOKING_AHEAD) - {"go"} \
        and not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)


AHEAD_OF_HEADS = frozenset({"approach", "eve", "run-up", "runup", "ahead"})  # "ahead of", "on the eve of"
DEADLINES = frozenset({"deadline"})  # a deadline told in the past may still be ahead
PREPARED_FOR = frozenset({"groundwork", "preparation", "stage", "way"})  # "set the stage for", "paved the way for"


def _modified(token: Token) -> Token:
    """The noun a date modifies ("the Nov. 3 election"), else the date's own word."""
    return token.head if token.dep_ in ("compound", "nmod", "amod", "poss") and token.head.pos_ == "NOUN" \
        and token.head.i > token.i else token


def awaited(token: Token) -> bool:
    """Whether a date names what something comes before: "two weeks before the Nov. 3 election", "ahead of its
    entry into the union on July 1", "more closings before spring", "the approach of the Jan. 15 deadline" (told
    in the past, a happening that may still be ahead)."""
    noun = _modified(token)
    if noun is not token and noun.lemma_.lower() in DEADLINES:
        return True  # "beating by a day the June 15 deadline", "extended the Dec. 23 enrollment deadline"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "on") and noun.head.head.pos_ == "NOUN" \
            and noun.head.head.dep_ == "pobj" and noun.head.head.head.lower_ == "before":
        noun = noun.head.head  # "before its entry into the EU on July 1"
    if noun.dep_ != "pobj" or _audience(noun):
        return False  # who something is done before: "testified before the panel on Thursday"
    prep = noun.head
    return prep.lower_ == "before" or (prep.lower_ == "of" and prep.head.lower_ in AHEAD_OF_HEADS)


def _audience(noun: Token) -> bool:
    """Whether a noun after "before" is who something is done in front of (a panel, a judge, Congress), not what
    it comes ahead of."""
    if noun.head.head.lemma_.lower() in APPEARING_BEFORE:
        return True  # "will testify before a subcommittee on March 21"
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in ("ORG", "PERSON", "NORP")
    return "assembly" in word_class(noun.lower_) or bool({"person", "people"} & word_class(noun.lower_))


def prepared_for(token: Token) -> bool:
    """Whether a date is of what the stage is set for: "setting the stage for an election in October", "paved the
    way for the Oct. 3 vote" (ahead, whatever the tense of the paving)."""
    noun = _modified(token)
    if noun.dep_ == "pobj" and noun.head.lower_ != "for" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # (the date in a phrase of the noun: "an election in October")
    host = noun.head.head  # the stage, or the verb that sets it
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and any(
        t.lemma_.lower() in PREPARED_FOR and (t is host or t.dep_ == "dobj") for t in (host, *host.children))
