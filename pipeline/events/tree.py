"""The parse of a sentence as a tree of plain ``Word`` records: children, descent, subtrees, clause heads and
subjects. No knowledge of events or dates beyond the part-of-speech and dependency labels it reads, and the
words that tell a day from a longer period."""

from __future__ import annotations

import functools
import re
from typing import Container, Sequence

from ..lang.dates import lexicon
from ..lang.events import APPEARING_BEFORE, TRADED_FOR
from ..records import Predicate, Sentence, TimeExpression, Word

TIME_ENTS = frozenset({"DATE", "TIME"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
TO_WORDS = frozenset({"to"})
AUX_DEPS = frozenset({"aux"})
MARK_AUX_DEPS = AUX_DEPS | {"mark"}  # a clause's mark or auxiliary ("when", "will")
CLAUSE_DEPS = SUBJECT_DEPS | MARK_AUX_DEPS  # what makes a clause one of its own: a subject, a mark, an auxiliary
OF_WORDS = frozenset({"of"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# nouns that count the happenings named after "of": "a wave of strikes", "the first round of voting"
COUNTING_NOUNS = frozenset({"flurry", "number", "rash", "round", "series", "spate", "string", "wave"})


def nouns_at(sentence: Sentence) -> dict[int, Predicate]:
    """The event nouns of a sentence by word index."""
    return {p.word: p for p in sentence.predicates if p.kind == "noun"}


def verb_at(sentence: Sentence, i: int) -> Predicate | None:
    """The verb predicate of word ``i``, or None."""
    return next((p for p in sentence.predicates if p.word == i and p.kind == "verb"), None)


def light_verb_event(sentence: Sentence, noun: Predicate) -> Predicate:
    """The light verb's event of the event noun ``noun`` ("held talks", "made a visit"), else the noun itself."""
    return next((p for p in sentence.predicates if p.light_verb is not None and p.end == noun.end), noun)


def counted_noun(words: Sequence[Word], i: int) -> int:
    """The noun a counting noun at ``i`` counts ("a series of explosions": explosions), else ``i``."""
    if not 0 <= i < len(words) or words[i].lemma.lower() not in COUNTING_NOUNS:
        return i
    return next((g for c in children(words, i) if words[c].dep == "prep" and words[c].lemma.lower() == "of"
                 for g in children(words, c) if words[g].dep == "pobj"), i)


def date_head(words: Sequence[Word], i: int) -> int:
    """The head word of the date the word at ``i`` is in ("year" of "this year", "night" of "Tuesday night")."""
    while 0 <= i < len(words) and words[i].head != i and words[words[i].head].ent in TIME_ENTS:
        i = words[i].head
    return i


def date_top(words: Sequence[Word], inside: Sequence[int]) -> int:
    """The first word of the date at ``inside`` (its word indexes) that hangs outside it, or is the root."""
    return next((i for i in inside if words[i].head not in inside or words[i].head == i), inside[0])


def names_contract(words: Sequence[Word], inside: Sequence[int]) -> int:
    """The traded thing whose contract the date at ``inside`` names ("December Brent", "the March contract"), by
    word index, or -1."""
    if not inside:
        return -1
    top = date_top(words, inside)
    w = words[top]
    return w.head if w.dep in ("compound", "nmod", "amod") and w.head != top \
        and words[w.head].lemma.lower() in TRADED_FOR else -1


def date_words(words: Sequence[Word], start: int, end: int) -> list[int]:
    """Indexes of the words overlapping ``[start, end)``."""
    return [i for i, w in enumerate(words) if w.start < end and start < w.end and not w.pos == "SPACE"]


def word_before(words: Sequence[Word], start: int, *, skip: frozenset[str] = frozenset({"SPACE"})) -> int:
    """Index of the last word that ends at or before offset ``start`` and whose part of speech is not in
    ``skip``; -1 when there is none."""
    return next((i for i in range(len(words) - 1, -1, -1) if words[i].end <= start and words[i].pos not in skip),
                -1)


def main_predicate(sentence: Sentence) -> Predicate | None:
    """The root verb (or copula) of the sentence, else its first one."""
    return next((p for p in sentence.predicates if p.kind != "noun" and p.is_root), None) \
        or next((p for p in sentence.predicates if p.kind != "noun"), None)


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


def children(words: Sequence[Word], i: int) -> Sequence[int]:
    """Indexes of the words whose head is word ``i``."""
    if not 0 <= i < len(words):
        return ()
    return _children(tuple(words))[i]


@functools.lru_cache(maxsize=32)
def _children(words: tuple[Word, ...]) -> tuple[tuple[int, ...], ...]:
    """Each word's children, computed once per sentence."""
    kids: list[list[int]] = [[] for _ in words]
    for j, w in enumerate(words):
        if w.head != j and 0 <= w.head < len(words):
            kids[w.head].append(j)
    return tuple(map(tuple, kids))


def has_dep(words: Sequence[Word], i: int, deps: frozenset[str], lowers: frozenset[str] | None = None) -> bool:
    return any(words[c].dep in deps and (lowers is None or words[c].lemma.lower() in lowers)
               for c in children(words, i))


def dated_antecedent(words: Sequence[Word], pronoun: int) -> int:
    """The noun a relative pronoun at ``pronoun`` stands for when the parser hung its clause elsewhere: the
    noun before its date ("floods last month that killed 30 people": floods), else ``pronoun``."""
    k = pronoun - 1
    while k >= 0 and in_date_phrase(words[k]):
        k -= 1
    if 0 <= k < pronoun - 1 and words[k].pos == "NOUN" and any(words[j].ent in TIME_ENTS for j in range(k, pronoun)):
        return k
    return pronoun


DATE_LINKS = frozenset({"in", "on", "of", "last", "this", "early", "late"})  # "floods in April that killed"


def in_date_phrase(word: Word) -> bool:
    """Is ``word`` a word of a date or of the phrase that brings it ("in", "last", "early")?"""
    return word.ent in TIME_ENTS or word.lemma.lower() in DATE_LINKS


def subject_of(sentence: Sentence, word: int) -> int:
    """The subject of the verb at ``word``: its own (a relative pronoun stands for the noun it follows: "the
    plant, which opened"; a passive participle's is the noun it follows: "the acquisition, completed in
    August"), else that of the verb it completes or is coordinated with ("the merger is expected to be
    completed": merger), or that of the verb whose preposition it follows ("spent a year in prison before being
    released": its spender); -1 when there is none."""
    words = sentence.words
    for _ in range(4):
        if not 0 <= word < len(words):
            return -1
        found = [c for c in children(words, word) if words[c].dep in SUBJECT_DEPS]
        # the one nearest the verb: a dateline the parser made a second subject comes first ("MANILA ... —
        # Typhoon Haiyan slammed")
        own = max((c for c in found if c < word), default=found[0] if found else -1)
        if own >= 0:
            if words[own].tag in ("WDT", "WP") and words[word].dep == "relcl":
                return words[word].head
            if words[own].tag == "WDT":
                return dated_antecedent(words, own)
            return own
        if words[word].dep == "acl" and words[word].tag in FINITE_TAGS | {"VBN"} and words[word].head < word:
            # a finite verb the parser hung on its subject: "The strike, ..., ended"; the noun a passive
            # participle tells of: "the acquisition, completed in August"
            return words[word].head
        if words[word].dep in ("acl", "relcl") and words[word].head < word \
                and has_dep(words, word, AUX_DEPS, TO_WORDS) and words[words[word].head].pos in NOUN_POS:
            return words[word].head  # "the 24th storm to hit the country this year": the storm
        prep = words[word].head
        if words[word].dep == "pcomp" and words[word].tag in ("VBG", "VBN") and words[prep].dep == "prep" \
                and words[words[prep].head].pos in ("VERB", "AUX"):
            word = words[prep].head  # "spent three years in prison before being released": he, who spent them
            continue
        infinitive = words[word].dep == "advcl" and has_dep(words, word, AUX_DEPS, TO_WORDS)
        if (words[word].dep not in ("xcomp", "conj", "acomp") and not infinitive) or words[word].head == word:
            return -1  # through "due" too: "talks are due to resume"; "rebounded to close at 8,962": stocks
        word = words[word].head
    return -1


def when_clause(words: Sequence[Word], clause: int) -> bool:
    """True when the clause at ``clause`` opens with "when" (a mark, or the adverb the parser often makes it)."""
    first = [c for c in children(words, clause) if words[c].dep in ("mark", "advmod") and c < clause]
    return bool(first) and words[first[0]].lemma.lower() == "when"


RE_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")  # "5", "2nd": a day of the month
DAY_WORDS = frozenset({"today", "yesterday", "tomorrow", "day", "night", "morning", "afternoon", "evening", "week",
                       "weekend"})  # and the weekdays of the date lexicon


@functools.cache
def _day_words() -> frozenset[str]:
    return DAY_WORDS | frozenset(lexicon().weekdays)


def period_only(words: Sequence[Word], members: set[int]) -> bool:
    """Do the date's words name a period longer than a day ("third-quarter", "May", "1997"), not a day ("the
    May 5 report", "Friday's report")?"""
    return not any(RE_DAY_NUMBER.fullmatch(words[i].lemma) or words[i].lemma.lower() in _day_words() for i in members)


def in_front_of(words: Sequence[Word], prep: int) -> bool:
    """Is the preposition at ``prep`` a "before" of place, after a verb of appearing ("will testify before a
    subcommittee on March 21", "was brought before a judge Monday": the date is the appearing's)?"""
    return words[prep].lemma.lower() == "before" and words[words[prep].head].pos in ("VERB", "AUX") \
        and words[words[prep].head].lemma.lower() in APPEARING_BEFORE


def relative_owner(words: Sequence[Word], verb: int, noun: int, events: Container[int]) -> int:
    """The event noun a relative clause at ``verb`` tells of when the parser hung it on the last noun of that
    noun's phrase (:func:`phrase_owner`); ``noun`` for any other clause, and for a person's ("the funeral of X,
    who died Jan. 7")."""
    if words[verb].dep != "relcl" or any(words[k].lemma.lower() == "who" for k in children(words, verb)):
        return noun
    return phrase_owner(words, noun, events)


def phrase_owner(words: Sequence[Word], noun: int, events: Container[int]) -> int:
    """The event noun (an index in ``events``) whose phrase ``noun`` ends, when a relative clause hangs on
    ``noun`` and it is no event itself: "a strike at Crestline Motors, which began in June" (the strike began);
    else ``noun`` (and a period: "a loss for fiscal 1997, which ended March 31" tells of the year)."""
    prep = words[noun].head if 0 <= noun < len(words) and words[noun].dep == "pobj" \
        and words[noun].ent not in TIME_ENTS else -1
    owner = words[prep].head if prep >= 0 and words[prep].dep == "prep" else -1
    return owner if noun not in events and 0 <= owner < noun and owner in events else noun


def dated_by_modifier(words: Sequence[Word], start: int, timex: TimeExpression,
                      timexes: Sequence[TimeExpression]) -> bool:
    """Does the noun starting at offset ``start`` have a date of its own before it, one of ``timexes`` other than
    ``timex`` ("second-quarter sales", "the May figures"; not a rate: "an annual profit")?"""
    noun = next((i for i, w in enumerate(words) if w.start == start), -1)
    return noun >= 0 and any(
        words[c].dep in ("compound", "amod", "nmod", "poss") and c < noun and any(
            t is not timex and t.type in ("DATE", "TIME") and t.start <= words[c].start < t.end for t in timexes)
        for c in children(words, noun))
