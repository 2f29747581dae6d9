"""The event nouns a dated verb acts on or leads to, which happen with it (rule 2b, for :mod:`.companions`).

"Guards foiled an escape attempt on Friday": the attempt is Friday's too; "the plant went into operation on
Tuesday", "will go on public display next spring": so is the operation, the display. Not a noun with a date of
its own ("blocked a strike set for next week"), nor one the verb speaks of, judges, plans or recalls, which
happens at another time ("averted a strike", "upheld the conviction", "commented on the shooting"), nor the
noun of a verb that makes one happening with it ("opened fire", "held talks": one trigger already). Pure
functions over a sentence's words; the verb classes come from ``pipeline/data/events_verbs.json``.
"""

from __future__ import annotations

import functools
from typing import Mapping, Sequence

from ..lang.events import STARTED_BY, triggers, verbs
from ..records import Predicate, Word
from .conjuncts import SAYING_TYPES
from .tree import TIME_ENTS, children, descends

# the prepositions an event noun is led to or acted on after ("to promotion", "into operation", "on display",
# "with a parade", "against the decision"); not "for" ("was sentenced Tuesday for the killing": earlier)
SHARING_PREPS = frozenset({"with", "on", "to", "into", "against"})
# the types of verbs that speak of, judge or ask for a happening ("objected to the sale", "commented on it")
TALK_TYPES = SAYING_TYPES | {"disapprove", "reject", "demand", "threaten", "intent to cooperate", "investigate",
                              "court"}


@functools.cache
def rescheduling_verbs() -> frozenset[str]:
    """Verbs whose subject happens at another time than theirs ("the hearing, postponed since March", "held every
    October"): the scheduling, recalling and convening classes."""
    return verbs("scheduling") | verbs("recalling") | verbs("convening")


@functools.cache
def regarding_verbs() -> frozenset[str]:
    """Verbs whose event-noun object is of another time (the ``regarding``, scheduling, recalling and cognition
    classes), or one happening with it (light, convening, sharing, participation verbs and be/have/do...)."""
    return (verbs("regarding") | verbs("scheduling") | verbs("recalling") | verbs("cognition") | verbs("light")
            | verbs("never_trigger") | verbs("convening") | verbs("sharing") | verbs("participation"))


@functools.cache
def talking_verbs() -> frozenset[str]:
    """The verbs of the event table whose type is a way of talking (``TALK_TYPES``): what they take after a
    preposition is spoken of ("objected to the sale on Monday"), while their object may share their time
    ("rejected a bid in 1996")."""
    return frozenset(k.split(":")[0] for k, kind in triggers().items()
                     if kind in TALK_TYPES and not k.endswith(":noun"))


def _undated_noun(words: Sequence[Word], i: int, by_word: Mapping[int, Predicate]) -> bool:
    """Is the word at ``i`` an event noun with no date or time word below it?"""
    return i in by_word and by_word[i].kind == "noun" and not any(
        words[k].ent in TIME_ENTS and descends(words, k, i) for k in range(i + 1, len(words)))


def acted_on(words: Sequence[Word], child: int, by_word: Mapping[int, Predicate], lemma: str,
             excluded: frozenset[str] = frozenset()) -> list[int]:
    """The event nouns that the dependent at ``child`` of a verb (lemma ``lemma``) gives it to act on: the
    dependent itself as an object, or the object of one of ``SHARING_PREPS``; none for a verb of ``excluded``
    (the caller's verbs of reporting and planning) or of :func:`regarding_verbs`."""
    w = words[child]
    if lemma in excluded or lemma in regarding_verbs():
        return []
    if w.dep == "dobj":
        return [child] if _undated_noun(words, child, by_word) else []
    if w.dep == "prep" and w.lemma.lower() in SHARING_PREPS and lemma not in talking_verbs():
        return [g for g in children(words, child) if words[g].dep == "pobj" and _undated_noun(words, g, by_word)
                and not (g == child + 1 and w.lemma.lower() == "on" and lemma.split()[0] in ("go", "come"))]
        # (the state a verb enters is in its trigger: "went on strike")
    return []


# how a verb is bounded by a happening: "worked there until his death in 1958", "has been held since his arrest on
# Oct. 14", "stayed until the team folded in 1940" (the companion mark :func:`.dating.open_interval` reads)
UNTIL, SINCE = "until", "since"
RECORD_WORDS = frozenset({"first", "last", "record", "most", "least"})  # "its first victory since", "a record"
BOUNDING = {"until": UNTIL, "till": UNTIL, "since": SINCE}


@functools.cache
def _telling() -> frozenset[str]:
    """Verbs that tell, expect or judge a happening, which no dated happening bounds."""
    return verbs("regarding") | verbs("cognition") | verbs("intention") | verbs("reporting") | talking_verbs()


def bounded_by(words: Sequence[Word], i: int, by_word: Mapping[int, Predicate]) -> tuple[int, str] | None:
    """The verb that the dated happening at ``i`` ends or starts, and how (``UNTIL``, ``SINCE``): an event noun
    after "until"/"since" ("until his retirement in 1986"), or a verb in an "until"/"since" clause ("until the
    team folded in 1940"); None otherwise."""
    w = words[i]
    if w.dep == "pobj" and words[w.head].dep == "prep" and words[w.head].lemma.lower() in BOUNDING:
        verb, how = words[w.head].head, BOUNDING[words[w.head].lemma.lower()]
    elif w.dep == "advcl" and (mark := next((c for c in children(words, i) if words[c].dep == "mark"), -1)) >= 0 \
            and words[mark].lemma.lower() in BOUNDING and not any(
                words[c].dep in ("nsubj", "nsubjpass") and words[c].ent in TIME_ENTS for c in children(words, i)):
        # (not a date the parser made the clause's subject: "robbing banks since October was arrested Monday")
        verb, how = w.head, BOUNDING[words[mark].lemma.lower()]
    else:
        return None
    if verb == i or verb not in by_word or by_word[verb].kind != "verb" or words[verb].lemma.lower() in _telling():
        return None  # not what is told, expected or judged since then ("had been expected since the May meeting")
    if any(words[k].tag in ("JJS", "RBS") or words[k].ent == "ORDINAL" or words[k].lemma.lower() in RECORD_WORDS
           for k in range(max(0, i - 12), i)):
        return None  # a superlative's span: "the worst violence since the army removed him last Wednesday"
    return verb, how


def started_apart(words: Sequence[Word], noun: int) -> bool:
    """Has the event noun at ``noun`` a relative clause that tells, with a date on its verb, when it began
    (``STARTED_BY``)? Then it is of that date, not of the day a verb ended it ("ending a lockout that began
    Jan. 28"; as :mod:`pipeline.extractors.sentences` reads it for a light verb)."""
    for r in children(words, noun):
        todo = list(children(words, r)) if words[r].dep == "relcl" and words[r].lemma.lower() in STARTED_BY else []
        while todo:
            k = todo.pop()
            if words[k].ent in TIME_ENTS:
                return True
            todo += children(words, k) if words[k].dep in ("prep", "advmod") else ()
    return False


def second_object(words: Sequence[Word], verb: int, obj: int) -> bool:
    """Is ``obj`` an object the parser added after a comma to a verb that has one already? It is an
    apposition to the clause ("raised its rate by a quarter point on Wednesday, its first increase")."""
    before = [c for c in children(words, verb) if words[c].dep == "dobj" and c < obj]
    return bool(before) and any(words[k].lemma == "," for k in range(before[-1], obj))
