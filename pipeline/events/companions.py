"""What else a date dates: the predicates that share the happening of the one it attaches to (builder rule
2b). Read from the parse alone (plain ``Word`` records), like :mod:`.syntax`, which it builds on."""

from __future__ import annotations

from typing import Sequence

from ..lang.events import COMMEMORATING, word_class
from ..records import Predicate, Sentence, Word
from .conjuncts import (
    COMMANDING,
    SEQUENCE_ADVERBS,
    SIMULTANEOUS_MARKS,
    as_clause,
    clause_children,
    comma_participle,
    dated_apart,
    dated_below,
    finite_conjuncts,
    misparsed_conjunct,
    misplaced_reports,
    perfect,
    same_teller,
    timed_apart,
    while_clause,
)
from .misparsed import free_participle, from_date_participle
from .nouns import SHOWING, noun_companions
from .objects import acted_on, rescheduling_verbs, second_object, started_apart
from .owners import CONTAINER_PREPS, PROMPTING_NOUNS, misparsed_relative, shares_time
from .participles import (
    participle_conjuncts,
    planned_participles,
    stranded_participles,
    subordinate_participle,
    trailing_participle,
)
from .results import FIGURE_PREPS, RESULTS, ends_in, held_in, market_hours, traded_in
from .syntax import ARGUMENT, COORDINATE
from .tree import (
    AUX_DEPS,
    OF_WORDS,
    SUBJECT_DEPS,
    TIME_ENTS,
    TO_WORDS,
    children,
    counted_noun,
    descends,
    has_dep,
    relative_owner,
    subject_of,
    when_clause,
)
from .whens import dated_noun_before_when

PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
CONCLUDING = frozenset({"conclude", "wind up"})  # verbs ending a happening named as their object
SPAN_NOUNS = frozenset({"day", "week", "month", "year", "hour", "round", "series", "session"})  # "two weeks of talks"
THINGS = frozenset({"idea", "information", "product", "weapon"})  # classes of nouns that do no happening ("a bomb")
HOLDING_VERBS = frozenset({"hold", "keep", "leave"})  # a state they hold a thing in: "kept the plant closed"
# a noun these modify is told of or asked for then, not made then ("the merger, announced in July, was
# completed on Oct. 1": the merger is October's; "a report released on Friday" is Friday's). Plans are not
# here: "the vote scheduled for Sunday", "the elections called for March" are the plan's date
TELLING_PARTICIPLES = frozenset({"announce", "approve", "confirm", "demand", "disclose", "forecast", "order", "report",
                                 "predict", "propose", "reveal", "unveil", "urge"})
ASKED = frozenset({"ask", "contact", "interview", "press", "question", "reach"})  # "Asked on Monday, he said"
# trips, and what they are for: "goes before Congress tonight to deliver his address", "return Monday for talks"
MOVING = frozenset({"go", "come", "travel", "fly", "head", "arrive", "return", "drive", "sail"})
# verbs of coming together for a happening, which is then too: "gathered today for the funeral"
GATHERING = frozenset({"assemble", "congregate", "convene", "crowd", "flock", "gather", "line up", "meet", "queue",
                       "reconvene", "sit", "sit down", "turn out"})
# what a vote does as it is taken: "voted on Monday to approve the sale" (not "voted to strike next month")
DECIDED_BY_VOTE = frozenset({"accept", "acquit", "adopt", "amend", "approve", "authorize", "back", "censure",
                             "confirm", "convict", "elect", "endorse", "expel", "impeach", "oust", "overturn",
                             "pass", "ratify", "reject", "remove", "repeal", "uphold"})
OUTCOMES = frozenset({"victory", "win", "triumph", "defeat"})  # "swept to victory on Sunday": the victory too
RESULT_PREPS = frozenset({"from", "with"})  # "suffered from large falls", "ended the day with a loss"
CHANGE_PREPS = frozenset({"in", "of"})  # "a drop in sales"


# what a text is told in: "In a letter sent on Friday, the minister accused ..."
DOCUMENTS = frozenset({"address", "article", "broadcast", "call", "communique", "e-mail", "editorial", "email",
                       "interview", "letter", "memo", "message", "note", "report", "speech", "statement", "testimony",
                       "video"})
# what findings made public then show: "data released on Tuesday showed", "a study published in 1996 found"
PUBLISHED = frozenset({"complete", "conduct", "issue", "post", "publish", "release", "take"})
GERUND_PREPS = frozenset({"from", "for", "by"})  # "barred him from leaving", "held for questioning", "by firing"


QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})

AFTER_MARK, AFTER_WORD = frozenset({"mark"}), frozenset({"after"})  # "killed after an explosion ripped"


def _happening_object(words: Sequence[Word], obj: int, by_word: dict[int, Predicate]) -> int:
    """The event noun an object is or counts ("a two-week review", "two weeks of talks"), or -1."""
    if obj in by_word:
        return obj if by_word[obj].kind == "noun" else -1
    return next((g for p in children(words, obj) if words[p].lemma == "of" for g in children(words, p)
                 if g in by_word and by_word[g].kind == "noun"), -1) if words[obj].lemma in SPAN_NOUNS else -1


def _harm_above(words: Sequence[Word], verb: int, harms: frozenset[str]) -> bool:
    """Is the verb at ``verb``, or the one it is coordinated with, a harm ("were killed and others were missing")?"""
    up = words[verb].head if words[verb].dep == "conj" else verb
    return words[verb].lemma.lower() in harms or words[up].lemma.lower() in harms


def _quoted(words: Sequence[Word], clause: int, verb: int) -> bool:
    """Is the clause at ``clause``, reported by ``verb``, a quotation (a quotation mark between them)?"""
    lo, hi = sorted((clause, verb))
    return any(words[k].lemma in QUOTES for k in range(lo, hi))


