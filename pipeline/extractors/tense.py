"""The tense of the verb a date depends on, which places weekdays and year-less dates (:mod:`.dates` records it
on each mention as ``features["tense"]``): past, present, future or None (either side of now, the nearest).

Read from spaCy's parse: the auxiliaries and modals of the verb, the verb above an infinitive or participle,
and what the date is for ("called elections for March": ahead; "the September bund future": the month a
contract is for; "Friday's close": gone).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lang.events import (
    ATTRIBUTE_DEPS,
    ATTRIBUTING,
    CALLING_TO,
    CHARGE_TYPES,
    DEADLINE_GIVERS,
    DEADLINE_WORDS,
    DECLARED_DAYS,
    HARM_TYPES,
    IN_FORCE_FROM,
    SAME_PAST_FORMS,
    is_event_noun,
    lookup,
    past_form,
    repaired_lemma,
    verbs,
    word_class,
)

ORDER_HEADS = frozenset({"order", "demand", "require", "direct", "instruct", "want"})  # "ordered him freed"
FUTURE_HEADS = frozenset({"expect", "plan", "schedule", "set", "due", "aim", "intend", "hope", "want", "go",
                          "slate", "prepare", "seek", "promise", "agree", "propose", "vow", "pledge", "threaten",
                          # appeals and orders: "urged the House to act before the August recess"
                          "urge", "ask", "call", "press", "encourage", "invite", "order", "appeal", "demand",
                          "persuade", "convince",
                          # what is foreseen: "storm-force winds were forecast to persist until the weekend"
                          "forecast", "predict", "project"})
# participles that name a plan on their own ("the vote scheduled next week", "talks planned Monday"); the others
# of FUTURE_HEADS tell a past act there ("the strike, called in June", "the reforms, proposed in 1988")
PLAN_PARTICIPLES = frozenset({"schedule", "set", "plan", "due", "expect", "slate", "intend", "timetable"})
# nouns a month names the maturity of ("the September bund future", "crude for October delivery")
TRADED_FOR = frozenset({"contract", "future", "delivery", "option", "expiry", "expiration", "settlement",
                        # commodities a month names the contract of: "August crude fell 38 cents"
                        "crude", "gold", "silver", "copper", "platinum", "wheat", "corn", "soybeans", "cotton",
                        "coffee", "cocoa", "sugar", "cattle", "hogs", "gasoline"})
MOVED_TO = frozenset({"until", "till", "to", "through"})  # what a verb of scheduling moves an event to is ahead
# classes of nouns a month named before them is the period of ("the October employment report",
# "September sales"), whatever the tense of the verb telling of them
REPORTED_CLASSES = frozenset({"information", "earnings", "sales"})
FORECASTING = frozenset({"forecast", "predict", "project", "foresee"})
FORECAST_SPANS = frozenset({"over", "for", "through", "during", "into"})  # not "on": the forecasting's own day
DECIDING_HEADS = frozenset({"vote", "decide", "resolve", "elect", "choose", "opt"})  # "voted to hold a referendum"
COMMANDING_HEADS = frozenset({"order", "command", "force", "allow", "permit"})  # "ordered them to leave Monday"
LOOKING_AHEAD = frozenset({"predict", "forecast", "project", "approve", "announce"})  # "predicted a vote in May"
# what a past verb gets that lets its subject do something later ("won approval to close stores by April")
PERMISSION_NOUNS = frozenset({"approval", "permission", "authority", "authorization", "license", "licence",
                              "go-ahead", "clearance", "consent", "mandate", "right", "nod", "waiver"})
COUNTDOWN_WORDS = frozenset({"left", "remaining", "to"})  # "two weeks left before", "days remaining until"
TEMPORAL_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
BARE_INFINITIVE_HEADS = frozenset({"help", "make", "let", "see", "watch", "hear", "feel"})  # "helped X reach"
DATING_BACK = frozenset({"retroactive", "retroactively", "date", "backdate", "backdated"})  # "retroactive to Jan. 1"
SET_DAY_NOUNS = frozenset({"date", "deadline", "target"})  # "a trial date of April 20"
CLOSING_WORDS = frozenset({"close", "closing"})  # "the closing price on Tuesday", "Friday's close"
PLANNED_WORDS = frozenset({"planned", "scheduled", "upcoming", "proposed", "forthcoming", "expected"})
FORMER_PLAN_WORDS = frozenset({"originally", "initially", "previously", "first"})  # "originally set for March 3"
FIGURE_UNITS = frozenset({"percent", "%", "pct", "points", "cents"})  # "at 11.8 percent in July"
MODALS_NOT_FUTURE = frozenset({"would", "could", "should", "might", "may", "must", "can", "ought"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


def governing_verb(span: Span) -> int | None:
    """The offset of the verb a span depends on (dates of one clause share it), or None."""
    token = governing_token(span)
    return token.idx if token is not None else None


def governing_token(span: Span) -> Token | None:
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def governing_tense(span: Span) -> str | None:
    """The tense of the verb a span depends on: ``past``, ``present``, ``future`` or None (modal, no verb)."""
    reporter = _reporter_before(span)
    if reporter is not None:
        return verb_tense(reporter)  # "said on Friday it would sell": the saying's tense, whatever the parse
    clause = _relative_before(span)
    if clause is not None:
        return verb_tense(clause)  # "the earthquake that jolted the county on Tuesday afternoon has killed 27"
    if _planned_in_object(span):
        return None  # "called for a day of strikes on Sept. 10", "predicted a vote by Oct. 17": the nearest
    token = span.root
    head = token
    while head.dep_ in ("compound", "nmod", "amod") and head.head is not head and head.i - token.i < 3:
        head = head.head  # "the September bund future": through the compound to its head
        if head.lemma_.lower() in TRADED_FOR:
            return "future"  # "the December contract", "for October delivery": the month a contract is for
        if token.pos_ == "PROPN" and head.pos_ == "NOUN" \
                and REPORTED_CLASSES & (word_class(head.lemma_.lower()) | word_class(head.lower_)):
            return None  # "will release its October employment report": the period reported on, the nearest
    possessive = token.dep_ == "poss" and span[-1].i + 1 < len(span.doc) and span.doc[span[-1].i + 1].tag_ == "POS"
    prep = token.head if token.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "for" and prep.head.pos_ == "VERB" \
            and repaired_lemma(prep.head.lemma_.lower(), prep.head.lower_) in FUTURE_HEADS \
            and not any(c.lower_ in FORMER_PLAN_WORDS or c.lower_ in ("had", "'d") for c in prep.head.children):
        return "future"  # "called early elections for March", "set a meeting for Tuesday": what is set is ahead
    if prep is not None and prep.lower_ in FORECAST_SPANS and prep.head.lemma_.lower() in FORECASTING:
        return "future"  # "forecast more heavy rain over the weekend": what is foreseen is ahead
    if token.dep_ in ("npadvmod", "dobj") and token.head.pos_ == "VERB" \
            and token.head.lemma_.lower() in verbs("declaring") and any(
                c.dep_ in ("dobj", "oprd", "npadvmod") and c.lemma_.lower() in DECLARED_DAYS and c is not token
                for c in token.head.children):
        return None  # "declared Friday a national day of mourning": the day named, either side of now
    if token.dep_ in ("nmod", "compound") and token.pos_ == "PROPN" and token.head.pos_ == "NOUN" \
            and token.head.i > span.end - 1 and is_event_noun(token.head.lemma_.lower(), text=token.head.lower_) \
            and (verb := governing_token(span)) is not None and (
                verb_tense(verb) == "present"
                or (verb_tense(verb) == "future" and token.head.dep_ == "pobj"
                    and lookup(token.head.lemma_.lower()) not in HARM_TYPES)):
        # "is still recovering from the April 20 earthquake", "a recount of the March 10 primary will begin": a
        # happening named by its day, not the verb's time: the nearest ("the April meeting will be held" is ahead;
        # told in the past, it is gone: "was charged in the Sept. 9 death", "the April 20 quake killed")
        return None
    last = span[-1]  # (the root of "the summer" in "the summer floods" may be the noun's "the")
    if last.dep_ in ("nmod", "compound", "amod") and last.head.pos_ == "NOUN" and last.head.i >= span.end \
            and lookup(last.head.lemma_.lower()) in HARM_TYPES:
        # "despite the summer floods", "the March earthquake": a harm named by its date, the nearest; told by a
        # past verb, gone ("charged in the February firebombing")
        verb = governing_token(span)
        return "past" if verb is not None and verb_tense(verb) == "past" else None
    if token.dep_ in ("nmod", "compound", "amod") and token.head.pos_ == "NOUN" and token.head.i > span.end - 1 \
            and token.head.dep_ == "pobj" and token.head.head.lower_ == "for" \
            and is_event_noun(token.head.lemma_.lower(), text=token.head.lower_):
        return None  # what is readied for: "registered for the March 4 general election", either side of now
    if prep is not None and (verb := governing_token(span)) is not None and (tense := verb_tense(verb)) in (
            "present", "future") and (
            (prep.head.pos_ == "NOUN" and lookup(prep.head.lemma_.lower()) in HARM_TYPES)
            or (tense == "present" and repaired_lemma(verb.lemma_.lower(), verb.lower_) in ATTRIBUTING)):
        # "doctors blame heavy rains in late April", "agreed to settle claims stemming from the spill in June": a
        # cause or a hazard named by its date, told now or ahead; the nearest
        return None
    if prep is not None and prep.lower_ == "for" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "dobj" \
            and is_event_noun(prep.head.lemma_.lower(), text=prep.head.lower_) \
            and repaired_lemma(prep.head.head.lemma_.lower(), prep.head.head.lower_) in PLAN_PARTICIPLES \
            and not any(c.lower_ in FORMER_PLAN_WORDS or c.lower_ in ("had", "'d") for c in prep.head.head.children):
        return "future"  # "scheduled a special shareholders meeting for May 18": what is set is ahead
    if token.dep_ in ("nmod", "compound") and token.head.pos_ == "NOUN" and token.head.i >= span.end \
            and token.head.dep_ == "dobj" and (is_event_noun(token.head.lemma_.lower(), text=token.head.lower_)
                                               or token.head.lemma_.lower() in SET_DAY_NOUNS) \
            and repaired_lemma(token.head.head.lemma_.lower(), token.head.head.lower_) in PLAN_PARTICIPLES \
            and not any(c.lower_ in FORMER_PLAN_WORDS for c in token.head.head.children):
        return None  # "scheduled a March 12 vote", "set a Dec. 16 execution date": after the setting; the nearest
    at = prep.head.head if prep is not None else None
    if prep is not None and prep.head.lower_ in FIGURE_UNITS and at.pos_ == "ADP" and at.i \
            and (at.head.pos_ in ("NOUN", "PROPN") or at.doc[at.i - 1].text == ","):
        return None  # a figure a thing stood at: "unemployment, at 11.8 percent in July, would keep rising"
    if token.dep_ in ("dobj", "npadvmod") and token.head.pos_ == "VERB" \
            and token.head.lemma_.lower() in PLAN_PARTICIPLES and span.end + 2 < len(span.doc) \
            and span.doc[span.end].lower_ == "as" \
            and any(t.lemma_.lower() in SET_DAY_NOUNS for t in span.doc[span.end + 1:span.end + 4]):
        return None  # "set March 19 as the date of a special election": a day set, either side of now; the nearest
    if prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in SET_DAY_NOUNS:
        return None  # "set a trial date of April 20": a day set, either side of now; the nearest
    owner_prep = token.head.head if possessive and token.head.dep_ == "pobj" else prep  # "before Tuesday's vote"
    if owner_prep is not None and owner_prep.lower_ in ("before", "until", "till") \
            and owner_prep.head.lower_ in COUNTDOWN_WORDS and owner_prep.head.head.lemma_.lower() in TEMPORAL_UNITS:
        return "future"  # "with two weeks left before election day", "days remaining until the vote": ahead
    if prep is not None and prep.lower_ in ("in", "on", "at") and prep.head.lower_ == "set" and (
            (prep.head.dep_ == "acl" and prep.head.tag_ == "VBN")
            or (prep.head.pos_ == "NOUN" and any(c.dep_ == "compound" for c in prep.head.children))):
        # (the parser may read "a record set" as a compound noun)
        return "past"  # "a record set in January", "a mark set in June": established then (not "set for March")
    if prep is not None and prep.lower_ in ("to", "from") and prep.head.lemma_.lower() in DATING_BACK:
        return "past"  # "back pay dating to Nov. 20", "raises retroactive to Jan. 1": what it reaches back to is gone
    if prep is not None and any(_closing(n) for n in (prep.head, prep.nbor(-1) if prep.i else prep.head)):
        return "past"  # "a 38 percent premium to Norvik's closing price on Tuesday": a close is gone
    if prep is not None and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "for" \
            and is_event_noun(prep.head.lemma_.lower()):
        return None  # what is readied for: "setting the stage for an election in October", either side of now
    if prep is not None and prep.lower_ in ("on", "at") and prep.i and prep.head.lemma_.lower() in CALLING_TO \
            and (noun := prep.doc[prep.i - 1]).dep_ == "pobj" and noun.head.lower_ == "for" \
            and noun.head.i < noun.i and is_event_noun(noun.lemma_.lower()) \
            and lookup(noun.lemma_.lower(), pos="noun") not in CHARGE_TYPES:
        return None  # the same, hung on the verb: "summoned lawmakers back for a special session on June 12"
    if prep is not None and prep.lower_ in DEADLINE_WORDS and prep.head.pos_ in ("VERB", "AUX") \
            and prep.head.lemma_.lower() in DEADLINE_GIVERS and any(
                c.i > prep.i and c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
                for c in prep.head.children):
        # "has until Friday to respond", "gave the company until Oct. 1 to submit a plan": a deadline, ahead of
        # the giving; the nearest when that was in the past
        return "future" if verb_tense(prep.head) in ("present", "future") else None
    if prep is not None and prep.lower_ in MOVED_TO and prep.head.pos_ == "VERB" \
            and _phrasal_lemmas(prep.head) & verbs("scheduling") \
            and not any(c.lower_ in FORMER_PLAN_WORDS for c in prep.head.children):
        return "future"  # "postponed the vote until next Tuesday", "the trial was adjourned to Monday"
    if possessive and any(c.dep_ == "amod" and c.lower_ in PLANNED_WORDS for c in token.head.children):
        return "future"  # "to avoid violence at Friday's planned marches": ahead
    if possessive and any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and verb_tense(c) == "past"
                          for c in token.head.children):
        return "past"  # "investigating Tuesday's attack, which killed 12 people": an attack gone
    below = token
    for _ in range(8):
        if possessive and token.pos_ in ("VERB", "AUX"):
            # "investigating Tuesday's explosion": the happening named, not the verb's time, so the nearest;
            # but what a past or perfect verb tells is gone ("Friday's session saw heavy selling", "have
            # found the cause of Wednesday's derailment")
            perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children) \
                and repaired_lemma(token.lemma_.lower(), token.lower_) not in FUTURE_HEADS  # not "have prepared for"
            if perfect or verb_tense(token) == "past":
                return "past"
            return "future" if _arranged_ahead(span.root.head, below, token) else None
        if token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ in ("acl", "advcl", "xcomp", "prep") \
                and token.lemma_.lower() in ("start", "begin") and not span.start <= token.i < span.end:
            # "declared three days of mourning starting Friday": from when it runs, told in the past, the nearest
            # ("will close the plant beginning Monday": ahead)
            tense = verb_tense(token)
            return None if tense == "past" else tense
        if token.pos_ in ("VERB", "AUX"):
            return None if _would_after_dated_past(token) else verb_tense(token)
        if token.pos_ == "ADJ" and (token.dep_ in ATTRIBUTE_DEPS or token.lemma_.lower() in IN_FORCE_FROM) \
                and not span.start <= token.i < span.end:
            # "declared a dividend, payable Dec. 1", "was named president, effective Jan. 1": not the verb's
            # tense; the nearest year
            return None
        if token.head is token:
            return None
        below, token = token, token.head
    return None


def _planned_in_object(span: Span) -> bool:
    """Is the date inside the object of a past verb that looks ahead (a plan, a call, a prediction, an
    approval: "called for a day of strikes on Sept. 10", "predicted a vote by Oct. 17", "approved a freeze on
    hiring from Feb. 1")? What it looks to is after it: either side of now. Not through a past perfect."""
    token, nouns = span[-1], 0
    for _ in range(6):
        if token.head is token:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            break
        nouns += token.pos_ == "NOUN" and not span.start <= token.i < span.end
    lemma = repaired_lemma(token.lemma_.lower(), token.lower_)
    return nouns > 0 and token.tag_ == "VBD" and lemma in FUTURE_HEADS | LOOKING_AHEAD \
        and not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)


