"""What happened: the event type of a predicate and its tense (rule 9 of :mod:`pipeline.events.builder`)."""

from __future__ import annotations

from ..lang.events import DEFAULT_TYPE, lookup
from ..records import Predicate, Sentence, Word
from .syntax import descends

# fmt: off
# Verbs that measure rather than happen: their event type is that of their subject or object.
MEASURE_VERBS = frozenset({
    "account", "amount", "be", "climb", "decline", "decrease", "drop", "establish", "exceed", "fall", "grow",
    "increase", "jump", "reach", "remain", "rise", "stand", "total",
})
# Verbs that are meetings only when a person is received: "received the president", not "received orders".
HOSTING_VERBS = frozenset({"greet", "host", "receive", "welcome"})
PERSON_NOUNS = frozenset({
    "ambassador", "chairman", "chairwoman", "chief", "counterpart", "delegate", "delegation", "diplomat",
    "envoy", "guest", "head", "king", "leader", "minister", "official", "premier", "president", "queen",
    "representative", "secretary", "speaker", "visitor",
})
# fmt: on


def classify(sentence: Sentence, pred: Predicate | None, text: str) -> tuple[str, Predicate | None]:
    """Event type of a predicate (rule 9) and the predicate that names the event (the trigger)."""
    if pred is None:
        return DEFAULT_TYPE, None
    words = sentence.words
    pos = "noun" if pred.kind == "noun" or pred.light_verb else "verb"
    kind = lookup(pred.lemma, pos=pos, text=text[pred.start:pred.end] if pos == "noun" else "")
    if pred.lemma in HOSTING_VERBS and not (0 <= pred.object < len(words) and _is_person(words[pred.object])):
        kind = None
    if kind and kind != DEFAULT_TYPE and pred.lemma not in MEASURE_VERBS:
        return kind, pred
    nouns = {p.word: p for p in sentence.predicates if p.kind == "noun"}
    event_subject = None
    for idx in (pred.object, pred.subject):
        if not (0 <= idx < len(words) and words[idx].pos == "NOUN"):
            continue
        w = words[idx]
        arg = lookup(w.lemma, pos="noun", text=text[w.start:w.end])
        if arg and arg != DEFAULT_TYPE:
            # "the trade amounted to" -> trade (trigger amount); "the summit was in May" -> summit
            return arg, nouns.get(idx, pred) if pred.kind == "copula" else pred
        if arg and pred.kind == "copula" and idx in nouns:
            event_subject = event_subject or nouns[idx]
    if pred.kind == "copula" or pred.lemma in MEASURE_VERBS:
        # "was the first state to establish diplomatic relations": the clause the copula introduces
        for other in sentence.predicates:
            if other.kind != "verb" or other is pred or not descends(words, other.word, pred.word):
                continue
            found, _ = classify(sentence, other, text)
            if found != DEFAULT_TYPE:
                return found, other
    # "the first flight was in 1994": the event noun, not "be"
    return kind or DEFAULT_TYPE, event_subject or pred


def tense_of(sentence: Sentence | None, pred: Predicate | None) -> str | None:
    """The predicate's tense, or that of the nearest verb above it ("made its first flight": past;
    "is expected to be ready": present)."""
    if pred is None or sentence is None or pred.tense:
        return pred.tense if pred else None
    by_word = {p.word: p for p in sentence.predicates if p.kind != "noun"}
    words, node, seen = sentence.words, pred.word, set()
    while 0 <= node < len(words) and node not in seen:
        seen.add(node)
        above = by_word.get(node)
        if above is not None and above.tense:
            return above.tense
        node = words[node].head
    return None


def _is_person(word: Word) -> bool:
    """A received object that makes a meeting: a person's name, a pronoun, "the president"."""
    return word.ent == "PERSON" or word.pos == "PRON" or word.lemma.lower() in PERSON_NOUNS
