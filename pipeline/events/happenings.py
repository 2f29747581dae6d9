"""One event per happening (rule 2c of :mod:`pipeline.events.builder`): which dated companions of a predicate
are part of its happening (recorded in ``also``) and which are happenings of their own."""

from __future__ import annotations

from ..lang.events import TRIP_TYPE, classes, verbs
from .dating import Slot
from .syntax import COORDINATE


def happenings(slots: list[Slot]) -> list[Slot]:
    """Rule 2c: one event per happening. A companion that is part of the happening of the predicate its
    date attaches to (:func:`_one_happening`) is recorded in ``also``, not made an event ("came to Russia
    and visited several regions": one visit; "totaled $34 million, showing a decrease": one). Any other
    companion is an event of its own ("closed two plants on Friday, laying off 500 workers"; "arrested and
    charged two men"), and so is the toll of a happening ("crashed in June, killing all 228 people on
    board": the crash and the killing)."""
    out: list[Slot] = []
    seen: set[tuple[int | None, int, str | None]] = set()
    own = {slot.trigger.start for slot in slots if slot.trigger is not None and not slot.companion}
    for slot in sorted(slots, key=lambda s: (s.group, s.companion, s.date_start)):
        where = (slot.trigger.start if slot.trigger else None, slot.date_start, slot.value)
        if where in seen:
            continue  # one word, one date: "held talks" and "talks" are the same trigger
        if slot.companion == COORDINATE and slot.trigger is not None and slot.trigger.start in own:
            continue  # a conjunct with a date of its own takes no other's ("will hold a session on June 3 and is
            # due to report by the end of September": the report is September's only)
        seen.add(where)
        if slot.companion == COORDINATE:
            head = next((o for o in out if o.group == slot.group and not o.companion
                         and (o.date_start, o.value) == (slot.date_start, slot.value)), None)
            if head is not None and _one_happening(slot, head) and not _consequence(slot, head) \
                    and not _own_subject(slot, head):
                if slot.trigger is not None and slot.trigger.lemma not in head.also:
                    head.also += (slot.trigger.lemma,)
                continue
        out.append(slot)
    out.sort(key=lambda s: (s.date_start, s.trigger.start if s.trigger else -1))
    return out


def _consequence(slot: Slot, head: Slot) -> bool:
    """True when ``slot`` is the toll of the happening at ``head``, a happening of its own ("crashed in June,
    killing all 228 people on board"; "slammed into the coast, killing 100"; "four were killed when a bomb
    exploded on Sunday")."""
    mine, theirs = (s.trigger.lemma if s.trigger else "" for s in (slot, head))
    return mine in verbs("consequence") and mine != theirs


def _own_subject(slot: Slot, head: Slot) -> bool:
    """True when the verb of ``slot`` has a subject of its own, other than that of ``head``: another actor,
    another happening ("markets resumed their slide, and the Nikkei fell": the resumption and the fall)."""
    mine, theirs = slot.predicate, head.predicate
    if mine is None or mine.kind == "noun" or mine.subject < 0 or slot.sentence is None:
        return False
    words = slot.sentence.words
    if theirs is None or theirs.subject < 0:
        return True
    lemma = words[mine.subject].lemma.lower()
    return lemma != words[theirs.subject].lemma.lower() and words[mine.subject].tag not in ("WDT", "WP", "PRP")


def _one_happening(slot: Slot, head: Slot) -> bool:
    """True when companion ``slot`` is part of the happening at ``head``, not a happening of its own: a trip and
    what is done on it ("came to Russia and visited several regions", "visited Russia and held talks"), or a
    change that restates the figure of its clause ("totaled $34 million, showing a decrease of 56%"). Acts
    done one after the other are each a happening ("arrested and charged two men", "sold bonds and bought
    stocks")."""
    if slot.kind != head.kind:
        return False
    if slot.kind == TRIP_TYPE:
        return True
    trigger = slot.trigger
    return trigger is not None and trigger.lemma in classes()["change"] and (
        trigger.kind == "noun" or trigger.light_verb is not None)
