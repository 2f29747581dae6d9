"""The shape of a clause, for what shares a date with what (:mod:`.companions`): a conjunct timed apart
from its neighbour, a perfect, a clause misparsed as a complement, the verbs joined to an infinitive, the
clauses after a parenthetical report, "while", "as" and "in which" clauses. Plain ``Word`` records."""

from __future__ import annotations

import re
from typing import Sequence

from ..lang.events import lookup, verbs
from ..records import Word
from .syntax import RELATIVE_TIME_WORDS
from .tree import AUX_DEPS, CLAUSE_DEPS, SUBJECT_DEPS, TIME_ENTS, TO_WORDS, children, date_head, descends, has_dep

SIMULTANEOUS_MARKS = frozenset({"when", "while", "as"})
LASTING_MARKS = frozenset({"as"})  # a clause that goes on along with its verb ("weakened as it moved")
# adverbs that put a clause at another time than the one it hangs from ("..., later revealing ...")
SEQUENCE_ADVERBS = frozenset({"afterward", "afterwards", "before", "earlier", "eventually", "later", "previously",
                              "since", "soon", "subsequently", "then", "thereafter"})
# a conjunct these modify is placed at another time than its neighbour's date ("then" and "soon" may not be)
APART_ADVERBS = SEQUENCE_ADVERBS - {"before", "since", "soon", "then"}
# verbs of command: the order is given at its conjunct's time, what it orders has its own deadline
COMMANDING = frozenset({"command", "demand", "direct", "instruct", "order", "tell", "urge"})


def present_perfect(words: Sequence[Word], i: int) -> bool:
    """"has stalled", "have been sold": a present perfect, which no definite past date can date."""
    return any(words[c].dep in ("aux", "auxpass") and words[c].lemma.lower() == "have"
               and words[c].tag in ("VBZ", "VBP") for c in children(words, i))


def timed_apart(words: Sequence[Word], i: int, dated: int, skip: frozenset[int] | set[int],
                 plans: frozenset[str] = frozenset()) -> bool:
    """Is conjunct ``i`` placed at a time of its own, apart from the dated conjunct ``dated``? It is when a
    complement of it has a date of its own ("began deliberating Monday and returned its verdict late
    Wednesday": began is Monday's), when a phrase or clause puts it after or before something ("broke down
    in March and resumed only after ..."), and when it is a present perfect and the dated one is not
    ("passed the House in May but has stalled in the Senate")."""
    for c in children(words, i):
        w = words[c]
        if w.dep == "xcomp" and c in skip and words[i].lemma.lower() not in plans | COMMANDING:
            return True  # not what a plan is for: "wrapped up talks on Wednesday and agreed to meet in October"
            # (an order is given then, whatever its deadline: "opened 20 shelters this afternoon and urged residents
            # to stock up by Saturday")
        if w.dep == "dobj" and c in skip and any(words[p].dep == "prep" and any(
                words[g].ent in TIME_ENTS for g in children(words, p)) for p in children(words, c)):
            return True  # "lost $74 million in 1997 and missed a payment on May 1": the payment's day
        if w.dep in ("prep", "advcl", "advmod") and w.lemma.lower() in RELATIVE_TIME_WORDS \
                and not any(_superlative_baseline(words, k, i) for k in children(words, c)):
            return True  # (not "closed at its lowest level since 1995": a comparison, no time of its own)
        if w.dep == "advmod" and w.lemma in APART_ADVERBS:
            return True  # "opened fire at 9 a.m. and was arrested an hour later"
        if w.dep == "advcl" and any(words[m].dep == "mark" and words[m].lemma.lower() in RELATIVE_TIME_WORDS
                                    for m in children(words, c)):
            return True
        if w.dep == "advcl" and c in skip and w.tag == "VBD" and any(
                words[m].dep == "mark" and words[m].lemma.lower() in LASTING_MARKS for m in children(words, c)):
            return True  # "made landfall at 5:20 a.m. and weakened as it moved inland during the day": the day's
    # (a conjunct with no auxiliary of its own shares the perfect: "has killed 11 people and destroyed 6,000 homes
    # since Thursday")
    shares = words[dated].dep == "conj" and words[dated].head == i and words[i].tag == "VBN" \
        and words[dated].tag in ("VBN", "VBD") and not has_dep(words, dated, AUX_DEPS | SUBJECT_DEPS)
    return present_perfect(words, i) and not present_perfect(words, dated) and not shares


