"""Where a date attaches in the parse of a sentence: the predicate it governs, and the relations (relative
clauses, "before"/"after", participles of starting) that decide it. Tree walking itself is in ``tree``, the
readings that set a misparse right in ``misparsed``."""

from __future__ import annotations

from ..lang.events import (
    ACCUSING,
    ATTRIBUTE_DEPS,
    ATTRIBUTING,
    CALLING_TO,
    CHARGE_TYPES,
    DECLARED_DAYS,
    FORECAST_VERBS,
    IN_FORCE_FROM,
    TEMPORAL_NOUNS,
    classes,
    lookup,
    verbs,
)
from ..records import Predicate, Sentence
from .counts import counted_in, measured_in
from .misparsed import (
    clause_top,
    dated_noun,
    described_participle,
    from_date_participle,
    fronted_participle,
    has_own_date,
    in_temporal_phrase,
    main_clause_before,
    participle_host,
    planned_before,
    put_on_thing,
    relative_before,
    second_date_of_period,
    site_of,
    spanned_object,
    start_word,
    time_clause,
    verb_above,
)
from .perfects import perfect_above, perfect_before
from .redirects import commemorated
from .tree import (
    AUX_DEPS,
    NOUN_POS,
    SUBJECT_DEPS,
    TIME_ENTS,
    children,
    date_top,
    date_words,
    descends,
    has_dep,
    in_front_of,
    light_verb_event,
    nouns_at,
    period_only,
    subject_of,
    verb_at,
)

# Ways a date hangs from a noun that make it a description of the noun: "the document of 1961",
# "the 1961 document", "a letter from 2015", "President Medvedev (2008-2012)".
DESCRIPTIVE_DEPS = frozenset({"compound", "nummod", "nmod", "poss", "appos", "amod", "npadvmod", "quantmod"})
DESCRIPTIVE_PREPS = frozenset({"of", "from", "dated"})

RETURNING = frozenset({"return", "come back", "get back"})  # "returns from its recess on Sept. 9"
MODIFIER_OF_NOUN = frozenset({"compound", "nummod", "amod", "npadvmod", "nmod"})  # "the 1987 crash"
# the last words of names of laws and awards: their year is the name's ("the 1990 Nobel Peace Prize")
NAMED_THINGS = frozenset({"act", "award", "charter", "code", "constitution", "convention", "conventions", "law",
                          "prize", "statute"})
WITH = frozenset({"with"})  # what a thing is described with: "a trailer loaded with steel"


def _topic_of(sentence: Sentence, pred: Predicate) -> Predicate | None:
    """The event noun or verb a gerund is the topic of ("talks on forming a new government", "a debate over
    raising taxes", "held off on reducing its bond buying on Wednesday": the holding off), else None."""
    words = sentence.words
    if pred.kind != "verb" or words[pred.word].tag != "VBG" or words[pred.word].dep != "pcomp":
        return None
    prep = words[pred.word].head
    if words[prep].lemma.lower() not in TOPIC_PREPS or words[prep].head == prep:
        return None
    head = words[prep].head
    if words[head].pos == "VERB" and not (words[head].tag == "VBG" and has_dep(words, head, AUX_DEPS)):
        # "held off on reducing its bond buying on Wednesday", "declared a moratorium on repaying debts on Monday"
        # (the parser's); not a talk going on about what is ahead: "is talking about walking there next spring"
        return verb_at(sentence, head)
    return nouns_at(sentence).get(head)


TOPIC_PREPS = frozenset({"about", "on", "over"})
RESPONSIBILITY = frozenset({"credit", "responsibility"})  # what is claimed for a happening
FORESEEING = FORECAST_VERBS | {"expect"}  # what they foresee for a period is the period's
PERIOD_PREPS = frozenset({"in", "for", "during", "over", "through", "by"})


