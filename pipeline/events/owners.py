"""The event noun a date belongs to alone, whatever else the sentence compares it with: the object of "since",
"after" or "before" a date follows or modifies ("the biggest decline since the crash two years ago"), and the
possessor of a possessive date ("this year's summit", "Monday's closing price"); and the harm such an event
did, told in a "which" clause on it ("last week's bombing ..., which killed 17"); and whether an event noun is
one a verb happened in ("won 41 seats in Sunday's election"). Plain ``Word`` records, like
:mod:`.syntax`, which it builds on."""

from __future__ import annotations

from typing import Callable, Container, Sequence

from ..lang.events import verbs
from ..records import Predicate, Sentence, Word
from .syntax import MODIFIER_OF_NOUN, RELATIVE_TIME_WORDS
from .tree import (
    SUBJECT_DEPS,
    TIME_ENTS,
    children,
    date_head,
    date_words,
    descends,
    has_dep,
    in_date_phrase,
    nouns_at,
    verb_at,
    word_before,
)

# How a predicate shares the date of the predicate it hangs from (rule 2b of the builder).
CONTAINER_PREPS = frozenset({"in", "at", "during"})  # "entered it during a speech last week"
# nouns of an "at" phrase that names who moved the act, not an occasion ("paid a visit at the invitation of")
PROMPTING_NOUNS = frozenset({"behest", "expense", "initiative", "instigation", "insistence", "invitation", "request",
                             "suggestion", "urging"})
# what brings "after" or "before" so close that the happening shares the other's day ("crashed shortly after
# takeoff Wednesday evening")
SESSION_ENDS = frozenset({"close", "closing", "bell"})  # a report after a session's end is of its day
CLOSE_BY = frozenset({"immediately", "just", "moment", "minute", "right", "second", "shortly", "soon"})


def shares_time(words: Sequence[Word], prep: int) -> bool:
    """Does the preposition at ``prep`` put what its verb tells in or at its object's time ("in ceremonies", "during
    a speech"), or so close to it ("shortly after takeoff", "just before the vote") that the two share a day?"""
    lemma = words[prep].lemma.lower()
    return lemma in CONTAINER_PREPS or (lemma in ("after", "before") and any(
        words[c].lemma.lower() in CLOSE_BY for c in [*children(words, prep), prep - 1] if c >= 0)) or (
        lemma == "after" and any(words[c].dep == "pobj" and words[c].lemma.lower() in SESSION_ENDS
                                 for c in children(words, prep)))  # "reported after the close of trading Monday"


_SINCE = frozenset({"since"})
# a date right after the event noun such a preposition takes is that noun's ("gained, after a large loss
# yesterday": the loss was yesterday)
OWNING_PREPS = RELATIVE_TIME_WORDS | {"following", "despite"}  # "has held despite clashes last weekend"


def since_event(sentence: Sentence, start: int, end: int) -> Predicate | None:
    """The event noun that is the object of "since" and owns the date: right before it ("the biggest decline
    since the crash two years ago": the crash is two years ago, the decline is not; likewise after "after",
    "before", "following", "until", and with the date in its "on" phrase: "crashed after its debut on October 1")
    or with the date as its modifier ("the heaviest since the 1987 crash", "since the August invasion"); None
    otherwise."""
    words = sentence.words
    last = word_before(words, start)
    nouns = nouns_at(sentence)
    prep = words[last - 1].head if last >= 1 else -1
    if last >= 1 and words[last].dep == "prep" and words[last].lemma.lower() in ("on", "in", "at") \
            and last - 1 in nouns and words[last - 1].dep == "pobj" and prep > 0 \
            and words[prep - 1].ent not in TIME_ENTS:  # not counted: "three days before the vote on Feb. 12"
        last -= 1  # "crashed after its debut on October 1": the debut's date, wherever the parser hangs it
    candidates = ([last] if last >= 0 else []) + [words[i].head for i in date_words(words, start, end)
                                                   if words[i].dep in MODIFIER_OF_NOUN and words[i].head > i]
    for k, noun in enumerate(candidates):
        head = words[noun].head
        preps = OWNING_PREPS if k == 0 and noun == last else _SINCE
        if words[noun].dep == "pobj" and words[head].lemma.lower() in preps and noun in nouns:
            return nouns[noun]
    return None


