"""Readings of the parse around a date that set right where the parser hangs it, for :func:`.syntax.governor`:
the relative clause a date ends ("the earthquake that struck the area Tuesday evening disrupted": struck), the
verb whose object a participle describes, the noun a "for" phrase plans, the verb above a noun, a day put "on" a
thing, the participles of starting ("beginning Monday"). Pure functions over plain ``Word`` records."""

from __future__ import annotations

from typing import Sequence

from ..lang.events import SPAN_SETTERS
from ..records import Predicate, Sentence, Word
from .tree import (
    AUX_DEPS,
    MARK_AUX_DEPS,
    NOUN_POS,
    SUBJECT_DEPS,
    TIME_ENTS,
    children,
    descends,
    has_dep,
    nouns_at,
    word_before,
)

# words of a period an amount is compared with ("$5 million in the year-earlier quarter")
COMPARED_WORDS = frozenset({"ago", "earlier", "period", "prior", "previous", "quarter", "year-ago", "year-earlier"})
# what a place or a person is of a happening ("was the site of a derailment in January", "the scene of riots")
SITE_NOUNS = frozenset({"site", "scene", "target", "venue", "victim", "location", "setting"})


POINT_PREPS = frozenset({"on", "at"})  # a date "on" or "at" a thing is a happening's (not "in 1961", "of 1961")


def put_on_thing(words: Sequence[Word], prep: int, members: set[int]) -> bool:
    """Is the date (``members``) under the preposition at ``prep`` put "on" or "at" a thing ("switched on the first
    dish of a new array on Tuesday night": when something is done to it), or joined by the parser to a count the
    preposition is of ("tore through this town of 2,400 late Tuesday afternoon")? Then it is no date of what the
    thing is "of" either."""
    if words[prep].pos != "ADP":
        return False
    dated = [g for g in children(words, prep) if g in members]
    if dated and words[prep].lemma.lower() in POINT_PREPS and words[words[prep].head].pos == "NOUN":
        return True
    return any(words[c].dep == "nummod" and c not in members for g in dated for c in children(words, g))


def site_of(sentence: Sentence, copula: int) -> Predicate | None:
    """The happening a copula's predicate noun is the site, scene or target of ("was the site of a derailment"),
    else None."""
    words, nouns = sentence.words, nouns_at(sentence)
    return next((nouns[g] for a in children(words, copula)
                 if words[a].dep == "attr" and words[a].lemma.lower() in SITE_NOUNS
                 for c in children(words, a) if words[c].lemma.lower() == "of"
                 for g in children(words, c) if words[g].dep == "pobj" and g in nouns), None)


def clause_top(words: Sequence[Word], verb: int) -> int:
    """The top of the clauses a verb is the complement or participle of ("voted Tuesday, reversing ...", "said
    Friday that the robbery resembled ..."), not across a coordinated clause ("..., but a court overturned")."""
    for _ in range(6):
        w = words[verb]
        if w.dep not in ("advcl", "xcomp", "acl", "ccomp") or w.head == verb:
            return verb
        verb = w.head
    return verb


def participle_host(words: Sequence[Word], participle: int, members: set[int]) -> int:
    """The finite verb whose object (or a preposition's) a present participle at ``participle`` describes, when
    the date ends the participle's phrase: "threw stones at soldiers guarding the site Monday afternoon" is a
    throwing of Monday afternoon (not "with classes starting Wednesday": the starting is the clause); else -1."""
    w = words[participle]
    if w.tag != "VBG" or w.dep != "acl" or words[w.head].dep not in ("dobj", "pobj") \
            or max(members) != max(i for i in range(len(words)) if descends(words, i, participle)):
        return -1
    verb = verb_above(words, w.head, through=("on", "at", "to", "against", "into", "from", "across", "over"))
    finite = verb >= 0 and (words[verb].tag in ("VBD", "VBZ", "VBP") or has_dep(words, verb, AUX_DEPS))
    return verb if finite else -1


def verb_above(words: Sequence[Word], i: int, through: tuple[str, ...] = ()) -> int:
    """The nearest verb above the word at ``i`` (through nouns and numbers only, and the prepositions
    ``through``), or -1."""
    for _ in range(8):
        head = words[i].head
        if head == i:
            return -1
        if words[head].pos == "VERB":
            return head
        if words[head].pos not in ("NOUN", "PROPN", "NUM", "SYM") and not (
                words[head].pos == "ADP" and words[head].lemma.lower() in through):
            return -1
        i = head
    return -1