def _arranged_ahead(noun: Token, below: Token, verb: Token) -> bool:
    """Whether a day's arranged happening is told as ahead: the subject of a future verb or of "is
    expected to" ("Tuesday's vote will decide", "Friday's meeting is expected to focus on trade"), or what a
    future verb readies for ("will take charge for Tuesday's trip"), or a fixture a verb of now or ahead takes.
    Not a hazard ("Tuesday's explosion will cost millions" is gone)."""
    if lookup(noun.lemma_.lower()) in HARM_TYPES or not is_event_noun(noun.lemma_.lower(), text=noun.lower_):
        return False
    tense = verb_tense(verb)
    if below.dep_ in ("nsubj", "nsubjpass"):
        planned = tense == "present" and repaired_lemma(verb.lemma_.lower(), verb.lower_) in PLAN_PARTICIPLES \
            and any(c.dep_ == "xcomp" for c in verb.children)
        return tense == "future" or planned
    if tense in ("future", "present") and below.dep_ in ("dobj", "prep") \
            and lookup(noun.lemma_.lower(), pos="noun") == "sports":
        # a fixture a verb of now or ahead takes: "will start Saturday's season opener", "goes into Sunday's race"
        return True
    return tense == "future" and below.dep_ == "prep" and below.lower_ in ("for", "before")


