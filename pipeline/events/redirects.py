"""Where a date really goes when the parse hangs it on another predicate: the verb an aspectual phrase on
the date elaborates, an event noun subject right before the date, the result a report is of, what a verb of
scheduling moves, and through verbs of intention to the planned event (builder rules 2 and 2b). Plain
``Word`` records, like :mod:`.syntax`, which it builds on."""

from __future__ import annotations

import re
from typing import Sequence

from ..lang.events import (
    COMMEMORATING,
    DEADLINE_GIVERS,
    DEADLINE_WORDS,
    FORECAST_SPANS,
    FORECAST_VERBS,
    PERIOD_WORDS,
    lookup,
    word_class,
)
from ..records import Predicate, Sentence, Word
from .tree import (
    AUX_DEPS,
    SUBJECT_DEPS,
    TIME_ENTS,
    TO_WORDS,
    children,
    date_head,
    date_words,
    descends,
    has_dep,
    light_verb_event,
    nouns_at,
    period_only,
    verb_at,
    word_before,
)

_OBJECTS = frozenset({"dobj", "npadvmod"})
# what a report tells of a figure is the figure's period, not the report's: "reported a loss in the quarter"
FIGURE_TYPES = frozenset({"earnings", "sales", "economy", "market", "yield"})
NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})  # "third-quarter profit"
_DAY_ENDS = frozenset({"close", "open"})  # "fell 3% to close the day at 7,100"
RESCHEDULED_TO = frozenset({"until", "till", "to", "for", "through"})  # "postponed the vote until next week"
FORESEEN_SPANS = FORECAST_SPANS | {"until", "by"}  # the period a thing is foreseen for, or until
RIGHT_BEFORE = frozenset({"on", "in", "at"})  # what may stand between an event noun and its date
RE_YEAR = re.compile(r"1\d{3}|20\d{2}")  # a year written out: a date long gone, or ahead
FORMER_PLAN_ADVERBS = frozenset({"originally", "initially", "previously"})  # "originally set for March 3"


def elaborated(sentence: Sentence, pred: Predicate, start: int, end: int, *, aspectual: frozenset[str],
               changes: frozenset[str] = frozenset()) -> int:
    """The verb an aspectual phrase on the date elaborates ("fell 3% to end the day at 7,114": fell, dated by
    "the day" as well), by word index, or -1. A complement (``xcomp``) elaborates only a verb of change
    (``changes``): "agreed to resume talks next week" is no agreement of next week."""
    words = sentence.words
    if pred.kind == "noun" or words[pred.word].lemma.lower() not in aspectual | _DAY_ENDS:
        return -1
    inside = set(date_words(words, start, end))
    if any(words[i].head == pred.word and words[i].dep in _OBJECTS for i in inside):
        head = words[pred.word].head
        dep = words[pred.word].dep
        marked = any(words[c].dep == "mark" for c in children(words, pred.word))  # "since rains began last week"
        own_subject = dep == "conj" and has_dep(words, pred.word, SUBJECT_DEPS)  # "and an inquiry will open"
        if head != pred.word and not marked and not own_subject \
                and (dep in ("advcl", "conj") or (dep == "xcomp" and words[head].lemma in changes)):
            return head
    return -1


REPORTS = frozenset({"report"})  # a report is issued when it is, on the period it covers


def _report_on(words: Sequence[Word], report: int, inside: set[int]) -> bool:
    """Does the date (word indexes ``inside``) name the period a report at ``report`` is for or on ("Friday's
    employment report for September", "today's report on July payrolls"), not when it is issued?"""
    node = next((i for i in inside if words[i].head not in inside), -1)
    while node >= 0 and words[node].dep in _COMPOUND_DEPS and words[node].head != node:
        node = words[node].head
    if node < 0 or words[node].dep != "pobj" or not period_only(words, inside):
        return False
    prep = words[node].head
    return words[prep].lemma.lower() in ("for", "on") and words[prep].head == report


RELEASING = frozenset({"release", "publish", "issue", "announce", "unveil", "post", "report", "present", "submit"})
_COMPOUND_DEPS = frozenset({"compound", "nmod", "amod", "poss"})


