"""Walking the parse of a sentence (its plain ``Word`` records): where a date attaches, clauses, subtrees."""

from __future__ import annotations

from typing import Sequence

from ..records import Predicate, Sentence, Word

TIME_ENTS = frozenset({"DATE", "TIME"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# fmt: off
# Nouns that are themselves spans of time: a date hanging from them passes through to their head
# ("for the 2016-2017 academic year", "at the end of 2018").
TEMPORAL_NOUNS = frozenset({
    "afternoon", "age", "anniversary", "autumn", "beginning", "century", "course", "date", "day", "decade",
    "end", "era", "evening", "fall", "half", "hour", "middle", "midst", "minute", "moment", "month",
    "morning", "night", "part", "period", "quarter", "season", "semester", "spring", "start", "summer",
    "term", "time", "turn", "week", "weekend", "winter", "year",
})
# Ways a date hangs from a noun that make it a description of the noun: "the document of 1961",
# "the 1961 document", "a letter from 2015", "President Medvedev (2008-2012)".
DESCRIPTIVE_DEPS = frozenset({"compound", "nummod", "nmod", "poss", "appos", "amod", "npadvmod", "quantmod"})
DESCRIPTIVE_PREPS = frozenset({"of", "from", "dated"})
# fmt: on


def date_words(words: Sequence[Word], start: int, end: int) -> list[int]:
    """Indexes of the words overlapping ``[start, end)``."""
    return [i for i, w in enumerate(words) if w.start < end and start < w.end and not w.pos == "SPACE"]


def governor(sentence: Sentence, start: int, end: int) -> tuple[Predicate | None, bool]:
    """The predicate a date at ``[start, end)`` attaches to, and whether the date only describes a thing.

    Walks up the parse from the date: prepositions, temporal nouns ("the end of 2018") and adjectives are
    passed through; the first verb, copula or event noun is the governor. A plain noun reached through "of"
    or "from", or as a modifier, makes the date descriptive (``(None, True)``). ``(None, False)`` when the
    walk reaches the root without a predicate. A date that is the subject of "be" ("2009 was a pivotal
    year") is descriptive too.
    """
    words = sentence.words
    inside = date_words(words, start, end)
    if not inside:
        return None, False
    members = set(inside)
    by_word = {p.word: p for p in sentence.predicates}
    node = next((i for i in inside if words[i].head not in members or words[i].head == i), inside[0])
    seen = set()
    while node not in seen:
        seen.add(node)
        head = words[node].head
        if head == node:
            return None, False
        if head in by_word and head not in members:
            pred = by_word[head]
            if pred.kind == "copula" and words[node].dep in ("nsubj", "attr"):
                return None, True  # "2009 was a pivotal year": the date is what is described
            return pred, False
        hw = words[head]
        if hw.pos in NOUN_POS and hw.ent not in TIME_ENTS and head not in members:
            child = words[node]
            if hw.lemma.lower() not in TEMPORAL_NOUNS and hw.pos == "NOUN" and (
                child.dep in DESCRIPTIVE_DEPS
                or (child.pos == "ADP" and child.lemma.lower() in DESCRIPTIVE_PREPS)
            ):
                return None, True
        node = head
    return None, False


def main_predicate(sentence: Sentence) -> Predicate | None:
    """The root verb (or copula) of the sentence, else its first one."""
    preds = [p for p in sentence.predicates if p.kind != "noun"]
    return next((p for p in preds if p.is_root), None) or next(iter(preds), None)


def descends(words: Sequence[Word], node: int, ancestor: int) -> bool:
    """True when word ``node`` is ``ancestor`` or below it in the parse."""
    seen = set()
    while 0 <= node < len(words) and node not in seen:
        if node == ancestor:
            return True
        seen.add(node)
        node = words[node].head
    return False


def subtree_span(words: Sequence[Word], root: int) -> tuple[int, int]:
    """Character span of word ``root`` and everything below it."""
    inside = [w for i, w in enumerate(words) if descends(words, i, root)]
    return min(w.start for w in inside), max(w.end for w in inside)


def clause_head(words: Sequence[Word], i: int) -> int:
    """The verb (or copula) heading the clause word ``i`` is in."""
    seen = set()
    while words[i].pos not in ("VERB", "AUX") and words[i].head != i and i not in seen:
        seen.add(i)
        i = words[i].head
    return i


def subjects(words: Sequence[Word], clause: int) -> list[int]:
    """Indexes of the (active or passive) subjects of the clause headed by word ``clause``."""
    return [j for j, x in enumerate(words) if x.head == clause and x.dep in ("nsubj", "nsubjpass")]
