"""The happenings a date tells of through a clause hung on it: "in 2006, when it passed the Senate 98-0", "the
same day the president delivers his address", and the "when" clause after a dated noun ("the October 1987
crash, when the Dow fell"). Plain ``Word`` records, like :mod:`.syntax`, which it builds on."""

from __future__ import annotations

from typing import Sequence

from ..lang.events import TEMPORAL_NOUNS, verbs
from ..records import Predicate, Sentence, Word
from .tree import NOUN_POS, TIME_ENTS, children, date_words, descends, nouns_at, when_clause


def hung_on_date(sentence: Sentence, start: int, end: int) -> list[Predicate]:
    """The verbs of "when" clauses hanging from the date at ``[start, end)``: "in 2006, when it passed the
    Senate 98-0" (the passing is in 2006), "In 1991, when the Soviet Union collapsed", and of a relative
    clause on its noun of time ("on Jan. 27, the same day the president delivers his address"); and an event noun in
    apposition after it, where the parser hangs a closing appositive ("at 14:58 UTC, an increase of 330")."""
    words = sentence.words
    inside = set(date_words(words, start, end))
    if not inside:
        return []
    after = max(inside) + 1  # the parser may hang the clause on the comma after the date ("from 2008, when")
    on = inside | ({after} if after < len(words) and words[after].lemma == "," else set())
    # a clause after dates joined tells of the last ("between 1985 and 1989, when the thrift collapsed"), though
    # the parser hangs it on the first
    later = [c for i in inside for c in children(words, i) if words[c].dep == "conj" and c not in inside]
    on = on - inside if later else on | {words[i].head for i in inside if words[i].dep == "conj"}
    verbs_at = {p.word: p for p in sentence.predicates if p.kind != "noun" or p.light_verb}
    nouns = nouns_at(sentence)
    # the noun the date modifies: "the October 1987 crash, when the Dow fell" tells of the crash's time,
    # wherever the parser hangs the clause
    owners = {words[i].head for i in inside if words[i].head not in inside and words[i].head > max(inside)
              and words[words[i].head].pos in NOUN_POS}
    owners |= {words[o].head for o in owners if words[o].dep == "compound"}  # "the 2008 model year, when"
    found = [verbs_at[i] for i in verbs_at if i not in inside and words[i].dep in ("relcl", "advcl", "acl")
             and (when_clause(words, i) or _clause_of_day(words, i, inside))
             and (words[i].head in on or noun_before_when(words, i) in owners
                  # wherever the parser hangs it, a clause right after the date and its comma: "the worst attack
                  # since last September, when 11 people died"
                  or (after in on and when_clause(words, i) and after + 1 in children(words, i)
                      and not _timed(words, i)))]
    # the parser hangs a closing appositive on the date: "was up 3.1% at 14:58 UTC, an increase of 330 points"
    return found + [nouns[i] for i in nouns if words[i].head in inside and i not in inside
                    and words[i].dep == "appos" and i > max(inside)]


def _timed(words: Sequence[Word], verb: int) -> bool:
    """Does a date hang on the verb at ``verb`` itself, or through a preposition ("when the window opens at 6:52
    p.m."; not "when the government reports August retail sales")?"""
    return any(w.ent in TIME_ENTS and (w.head == verb or (words[w.head].dep == "prep" and words[w.head].head == verb))
               for w in words)


def _clause_of_day(words: Sequence[Word], clause: int, inside: set[int]) -> bool:
    """Is ``clause`` a restrictive relative clause on a date's noun of time, with no date of its own ("the same
    day the president delivers his address", "the day that a plot failed"; not "the fourth quarter, which
    ended in August", nor "at noon Eastern time that the talks began in March")?"""
    head = words[clause].head
    # or a clause of harm the parser hung on the date of the event before it: "a quake in January 1997 that
    # killed 12" (what killed is the quake, in January 1997)
    harm = words[clause].lemma.lower() in verbs("consequence") and any(
        words[c].dep == "nsubj" and words[c].tag == "WDT" for c in children(words, clause))
    return words[clause].dep == "relcl" and head in inside and (words[head].lemma.lower() in TEMPORAL_NOUNS or harm) \
        and words[head].lemma.lower() != "time" and not any(words[k].lemma == "," for k in range(head, clause)) \
        and not any(descends(words, k, clause) for k, w in enumerate(words)
                    if w.ent in TIME_ENTS and w.pos != "ADJ" and k not in inside)  # not "annual"


def noun_before_when(words: Sequence[Word], clause: int) -> int:
    """The noun right before the comma that opens the "when" clause at ``clause`` ("the 1987 crash, when the
    Dow fell"), or -1."""
    first = min((i for i in range(len(words)) if descends(words, i, clause)), default=clause)
    if first < 2 or words[first - 1].lemma != "," or words[first - 2].pos not in NOUN_POS:
        return -1
    return first - 2


def dated_noun_before_when(words: Sequence[Word], clause: int) -> bool:
    """Is the "when" clause at ``clause`` set after a noun with a date of its own ("the October 1987 crash,
    when the Dow fell")? It tells of that noun's time, not of the verb the parser hangs it on."""
    noun = noun_before_when(words, clause)
    return noun >= 0 and words[noun].ent not in TIME_ENTS and any(words[c].ent in TIME_ENTS
                                                                   for c in children(words, noun))