def misparsed_conjunct(words: Sequence[Word], verb: int, clause: int) -> bool:
    """True for a clause the parser hung from ``verb`` as its complement that is a coordinated clause: "the
    army shelled [the town and rebels] attacked a convoy" gives the clause the object and the next subject,
    joined by "and", as its subject, and leaves the verb with no object."""
    if clause < verb or any(words[c].dep in ("dobj", "ccomp", "xcomp") and c != clause for c in children(words, verb)):
        return False
    subjects = [c for c in children(words, clause) if words[c].dep == "nsubj" and verb < c]
    return bool(subjects) and any(words[k].dep == "cc" and words[k].lemma.lower() in ("and", "but")
                                  for k in children(words, subjects[0])) \
        and any(words[k].dep == "conj" for k in children(words, subjects[0]))


def finite_conjuncts(words: Sequence[Word], infinitive: int) -> list[int]:
    """The past-tense verbs the parser joined to the "to" infinitive at ``infinitive`` that are conjuncts of the
    verb above it: "promised to hold elections and lifted the curfew" (lifted is the promising's conjunct, not
    the plan's)."""
    if words[infinitive].tag != "VB" or not has_dep(words, infinitive, AUX_DEPS, TO_WORDS):
        return []
    return [k for k in children(words, infinitive) if words[k].dep == "conj" and words[k].tag == "VBD"
            and not has_dep(words, k, SUBJECT_DEPS)]


def clause_children(words: Sequence[Word], verb: int, reporting: frozenset[str]) -> list[int]:
    """The children of ``verb`` (and the time clauses hung on the objects of its phrases), with the clauses after a
    parenthetical report of it given to it: in "prices rose
    in October, the department said yesterday, as energy costs jumped", the "as" clause the parser hangs on
    "said" is the rising's, not the saying's."""
    kids = list(children(words, verb))
    # a "when", "while" or "as" clause the parser hung on the object of a phrase of the verb: "was shot in a
    # park as she sheltered from the rain"
    kids += [c for p in kids if words[p].dep == "prep" and words[verb].tag in ("VBD", "VBN")
             for o in children(words, p) if words[o].dep == "pobj"
             for c in children(words, o) if words[c].dep == "advcl" and words[c].tag == "VBD" and any(
                 words[m].dep == "mark" and words[m].lemma.lower() in SIMULTANEOUS_MARKS for m in children(words, c))]
    head = words[verb].head
    if words[verb].dep == "ccomp" and verb < head and words[head].lemma.lower() in reporting:
        kids = [*kids, *(c for c in children(words, head) if clause_after(words, head, c))]
    elif words[verb].lemma.lower() in reporting and any(words[c].dep == "ccomp" and c < verb for c in kids):
        kids = [c for c in kids if not clause_after(words, verb, c)]
    return kids


def clause_after(words: Sequence[Word], verb: int, c: int) -> bool:
    """Is ``c`` a clause of its own subject after ``verb`` ("as energy costs jumped"; not the reporter's own
    participle: "said yesterday, revising its estimate")?"""
    return words[c].dep == "advcl" and c > verb and has_dep(words, c, SUBJECT_DEPS)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
NOT_CLAUSE_DEPS = frozenset({"advcl", "conj", "prep", "pcomp", "pobj", "xcomp", "ccomp"})  # read by the parse


def comma_participle(words: Sequence[Word], verb: int, predicates: set[int] | frozenset[int]) -> int:
    """The participle set off by a comma after the clause of ``verb`` that the parser hung elsewhere, or -1:
    "walked off the job at 6 a.m. Tuesday, halting traffic" (halting a modifier of "traffic"), "left rates
    unchanged on Thursday, saying ..." (saying the subject of a later verb), "convicted her Thursday of injuring
    three toddlers, ending a trial" (ending hung on the charge), "accused them of bombing two villages on
    Wednesday, killing 15" (killing hung on the accusing; not a saying: "adding"; nor, unless it is a
    consequence, one hung on a verb with a date of its own: "on Thursday sentenced her for poisoning patients
    in 2011, calling the crimes a betrayal"). Not past another finite verb."""
    for k in range(verb + 1, len(words)):
        w = words[k]
        if (w.tag in FINITE_TAGS and w.pos in ("VERB", "AUX")) or w.lemma in (";", ":", '"'):
            return -1
        if w.tag == "VBG" and words[k - 1].lemma == "," and k in predicates \
                and (w.dep not in NOT_CLAUSE_DEPS or (w.dep == "advcl" and (words[w.head].dep == "pcomp" or (
                    w.head != verb and descends(words, verb, w.head)
                    and not _saying(w.lemma.lower(), verbs("reporting"))
                    and (w.lemma.lower() in verbs("consequence") or not dated_apart(words, w.head, verb, k)))))) \
                and not has_dep(words, k, CLAUSE_DEPS):
            return k
    return -1