def period_reported(sentence: Sentence, pred: Predicate, start: int, end: int) -> bool:
    """Does the date name the period of figures a verb releases or reports, not when it does so ("will release
    November retail sales figures tomorrow", "figures for the weekend will be released today": November and the
    weekend are the figures', tomorrow and today the releasing's)?"""
    words = sentence.words
    if pred.kind == "noun" and words[pred.word].lemma.lower() in REPORTS:
        return _report_on(words, pred.word, set(date_words(words, start, end)))
    if pred.kind != "verb" or words[pred.word].lemma.lower() not in RELEASING:
        return False
    inside = set(date_words(words, start, end))
    root = next((i for i in inside if words[i].head not in inside), -1)
    if root < 0:
        return False
    noun = words[root].head
    objects = [c for c in children(words, pred.word) if words[c].dep == "dobj" and c > root]
    if words[root].dep == "pobj" and (words[noun].lemma.lower() == "for" or (
            words[noun].lemma.lower() in ("on", "of") and period_only(words, inside))):
        # "figures for the weekend": a period, whatever its length; "a report on July payrolls" (not "released
        # the plan on Sunday": the releasing's day)
        prep, noun = noun, words[noun].head
        if noun == pred.word:  # the parser hung it on the verb: "release sales figures for October tomorrow"
            noun = max((c for c in children(words, noun) if words[c].dep == "dobj" and c < root), default=-1) \
                if words[prep].lemma.lower() == "for" else -1
    elif words[root].dep in _COMPOUND_DEPS and period_only(words, inside):
        pass  # "third-quarter earnings figures"
    elif words[root].dep == "npadvmod" and noun == pred.word and objects and period_only(words, inside) \
            and all(words[k].dep in _COMPOUND_DEPS for k in range(root + 1, objects[0])):
        noun = objects[0]  # a modifier the parser hung on the verb: "release November retail sales figures"
    else:
        return False
    while words[noun].dep == "compound" and words[noun].head != noun:
        noun = words[noun].head
    return noun >= 0 and "information" in word_class(words[noun].lemma.lower()) and words[noun].head == pred.word \
        and words[noun].dep in ("dobj", "nsubjpass")


COMMITTING = frozenset({"agree", "decide", "promise", "pledge", "vow", "offer", "threaten", "consent"})


def committed_then(sentence: Sentence, pred: Predicate, *, past: bool) -> Predicate:
    """A ``past`` date on what a past verb of commitment commits to dates the commitment: "agreed to buy
    Coastline last October" (the agreeing; the buying comes after), not "agreed to resume talks next week"."""
    words = sentence.words
    if not past or pred.kind != "verb" or words[pred.word].dep != "xcomp" \
            or not has_dep(words, pred.word, AUX_DEPS, TO_WORDS):
        return pred
    head = words[pred.word].head
    verb = verb_at(sentence, head)
    if verb is None or words[head].lemma.lower() not in COMMITTING or words[head].tag != "VBD":
        return pred
    return verb


def subject_before(sentence: Sentence, pred: Predicate, start: int) -> Predicate:
    """A date right after the event noun that is the subject dates that noun: "the referendum next year
    will decide", "the meeting Tuesday ended without agreement" (the parser hangs it from the verb)."""
    words = sentence.words
    nouns = nouns_at(sentence)
    last = word_before(words, start)
    if last in nouns and words[last].dep in ("nsubj", "nsubjpass") and words[last].head == pred.word \
            and pred.kind != "noun" and last < pred.word:  # not a subject the parser put after the verb
        return nouns[last]
    return pred


def reported_on(sentence: Sentence, start: int, reporting: frozenset[str], end: int = -1) -> Predicate | None:
    """A date right after a reporting verb ("said Tuesday its sales rose", "announced on Monday that ...")
    dates the report, whatever the parser hung it from; None when no reporting verb comes just before, or
    when the date modifies the noun after it ("said third-quarter profit doubled": the profit's quarter)."""
    words = sentence.words
    inside = date_words(words, start, end) if end > start else []
    if any(words[i].dep in NOUN_MODIFIER_DEPS and words[i].head > max(inside) for i in inside):
        return None
    skip = frozenset({"SPACE", "PUNCT"})
    last = word_before(words, start, skip=skip)
    if last >= 0 and words[last].lemma.lower() == "on":
        last = word_before(words, words[last].start, skip=skip) if last > 0 else last
    elif last > 0 and words[last].lemma.lower() == "in" and inside \
            and not any(words[i].lemma.lower() in PERIOD_WORDS for i in inside):
        last = word_before(words, words[last].start, skip=skip)  # "said in September it would tighten testing"
    if last > 0 and words[last].lemma.lower() in ("late", "early") and words[last].pos in ("ADV", "ADJ"):
        last = word_before(words, words[last].start, skip=skip)  # "said late on Wednesday it would appeal"
    if last >= 0 and words[last].dep in ("dobj", "dative") and words[last].pos in ("NOUN", "PROPN", "PRON") \
            and 0 < last - words[last].head <= 3 and words[words[last].head].lemma.lower() in reporting:
        last = words[last].head  # "told reporters Thursday the suspects were detained": the telling's
    if last < 0 or words[last].pos != "VERB" or words[last].lemma.lower() not in reporting:
        return None
    return verb_at(sentence, last)


