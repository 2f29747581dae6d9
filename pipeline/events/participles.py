"""Participle clauses the parser hangs in the wrong place, read from plain ``Word`` records (no spaCy here): a
participle of consequence after a relative clause ("planted the bombs that exploded on Monday, killing three"),
one after a relative clause of plan on an object ("approved a bill that would raise the ceiling, sending it to
the Senate"), and the participles and pasts coordinated with a participle."""

from __future__ import annotations

from typing import Container, Sequence

from ..records import Word
from .tree import AUX_DEPS, CLAUSE_DEPS, SUBJECT_DEPS, TIME_ENTS, TO_WORDS, children, descends, has_dep


def trailing_participle(words: Sequence[Word], k: int, after: int) -> bool:
    """Is ``k`` a participle clause set off by a comma after the word at ``after``, with no subject, auxiliary
    or mark of its own ("approved the bill, sending it to the Senate")?"""
    return words[k].dep == "advcl" and words[k].tag == "VBG" and k > after and words[k - 1].lemma == "," \
        and not has_dep(words, k, CLAUSE_DEPS)


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


def participle_conjuncts(words: Sequence[Word], participle: int, tag: str) -> list[int]:
    """The participles of tag ``tag`` coordinated with ``participle``, with no subject of their own, however the
    parser chains them ("..., shutting schools, halting ferries and grounding flights"), and a past after ", and"
    hung on it, the main verb's ("reported a rise on Wednesday, helped by demand, and raised its outlook")."""
    out: list[int] = []
    todo = [participle]
    while todo:
        for g in children(words, todo.pop()):
            past = words[g].tag == "VBD" and g > 1 and words[g - 1].lemma == "and" and words[g - 2].lemma == ","
            if words[g].dep == "conj" and (words[g].tag == tag or past) and not has_dep(words, g, SUBJECT_DEPS) \
                    and g not in out:
                out.append(g)
                todo.append(g)
    return out


def subordinate_participle(words: Sequence[Word], verb: int, predicates: Container[int],
                           reporting: frozenset[str], dated: Container[int] = ()) -> int:
    """The participle set off by a comma that ends the sentence and that the parser hung on a verb of a clause
    under ``verb`` with no date of its own, or -1: "approved a bill curbing the powers of the president, setting
    the stage for an election" (setting hung on curbing), "ruled Tuesday that the trial will stay in Knoxville,
    rejecting a request" (on stay), "jumped on Tuesday after an election left no party able to govern, reviving
    fears" (on left): what the dated act did. Not under a verb of reporting ("said Monday that prices rose,
    pushing inflation up": the rise's), nor a saying ("adding"), nor one in a clause with a date of its own (a date
    word, or a predicate in ``dated``, dated by another expression).
    """
    if words[verb].lemma.lower() in reporting:
        return -1
    last = max((i for i in range(verb + 1, len(words)) if words[i].pos != "PUNCT"), default=-1)
    for k in range(verb + 1, last + 1):
        w = words[k]
        if w.tag != "VBG" or words[k - 1].lemma != "," or k not in predicates or w.dep != "advcl" \
                or w.head == verb or not descends(words, w.head, verb) or w.lemma.lower() in reporting \
                or has_dep(words, k, CLAUSE_DEPS):
            continue
        top = w.head  # the clause under the verb that holds the participle: no date of its own
        while words[top].head != verb:
            top = words[top].head
        if all(descends(words, i, k) for i in range(k + 1, last + 1)) \
                and not any((words[i].ent in TIME_ENTS or i in dated) and (i == top or descends(words, i, top))
                            and not descends(words, i, k) for i in range(len(words))):
            return k
    return -1