SAYING_TYPES = frozenset({"statement", "appeal"})  # "urged", "appealed", "denied": said in other words


def misplaced_reports(words: Sequence[Word], verb: int, reporting: frozenset[str]) -> list[int]:
    """The verbs of saying set off by ", and" that the parser joined to the clause told by the verb of saying
    ``verb`` instead of to ``verb``: "said yesterday that an outbreak had sickened 47 people, and urged anyone
    who ate there to get a shot" (urged is the officials', with no subject of its own, or with a pronoun for
    them: "said yesterday that its income fell ..., and it warned that ...")."""
    out = []
    for c in children(words, verb):
        if words[c].dep != "ccomp" or not has_dep(words, c, SUBJECT_DEPS):
            continue
        for k in children(words, c):
            lemma = words[k].lemma.lower()
            # (or with the teller named again by a pronoun: "..., and it warned that")
            told = [g for g in children(words, k) if words[g].dep in SUBJECT_DEPS]
            first = min([k, *told])
            if words[k].dep == "conj" and _saying(lemma, reporting) and first > 1 \
                    and words[first - 1].lemma.lower() == "and" and words[first - 2].lemma == "," \
                    and not has_dep(words, k, AUX_DEPS) \
                    and all(g == k - 1 and words[g].lemma.lower() in TELLER_PRONOUNS for g in told):
                out.append(k)
    return out


TELLER_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


def _saying(lemma: str, reporting: frozenset[str]) -> bool:
    """Is ``lemma`` a verb of saying: of reporting, or of a statement or an appeal ("urged", "denied")?"""
    return lemma in reporting or lookup(lemma) in SAYING_TYPES


def dated_below(words: Sequence[Word], verb: int) -> bool:
    """Does a date word hang anywhere under the verb at ``verb``? Not a superlative's baseline: "closed at its
    lowest level since 1995" has no date of its own."""
    return any(w.ent in TIME_ENTS and descends(words, k, verb) and not _superlative_baseline(words, k, verb)
               and not _stranded(words, k) for k, w in enumerate(words) if k != verb)


def _stranded(words: Sequence[Word], k: int) -> bool:
    """Is the date word at ``k`` the object of a preposition the parser left with no object, and so that
    preposition's verb's, wherever the parser hung it ("tumbled on Wednesday and bond yields jumped": Wednesday
    hung on yields)?"""
    before = _entity_span(words, k)[0] - 1
    return before >= 0 and words[before].dep == "prep" and not descends(words, k, before) \
        and not any(words[c].dep in ("pobj", "pcomp") for c in children(words, before))


def dated_apart(words: Sequence[Word], verb: int, other: int, besides: int = -1) -> bool:
    """Does a date of its own, no duration nor age, hang under the verb at ``verb``, outside the clauses of
    ``other`` (and ``besides``)? "will lose two days of their April vacation, and classes will run until June 24":
    lose has April; "on Thursday sentenced her for poisoning patients in 2011, calling ...": sentenced has
    Thursday; not "a 12-year-old boy" (tagged DATE), nor "deliberated for three days"."""
    return any(w.ent in TIME_ENTS and descends(words, k, verb) and not descends(words, k, other)
               and not (besides >= 0 and descends(words, k, besides)) and not _duration(words, k)
               for k, w in enumerate(words) if k not in (verb, other, besides))


RE_UNIT = re.compile(r"(?:^|-)(?:second|minute|hour|day|week|month|year|decade|century)s?$")  # "30-month"


def _duration(words: Sequence[Word], k: int) -> bool:
    """Is the time word at ``k`` part of a duration ("for three days", "a 30-month silence"), by the unit words
    of its entity?"""
    start, end = _entity_span(words, k)
    return any(RE_UNIT.search(words[j].lemma.lower()) for j in range(start, end + 1))