STATEMENT_OCCASION_PREPS = frozenset({"on", "at", "in", "during"})  # "said at a news conference on Monday"


def report_of(sentence: Sentence, pred: Predicate, start: int, end: int,
              reporting: frozenset[str]) -> Predicate | None:
    """The reporting verb whose object is the event noun ``pred``, or the occasion it is told on, when the date
    comes after that noun and hangs from it ("Jones announced the bank's move on Tuesday": the parser hangs "on
    Tuesday" from move, yet it dates the announcing too; "told analysts on a conference call today"); None
    otherwise (a date before the noun, "announced the 2012 merger", is the
    noun's own)."""
    words = sentence.words
    if pred.kind != "noun" or not 0 <= pred.word < len(words):
        return None
    verb = words[pred.word].head
    if words[pred.word].dep == "pobj" and words[verb].lemma.lower() in STATEMENT_OCCASION_PREPS:
        verb = words[verb].head  # the occasion it is told on: "told analysts on a conference call today"
    elif words[pred.word].dep != "dobj":
        return None
    if verb == pred.word or words[verb].lemma.lower() not in reporting or words[pred.word].end > start:
        return None
    hangs = False
    for i in date_words(words, start, end):
        head = words[i].head
        if words[i].dep == "npadvmod" and head == pred.word:
            hangs = True
        elif words[i].dep == "pobj" and words[head].lemma.lower() == "on" and words[head].head == pred.word:
            hangs = True
        elif words[i].dep == "pobj" and words[head].lemma.lower() == "in" and words[head].head == pred.word \
                and lookup(pred.lemma, pos="noun") not in FIGURE_TYPES \
                and not any(words[k].lemma.lower() in PERIOD_WORDS for k in date_words(words, start, end)):
            hangs = True  # "announced the agreement in November" (not "reported a rise in sales in October")
    if not hangs:
        return None
    return verb_at(sentence, verb)


def rescheduled(sentence: Sentence, pred: Predicate, start: int, scheduling: frozenset[str]) -> Predicate | None:
    """The event a verb of scheduling moves to the date at ``start``, its object or passive subject
    ("postponed the vote until next week", "the meeting was delayed to Friday": the vote, the meeting),
    which that date dates as well as the moving; None otherwise, and when the sentence tells the date it was
    first set for ("the delivery, originally due this year, was delayed until 2007": the new date is a plan
    that may move again)."""
    words = sentence.words
    if pred.kind == "noun" or not 0 <= pred.word < len(words) \
            or not (pred.lemma in scheduling or words[pred.word].lemma.lower() in scheduling) \
            or any(w.lemma.lower() in FORMER_PLAN_ADVERBS for w in words):
        return None
    last = word_before(words, start)
    if last < 0 or words[last].dep != "prep" or words[last].head != pred.word \
            or words[last].lemma.lower() not in RESCHEDULED_TO:
        return None
    nouns = nouns_at(sentence)
    return next((nouns[c] for c in children(words, pred.word) if words[c].dep in ("dobj", "nsubjpass") and c in nouns),
                None)


