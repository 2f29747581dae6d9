"""What a dated event noun dates besides itself (rule 2b, for :mod:`.companions`): the verb it is the subject of
when the verb tells its own happening ("first-quarter income fell 10%", "the attack Sunday killed"), the verb
whose object it is when the parser hung the date on the object ("won the Boston Marathon in 2011"), the
relative clause of what it did ("an explosion on August 3 that left nine dead"), the change it is "in" ("a 14
percent rise in first-quarter profit"), the harm it is the agent of ("flattened by a tornado last night") and
the verb around the phrase that shares its time ("rose to a five-year high in morning trading"). Pure functions
over a sentence's words.
"""

from __future__ import annotations

from typing import Iterator, Mapping, Sequence

from ..lang.events import FORECAST_VERBS, HARM_TYPES, TEMPORAL_NOUNS, lookup, verbs
from ..records import Predicate, Word
from .conjuncts import finite_conjuncts, within_which
from .owners import hung_on, shares_time
from .participles import trailing_participle
from .syntax import ARGUMENT, COORDINATE, PERIOD_PREPS
from .tree import SUBJECT_DEPS, children, date_head, has_dep

# what a dated survey or test showed ("a scan on Monday showed a tear"; for findings published on a day,
# :func:`.companions.companions` dates what they show: "data released on Tuesday showed")
SHOWING = frozenset({"find", "indicate", "reveal", "show", "suggest"})
LEVEL_POS = frozenset({"NOUN", "ADJ", "ADV", "ADP", "NUM"})  # the words of a level a verb reached
OF_FOR = frozenset({"of", "for"})  # "forecast revenue for the current quarter": the period of a figure


def noun_companions(words: Sequence[Word], word: int, by_word: Mapping[int, Predicate], date_word: int, *,
                    aspectual: frozenset[str], reporting: frozenset[str], changes: frozenset[str],
                    subject_events: frozenset[str], consequences: frozenset[str], changes_verbs: frozenset[str],
                    clause_verbs: frozenset[str], plans: frozenset[str]) -> Iterator[tuple[int, str]]:
    """The predicates (word index, relation) the date of the event noun at ``word`` dates too, in the order
    :func:`.companions.companions` takes them (``date_word``: the first word of the date)."""
    verb = words[word].head
    if words[word].dep in ("nsubj", "nsubjpass") and by_word.get(verb) is not None \
            and (words[verb].lemma.lower() in changes_verbs | subject_events
                 or (words[verb].lemma.lower() in SHOWING and hung_on(words, date_word, word))
                 or (words[verb].tag == "VBD" and by_word[verb].kind == "verb" and hung_on(words, date_word, word)
                     and words[verb].lemma.lower() not in reporting | clause_verbs)):
        # "first-quarter income fell 10%", "the attack Sunday killed", "a scan Monday showed"; what a dated
        # happening did in the past: "a similar vote in 2009 approved a new terminal" (the date after the noun)
        yield verb, ARGUMENT
    if words[word].dep == "dobj" and by_word.get(verb) is not None and words[verb].lemma.lower() in aspectual:
        yield verb, ARGUMENT  # "completed the sale of its unit to Dow on Monday": completed too
    top = date_head(words, date_word)  # the date's head word ("evening" of "Tuesday evening")
    if words[word].dep == "dobj" and by_word.get(verb) is not None and by_word[verb].kind == "verb" \
            and 0 <= top < len(words) and ((words[words[top].head].head == word
                 and words[words[top].head].dep == "prep" and words[words[top].head].lemma.lower() not in OF_FOR)
                or (words[top].head == word and words[top].dep == "npadvmod")) \
            and words[verb].lemma.lower() not in reporting | plans \
            and not (words[verb].lemma.lower() in FORECAST_VERBS
                     and (words[words[top].head].lemma.lower() in PERIOD_PREPS or words[top].dep == "npadvmod")) \
            and by_word[verb].lemma not in verbs("recalling"):
        yield verb, ARGUMENT  # "won the Boston Marathon in 2011": the parser hung the date on the race; "had
        # rejected the bid on Sept. 12", "called off the merger yesterday" (not "reversing a gain in July")
    of = [o for p in children(words, word) if words[p].lemma.lower() == "of" for o in children(words, p)]
    for c in [k for h in [word, *of] for k in children(words, h)]:
        # "an explosion on August 3 that left nine dead", "the bombing of a bus, which killed 11": those too
        if words[c].dep == "relcl" and by_word.get(c) is not None and (
                (words[c].tag == "VBD" and words[c].lemma.lower() in consequences) or within_which(words, c)):
            yield c, COORDINATE
            for g in children(words, c):  # "in which a clerk was shot and seriously wounded"
                if words[g].dep == "conj" and not has_dep(words, g, SUBJECT_DEPS):
                    yield g, COORDINATE
    prep = words[word].head
    if words[word].dep == "pobj" and words[prep].lemma.lower() == "in" and by_word.get(words[prep].head) \
            is not None and words[words[prep].head].lemma.lower() in changes:
        yield words[prep].head, ARGUMENT  # "a 14 percent rise in first-quarter profit": the rise is the quarter's
    if words[word].dep == "pobj" and words[prep].dep == "agent" and words[prep].head in by_word \
            and lookup(words[word].lemma.lower()) in HARM_TYPES:
        yield words[prep].head, ARGUMENT  # "neighborhoods flattened by a tornado last night": the harm is then
    if words[word].dep == "pobj" and shares_time(words, prep):
        verb = words[prep].head
        for _ in range(4):  # "rose to a five-year high in morning trading": up through the level to rose
            if verb in by_word or words[verb].pos not in LEVEL_POS or words[verb].head == verb \
                    or words[verb].lemma.lower() in TEMPORAL_NOUNS:
                break
            verb = words[verb].head
        if verb in by_word and by_word[verb].kind != "noun":
            yield verb, ARGUMENT
            for c in children(words, verb):  # "In a vote this afternoon, the House approved ..., making him"
                if trailing_participle(words, c, verb):
                    yield c, COORDINATE
                elif words[c].dep == "conj" and not has_dep(words, c, SUBJECT_DEPS):
                    yield c, COORDINATE  # "In an address late Sunday, he promised ... and lifted the curfew"
                elif words[c].dep == "xcomp":
                    for k in finite_conjuncts(words, c):
                        yield k, COORDINATE
