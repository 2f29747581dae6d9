"""The event type of a predicate (rule 9 of :mod:`pipeline.events.builder`), read through the syntax, not from
the lemma alone (:mod:`pipeline.lang.events` holds the tables): the sense rules of the trigger, the trigger
table, what a verb or noun of change measures ("sales rose" -> sales), the complement of an aspectual or
catenative verb ("agreed to buy"), the event subject of a verb of consequence ("the earthquake killed"),
what a noun that counts happenings counts ("a wave of strikes"), and for a verb of no type of its own the
happening that is its subject or object ("the festival runs through Sunday"). :mod:`.classify` chooses the
trigger.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..lang.events import (
    COUNTERING,
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
    has_amount,
    infinitive_after,
    name_words,
    of_happening,
    of_mood,
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
    has_dep,
    nouns_at,
    phrase_owner,
    subject_of,
    when_clause,
)

# how a measured thing types a measure: "sales rose" -> sales, "shares fell" -> market
MEASURED = ("market", "earnings", "sales", "labor", "economy")
# nouns that count happenings, and the preposition that names them: what they count says the type ("a wave
# of strikes paralysed transport", "the death toll from the collapse rose")
_OF, _FROM = frozenset({"of"}), frozenset({"from", "in", "of"})
COUNT_NOUNS = {**dict.fromkeys(COUNTING_NOUNS, _OF), "toll": _FROM, "casualty": _FROM}
# a level kept, which the parser may make an object or an adverb: "held steady", "stayed flat"
LEVEL_WORDS = frozenset({"flat", "stable", "steady", "unchanged"})


# verbs and nouns of a result, and a score close after them (two numbers of at most three digits, a dash)
RESULT_VERBS = frozenset({"beat", "defeat", "down", "edge", "lose", "loss", "rout", "thrash", "tie", "top",
                          "trounce", "victory", "whip", "win"})
RE_SCORE = re.compile(r"[^.;:\n]{0,60}?(?<![\d.,-])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d.,%-])")
RE_SCORE_BEFORE = re.compile(r"(?<![\d.,-])\d{1,3}\s?[-\u2013]\s?\d{1,3}\s+$")
REFUSING = frozenset({"decline"})  # measure verbs that also mean "refuse" before an infinitive
MAX_DEPTH = 2  # how far one type is read from another ("the rise in sales of the phones")


def event_type_of(sentence: Sentence, pred: Predicate, text: str, depth: int = 0) -> str:
    """The type of a predicate that is the trigger (see the module docstring)."""
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
            # the cause: the subject, else the agent of the passive ("the county was hit by a quake in 2010")
            agents = [g for c in children(words, pred.word) if words[c].dep == "agent"
                      for g in children(words, c) if words[g].dep == "pobj"]
            kind = measured_type(sentence, [subject_of(sentence, pred.word)], text, depth, measures=False) \
                or measured_type(sentence, [_pronoun_antecedent(words, subject_of(sentence, pred.word))], text,
                                 depth, measures=False) \
                or measured_type(sentence, agents, text, depth, measures=False)
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
    if not noun and pred.lemma in PERIOD_BOUNDS and 0 <= (period := _period_bounded(words, pred.word)):
        # "for the quarter ended Sept. 30, the company earned ...", "shrank in the fiscal year that ended March
        # 31": the bound of the period reported on
        above = predicate_above(sentence, period)
        found = event_type_of(sentence, above, text, depth + 1) if above is not None else DEFAULT_TYPE
        if found not in (DEFAULT_TYPE, *SAYING):  # not "expects a loss in fiscal 1997, which ended March 31"
            return found
    inherited = _inherited(sentence, pred, head, text, depth)
    if inherited is None and kind in (None, DEFAULT_TYPE) and not noun and depth < MAX_DEPTH:
        inherited = _subject_happening(sentence, pred, text, depth)
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


def _period_bounded(words: Sequence[Word], verb: int) -> int:
    """The span of time a participle or relative clause at ``verb`` bounds ("the quarter ended Sept. 30",
    "fiscal 1990, which began Oct. 1"), else -1."""
    head = words[verb].head
    if words[verb].dep not in ("acl", "relcl") or not 0 <= head < len(words) or head == verb:
        return -1
    return head if words[head].lemma.lower() in TEMPORAL_NOUNS or words[head].ent == "DATE" else -1


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
            or lemma in verbs("ordering") or lemma in verbs("intention")) \
            and pred.object in nouns_at(sentence):
        # "posted a loss": the verb of a reported result has the result's type; "postponed the vote" the vote's,
        # "sought a restraining order" the order's
        return event_type_of(sentence, nouns_at(sentence)[pred.object], text, depth + 1)
    if lemma in verbs("aspectual") or lemma in verbs("catenative") or lemma in verbs("intention"):
        for c in children(words, pred.word):
            if words[c].dep == "xcomp" and words[c].pos == "VERB":
                sub = next((p for p in sentence.predicates if p.word == c), None)
                if sub is not None:
                    kind = event_type_of(sentence, sub, text, depth + 1)
                    if kind != DEFAULT_TYPE:
                        return kind
        subject = subject_of(sentence, pred.word)
        if words[pred.word].dep == "relcl":
            subject = phrase_owner(words, subject, nouns_at(sentence))
        if lemma in verbs("aspectual") and subject in nouns_at(sentence):
            # "a strike that began May 22", "the burglaries began in June": the happening that begins
            kind = event_type_of(sentence, nouns_at(sentence)[subject], text, depth + 1)
            if kind != DEFAULT_TYPE:
                return kind
        return measured_type(sentence, [subject, pred.object], text, depth)
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


def _subject_happening(sentence: Sentence, pred: Predicate, text: str, depth: int) -> str | None:
    """The type of the happening that is the subject, else the object, of a verb of no type of its own ("the
    festival runs through Sunday", "voting ran from Oct. 21", "the penalty phase of the trial begins Monday": a
    part of a happening is of its type; "firefighters put out the blaze"), or None; what was only said gives none
    ("the report sent shares lower"), a report none ("the inquiry said"; "the inquiry found cracks" is one)."""
    words = sentence.words
    if pred.lemma in verbs("reporting"):
        return None
    found = []
    for i in (subject_of(sentence, pred.word), pred.object if pred.lemma not in COUNTERING else -1):
        if not 0 <= i < len(words):
            continue
        i = antecedent(words, pred.word, i)
        if words[i].lemma.lower() == "they" and words[i].pos == "PRON":
            # "opposed the talks since they began in October": the nearest plural happening before it
            i = max((n for n in nouns_at(sentence) if n < i and words[n].tag == "NNS"), default=i)
        if words[i].lemma.lower() in PART_NOUNS or words[i].lemma.lower() in TEMPORAL_NOUNS:
            # "the second half of the game", "the rest of the tour", "two days of talks ended"
            i = next((g for c in children(words, i) if words[c].dep == "prep" and words[c].lemma == "of"
                      for g in children(words, c) if words[g].dep == "pobj"), i)
        found.append(i)
    kind = measured_type(sentence, found, text, depth, measures=False)
    return None if kind in SAYING else kind


PART_NOUNS = frozenset({"beginning", "end", "half", "leg", "part", "phase", "portion", "remainder", "rest", "stage",
                        "start"})


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