def redirect(sentence: Sentence, pred: Predicate, start: int, *, intention: frozenset[str],
             reporting: frozenset[str], ordering: frozenset[str] = frozenset(), vague: bool = False,
             now: bool = False, ahead: bool = False, later: bool = False) -> Predicate:
    """The predicate a date really dates when the parse hangs it on a verb of intention: its complement
    ("was set to land on Monday": land), the event noun it expects ("expects a profit for the year") or
    the one it describes ("a meeting scheduled for Dec. 12"); and a
    period set before a present-tense report dates what is reported in the past ("For the final quarter of
    2009, Ford says it made a profit": made), but not a ``vague`` reference, which dates the report
    ("Officials now say the fire was set": say), nor a present or past one (``now``), which dates the
    intention ("analysts now expect a loss": expect). A date still ``ahead`` of the publication on a past verb
    dates the event noun it took ("signaled more increases in 2018": the increases), and one read as ``later``
    than the publication (a weekday, a day of no stated year) the event noun called for. What is foreseen for a date
    is dated by it ("heavy rains forecast for next week"), and so is what is ordered for one (``ordering``:
    "ordered extra patrols for the weekend")."""
    words = sentence.words
    by_word = {p.word: p for p in sentence.predicates if p.kind != "noun"}
    if pred.kind == "noun" or pred.word not in by_word or pred.light_verb is not None:
        return pred  # a light verb and its noun are the event already: "set fire to shops on Monday"
    lemma = words[pred.word].lemma.lower()
    nouns = nouns_at(sentence)
    owner = words[pred.word].head
    if words[pred.word].dep in ("xcomp", "oprd") and words[pred.word].tag in ("VBN", "VBG") and owner in by_word \
            and owner < pred.word and (words[owner].lemma.lower() in FINDING or (
                words[owner].lemma.lower() == "report" and lemma == "miss")):  # not "reported losing $4.8 billion"
        return by_word[owner]  # the state a thing is found in: "was found blindfolded at 5 a.m.", "reported missing"
    if lemma in DEADLINE_GIVERS and (before := word_before(words, start)) >= 0 and words[before].head == pred.word \
            and words[before].lemma.lower() in DEADLINE_WORDS:
        for c in children(words, pred.word):
            if c > before and c in by_word and has_dep(words, c, AUX_DEPS, TO_WORDS):
                return by_word[c]  # "has until Friday to respond", "gave it until Oct. 1 to submit a plan"
    if words[pred.word].dep == "acl" and words[pred.word].tag == "VBN" and lemma in FORECAST_VERBS and owner in nouns:
        return nouns[owner]  # "heavy rains forecast for next week": the rains
    top = date_head(words, next(iter(date_words(words, start, start + 1)), -1))
    if lemma in FORECAST_VERBS and not now and top >= 0 and words[top].dep == "npadvmod" \
            and words[top].head == pred.word:
        for c in children(words, pred.word):
            if words[c].dep == "dobj" and c in nouns and c < top:
                return nouns[c]  # "has forecast output of 230,000 tonnes this year": the output's year
    if lemma in FORECAST_VERBS and (before := word_before(words, start)) >= 0 and words[before].head == pred.word \
            and (words[before].lemma.lower() in FORESEEN_SPANS or (words[before].lemma.lower() == "in" and not now and (
                ahead or any(words[i].lemma.lower() in PERIOD_WORDS for i in range(before + 1, min(before + 5,
                                                                                                   len(words))))))):
        for c in children(words, pred.word):
            if words[c].dep in ("dobj", "nsubjpass") and c in nouns and (c < before or words[before].lemma != "in"):
                return nouns[c]  # "forecast more thunderstorms for Sunday", "more rain is forecast through Thursday",
                # "forecast a recovery in the current fiscal year" (a period, or a year ahead, after what is foreseen)
    if lemma in ordering and (before := word_before(words, start)) >= 0 and words[before].lemma == "for":
        for c in children(words, pred.word):
            if words[c].dep == "dobj" and c in nouns:
                return nouns[c]  # "ordered extra patrols for the weekend": the patrols
    if (ahead or later) and pred.tense == "past":
        for c in children(words, pred.word):
            if ahead and words[c].dep == "dobj" and c in nouns:
                return nouns[c]
            called = [g for g in children(words, c) if words[g].dep == "pobj" and g in nouns and words[g].start < start]
            if words[c].dep == "prep" and words[c].lemma.lower() == "for" and called:
                return nouns[called[0]]  # "called for protests next week", "has called for a mass rally on
                # Sunday" (a day read ahead of the publication): the protests, the rally
    if ahead and pred.tense == "present" and lemma not in intention:
        for g in (g for c in children(words, pred.word) if words[c].dep == "prep"
                  for g in children(words, c) if words[g].dep == "pobj" and g in nouns):
            between = [w.lemma.lower() for w in words if nouns[g].end <= w.start < start]
            if nouns[g].end <= start and len(between) <= 1 and set(between) <= RIGHT_BEFORE:
                return nouns[g]  # "markets are watching for the Fed's meeting next week": the meeting (not
                # "publishes its report next Monday", a present of what is scheduled)
    if lemma in reporting and pred.tense == "present" and start < words[pred.word].start and not vague:
        said = [by_word[c] for c in children(words, pred.word) if words[c].dep == "ccomp" and c in by_word]
        if said and said[0].tense == "past":
            return said[0]
    if lemma in intention and not now:  # "analysts now expect a loss": now is the expecting's
        for c in children(words, pred.word):
            if c in by_word and (words[c].dep == "xcomp" or (words[c].dep == "ccomp" and has_dep(words, c, AUX_DEPS,
                                                                                                TO_WORDS))):
                return by_word[c]  # "expects to double", "expects sales to double by 1992"
        sought = lemma in SEEKING and words[word_before(words, start)].lemma.lower() not in SOUGHT_BY
        for c in children(words, pred.word):
            if words[c].dep == "dobj" and c in nouns and (not sought or (
                    pred.tense != "past" and lookup(nouns[c].lemma) in VOTED)):
                return nouns[c]  # "for the year, the company expects a profit": the profit
        owner = words[pred.word].head
        if owner not in nouns and words[owner].dep == "pobj" and words[words[owner].head].lemma == "of":
            owner = words[words[owner].head].head  # "deliveries of regional jets planned for December"
        if words[pred.word].dep == "acl" and words[pred.word].tag == "VBN" and owner in nouns:
            return nouns[owner]  # "a meeting scheduled for Dec. 12": the meeting
        if words[pred.word].dep == "advcl" and words[pred.word].tag == "VBN" and owner in by_word \
                and has_dep(words, pred.word, frozenset({"mark"}), frozenset({"as"})) \
                and not has_dep(words, pred.word, SUBJECT_DEPS):
            return by_word[owner]  # "will begin as scheduled on Feb. 11", "went ahead as planned Wednesday evening"
        if words[pred.word].dep == "advcl" and words[pred.word].tag == "VBN" and pred.word >= 2 \
                and words[pred.word - 1].tag == "," and pred.word - 2 in nouns:
            return nouns[pred.word - 2]  # set off by a comma after its noun: "at his sentencing, set for Sept. 9"
    return pred


