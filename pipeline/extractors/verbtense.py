"""The tense of one verb, from its own tag, its auxiliaries and modals and the verb above an infinitive or
participle (:func:`verb_tense`), and whether it is a present perfect of what is done (:func:`perfect`); used by
:mod:`.tense`, which reads the tense a date depends on."""

from __future__ import annotations

from spacy.tokens import Token

from ..lang.events import (
    ACCUSING,
    FORECAST_VERBS,
    SAME_PAST_FORMS,
    THIRD_SINGULAR,
    past_form,
    repaired_lemma,
    verbs,
)

ORDER_HEADS = frozenset({"order", "demand", "require", "direct", "instruct", "want"})  # "ordered him freed"
FUTURE_HEADS = frozenset({"expect", "plan", "schedule", "set", "due", "aim", "intend", "hope", "want", "go",
                          "slate", "prepare", "seek", "promise", "agree", "propose", "vow", "pledge", "threaten",
                          # appeals and orders: "urged the House to act before the August recess"
                          "urge", "ask", "call", "press", "encourage", "invite", "order", "appeal", "demand",
                          "persuade", "convince"}) | FORECAST_VERBS  # what is foreseen: "were forecast to persist"
PROSPECTS = FUTURE_HEADS | {"possible", "likely", "unlikely", "probable", "imminent"}  # "a launch was possible on"
# participles that name a plan on their own ("the vote scheduled next week", "talks planned Monday"); the others
# of FUTURE_HEADS tell a past act there ("the strike, called in June", "the reforms, proposed in 1988")
PLAN_PARTICIPLES = frozenset({"schedule", "set", "plan", "due", "expect", "slate", "intend", "timetable"})
MOVED_TO = frozenset({"until", "till", "to", "through"})  # what a verb of scheduling moves an event to is ahead
SPAN_END_WORDS = frozenset({"until", "till", "through"})  # a state running on ("vacationing until Jan. 4")
DECIDING_HEADS = frozenset({"vote", "decide", "resolve", "elect", "choose", "opt"})  # "voted to hold a referendum"
# "ordered them to leave Monday", "told jurors to return Thursday morning"
COMMANDING_HEADS = frozenset({"order", "command", "force", "allow", "permit", "tell", "instruct", "direct",
                              "authorize", "authorise"})
# what a past verb gets that lets its subject do something later ("won approval to close stores by April")
PERMISSION_NOUNS = frozenset({"approval", "permission", "authority", "authorization", "license", "licence",
                              "go-ahead", "clearance", "consent", "mandate", "right", "nod", "waiver"})
