"""What happened: the trigger word of a predicate and its event type (rule 9 of :mod:`pipeline.events.builder`;
its tense is :func:`.clauses.tense_of`).

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

import re
from dataclasses import replace
from typing import Sequence

from ..lang.events import (
    DEFAULT_TYPE,
    HARM_TYPES,
    TEMPORAL_NOUNS,
    TRIP_TYPE,
    classes,
    gatherings,
    lookup,
    type_code,
    verbs,
    word_class,
)
from ..lang.names import titles
from ..records import Predicate, Sentence, Word
from .clauses import (
    clause_of,
    described,
    has_amount,
    infinitive_after,
    name_words,
    of_happening,
    of_mood,
    participle_verb,
    predicate_above,
)
from .participles import stranded_participles
from .senses import PLACE_ENTS, antecedent, role_words, sense, trigger_word
from .tree import (
    AUX_DEPS,
    COUNTING_NOUNS,
    SUBJECT_DEPS,
    TO_WORDS,
    children,
    counted_noun,
    descends,
    has_dep,
    nouns_at,
    subject_of,
    when_clause,
)

# how a measured thing types a measure: "sales rose" -> sales, "shares fell" -> market
MEASURED = ("market", "earnings", "sales", "labor", "economy")
PREDICATE_DEPS = frozenset({"attr", "acomp", "advmod", "oprd", "prep"})
# nouns that count happenings, and the preposition that names them: what they count says the type ("a wave
# of strikes paralysed transport", "the death toll from the collapse rose")
_OF, _FROM = frozenset({"of"}), frozenset({"from", "in", "of"})
COUNT_NOUNS = {**dict.fromkeys(COUNTING_NOUNS, _OF), "toll": _FROM, "casualty": _FROM}
# a level kept, which the parser may make an object or an adverb: "held steady", "stayed flat"
LEVEL_WORDS = frozenset({"flat", "stable", "steady", "unchanged"})
# predicate adjectives that judge or compare rather than name a state that holds at a time
NOT_STATES = frozenset({
    "able", "unable", "likely", "unlikely", "sure", "unsure", "certain", "uncertain", "possible", "impossible",
    "probable", "necessary", "unnecessary", "clear", "unclear", "true", "false", "important", "due", "first",
    "last", "only", "same", "different", "similar", "right", "wrong", "difficult", "easy", "hard", "good",
    "bad", "better", "worse", "best", "worst", "willing", "unwilling", "eager", "keen", "aware", "unaware",
    "responsible", "ready", "free", "own", "such", "many", "much", "few", "more", "less", "enough",
})
STATE_VERBS = frozenset({"be", "remain", "stay"})  # a state they say holds is an event ("remained idle on Monday")
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "relcl", "acl", "advcl", "acomp"})  # acomp: "remain closed"
RESULTATIVE = frozenset({"make", "render"})  # "make the business profitable": the adjective is the state


def classify(sentence: Sentence, pred: Predicate | None, text: str) -> tuple[str, Predicate | None] | None:
    """The event type of a predicate and the predicate that names the event (the trigger); None when the
    predicate names no event (a bare be/have/make... with nothing to carry)."""
    if pred is None:
        return DEFAULT_TYPE, None
    words = sentence.words
    if pred.lemma in verbs("linking") and not pred.light_verb:
        return _linking(sentence, pred, text)
    if (pred.lemma in verbs("never_trigger") or pred.lemma in verbs("no_event")) and not pred.light_verb:
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
        if noun is None:  # "the software is scheduled for release in June": the release
            noun = next((nouns_at(sentence)[g] for c in children(words, pred.word)
                         if words[c].dep == "prep" and words[c].lemma.lower() == "for"
                         for g in children(words, c) if words[g].dep == "pobj" and g in nouns_at(sentence)), None)
        if noun is not None:
            return event_type_of(sentence, noun, text), noun
    if pred.lemma in ("follow", "precede") and pred.kind == "verb" and pred.object in nouns_at(sentence):
        # "the disaster follows a fire at a plant in November 2012": the date is the fire's
        noun = nouns_at(sentence)[pred.object]
        return event_type_of(sentence, noun, text), noun
    if (pred.lemma in verbs("size") or pred.lemma in verbs("occurrence")) and not pred.light_verb:
        # "the trade amounted to $5 million", "the announcement came today": the event subject is the event
        # "which happened"; "the first round of voting took place": the voting
        said = counted_noun(words, antecedent(words, pred.word, pred.subject)) if pred.subject >= 0 \
            else subject_of(sentence, pred.word)  # "the vote is expected to take place on Sunday": the vote
        subject = next((p for p in sentence.predicates if p.kind == "noun" and p.word == said), None)
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
    return _typed(sentence, pred, text, words), pred


def _counted_event(sentence: Sentence, pred: Predicate) -> Predicate | None:
    """The event noun a noun that counts happenings names ("a series of explosions"), or None."""
    counted = counted_noun(sentence.words, pred.word) if pred.kind == "noun" else pred.word
    return nouns_at(sentence).get(counted) if counted != pred.word else None


# verbs and nouns of a result, and a score close after them (two numbers of at most three digits, a dash)
RESULT_VERBS = frozenset({"beat", "defeat", "down", "edge", "lose", "loss", "rout", "thrash", "tie", "top",
                          "trounce", "victory", "whip", "win"})
RE_SCORE = re.compile(r"[^.;:\n]{0,60}?(?<![\d.,-])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d.,%-])")
RE_SCORE_BEFORE = re.compile(r"(?<![\d.,-])\d{1,3}\s?[-\u2013]\s?\d{1,3}\s+$")
REFUSING = frozenset({"decline"})  # measure verbs that also mean "refuse" before an infinitive
MAX_DEPTH = 2  # how far one type is read from another ("the rise in sales of the phones")


def event_type_of(sentence: Sentence, pred: Predicate, text: str, depth: int = 0) -> str:
    """The type of a predicate that is the trigger (steps 2 to 4 of the module docstring)."""
    return _typed(sentence, pred, text, sentence.words, depth)


def _typed(sentence: Sentence, pred: Predicate, text: str, words: Sequence[Word], depth: int = 0) -> str:
    noun = pred.kind == "noun" or pred.light_verb is not None
    pos = "noun" if noun else "verb"
    head = trigger_word(sentence, pred)
    kind = sense(sentence, pred, head, pos)
    if kind is None and not noun and pred.lemma in verbs("consequence") and pred.subject < 0 \
            and not has_dep(words, pred.word, SUBJECT_DEPS) \
            and (words[pred.word].dep == "advcl" or (words[pred.word].dep == "conj" and
                                                     words[words[pred.word].head].dep == "advcl")) \
            and depth < MAX_DEPTH:
        # "crashed into the sea, killing all 228 people on board": part of the happening it follows (the
        # relative clause right before it: "planted bombs that exploded on Monday, killing three")
        word = pred.word if words[pred.word].dep == "advcl" else words[pred.word].head
        relative = next((p for p in sentence.predicates if p.kind == "verb" and words[p.word].dep == "relcl"
                         and word in stranded_participles(words, p.word, verbs("consequence"))), None)
        above = relative or predicate_above(sentence, pred.word)
        found = event_type_of(sentence, above, text, depth + 1) if above is not None else DEFAULT_TYPE
        kind = found if found not in (DEFAULT_TYPE, *SAYING) else None  # "announced cuts, resulting in ..."
    if kind is None and pred.lemma in RESULT_VERBS and (RE_SCORE.match(text, pred.end, sentence.end) or (
            noun and RE_SCORE_BEFORE.search(text[max(sentence.start, pred.start - 12):pred.start]))):
        kind = "sports"  # a result with its score: "beat the Raptors 104-97", "won 2-1", "a 2-1 win"
    refused = infinitive_after(words, pred.word) if kind is None and not noun and pred.lemma in REFUSING \
        and not has_amount(words, pred.word) else -1
    if refused >= 0 and words[refused].lemma not in verbs("measure"):
        # "declined to renew": a refusal, not a fall; "declined to comment" is a statement
        kind = "statement" if lookup(words[refused].lemma, pos="verb") == "statement" else lookup("refuse")
    if kind is None and not noun and (pred.lemma in verbs("measure") or pred.lemma in verbs("size")
                                      or pred.lemma in verbs("consequence")):
        # "shares traded", "the quake killed", "died in the earthquake"; a consequence is first its cause's
        # ("the explosion killed 12 workers": an accident, not labor)
        if pred.lemma in verbs("consequence"):
            kind = measured_type(sentence, [subject_of(sentence, pred.word)], text, depth, measures=False) \
                or measured_type(sentence, [_pronoun_antecedent(words, subject_of(sentence, pred.word))], text,
                                 depth, measures=False)
        if kind is None:  # the subject, the object, the unit of the change ("it fell 40 points": a market)
            units = [c for c in children(words, pred.word) if words[c].dep == "npadvmod"
                     and any(words[n].dep == "nummod" for n in children(words, c))]
            kind = measured_type(sentence, [subject_of(sentence, pred.word), pred.object, *units], text, depth)
        if kind is None and depth < MAX_DEPTH and 0 <= (subject := subject_of(sentence, pred.word)) \
                and words[subject].lemma.lower() in TOLLS:
            kind = _harm_told(sentence, pred, text, depth)  # "five days after the disaster, as the toll climbed"
        if kind is None and pred.lemma in verbs("consequence"):
            # the happening it was in ("died in the earthquake"), not a place ("killed 16 people in a market")
            kind = measured_type(sentence, role_words(sentence, pred, head, "in"), text, depth, measures=False)
        if kind is None and pred.lemma in verbs("consequence") and depth < MAX_DEPTH:
            kind = _when_cause(sentence, pred, text, depth)  # "were killed when the ferry capsized"
    if kind is None and not noun and any(
            (words[c].dep in ("acomp", "oprd") and "direction" in word_class(words[c].lemma))
            or (words[c].dep in ("dobj", "advmod") and words[c].lemma.lower() in LEVEL_WORDS)
            for c in children(words, pred.word)):
        # "unemployment held steady", "kept rates unchanged": a level, typed by what it is of
        kind = measured_type(sentence, [subject_of(sentence, pred.word), pred.object], text, depth) or "economy"
    if kind is None and not noun and words[pred.word].dep == "acomp" \
            and "direction" in word_class(text[pred.start:pred.end]):
        # "the dollar was mixed on Friday": a level of what the copula says it of
        kind = measured_type(sentence, [subject_of(sentence, words[pred.word].head)], text, depth) or "economy"
    if kind is None and depth < MAX_DEPTH and (
            (not noun and pred.lemma in verbs("catenative")) or (noun and "contract" in word_class(pred.lemma))):
        kind = _business_complement(sentence, pred, text, depth)  # "agreed to buy a rival": a deal
    if kind is None:
        kind = lookup(pred.lemma, pos=pos, text=text[pred.start:pred.end] if noun else "")
    if kind is None and " " in pred.lemma:
        kind = lookup(pred.lemma.split()[-1 if noun else 0], pos=pos)
    if kind is None and pred.light_verb is not None:
        kind = gatherings().get(pred.lemma.split()[-1])  # "Services will be held Saturday": ceremony
    if kind not in (None, DEFAULT_TYPE) or depth >= MAX_DEPTH:
        return kind or DEFAULT_TYPE
    if not noun and pred.lemma in PERIOD_BOUNDS and 0 <= described(words, pred.word) < len(words) \
            and words[described(words, pred.word)].lemma.lower() in TEMPORAL_NOUNS:
        # "for the quarter ended Sept. 30, the company earned ...": the bound of the period reported on
        above = predicate_above(sentence, described(words, pred.word))
        found = event_type_of(sentence, above, text, depth + 1) if above is not None else DEFAULT_TYPE
        if found != DEFAULT_TYPE:
            return found
    inherited = _inherited(sentence, pred, head, text, depth)
    if inherited is None and not noun and pred.lemma in verbs("measure") | verbs("size") \
            and (has_amount(sentence.words, pred.word)
                 or (not of_happening(sentence, pred) and pred.object < 0)) \
            and not of_mood(sentence, pred) and not _of_person(sentence, pred):
        # an amount that rose or fell, of nothing more specific (not "recovered the flight recorders", not
        # what a person did: "Murray, who lost to Federer")
        inherited = "economy"
    if inherited is None and not noun and pred.lemma in verbs("measure") and 0 <= (
            subject := subject_of(sentence, pred.word)) and words[subject].lemma.lower() in RISING_WATERS:
        inherited = "disaster"  # "as the river rose", "floodwaters rose": a flood
    return inherited or kind or DEFAULT_TYPE


def _pronoun_antecedent(words: Sequence[Word], subject: int) -> int:
    """The subject of the main clause an "it" or "they" subject of a clause under it stands for ("Hurricane
    Georges weakened, but not before it killed 300 people": the hurricane), else -1."""
    if not 0 <= subject < len(words) or words[subject].lemma.lower() not in SUBJECT_PRONOUNS:
        return -1
    root = next((i for i, w in enumerate(words) if w.head == i), -1)
    main = next((c for c in children(words, root) if words[c].dep in SUBJECT_DEPS), -1) if root >= 0 else -1
    return main if 0 <= main < subject and words[main].pos in ("NOUN", "PROPN") else -1


SUBJECT_PRONOUNS = frozenset({"it", "they"})
def _of_person(sentence: Sentence, pred: Predicate) -> bool:
    """Is the subject of ``pred`` a person (a name, a pronoun or title of one)?"""
    subject = subject_of(sentence, pred.word)
    if not 0 <= subject < len(sentence.words):
        return False
    subject = antecedent(sentence.words, pred.word, subject)
    w = sentence.words[subject]
    return w.ent == "PERSON" or w.lemma.lower() in ("he", "she") or w.lemma.lower() in titles()


def _harm_told(sentence: Sentence, pred: Predicate, text: str, depth: int) -> str | None:
    """The type of the first happening of harm the sentence tells besides ``pred``: what a death toll counts
    ("Rescuers pulled a woman alive five days after the disaster, as the death toll climbed past 380")."""
    for other in sentence.predicates:
        if other.word != pred.word:
            kind = event_type_of(sentence, other, text, depth + 1)
            if kind in HARM_TYPES:
                return kind
    return None


TOLLS = frozenset({"toll", "casualty"})  # counts of the dead and hurt
RISING_WATERS = frozenset({"flood", "floodwater", "lake", "river", "sea", "stream", "water"})


UNIONS_OF_STATES = frozenset({"union"})  # a capitalized Union in a name: the Soviet, European, African Union
SAYING = frozenset({"statement", "appeal"})  # what is only said: its consequences are the business said of
PERIOD_BOUNDS = frozenset({"end", "begin", "start"})  # "the quarter ended Sept. 30"


def _business_complement(sentence: Sentence, pred: Predicate, text: str, depth: int) -> str | None:
    """The economy or institutions type (codes E1-E8, P1-P4) of the verb a catenative verb completes ("agreed
    to buy", "voted to close the plant", "agreed to hear the case", "agreed to step down"), or an agreement
    noun ("an agreement to acquire the refinery", "a deal to sell the unit"): the business done says more
    than the agreeing; None otherwise."""
    words = sentence.words
    noun = pred.kind == "noun" or pred.light_verb is not None
    head = trigger_word(sentence, pred) if noun else pred.word
    for c in children(words, head):
        if words[c].pos == "VERB" and (words[c].dep == "xcomp" or (
                noun and words[c].dep == "acl" and has_dep(words, c, AUX_DEPS, TO_WORDS))):
            sub = next((p for p in sentence.predicates if p.word == c), None)
            kind = event_type_of(sentence, sub, text, depth + 1) if sub is not None else None
            if kind is not None and (type_code(kind) or "").startswith(("E", "P")):
                return kind
    return None


def measured_type(sentence: Sentence, indexes: Sequence[int], text: str, depth: int = 0, *,
                  measures: bool = True) -> str | None:
    """The type of what a measure measures: the first word of a measured class (unless ``measures`` is
    False), or an event noun's type; for a noun of number, what it counts ("a wave of strikes", "a series
    of attacks")."""
    words = sentence.words
    indexes = [*indexes, *(g for i in indexes if 0 <= i < len(words) and words[i].lemma.lower() in COUNT_NOUNS
                           for c in children(words, i) if words[c].dep == "prep"
                           and words[c].lemma.lower() in COUNT_NOUNS[words[i].lemma.lower()]
                           for g in children(words, c) if words[g].dep == "pobj")]
    for i in indexes if measures else ():
        if not 0 <= i < len(words) or words[i].ent in PLACE_ENTS:
            continue  # a place measures nothing: "the Soviet Union collapsed" is no labor union's
        found = word_class(words[i].lemma) | word_class(text[words[i].start:words[i].end])
        if words[i].pos == "PROPN" and words[i].lemma.lower() in UNIONS_OF_STATES and text[words[i].start].isupper():
            found = set()  # "the European Union grew": a union of states, not of workers
        name = name_words(words, i)
        for c in name:  # "the Dow Jones": the name's first words say what it is
            found |= word_class(words[c].lemma)
        if name:  # or the name as a whole: "the Hang Seng"
            found |= word_class(" ".join(words[c].lemma.lower() for c in (*name, i)))
        if not found and i not in nouns_at(sentence):  # a noun of no class, by the one before it: "the trade gap"
            found = set().union(*(word_class(words[c].lemma) for c in children(words, i)
                                  if words[c].dep == "compound" and words[c].pos == "NOUN"))
        if "market" in found and any(words[c].dep in ("compound", "amod") and "economy" in word_class(words[c].lemma)
                                     for c in children(words, i)):
            return "economy"  # "consumer prices", "import prices": a measure of the economy, not a market
        for name in MEASURED:
            if name in found:
                return name
    nouns = nouns_at(sentence)
    for i in indexes:
        if i in nouns:  # an event noun, read with its own senses ("price wars" are no war)
            kind = event_type_of(sentence, nouns[i], text, depth + 1)
            if kind != DEFAULT_TYPE:
                return kind
        elif 0 <= i < len(words):
            # a named happening: "Hurricane Georges killed 300 people", "Typhoon Haiyan hit the coast"
            for c in name_words(words, i):
                kind = lookup(words[c].lemma.lower(), pos="noun")
                if kind not in (None, DEFAULT_TYPE):
                    return kind
    return None


def _inherited(sentence: Sentence, pred: Predicate, head: int, text: str, depth: int) -> str | None:
    """Step 4: the type of what a measure measures, of an aspectual's complement, of a consequence's cause."""
    words = sentence.words
    lemma = pred.lemma
    noun = pred.kind == "noun" or pred.light_verb is not None
    if noun:
        # "a drop in sales", "an increase of 5% in profits", "Apple's sales": what the change is of
        args = [g for c in children(words, head) if words[c].dep == "prep" and words[c].lemma in ("in", "of")
                for g in children(words, c) if words[g].dep == "pobj"]
        args += [c for c in children(words, head) if words[c].dep in ("poss", "compound")]
        if pred.light_verb is not None:
            args.append(pred.subject)
        found = measured_type(sentence, args, text, depth)
        if found is None and lemma in classes()["change"]:
            # "totaled $34 million, showing a decrease of 5%": the change of what the clause above measures
            above = predicate_above(sentence, pred.word)
            if above is not None:
                found = measured_type(sentence, [above.subject, above.object], text, depth)
        if found is None and lemma in classes()["change"]:
            # a change of nothing named ("the index ... suffered from large falls today"): what its sentence
            # is about, by the first noun of a measured class
            found = next((name for i, w in enumerate(words) if w.pos in ("NOUN", "PROPN") and i != head
                          for name in MEASURED if name in word_class(w.lemma)), None)
        return found
    if 0 <= pred.object < len(words) and words[pred.object].lemma.lower() in TEMPORAL_NOUNS:
        # "the strike entered its third week": the happening that runs on
        found = measured_type(sentence, [subject_of(sentence, pred.word)], text, depth, measures=False)
        if found is not None:
            return found
    if (lemma in verbs("reporting") or lemma in verbs("aspectual") or lemma in verbs("scheduling")
            or lemma in verbs("ordering")) \
            and pred.object in nouns_at(sentence):
        # "posted a loss": the verb of a reported result has the result's type; "postponed the vote" the vote's
        return event_type_of(sentence, nouns_at(sentence)[pred.object], text, depth + 1)
    if lemma in verbs("aspectual") or lemma in verbs("catenative") or lemma in verbs("intention"):
        for c in children(words, pred.word):
            if words[c].dep == "xcomp" and words[c].pos == "VERB":
                sub = next((p for p in sentence.predicates if p.word == c), None)
                if sub is not None:
                    kind = event_type_of(sentence, sub, text, depth + 1)
                    if kind != DEFAULT_TYPE:
                        return kind
        return measured_type(sentence, [subject_of(sentence, pred.word), pred.object], text, depth)
    # what a verb of no type is done for: "gathered outside parliament to protest the cuts": a protest
    purpose = infinitive_after(words, pred.word)
    sub = next((p for p in sentence.predicates if p.word == purpose), None) if purpose >= 0 else None
    kind = event_type_of(sentence, sub, text, depth + 1) if sub is not None else DEFAULT_TYPE
    if kind == DEFAULT_TYPE and words[pred.word].dep == "advcl" and words[pred.word].tag == "VBG" \
            and pred.subject < 0 and lemma not in verbs("reporting"):
        # a participle that carries on what its clause did ("closed down 89 points, bringing it to 7,465";
        # "continued to fall, continuing its run below 10,000"): that happening's type, unless it was only said
        # or is a trip (whose companions of its type are part of it: "arrives next month, bearing the livery")
        above = predicate_above(sentence, pred.word)
        kind = event_type_of(sentence, above, text, depth + 1) if above is not None else DEFAULT_TYPE
        kind = DEFAULT_TYPE if kind in SAYING or kind == TRIP_TYPE else kind
    return kind if kind != DEFAULT_TYPE else None


def _when_cause(sentence: Sentence, pred: Predicate, text: str, depth: int) -> str | None:
    """The type of the "when" clause a consequence happened in ("died when their car crashed"), or None."""
    words = sentence.words
    for c in children(words, pred.word):
        sub = next((p for p in sentence.predicates if p.word == c), None)
        if sub is not None and words[c].dep == "advcl" and when_clause(words, c):
            kind = event_type_of(sentence, sub, text, depth + 1)
            if kind != DEFAULT_TYPE:
                return kind
    return None


STATE_PREPS = frozenset({"on", "at", "in", "under"})  # "on strike", "at war", "in talks", "under attack"


def _word_trigger(sentence: Sentence, i: int, text: str, pred: Predicate, lemma: str, *, kind: str = "adjective",
                  subject: int | None = None) -> Predicate:
    """The word at ``i`` as the trigger of the event ``pred`` introduces ("was profitable", "make it
    profitable"), in ``pred``'s tense; its subject is ``pred``'s unless given."""
    w = sentence.words[i]
    return Predicate(lemma=lemma, text=text[w.start:w.end], start=w.start, end=w.end, tense=pred.tense, word=i,
                     kind=kind, subject=pred.subject if subject is None else subject)


def _linking(sentence: Sentence, pred: Predicate, text: str) -> tuple[str, Predicate | None] | None:
    """Step 1: the event a linking verb introduces, or None."""
    words = sentence.words
    nouns = nouns_at(sentence)
    kids = children(words, pred.word)
    # "was a success", "there was a crash on Monday": the predicate noun
    for c in kids:
        if words[c].dep in ("attr", "oprd") and c in nouns:
            return event_type_of(sentence, nouns[c], text), nouns[c]
    # "the summit was in May", "the take-off was normal"; but a direction is the change of what it is said of
    # ("unemployment was unchanged at 5.3% last month": unchanged)
    if pred.subject in nouns and not any(
            words[c].dep in ("acomp", "advmod") and "direction" in word_class(words[c].lemma) for c in kids):
        return event_type_of(sentence, nouns[pred.subject], text), nouns[pred.subject]
    # "was the first state to establish relations", "is expected to ..."
    for p in sentence.predicates:
        if p.kind == "verb" and p is not pred and p.lemma not in verbs("never_trigger") \
                and words[p.word].dep in CLAUSE_DEPS and descends(words, p.word, pred.word) \
                and clause_of(words, p.word, pred.word):
            return event_type_of(sentence, p, text), p
    # "has been on strike since Oct. 1", "were at war in 1980", "are in talks": the state the event noun holds
    for c in kids:
        if words[c].dep == "prep" and words[c].lemma.lower() in STATE_PREPS:
            # a bare noun, a state: not "was lower in late trading", "was in the talks' final round"
            held = [g for g in children(words, c) if words[g].dep == "pobj" and g in nouns
                    and all(words[k].dep == "compound" for k in children(words, g))]
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
                if pred.lemma not in STATE_VERBS or trigger.lemma in NOT_STATES or it or held:
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
