"""Build dated events from sentences, normalized dates and resolved entities (no spaCy here).

The rules, in the order they apply (the README's "Events" section says the same for users):

1. Only the body counts. Sentences, dates and mentions before ``article.body_start`` (title, byline,
   dateline) make no events. A sentence the parser ended too early (no final punctuation, or the next
   one starts with a lower-case word, and no line break between them) runs on into the next.
2. A DATE or TIME expression with calendar bounds makes an event for the predicate it attaches to in the
   parse: "In July 2000, Putin paid a visit" -> visit. Durations and sets ("24 days", "annually") make none.
3. A date that only qualifies a comparison makes no event: "compared to 2017", "up 5% from 2016", "than in
   2015", "the highest level since 2008".
4. A date that describes a thing makes no event: it hangs (through "of", "from", or as a modifier) from a
   noun that is not an event noun: "the document of 1961", "his 2016 book". A date on an event noun makes
   the noun the trigger: "the development of the program in 2016-2017" -> development.
5. Two dates on one predicate give two events ("In April and November 2017 ... visited"), unless they are
   the ends of a range ("from May to June", "between 2007 and 2012": one event, an ISO 8601 interval) or one
   contains the other ("in 2018, on June 14": the more precise one).
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
9. ``type`` comes from the trigger (``events_triggers.json``); when the trigger is not listed, or is a
   measure verb like "amount to", from its object or subject ("the trade amounted to" -> trade), or, for
   "be", from the predicate it introduces ("was the first state to establish diplomatic relations").

This module applies rules 1, 6 and 7 and assembles the records; :mod:`.syntax` finds where a date attaches
(rules 2 and 4), :mod:`.dating` decides which dates count and how they combine (rules 3 and 5),
:mod:`.participants` resolves pronouns (rule 8) and :mod:`.classify` gives the type and tense (rule 9).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from ..lang.events import DEFAULT_TYPE
from ..records import Article, Event, MoneyAmount, Organization, Person, Place, Sentence, TimeExpression
from .classify import classify, tense_of
from .dating import RE_PARTIAL_VALUE, RE_SAME_TIME, Slot, combine, is_comparison, list_slots, slot_of
from .participants import PRONOUN_WINDOW, Names, pronoun_people, unique
from .syntax import governor, main_predicate

EVENT_TIMEX_TYPES = frozenset({"DATE", "TIME"})
MAX_CONTEXT_SENTENCES = 3  # undated sentences that can continue one event
RE_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
RE_LOWER_START = re.compile(r"[a-z]+\b")


@dataclass
class _Draft:
    """An event being built: its slot, sentence span and the sentences that continue it."""

    slot: Slot
    paragraph: int
    start: int
    end: int
    people: list[str]
    places: list[str]
    organizations: list[str]
    money: list[str]
    money_ids: list[str] = field(default_factory=list)
    context_start: int | None = None
    context_end: int | None = None
    followers: int = 0
    context_names: dict[str, list[str]] = field(default_factory=lambda: {"people": [], "places": [],
                                                                          "organizations": []})


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
    names = {"people": Names(people, body), "places": Names(places, body),
             "organizations": Names(organizations, body)}
    amounts = sorted((m.start, m.end, m.text, m.id or "") for m in money if m.start >= body)
    body_sentences = [s for s in sentences if s.end > body and s.end > s.start]
    starts = [s.start for s in body_sentences]
    by_sentence: dict[int, list[TimeExpression]] = {}
    for timex in sorted(dates, key=lambda d: (d.start, d.end)):
        if timex.start < body or timex.type not in EVENT_TIMEX_TYPES:
            continue
        k = bisect.bisect_right(starts, timex.start) - 1
        if k >= 0 and timex.end <= body_sentences[k].end:
            by_sentence.setdefault(k, []).append(timex)

    drafts: list[_Draft] = []
    current: _Draft | None = None
    for unit in _units(text, body_sentences):
        first, last = body_sentences[unit[0]], body_sentences[unit[-1]]
        if current is not None and (current.paragraph != first.paragraph
                                    or current.followers >= MAX_CONTEXT_SENTENCES):
            current = None
        start, end = max(first.start, body), last.end
        slots: list[Slot] = []
        pronouns: list[tuple[int, str]] = []
        for k in unit:
            sentence = body_sentences[k]
            slots += _slots(text, sentence, max(sentence.start, body), by_sentence.get(k, ()), current)
            window = body_sentences[max(0, k - PRONOUN_WINDOW)].start
            pronouns += pronoun_people(text, sentence, max(sentence.start, body), max(window, body),
                                        names["people"])
        if not slots:
            if current is not None:
                _extend(current, start, end, names)
            continue
        found = {kind: names[kind].within(start, end) for kind in names}
        found["people"] = sorted(found["people"] + [(at, at, name) for at, name in pronouns])
        listed = {kind: unique(r[2] for r in rows) for kind, rows in found.items()}
        cash = [m for m in amounts if start <= m[0] and m[1] <= end]
        for slot in sorted(slots, key=lambda s: s.date_start):
            current = _Draft(slot, first.paragraph, start, end, listed["people"], listed["places"],
                             listed["organizations"], [m[2] for m in cash], [m[3] for m in cash if m[3]])
            drafts.append(current)
    return [_event(text, d) for d in drafts]


def _units(text: str, sentences: Sequence[Sentence]) -> list[list[int]]:
    """Group sentences the parser split too early: a sentence with no final punctuation, or followed by one
    that starts with a lower-case word, runs on into the next ("... (ASEAN) | Regional Forum in Manila.",
    "'...,' | said Harper."), unless a line break separates them."""
    units: list[list[int]] = []
    for k, sentence in enumerate(sentences):
        if units:
            prev = sentences[units[-1][-1]]
            if "\n" not in text[prev.end:sentence.start] and (
                not RE_SENTENCE_END.search(text, prev.start, prev.end)
                or RE_LOWER_START.match(text, sentence.start)
            ):
                units[-1].append(k)
                continue
        units.append([k])
    return units


def _slots(
    text: str, sentence: Sentence, start: int, timexes: Sequence[TimeExpression], current: _Draft | None
) -> list[Slot]:
    """The dated happenings of one sentence (rules 2 to 5 and 7)."""
    per_predicate: dict[int | None, list[Slot]] = {}
    order: list[int | None] = []
    fallback = main_predicate(sentence)
    for timex in timexes:
        listed = list_slots(timex)
        if listed:
            slot, extra = listed[0], listed[1:]
        elif timex.start_date and timex.end_date:
            slot, extra = slot_of(timex), []
        elif RE_SAME_TIME.match(timex.text.strip()) and current is not None:
            ref = current.slot
            slot, extra = Slot(None, timex, ref.start_date, ref.end_date, ref.value, ref.precision, timex.text,
                                timex.start, timex.end, inherited=True), []
        elif timex.value and RE_PARTIAL_VALUE.match(timex.value):
            slot, extra = slot_of(timex), []
        else:
            continue
        if is_comparison(text, start, timex.start):
            continue
        pred, descriptive = governor(sentence, timex.start, timex.end)
        if descriptive:
            continue
        pred = pred or fallback
        if pred is None and sentence.words:
            continue  # a fragment with no predicate ("Monday, June 3")
        # without a parse (a pipeline with no parser) every dated sentence is an event with no trigger
        key = None if pred is None else pred.word if pred.kind != "noun" else -1 - pred.word
        if key not in per_predicate:
            per_predicate[key] = []
            order.append(key)
        for each in (slot, *extra):
            each.predicate, each.sentence = pred, sentence
            per_predicate[key].append(each)
    out: list[Slot] = []
    for key in order:
        out.extend(combine(text, per_predicate[key]))
    out.sort(key=lambda s: s.date_start)
    return out


def _extend(draft: _Draft, start: int, end: int, names: Mapping[str, Names]) -> None:
    """Attach the sentence at ``[start, end)``, which continues ``draft`` (rule 6)."""
    if draft.context_start is None:
        draft.context_start = start
    draft.context_end = end
    draft.followers += 1
    own = {"people": draft.people, "places": draft.places, "organizations": draft.organizations}
    for kind, index in names.items():
        for _, _, name in index.within(start, end):
            if name not in own[kind] and name not in draft.context_names[kind]:
                draft.context_names[kind].append(name)


def _event(text: str, draft: _Draft) -> Event:
    """The finished record of a draft: its trigger, type and tense are read now."""
    slot = draft.slot
    kind, source = classify(slot.sentence, slot.predicate, text) if slot.sentence else (DEFAULT_TYPE, None)
    trigger = source or slot.predicate
    return Event(
        sentence=text[draft.start:draft.end],
        start=draft.start,
        end=draft.end,
        date=slot.value,
        start_date=slot.start_date,
        end_date=slot.end_date,
        precision=slot.precision,
        date_text=slot.date_text,
        date_start=slot.date_start,
        date_end=slot.date_end,
        date_inherited=slot.inherited,
        trigger=trigger.lemma if trigger else None,
        trigger_start=trigger.start if trigger else None,
        trigger_end=trigger.end if trigger else None,
        type=kind,
        people=tuple(draft.people),
        places=tuple(draft.places),
        organizations=tuple(draft.organizations),
        money=tuple(draft.money),
        money_ids=tuple(draft.money_ids),
        mod=slot.timex.mod,
        tense=tense_of(slot.sentence, slot.predicate),
        negated=slot.predicate.negated if slot.predicate else False,
        context_start=draft.context_start,
        context_end=draft.context_end,
        context_people=tuple(draft.context_names["people"]),
        context_places=tuple(draft.context_names["places"]),
        context_organizations=tuple(draft.context_names["organizations"]),
    )
