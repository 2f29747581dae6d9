"""Participle clauses the parser hangs in the wrong place, read from plain ``Word`` records (no spaCy here): a
participle of consequence after a relative clause ("planted the bombs that exploded on Monday, killing three"),
and one after a relative clause of plan on an object ("approved a bill that would raise the ceiling, sending
it to the Senate")."""

from __future__ import annotations

from typing import Sequence

from ..records import Word
from .tree import AUX_DEPS, SUBJECT_DEPS, TO_WORDS, children, descends, has_dep


def trailing_participle(words: Sequence[Word], k: int, after: int) -> bool:
    """Is ``k`` a participle clause set off by a comma after the word at ``after``, with no subject, auxiliary
    or mark of its own ("approved the bill, sending it to the Senate")?"""
    return words[k].dep == "advcl" and words[k].tag == "VBG" and k > after and words[k - 1].lemma == "," \
        and not has_dep(words, k, SUBJECT_DEPS | AUX_DEPS | {"mark"})


def stranded_participles(words: Sequence[Word], verb: int, consequences: frozenset[str]) -> list[int]:
    """The participle clauses of consequence right after the relative clause of ``verb`` that the parser hung
    on a verb above it ("planted the bombs that exploded on Monday afternoon, killing three people": killing is
    the exploding's; not "investors who bought shares in 1987, ruling that": the court's ruling)."""
    # or of the "to" infinitive of a verb of being ("became the first man to win the title on Sunday, beating
    # Djokovic": the beating is the winning's; became tells no happening of its own)
    infinitive = words[verb].dep in ("advcl", "xcomp", "acl", "relcl") and has_dep(words, verb, AUX_DEPS, TO_WORDS) \
        and words[words[verb].head].lemma.lower() in ("be", "become")
    if words[verb].dep != "relcl" and not infinitive:
        return []
    end = max(i for i in range(verb, len(words)) if descends(words, i, verb))
    out, anc = [], words[verb].head
    for _ in range(6):
        out += [k for k in children(words, anc) if k > end and trailing_participle(words, k, end)
                and (infinitive or words[k].lemma.lower() in consequences)
                and not any(words[m].pos == "VERB" for m in range(end + 1, k))]
        if words[anc].head == anc:
            break
        anc = words[anc].head
    return out


def planned_participles(words: Sequence[Word], verb: int) -> list[int]:
    """The participle clauses the parser hung on a relative clause of plan on the object of ``verb`` ("approved a
    bill that would raise the ceiling, sending the measure to the Senate": the sending is the approving's)."""
    return [k for o in children(words, verb) if words[o].dep == "dobj" for r in children(words, o)
            if words[r].dep == "relcl" and has_dep(words, r, AUX_DEPS, MODALS)
            for k in children(words, r) if trailing_participle(words, k, r)]


MODALS = frozenset({"could", "may", "might", "will", "would"})
