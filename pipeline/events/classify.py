"""What happened: the trigger word of a predicate and its event type (rule 9 of :mod:`pipeline.events.builder`;
its tense is :func:`.clauses.tense_of`). Step 1 is here; steps 2 to 4, the type, are :mod:`.eventtype`.

The type is read through the syntax, not from the lemma alone (:mod:`pipeline.lang.events` holds the tables):

1. A linking verb is never the trigger: "was a success" -> success, "the summit was in May" -> summit,
   "was down 2%" -> down, "was the first state to establish relations" -> establish. be, have, do, make,
   take and get are never triggers: without an event noun to carry ("had a falling out" -> falling out,
   "made its first flight" -> flight) the predicate makes no event.
2. Sense rules of the trigger, on its object, subject, modifier or preposition: "met the criteria" is no
   meeting, "a price war" is no war, "came to Russia" is a visit, "fired 200 workers" is about jobs.
3. The trigger table (``events_triggers.json``).
4. Verbs that measure ("rose", "totaled", "cut"), and the nouns of change ("a drop", "an increase"), take
   the type of what they measure: "sales rose" -> sales, "the Dow fell" -> market, "cut 500 jobs" -> labor,
   "the trade amounted to" -> economy. Aspectual and catenative verbs take their complement's ("began
   selling", "agreed to buy"), and a verb of consequence its event subject's ("the earthquake killed").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..lang.events import DEFAULT_TYPE, TEMPORAL_NOUNS, classes, lookup, verbs, word_class
from ..lang.names import titles
from ..records import Predicate, Sentence, Word
from .clauses import clause_of, participle_verb
from .eventtype import event_type_of, measured_type
from .senses import antecedent, sense
from .tree import children, counted_noun, descends, has_dep, nouns_at, subject_of

# predicate adjectives that judge or compare rather than name a state that holds at a time
NOT_STATES = frozenset({
    "able", "unable", "likely", "unlikely", "sure", "unsure", "certain", "uncertain", "possible", "impossible",
    "probable", "necessary", "unnecessary", "clear", "unclear", "true", "false", "important", "due", "first",
    "last", "only", "same", "different", "similar", "right", "wrong", "difficult", "easy", "hard", "good",
    "bad", "better", "worse", "best", "worst", "willing", "unwilling", "eager", "keen", "aware", "unaware",
    "responsible", "ready", "own", "such", "many", "much", "few", "more", "less", "enough",
})
# a state unless it takes a clause: "free on bail" is a state, "free to leave" a judgement
CLAUSE_JUDGEMENTS = frozenset({"free"})
STATE_VERBS = frozenset({"be", "remain", "stay"})  # a state they say holds is an event ("remained idle on Monday")
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "relcl", "acl", "advcl", "acomp"})  # acomp: "remain closed"
RESULTATIVE = frozenset({"make", "render"})  # "make the business profitable": the adjective is the state
MARK_DEPS = frozenset({"mark"})
TILL_MARKS = frozenset({"before", "until", "till"})  # "it could be Thursday before schedules return to normal"


def classify(sentence: Sentence, pred: Predicate | None, text: str) -> tuple[str, Predicate | None] | None:
    """The event type of a predicate and the predicate that names the event (the trigger); None when the
    predicate names no event (a bare be/have/make... with nothing to carry)."""
    if pred is None:
        return DEFAULT_TYPE, None
    words = sentence.words
    if pred.lemma in verbs("linking") and not pred.light_verb:
        return _linking(sentence, pred, text)
    # a verb of no event names one in a sense its syntax gives: "contained the fire" (not "contains 12 chapters")
    no_event = pred.lemma in verbs("no_event") and not (pred.kind == "verb"
                                                       and sense(sentence, pred, pred.word, "verb") is not None)
    if (pred.lemma in verbs("never_trigger") or no_event) and not pred.light_verb:
        made = next((c for c in children(words, pred.word) if words[c].dep in ("ccomp", "oprd")
                     and words[c].pos == "ADJ"), -1) if pred.lemma in RESULTATIVE else -1
        if made >= 0:  # "to make the business profitable by 2008": the state it is to be in
            state = _word_trigger(sentence, made, text, pred, words[made].lemma.lower(), subject=pred.object)
            return event_type_of(sentence, state, text), state
        return None
    if pred.lemma in verbs("intention") and not pred.light_verb and pred.kind == "verb" \
            and not any(words[c].dep == "xcomp" for c in children(words, pred.word)):
        # "the vote is scheduled for next Tuesday", "the report is expected Friday": the planned event
        planned = pred.subject if pred.subject >= 0 else (pred.object if pred.voice == "passive" else -1)
        noun = nouns_at(sentence).get(planned)
        if noun is None and (pred.object < 0 or pred.voice == "passive"):  # "the software is scheduled for release
            # in June": the release (not "setting the stage for an election": the setting)
            noun = next((nouns_at(sentence)[g] for c in children(words, pred.word)
                         if words[c].dep == "prep" and words[c].lemma.lower() == "for"
                         for g in children(words, c) if words[g].dep == "pobj" and g in nouns_at(sentence)), None)
        if noun is not None:
            return event_type_of(sentence, noun, text), noun
    if pred.lemma in verbs("convening") and pred.voice == "passive" and not pred.light_verb and pred.kind == "verb" \
            and 0 <= (held := subject_of(sentence, pred.word)) < len(words) \
            and (noun := nouns_at(sentence).get(antecedent(words, pred.word, held))) is not None:
        return event_type_of(sentence, noun, text), noun  # "elections are due to be held on 20 April": elections
    if pred.lemma in ("follow", "precede") and pred.kind == "verb" and pred.object in nouns_at(sentence):
        # "the disaster follows a fire at a plant in November 2012": the date is the fire's
        noun = nouns_at(sentence)[pred.object]
        return event_type_of(sentence, noun, text), noun
    if (pred.lemma in verbs("size") or (pred.lemma in verbs("occurrence") and (pred.object < 0 or " " in pred.lemma))) \
            and not pred.light_verb:  # (not a verb of occurrence with an object: "the study followed 2,900 women")
        # "the announcement came today": the event subject is the event (a verb of size is the event, typed by it)
        # "which happened"; "the first round of voting took place": the voting
        said = counted_noun(words, antecedent(words, pred.word, pred.subject)) if pred.subject >= 0 \
            else subject_of(sentence, pred.word)  # "the vote is expected to take place on Sunday": the vote
        subject = next((p for p in sentence.predicates if p.kind == "noun" and p.word == said), None)
        if subject is None and pred.lemma in OCCURRING_PHRASES and 0 <= said < len(words) \
                and words[said].pos == "NOUN" and words[said].lemma.lower() not in TEMPORAL_NOUNS:
            # what "took place" or "occurred" is a happening, whatever its noun: "the alleged offenses took
            # place between 2007 and 2011"
            subject = _word_trigger(sentence, said, text, pred, words[said].lemma.lower(), kind="noun", subject=-1)
        if subject is not None and pred.lemma in verbs("size"):
            return event_type_of(sentence, subject, text), pred  # "exports totaled $12 billion": totaled, of exports
        if subject is not None:
            if pred.lemma.split()[0] in verbs("never_trigger") and subject.word < pred.word <= subject.word + 3 \
                    and all(words[k].pos in ("AUX", "PART", "ADV") for k in range(subject.word + 1, pred.word)):
                # "the truce took effect": TimeML marks the verb too, so the trigger phrase covers both (a verb
                # that can be a trigger, "the blast came on Monday", is an event of its own)
                subject = replace(subject, phrase=(subject.start, pred.end))
            return event_type_of(sentence, subject, text), subject
        if pred.lemma.split()[0] in verbs("never_trigger") and lookup(pred.lemma) in (None, DEFAULT_TYPE):
            return None  # "it took place on Monday": nothing names the event ("the law takes effect" does)
    counted = _counted_event(sentence, pred)
    if counted is not None:  # "the first round of voting", "a wave of strikes": the happenings counted
        return event_type_of(sentence, counted, text), counted
    return event_type_of(sentence, pred, text), pred


def _counted_event(sentence: Sentence, pred: Predicate) -> Predicate | None:
    """The event noun a noun that counts happenings names ("a series of explosions"), or None."""
    counted = counted_noun(sentence.words, pred.word) if pred.kind == "noun" else pred.word
    return nouns_at(sentence).get(counted) if counted != pred.word else None


OCCURRING_PHRASES = frozenset({"take place", "occur", "happen"})  # a noun that does these is a happening
STATE_PREPS = frozenset({"on", "at", "in", "under"})  # "on strike", "at war", "in talks", "under attack"


def _bare(words: Sequence[Word], noun: int) -> bool:
    """Is the noun at ``noun`` bare but for compounds, or for "a" and adjectives ("on an indefinite strike"; not
    "in late trading", "in the talks' final round")?"""
    kids = children(words, noun)
    article = any(words[k].dep == "det" and words[k].lemma.lower() in ("a", "an") for k in kids)
    return all(words[k].dep == "compound" or (article and words[k].dep in ("det", "amod")) for k in kids)


def _word_trigger(sentence: Sentence, i: int, text: str, pred: Predicate, lemma: str, *, kind: str = "adjective",
                  subject: int | None = None) -> Predicate:
    """The word at ``i`` as the trigger of the event ``pred`` introduces ("was profitable", "make it
    profitable"), in ``pred``'s tense; its subject is ``pred``'s unless given."""
    w = sentence.words[i]
    return Predicate(lemma=lemma, text=text[w.start:w.end], start=w.start, end=w.end, tense=pred.tense, word=i,
                     kind=kind, subject=pred.subject if subject is None else subject)


def _held_state(sentence: Sentence, pred: Predicate, text: str) -> Predicate | None:
    """The state a form of "be", "remain" or "stay" says its subject is in, named by a preposition and a noun of
    the ``held_state`` class ("has been on paid leave since Jan. 8", "remained in custody on Monday", "has been
    under a federal court order since 1986", "had been on the run since 2008"), else None."""
    if pred.lemma not in STATE_VERBS:
        return None
    words = sentence.words
    for c in children(words, pred.word):
        if words[c].dep != "prep" or words[c].lemma.lower() not in STATE_PREPS:
            continue
        for g in children(words, c):
            state = words[g].lemma.lower()
            if words[g].dep == "pobj" and f"{words[c].lemma.lower()} {state}" in classes()["held_state"]:
                return nouns_at(sentence).get(g) or _word_trigger(sentence, g, text, pred, state, kind="noun",
                                                                  subject=-1)
    return None


def _linking(sentence: Sentence, pred: Predicate, text: str) -> tuple[str, Predicate | None] | None:
    """Step 1: the event a linking verb introduces, or None."""
    words = sentence.words
    nouns = nouns_at(sentence)
    kids = children(words, pred.word)
    # "was a success", "there was a crash on Monday": the predicate noun
    for c in kids:
        if words[c].dep in ("attr", "oprd") and c in nouns:
            return event_type_of(sentence, nouns[c], text), nouns[c]
    held = _held_state(sentence, pred, text)
    if held is not None:
        return event_type_of(sentence, held, text), held
    # "the summit was in May", "the take-off was normal"; but a direction is the change of what it is said of
    # ("unemployment was unchanged at 5.3% last month": unchanged)
    if pred.subject in nouns and not any(
            words[c].dep in ("acomp", "advmod") and "direction" in word_class(words[c].lemma) for c in kids):
        return event_type_of(sentence, nouns[pred.subject], text), nouns[pred.subject]
    # "was the first state to establish relations", "is expected to ..."; not a participle set off by a comma,
    # a happening of its own ("became its director in 1961, retiring in 1983")
    for p in sentence.predicates:
        if p.kind == "verb" and p is not pred and p.lemma not in verbs("never_trigger") \
                and words[p.word].dep in CLAUSE_DEPS and descends(words, p.word, pred.word) \
                and clause_of(words, p.word, pred.word) \
                and not (words[p.word].dep == "advcl" and words[p.word].tag == "VBG" and p.word > 0
                         and words[p.word - 1].tag == ",") \
                and not (words[p.word].dep == "advcl" and has_dep(words, p.word, MARK_DEPS)
                         and not (pred.lemma == "be" and has_dep(words, p.word, MARK_DEPS, TILL_MARKS))):
            # (nor a clause of its own: "now remains in critical condition, while a woman died on Wednesday";
            # but "it could be Thursday before schedules return to normal": the return)
            return event_type_of(sentence, p, text), p
    # "has been on strike since Oct. 1", "were at war in 1980", "are in talks": the state the event noun holds
    for c in kids:
        if words[c].dep == "prep" and words[c].lemma.lower() in STATE_PREPS:
            # a bare noun, a state ("on a hunger strike"): not "was lower in late trading", "was in the talks'
            # final round"
            held = [g for g in children(words, c) if words[g].dep == "pobj" and g in nouns and _bare(words, g)]
            if held:
                return event_type_of(sentence, nouns[held[0]], text), nouns[held[0]]
    # "was down 2%", "will be available on June 17", "was profitable in 2011": the adjective or adverb
    for c in kids:
        w = words[c]
        # "higher" is lemmatized "high": a direction is read from the word as written
        direction = "direction" in word_class(w.lemma) | word_class(text[w.start:w.end])
        if w.ent in ("DATE", "TIME") or not (w.pos == "ADJ" and w.dep in ("acomp", "attr") or direction):
            continue
        if w.dep in ("acomp", "advmod", "attr", "prep"):
            lemma = text[w.start:w.end].lower() if direction else w.lemma.lower()
            trigger = _word_trigger(sentence, c, text, pred, lemma)
            kind = lookup(trigger.lemma)
            verb = participle_verb(text[w.start:w.end]) if kind is None and not direction else None
            if verb is not None:  # "markets to remain closed until Friday": the closing
                trigger = _word_trigger(sentence, c, text, pred, verb, kind="verb")
                return event_type_of(sentence, trigger, text), trigger
            if kind is None and not direction:
                it = pred.subject >= 0 and words[pred.subject].lemma.lower() == "it"
                held = pred.lemma != "be" and has_dep(words, c, frozenset({"prep", "ccomp", "xcomp"}))
                judged = trigger.lemma in CLAUSE_JUDGEMENTS and has_dep(words, c, frozenset({"xcomp", "ccomp"}))
                if pred.lemma not in STATE_VERBS or trigger.lemma in NOT_STATES or it or held or judged:
                    # "it was likely", "the outcome is unclear": a judgement, no state of the world; "remained
                    # committed to the plan": an attitude to something
                    continue
                return DEFAULT_TYPE, trigger  # a state dated ("investors are now worried", "was calm on Tuesday")
            return kind or measured_type(sentence, [pred.subject], text) or "economy", trigger
    if pred.lemma in verbs("never_trigger"):
        return None
    # "became the No. 1 seller", "appeared in court": become, remain, appear are events of their own;
    # becoming what a title names is taking a post ("became president in 1994")
    if pred.lemma == "become" and any(words[c].dep == "attr" and words[c].lemma.lower() in titles() for c in kids):
        return "personnel", pred
    return event_type_of(sentence, pred, text), pred
