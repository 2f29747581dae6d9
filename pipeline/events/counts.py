"""Happenings ranked or counted within a period, which that period dates: "a general strike on December 18, the
third such stoppage this year" (the stoppage is this year's), "the largest bank failure in New England this
year"; and the change of a figure of a period ("its January traffic fell 4.2%": the falling is January's). Plain
``Word`` records, read by :func:`.syntax.governor`."""

from __future__ import annotations

from ..lang.dates import lexicon
from ..lang.events import verbs
from ..records import Predicate, Sentence
from .tree import TIME_ENTS, children, date_top, light_verb_event, nouns_at, period_only, verb_at

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
    top = date_top(words, inside)
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


BASELINE_PREPS = frozenset({"from", "than", "over"})  # what a figure is compared with ("from a year earlier")
FIGURE_DEPS = frozenset({"compound", "nmod", "amod", "poss"})  # "its January traffic", "the company's 1990 output"


def measured_in(sentence: Sentence, inside: list[int]) -> Predicate | None:
    """The change of a figure the period whose words are ``inside`` qualifies: "said its January traffic fell
    4.2%", "2012 output rose 3%" (the falling and rising are the period's), where the figure is no event noun
    that would carry the date itself; None for a day ("Monday's attendance"), a verb that is no change of
    measure, or one with a date of its own ("fiscal 1990 revenue rose in the fourth quarter")."""
    words = sentence.words
    top = date_top(words, inside)
    figure = words[top].head
    if words[top].dep not in FIGURE_DEPS or figure in inside or figure in nouns_at(sentence) \
            or words[figure].dep != "nsubj" or not period_only(words, set(inside)):
        return None
    if not any(words[c].dep == "poss" for c in children(words, figure)) and words[top].dep != "poss" \
            and any(words[i].lemma.lower() in lexicon().months for i in inside):
        return None  # a bare month on a commodity is a futures contract: "August crude fell 38 cents"
    verb = words[figure].head
    change = verb_at(sentence, verb)
    if change is None or change.lemma not in verbs("measure"):
        return None
    for c in children(words, verb):  # a date of its own, not a baseline ("fell 4.2% from a year earlier")
        if c not in inside and words[c].dep in ("prep", "npadvmod") and words[c].lemma.lower() not in BASELINE_PREPS \
                and any(words[g].ent in TIME_ENTS or words[g].ent == "EVENT" for g in [c, *children(words, c)]):
            return None  # (a holiday is an event entity: "could top $2.9 billion by Labor Day")
    return change