def _entity_span(words: Sequence[Word], k: int) -> tuple[int, int]:
    """The first and last word of the run of words with the entity label of the word at ``k``."""
    start, end = k, k
    while start > 0 and words[start - 1].ent == words[k].ent:
        start -= 1
    while end + 1 < len(words) and words[end + 1].ent == words[k].ent:
        end += 1
    return start, end


def _superlative_baseline(words: Sequence[Word], k: int, verb: int) -> bool:
    """Is the date word at ``k`` in the object of a "since" (or an "in") after a superlative under ``verb`` ("its
    lowest level since 1995", "their lowest level in nine years", "for the first time since November")?"""
    k = date_head(words, k)  # ("nine" in "nine years")
    since = words[k].head
    return words[since].lemma.lower() in ("since", "in") and any(
        (words[j].tag in ("JJS", "RBS") or (words[j].lemma == "first" and words[j + 1].lemma == "time"))
        and descends(words, j, verb) for j in range(verb, since))


def perfect(words: Sequence[Word], verb: int) -> bool:
    """Is the verb at ``verb`` a perfect ("have gained")? A perfect and a simple past joined are told apart:
    "finished at 2719.79 and have gained 5% this month" (the finishing is not this month's)."""
    if words[verb].dep == "conj" and words[verb].head != verb and not has_dep(words, verb, AUX_DEPS | SUBJECT_DEPS) \
            and verb >= 2 and ((words[verb - 1].tag in ("CC", "RB") and words[verb - 2].tag != ",")
                               or (words[verb - 1].tag == "," and words[verb].tag in ("VBD", "VBN"))):
        # "have killed 87 people and left 2 million homeless": both, and a list's "had killed nine people, destroyed
        # 4,300 houses and forced ..." (not after a comma and "and": "had sickened 47 people, and urged": a
        # conjunct of the clause above, as the parser may not say)
        return perfect(words, words[verb].head)
    return has_dep(words, verb, AUX_DEPS, PERFECT_AUX)


PERFECT_AUX = frozenset({"have"})


def while_clause(words: Sequence[Word], clause: int) -> bool:
    """Does the clause at ``clause`` open with "while" as a time ("crashed while landing on Saturday"; not the
    contrast of a clause with a subject of its own: "while others fell")?"""
    return has_dep(words, clause, frozenset({"mark"}), WHILE) and not has_dep(words, clause, SUBJECT_DEPS)


WHILE = frozenset({"while"})


def within_which(words: Sequence[Word], clause: int) -> bool:
    """Does the relative clause at ``clause`` tell what happened within its noun ("a robbery in which a clerk was
    shot", "a raid during which two men died"), in the past?"""
    inside = any(words[p].lemma.lower() in ("in", "during") and any(words[o].lemma.lower() == "which"
                                                                    for o in children(words, p))
                 for p in children(words, clause))
    past = words[clause].tag == "VBD" or any(words[a].tag == "VBD" for a in children(words, clause)
                                             if words[a].dep in ("aux", "auxpass"))
    return inside and past


def as_clause(words: Sequence[Word], clause: int, reporting: frozenset[str]) -> bool:
    """Is the clause at ``clause`` an "as" clause of its own subject told in the past, like the verb it hangs
    on, which tells no report ("scored 31 points as Piedmont upset Marshall Wednesday night": the scoring is
    then too; "showed no emotion as the verdict was read at 2:15 p.m.": a past passive too)?"""
    head = words[clause].head
    past = words[clause].tag == "VBD" or (words[clause].tag == "VBN" and any(
        words[a].dep == "auxpass" and words[a].tag == "VBD" for a in children(words, clause)))
    return [words[m].lemma.lower() for m in children(words, clause) if words[m].dep == "mark"] == ["as"] \
        and has_dep(words, clause, SUBJECT_DEPS | {"nsubjpass"}) and past and words[head].tag == "VBD" \
        and words[head].pos == "VERB" and words[head].lemma.lower() != "be" \
        and words[head].lemma.lower() not in reporting


def same_teller(words: Sequence[Word], told: int, i: int, reporting: frozenset[str]) -> bool:
    """Is the conjunct ``i`` a report of the one who told the dated report ``told``, named again by a pronoun
    ("said on Tuesday that its profit rose ..., and it announced plans to buy back shares")?"""
    return words[told].lemma.lower() in reporting and _saying(words[i].lemma.lower(), reporting) and any(
        words[c].dep == "nsubj" and words[c].lemma.lower() in TELLER_PRONOUNS for c in children(words, i))

