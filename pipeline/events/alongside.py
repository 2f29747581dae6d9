"""Predicates a date dates alongside the one it attaches to, read from the parse (no spaCy here): the verbs of
"when" clauses on the date, a verb of occurrence and its event subject, the verb of a reported result, a light
verb too far from its event noun to share its trigger phrase, the verb that tells an event noun's own happening,
the order given for a dated act, and the finding of a thing in a dated state.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..lang.events import CONTEST_RESULTS, DEADLINE_NOUNS, verbs
from ..records import Predicate, Sentence, TimeExpression, Word
from .owners import PROMPTING_NOUNS
from .redirects import redirect
from .tree import AUX_DEPS, MARK_AUX_DEPS, TO_WORDS, children, descends, has_dep, nouns_at, verb_at, word_before
from .whens import hung_on_date


def when_verbs(sentence: Sentence, timex: TimeExpression) -> list[Predicate]:
    """The verbs of "when" clauses on the date (:func:`.whens.hung_on_date`), through a verb of intention to
    what it expects ("the 2008 model year, when a new model is expected to be launched": launched). Such a
    clause after a list or range tells of its last date ("between 1985 and 1989, when the thrift collapsed")."""
    return [redirect(sentence, hung, timex.start, intention=verbs("intention"), reporting=frozenset())
            for hung in hung_on_date(sentence, timex.start, timex.end)]


# verbs of occurrence that are events too ("explosions were heard": TimeML's perception), and of a happening's
# running its course ("the curfew ran from 9 p.m. to 5 a.m.", "the talks stretched into the night")
OCCURRING = frozenset({"break out", "come", "form", "go off", "happen", "hear", "occur", "run", "stretch"})
# and these, when their event subject is too far for one trigger phrase ("sanctions against India would take
# effect on Friday": sanctions, and "take effect"; "the truce took effect" is one phrase)
TAKING_EFFECT = frozenset({"take effect", "take place", "go into effect"})
LASTING = frozenset({"remain", "stay"})  # "remain closed": the lasting and the state


def occurs(pred: Predicate, trigger: Predicate) -> bool:
    """Is ``pred`` a verb of occurrence whose event subject ``trigger`` is the event ("the fire broke out just
    before midnight", "the accident occurred on Monday"), or a verb of lasting whose state or subject is the
    event ("markets to remain closed until Friday", "sales will remain weak in the fourth quarter")? The verb is
    an event too, of the same type; "took place" and "took effect" only when the subject is too far to share its
    trigger phrase.
    """
    if trigger is not pred and pred.lemma in LASTING and pred.light_verb is None:
        return True  # (the subject's too: "sales will remain weak in the fourth quarter": sales and remain)
    if trigger is not pred and pred.lemma == "become" and pred.light_verb is None and trigger.kind == "verb":
        return True  # becoming the first to do a thing, and the doing: "Detroit on Thursday became the largest
        # U.S. city ever to file for bankruptcy": became and file
    return trigger is not pred and pred.kind == "verb" and pred.light_verb is None and (
        pred.lemma in OCCURRING or (pred.lemma in TAKING_EFFECT and trigger.phrase is None)
        or (pred.lemma in verbs("convening") and pred.voice == "passive"))  # "elections will be held": held too


def held_verb(sentence: Sentence, pred: Predicate) -> Predicate | None:
    """The light verb that carries a happening noun, as a predicate of its own when it is too far to share the
    noun's trigger phrase ("funerals for the victims will be held Thursday": held too, as when they are "due to
    be held"; "launched a $2.1 billion hostile tender offer yesterday": launched too), as TimeML marks it; not
    be, have, do, make, take or get, nor a verb of report or aspect (:func:`reporter`); None for other
    predicates."""
    w = sentence.words[pred.word]
    if pred.light_verb is None or pred.light_verb in verbs("never_trigger") | verbs("reporting") | verbs("aspectual") \
            or (pred.phrase is not None and pred.phrase[0] <= w.start < pred.phrase[1]):
        return None  # (a verb in the noun's trigger phrase is there already: "a memorial service will be held")
    return _light_verb(sentence, pred)


def reporter(sentence: Sentence, pred: Predicate | None) -> Predicate | None:
    """The verb of a reported result or an aspect, an event of its own ("posted gains on Friday": posted and
    gains; "resumed their slide on Monday": resumed and slide), as a predicate; None for other predicates."""
    if pred is None or pred.light_verb is None or pred.light_verb not in verbs("reporting") | verbs("aspectual"):
        return None
    return _light_verb(sentence, pred)


def _light_verb(sentence: Sentence, pred: Predicate) -> Predicate:
    """The light verb of the noun predicate ``pred`` as a verb predicate of its own, on the verb's word."""
    w = sentence.words[pred.word]
    return replace(pred, lemma=pred.light_verb, start=w.start, end=w.end, light_verb=None, kind="verb",
                   phrase=None)


def SUBJECT_EVENT_VERBS() -> frozenset[str]:  # noqa: N802 - a table-derived constant
    """Verbs whose event subject is a happening dated with them ("sales fell", "the trial began")."""
    return verbs("measure") | verbs("aspectual") | verbs("consequence")


def happening_of(sentence: Sentence, noun: Predicate) -> Predicate | None:
    """The verb an event noun is the subject of when it tells the noun's own happening (a verb of change,
    aspect or consequence: "Tuesday's attack killed 12 people", "the storm tore through"), or None."""
    words = sentence.words
    verb = words[noun.word].head
    if words[noun.word].dep != "nsubj" or verb == noun.word or words[verb].lemma.lower() not in SUBJECT_EVENT_VERBS():
        return None
    return verb_at(sentence, verb)


# prepositions of the occasion a dated act is done at or during ("was arrested on Monday at a rally"; not "on",
# mostly what the act is about: "decide on strikes"), and the votes it is done by ("approved the accord Tuesday by
# a vote of 89 to 12"; "by" is otherwise a cause: "hampered by shortages", or a margin: "trails by 2 million votes")
OCCASION_PREPS = frozenset({"at", "during"})
VOTE_NOUNS = frozenset({"vote", "ballot", "acclamation", "referendum"})


def occasions(sentence: Sentence, pred: Predicate, dated: set[int], timex: TimeExpression) -> list[Predicate]:
    """The event nouns a dated verb ``pred``, or what it acts on, is done at, during or by, which ``timex`` dates
    too; not one already dated (the word indexes in ``dated``), nor one with another date inside its phrase."""
    words = sentence.words
    if pred.kind != "verb" or not 0 <= pred.word < len(words):
        return []
    nouns = nouns_at(sentence)
    # on the verb, or on its object ("will propose a dividend at its annual meeting on May 8")
    heads = [pred.word, *(c for c in children(words, pred.word) if words[c].dep == "dobj")]
    found = [g for h in heads for c in children(words, h) if words[c].dep in ("prep", "agent")
             for g in children(words, c) if words[g].dep == "pobj" and g in nouns and g not in dated
             and words[g].lemma.lower() not in PROMPTING_NOUNS
             and (words[c].lemma.lower() in OCCASION_PREPS
                  or (words[c].lemma.lower() == "by" and words[g].lemma.lower() in VOTE_NOUNS
                      and not any(words[k].dep in ("nummod", "quantmod") for k in children(words, g))))]
    return [nouns[g] for g in found
            if not any(words[k].ent in ("DATE", "TIME") and not timex.start <= words[k].start < timex.end
                       and descends(words, k, g) for k in range(len(words)))]


# prepositions of the happening an act is done in, on, at or during, whose date after it dates the act too
# ("freed the boy in a raid early Monday", "hijacked a jetliner on a domestic flight on Tuesday", "died in a
# crash on Monday", and a contest's result an act is done with); not the act of a charge, which is named by what
# it is for ("arrested in the killing of a guard last year")
OCCASION_OF_PREPS = frozenset({"at", "during", "in", "on"})


def occasion_of(sentence: Sentence, noun: Predicate, timex: TimeExpression,
                accusing: frozenset[str]) -> Predicate | None:
    """The verb a dated event noun is the occasion of (see ``OCCASION_OF_PREPS``), when the date follows the
    noun; None otherwise (not "was charged in Tuesday's attack": the date before the noun is the attack's)."""
    words = sentence.words
    if noun.kind != "noun" or not 0 <= noun.word < len(words) or timex.start < noun.end:
        return None
    node = noun.word
    if words[node].dep == "amod" and words[node].head < node:
        node = words[node].head  # a noun the tagger took for an adjective: "in the World Cup final on Sunday"
    prep = words[node].head
    if words[node].dep != "pobj" or prep == node or words[prep].dep != "prep" \
            or (words[prep].lemma.lower() not in OCCASION_OF_PREPS and not _won_with(words, prep, node, timex)):
        return None
    if any(w.pos in ("VERB", "AUX") and noun.end <= w.start < timex.start for w in words):
        return None  # the date of a clause on the noun: "faces prison at his sentencing, set for Sept. 9"
    verb = verb_at(sentence, words[prep].head)
    if verb is None or verb.lemma in accusing or verb.lemma in verbs("reporting") or verb.start > noun.start:
        return None
    return verb


def _won_with(words: Sequence[Word], prep: int, node: int, timex: TimeExpression) -> bool:
    """Is the noun at ``node`` a contest's result an act is done with, on the date ``timex`` ("clinched the title
    with a victory over Denver on Sunday")? Not one denied, nor a span: "with no victories since March"."""
    before = word_before(words, timex.start)
    return words[prep].lemma.lower() == "with" and words[node].lemma.lower() in CONTEST_RESULTS \
        and not any(words[c].dep == "det" and words[c].lemma.lower() == "no" for c in children(words, node)) \
        and not (before >= 0 and words[before].lemma.lower() in ("since", "until", "before", "after", "by"))


def due_by(sentence: Sentence, noun: Predicate) -> Predicate | None:
    """What is to be done by a dated deadline ("a June 1 deadline to finish the plan": finish), else None."""
    words = sentence.words
    if noun.kind != "noun" or not 0 <= noun.word < len(words) or words[noun.word].lemma.lower() not in DEADLINE_NOUNS:
        return None
    return next((verb for c in children(words, noun.word) if words[c].dep in ("acl", "relcl")
                 and has_dep(words, c, AUX_DEPS, TO_WORDS) and (verb := verb_at(sentence, c)) is not None), None)


STATE_TAGS = frozenset({"VBG", "VBN", "JJ"})  # a state an object is found in: "hiding", "abandoned", "alive"
STATE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "oprd"})