def dated_noun(words: Sequence[Word], noun: int, members: set[int]) -> bool:
    """Has the object ``noun`` (or the noun of its "in" or "of" phrase) a date of its own before it ("a
    third-quarter loss", "its 1995 accord", "a rise in first-quarter profit"), so that
    another date in a phrase after it is its verb's? Not a period compared with ("in the year-earlier quarter")."""
    held = [noun, *(o for p in children(words, noun) if words[p].lemma in ("in", "of") and p < min(members)
                    for o in children(words, p) if words[o].dep == "pobj")]  # "a rise in first-quarter profit"
    return any(words[c].ent in TIME_ENTS and c < n for n in held for c in children(words, n)) \
        and not any(words[m].lemma in COMPARED_WORDS for m in members)


def relative_before(words: Sequence[Word], verb: int, first: int) -> int:
    """The verb of a relative clause on the subject of ``verb`` that a date starting at ``first``, between them,
    ends ("The earthquake that struck the area Tuesday evening disrupted trading": struck), else -1; also on a
    noun of the subject's phrase."""
    if first > verb:
        return -1
    for s in children(words, verb):
        if words[s].dep in SUBJECT_DEPS and s < first:
            # (or on a noun of the subject's phrase: "the death toll from the typhoon that struck ... last week")
            nouns = [s, *(g for p in children(words, s) if words[p].dep == "prep" for g in children(words, p)
                          if words[g].dep == "pobj")]
            for r in (r for n in nouns for r in children(words, n)):
                inner = [k for k in range(r + 1, first) if words[k].lemma == "," and descends(words, k, r)]
                if words[r].dep == "relcl" and s < r < first and not any(
                        (words[k].pos in ("VERB", "AUX") and words[k].dep not in AUX_DEPS)
                        or (words[k].lemma == "," and not descends(words, k, r)  # ("in Lubbock, Texas, on ...")
                            and len([i for i in inner if i < k]) % 2 == 0)  # (the comma closing "Texas,")
                        or (words[k].head == verb and words[k].dep in AUX_DEPS)
                        for k in range(r + 1, first)):  # not past the comma closing it: "which has lost ..., recently"
                    # nor past the main verb's auxiliary: "an outbreak that began in March has now killed 410"
                    return r
    return -1


def planned_before(sentence: Sentence, first: int, adjective: int) -> Predicate | None:
    """The event noun right before a date's first word ``first``, in a "for" phrase of the adjective at
    ``adjective`` ("ready for liftoff Thursday"), or None."""
    words = sentence.words
    noun = nouns_at(sentence).get(first - 1)
    prep = words[first - 1].head
    if noun is None or words[first - 1].dep != "pobj" or words[prep].head != adjective \
            or words[prep].lemma.lower() != "for":
        return None
    return noun


def has_own_date(words: Sequence[Word], verb: int, members: set[int]) -> bool:
    """Does the verb at ``verb`` have a date of its own, beside the one of ``members`` ("in June")?"""
    return any(words[c].ent in TIME_ENTS or any(words[g].ent in TIME_ENTS for g in children(words, c))
               for c in children(words, verb) if c not in members and words[c].dep in ("prep", "npadvmod", "tmod"))


ORDINAL_TIMES = frozenset({"last", "first", "only", "previous"})  # "the last time the state went this long"


def time_clause(words: Sequence[Word], inside: list[int]) -> int:
    """The verb of a "the last time ..." clause a date says the time of, by word index, else -1: "The last time the
    region saw this much snow was in 1976", "since January 10, the last time anyone matched all six numbers" (the
    seeing, the matching), however the parser hangs it."""
    first, last = min(inside), max(inside)
    for t, w in enumerate(words):
        if w.lemma != "time" or not has_dep(words, t, frozenset({"amod"}), ORDINAL_TIMES):
            continue
        verb = next((c for c in children(words, t) if words[c].dep == "relcl" and words[c].pos in ("VERB", "AUX")),
                    w.head if w.dep == "npadvmod" and w.head > t and words[w.head].pos == "VERB" else -1)
        if verb < 0:
            continue
        if t == last + 3 and words[last + 1].lemma == "," and words[t - 1].lemma == "the":
            return verb  # "since January 10, the last time anyone matched"
        if not t < verb < first:
            continue
        prep = words[first].head if words[first].dep == "pobj" else -1
        if prep >= 0 and words[prep].head > verb and words[words[prep].head].lemma in ("be", "come"):
            return verb  # "... was in 1976"
    return -1


