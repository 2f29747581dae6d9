"""The perfect a "since" dates: the present or past perfect of the clause before it ("has gripped the state
since mid-May"), or the one a participle or infinitive the parser hung the date on depends from ("have spent $3
million opposing the measure since August"). Pure functions over a parsed :class:`~pipeline.records.Sentence`,
for :mod:`pipeline.events.syntax`."""

from __future__ import annotations

from typing import Sequence

from ..records import Predicate, Sentence, Word
from .tree import children, verb_at


def perfect_form(words: Sequence[Word], i: int) -> bool:
    """Is the verb at ``i`` a perfect by its own form and auxiliaries ("has gripped", "had been operating"; a
    conjunct sharing another's auxiliary is :func:`.conjuncts.perfect`'s)?"""
    return words[i].tag in ("VBN", "VBG") and any(words[c].dep == "aux" and words[c].lemma.lower() == "have"
                                                  for c in children(words, i)) \
        and (words[i].tag == "VBN" or any(words[c].dep == "aux" and words[c].lemma.lower() == "be"
                                          for c in children(words, i)))


def perfect_before(sentence: Sentence, since: int) -> Predicate | None:
    """The perfect verb of the clause right before "since" ("has gripped the state since", "had been operating
    under an order since"), else None."""
    words = sentence.words
    for i in range(since - 1, max(-1, since - PERFECT_REACH), -1):
        if words[i].tag in (",", ":", "CC") or words[i].dep == "cc":
            return None
        if perfect_form(words, i):
            return verb_at(sentence, i)
    return None


def perfect_above(sentence: Sentence, word: int) -> Predicate | None:
    """The perfect verb a participle or infinitive hangs from, through its object or preposition if need be
    ("have spent $3 million opposing the measure since August", "has raised $250,000 to fight it since", "has
    blocked the country's bid to join NATO since 2008", "have played at aging Hadley Field since 1971"), else
    None."""
    words = sentence.words
    node = word
    for _ in range(NON_FINITE_REACH):
        if words[node].tag not in ("VBG", "VB") or words[node].dep not in NON_FINITE_DEPS \
                or (words[node].tag, words[node].dep) == ("VB", "xcomp"):
            return None  # (an infinitive complement dates itself: "had forced the state to borrow $600 million
            # since July", "have had to pay a premium since November")
        head = words[node].head
        while words[head].dep in ("dobj", "pobj", "prep") and words[head].head != head:
            head = words[head].head
        if perfect_form(words, head):
            return verb_at(sentence, head)
        node = head
    return None


PERFECT_REACH = 8  # words from "since" back to its perfect verb ("has gripped the drought-stricken state since")
NON_FINITE_DEPS = frozenset({"xcomp", "advcl", "acl", "pcomp"})
NON_FINITE_REACH = 3  # participles and infinitives climbed ("has tried to persuade them to stop ... since")