BARE_INFINITIVE_HEADS = frozenset({"help", "make", "let", "see", "watch", "hear", "feel"})  # "helped X reach"
TIME_MARKS = frozenset({"once", "when", "before", "after"})  # a time clause told in the present
FORMER_PLAN_WORDS = frozenset({"originally", "initially", "previously", "first"})  # "originally set for March 3"
# verbs whose object is said in a participle clause ("have service restored", "hold markets closed until Friday")
SMALL_CLAUSE_HEADS = frozenset({"have", "get", "hold", "keep", "leave", "see", "want", "need", "find", "make", "order"})
MODALS_NOT_FUTURE = frozenset({"would", "could", "should", "might", "may", "must", "can", "ought"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


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
    sharing the auxiliary of the conjunct before it ("was arrested and charged Saturday") or telling the state a
    thing is found in ("found burned houses early Saturday"). A bare clause
    ordered has no tense ("ordered the boy returned to his father by Jan. 14": the nearest).
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBD", "VBN") and not any(a.lemma_.lower() in ("be", "have") for a in auxes):
        # no auxiliary of its own before a past form: a name's "do" ("Santa Rita do Norte returned"), a noun's
        # "can" ("a gasoline can purchased on Dec. 11")
        auxes = [a for a in auxes if a.lower_ not in ("do", "can") or a.i > verb.i]
    # an auxiliary the parser hung from the next one ("will" under "be" in "will be closed Wednesday")
    auxes += [c for a in auxes if a.dep_ == "auxpass" for c in a.children if c.dep_ == "aux" and c.i < a.i]
    words = {a.lower_ for a in auxes}
    if verb.dep_ == "advcl" and depth < 3 and verb.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and (c.lower_ in ("if", "unless") or (
                c.lower_ in TIME_MARKS and not auxes and verb.tag_ in ("VBP", "VBZ"))) for c in verb.children) \
            and verb_tense(verb.head, depth + 1) == "future":
        # "would table a motion if the budget was not revised by mid-November", "once the October storms hit, no
        # one will be out there": ahead
        return "future"
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
        due = verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in FUTURE_HEADS
                                                  for c in verb.children)
        if first.tag_ == "VBD" and due:
            return None  # "polls had been due in July": a plan seen from the past, either side of now
        if first.tag_ == "VBD":  # "was set to land Monday": a plan seen from the past, either side of now; but a
            # verb of intention that names no plan of its own tells a past act ("the plan was proposed in March")
            planned = repaired_lemma(verb.lemma_.lower(), verb.lower_) in PLAN_PARTICIPLES or any(
                c.dep_ == "xcomp" for c in verb.children)
            passive = first.lemma_.lower() == "be" or any(a.dep_ == "auxpass" for a in auxes)
            return None if intention and planned and passive else "past"  # ("had been set to begin at 12:01 a.m.
            # Monday": the plan's day, either side of now)
        return "future" if intention and first.lemma_.lower() == "be" else "present"
    if not auxes and verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head != verb \
            and repaired_lemma(verb.head.lemma_.lower(), verb.head.lower_) in ORDER_HEADS:
        return None  # "ordered the boy returned to his father by Jan. 14": after the order, either side of now
    if verb.lemma_.lower() == "be" and verb.tag_ in ("VBD", "VBZ", "VBP") \
            and any(c.dep_ == "acomp" and c.lemma_.lower() in PROSPECTS for c in verb.children):
        return None if verb.tag_ == "VBD" else "future"  # "the vote is due in March", "a launch is possible on
        # Wednesday": ahead (seen from the past, either side of now)
    if verb.tag_ == "VBD" and not (verb.dep_ == "conj" and verb.lower_ in SAME_PAST_FORMS and depth < 3
                                   and verb_tense(verb.head, depth + 1) == "future"):
        return "past"  # not a bare "cut" joined to a future: "will idle plants in November and cut its output",
        # "would stop developing the drug and cut 120 jobs by the end of June"
    if verb.tag_ == "VBD":
        return verb_tense(verb.head, depth + 1)
    if verb.tag_ in ("VBP", "VB") and not auxes and verb.dep_ in ("ccomp", "xcomp") and depth < 3 \
            and verb.head.lemma_.lower() in BARE_INFINITIVE_HEADS and verb.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head, depth + 1)  # "helped the club reach the cup final in March": the helping's
    if verb.tag_ == "VBP" and not auxes and (past_form(verb.lower_) or (verb.lower_ in SAME_PAST_FORMS and any(
            c.dep_ == "nsubj" and (c.tag_ in ("NN", "NNP") or c.lower_ in THIRD_SINGULAR) for c in verb.children))):
        return "past"  # a past form the tagger took for a present: "Serbian police retook it Sunday", "the company
        # reset all passwords over the weekend" (its present would be "resets")
    if verb.tag_ in ("VBZ", "VBP"):
        return "future" if intention else "present"
    if verb.tag_ == "VB" and not auxes and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children) \
            and verb.lower_ not in SAME_PAST_FORMS and not past_form(verb.lower_):
        return "present"  # a present the tagger took for a base form: "Slavonija play their last game on Saturday"
        # (not a past of the same form: "Garnier hurt his back on Tuesday")
    if "to" in words and "have" in words and verb.tag_ == "VBN" \
            and repaired_lemma(verb.head.lemma_.lower(), verb.head.lower_) not in FUTURE_HEADS | {"be"}:
        return "past"  # a perfect infinitive is done before: "are believed to have left the country in August"
        # (not a plan's: "is expected to have finished the work by June", "was to have ended Sept. 16")
    if "to" in words and verb.tag_ in ("VB", "VBN") and depth < 3:
        head = verb.head
        lemma = repaired_lemma(head.lemma_.lower(), head.lower_)
        if any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
            return "future"  # "declared a day of mourning, with funerals to be held Saturday": what is to be
        if lemma in FUTURE_HEADS and any(
                (c.dep_ == "aux" and c.lower_ in ("had", "'d")) or c.lower_ in FORMER_PLAN_WORDS
                for c in head.children):
            # "had been ordered to suspend operations in July", "was originally scheduled to go up July 9": a plan
            # of the past perfect or a former one, the nearest
            return None
        if verb.dep_ == "advcl" and head.tag_ == "VBD" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in PERMISSION_NOUNS for c in head.children):
            return None  # "won court approval yesterday to close 38 stores by the end of April": after it
        if verb.dep_ in ("xcomp", "ccomp") and lemma in COMMANDING_HEADS and (head.tag_ == "VBD" or any(
                c.dep_ == "auxpass" and c.tag_ == "VBD" for c in head.children)):
            return None  # "ordered 6,000 residents to evacuate Thursday night", "were ordered to evacuate over the
            # weekend": done then or ahead, the nearest
        if head.tag_ == "VBN" and head.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in head.children) \
                and ((lemma in FUTURE_HEADS - PLAN_PARTICIPLES - FORECAST_VERBS)
                     or any(c.lower_ in FORMER_PLAN_WORDS for c in head.children)):
            return None  # "marches called by the opposition to denounce the July 3 coup": an appeal named on a
            # thing, seen from no time of its own, the nearest (but "talks set to run through Thursday": ahead; not
            # "originally scheduled to ship in February", a former plan: the nearest too)
        if head == verb or head.pos_ not in ("VERB", "AUX", "ADJ") \
                or (lemma in FUTURE_HEADS and not (lemma == "go" and head.tag_ != "VBG")):
            return "future"  # "an event to be held on", "plans to visit", "is going to cut"; not "went to buy"
        if lemma == "be" and head.tag_ == "VBD" and verb.dep_ == "xcomp":
            return None  # "was to leave for Beijing on Saturday": a plan seen from the past, either side of now
        if verb.dep_ == "xcomp" and head.tag_ == "VBD" and lemma in DECIDING_HEADS:
            return None  # "voted early today to hold a referendum on July 12": after the vote, the nearest
        if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head != head:
            # "is likely to report a loss Tuesday", "are due to resume Monday": ahead of the copula's present;
            # from the past, either side of now ("was eager to meet on Friday")
            tense = verb_tense(head.head, depth + 1)
            return "future" if tense == "present" else None if tense == "past" else tense
        return verb_tense(head, depth + 1)
    if verb.tag_ == "VBN" and not auxes and not intention and any(c.dep_ == "nsubj" for c in verb.children) \
            and verb.head.lemma_.lower() not in SMALL_CLAUSE_HEADS:  # (not "have service restored until the weekend")
        return "past"  # a participle with a subject of its own and no auxiliary is a past the tagger missed:
        # "Workers at the mine downed tools on Thursday, the second strike in a month"
    kept = verb.head.head.head if verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep" else verb.head
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxes and kept.dep_ == "dobj" and depth < 3 \
            and kept.head.lemma_.lower() in SMALL_CLAUSE_HEADS - {"find"}:
        return verb_tense(kept.head, depth + 1)  # the state an object is kept in: "will keep one of them shut
        # through March" (the keeping's)
    if verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("xcomp", "oprd", "ccomp") and not auxes and depth < 3 \
            and verb.head.lemma_.lower() in SMALL_CLAUSE_HEADS - {"find"} \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb_tense(verb.head, depth + 1)  # (the parser's reading of "keep one of them shut")
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "ROOT"):
        if intention and verb.dep_ == "acl" and repaired_lemma(verb.lemma_.lower(), verb.lower_) in PLAN_PARTICIPLES:
            # "the vote scheduled for Sunday": ahead
            if any(c.lower_ in FORMER_PLAN_WORDS for c in verb.children):
                return None  # "the hearing, originally set for March 3, was postponed": the nearest
            return "future"
        return "past"
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for", "with") \
            and repaired_lemma(verb.head.head.lemma_.lower(), verb.head.head.lower_) in ACCUSING:
        return "past"  # the act charged is done: "accused of setting a January fire", "suspected of stealing"
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "nsubj", "nsubjpass") \
            and depth < 3 and verb.head.head.pos_ in ("VERB", "AUX") and (verb.head.dep_ == "dobj" or not any(
                c.dep_ == "prep" and c.lower_ in SPAN_END_WORDS for c in verb.children)):
        return verb_tense(verb.head.head, depth + 1)  # "arrested a man carrying a gun on Monday": the arrest's;
        # "OPEC ministers, meeting in Vienna on Tuesday, agreed": the agreeing's (not a state running on: "the
        # president, vacationing in Hawaii until Jan. 4, called")
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not auxes and not intention and verb.i \
            and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN") and verb.head.lemma_.lower() not in ORDER_HEADS \
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children):
        return "past"  # a participle right after its noun, which the parser hung on the verb, tells a thing done:
        # "settled ... below the high reached on Wednesday" (not "ordered flags at the Capitol flown until Monday")
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "acl" and verb.head.dep_ == "pobj" and depth < 3 \
            and verb.head.head.dep_ == "prep" and verb.head.head.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head.head.head, depth + 1)  # "were reported in the week ending Friday": the report's
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and not auxes and verb.head.tag_ in ("VBZ", "VBP") \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.head.children):
        return "past"  # a participle shares no bare present: "A gunman ... hostage [VBP] ... surrendered at 1:20 a.m."
    if verb.tag_ in ("VB", "VBP") and verb.dep_ == "conj" and not auxes and verb.head.tag_ == "VBD" \
            and repaired_lemma(verb.lemma_.lower(), verb.lower_) in verbs("intention") \
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.head.children):
        # a bare present of intention joined to a plain past: "held a march last night and plan a rally Saturday"
        return "present"
    found_in = verb.tag_ == "VBN" and repaired_lemma(verb.head.lemma_.lower(), verb.head.lower_) in verbs("finding")
    if (verb.tag_ in ("VBG", "VB") or (verb.tag_ == "VBN" and verb.dep_ == "conj") or found_in) \
            and not auxes \
            and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj", "prep") \
            and verb.head != verb and verb.head.pos_ in ("VERB", "AUX") and depth < 3:
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # a clause of its own subject ("..., one being the government approving it on October
            # 18"): not the tense of the verb it hangs from; the nearest
        return verb_tense(verb.head, depth + 1)
    if not auxes and verb.dep_ in ("acomp", "oprd") and verb.head != verb \
            and verb.head.pos_ in ("VERB", "AUX") and depth < 3:
        return verb_tense(verb.head, depth + 1)  # "the dollar was mixed on Friday": the copula's
    if verb.tag_ == "VBG" and not auxes and verb.dep_ in GERUND_OBJECTS and verb.head.lower_ in ("after", "since") \
            and verb.head.head.pos_ in ("VERB", "AUX") and depth < 3:
        # "now expects a loss, after saying in February it would break even": before a present or past verb
        return "past" if verb_tense(verb.head.head, depth + 1) in ("past", "present") else None
    if verb.tag_ == "VBG" and not auxes and verb.dep_ in GERUND_OBJECTS and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ in ("VERB", "AUX") and depth < 3:
        return verb_tense(verb.head.head, depth + 1)  # "blocked inspectors from entering on Tuesday": past; "will
        # ring their bells in mourning on Sunday" (the parser's object of "in"): ahead
    return None