def _measure_foreseen(sentence: Sentence, inside: list[int]) -> Predicate | None:
    """The event noun a forecast, target or estimate of a period is of, when the date is that period ("cut its
    growth forecast for 2014", "its 2013 growth forecast", "its second-quarter earnings target": the growth, the
    earnings), else None."""
    words = sentence.words
    top = date_top(words, inside)
    head = words[top].head
    if words[top].dep == "pobj" and words[head].lemma.lower() == "for":
        # (the parser may hang "for" on the verb: "cut its growth forecast for 2014")
        head = head - 1 if head and words[head - 1].lemma.lower() in classes()["forecast"] else words[head].head
    elif words[top].dep not in ("compound", "nummod", "amod", "nmod"):
        return None
    if head in inside or words[head].lemma.lower() not in classes()["forecast"]:
        return None
    nouns = nouns_at(sentence)
    return next((nouns[c] for c in children(words, head) if words[c].dep == "compound" and c in nouns), None)


def _claimed_for(sentence: Sentence, noun: Predicate, first: int) -> Predicate | None:
    """The verb that claims or denies responsibility for the event noun ``noun`` when a date the parser hung on
    the noun comes after more words than a preposition ("claimed responsibility for the bombings in a telephone
    call to reporters Thursday night": the claiming; not "for the attack on Monday"), else None."""
    words = sentence.words
    prep = words[noun.word].head
    owner = words[prep].head
    if words[noun.word].dep != "pobj" or words[prep].lemma.lower() != "for" or words[owner].dep != "dobj" \
            or words[owner].lemma.lower() not in RESPONSIBILITY or first <= noun.word + 2:
        return None
    return verb_at(sentence, words[owner].head)