def possessive_owner(sentence: Sentence, start: int, end: int) -> Predicate | None:
    """The event noun the date at ``[start, end)`` is a possessive of ("this year's summit", "Monday's
    closing price": closing), or that the parser hung on it as a modifier ("the ruling Monday"), which the
    date alone dates; None otherwise."""
    words = sentence.words
    inside = set(date_words(words, start, end))
    heads = {words[i].head for i in inside if words[i].dep == "poss"} - inside
    nouns = nouns_at(sentence)
    # an event noun the parser hung as a modifier on the date right after it: "The court's ruling Monday was
    # a victory" (ruling an amod of Monday)
    first = min(inside, default=-1)
    if first > 0 and first - 1 in nouns and words[first - 1].head in inside \
            and words[first - 1].dep in ("compound", "amod"):
        return nouns[first - 1]
    after = max(inside, default=len(words)) + 1
    top = next((i for i in inside if words[i].head not in inside), -1)
    if first > 0 and words[first - 1].lemma.lower() in ("the", "a", "an") and after < len(words) \
            and words[after].tag in ("NN", "NNS", "VBG") and words[after].head not in inside \
            and 0 <= words[top].head < first and words[first - 1].head in inside \
            and words[top].pos in ("NUM", "PROPN") \
            and (named := nouns.get(after) or verb_at(sentence, after)) is not None:
        # "in the May 23 shooting death", parsed as a date and a participle clause: the shooting's alone
        return named
    for head in heads:
        # the event noun itself, or one that modifies the possessed noun ("Monday's closing price")
        found = nouns.get(head) or next(
            (p for i, p in nouns.items() if words[i].head == head and words[i].dep in ("compound", "amod")
             and i < head), None)
        if found is not None:
            return found
    return None


def harm_done(sentence: Sentence, noun: Predicate) -> list[Predicate]:
    """The verbs of harm of a "which" clause on the event noun ``noun`` or on a noun of its phrases, where the
    parser hangs it ("last week's bombing of a bus terminal in Karachi, which killed 17 people and wounded
    more than 60": killed and wounded are the bombing's), with their conjuncts."""
    words = sentence.words
    if noun.kind != "noun" or not 0 <= noun.word < len(words):
        return []
    misparsed = verb_at(sentence, misparsed_relative(words, noun.word, verbs("consequence")))
    return _harm_clauses(sentence, lambda i: i > noun.word and descends(words, i, noun.word)) \
        + ([misparsed] if misparsed is not None else [])


def within_event(sentence: Sentence, noun: Predicate) -> bool:
    """Is the event noun ``noun`` one a verb happened in, at or during ("rose to 7.63% at yesterday's auction",
    "spoke during Monday's debate"), or just before or after ("crashed shortly after takeoff Wednesday"), or
    the object of a verb of taking part ("won Sunday's runoff")?"""
    words = sentence.words
    if noun.kind == "noun" and 0 <= noun.word < len(words) and taking_part(words, noun.word) >= 0:
        return True
    if noun.kind != "noun" or not 0 <= noun.word < len(words) or words[noun.word].dep != "pobj":
        return False
    prep = words[noun.word].head
    return shares_time(words, prep) and (words[words[prep].head].pos in ("VERB", "AUX") or _object_in(words, prep) >= 0)


def holding_event(sentence: Sentence, noun: Predicate) -> Predicate | None:
    """The event noun whose "in" or "during" phrase holds the event noun ``noun`` ("claimed victory in Sunday's
    election", "a 3-0 victory over Brazil in last night's final": the victory is in it), else None."""
    words = sentence.words
    if noun.kind != "noun" or not 0 <= noun.word < len(words) or words[noun.word].dep != "pobj":
        return None
    prep = words[noun.word].head
    if words[prep].lemma.lower() not in ("in", "during") or words[prep].head == prep:
        return None
    head = words[prep].head
    if words[head].pos == "VERB":  # the parser's attachment for "claimed [victory] [in ...]": the verb's object
        head = next((c for c in children(words, head) if words[c].dep == "dobj"), -1)
    if head < 0 or any(words[c].ent in TIME_ENTS for c in children(words, head)):
        return None  # not one with a date of its own: "the winner of Wednesday's quarterfinal in Thursday's final"
    return next((p for p in sentence.predicates if p.word == head and p.kind == "noun"), None)