def _closing(noun: Token) -> bool:
    """Is ``noun`` a close or a closing price ("Friday's close", "the closing price"), not the close of an
    event ("at the close of the meeting on Saturday")?"""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and noun.lemma_.lower() in CLOSING_WORDS:
        return False
    if noun.lower_ == "closes" and any(c.dep_ in ("compound", "nsubj") for c in noun.children):
        return False  # "before the transfer window closes on Monday": a verb the tagger took for a plural
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in CLOSING_WORDS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in CLOSING_WORDS for c in noun.children))


def _phrasal_lemmas(verb: Token) -> set[str]:
    """The lemma of ``verb`` and, with each particle, its phrasal verb ("moved up": move, move up)."""
    lemma = repaired_lemma(verb.lemma_.lower(), verb.lower_)
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod"))}


def _would_after_dated_past(verb: Token) -> bool:
    """Is ``verb`` a "would" clause told by a past verb that has a date of its own ("announced in April that
    he would step down at the end of June")? Ahead of that date, not of the publication: the nearest."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or head is verb or head.tag_ != "VBD":
        return False
    return any(t.ent_type_ == "DATE" for c in head.children if c is not verb and c.dep_ in ("prep", "npadvmod")
               for t in c.subtree)


def _reporter_before(span: Span) -> Token | None:
    """The reporting verb right before a date ("said Tuesday its sales rose", "announced on Monday that"),
    which the date belongs to even where the parser hangs it on the clause reported; None otherwise."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i > 0 and doc[i].lower_ == "on":
        i -= 1
    if i >= 0 and doc[i].dep_ in ("dobj", "dative") and doc[i].pos_ in ("NOUN", "PROPN", "PRON") \
            and 0 < i - doc[i].head.i <= 3:
        i = doc[i].head.i  # "told Reuters on Monday it would cut jobs": the telling's
    if i < 0 or doc[i].pos_ != "VERB":
        return None
    return doc[i] if repaired_lemma(doc[i].lemma_.lower(), doc[i].lower_) in verbs("reporting") else None