def companions(sentence: Sentence, word: int, *, skip: frozenset[int] | set[int] = frozenset(),
               aspectual: frozenset[str] = frozenset(), reporting: frozenset[str] = frozenset(),
               changes: frozenset[str] = frozenset(), subject_events: frozenset[str] = frozenset(),
               consequences: frozenset[str] = frozenset(), changes_verbs: frozenset[str] = frozenset(),
               result_verbs: frozenset[str] = frozenset(), clause_verbs: frozenset[str] = frozenset(),
               plans: frozenset[str] = frozenset(), harms: frozenset[str] = frozenset(), elaborates: int = -1,
               date_word: int = -1) -> list[tuple[int, str]]:
    """The predicates (word index, relation) that a date attached to the predicate at ``word`` dates too.

    Coordinate (``COORDINATE``): its conjuncts ("fell 2% and closed at 10,000 on Friday"; a conjunct with a
    subject of its own only in the same tense: "sales fell and profits rose in March"), its participle
    clauses and "when"/"while"/"as" clauses ("crashed in June, killing all 228 people on board"; "was
    heating soup when he was shot on Monday"), not "to" clauses of purpose; and what such a clause holds in
    turn ("speaking at a news conference Thursday, declined": the conference; "having lost 1%, bringing it to").

    Argument (``ARGUMENT``): the complement of an aspectual verb, or the aspectual verb of a complement
    ("began selling in 2006"); the verb at ``elaborates`` (:func:`.redirects.elaborated`); the event object of a verb of
    consequence ("causing heavy losses"); the event subject of a verb of change, aspect or consequence
    ("sales fell in January", "the trial began Wednesday", "the earthquake hit a week ago"); an event noun
    it holds in "in", "at" or "during" ("delivered the jet on Tuesday in ceremonies"); a present-tense
    clause it reports ("announced today that it is exercising its options"); for an event noun in such a
    phrase, the verb it hangs from ("entered it into the record during a speech last week"); the event a
    noun is of ("the close of trading Thursday"; for a noun of change, also "in": "a drop in sales in
    March"); the conjuncts of an event noun taken ("the earthquake and tsunami hit a week ago"); the verb
    of change a dated event noun is the subject of ("first-quarter income fell 10%"), the aspectual verb it is
    the object of ("completed the sale of its unit to Dow on Monday"); an event noun in
    apposition ("a profit of $2.7 billion, the first gain in four years"); an event noun a verb of change,
    aspect or consequence has after "from" or "with" ("suffered from large falls today"); a state a verb
    holds ("to remain closed until Friday": remain and closed).

    Coordinate also: a "with" clause ("saw a turbulent day, with the Dow losing 1,000 points"; any verb's when
    the clause has its own subject); a past verb the parser joined to an infinitive ("promised to hold elections
    and lifted the curfew"); a participle set off after what a past verb voted or agreed to ("voted Thursday to
    ratify a contract, ending a strike"); the verb a "while" clause hangs on ("crashed while landing on
    Saturday"); a clause of its own subject after a parenthetical report is the reported clause's ("prices rose
    in October, the department said yesterday, as energy costs jumped").

    Argument also: the verb of an event object the parser hung the date on ("won the Boston Marathon in 2011",
    "is expected to consider the request on July 31"), unless it reports, plans (``plans``: "expected a profit in
    2014") or recalls, or the date is the period of a figure ("for the current quarter"); the harm (``harms``) a
    dated event named by a relative clause did ("a fire that broke out early Sunday killed six people"); an
    undated event noun it acts on or leads to (:func:`.objects.acted_on`: "foiled an escape attempt on Friday").

    Predicates in ``skip`` (those with a date of their own) are left out; ``date_word`` is the first word of
    the date (a conjunct with a subject of its own shares it only when it is not between them).
    """
    words = sentence.words
    by_word = {p.word: p for p in sentence.predicates}
    if word not in by_word:
        return []
    own = by_word[word]
    out: list[tuple[int, str]] = []
    taken: set[int] = {word}

    verbs_: list[int] = []

    def take(i: int, relation: str) -> None:
        if i in by_word and i not in skip and i not in taken:
            taken.add(i)
            out.append((i, relation))
            if verbs_ and by_word[i].kind != "noun" and relation == COORDINATE and words[i].dep in ("advcl", "pcomp"):
                verbs_.append(i)  # a participle or "when" clause taken: what it holds in "at" too
            if by_word[i].kind == "noun" and relation == ARGUMENT:  # "the earthquake and tsunami hit"
                for c in children(words, i):
                    if words[c].dep == "conj" and c in by_word and by_word[c].kind == "noun":
                        take(c, ARGUMENT)

    take(elaborates, ARGUMENT)

    # conjuncts: the top of the chain, then every conjunct under it
    top = word
    while words[top].dep == "conj" and words[top].head != top:
        top = words[top].head
    chain = [top, *(misplaced_reports(words, word, reporting) if words[word].lemma.lower() in reporting else ())]
    for i in chain:
        chain += [c for c in children(words, i) if words[c].dep == "conj" and c not in chain]
        chain += [k for c in children(words, i) if words[c].dep == "xcomp" for k in finite_conjuncts(words, c)
                  if k not in chain]
    # a date that bounds a span ("kept her in her post through June 2001, ending weeks of speculation"): no time of a
    # consequence set off after it, nor of an order beside it ("extended the mission until April 30 and urged ...")
    bound = date_word > 0 and words[date_word - 1].lemma.lower() in ("through", "until", "till")
    for i in chain:
        if bound and i > word and words[i].lemma.lower() in COMMANDING:
            continue
        if i < word and words[i].dep == "conj" and words[i].head != word and has_dep(words, word, SUBJECT_DEPS) \
                and not has_dep(words, i, SUBJECT_DEPS) and dated_apart(words, words[i].head, word, i):
            continue  # one sharing the subject of an earlier verb with a date: "an explosion Saturday killed two
            # workers and injured 14, and officials said yesterday" (injured is Saturday's)
        if i in by_word and (by_word[i].kind == "noun") == (own.kind == "noun") \
                and not timed_apart(words, i, word, skip, plans) and perfect(words, i) == perfect(words, word):
            # a conjunct of its own subject in the same tense ("sales fell and profits rose in March"), one
            # sharing the subject in any tense but another one told ("pleaded guilty last year and is awaiting
            # sentencing": the awaiting is now)
            tenses = {by_word[i].tense, own.tense}
            if (not has_dep(words, i, SUBJECT_DEPS) and not (None not in tenses and len(tenses) > 1)) \
                    or (by_word[i].tense == own.tense and not min(i, word) < date_word < max(i, word)
                        and not (i < word and has_dep(words, word, SUBJECT_DEPS) and dated_apart(words, i, word))) \
                    or (by_word[i].tense == own.tense == "past" and i > word and by_word[i].kind == "verb"
                        and words[i].lemma.lower() not in reporting and not dated_below(words, i)) \
                    or (own.tense == by_word[i].tense == "past" and i > word
                        and same_teller(words, word, i, reporting)):
                # a later past conjunct of its own subject with no date anywhere in it takes the first's ("met here
                # this afternoon, and the two sides agreed to hold talks"; not a report, nor "were ordered to
                # evacuate today")
                # (nor a first one with a date of its own: "will lose two days of their April vacation, and
                # classes will run until June 24")
                # a conjunct of its own subject does not take a date set in the other clause only ("resumed
                # their talks Tuesday, and officials said they hoped ..."); a later report of the teller, told by a
                # pronoun, does ("said yesterday that its income fell ..., and it warned that ...")
                take(i, COORDINATE)
    loose = comma_participle(words, word, by_word.keys()) \
        if by_word[word].kind != "noun" and words[word].dep != "relcl" else -1  # not a relative clause's
    if loose < 0 and by_word[word].kind == "verb" and words[word].dep in ("ROOT", "conj"):
        loose = subordinate_participle(words, word, by_word.keys(), reporting, skip)
    for k in [*stranded_participles(words, word, consequences), *planned_participles(words, word),
              *([loose] if loose >= 0 and by_word[loose].kind == "verb" else [])]:
        take(k, COORDINATE)
        for g in participle_conjuncts(words, k, "VBG"):  # "..., killing three people and wounding 170"
            take(g, COORDINATE)
    verbs_ += [i for i in [word, *(i for i, _ in out)] if by_word[i].kind != "noun"]
    since = date_word > 0 and words[date_word - 1].lemma.lower() == "since"
    not_acting = reporting | plans | MOVING  # verbs whose event objects are no happening of theirs (.objects)
    event_nouns = {k for k, p in by_word.items() if p.kind == "noun"}
    for i in verbs_:  # grows with the clauses taken on the way: "speaking at a news conference Thursday"
        lemma = words[i].lemma.lower()
        if " " in by_word[i].lemma:
            lemma = by_word[i].lemma  # a phrasal verb is read as one: "dragged on", "broke out"
        for c in clause_children(words, i, reporting):
            w = words[c]
            if w.dep == "dobj" and lemma in ("address", "brief", "hear", "tell") and by_word.get(c) is not None \
                    and by_word[c].kind == "noun":
                take(c, ARGUMENT)  # "told a news conference this afternoon": the conference is then too; "will hear
                # arguments on Oct. 15": the arguments
            if w.dep == "xcomp" and lemma == "vote" and w.lemma.lower() in DECIDED_BY_VOTE:
                take(c, ARGUMENT)  # "voted 142-87 late Monday to approve the sale": the approval is the vote
            if w.dep in ("xcomp", "advcl") and by_word[i].tense == "past" and has_dep(words, c, AUX_DEPS, TO_WORDS):
                # a participle set off after what was voted or agreed on is the voting's: "voted Thursday to
                # ratify a contract, ending a strike" (or after its purpose: "approved a bond issue Tuesday to build
                # two schools, reversing a defeat in 1996")
                for k in children(words, c):
                    if trailing_participle(words, k, c):
                        take(k, COORDINATE)
            if (w.dep == "xcomp" or (w.dep == "dobj" and w.tag == "VBG")) and lemma in aspectual:
                take(c, ARGUMENT)  # "began selling", "will resume trading Tuesday" (a gerund object)
            elif w.dep == "dobj" and lemma in aspectual | CONCLUDING \
                    and (k := _happening_object(words, c, by_word)) >= 0 and not started_apart(words, k):
                take(k, ARGUMENT)  # "wrapped up a two-week review on Thursday", "ended two weeks of talks on Friday"
            elif w.dep in ("xcomp", "advcl") and w.tag == "VBG" and lemma == "spend":
                take(c, ARGUMENT)  # "spent the weekend campaigning": the campaigning too
            elif w.dep == "advcl" and lemma in GATHERING | MOVING and w.tag == "VB" \
                    and has_dep(words, c, AUX_DEPS, TO_WORDS) and not any(
                        words[k].ent in TIME_ENTS and descends(words, k, c) for k in range(c, len(words))):
                # what a gathering or a trip is for: "will meet in Jakarta later this month to discuss", "goes
                # before Congress tonight to deliver his address" (not "flew to Paris Monday to attend talks Tuesday")
                take(c, COORDINATE)
            elif w.dep in ("advcl", "xcomp") and ends_in(words, lemma, c, changes_verbs):
                take(c, ARGUMENT)  # "rebounded on Monday to close at 8,962", "beat Nadal on Sunday to win the title"
            elif w.dep == "advcl" and w.pos in ("VERB", "AUX") and not from_date_participle(words, c):
                marks = [words[m].lemma.lower() for m in children(words, c) if words[m].dep == "mark"]
                if marks == ["as"] and w.tag == "VBN" and not has_dep(words, c, SUBJECT_DEPS | AUX_DEPS):
                    continue  # "left rates unchanged on Thursday, as expected": a comment, not a happening
                if (marks and marks[0] in SIMULTANEOUS_MARKS) or (not marks and when_clause(words, c)):
                    if marks or not dated_noun_before_when(words, c):  # not "came after the 1987 crash, when"
                        take(c, COORDINATE)
                        for k in children(words, c) if c not in skip else ():  # "when a gunman released his
                            if words[k].dep == "conj" and words[k].pos == "VERB":  # hostages and surrendered"
                                if has_dep(words, k, SUBJECT_DEPS):
                                    break  # (not past a clause of its own: "while surveying bats, and a team
                                take(k, COORDINATE)  # returned in January and counted 14 more")
                elif not marks and w.tag in PARTICIPLE_TAGS and not has_dep(words, c, AUX_DEPS, TO_WORDS) \
                        and not (bound and words[c - 1].lemma == "," and c > date_word) \
                        and not (words[i].dep == "relcl" and words[c - 1].lemma == "," and w.lemma.lower()
                                 not in consequences) \
                        and not any(words[a].lemma.lower() in SEQUENCE_ADVERBS and words[a].dep == "advmod"
                                    for a in children(words, c)) \
                        and not any(k in skip and by_word[k].kind != "noun" and words[k].dep not in ("pcomp", "xcomp")
                                    for k in range(i + 1, c) if k in by_word):
                    take(c, COORDINATE)  # not "took six months off in 2009, later revealing ...", nor a comma
                    # participle the parser hung on a relative clause ("continue a strike that began April 5,
                    # rejecting an offer": the rejecting is not April 5's), unless of consequence (killing)
                    for k in participle_conjuncts(words, c, w.tag):  # "..., killing 100 people and forcing
                        take(k, COORDINATE)  # 800,000 to flee"
            elif w.dep == "ccomp" and lemma not in clause_verbs | reporting and misparsed_conjunct(words, i, c) \
                    and by_word.get(c) is not None and by_word[c].tense == by_word[i].tense:
                take(c, COORDINATE)  # "shelled the town and rebels attacked a convoy", parsed as a clause
            elif w.dep == "ccomp" and lemma in reporting and by_word.get(c) is not None and not _quoted(words, c, i) \
                    and (by_word[c].tense == "present" or (w.tag == "VBG" and words[i].tag == "VBD" and any(
                        words[a].dep == "aux" and words[a].lemma == "be" and words[a].tag == "VBD"
                        for a in children(words, c)))):
                # not a quotation: "'We are ready to talk,' he told reporters today'; what was going on as it was
                # told: "said Tuesday evening that all systems were working normally"
                take(c, ARGUMENT)
            elif w.dep in ("nsubj", "nsubjpass") and i == word and since and perfect(words, i) \
                    and by_word.get(c) is not None and by_word[c].kind == "noun":
                take(c, ARGUMENT)  # a happening that has gone on since a date: "fighting has raged since
                # mid-November", "at least 14 deaths have been blamed on the heat since July 28"
            elif (w.dep in ("nsubj", "nsubjpass") or (w.dep == "agent" and lemma in consequences)) \
                    and lemma in subject_events:
                # "the trial, which begins Wednesday": the trial; "a series of explosions rocked": explosions;
                # "was hit by a quake in January 1997": the quake
                c = counted_noun(words, subject_of(sentence, i) if w.dep != "agent" else next(
                    (g for g in children(words, c) if words[g].dep == "pobj"), c))
                c = relative_owner(words, i, c, event_nouns)  # "a strike at Crestline Motors, which began"
                if by_word.get(c) is not None and by_word[c].kind == "noun":
                    take(c, ARGUMENT)
            elif w.dep == "nsubj" and c < i and by_word[i].kind == "verb" and by_word[i].tense == "past" \
                    and lemma not in not_acting | rescheduling_verbs() | changes_verbs \
                    and not word_class(w.lemma) & THINGS \
                    and not has_dep(words, i, AUX_DEPS) and by_word.get(c) is not None and by_word[c].kind == "noun" \
                    and not any(words[k].ent in TIME_ENTS and descends(words, k, c) for k in range(len(words))):
                take(c, ARGUMENT)  # a happening that did what its dated verb tells: "a gas explosion leveled a house
                # early Sunday", "An inquiry later that year blamed the dam's owner"
            elif w.dep == "dobj" and lemma in consequences and by_word.get(c) is not None \
                    and by_word[c].kind == "noun":
                take(c, ARGUMENT)  # "causing heavy losses on Monday"
            elif w.dep == "dobj" and by_word.get(c) is not None and by_word[c].kind == "noun" \
                    and second_object(words, i, c):
                take(c, ARGUMENT)  # "raised its rate on Wednesday, its first increase since 1994": an apposition
            elif w.dep == "prep" and w.lemma.lower() == "with" and any(
                    words[g].dep == "pcomp" and words[g].tag == "VBG" and has_dep(words, g, SUBJECT_DEPS)
                    for g in children(words, c)):
                for g in children(words, c):  # "extended its rally, with the Dow climbing 76 points": what it tells
                    if words[g].dep == "pcomp" and words[g].tag == "VBG":
                        take(g, COORDINATE)
            elif w.dep == "prep" and w.lemma.lower() in FIGURE_PREPS and (held := traded_in(words, c, by_word)) >= 0:
                take(held, ARGUMENT)  # "fell 50 cents to $21.375 in composite trading yesterday": the trading
            elif w.dep == "prep" and (w.lemma.lower() in CONTAINER_PREPS or shares_time(words, c)
                                      or (w.lemma.lower() in RESULT_PREPS and lemma in result_verbs)
                                      or (w.lemma.lower() == "for" and lemma in GATHERING | RESULTS | MOVING)
                                      or (w.lemma.lower() == "to" and any(words[g].lemma.lower() in OUTCOMES
                                                                          for g in children(words, c)))):
                # "for" after a gathering or a trip: "gathered in a park today for the funeral", "sat down for talks",
                # "due to return Monday for a new round of talks"; after a result: "beat the Athletics 7-3 for their
                # fifth straight victory"; just after: "crashed shortly after takeoff from Flores on Sunday morning"
                for g in children(words, c):
                    if words[g].dep == "pobj" and g in by_word and by_word[g].kind == "noun" \
                            and words[g].lemma.lower() not in PROMPTING_NOUNS:
                        take(g, ARGUMENT)  # "in ceremonies", "suffered from large falls today"
                    elif words[g].dep == "pcomp" and words[g].tag == "VBG" and w.lemma.lower() in ("with", "without"):
                        take(g, COORDINATE)  # "saw a turbulent day, with the Dow losing 1,000 points"
            elif acted := acted_on(words, c, by_word, lemma, not_acting):
                for k in acted:  # "foiled an escape attempt on Friday", "will go on display next year" (a trip's
                    # purpose is the trip's: "came to Moscow on an official visit", rule 2c)
                    take(k, ARGUMENT)
            elif w.dep == "dobj" and (held := held_in(words, c, by_word)) >= 0:
                take(held, ARGUMENT)  # "to leave rates unchanged at its meeting next Tuesday" ("at" on "unchanged")
            elif w.dep in ("oprd", "acomp") or (
                    w.dep == "ccomp" and w.tag == "VBN" and not has_dep(words, c, SUBJECT_DEPS)):
                take(c, ARGUMENT)  # "to remain closed until Friday", "held the markets closed until Friday"
        if words[i].dep == "xcomp" and words[words[i].head].lemma.lower() in aspectual:
            take(words[i].head, ARGUMENT)
        if words[i].dep == "advcl" and i < words[i].head and free_participle(words, i) \
                and (words[i].tag == "VBG" or (words[i].tag == "VBN" and lemma in ASKED)):
            # a participle clause set before its verb tells the same moment: "Arriving in Paris on Monday, he
            # met the president", "Asked on Monday about the report, the spokesman declined to comment"; not
            # a past participle of background ("Founded in 1875, the company grew")
            take(words[i].head, COORDINATE)
        prep = words[i].head
        if words[i].dep == "pcomp" and words[i].tag == "VBG" and words[prep].lemma.lower() in GERUND_PREPS \
                and by_word.get(words[prep].head) is not None and by_word[words[prep].head].kind != "noun" \
                and not has_dep(words, i, SUBJECT_DEPS | AUX_DEPS):
            # the verb a gerund of prevention or purpose completes: "blocked inspectors from entering a building
            # on Tuesday", "detained six people for questioning Sunday"; not "arrested after leaving the bar"
            take(words[prep].head, ARGUMENT)
        held = words[prep].head  # here: the verb whose "in" phrase holds the document this participle sends
        if words[i].dep == "acl" and words[i].tag == "VBN" and words[prep].lemma.lower() in DOCUMENTS \
                and words[prep].dep == "pobj" and words[words[prep].head].lemma.lower() == "in" \
                and by_word.get(words[held].head) is not None and by_word[words[held].head].kind != "noun":
            # "In a letter sent to the council on Friday, the minister accused the inspectors": the accusing
            take(words[held].head, ARGUMENT)
        if words[i].dep == "acl" and words[i].tag == "VBG" and words[words[i].head].dep == "nsubj" \
                and i < words[words[i].head].head and i > 0 and words[i - 1].lemma == "," \
                and not has_dep(words, i, SUBJECT_DEPS | AUX_DEPS):
            # set off by commas: "The minister, speaking on Tuesday, defended it"; not "workers earning $5"
            take(words[words[i].head].head, COORDINATE)
        clause = i  # the clause's verb above infinitives: "crashed while trying to land late Sunday"
        for _ in range(3):
            if words[clause].dep != "xcomp" or words[clause].head == clause:
                break
            clause = words[clause].head
        inside = date_word < 0 or descends(words, date_word, clause) \
            or not descends(words, date_word, words[clause].head)
        if words[clause].dep == "advcl" and by_word.get(words[clause].head) is not None \
                and by_word[words[clause].head].kind != "noun" and inside \
                and (when_clause(words, clause) or while_clause(words, clause) or as_clause(words, clause, reporting)
                     or (_harm_above(words, words[clause].head, harms)
                         and has_dep(words, clause, AFTER_MARK, AFTER_WORD))
                     or market_hours(words, clause)):
            # "four were killed and 20 injured when a bomb exploded on Sunday": both too (not the verb above when the
            # clause tells of its date: "reversed the position it took a month ago, when members said"); not "had
            # agreed to lease them, but in 2003 a scandal erupted when ..."; a harm "after" its cause ("12 miners were
            # killed after an explosion ripped through the mine late Wednesday"); what is done as the market opens
            # or closes ("announced the results after the market closed yesterday")
            head = words[clause].head
            while words[head].dep == "conj" and words[head].head != head and not any(
                    words[c].dep == "cc" and words[c].lemma.lower() in BUT and words[head].head < c < head
                    for c in children(words, words[head].head)):
                take(head, COORDINATE)
                head = words[head].head
            take(head, COORDINATE)
            for k in children(words, head) if clause != i else ():  # "..., killing all 44 people on board"
                if trailing_participle(words, k, clause):
                    take(k, COORDINATE)
        if words[i].dep in ("oprd", "acomp") or (words[i].dep == "ccomp" and words[i].tag == "VBN" and (
                not has_dep(words, i, SUBJECT_DEPS) or words[words[i].head].lemma.lower() in HOLDING_VERBS)):
            take(words[i].head, ARGUMENT)  # "to hold all stock markets closed until Friday": hold too
            head = words[i].head
            if words[head].dep == "xcomp" and words[words[head].head].lemma.lower() in aspectual:
                take(words[head].head, ARGUMENT)  # "has continued to hold ... closed": continued too
        if lemma in subject_events and not has_dep(words, i, SUBJECT_DEPS) and words[i].dep == "xcomp":
            c = subject_of(sentence, i)  # "the merger is expected to be completed in March": the merger
            if by_word.get(c) is not None and by_word[c].kind == "noun":
                take(c, ARGUMENT)
        noun = words[i].head
        if words[i].dep == "relcl" and by_word.get(noun) is not None and by_word[noun].kind == "noun" \
                and words[noun].dep == "nsubj" and by_word.get(words[noun].head) is not None \
                and not any(words[k].lemma == "," for k in range(noun, i)) \
                and by_word[words[noun].head].kind == "verb" and words[words[noun].head].tag == "VBD" \
                and words[words[noun].head].lemma.lower() in harms:
            # the harm done as it happened: "a fire that broke out early Sunday killed six people" (not after a
            # comma: "the storm, which hit on Monday, killed"; nor what may come later: "disrupted trading")
            take(words[noun].head, COORDINATE)
        if words[i].dep in ("acl", "relcl") and words[i].tag == "VBN" and by_word.get(words[i].head) is not None \
                and by_word[words[i].head].kind == "noun" and lemma not in TELLING_PARTICIPLES \
                and not when_clause(words, i):  # (not "the first shooting since 1996, when two were wounded")
            take(words[i].head, ARGUMENT)  # "a report released on Friday", "an agreement reached in 1991"
        if words[i].dep == "acl" and words[i].tag == "VBN" and lemma in PUBLISHED:
            findings = noun  # "figures released this morning showed": what they show is then told
            if words[findings].dep == "pobj" and words[words[findings].head].lemma.lower() == "of":
                findings = words[words[findings].head].head  # "a survey of 800 farmers released Monday"
            shown = words[findings].head
            if words[findings].dep == "nsubj" and words[shown].lemma.lower() in SHOWING \
                    and by_word.get(shown) is not None and by_word[shown].kind == "verb":
                take(shown, ARGUMENT)
    noun = word if own.kind == "noun" else next((i for i, w in enumerate(words) if w.end == own.end), -1)
    for i in [word, noun, *(i for i, _ in list(out))]:
        for c in children(words, i) if i >= 0 else ():
            if words[c].dep in ("appos", "npadvmod") and by_word.get(c) is not None and by_word[c].kind == "noun":
                take(c, ARGUMENT)  # "posted a profit of $2.7 billion, the first gain in four years"
        if i in by_word and by_word[i].kind == "noun":  # "floods last month that killed 30 people"
            take(misparsed_relative(words, i, consequences), COORDINATE)
    if own.kind == "noun":
        for k, relation in noun_companions(
                words, word, by_word, date_word, aspectual=aspectual, reporting=reporting, changes=changes,
                subject_events=subject_events, consequences=consequences, changes_verbs=changes_verbs,
                clause_verbs=clause_verbs, plans=plans):
            if relation == COORDINATE and words[k].head in skip and words[k].head != word:
                continue  # a clause of a verb with a date of its own is that date's: "acquitted him late Saturday
                # in the 2011 shooting of a motorist, ending a trial" (the ending is Saturday's)
            take(k, relation)  # the verb a dated event noun is of, what it did, the phrase around it (.nouns)
            for c in children(words, k) if by_word.get(k) is not None and by_word[k].kind == "verb" else ():
                if words[c].dep == "conj" and not has_dep(words, c, SUBJECT_DEPS) and by_word.get(c) is not None \
                        and (by_word[c].lemma in harms or by_word[c].lemma in consequences):
                    take(c, COORDINATE)  # "an explosion Saturday killed two workers and injured 14": injured too
    for i, relation in [*([(word, ARGUMENT)] if own.kind == "noun" else []), *out]:
        # an event noun taken along and said to hold a statement: "In a statement issued late Tuesday, the
        # company said ...": said too; and what is done in a text ("condemned the attack in a statement issued late
        # Wednesday", "claimed responsibility for the bombing in a telephone call to reporters Thursday night")
        prep = words[i].head
        holder = words[prep].head
        for _ in range(3) if words[i].lemma.lower() in DOCUMENTS else ():
            if words[holder].dep == "dobj":
                holder = words[holder].head  # (the parser may hang the text on the object: "condemned the attack in")
            elif words[holder].dep == "pobj" and words[holder].pos in ("NOUN", "PROPN") and by_word.get(holder) \
                    is not None and words[words[holder].head].lemma.lower() == "for":
                holder = words[words[holder].head].head  # (or on what is claimed: "responsibility for the attack")
            else:
                break
        if by_word[i].kind == "noun" and relation == ARGUMENT and words[i].dep == "pobj" \
                and words[prep].lemma.lower() == "in" and holder in by_word and by_word[holder].kind != "noun" \
                and (words[holder].lemma.lower() in reporting or words[i].lemma.lower() in DOCUMENTS):
            take(holder, ARGUMENT)
    if noun >= 0 and words[noun].lemma.lower() not in COMMEMORATING:  # "a drop in sales", "the close of trading"
        # (not what an anniversary is of: "marked the anniversary of its return today", long gone)
        preps = CHANGE_PREPS if own.lemma in changes else OF_WORDS
        for c in children(words, noun):
            if words[c].dep == "prep" and words[c].lemma.lower() in preps:
                for g in children(words, c):
                    if words[g].dep == "pobj" and g in by_word and by_word[g].kind == "noun":
                        take(g, ARGUMENT)
    return out


BUT = frozenset({"but", "yet"})  # a contrast between conjuncts: not one happening