def taking_part(words: Sequence[Word], noun: int) -> int:
    """The verb of taking part in (or missing) the event noun object at ``noun`` ("won Sunday's runoff"), or of
    an object had in it ("won 41 seats in Sunday's election"), or -1."""
    verb = words[noun].head
    if words[noun].dep == "pobj" and shares_time(words, verb):
        return _object_in(words, verb)
    return verb if words[noun].dep == "dobj" and words[verb].lemma.lower() in verbs("participation") else -1


def _object_in(words: Sequence[Word], prep: int) -> int:
    """The verb whose object the "in"/"during" phrase at ``prep`` hangs from ("won 41 seats in Sunday's
    election", the parser's attachment for "won ... in"), or -1."""
    obj = words[prep].head
    verb = words[obj].head
    # (or an object told after "and" with its verb left out: "gained one seat in the Senate and eight in the House
    # in Tuesday's election", which the parser joins to the verb)
    told = words[obj].dep == "dobj" or (words[obj].dep == "conj" and words[obj].pos in ("NUM", "NOUN")
                                        and not has_dep(words, obj, frozenset({"nsubj", "dobj"})))
    return verb if told and words[verb].pos == "VERB" and words[prep].lemma.lower() != "at" else -1


def harm_on_date(sentence: Sentence, start: int, end: int) -> list[Predicate]:
    """The verbs of harm of a "that"/"which" clause the parser hung on the date at ``[start, end)`` (a date
    kills no one: "a magnitude-6.3 quake in April that killed 37 people" is the quake's harm, then), with their
    conjuncts."""
    inside = set(date_words(sentence.words, start, end))
    return _harm_clauses(sentence, lambda i: sentence.words[i].head in inside)


def _harm_clauses(sentence: Sentence, where: Callable[[int], bool]) -> list[Predicate]:
    """The verbs of harm heading a "which"/"that" clause at a word ``where`` accepts, with their conjuncts."""
    words = sentence.words
    harm = verbs("consequence")
    found = [i for i, w in enumerate(words) if w.dep == "relcl" and w.lemma.lower() in harm and where(i)
             and any(words[c].dep == "nsubj" and words[c].tag == "WDT" for c in children(words, i))]
    found += [c for i in found for c in children(words, i) if words[c].dep == "conj" and words[c].lemma.lower() in harm]
    return [p for p in (verb_at(sentence, i) for i in found) if p is not None]


RELATIVE_WORDS = frozenset({"that", "which"})


def misparsed_relative(words: Sequence[Word], noun: int, harms: frozenset[str]) -> int:
    """The past verb of consequence (``harms``) of a relative clause on the event noun at ``noun`` that the
    parser hung elsewhere, right after the noun and its date ("floods last month that killed 30 people", "a
    quake in April that killed 37"; "since a similar accident in 2011 killed 16 people", "since" read as a
    preposition), or -1."""
    k = noun + 1
    while k < len(words) and in_date_phrase(words[k]):
        k += 1
    if k == noun + 1 or not any(words[j].ent in TIME_ENTS for j in range(noun + 1, k)):
        return -1
    verb = k
    if k < len(words) and words[k].lemma.lower() in RELATIVE_WORDS and words[k].dep in SUBJECT_DEPS:
        verb = words[k].head
        if verb <= k or words[verb].dep == "relcl":
            return -1
    elif k < len(words) and has_dep(words, k, SUBJECT_DEPS):
        return -1
    if verb >= len(words) or words[verb].tag != "VBD" or words[verb].lemma.lower() not in harms:
        return -1
    return verb


def hung_on(words: Sequence[Word], date_word: int, noun: int) -> bool:
    """Is the date whose first word is ``date_word`` the noun's at ``noun``, after it: hung on it directly or by a
    preposition ("a collision in August 2009"), or between it and its verb, hung on the verb ("a similar protest
    last year drew", "the epidemic, in 2008, sickened"; not "a report on May housing starts revived")?"""
    if not 0 <= noun < date_word < len(words):
        return False
    top = date_head(words, date_word)
    head = words[top].head
    hook = words[head].head if words[head].dep == "prep" else head
    verb = words[noun].head
    return hook == noun or (hook == verb and date_word < verb)