def verb_tense(verb: Token, depth: int = 0) -> str | None:
    """Tense of a verb from its own tag and its auxiliaries.

    ``will``/``shall`` and the other modals -> future ("could meet on Thursday", "said it would resume
    trading Tuesday"), a modal perfect -> past ("could have met"), but "would have" none (a plan that did not
    come: "would have been held on June 21"); a finite past auxiliary or a past-tense verb -> past; a present
    auxiliary (including the present perfect "has visited" and the passive "is scheduled") or a present verb
    -> present, but a verb of intention in the present is future ("is
    scheduled for Thursday", "are expected Monday") and in the past has no tense ("was set to land Monday":
    a plan seen from the past, on either side of now); an infinitive takes the tense of the verb it depends on,
    and is future under verbs of intention ("expected to arrive", "plans to visit") or after a noun ("an
    event to be held"); a participle or gerund with no auxiliary takes the tense of the verb above it ("will
    resume trading Tuesday", "will close the plant beginning Monday"; not through a clause of its own subject:
    "could help, one being the government approving it Thursday"), or above the preposition it is the
    object of ("blocked inspectors from entering a building on Tuesday"), and so does a passive participle
    sharing the auxiliary of the conjunct before it ("was arrested and charged Saturday"). A bare clause
    ordered has no tense ("ordered the boy returned to his father by Jan. 14": the nearest).
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if verb.dep_ == "advcl" and depth < 3 and verb.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children) \
            and verb_tense(verb.head, depth + 1) == "future":
        return "future"  # "would table a motion if the budget was not revised by mid-November": ahead
    if words & FUTURE_AUX:
        return "future"
    if words & MODALS_NOT_FUTURE:
        if "could" in words and any(c.dep_ == "neg" for c in verb.children):
            return None  # "I could not train for a week in July", "could not be reached Monday": either side
        if any(a.lemma_.lower() == "have" for a in auxes):
            # "could have met": past; "would have been held on June 21" is a plan that did not come, either
            # side of now: the nearest
            return None if "would" in words else "past"
        return "future"
    if "having" in words:
        return "past"  # "is expected to leave it unchanged, having cut it to a record low in July": done before
    finite = [a for a in auxes if a.lower_ != "to" and a.tag_ in ("VBD", "VBZ", "VBP")]
    intention = repaired_lemma(verb.lemma_.lower(), verb.lower_) in FUTURE_HEADS
    if finite:
        first = min(finite, key=lambda a: a.i)
        if first.lower_ in ("going",):
            return "future"
        if first.tag_ == "VBD":  # "was set to land Monday": a plan seen from the past, either side of now
            return None if intention and first.lemma_.lower() == "be" else "past"
        return "future" if intention and first.lemma_.lower() == "be" else "present"
    if not auxes and verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head is not verb \
            and repaired_lemma(verb.head.lemma_.lower(), verb.head.lower_) in ORDER_HEADS:
        return None  # "ordered the boy returned to his father by Jan. 14": after the order, either side of now
    if verb.lemma_.lower() == "be" and verb.tag_ in ("VBD", "VBZ", "VBP") \
            and any(c.dep_ == "acomp" and c.lemma_.lower() in FUTURE_HEADS for c in verb.children):
        return None if verb.tag_ == "VBD" else "future"  # "the vote is due in March": ahead
    if verb.tag_ == "VBD" and not (verb.dep_ == "conj" and verb.lower_ in SAME_PAST_FORMS and depth < 3
                                   and any(a.lower_ in FUTURE_AUX for a in verb.head.children if a.dep_ == "aux")):
        return "past"  # not a bare "cut" joined to a future: "will idle plants in November and cut its output"
    if verb.tag_ == "VBD":
        return verb_tense(verb.head, depth + 1)
    if verb.tag_ in ("VBP", "VB") and not auxes and verb.dep_ in ("ccomp", "xcomp") and depth < 3 \
            and verb.head.lemma_.lower() in BARE_INFINITIVE_HEADS and verb.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head, depth + 1)  # "helped the club reach the cup final in March": the helping's
    if verb.tag_ == "VBP" and not auxes and past_form(verb.lower_):
        return "past"  # a past form the tagger took for a present: "Serbian police retook it Sunday"
    if verb.tag_ in ("VBZ", "VBP"):
        return "future" if intention else "present"
    if "to" in words and verb.tag_ in ("VB", "VBN") and depth < 3:
        head = verb.head
        lemma = repaired_lemma(head.lemma_.lower(), head.lower_)
        if any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
            return "future"  # "declared a day of mourning, with funerals to be held Saturday": what is to be
        if lemma in FUTURE_HEADS and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in head.children):
            return None  # "had been ordered to suspend operations in July": a plan of the past perfect, the nearest
        if verb.dep_ == "advcl" and head.tag_ == "VBD" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in PERMISSION_NOUNS for c in head.children):
            return None  # "won court approval yesterday to close 38 stores by the end of April": after it
        if verb.dep_ == "xcomp" and head.tag_ == "VBD" and lemma in COMMANDING_HEADS:
            return None  # "ordered 6,000 residents to evacuate Thursday night": done then or ahead, the nearest
        if head is verb or head.pos_ not in ("VERB", "AUX", "ADJ") \
                or (lemma in FUTURE_HEADS and not (lemma == "go" and head.tag_ != "VBG")):
            return "future"  # "an event to be held on", "plans to visit", "is going to cut"; not "went to buy"
        if lemma == "be" and head.tag_ == "VBD" and verb.dep_ == "xcomp":
            return None  # "was to leave for Beijing on Saturday": a plan seen from the past, either side of now
        if verb.dep_ == "xcomp" and head.tag_ == "VBD" and lemma in DECIDING_HEADS:
            return None  # "voted early today to hold a referendum on July 12": after the vote, the nearest
        if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head is not head:
            # "is likely to report a loss Tuesday", "are due to resume Monday": ahead of the copula's present;
            # from the past, either side of now ("was eager to meet on Friday")
            tense = verb_tense(head.head, depth + 1)
            return "future" if tense == "present" else None if tense == "past" else tense
        return verb_tense(head, depth + 1)
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "ROOT"):
        if intention and verb.dep_ == "acl" and repaired_lemma(verb.lemma_.lower(), verb.lower_) in PLAN_PARTICIPLES:
            # "the vote scheduled for Sunday": ahead
            if any(c.lower_ in FORMER_PLAN_WORDS for c in verb.children):
                return None  # "the hearing, originally set for March 3, was postponed": the nearest
            return "future"
        return "past"
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and depth < 3 \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head.head, depth + 1)  # "arrested a man carrying a gun on Monday": the arrest's
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "acl" and verb.head.dep_ == "pobj" and depth < 3 \
            and verb.head.head.dep_ == "prep" and verb.head.head.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head.head.head, depth + 1)  # "were reported in the week ending Friday": the report's
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and not auxes and verb.head.tag_ in ("VBZ", "VBP") \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.head.children):
        return "past"  # a participle shares no bare present: "A gunman ... hostage [VBP] ... surrendered at 1:20 a.m."
    if (verb.tag_ in ("VBG", "VB") or (verb.tag_ == "VBN" and verb.dep_ == "conj")) and not auxes \
            and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj", "prep") \
            and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX") and depth < 3:
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # a clause of its own subject ("..., one being the government approving it on October
            # 18"): not the tense of the verb it hangs from; the nearest
        return verb_tense(verb.head, depth + 1)
    if not auxes and verb.dep_ in ("acomp", "oprd") and verb.head is not verb \
            and verb.head.pos_ in ("VERB", "AUX") and depth < 3:
        return verb_tense(verb.head, depth + 1)  # "the dollar was mixed on Friday": the copula's
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "since") \
            and verb.head.head.pos_ in ("VERB", "AUX") and depth < 3:
        # "now expects a loss, after saying in February it would break even": before a present or past verb
        return "past" if verb_tense(verb.head.head, depth + 1) in ("past", "present") else None
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ in ("VERB", "AUX") and depth < 3:
        return verb_tense(verb.head.head, depth + 1)  # "blocked inspectors from entering on Tuesday": past
    return None


def perfect(verb: Token) -> bool:
    """Whether ``verb`` is a present perfect telling what is done ("has defended it, most recently in May"), not a
    plan ("has scheduled a vote for March") nor a state lasting until a time ("have been suspended until Friday")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in verb.children) \
        and repaired_lemma(verb.lemma_.lower(), verb.lower_) not in FUTURE_HEADS \
        and not _phrasal_lemmas(verb) & verbs("scheduling") \
        and not any(c.dep_ == "prep" and c.lower_ in MOVED_TO for c in verb.children)


def _relative_before(span: Span) -> Token | None:
    """The verb of a relative clause on the subject of the verb a date hangs from (or on a noun of the
    subject's phrase) that the date ends, where the parser hung the date on the main verb: "the death toll from
    the earthquake that jolted the county on Tuesday afternoon has risen to 27" (jolted); else None."""
    verb, root = governing_token(span), span.root
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