def governor(sentence: Sentence, start: int, end: int) -> tuple[Predicate | None, bool]:
    """The predicate a date at ``[start, end)`` attaches to, and whether the date only describes a thing
    (:func:`_governor`), with more parser slips mended: a date after a preposition left with no object is
    that preposition's verb's ("tumbled on Thursday and bond yields jumped"), one hung on a report told
    after it is the clause's before it ("released a satellite 55 minutes later, the agency said": released),
    one after the object of a verb recalling an earlier happening is that object's, one right after the
    happening something is ahead of is that happening's, one hung on an amount is its change's ("fell 30
    percent since October"), one after "since" follows the present perfect before it, and one after a gerund
    that is the topic of an event noun is the noun's ("talks on forming a government on Monday")."""
    words = sentence.words
    inside = date_words(words, start, end)
    if not inside:
        return None, False
    before = inside[0] - 1
    if before >= 0 and words[before].dep == "prep" \
            and not any(words[c].dep in ("pobj", "pcomp") for c in children(words, before)):
        hung = verb_at(sentence, words[before].head)
        if hung is not None:
            return hung, False
    if (hung := verb_at(sentence, second_date_of_period(words, before))) is not None:
        return hung, False  # "results for the quarter ended Sept. 30 on Oct. 20": the reporting's
    top = date_top(words, inside)
    if words[top].dep == "pobj" and words[top].head == 0 and words[0].lemma.lower() == "with" \
            and words[top].pos in NOUN_POS:
        return None, True  # "With the new fiscal year only four days away, the House approved": the setting told
    taken = words[inside[-1]].head  # the noun the parser read the date as naming
    if before >= 0 and words[before].dep == "prep" and words[taken].dep == "pobj" and words[taken].head == before \
            and inside[-1] < taken < len(words) - 1 and words[taken + 1].dep == "aux" \
            and all(words[k].dep in ("compound", "amod") for k in range(inside[-1] + 1, taken)) \
            and words[taken + 1].head == words[before].head and (hung := verb_at(sentence, words[before].head)):
        return hung, False  # "by midnight pumps had lowered the water", "by midafternoon cleanup crews had contained
        # it": the subject after the date, read as the date's noun
    counted = counted_in(sentence, inside)
    if counted is not None:
        return counted, False  # "a strike on December 18, the third such stoppage this year": the stoppage's
    measure = _measure_foreseen(sentence, inside)
    if measure is not None:
        return measure, False  # "cut its growth forecast for 2014", "its 2013 growth forecast": the growth's year
    noun = before - 1 if before >= 1 and words[before].lemma.lower() in ("in", "on", "at") else before
    if 0 <= noun < len(words) and noun in nouns_at(sentence) and in_temporal_phrase(words, noun):
        return nouns_at(sentence)[noun], False  # "ahead of local elections in November": the elections' date
    if (fronted := fronted_participle(sentence, inside) or described_participle(sentence, inside)
            or spanned_object(sentence, inside)) is not None:
        return fronted, False  # "Born in Hamburg in 1906, she fled to the United States in 1937": the birth's;
        # "tying the record set by Ben-Hur in 1960": the setting's; "ordered a curfew from 8 p.m.": the curfew's
    amount = words[before].head if before >= 0 and words[before].dep == "prep" else -1
    if 0 <= amount < len(words) and words[amount].ent in ("PERCENT", "MONEY", "QUANTITY") \
            and words[amount].dep == "npadvmod" and any(words[i].head == before for i in inside) \
            and (hung := verb_at(sentence, words[amount].head)):
        return hung, False  # an amount's date is its change's: "have fallen about 30 percent since last October"
    if before >= 1 and words[before].dep == "prep" and words[before].lemma.lower() in ("at", "on") \
            and words[before].head != before - 1 and words[before - 1].dep == "pobj" \
            and (words[words[before - 1].head].lemma.lower() in ("before", "after")
                 or (words[words[before - 1].head].lemma.lower() == "for"
                     and words[words[before].head].lemma.lower() in CALLING_TO
                     and lookup(words[before - 1].lemma.lower(), pos="noun") not in CHARGE_TYPES)) \
            and (noun := nouns_at(sentence).get(before - 1)) is not None:
        # "for four minutes before the crash at 21:37": the crash's time, hung on the verb; "summoned lawmakers back
        # for a special session on June 12": the session's day
        return noun, False
    if before >= 0 and words[before].lemma.lower() == "on" and words[before].dep == "prep" \
            and words[words[before].head].pos in ("NOUN", "PROPN") and words[before].head not in nouns_at(sentence) \
            and words[words[before].head].lemma.lower() not in TEMPORAL_NOUNS \
            and (sent := verb_at(sentence, verb_above(words, before, through=("of", "to", "from", "with")))):
        # "on Monday" is no thing's: "sent a team of epidemiologists to Kano on Monday" (the sending)
        return sent, False
    if before >= 0 and words[before].dep == "prep" and words[words[before].head].lemma.lower() in ATTRIBUTING:
        cause = max((n for n in nouns_at(sentence) if n < before and descends(words, n, words[before].head)
                     and words[n].dep in ("dobj", "pobj")), default=-1)
        if cause >= 0:  # "blamed heavy flooding in August for ...": the flooding's date, hung on the blaming
            return nouns_at(sentence)[cause], False
    subject = before - 2
    if subject >= 0 and words[before].dep == "prep" and words[before - 1].tag == "," \
            and inside[-1] + 1 < len(words) and words[inside[-1] + 1].tag == "," \
            and words[subject].dep in ("nsubj", "nsubjpass") and words[subject].head == words[before].head \
            and (noun := nouns_at(sentence).get(subject)) is not None:
        return noun, False  # "Ghana's last major cholera epidemic, in 1982, claimed 400 lives": the epidemic's
    node = inside[-1]
    verb = words[node].head
    day = next((c for c in children(words, verb) if words[c].dep in ("dobj", "oprd", "npadvmod") and c not in inside
                and words[c].lemma.lower() in DECLARED_DAYS), -1)
    if words[node].dep in ("npadvmod", "dobj") and words[verb].lemma.lower() in verbs("declaring") and day >= 0:
        # "declared Friday a national day of mourning": the day named is the mourning's, not the declaring's
        held = [nouns_at(sentence).get(o) for p in children(words, day) if words[p].lemma.lower() == "of"
                for o in children(words, p)]
        return next((n for n in held if n is not None), None), not any(held)
    told = verb_at(sentence, time_clause(words, inside))
    if told is not None:
        return told, False  # "The last time the region saw this much snow was in 1976": the seeing
    pred, descriptive = _governor(sentence, inside)
    if pred is None and (change := measured_in(sentence, inside)) is not None:
        return change, False  # "its January traffic fell 4.2%": the falling
    first = top
    while words[first].dep == "conj" and words[first].head < first:
        first = words[first].head  # "on Thursday and Friday"
    prep = words[first].head if words[first].dep == "pobj" else -1
    if pred is not None and pred.kind == "noun" and pred.word < inside[0] and words[pred.word].dep == "dobj" \
            and prep >= 0 and descends(words, words[prep].head, pred.word) \
            and words[prep].lemma.lower() in ("on", "at", "during", "over") \
            and not any(w.head == pred.word and w.ent in TIME_ENTS for w in words):
        # "held talks with clan elders on Thursday and Friday", the date hung on the noun: the light verb's event
        # (not when a day hangs on the noun itself: "made its first test flight Tuesday ... at 18:00 UTC")
        pred = light_verb_event(sentence, pred)
    since = before >= 0 and words[before].lemma.lower() == "since"
    perfect = perfect_before(sentence, before) if since else None
    if since and pred is not None and pred.kind == "verb" and pred.word < before \
            and (above := perfect_above(sentence, pred.word)) is not None:
        return above, False  # "have spent $3 million opposing the measure since August": the spending
    if perfect is not None and (pred is None or pred.start > words[before].start or (
            pred.kind == "noun" and perfect.light_verb is None and words[pred.word].dep == "pobj"
            and perfect.word < pred.word and descends(words, pred.word, perfect.word))):
        # "a heat wave that has gripped the state since mid-May showed no sign": gripped; "had been operating
        # under a regulatory order since 1987", the date hung on the order: operating
        return perfect, False
    topic = _topic_of(sentence, pred) or commemorated(sentence, pred, inside) if pred and pred.word < inside[0] \
        else None
    if topic is not None:  # "began talks on forming a new government on Monday": the talks' date; "marked the
        return topic, False  # anniversary of its return today": the marking's
    if pred is not None and pred.kind == "verb" and words[pred.word].dep == "acl" and (
            words[pred.word].tag == "VBG"
            or (pred.lemma in verbs("describing") and has_dep(words, pred.word, frozenset({"prep"}), WITH))) \
            and words[words[pred.word].head].dep == "dobj" and pred.word < inside[0] \
            and start_word(words, inside) < 0 and (above := verb_at(sentence, words[words[pred.word].head].head)):
        # the main verb's: "attacked a bus carrying workers on Wednesday", "struck a truck loaded with steel at 9 p.m."
        return above, False
    claim = _claimed_for(sentence, pred, inside[0]) if pred is not None and pred.kind == "noun" else None
    if claim is not None:
        return claim, False  # "claimed responsibility for the bombings in a call to reporters Thursday night"
    charged = [pred.word, pred.object] if pred is not None and pred.lemma in ACCUSING and pred.kind == "verb" else []
    charge = next((g for h in charged if h >= 0 for p in children(words, h) if words[p].lemma.lower() in ("of", "for")
                   for g in children(words, p) if words[g].dep == "pcomp" and words[g].tag == "VBG"
                   and g < inside[0]), -1)
    act = verb_at(sentence, charge) if charge >= 0 else None
    if act is not None:
        # the date after a charge is the charged act's: "accused government forces of bombing two villages
        # near Juba on Wednesday" (the bombing), not "accused them on Wednesday of bombing"
        return act, False
    if pred is not None and pred.kind == "verb" and pred.lemma in verbs("recalling") \
            and 0 <= pred.word < pred.object < inside[0] and pred.object in nouns_at(sentence) \
            and any(w.ent in TIME_ENTS and descends(words, k, clause_top(words, pred.word))
                    for k, w in enumerate(words[:pred.word])):
        # (the verb's own date told before it, in its clause: not "was sentenced in June, but a court overturned
        # the verdict in January")
        # what recalls an earlier happening is not at its date: "reversing their rejection of a similar measure
        # in 1996" (the rejection's), "tying the record set by Ben-Hur in 1960"
        return nouns_at(sentence)[pred.object], False
    if pred is None or pred.kind != "verb" or pred.lemma not in verbs("reporting"):
        return pred, descriptive
    subject = next((c for c in children(words, pred.word) if words[c].dep in SUBJECT_DEPS), -1)
    if not inside[-1] < subject < pred.word or not any(words[k].tag == "," for k in range(inside[-1] + 1, subject)):
        return pred, descriptive
    earlier = [p for p in sentence.predicates if p.kind == "verb" and p.word < inside[0]
               and p.lemma not in verbs("reporting")]
    return (earlier[-1], False) if earlier else (pred, descriptive)