# what is sought is asked for at the seeking's date ("sought a restraining order in January", "will seek approval
# later this year"), unless the date is the one it is sought for or by ("will seek a vote for Wednesday") or a vote
# to be sought is held then ("will seek a confidence vote on Wednesday", "will not seek re-election next year")
SEEKING = frozenset({"seek"})
SOUGHT_BY = frozenset({"for", "by", "before", "until"})
VOTED = frozenset({"election"})  # the types of what is held when sought: a vote, a ballot, a re-election


# verbs of finding a thing in a state ("was found blindfolded", "was discovered missing"; "reported missing" too)
FINDING = frozenset({"discover", "find"})


# verbs that set a day for a happening, and the nouns naming the day set ("set a Dec. 16 execution date")
DAY_SETTERS = frozenset({"set", "fix", "schedule", "pick", "choose", "name", "announce", "give"})
DAY_NOUNS = frozenset({"date", "deadline"})


def day_set(sentence: Sentence, pred: Predicate, start: int, end: int) -> tuple[bool, Predicate | None]:
    """Whether the date at ``start``-``end`` is the day a verb of setting sets, not the setting's own ("on
    Tuesday set a Dec. 16 execution date", "set Feb. 20 as the trial date", "set a trial date of April 20"),
    and the happening it is set for (the noun before "date": execution, trial), else None."""
    words = sentence.words
    if pred.kind == "noun" or words[pred.word].lemma.lower() not in DAY_SETTERS:
        return False, None
    inside = date_words(words, start, end)
    if not inside:
        return False, None
    path, node = [], inside[0]
    for _ in range(6):  # from the date up to the verb
        if node == pred.word or not 0 <= node < len(words) or words[node].head == node:
            break
        path.append(node)
        node = words[node].head
    if node != pred.word or not path:
        return False, None
    day_nouns = [i for i in path if words[i].lemma.lower() in DAY_NOUNS and i not in inside]
    top = path[-1]
    if not day_nouns and top in inside and words[top].dep in ("dobj", "npadvmod"):
        # "set Feb. 20 as the trial date": the day is the object; the noun named after "as"
        after = range(inside[-1] + 1, min(len(words), inside[-1] + 6))
        if after and words[after[0]].lemma.lower() == "as":
            day_nouns = [i for i in after if words[i].lemma.lower() in DAY_NOUNS][:1]
    if not day_nouns:
        return False, None
    nouns = nouns_at(sentence)
    named = [c for d in day_nouns for c in children(words, d) if c in nouns and words[c].dep in NOUN_MODIFIER_DEPS]
    named += [o for d in day_nouns for c in children(words, d) if words[c].dep == "prep"
              and words[c].lemma.lower() in ("of", "for") for o in children(words, c) if o in nouns]
    return True, (nouns[named[0]] if named else None)  # "set March 19 as the date of a special election"


