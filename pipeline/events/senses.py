"""Sense rules (step 2 of :mod:`.classify`): the type a trigger's syntax gives it, from
``events_senses.json``: its object, subject, modifier, complement, light verb, a preposition's object or (last
resort) any word of its sentence, matched against
a word class, an entity class or a word list ("met the criteria" is no meeting, "fired 200 workers" is
about jobs, "found him guilty" is a court's). Read from the parse alone (plain ``Word`` records).
"""

from __future__ import annotations

from typing import Sequence

from ..lang.events import TEMPORAL_NOUNS, senses, word_class
from ..lang.gazetteer import gazetteer
from ..records import Predicate, Sentence, Word
from .tree import children, dated_antecedent, subject_of

PERSON_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "i", "me", "we", "us", "you"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PRONOUN_NOUNS = 3  # the nouns before "it"/"them" a sense rule may read it as


def trigger_word(sentence: Sentence, pred: Predicate) -> int:
    """Index of the trigger's own word (the noun of a light verb, else the predicate's word)."""
    if pred.light_verb is None:
        return pred.word
    return next((i for i, w in enumerate(sentence.words) if w.end == pred.end), pred.word)


def _named_place(words: Sequence[Word], i: int) -> bool:
    """Is the proper noun at ``i``, with the proper nouns compounded before it, a place of the gazetteer the
    tagger named otherwise ("returns to Vilnius" read as a person)?"""
    if words[i].pos != "PROPN" or words[i].ent not in ("PERSON", "ORG", ""):
        return False
    first = i
    while first > 0 and words[first - 1].pos == "PROPN" and words[first - 1].head == i:
        first -= 1
    return " ".join(w.lemma for w in words[first:i + 1]) in gazetteer()


def matches(sentence: Sentence, i: int, value: object) -> bool:
    """True when word ``i`` is of class ``value`` (a class name, PERSON/PLACE/ORG/MONEY/DATE/NOUN) or in the list
    ``value``."""
    if not 0 <= i < len(sentence.words):
        return False
    w = sentence.words[i]
    lemma = w.lemma.lower()
    if isinstance(value, list):
        if lemma in value:
            return True
        # a noun with its modifier, listed as two words: "martial law", "state of emergency" is "state"
        return any(f"{sentence.words[c].lemma.lower()} {lemma}" in value for c in children(sentence.words, i)
                   if sentence.words[c].dep in ("amod", "compound") and c < i)
    if value == "PERSON":
        return w.ent == "PERSON" or (w.pos == "PRON" and lemma in PERSON_PRONOUNS) or "person" in word_class(lemma)
    if value == "PLACE":
        return w.ent in PLACE_ENTS or _named_place(sentence.words, i)
    if value == "ORG":
        return w.ent == "ORG"
    if value == "NOUN":  # any noun: "called the vote a political vendetta"
        return w.pos in ("NOUN", "PROPN")
    if value == "MONEY":
        return w.ent == "MONEY"
    if value == "DATE":
        return w.ent in ("DATE", "TIME") or lemma in TEMPORAL_NOUNS
    return value in word_class(lemma) or (value == "product" and w.ent == "PRODUCT")


def role_words(sentence: Sentence, pred: Predicate, head: int, role: str) -> list[int]:
    """The words a sense rule's ``role`` reads (``head``: the trigger's own word), by index."""
    words = sentence.words
    if role == "object":
        if pred.object < 0 and pred.kind != "noun" and words[pred.word].dep == "acl" and words[pred.word].tag == "VBN":
            return [words[pred.word].head]  # "estimates released in August": the estimates
        if pred.object < 0 and pred.kind != "noun" and (pred.voice == "passive" or (
                words[pred.word].tag == "VBN" and words[pred.word].dep in ("acomp", "ccomp", "oprd"))):
            # "the law was enacted and was last renewed": the law; a participle of state: "the fire was 45%
            # contained", "hoped to have it contained by Friday"
            found = subject_of(sentence, pred.word)
            if found < 0:
                return []
        elif pred.object < 0:
            return []
        else:
            found = pred.object
        found = antecedent(words, pred.word, found)
        if words[found].pos == "PRON" and words[found].lemma.lower() in ("it", "them"):
            # "approved the bill, sending it to the president, who will sign it": the nouns named before it
            return [found, *[k for k in range(found) if words[k].pos == "NOUN"
                             and words[k].dep in ("dobj", "nsubj", "nsubjpass", "pobj")][-PRONOUN_NOUNS:]]
        return [found, *members(words, found)]
    if role == "subject":
        found = subject_of(sentence, pred.word) if pred.kind != "noun" else pred.subject
        found = antecedent(words, pred.word, found) if found >= 0 else -1
        return [found, *members(words, found)] if found >= 0 else []
    if role == "light":  # the light verb that carries a noun trigger: "set fire" (arson), not "caught fire"
        return [pred.word] if pred.light_verb is not None else []
    if role == "modifier":
        return [c for c in children(words, head) if words[c].dep in ("compound", "amod") and c < head]
    if role == "sentence":  # any word of the sentence: "Friday's abbreviated session" among shares and the Dow
        return [i for i in range(len(words)) if i != head]
    if role == "complement":  # "found him guilty", "was found guilty", "declared him dead"
        return [c for c in children(words, head) if words[c].dep in ("oprd", "acomp", "ccomp", "xcomp")
                and words[c].pos in ("ADJ", "NOUN")]
    anchors = {pred.word, head}
    if pred.kind == "verb" and pred.object >= 0:
        anchors.add(pred.object)  # the phrase may hang on the object: "won a landslide victory in the elections"
    out = []
    for anchor in anchors:
        for c in children(words, anchor):
            if words[c].dep in ("prep", "dative") and words[c].lemma.lower() == role:
                out += [g for g in children(words, c) if words[g].dep == "pobj"]
    return out


COLLECTIVES = frozenset({"band", "batch", "contingent", "crowd", "group", "squad", "team"})


def members(words: Sequence[Word], i: int) -> list[int]:
    """What a collective noun at ``i`` is made of ("a team of investigators": investigators), else nothing."""
    if not 0 <= i < len(words) or words[i].lemma.lower() not in COLLECTIVES:
        return []
    return [g for c in children(words, i) if words[c].dep == "prep" and words[c].lemma.lower() == "of"
            for g in children(words, c) if words[g].dep == "pobj"]


def antecedent(words: Sequence[Word], verb: int, i: int) -> int:
    """The noun a relative pronoun stands for ("the bill, which the House passed": bill), else ``i``."""
    if words[i].tag in ("WDT", "WP") and words[verb].dep == "relcl" and 0 <= words[verb].head < len(words):
        return words[verb].head
    if words[i].tag == "WDT" and words[verb].dep != "relcl":
        return dated_antecedent(words, i)
    return i


def sense(sentence: Sentence, pred: Predicate, head: int, pos: str) -> str | None:
    """The type a sense rule gives (step 2), or None when no rule of the trigger applies."""
    table = senses()
    rules = table.get(f"{pred.lemma}:{pos}") or table.get(pred.lemma) or ()
    for rule in rules:
        roles = [r for r in rule if r != "type"]
        if not roles:
            return str(rule["type"])
        role = roles[0]
        if any(matches(sentence, i, rule[role]) for i in role_words(sentence, pred, head, role)):
            return str(rule["type"])
    return None