GERUND_OBJECTS = frozenset({"pcomp", "pobj"})  # a gerund after a preposition, as the parser hangs it


def perfect(verb: Token) -> bool:
    """Whether ``verb`` is a present perfect telling what is done ("has defended it, most recently in May"), not a
    plan ("has scheduled a vote for March") nor a state lasting until a time ("have been suspended until Friday")."""
    return verb.tag_ == "VBN" and _have_aux(verb, ("VBZ", "VBP")) \
        and repaired_lemma(verb.lemma_.lower(), verb.lower_) not in FUTURE_HEADS \
        and not phrasal_lemmas(verb) & verbs("scheduling") \
        and not any(c.dep_ == "prep" and c.lower_ in MOVED_TO for c in verb.children)



def passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive participle ("was banned until June", "sidelined until April"), not a perfect."""
    return verb.tag_ == "VBN" and not _have_aux(verb)


def _have_aux(verb: Token, tags: tuple[str, ...] | None = None) -> bool:
    """Whether ``verb`` has "have" for an auxiliary (of one of ``tags``: "has", "have" for the present)."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and (tags is None or c.tag_ in tags)
               for c in verb.children)

def phrasal_lemmas(verb: Token) -> set[str]:
    """The lemma of ``verb`` and, with each particle, its phrasal verb ("moved up": move, move up)."""
    lemma = repaired_lemma(verb.lemma_.lower(), verb.lower_)
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod"))}