def _governor(sentence: Sentence, inside: list[int]) -> tuple[Predicate | None, bool]:
    """The predicate the date whose words are ``inside`` attaches to, and whether it only describes a thing.

    Walks up the parse from the date: prepositions, temporal nouns ("the end of 2018") and adjectives are
    passed through; the first verb, copula or event noun is the governor. A plain noun reached through "of"
    or "from", or as a modifier, makes the date descriptive (``(None, True)``), except a date the parser hung
    as an adverb on an object ("was shot in the leg early Tuesday"). ``(None, False)`` when the
    walk reaches the root without a predicate. A date that is the subject of "be" ("2009 was a pivotal
    year") is descriptive too, and so is one on an adjective that qualifies a thing rather than saying what
    happens ("approved a dividend, payable Dec. 1": an ``amod``, ``conj``, ``appos`` or ``advcl`` adjective).
    Where the parser hangs a date wrongly: one that ends a relative clause on the subject is the clause's ("the
    earthquake that struck the area Tuesday evening disrupted": struck); one on an event object, or on a noun
    in a phrase of it, is its verb's ("ordered the recall of 200,000 cars Tuesday": ordered); one right after an
    event noun in a "for" phrase of an adjective is the noun's ("ready for liftoff Thursday"); a possessive
    date on what is printed dates the verb telling it ("reported in today's issue of Nature").
    """
    words = sentence.words
    members = set(inside)
    by_word = {p.word: p for p in sentence.predicates}
    tops = [i for i in inside if words[i].head not in members or words[i].head == i] or inside[:1]
    # a century's own word, not its article: "by the 17th-century painter" hangs on the painter as "century"
    node = next((i for i in tops if words[i].lemma == "century"), tops[0])
    before = start_word(words, inside)
    if before >= 0:
        host = words[node].head if words[node].dep == "npadvmod" and words[node].head != before else (
            words[before].head if words[node].head == before and words[before].dep == "prep" else -1)
        if host in by_word and words[host].tag == "VBG" and words[host].dep == "acl":
            # "passed a measure cutting the tax beginning Aug. 1": what takes effect then (not the passing),
            # whether the date hangs on the participle or on "beginning"
            return by_word[host], False
    # hopped: hung on a noun of a phrase of the object ("inspections of 140 planes today"); pointed: put "on" a thing
    seen, hopped, pointed = set(), False, False
    while node not in seen:
        seen.add(node)
        head = words[node].head
        if head == node:
            return None, False
        child = words[node]
        if child.pos == "ADP" and words[head].ent == "MONEY" and (verb := verb_above(words, head)) in by_word:
            return by_word[verb], False  # "fined the operator, Shoreline Rail, $180,000 in 1997": when it was fined
        if child.pos == "ADJ" and node not in members and child.lemma.lower() in IN_FORCE_FROM:
            # "will succeed him as chairman effective Jan. 1", "the increase, effective Monday": what is in force
            if head in by_word:
                return by_word[head], False
            node = head
            continue
        if child.pos == "ADJ" and node not in members and child.lemma.lower() in DUE_WORDS and child.dep == "prep" \
                and node > 0 and (owner := nouns_at(sentence).get(node - 1)) is not None:
            return owner, False  # "awaited a housing report due on Tuesday", "due" taken for a preposition: the report
        if child.pos == "ADJ" and node not in members and child.lemma.lower() == "worth" \
                and words[node - 1].tag != "," and child.dep in ATTRIBUTE_DEPS \
                and (verb := verb_above(words, head, through=("of",))) in by_word:
            return by_word[verb], False  # "approved a package of cuts worth 900 million euros on Wednesday night"
            # (set off by commas, a state of its own: "the rupiah, worth 2,400 to the dollar in July, plunged")
        if child.pos == "ADJ" and node not in members and node not in by_word and child.dep in ATTRIBUTE_DEPS \
                and not hopped:  # (not reached from a date hung on a noun: "pulled miners alive from a shaft today")
            if child.lemma.lower() in DUE_WORDS:
                # "the delivery, originally due later this year, will be delayed": the delivery was due then
                owner = nouns_at(sentence).get(head if words[head].pos in NOUN_POS else subject_of(sentence, head))
                if owner is not None:
                    return owner, False
            if child.dep == "advcl" and head in by_word and head < node \
                    and not any(words[k].tag in (",", ":") for k in range(head + 1, node)):
                return by_word[head], False  # a state its subject is in as it acts, with no comma: "walked out
                # unarmed at 6:40 a.m." (the walking's time)
            return None, True  # "a dividend ..., payable Dec. 1": the date is the attribute's, not the verb's
        if child.dep == "npadvmod" and words[head].tag == "VBG" and words[head].dep == "acl" \
                and min(inside) == words[head].head + 1 < head:
            # a date between a noun and the participle the parser hung it on belongs to the noun's clause:
            # "issued a statement Tuesday denying the report" (the statement's date)
            node = words[head].head
            continue
        if child.dep == "npadvmod" and node in members and words[head].pos == "ADJ" \
                and (noun := planned_before(sentence, min(inside), head)) is not None:
            return noun, False  # "ready for liftoff Thursday morning": the liftoff's date, not the readiness
        if head not in members and from_date_participle(words, head, on_noun=True):
            # "will raise the speed of trains on three lines starting April 1": the parser hung the participle on
            # the nearest noun; the date is that noun's happening's ("three days of mourning starting Friday"),
            # else the verb's above it
            noun = words[head].head
            owner = noun if noun in by_word else verb_above(words, noun, through=("of", "on", "in", "for", "to"))
            if owner in by_word:
                return by_word[owner], False
        if head in by_word and head not in members and from_date_participle(words, head):
            verb = words[head].head
            acted = next((c for o in children(words, verb) if words[o].dep == "dobj" and o < head
                          for c in children(words, o) if words[c].dep == "acl" and words[c].tag == "VBG"
                          and c < head and c in by_word), -1)
            if acted >= 0:  # "passed a law requiring seat belts starting Jan. 1": what the law does then
                return by_word[acted], False
            node = head  # "will close the plant for two weeks beginning Monday": the closing's date
            continue
        if head in by_word and head not in members and any(
                words[c].dep == "mark" and max(members) < c < head for c in children(words, head)):
            if words[head].dep == "advcl":
                node = head  # "lost 3% last week after the bank devalued it": a date before "after" is the main
                continue  # clause's
            if (main := main_clause_before(words, head, members)) in by_word:
                return by_word[main], False  # (the main clause hung on the "after" clause: "completed the purchase
                # yesterday, five months after the firm won a bidding contest")
        if head in by_word and head not in members and (above := participle_host(words, head, members)) in by_word:
            return by_word[above], False  # "opened fire on worshippers leaving a mosque on Tuesday evening": opened
        if head in by_word and child.pos == "ADP" and words[head].dep == "pobj" and words[words[head].head].lemma \
                == "from" and (back := words[words[head].head].head) in by_word and words[back].lemma in RETURNING:
            return by_word[back], False  # "Congress returns from its recess on Sept. 9": the return's day
        if head in by_word and head not in members:
            pred = by_word[head]
            if node in members and child.dep in ("compound", "nmod", "amod") and pred.kind == "noun" \
                    and words[head].lemma.lower() == "report" and period_only(words, members):
                # "third-quarter earnings reports due next week", "the September jobs report": the period reported
                # on (not "fourth-quarter results", "a June survey": the results are the quarter's)
                return None, True
            if (node in members or child.pos == "ADP") and (
                    inner := relative_before(words, head, min(inside))) in by_word:
                return by_word[inner], False  # "the earthquake that struck the area Tuesday evening disrupted"
            if node in members and child.dep in ("nsubj", "nsubjpass") and has_own_date(words, head, members):
                return None, True  # "fiscal 1989 ended in June": the period is what ended, June is when
            verb = words[head].head
            if (hopped or (child.dep == "npadvmod" and node in members)) and pred.kind == "noun" \
                    and words[head].dep == "dobj" and verb in by_word and by_word[verb].kind == "verb" \
                    and not (child.dep == "npadvmod" and words[verb].lemma.lower() in FORESEEING):
                # (not a period foreseen: "forecast a surplus of $20 billion this year", the surplus's)
                return by_word[verb], False  # "ordered inspections of 140 planes this afternoon": the ordering
            obj = head  # the object, or the object a phrase of which holds the noun ("a rise in first-quarter profit")
            if words[obj].dep == "pobj" and words[words[obj].head].lemma in ("in", "of") \
                    and words[words[words[obj].head].head].dep == "dobj":
                obj = words[words[obj].head].head
            if child.pos == "ADP" and pred.kind == "noun" and words[obj].dep == "dobj" and words[obj].head in by_word \
                    and by_word[words[obj].head].kind == "verb" and dated_noun(words, head, members) \
                    and not (words[words[obj].head].lemma.lower() in FORESEEING
                             and child.lemma.lower() in PERIOD_PREPS):
                # (not what is foreseen for a period: "forecast a recovery in the current fiscal year", the recovery)
                return by_word[words[obj].head], False  # "reported a third-quarter loss on Thursday": the reporting
            if child.lemma.lower() == "for" and node > 0 and words[node - 1].lemma.lower() in classes()["forecast"] \
                    and words[node - 1].head == head and node - 1 != head \
                    and any(c in members for c in children(words, node)):  # (not the verb: "were forecast for";
                # not a day hung on the period: "raised its forecast for the year on Thursday" is the raising's)
                return None, True  # "cut its growth forecast for 2014 on Tuesday": the forecast's year (what is
                # foreseen for a period, the "forecast" class, is not the raising or cutting of it)
            if pred.kind == "copula" and (held := site_of(sentence, head)) is not None:
                return held, False  # "the track was the site of a derailment in January": the derailment's date
            if pred.kind == "copula" and words[node].dep in ("nsubj", "attr"):
                subject = nouns_at(sentence).get(pred.subject) if words[node].dep == "attr" else None
                if subject is not None:
                    return subject, False  # "the next meeting is July 30-31": the meeting's date
                return None, True  # "2009 was a pivotal year": the date is what is described
            return pred, False
        hw = words[head]
        if hw.pos in NOUN_POS and hw.ent not in TIME_ENTS and head not in members:
            # an adverb of time the parser hung on an object: "was shot in the leg early Tuesday", "fired tear
            # gas and stun grenades Friday"), or with an adverb of time ("below the 8,000 level earlier in the day")
            misattached = (child.dep == "npadvmod" or (child.dep == "advmod" and child.lemma.lower() in TIME_ADVERBS)) \
                and (hw.dep in ("pobj", "dobj", "conj", "appos")
                     # a date between the subject and its verb ("a federal judge in Boston this afternoon dismissed")
                     # or right after it ("Traffic last month fell 4.6%"; not "the tightening earlier this month")
                     or (hw.dep in ("nsubj", "nsubjpass") and node in members and (max(members) + 1 == hw.head or (
                         child.dep == "npadvmod" and min(members) == head + 1 and not hw.lemma.endswith("ing")))))
            if misattached and hw.dep == "appos" and hw.pos == "PROPN" and node in members:
                node = hw.head  # "fired its coach, Lyle Danner, this afternoon": past the name set beside the object
                continue
            hopped = hopped or (misattached and hw.dep == "pobj" and node in members)
            # a day "on" a thing, or a count joined to the date, is no date the thing is "of" ("switched on the dish of
            # a new array on Tuesday night", "tore through this town of 2,400 late Tuesday afternoon")
            pointed = pointed or put_on_thing(words, node, members)
            prep = hw.head
            if child.dep in ("poss", "compound", "nmod", "nummod") and node in members and hw.lemma.lower() in PRINTED \
                    and hw.dep == "pobj" \
                    and words[prep].lemma.lower() in ("in", "on") and words[prep].head in by_word \
                    and by_word[words[prep].head].kind == "verb":
                return by_word[words[prep].head], False  # "reported in today's issue of Nature": the reporting
            named = hw.pos == "PROPN" and ((child.lemma.lower() == "of" and any(
                g in members for g in children(words, node))) or (  # a name's year: "the Voting Rights Act of 1965",
                node in members and child.dep in MODIFIER_OF_NOUN and hw.lemma.lower() in NAMED_THINGS))
            # "the 1986 Fisheries Law" (not a date after a place in the name: "Savings of Tulsa, Okla., late Friday")
            if hw.lemma.lower() not in TEMPORAL_NOUNS and (hw.pos == "NOUN" or child.dep == "poss" or named) and (
                child.dep in DESCRIPTIVE_DEPS
                or (child.pos == "ADP" and child.lemma.lower() in DESCRIPTIVE_PREPS and not pointed and not (
                    # a start the parser hung on a phrase of the verb: "run trains on the new line from Jan. 1"
                    child.lemma.lower() == "from" and hw.dep == "pobj" and words[prep].head in by_word))
                # "Paul Gresham, the company's president since 1987": the role held since, not the clause's date
                or (child.dep == "prep" and child.lemma.lower() == "since" and hw.dep in ("appos", "attr", "npadvmod"))
                or (child.pos == "ADP" and child.lemma.lower() == "for" and hw.lemma.lower() in classes()["forecast"])
                or (child.pos == "ADP" and hw.dep == "pobj" and words[prep].lemma.lower() in RELATIVE_TIME_WORDS
                    and not in_front_of(words, prep))
            ) and not misattached and not hopped:  # (the last: "the best since his days at school in 1990": the
                return None, True  # days'; not hopped: "grounded its planes of the same type this morning")
        node = head
    return None, False


TIME_ADVERBS = frozenset({"early", "late", "soon"})  # "earlier in the day", "later that week"
# what is printed or aired on a day: what a verb tells "in today's issue" is that day's
PRINTED = frozenset({"article", "broadcast", "column", "edition", "editorial", "interview", "issue", "letter",
                     "newspaper", "paper", "program", "programme", "report", "show", "statement"})
DUE_WORDS = frozenset({"due"})  # an adjective of plan whose date is the thing planned
# prepositions and marks that place a happening against another time ("resumed only after pressure")
RELATIVE_TIME_WORDS = frozenset({"after", "before", "since", "until", "till"})


# How a predicate shares the date of the predicate it hangs from (rule 2b of the builder).
COORDINATE, ARGUMENT = "coordinate", "argument"


