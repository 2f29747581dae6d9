"""Build dated events from sentences, normalized dates and resolved entities (no spaCy here).

The rules, in the order they apply (the README's "Events" section says the same for users):

1. The body counts. Sentences, dates and mentions before ``article.body_start`` (byline, dateline, a date
   line) make no events, except a dated headline, read from the title's own words (rule 1b,
   ``_headline``). A sentence the parser ended too early (no final punctuation, or the next one starts
   with a lower-case word, and no line break between them) runs on into the next.
2. A DATE or TIME expression with calendar bounds makes an event for the predicate it attaches to in the
   parse: "In July 2000, Putin paid a visit" -> visit. Durations and sets ("24 days", "annually") make none.
   A vague reference makes one too ("is now searching": PRESENT_REF, the publication day; "recently":
   PAST_REF, ending on it; "in the future": FUTURE_REF, beginning on it).
   2b. The date dates the predicate's companions as well (:func:`.companions.companions`): its conjuncts, an
   aspectual verb's complement, participle and "when" clauses, a present-tense clause it reports, the verb
   around a dated event noun ("during a speech last week"), what a noun of change is of ("a drop in sales"),
   an undated event noun it acts on or leads to ("foiled an escape attempt on Friday": :mod:`.objects`).
   2c. One event per happening (:mod:`.happenings`): a trip and what is done on it, or a change restating
   its clause's figure, is recorded on the event (``also_triggers``); any other companion is an event.
   2d. "since 1990" is an open interval from 1990 to the publication date (mod ON_OR_AFTER); "until
   Friday", "by 2012" one up to the date (mod ON_OR_BEFORE); "before", "ahead of" the date a happening
   before it (mod BEFORE); ``date`` keeps the expression's value.
   2e. A possessive date is its event noun's ("Tuesday's vote"), and of the verb that tells that noun's own
   happening ("Sunday's storm tore through the race").
   2f. A day a verb sets is the day of what it is set for, not the setting's ("on Tuesday set a Dec. 16
   execution date": execution; :func:`.redirects.day_set`), and a deadline given dates what is to be done
   by it ("has until Friday to respond": respond).
3. A date that only qualifies a comparison makes no event: "compared to 2017", "up 5% from 2016", "than in
   2015", "the highest level since 2008".
4. A date that describes a thing makes no event: it hangs (through "of", "from", or as a modifier) from a
   noun that is not an event noun: "the document of 1961", "his 2016 book". A date on an event noun makes
   the noun the trigger: "the development of the program in 2016-2017" -> development.
5. Two dates on one predicate give two events ("In April and November 2017 ... visited"), unless they are
   the ends of a range ("from May to June", "between 2007 and 2012": one event, an ISO 8601 interval) or one
   contains or owns the other ("in 2018, on June 14", "last year's third quarter": the more precise one).
6. A sentence without an event of its own continues the event before it in the same paragraph ("The trip
   lasted 24 days."), up to three sentences: it extends the event's ``context_start``/``context_end``, and
   the names in it go to ``context_people``/``context_places``/``context_organizations``.
   ``people``/``places``/``organizations`` keep the participants named in the event's own sentence.
7. A date that only points back ("that day", "the same day", "at the time") gives an event with the date of
   the event before it in the paragraph, marked ``date_inherited``.
8. "he/him/his/she/her" in an event's sentence add a person to ``people``: the main clause's subject for a
   pronoun in a subordinate clause ("Lavrov paid a visit, during which he met ..."), else the most recent
   person named before it (at most three sentences back), never the subject of its own clause ("Putin held
   talks with him").
9. The trigger and ``type`` come from :mod:`.classify`: be/have/do/make/take/get are never triggers,
   and the type (a CAMEO root code, or an economic, hazard or institution type) is read through the
   syntax: sense rules, the trigger table, what a measure measures.

This module applies rules 1, 6 and 7 and assembles the records (:mod:`.drafts` holds an event being built and
finishes it); :mod:`.syntax` finds where a date attaches
(rules 2 and 4), :mod:`.companions` and :mod:`.alongside` what else it dates (rule 2b), :mod:`.happenings`
which of those are one happening (rule 2c), :mod:`.dating` decides which dates count and how they combine
(rules 2d, 3 and 5), :mod:`.participants` resolves pronouns (rule 8) and :mod:`.classify` gives the type
(rule 9), with what :mod:`.clauses` reads of a predicate (its amounts, the period it bounds, its tense).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping, Sequence

from ..lang.events import ACCUSING, DEFAULT_TYPE, STARTING_WORDS, classes, verbs
from ..records import Article, Event, MoneyAmount, Organization, Person, Place, Predicate, Sentence, TimeExpression
from .alongside import (
    OCCURRING,
    SUBJECT_EVENT_VERBS,
    due_by,
    finding,
    happening_of,
    held_verb,
    occasion_of,
    occasions,
    occurs,
    order_given,
    reporter,
    when_verbs,
)
from .baselines import budgeted, is_baseline
from .classify import classify
from .companions import companions
from .dating import (
    RE_PARTIAL_VALUE,
    RE_SAME_TIME,
    REF_VALUES,
    TYPE_KEY,
    Slot,
    combine,
    counted_back,
    counted_from,
    counted_since,
    counter_before,
    list_slots,
    names_of,
    open_interval,
    ref_slot,
    sentence_dates,
    shifted,
    slot_of,
    units,
)
from .drafts import Draft, extend_draft, finish
from .happenings import happenings
from .objects import bounded_by
from .owners import (
    harm_done,
    harm_on_date,
    holding_event,
    possessive_owner,
    second_date_noun,
    since_event,
    subject_clause_date,
    taking_part,
    within_event,
)
from .participants import PRONOUN_WINDOW, Names, pronoun_people, unique
from .redirects import (
    committed_then,
    day_set,
    elaborated,
    forecast_period,
    period_reported,
    redirect,
    report_of,
    reported_on,
    rescheduled,
    subject_before,
)
from .restated import RE_ON_DAY, glossed, glosses, restated_by, restatements
from .syntax import ARGUMENT, governor
from .tree import (
    date_words,
    dated_by_modifier,
    descends,
    light_verb_event,
    main_predicate,
    names_contract,
    verb_at,
)

EVENT_TIMEX_TYPES = frozenset({"DATE", "TIME"})
COUNTED_TIMEX_TYPES = EVENT_TIMEX_TYPES | {"DURATION"}  # "ten days before the shooting" counts from it
# a date still to come, stated or counted forward from the publication ("in 2018", "next year"; not "two days
# later", which counts from the story)
RE_AHEAD = re.compile(r"\b(?:next|coming|tomorrow)\b", re.IGNORECASE)
# a date stated gone ("last October", "two years ago"), and the words before the start of what follows ("from Jan. 1")
RE_PAST_WORD = re.compile(r"\b(?:last|ago|yesterday|earlier|previous|prior)\b", re.IGNORECASE)
RE_STARTING_BEFORE = re.compile(rf"\b(?:from|effective|as\s+of|{'|'.join(sorted(STARTING_WORDS))})\s+$", re.IGNORECASE)
RE_YEAR_OF = re.compile(r"\s+of\s+")  # "since June of this year": the year of a compared date is compared too
MAX_CONTEXT_SENTENCES = 3  # undated sentences that can continue one event
_KIND_ORDER = {"verb": 0, "copula": 1, "noun": 2}


def build(
    article: Article,
    sentences: Sequence[Sentence],
    dates: Sequence[TimeExpression],
    *,
    people: Sequence[Person] = (),
    places: Sequence[Place] = (),
    organizations: Sequence[Organization] = (),
    money: Sequence[MoneyAmount] = (),
) -> list[Event]:
    """Return the article's dated events, in text order (see the module docstring for the rules).

    Args:
        article: The article (its ``text`` and ``body_start`` are read).
        sentences: Its sentences with words and predicates (``extractors.sentences``).
        dates: Normalized temporal expressions.
        people: Resolved people; event participants are their ``name``s.
        places: Resolved places.
        organizations: Resolved organizations.
        money: Normalized amounts; an event lists the ``text`` of those in its sentence (and their ``id``).
    """
    text = article.text
    body = article.body_start
    names = {"people": Names(people, 0), "places": Names(places, 0), "organizations": Names(organizations, 0)}
    amounts = sorted((m.start, m.end, m.text, m.id or "") for m in money)
    body_sentences = [s for s in sentences if s.end > body and s.end > s.start]
    by_sentence, joined = sentence_dates(body_sentences, [t for t in dates if t.start >= body
                                                            and t.type in COUNTED_TIMEX_TYPES])

    drafts: list[Draft] = []
    current: Draft | None = None
    earlier: dict[str, Slot] = {}  # the last dated event of each trigger, for "two days after the crash"
    drafts += _headline(article, sentences, dates, names, amounts)
    for unit in units(text, body_sentences, joined):
        first, last = body_sentences[unit[0]], body_sentences[unit[-1]]
        if current is not None and (current.paragraph != first.paragraph
                                    or current.followers >= MAX_CONTEXT_SENTENCES):
            current = None
        start, end = max(first.start, body), last.end
        slots: list[Slot] = []
        pronouns: list[tuple[int, str]] = []
        for k in unit:
            sentence = body_sentences[k]
            slots += _slots(text, sentence, max(sentence.start, body), by_sentence.get(k, ()), current,
                            article.published, earlier)
            window = body_sentences[max(0, k - PRONOUN_WINDOW)].start
            pronouns += pronoun_people(text, sentence, max(sentence.start, body), max(window, body),
                                        names["people"])
        if not slots:
            if current is not None:
                extend_draft(current, start, end, names)
            continue
        found = {kind: names[kind].within(start, end) for kind in names}
        found["people"] = sorted(found["people"] + [(at, at, name) for at, name in pronouns])
        listed = {kind: unique(r[2] for r in rows) for kind, rows in found.items()}
        cash = [m for m in amounts if start <= m[0] and m[1] <= end]
        for slot in sorted(slots, key=lambda s: s.date_start):
            current = Draft(slot, first.paragraph, start, end, listed["people"], listed["places"],
                             listed["organizations"], [m[2] for m in cash], [m[3] for m in cash if m[3]])
            drafts.append(current)
            if slot.trigger is not None and slot.start_date:
                earlier.update(dict.fromkeys(names_of(slot.trigger.lemma), slot))
                if slot.kind != DEFAULT_TYPE:
                    earlier[TYPE_KEY + slot.kind] = slot  # "opened fire ...": "the shooting" refers back to it
    words = {(d.slot.trigger.start, d.slot.trigger.end) for d in drafts if d.slot.trigger is not None}
    return [finish(text, d, words) for d in drafts]


def _headline(article: Article, sentences: Sequence[Sentence], dates: Sequence[TimeExpression],
              names: Mapping[str, Names], amounts: Sequence[tuple[int, int, str]]) -> list[Draft]:
    """Rule 1b: a dated headline is an event too ("Ford cutting 30,000 jobs by 2012"), read from the words of
    the title only (the sentence the parser runs it into is cut at the title's end)."""
    span = article.title_span
    if not span or span[1] > article.body_start:
        return []
    found = [t for t in dates if span[0] <= t.start and t.end <= span[1] and t.type in COUNTED_TIMEX_TYPES]
    out: list[Draft] = []
    if not found:
        return out
    for sentence in sentences:
        start, end = max(sentence.start, span[0]), min(sentence.end, span[1])
        timexes = [t for t in found if start <= t.start and t.end <= end]
        if not timexes or not sentence.words:
            continue
        listed = {kind: unique(r[2] for r in names[kind].within(start, end)) for kind in names}
        cash = [m[2] for m in amounts if start <= m[0] and m[1] <= end]
        for slot in _slots(article.text, sentence, start, timexes, None, article.published, {}, limit=end):
            out.append(Draft(slot, -1, start, end, listed["people"], listed["places"],
                              listed["organizations"], cash))
    return out


def _slots(
    text: str, sentence: Sentence, start: int, timexes: Sequence[TimeExpression], current: Draft | None,
    published: str | None, earlier: Mapping[str, Slot], *, limit: int | None = None,
) -> list[Slot]:
    """The dated happenings of one sentence (rules 2 to 5, 7 and 8), from its words in [start, limit)."""
    found: list[tuple[int, list[Slot], Predicate | None, int]] = []
    moving: set[tuple[int, int]] = set()  # (date, verb): a verb of scheduling that moves an event to that date
    alone: set[int] = set()  # dates that date their predicate and no companion
    if not timexes:
        return []
    fallback = main_predicate(sentence)
    counters = {t.start: (t, c) for t in timexes if (c := counted_from(text, t)) is not None}
    # "at 2 p.m. (1300 GMT)": the second is the first, in another zone; "on 24 April 1988, exactly 25 years ago"
    restated = glosses(text, timexes) | restatements(text, timexes)
    dated_words = {i for t in timexes if t.type in EVENT_TIMEX_TYPES
                   for i in date_words(sentence.words, t.start, t.end)}  # (the words of its dates and times)
    for n, timex in enumerate(timexes):
        if restated.get(n - 1) == n:
            continue
        if timex.type == "DURATION" or timex.start in counters:  # "two days after", "the day after the arrest"
            if timex.start in counters and (counted := counted_since(text, sentence, *counters[timex.start], earlier)):
                found.append((n, [counted], governor(sentence, timex.start, timex.end)[0] or fallback, -1))
            elif back := counted_back(text, sentence, timex, timexes):
                found.append((n, [back[0]], back[1], -1))  # "on Saturday, a day after the opposition rejected"
            continue
        listed = list_slots(timex)
        if listed:
            slot, extra = listed[0], listed[1:]
        elif timex.start_date and timex.end_date:
            slot, extra = slot_of(timex), []
        elif RE_SAME_TIME.match(timex.text.strip()) and (ref := next(
                (slot_of(t) for t in reversed(timexes[:n]) if t.type in EVENT_TIMEX_TYPES and t.start_date),
                current.slot if current is not None else None)) is not None:
            # the date told before in the sentence, else the event before ("rejected the offer in March, saying
            # at the time that ...": March); "at the time" keeps its own value, PAST_REF, as TimeML gives it
            value = timex.value if timex.value in REF_VALUES else ref.value
            slot, extra = Slot(None, timex, ref.start_date, ref.end_date, value, ref.precision, timex.text,
                                timex.start, timex.end, inherited=True), []
        elif timex.value in REF_VALUES:
            slot, extra = ref_slot(timex, published), []
        elif timex.value and RE_PARTIAL_VALUE.match(timex.value):
            slot, extra = slot_of(timex), []
        else:
            continue
        if n in restated:
            slot = glossed(slot, text, timexes[n + 1])
        if n and timex.type == "DATE" and timexes[n - 1].type == "TIME" \
                and RE_ON_DAY.fullmatch(text, timexes[n - 1].end, timex.start) \
                and (timed := [f for f in found if f[0] == n - 1]):
            # "at 3 a.m. on Oct. 12": the time's day, which dates what the time does, and a "when" clause on it
            hung = when_verbs(sentence, timex)  # ("began at 12:01 a.m. on Tuesday, when funding expired")
            found += [(n, [slot, *extra], p, -1) for p in [f[2] for f in timed] + hung]
            found += [(n - 1, timed[0][1], p, -1) for p in hung]
            continue
        # a date that belongs to one event noun and dates nothing else, whatever compares: "the biggest
        # decline since the crash two years ago" (the crash), "fell 2% from Monday's closing price" (the closing)
        owner = since_event(sentence, timex.start, timex.end) or possessive_owner(sentence, timex.start, timex.end)
        if owner is not None:
            if not within_event(sentence, owner):  # "rose to 7.63% at yesterday's auction": the rise too
                alone.add(n)
            found.append((n, [slot, *extra], owner, -1))
            verb = happening_of(sentence, owner) or verb_at(sentence, taking_part(sentence.words, owner.word))
            if (held := holding_event(sentence, owner)) is not None:
                # "claimed victory in Sunday's election": the victory ("suffered heavy losses in ...": the suffering)
                found.append((n, [slot, *extra], light_verb_event(sentence, held), -1))
                above = sentence.words[held.word].head
                if sentence.words[held.word].dep == "dobj" and verb_at(sentence, above) is not None \
                        and sentence.words[above].lemma.lower() in verbs("reporting") | verbs("cognition"):
                    alone.add(n)  # (the claiming is not in the election)
                    verb = None
            if verb is not None:  # "Sunday's storm tore through the race": the tearing is the storm's; "won
                found.append((n, [slot, *extra], verb, -1))  # Sunday's runoff": the winning is in it
            # "since the 1987 crash, when the Dow fell 508 points": the fall is 1987's; "last week's bombing of a
            # bus terminal, which killed 17": the killing is the bombing's
            found += [(n, extra[-1:] or [slot], hung, -1) for hung in [*when_verbs(sentence, timex),
                                                                          *harm_done(sentence, owner)]]
            continue
        if is_baseline(text, start, timex, timexes) or (
                n and RE_YEAR_OF.fullmatch(text, timexes[n - 1].end, timex.start)
                and is_baseline(text, start, timexes[n - 1], timexes)):
            # what a "when" clause on the compared date tells still happened then ("an improvement from 2008,
            # when the company posted a loss": the loss is 2008's)
            found += [(n, extra[-1:] or [slot], hung, -1) for hung in when_verbs(sentence, timex)]
            continue
        before, noun = counter_before(text, sentence, list(counters.values()), timex)
        if before is not None:  # "two days before Christmas": the day two days before it
            moved = shifted(slot, before[0], before[1][0], text)
            if moved is not None:  # (a count set off after the date it restates dates by that date, once)
                k, counting = restated_by(text, timexes, before[0]), governor(sentence, before[0].start, before[0].end)
                found.append((n, [moved], counting[0] or fallback, -1) if k is None
                             else (k, [slot_of(timexes[k])], counting[0] or fallback, -1))
            noun = noun or governor(sentence, timex.start, timex.end)[0]
            if noun is not None and noun.kind == "noun" and (noun.start >= timex.end or noun.end <= timex.start):
                alone.add(n)  # "two years after the October 1987 crash": the crash is October 1987's
                found.append((n, [slot, *extra], noun, -1))
                found += [(n, extra[-1:] or [slot], hung, -1) for hung in when_verbs(sentence, timex)]
            continue
        pred, descriptive = governor(sentence, timex.start, timex.end)
        reported = reported_on(sentence, timex.start, verbs("reporting"), timex.end)
        if reported is not None:
            pred, descriptive = reported, False
        if pred is not None and (period_reported(sentence, pred, timex.start, timex.end)
                                 or budgeted(text, pred.lemma, pred.end, timex)):
            descriptive = True  # "will release November sales figures tomorrow": the figures' month
        inside = date_words(sentence.words, timex.start, timex.end)
        traded = names_contract(sentence.words, inside)
        if traded >= 0 and (pred is None or pred.word != traded):
            descriptive = True  # "December Brent was quoted at $12.74": the contract's month, no time of the quoting
        if descriptive:  # the date describes a thing; a "when" clause on it still happened then
            found += [(n, extra[-1:] or [slot], hung, -1) for hung in when_verbs(sentence, timex)]
            continue
        second = second_date_noun(sentence, pred, inside, dated_words) \
            or subject_clause_date(sentence, pred, inside, dated_words) if pred is not None else None
        pred = second or pred or fallback  # (a second date on a verb, after an event noun: "pleaded guilty Monday in
        # a shooting on May 3")
        if pred is None and sentence.words:
            continue  # a fragment with no predicate ("Monday, June 3")
        ends = -1
        if pred is not None:
            ahead = _still_ahead(timex, published) and pred.lemma not in verbs("scheduling") \
                and not (n and RE_RANGE_END.fullmatch(text, timexes[n - 1].end, timex.start))  # "from 1990 to 2000"
            now = timex.value in ("PRESENT_REF", "PAST_REF")
            pred = redirect(sentence, pred, timex.start, intention=verbs("intention"), reporting=verbs("reporting"),
                            ordering=verbs("ordering"), vague=timex.value in REF_VALUES, now=now, ahead=ahead,
                            later=_after_publication(timex, published))
            pred = committed_then(sentence, pred, past=_gone(timex, published, text))
            pred = subject_before(sentence, pred, timex.start)
            is_set, set_for = day_set(sentence, pred, timex.start, timex.end)
            if not is_set:  # "cut its forecast for inflation in 2013": the inflation's year, not the cutting's
                is_set, set_for = forecast_period(sentence, pred, timex.start, timex.value)
            if is_set and set_for is None:
                continue  # "set the date for Monday" names a day, not the setting's
            pred = set_for or pred  # "set a Dec. 16 execution date": the execution
            ends = elaborated(sentence, pred, timex.start, timex.end, aspectual=verbs("aspectual"),
                              changes=verbs("measure"))
        # without a parse (a pipeline with no parser) every dated sentence is an event with no trigger
        found.append((n, [slot, *extra], pred, ends))
        if pred is not None and (order := order_given(sentence, pred, text, timex, published)) is not None:
            found.append((n, [slot, *extra], order, -1))  # "had been ordered to suspend production in May"
        if pred is not None and (act := occasion_of(sentence, pred, timex, ACCUSING) or due_by(sentence, pred)
                                 or finding(sentence, pred)):
            found.append((n, [slot, *extra], act, -1))  # "freed the boy in a raid early Monday": freed too
        # the harm of a "which" clause on a dated event noun, or on its date: "heavy rains in late April, which
        # flooded latrines", "a quake in April that killed 37 people"
        harms = [*(harm_done(sentence, pred) if pred is not None and pred.kind == "noun" else ()),
                 *harm_on_date(sentence, timex.start, timex.end)]
        found += [(n, [slot, *extra], harm, -1) for harm in harms]
        if pred is not None and (moved := rescheduled(sentence, pred, timex.start, verbs("scheduling"))):
            found.append((n, [slot, *extra], moved, -1))  # "postponed the vote until next week": the vote too
            moving.add((n, pred.word))
        found += [(n, extra[-1:] or [slot], hung, -1) for hung in when_verbs(sentence, timex)
                  if pred is None or hung.word != pred.word]
    # the new date is not the moving's when another date tells when it moved ("yesterday postponed to June 8
    # the start of the trial": postponed is yesterday's, the start June 8's; "now scheduled for" is no such date)
    found = [f for f in found if f[2] is None or (f[0], f[2].word) not in moving or not any(
        g[0] != f[0] and g[2] is not None and g[2].word == f[2].word and timexes[g[0]].value not in REF_VALUES
        for g in found)]
    dated = {pred.word for _, _, pred, _ in found if pred is not None}
    spans = {(pred.start, pred.end) for _, _, pred, _ in found if pred is not None}
    by_word = {p.word: p for p in sentence.predicates}
    per_predicate: dict[tuple[int, int] | None, list[Slot]] = {}
    order: list[tuple[int, int] | None] = []
    for n, slots, pred, ends in found:
        group: list[tuple[Predicate | None, str]] = [(pred, "")]
        if pred is not None:
            group += [(by_word[w], relation) for w, relation in companions(
                sentence, pred.word, skip=dated, aspectual=verbs("aspectual"), reporting=verbs("reporting"),
                changes=classes()["change"], subject_events=SUBJECT_EVENT_VERBS() | OCCURRING,
                consequences=verbs("consequence"),
                changes_verbs=verbs("measure") | verbs("size"), result_verbs=SUBJECT_EVENT_VERBS() | verbs("light"),
                clause_verbs=verbs("cognition"),
                plans=verbs("intention") | verbs("ordering") | (verbs("catenative") - verbs("aspectual")),
                harms=verbs("harm"), elaborates=ends,
                date_word=next((i for i, w in enumerate(sentence.words) if w.start >= timexes[n].start), -1))
                if n not in alone or descends(sentence.words, w, pred.word)]
            # not when the date is the result's own ("reported fourth-quarter net income": the quarter's income);
            # a result dated so is not the report's date ("On Tuesday, it reported a third-quarter loss")
            reporters = [(member, verb) for member, _ in group if (verb := reporter(sentence, member))]
            for member, verb in reporters:
                if verb.start < timexes[n].start < member.end:
                    continue
                group.append((verb, ARGUMENT))
                if any(k != n and verb.start < t.start < max(member.end, timexes[n].start)
                       for k, t in enumerate(timexes)) \
                        or dated_by_modifier(sentence.words, member.start, timexes[n], timexes):
                    # the result has a date of its own ("second-quarter sales will be reported Monday": the quarter's)
                    group = [g for g in group if g[0] is not member]
            ranged = any(0 <= k < len(timexes) and k != n and RE_RANGE_END.fullmatch(
                text, timexes[min(k, n)].end, timexes[max(k, n)].start) for k in (n - 1, n + 1))
            group += [(noun, ARGUMENT) for noun in ([] if ranged else occasions(sentence, pred, dated, timexes[n]))]
            report = report_of(sentence, pred, timexes[n].start, timexes[n].end, verbs("reporting"))
            if report is not None and report.word not in dated \
                    and not (report.tense == "past" and _still_ahead(timexes[n], published)):
                group.append((report, ARGUMENT))  # "announced the bank's move on Tuesday": announced too
            bound = bounded_by(sentence.words, pred.word, by_word)
            if bound is not None and bound[0] not in dated:
                group.append((by_word[bound[0]], bound[1]))  # "worked there until his death in 1958": up to it
        for member, companion in group:
            if member is not None and not start <= member.start < (limit or len(text)):
                continue  # a word outside the body or the headline (the parser ran one into the other)
            if member is not None and any(t.start <= member.start < t.end for t in timexes):
                continue  # a word of a date ("released in the fall": the season, not a fall)
            if companion and member is not None and member.light_verb and (member.start, member.end) in spans:
                continue  # "to report a third-quarter loss ... next week": the loss has its own date
            key = None if member is None else (member.word, _KIND_ORDER.get(member.kind, 3)
                                                if member.light_verb is None else 4)
            if key not in per_predicate:
                per_predicate[key] = []
                order.append(key)
            per_predicate[key] += [replace(each, predicate=member, sentence=sentence, group=n,
                                           companion=companion) for each in slots]
    out: list[Slot] = []
    for key in order:
        for slot in combine(text, per_predicate[key]):
            if slot.predicate is None:
                out.append(slot)
                continue
            named = classify(sentence, slot.predicate, text)
            if named is not None:
                happening = open_interval(text, slot, published)
                out.append(replace(happening, kind=named[0], trigger=named[1]))
                if occurs(slot.predicate, named[1]):
                    out.append(replace(happening, kind=named[0], trigger=slot.predicate, companion=ARGUMENT))
                elif (held := held_verb(sentence, slot.predicate)) is not None:
                    out.append(replace(happening, kind=named[0], trigger=held, companion=ARGUMENT))
    return happenings(out)


RE_RANGE_END = re.compile(r"\s*(?:to|through|until|till|and|[-\u2013\u2014])\s*", re.IGNORECASE)


def _gone(timex: TimeExpression, published: str | None, text: str) -> bool:
    """Is ``timex`` a date stated gone before the publication, by its year or a word of the past ("in 1996",
    "last October"), and not the start of what follows ("from Jan. 1")?"""
    stated = timex.anchor == "absolute" or RE_PAST_WORD.search(timex.text) is not None
    return stated and bool(published and timex.end_date and timex.end_date < published) \
        and not RE_STARTING_BEFORE.search(text, max(0, timex.start - 14), timex.start)


def _still_ahead(timex: TimeExpression, published: str | None) -> bool:
    """Is ``timex`` a date still to come, stated or counted forward from the publication (``RE_AHEAD``), or the
    future itself ("in the coming months")?"""
    return timex.value == "FUTURE_REF" or ((timex.anchor == "absolute" or RE_AHEAD.search(timex.text) is not None)
                                           and _after_publication(timex, published))


def _after_publication(timex: TimeExpression, published: str | None) -> bool:
    """Does ``timex`` start after the publication date, however it was read?"""
    return (published or "9") < (timex.start_date or "0")