def main_clause_before(words: Sequence[Word], verb: int, members: set[int]) -> int:
    """The verb of the clause before a date that the parser hung, as a complement, on the "after"/"before" clause
    following the date ("completed its purchase of Tristar yesterday, five months after the firm won a bidding
    contest": completed, not won), by word index; -1 when the verb at ``verb`` has no such complement."""
    return next((c for c in children(words, verb) if words[c].dep == "ccomp" and c < min(members)), -1)


def in_temporal_phrase(words: Sequence[Word], noun: int) -> bool:
    """Is the event noun at ``noun`` the object of "ahead of" or "until" (a happening other things are placed
    against, whose date right after it is its own; not "before" or "after": "was arrested after the attack on
    Monday" may be Monday's arrest)?"""
    prep = words[noun].head
    if words[noun].dep != "pobj" or prep == noun:
        return False
    lemma = words[prep].lemma.lower()
    return lemma in TEMPORAL_PREPS or (lemma == "of" and words[words[prep].head].lemma.lower() == "ahead")


TEMPORAL_PREPS = frozenset({"until", "till"})


def fronted_participle(sentence: Sentence, inside: list[int]) -> Predicate | None:
    """The participle of a clause fronted before the subject whose date follows it there, when the parser hung
    the date on the main verb ("Born in Hamburg, Germany, in 1906, she fled to the United States in 1937": the
    birth's year; "Elected in 1990, he served two terms"), else None."""
    words = sentence.words
    prep = inside[0] - 1
    if prep < 1 or words[prep].dep != "prep" or words[prep].lemma.lower() not in ("in", "on", "at") \
            or words[prep - 1].pos != "PUNCT":
        return None
    verb = words[prep].head
    if verb <= inside[-1] or not any(words[c].dep in SUBJECT_DEPS and c > inside[-1] for c in children(words, verb)):
        return None  # (the date before the main verb and its subject)
    participle = next((c for c in children(words, verb) if words[c].dep == "advcl" and c < prep
                       and words[c].tag in ("VBN", "VBG") and not has_dep(words, c, SUBJECT_DEPS)), None)
    if participle is None or any(words[k].pos != "PUNCT" for k in range(max(_subtree(words, participle)) + 1, prep)):
        return None  # (right after the participle's own words and a comma)
    return next((p for p in sentence.predicates if p.word == participle), None)


def described_participle(sentence: Sentence, inside: list[int]) -> Predicate | None:
    """The participle describing a verb's object that a year after it dates, when the parser hung the year on the
    verb ("tying the record set by Ben-Hur in 1960": the setting's year, not the tying's; "a record set back in
    1980"), else None. Only a year or a month of one: a day ("sold the shares bought last year on Monday") is the
    verb's."""
    words = sentence.words
    prep = inside[0] - 1
    if prep < 2 or words[prep].dep != "prep" or words[prep].lemma != "in" \
            or not all(words[i].tag in ("CD", "NNP", "DT") for i in inside) \
            or not any(words[i].tag == "CD" and len(words[i].lemma) == 4 for i in inside):
        return None
    verb = words[prep].head
    objects = [c for c in children(words, verb) if words[c].dep == "dobj" and c < prep]
    participle = next((c for o in objects for c in children(words, o) if words[c].dep == "acl"
                       and words[c].tag == "VBN" and c < prep), None)
    if participle is None or any(words[k].tag != "RB" and words[k].pos != "PUNCT"
                                 for k in range(max(_subtree(words, participle)) + 1, prep)):
        return None  # (right after the participle's own words: "set by Ben-Hur in 1960", "set back in 1980")
    return next((p for p in sentence.predicates if p.word == participle), None)


SPAN_PREPS = frozenset({"from", "until", "till", "through"})