def finding(sentence: Sentence, pred: Predicate) -> Predicate | None:
    """The verb that found its object in the dated state ``pred`` ("found him hiding behind a furnace at 6:40 a.m.",
    "found the truck abandoned near the river this afternoon": the finding is then too), else None."""
    words = sentence.words
    if not 0 <= pred.word < len(words) or words[pred.word].tag not in STATE_TAGS \
            or has_dep(words, pred.word, MARK_AUX_DEPS):
        return None  # (a clause of its own: "inspections have fallen in recent years, a report found")
    w = words[pred.word]
    head = w.head if w.dep in STATE_DEPS else words[w.head].head if w.dep == "acl" and words[w.head].dep == "dobj" \
        else -1  # (the state hung on the object: "found a truck abandoned")
    if head < 0 or head == pred.word or words[head].lemma.lower() not in verbs("finding"):
        return None
    return verb_at(sentence, head)


# verbs that order or let someone do the act of their "to" complement
ORDERS = frozenset({"allow", "force", "permit"})
# a date after these is a bound, not the act's day ("ordered them to leave by noon")
RE_BOUND_BEFORE = re.compile(r"\b(?:by|until|till|through|before|after|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def order_given(sentence: Sentence, pred: Predicate, text: str, timex: TimeExpression,
                published: str | None) -> Predicate | None:
    """The verb that ordered the dated act ``pred`` of its "to" complement, told in the past, when the date is
    not after the publication and not a bound: "had been ordered to suspend production in May", "ordered
    6,000 residents to evacuate Thursday night", "forced the company to shut its crude unit Monday night" (the
    order is given that day); None otherwise ("ordered them to leave by noon tomorrow")."""
    words = sentence.words
    if pred.kind != "verb" or not 0 <= pred.word < len(words) or words[pred.word].dep != "xcomp":
        return None
    order = verb_at(sentence, words[pred.word].head)
    if order is None or order.tense != "past" or order.lemma not in verbs("ordering") | ORDERS:
        return None
    if published is None or not timex.start_date or timex.start_date > published \
            or RE_BOUND_BEFORE.search(text, max(0, timex.start - 20), timex.start):
        return None
    return order