OWN_DATE_REACH = 4  # words between a verb and its own date ("pleaded not guilty Monday")


def _hangs_on(words: Sequence[Word], j: int, verb: int) -> bool:
    """Does the date of the date word at ``j`` hang on the verb at ``verb``, directly or by a preposition?"""
    up = words[date_head(words, j)].head
    return up == verb or (words[up].pos == "ADP" and words[up].head == verb)


def _ahead_of(words: Sequence[Word], noun: int, verb: int) -> bool:
    """Is the noun at ``noun`` the object of "before" or "ahead of" hanging on the verb at ``verb``? A later date
    on the verb is then the noun's ("will lie in state before a funeral in his village on Sunday": the lying is
    before it)."""
    prep = words[noun].head
    if words[prep].lemma.lower() == "of" and words[words[prep].head].lemma.lower() == "ahead":
        prep = words[prep].head  # ("ahead of talks")
    return words[prep].lemma.lower() in ("before", "ahead") and words[prep].head == verb


def second_date_noun(sentence: Sentence, pred: Predicate, inside: Sequence[int],
                     dated: Container[int] = ()) -> Predicate | None:
    """The event noun a later date belongs to when the verb ``pred`` it hangs from has a date of its own right
    after it (a word in ``dated``, the words of the sentence's dates and times), with the noun between them:
    "pleaded not guilty Monday to murder in the shooting of a man during a traffic stop on March 3" (the
    shooting's), "was sentenced yesterday for the murder of a driver the night of Aug. 14, 1988" (the murder's);
    without a date of its own, the object of "before" or "ahead of" on the verb (see ``_ahead_of``); else None.
    ``inside``: the word indexes of the date."""
    words = sentence.words
    if pred.kind != "verb" or not inside:
        return None
    first = min(inside)

    own = [j for j in range(pred.word + 1, min(first, pred.word + OWN_DATE_REACH + 1))
           if j in dated and _hangs_on(words, j, pred.word) and not (j + 1 < len(words) and j + 1 not in dated
                                                 and words[j + 1].pos in ("NOUN", "PROPN", "ADJ", "NUM"))]
    # (not a month naming what follows: "will report January retail sales on Tuesday")
    nouns = [p for p in sentence.predicates if p.kind == "noun" and max(own, default=pred.word) < p.word < first
             and descends(words, p.word, pred.word) and words[p.word].ent not in TIME_ENTS]
    if not own:  # no date of its own: only the object of "before" ("ahead of") on the verb
        nouns = [p for p in nouns if words[p.word].dep == "pobj" and _hangs_on(words, first, pred.word)
                 and _ahead_of(words, p.word, pred.word)]
    return nouns[-1] if nouns else None


def subject_clause_date(sentence: Sentence, pred: Predicate, inside: Sequence[int],
                        dated: Container[int] = ()) -> Predicate | None:
    """The participle clause on the subject of the verb ``pred`` that a date right after it belongs to when the
    parser hung the date on the verb and the verb has a date of its own after it: "A boy injured in a house fire
    last Thursday died Tuesday" (the injuring's Thursday; the verb's own date is right after it); else None.
    ``inside``: the word indexes of the date, ``dated`` those of the sentence's dates and times."""
    words = sentence.words
    if pred.kind != "verb" or not inside or max(inside) >= pred.word or min(inside) == 0 \
            or not _hangs_on(words, min(inside), pred.word):
        return None
    if not any(j in dated and _hangs_on(words, j, pred.word)
               for j in range(pred.word + 1, min(len(words), pred.word + OWN_DATE_REACH + 1))):
        return None  # (right after it: not "found twice as many as they did in April of 1997")
    before = min(inside) - 1
    for subject in children(words, pred.word):
        if words[subject].dep not in SUBJECT_DEPS or subject > before:
            continue
        for clause in children(words, subject):
            if words[clause].dep in ("acl", "relcl") and clause <= before and descends(words, before, clause) \
                    and (found := verb_at(sentence, clause)) is not None:
                return found
    return None
