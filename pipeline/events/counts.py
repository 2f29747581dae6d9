"""Happenings ranked or counted within a period, which that period dates: "a general strike on December 18, the
third such stoppage this year" (the stoppage is this year's), "the largest bank failure in New England this
year". Plain ``Word`` records, read by :func:`.syntax.governor`."""

from __future__ import annotations

from ..records import Predicate, Sentence
from .tree import TIME_ENTS, children, light_verb_event, nouns_at

RANKING_WORDS = frozenset({"such"})  # with ordinals and superlatives: "the third such stoppage this year"
RUN_WORDS = frozenset({"consecutive", "straight", "successive"})  # "the third straight session": a run, a date
# the periods within which happenings are counted ("the third strike this year", "the worst in that decade")
FRAME_WORDS = frozenset({"year", "month", "week", "decade", "season", "summer", "winter", "spring", "fall",
                         "autumn", "quarter"})
COUNT_REACH = 8  # words back from the date to the happening it counts


def counted_in(sentence: Sentence, inside: list[int]) -> Predicate | None:
    """The happening ranked or counted within the period whose words are ``inside``: the event noun with an
    ordinal (not "first"), a superlative or "such" before it in its phrase ("the third such stoppage this year",
    "the largest bank failure in New England this year"), or the event noun such a superlative stands in
    apposition to ("the August 6 attack, the deadliest in the city this year"); None when a verb, punctuation or
    another date comes between, or the date is no period ("its first session in July")."""
    words = sentence.words
    top = next((i for i in inside if words[i].head not in inside or words[i].head == i), inside[0])
    period = words[top].lemma.lower() in FRAME_WORDS or (len(inside) == 1 and len(words[top].lemma) == 4
                                                         and words[top].lemma.isdigit())
    if not period or (words[top].head > inside[-1] and words[words[top].head].pos == "NOUN") \
            or any(words[i].lemma.lower() in ("recent", "past") for i in inside):
        # not "its second test in May 2009", "the anniversary of the March 2011 earthquake", nor a baseline: "the
        # biggest losses in recent years"
        return None
    nouns = nouns_at(sentence)
    for k in range(inside[0] - 1, max(-1, inside[0] - 1 - COUNT_REACH), -1):
        w = words[k]
        if w.pos in ("VERB", "AUX", "PUNCT") or w.ent in TIME_ENTS or w.lemma.lower() == "since":
            return None
        ranks = [c for c in children(words, k) if c < k]
        if k in nouns:  # the nearest happening: ranked, or none ("the worst disaster since a collision in 2011")
            ranked = not any(words[c].lemma.lower() in RUN_WORDS for c in ranks) and any(
                words[c].tag == "JJS" or (words[c].ent == "ORDINAL" and words[c].lemma.lower() != "first")
                or words[c].lemma.lower() in RANKING_WORDS for c in ranks)
            # the light verb's event when the noun has one ("agreed to hold the fourth session next spring")
            return light_verb_event(sentence, nouns[k]) if ranked else None
        if w.tag == "JJS" and w.dep == "appos" and w.head in nouns:
            return nouns[w.head]
    return None
