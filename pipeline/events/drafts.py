"""An event being built (:class:`Draft`: its slot, its sentence span and the sentences that continue it), for
:mod:`.builder`: attaching a sentence that continues it (rule 6) and the finished :class:`~pipeline.records.Event`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping

from ..lang.events import type_code
from ..records import Event
from .clauses import tense_of
from .dating import Slot
from .participants import Names


@dataclass
class Draft:
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


def extend_draft(draft: Draft, start: int, end: int, names: Mapping[str, Names]) -> None:
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


def finish(text: str, draft: Draft, words: set[tuple[int, int]]) -> Event:
    """The finished record of a draft; its trigger phrase drops a light verb that is an event of its own
    (``words``: the events' trigger words): "posted" in "posted a loss", when the posting is reported."""
    slot = draft.slot
    trigger = slot.trigger
    if trigger is not None and trigger.phrase and any(
            (a, b) != (trigger.start, trigger.end) and (a == trigger.phrase[0] < trigger.start
                                                      or b == trigger.phrase[1] > trigger.end) for a, b in words):
        trigger = replace(trigger, phrase=None)  # (an event inside, "negotiations" in "round of negotiations,
        # held", is no matter)
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
        trigger_start=(trigger.phrase or (trigger.start,))[0] if trigger else None,
        trigger_end=(trigger.phrase or (0, trigger.end))[1] if trigger else None,
        type=slot.kind,
        type_code=type_code(slot.kind),
        also_triggers=slot.also,
        people=tuple(draft.people),
        places=tuple(draft.places),
        organizations=tuple(draft.organizations),
        money=tuple(draft.money),
        money_ids=tuple(draft.money_ids),
        date_to=slot.value_to,
        date_from=slot.value_from,
        mod=slot.mod,
        tense=tense_of(slot.sentence, trigger if trigger is not None and trigger.tense else slot.predicate),
        negated=slot.predicate.negated if slot.predicate else False,
        context_start=draft.context_start,
        context_end=draft.context_end,
        context_people=tuple(draft.context_names["people"]),
        context_places=tuple(draft.context_names["places"]),
        context_organizations=tuple(draft.context_names["organizations"]),
    )