# what a forecast, an outlook or a target is of, and the period it is for ("cut its forecast for inflation in
# 2013", "raised its growth outlook for this year", "set a target of 8 percent growth for 1998")
FORECAST_NOUNS = frozenset({"forecast", "outlook", "estimate", "projection", "target", "goal", "guidance",
                            "prediction"})
RE_PERIOD_VALUE = re.compile(r"(?:FY)?\d{4}(?:-(?:Q\d|H\d|\d\d|SP|SU|FA|WI))?")


def forecast_period(sentence: Sentence, pred: Predicate, start: int,
                    value: str | None) -> tuple[bool, Predicate | None]:
    """Whether the period at ``start`` is the one a forecast, outlook or target the verb deals with is for, not
    the verb's own time ("on Thursday cut its forecast for inflation in 2013"), and the happening forecast
    (the event noun the forecast is of: inflation), else None."""
    words = sentence.words
    if not value or not RE_PERIOD_VALUE.fullmatch(value):
        return False, None
    verb = pred.word
    if pred.kind == "noun":  # the forecast itself, when a date ahead sent the verb's date to its object
        if words[verb].lemma.lower() not in FORECAST_NOUNS or words[verb].dep != "dobj":
            return False, None
        verb = words[verb].head
    objects = [c for c in children(words, verb) if words[c].dep == "dobj"
               and words[c].lemma.lower() in FORECAST_NOUNS and words[c].start < start]
    inside = date_words(words, start, start + 1)
    if not objects or not inside:
        return False, None
    node = inside[0]
    while words[node].head not in (node, verb, objects[0]) and descends(words, node, verb):
        node = words[node].head
    prep = words[node].lemma.lower() if words[node].dep == "prep" else ""
    of = [g for c in children(words, objects[0]) if words[c].dep == "prep" and words[c].lemma.lower() in ("for", "of")
          for g in children(words, c) if words[g].dep == "pobj"]
    of += [g for c in children(words, verb) if words[c].dep == "prep" and words[c].lemma.lower() == "for"
           and objects[0] < c < inside[0] for g in children(words, c) if words[g].dep == "pobj"]  # (hung on the verb)
    # "raised its forecast on Tuesday", "last cut its forecast in March": the verb's own time; a forecast of
    # something is for the period after it ("cut its forecast for inflation in 2013"), unless that has its own
    # ("will release its estimate of third-quarter output in late October"); "for the second time" counts
    counted = any(words[k].lemma.lower() == "time" for k in range(objects[0], inside[0]))
    of_dated = any(words[k].ent in TIME_ENTS and any(descends(words, k, g) for g in of) for k in range(len(words)))
    if counted or (prep != "for" and not (of and not of_dated and (prep == "in" or words[node].dep == "npadvmod"))):
        return False, None
    nouns = nouns_at(sentence)
    forecast = [c for c in children(words, objects[0]) if words[c].dep in NOUN_MODIFIER_DEPS and c in nouns]
    forecast += [g for g in of if g in nouns]
    return True, (nouns[forecast[0]] if forecast else None)




def commemorated(sentence: Sentence, pred: Predicate, inside: Sequence[int]) -> Predicate | None:
    """For a date (words ``inside``) the parse hung on a happening an anniversary is of ("will mark the first
    anniversary of its return to China on Wednesday", "celebrated the 50th anniversary of the founding of the state
    today"), the anniversary's event (with the verb it is the object of) or that verb: the happening is long gone
    (not a date with its year: "the anniversary of the founding of the republic on Oct. 1, 1949"); else None."""
    words = sentence.words
    prep = words[pred.word].head
    if any(RE_YEAR.fullmatch(words[i].lemma) for i in inside):
        return None
    if words[pred.word].dep not in ("pobj", "pcomp") or words[prep].lemma.lower() != "of" \
            or words[words[prep].head].lemma.lower() not in COMMEMORATING:
        return None
    anniversary = words[prep].head
    noun = nouns_at(sentence).get(anniversary)
    event = light_verb_event(sentence, noun) if noun is not None else None
    if (event is None or event is noun) and words[anniversary].dep == "dobj" \
            and (verb := verb_at(sentence, words[anniversary].head)) is not None:
        return verb  # "celebrated the 50th anniversary of ...": the celebrating
    return event