def spanned_object(sentence: Sentence, inside: list[int]) -> Predicate | None:
    """The event noun a verb sets for a span, when the parser hung the span on the verb ("ordered a curfew in the
    town from 8 p.m. Sunday until Tuesday morning", "approved a hiring freeze from Feb. 1 until June 30", "imposed
    a curfew from 7 p.m. to 6 a.m.": the curfew's span, not the ordering's), else None (see ``SPAN_SETTERS``)."""
    words = sentence.words
    prep = inside[0] - 1
    if prep < 1 or words[prep].dep != "prep" or not (words[prep].lemma in SPAN_PREPS or (
            words[prep].lemma == "to" and any(words[c].lemma == "from" and c < prep
                                              for c in children(words, words[prep].head)))):
        return None  # (and the end of a span from a time: "from 7 p.m. to 6 a.m.")
    verb = words[prep].head
    while words[verb].dep == "prep" and words[verb].lemma in SPAN_PREPS and words[verb].head != verb:
        verb = words[verb].head  # ("until" hung on "from")
    if words[verb].pos != "VERB" or words[verb].lemma not in SPAN_SETTERS:
        return None
    nouns = nouns_at(sentence)
    return next((nouns[c] for c in children(words, verb) if words[c].dep == "dobj" and c < prep and c in nouns), None)


def _subtree(words: Sequence[Word], top: int) -> list[int]:
    return [i for i in range(len(words)) if i == top or descends(words, i, top)]


FROM_DATE_VERBS = frozenset({"begin", "start", "commence"})


def start_word(words: Sequence[Word], inside: list[int]) -> int:
    """The "beginning" or "starting" right before the date at ``inside`` (when a thing takes effect), by word
    index, else -1."""
    before = word_before(words, words[min(inside)].start)
    starts = before >= 0 and (words[before].lemma == "beginning"
                              or (words[before].lemma in FROM_DATE_VERBS and words[before].tag == "VBG"))
    return before if starts else -1


def from_date_participle(words: Sequence[Word], i: int, *, on_noun: bool = False) -> bool:
    """Is word ``i`` a participle used as a preposition of time on a verb ("beginning Monday", "starting in
    January"): no subject, auxiliary or object of its own, so its date is the verb's? With ``on_noun``, one the
    parser hung on a noun instead ("raise the speed of trains on three lines starting April 1")."""
    w = words[i]
    deps, heads = (("acl",), NOUN_POS) if on_noun else (("prep", "advcl", "xcomp"), ("VERB", "AUX"))
    return w.tag == "VBG" and w.lemma in FROM_DATE_VERBS and w.dep in deps and words[w.head].pos in heads \
        and w.head != i and not has_dep(words, i, SUBJECT_DEPS | {"dobj", "aux"})


def second_date_of_period(words: Sequence[Word], before: int) -> int:
    """The verb above a period's end that a date after ``before`` (its preposition) was hung on although the end has
    its own date: "will report results for the quarter ended Sept. 30 on Oct. 20" (the reporting's); else -1."""
    if before < 0 or words[before].dep != "prep" or words[before].lemma.lower() not in ("on", "by", "in"):
        return -1
    end = words[before].head
    if words[end].lemma.lower() != "end" or words[end].tag not in ("VBN", "VBG") \
            or words[end].dep not in ("acl", "advcl") \
            or not any(words[k].ent == "DATE" and words[k].head == end and words[k].dep == "npadvmod"
                       for k in range(end + 1, before)):
        return -1
    return verb_above(words, end, through=("for", "of", "in"))


def free_participle(words: Sequence[Word], i: int) -> bool:
    """Is the participle clause at ``i`` one of no mark, auxiliary or subject of its own, counting as not its own
    a subject the parser took from the verb after it across a comma ("The presidents, meeting for seven hours in
    Helsinki yesterday, issued a statement": the presidents issued it)?"""
    if has_dep(words, i, MARK_AUX_DEPS):
        return False
    subjects = [c for c in children(words, i) if words[c].dep in SUBJECT_DEPS]
    head = words[i].head
    return not subjects or (len(subjects) == 1 and subjects[0] < i and words[i - 1].lemma == ","
                            and head > i and not has_dep(words, head, SUBJECT_DEPS))
