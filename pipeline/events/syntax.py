"""Walking the parse of a sentence (its plain ``Word`` records): where a date attaches, clauses, subtrees."""

from __future__ import annotations

import functools
from typing import Sequence

from ..lang.events import ATTRIBUTE_DEPS
from ..records import Predicate, Sentence, Word

TIME_ENTS = frozenset({"DATE", "TIME"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# fmt: off
# Nouns that are themselves spans of time: a date hanging from them passes through to their head
# ("for the 2016-2017 academic year", "at the end of 2018").
TEMPORAL_NOUNS = frozenset({
    "afternoon", "age", "anniversary", "autumn", "balance", "beginning", "century", "course", "date", "day",
    "decade", "duration", "end", "era", "evening", "fall", "half", "hour", "middle", "midst", "minute", "moment",
    "month", "morning", "night", "part", "period", "quarter", "remainder", "rest", "season", "semester",
    "spring", "start", "summer", "term", "time", "turn", "week", "weekend", "winter", "year",
})
# Ways a date hangs from a noun that make it a description of the noun: "the document of 1961",
# "the 1961 document", "a letter from 2015", "President Medvedev (2008-2012)".
DESCRIPTIVE_DEPS = frozenset({"compound", "nummod", "nmod", "poss", "appos", "amod", "npadvmod", "quantmod"})
DESCRIPTIVE_PREPS = frozenset({"of", "from", "dated"})
# fmt: on


def nouns_at(sentence: Sentence) -> dict[int, Predicate]:
    """The event nouns of a sentence by word index."""
    return {p.word: p for p in sentence.predicates if p.kind == "noun"}


MODIFIER_OF_NOUN = frozenset({"compound", "nummod", "amod", "npadvmod", "nmod"})  # "the 1987 crash"


def date_words(words: Sequence[Word], start: int, end: int) -> list[int]:
    """Indexes of the words overlapping ``[start, end)``."""
    return [i for i, w in enumerate(words) if w.start < end and start < w.end and not w.pos == "SPACE"]


def governor(sentence: Sentence, start: int, end: int) -> tuple[Predicate | None, bool]:
    """The predicate a date at ``[start, end)`` attaches to, and whether the date only describes a thing.

    Walks up the parse from the date: prepositions, temporal nouns ("the end of 2018") and adjectives are
    passed through; the first verb, copula or event noun is the governor. A plain noun reached through "of"
    or "from", or as a modifier, makes the date descriptive (``(None, True)``), except a date the parser hung
    as an adverb on an object ("was shot in the leg early Tuesday"). ``(None, False)`` when the
    walk reaches the root without a predicate. A date that is the subject of "be" ("2009 was a pivotal
    year") is descriptive too, and so is one on an adjective that qualifies a thing rather than saying what
    happens ("approved a dividend, payable Dec. 1": an ``amod``, ``conj``, ``appos`` or ``advcl`` adjective).
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
        child = words[node]
        if child.pos == "ADJ" and node not in members and node not in by_word and child.dep in ATTRIBUTE_DEPS:
            return None, True  # "a dividend ..., payable Dec. 1": the date is the attribute's, not the verb's
        if head in by_word and head not in members:
            pred = by_word[head]
            if pred.kind == "copula" and words[node].dep in ("nsubj", "attr"):
                subject = nouns_at(sentence).get(pred.subject) if words[node].dep == "attr" else None
                if subject is not None:
                    return subject, False  # "the next meeting is July 30-31": the meeting's date
                return None, True  # "2009 was a pivotal year": the date is what is described
            return pred, False
        hw = words[head]
        if hw.pos in NOUN_POS and hw.ent not in TIME_ENTS and head not in members:
            # an adverb of time the parser hung on an object: "was shot in the leg early Tuesday", "fired tear
            # gas and stun grenades Friday"
            misattached = child.dep == "npadvmod" and hw.dep in ("pobj", "dobj", "conj")
            if hw.lemma.lower() not in TEMPORAL_NOUNS and (hw.pos == "NOUN" or child.dep == "poss") and (
                child.dep in DESCRIPTIVE_DEPS
                or (child.pos == "ADP" and child.lemma.lower() in DESCRIPTIVE_PREPS)
            ) and not misattached:
                return None, True
        node = head
    return None, False


def possessive_owner(sentence: Sentence, start: int, end: int) -> Predicate | None:
    """The event noun the date at ``[start, end)`` is a possessive of ("this year's summit", "Monday's
    closing price": closing), which the date alone dates; None otherwise."""
    words = sentence.words
    inside = set(date_words(words, start, end))
    heads = {words[i].head for i in inside if words[i].dep == "poss"} - inside
    nouns = nouns_at(sentence)
    for head in heads:
        # the event noun itself, or one that modifies the possessed noun ("Monday's closing price")
        found = nouns.get(head) or next(
            (p for i, p in nouns.items() if words[i].head == head and words[i].dep in ("compound", "amod")
             and i < head), None)
        if found is not None:
            return found
    return None


def hung_on_date(sentence: Sentence, start: int, end: int) -> list[Predicate]:
    """The verbs of "when" clauses hanging from the date at ``[start, end)``: "in 2006, when it passed the
    Senate 98-0" (the passing is in 2006), "In 1991, when the Soviet Union collapsed"; and an event noun in
    apposition after it, where the parser hangs a closing appositive ("at 14:58 UTC, an increase of 330")."""
    words = sentence.words
    inside = set(date_words(words, start, end))
    verbs_at = {p.word: p for p in sentence.predicates if p.kind != "noun"}
    nouns = nouns_at(sentence)
    found = [verbs_at[i] for i in verbs_at if words[i].head in inside and i not in inside
             and words[i].dep in ("relcl", "advcl", "acl") and _when_clause(words, i)]
    # the parser hangs a closing appositive on the date: "was up 3.1% at 14:58 UTC, an increase of 330 points"
    return found + [nouns[i] for i in nouns if words[i].head in inside and i not in inside
                    and words[i].dep == "appos" and i > max(inside)]


_SINCE = frozenset({"since"})
LEVEL_POS = frozenset({"NOUN", "ADJ", "ADV", "ADP", "NUM"})  # the words of a level a verb reached
# a date right after the event noun such a preposition takes is that noun's ("gained, after a large loss
# yesterday": the loss was yesterday)
OWNING_PREPS = frozenset({"since", "after", "before", "following", "until", "till"})


def since_event(sentence: Sentence, start: int, end: int) -> Predicate | None:
    """The event noun that is the object of "since" and owns the date: right before it ("the biggest decline
    since the crash two years ago": the crash is two years ago, the decline is not; likewise after "after",
    "before", "following", "until") or with the date as its modifier ("the heaviest since the 1987 crash",
    "since the August invasion"); None otherwise."""
    words = sentence.words
    before = [i for i, w in enumerate(words) if w.end <= start and w.pos != "SPACE"]
    nouns = nouns_at(sentence)
    candidates = before[-1:] + [words[i].head for i in date_words(words, start, end)
                                if words[i].dep in MODIFIER_OF_NOUN and words[i].head > i]
    for k, noun in enumerate(candidates):
        head = words[noun].head
        preps = OWNING_PREPS if k == 0 and before and noun == before[-1] else _SINCE
        if words[noun].dep == "pobj" and words[head].lemma.lower() in preps and noun in nouns:
            return nouns[noun]
    return None


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


def _has(words: Sequence[Word], i: int, deps: frozenset[str], lowers: frozenset[str] | None = None) -> bool:
    return any(words[c].dep in deps and (lowers is None or words[c].lemma.lower() in lowers)
               for c in children(words, i))


# How a predicate shares the date of the predicate it hangs from (rule 2b of the builder).
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
SIMULTANEOUS_MARKS = frozenset({"when", "while", "as"})
HOLDING_VERBS = frozenset({"hold", "keep", "leave"})  # a state they hold a thing in: "kept the plant closed"
# adverbs that put a clause at another time than the one it hangs from ("..., later revealing ...")
SEQUENCE_ADVERBS = frozenset({"afterward", "afterwards", "before", "earlier", "eventually", "later", "previously",
                              "since", "soon", "subsequently", "then", "thereafter"})
CONTAINER_PREPS = frozenset({"in", "at", "during"})  # "entered it during a speech last week"
RESULT_PREPS = frozenset({"from", "with"})  # "suffered from large falls", "ended the day with a loss"
CHANGE_PREPS = frozenset({"in", "of"})  # "a drop in sales"
COORDINATE, ARGUMENT = "coordinate", "argument"
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_TO = frozenset({"to"})
_AUX = frozenset({"aux"})
_OBJECTS = frozenset({"dobj", "npadvmod"})
_OF = frozenset({"of"})
_DAY_ENDS = frozenset({"close", "open"})  # "fell 3% to close the day at 7,100"


def elaborated(sentence: Sentence, pred: Predicate, start: int, end: int, *, aspectual: frozenset[str]) -> int:
    """The verb an aspectual phrase on the date elaborates ("fell 3% to end the day at 7,114": fell, dated by
    "the day" as well), by word index, or -1."""
    words = sentence.words
    if pred.kind == "noun" or words[pred.word].lemma.lower() not in aspectual | _DAY_ENDS:
        return -1
    inside = set(date_words(words, start, end))
    if any(words[i].head == pred.word and words[i].dep in _OBJECTS for i in inside):
        head = words[pred.word].head
        if head != pred.word and words[pred.word].dep in ("xcomp", "advcl", "conj"):
            return head
    return -1


def subject_before(sentence: Sentence, pred: Predicate, start: int) -> Predicate:
    """A date right after the event noun that is the subject dates that noun: "the referendum next year
    will decide", "the meeting Tuesday ended without agreement" (the parser hangs it from the verb)."""
    words = sentence.words
    nouns = nouns_at(sentence)
    before = [i for i, w in enumerate(words) if w.end <= start and w.pos != "SPACE"]
    if before and before[-1] in nouns and words[before[-1]].dep in ("nsubj", "nsubjpass") \
            and words[before[-1]].head == pred.word and pred.kind != "noun":
        return nouns[before[-1]]
    return pred


def subject_of(sentence: Sentence, word: int) -> int:
    """The subject of the verb at ``word``: its own (a relative pronoun stands for the noun it follows: "the
    plant, which opened"), else that of the verb it completes or is coordinated with ("the merger is expected
    to be completed": merger); -1 when there is none."""
    words = sentence.words
    for _ in range(4):
        if not 0 <= word < len(words):
            return -1
        found = [c for c in children(words, word) if words[c].dep in _SUBJECTS]
        # the one nearest the verb: a dateline the parser made a second subject comes first ("MANILA ... —
        # Typhoon Haiyan slammed")
        own = max((c for c in found if c < word), default=found[0] if found else -1)
        if own >= 0:
            if words[own].tag in ("WDT", "WP") and words[word].dep == "relcl":
                return words[word].head
            return own
        if words[word].dep not in ("xcomp", "conj") or words[word].head == word:
            return -1
        word = words[word].head
    return -1


def reported_on(sentence: Sentence, start: int, reporting: frozenset[str]) -> Predicate | None:
    """A date right after a reporting verb ("said Tuesday its sales rose", "announced on Monday that ...")
    dates the report, whatever the parser hung it from; None when no reporting verb comes just before."""
    words = sentence.words
    before = [i for i, w in enumerate(words) if w.end <= start and w.pos not in ("SPACE", "PUNCT")]
    if before and words[before[-1]].lemma.lower() == "on" and len(before) > 1:
        before.pop()
    if not before or words[before[-1]].pos != "VERB" or words[before[-1]].lemma.lower() not in reporting:
        return None
    return next((p for p in sentence.predicates if p.word == before[-1] and p.kind == "verb"), None)


def report_of(sentence: Sentence, pred: Predicate, start: int, end: int,
              reporting: frozenset[str]) -> Predicate | None:
    """The reporting verb whose object is the event noun ``pred`` when the date comes after that noun and hangs
    from it ("Jones announced the bank's move on Tuesday": the parser hangs "on Tuesday" from move, yet it
    dates the announcing too); None otherwise (a date before the noun, "announced the 2012 merger", is the
    noun's own)."""
    words = sentence.words
    if pred.kind != "noun" or not 0 <= pred.word < len(words) or words[pred.word].dep != "dobj":
        return None
    verb = words[pred.word].head
    if verb == pred.word or words[verb].lemma.lower() not in reporting or words[pred.word].end > start:
        return None
    hangs = False
    for i in date_words(words, start, end):
        head = words[i].head
        if words[i].dep == "npadvmod" and head == pred.word:
            hangs = True
        elif words[i].dep == "pobj" and words[head].lemma.lower() == "on" and words[head].head == pred.word:
            hangs = True
    if not hangs:
        return None
    return next((p for p in sentence.predicates if p.word == verb and p.kind == "verb"), None)


def redirect(sentence: Sentence, pred: Predicate, start: int, *, intention: frozenset[str],
             reporting: frozenset[str], vague: bool = False) -> Predicate:
    """The predicate a date really dates when the parse hangs it on a verb of intention: its complement
    ("was set to land on Monday": land) or the event noun it expects ("expects a profit for the year"); and a
    period set before a present-tense report dates what is reported in the past ("For the final quarter of
    2009, Ford says it made a profit": made), but not a ``vague`` reference, which dates the report
    ("Officials now say the fire was set": say)."""
    words = sentence.words
    by_word = {p.word: p for p in sentence.predicates if p.kind != "noun"}
    if pred.kind == "noun" or pred.word not in by_word:
        return pred
    lemma = words[pred.word].lemma.lower()
    if lemma in reporting and pred.tense == "present" and start < words[pred.word].start and not vague:
        said = [by_word[c] for c in children(words, pred.word) if words[c].dep == "ccomp" and c in by_word]
        if said and said[0].tense == "past":
            return said[0]
    if lemma in intention:
        for c in children(words, pred.word):
            if words[c].dep == "xcomp" and c in by_word:
                return by_word[c]
        nouns = nouns_at(sentence)
        for c in children(words, pred.word):
            if words[c].dep == "dobj" and c in nouns:
                return nouns[c]  # "for the year, the company expects a profit": the profit
    return pred


def _when_clause(words: Sequence[Word], clause: int) -> bool:
    """True when the clause at ``clause`` opens with "when" (a mark, or the adverb the parser often makes it)."""
    first = [c for c in children(words, clause) if words[c].dep in ("mark", "advmod") and c < clause]
    return bool(first) and words[first[0]].lemma.lower() == "when"


# prepositions and marks that place a clause against another time ("resumed only after pressure from ...")
RELATIVE_TIME_WORDS = frozenset({"after", "before", "since", "until", "till"})


def _present_perfect(words: Sequence[Word], i: int) -> bool:
    """"has stalled", "have been sold": a present perfect, which no definite past date can date."""
    return any(words[c].dep in ("aux", "auxpass") and words[c].lemma.lower() == "have"
               and words[c].tag in ("VBZ", "VBP") for c in children(words, i))


def _timed_apart(words: Sequence[Word], i: int, dated: int, skip: frozenset[int] | set[int]) -> bool:
    """Is conjunct ``i`` placed at a time of its own, apart from the dated conjunct ``dated``? It is when a
    complement of it has a date of its own ("began deliberating Monday and returned its verdict late
    Wednesday": began is Monday's), when a phrase or clause puts it after or before something ("broke down
    in March and resumed only after ..."), and when it is a present perfect and the dated one is not
    ("passed the House in May but has stalled in the Senate")."""
    for c in children(words, i):
        w = words[c]
        if w.dep in ("xcomp", "ccomp") and c in skip:
            return True
        if w.dep in ("prep", "advcl", "advmod") and w.lemma.lower() in RELATIVE_TIME_WORDS:
            return True
        if w.dep == "advcl" and any(words[m].dep == "mark" and words[m].lemma.lower() in RELATIVE_TIME_WORDS
                                    for m in children(words, c)):
            return True
    return _present_perfect(words, i) and not _present_perfect(words, dated)


def companions(sentence: Sentence, word: int, *, skip: frozenset[int] | set[int] = frozenset(),
               aspectual: frozenset[str] = frozenset(), reporting: frozenset[str] = frozenset(),
               changes: frozenset[str] = frozenset(), subject_events: frozenset[str] = frozenset(),
               consequences: frozenset[str] = frozenset(), changes_verbs: frozenset[str] = frozenset(),
               result_verbs: frozenset[str] = frozenset(), elaborates: int = -1) -> list[tuple[int, str]]:
    """The predicates (word index, relation) that a date attached to the predicate at ``word`` dates too.

    Coordinate (``COORDINATE``): its conjuncts ("fell 2% and closed at 10,000 on Friday"; a conjunct with a
    subject of its own only in the same tense: "sales fell and profits rose in March"), its participle
    clauses and "when"/"while"/"as" clauses ("crashed in June, killing all 228 people on board"; "was
    heating soup when he was shot on Monday"), not "to" clauses of purpose.

    Argument (``ARGUMENT``): the complement of an aspectual verb, or the aspectual verb of a complement
    ("began selling in 2006"); the verb at ``elaborates`` (:func:`elaborated`); the event object of a verb of
    consequence ("causing heavy losses"); the event subject of a verb of change, aspect or consequence
    ("sales fell in January", "the trial began Wednesday", "the earthquake hit a week ago"); an event noun
    it holds in "in", "at" or "during" ("delivered the jet on Tuesday in ceremonies"); a present-tense
    clause it reports ("announced today that it is exercising its options"); for an event noun in such a
    phrase, the verb it hangs from ("entered it into the record during a speech last week"); the event a
    noun is of ("the close of trading Thursday"; for a noun of change, also "in": "a drop in sales in
    March"); the conjuncts of an event noun taken ("the earthquake and tsunami hit a week ago"); the verb
    of change a dated event noun is the subject of ("first-quarter income fell 10%"); an event noun in
    apposition ("a profit of $2.7 billion, the first gain in four years"); an event noun a verb of change,
    aspect or consequence has after "from" or "with" ("suffered from large falls today"); a state a verb
    holds ("to remain closed until Friday": remain and closed).

    Coordinate also: a "with" clause ("saw a turbulent day, with the Dow losing 1,000 points").

    Predicates in ``skip`` (those with a date of their own) are left out.
    """
    words = sentence.words
    by_word = {p.word: p for p in sentence.predicates}
    if word not in by_word:
        return []
    own = by_word[word]
    out: list[tuple[int, str]] = []
    taken: set[int] = {word}

    def take(i: int, relation: str) -> None:
        if i in by_word and i not in skip and i not in taken:
            taken.add(i)
            out.append((i, relation))
            if by_word[i].kind == "noun" and relation == ARGUMENT:  # "the earthquake and tsunami hit"
                for c in children(words, i):
                    if words[c].dep == "conj" and c in by_word and by_word[c].kind == "noun":
                        take(c, ARGUMENT)

    take(elaborates, ARGUMENT)

    # conjuncts: the top of the chain, then every conjunct under it
    top = word
    while words[top].dep == "conj" and words[top].head != top:
        top = words[top].head
    chain = [top]
    for i in chain:
        chain += [c for c in children(words, i) if words[c].dep == "conj" and c not in chain]
    for i in chain:
        if i in by_word and (by_word[i].kind == "noun") == (own.kind == "noun") \
                and not _timed_apart(words, i, word, skip):
            if not _has(words, i, _SUBJECTS) or by_word[i].tense == own.tense:
                take(i, COORDINATE)
    verbs_ = [i for i in [word, *(i for i, _ in out)] if by_word[i].kind != "noun"]
    for i in verbs_:
        lemma = words[i].lemma.lower()
        if " " in by_word[i].lemma:
            lemma = by_word[i].lemma  # a phrasal verb is read as one: "dragged on", "broke out"
        for c in children(words, i):
            w = words[c]
            if w.dep == "xcomp" and lemma in aspectual:
                take(c, ARGUMENT)
            elif w.dep == "advcl" and w.pos in ("VERB", "AUX"):
                marks = [words[m].lemma.lower() for m in children(words, c) if words[m].dep == "mark"]
                if (marks and marks[0] in SIMULTANEOUS_MARKS) or (not marks and _when_clause(words, c)):
                    take(c, COORDINATE)
                elif not marks and w.tag in PARTICIPLE_TAGS and not _has(words, c, _AUX, _TO) \
                        and not any(words[a].lemma.lower() in SEQUENCE_ADVERBS for a in children(words, c)):
                    take(c, COORDINATE)  # not "took six months off in 2009, later revealing ..."
            elif w.dep == "ccomp" and lemma in reporting and by_word.get(c) is not None \
                    and by_word[c].tense == "present":
                take(c, ARGUMENT)
            elif w.dep in ("nsubj", "nsubjpass") and lemma in subject_events:
                c = subject_of(sentence, i)  # "the trial, which begins Wednesday": the trial
                if by_word.get(c) is not None and by_word[c].kind == "noun":
                    take(c, ARGUMENT)
            elif w.dep == "dobj" and lemma in consequences and by_word.get(c) is not None \
                    and by_word[c].kind == "noun":
                take(c, ARGUMENT)  # "causing heavy losses on Monday"
            elif w.dep == "prep" and (w.lemma.lower() in CONTAINER_PREPS
                                      or (w.lemma.lower() in RESULT_PREPS and lemma in result_verbs)):
                for g in children(words, c):
                    if words[g].dep == "pobj" and g in by_word and by_word[g].kind == "noun":
                        take(g, ARGUMENT)  # "in ceremonies", "suffered from large falls today"
                    elif words[g].dep == "pcomp" and words[g].tag == "VBG" and w.lemma.lower() in ("with", "without"):
                        take(g, COORDINATE)  # "saw a turbulent day, with the Dow losing 1,000 points"
            elif w.dep in ("oprd", "acomp") or (w.dep == "ccomp" and w.tag == "VBN" and not _has(words, c, _SUBJECTS)):
                take(c, ARGUMENT)  # "to remain closed until Friday", "held the markets closed until Friday"
        if words[i].dep == "xcomp" and words[words[i].head].lemma.lower() in aspectual:
            take(words[i].head, ARGUMENT)
        if words[i].dep == "advcl" and by_word.get(words[i].head) is not None \
                and by_word[words[i].head].kind != "noun" and _when_clause(words, i):
            head = words[i].head  # "four were killed and 20 injured when a bomb exploded on Sunday": both too
            while head not in taken and words[head].dep == "conj" and words[head].head != head:
                take(head, COORDINATE)
                head = words[head].head
            take(head, COORDINATE)
        if words[i].dep in ("oprd", "acomp") or (words[i].dep == "ccomp" and words[i].tag == "VBN" and (
                not _has(words, i, _SUBJECTS) or words[words[i].head].lemma.lower() in HOLDING_VERBS)):
            take(words[i].head, ARGUMENT)  # "to hold all stock markets closed until Friday": hold too
            head = words[i].head
            if words[head].dep == "xcomp" and words[words[head].head].lemma.lower() in aspectual:
                take(words[head].head, ARGUMENT)  # "has continued to hold ... closed": continued too
        if lemma in subject_events and not _has(words, i, _SUBJECTS) and words[i].dep == "xcomp":
            c = subject_of(sentence, i)  # "the merger is expected to be completed in March": the merger
            if by_word.get(c) is not None and by_word[c].kind == "noun":
                take(c, ARGUMENT)
        if words[i].dep in ("acl", "relcl") and words[i].tag == "VBN" and by_word.get(words[i].head) is not None \
                and by_word[words[i].head].kind == "noun":
            take(words[i].head, ARGUMENT)  # "a report released on Friday", "an agreement reached in 1991"
    noun = word if own.kind == "noun" else next((i for i, w in enumerate(words) if w.end == own.end), -1)
    for i in [word, noun, *(i for i, _ in list(out))]:
        for c in children(words, i) if i >= 0 else ():
            if words[c].dep in ("appos", "npadvmod") and by_word.get(c) is not None and by_word[c].kind == "noun":
                take(c, ARGUMENT)  # "posted a profit of $2.7 billion, the first gain in four years"
    if own.kind == "noun":
        verb = words[word].head
        if words[word].dep in ("nsubj", "nsubjpass") and by_word.get(verb) is not None \
                and words[verb].lemma.lower() in changes_verbs:
            take(verb, ARGUMENT)  # "first-quarter income fell 10%": the fall of the dated income
        prep = words[word].head
        if words[word].dep == "pobj" and words[prep].lemma.lower() in CONTAINER_PREPS:
            verb = words[prep].head
            for _ in range(4):  # "rose to a five-year high in morning trading": up through the level to rose
                if verb in by_word or words[verb].pos not in LEVEL_POS or words[verb].head == verb \
                        or words[verb].lemma.lower() in TEMPORAL_NOUNS:
                    break
                verb = words[verb].head
            if verb in by_word and by_word[verb].kind != "noun":
                take(verb, ARGUMENT)
    if noun >= 0:  # "a drop in sales", "the close of trading"
        preps = CHANGE_PREPS if own.lemma in changes else _OF
        for c in children(words, noun):
            if words[c].dep == "prep" and words[c].lemma.lower() in preps:
                for g in children(words, c):
                    if words[g].dep == "pobj" and g in by_word and by_word[g].kind == "noun":
                        take(g, ARGUMENT)
    return out
