"""Who took part: entity names found in a span, and he/him/his/she/her resolved to a person."""

from __future__ import annotations

import bisect
from typing import Iterable

from ..records import Organization, Person, Place, Sentence
from .tree import NOUN_POS, clause_head, subjects, subtree_span

PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
PRONOUN_WINDOW = 3  # sentences back where a pronoun's antecedent is looked for
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj", "obj"})


class Names:
    """Entity mentions of one kind, sorted by offset, for span lookups."""

    def __init__(self, entities: Iterable[Person | Place | Organization], body_start: int):
        rows = sorted((m.start, m.end, e.name) for e in entities for m in e.mentions if m.start >= body_start)
        self.rows = rows
        self.starts = [r[0] for r in rows]

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """``(start, end, name)`` of the mentions inside ``[start, end)``, in text order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [r for r in self.rows[lo:hi] if r[1] <= end]


def unique(names: Iterable[str]) -> list[str]:
    """The names in first-seen order, each once."""
    return list(dict.fromkeys(names))


def pronoun_people(
    text: str, sentence: Sentence, start: int, window_start: int, people: Names
) -> list[tuple[int, str]]:
    """Antecedents of he/him/his/she/her in the sentence (rule 8), with the pronoun's offset.

    A pronoun in a subordinate clause refers to the main clause's subject when that subject is a name
    ("Lavrov paid a visit, during which he met Kim" -> Lavrov); if that name is not a known person the
    pronoun stays unresolved. Otherwise the most recent person before it is taken, except that an object
    pronoun never refers to the subject of its own clause ("Putin held talks with him").
    """
    out = []
    words = sentence.words
    root = next((i for i, w in enumerate(words) if w.head == i and w.dep == "ROOT"), None)
    for i, w in enumerate(words):
        if w.pos != "PRON" or w.start < start or text[w.start:w.end].lower() not in PRONOUNS:
            continue
        clause = clause_head(words, i)
        main = [j for j in subjects(words, root) if words[j].pos in NOUN_POS and words[j].end <= w.start] \
            if root is not None and clause != root else []
        if main:
            s0, s1 = subtree_span(words, main[0])
            named = people.within(s0, s1)
            if named:
                out.append((w.start, named[-1][2]))
            continue
        candidates = people.within(window_start, w.start)
        if w.tag == "PRP" and w.dep in OBJECT_DEPS:
            spans = [subtree_span(words, j) for j in subjects(words, clause)]
            candidates = [c for c in candidates if not any(s0 <= c[0] and c[1] <= s1 for s0, s1 in spans)]
        if candidates:
            out.append((w.start, candidates[-1][2]))
    return out
