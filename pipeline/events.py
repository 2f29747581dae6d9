"""Stage 4b: group normalized mentions into dated Event records, one per dated sentence (first version)."""

from __future__ import annotations

from typing import Sequence

from .records import Article, Event, MoneyAmount, Organization, Person, Place, Sentence, TimeExpression

# fmt: off
TRIGGER_TYPES = {
    "meet": "meeting", "meeting": "meeting", "visit": "visit", "travel": "visit", "come": "visit",
    "sign": "agreement", "agree": "agreement", "talk": "talks", "talks": "talks", "say": "statement",
    "announce": "statement", "establish": "diplomatic relations", "trade": "trade", "amount": "trade",
}
# fmt: on


def _in(sentence: Sentence, start: int, end: int) -> bool:
    return sentence.start <= start and end <= sentence.end


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
    """Return one event per (sentence, DATE expression with a calendar value)."""
    events = []
    text = article.text
    for sentence in sentences:
        if sentence.start < article.body_start:
            continue
        stamps = [d for d in dates if d.type == "DATE" and d.start_date and _in(sentence, d.start, d.end)]
        if not stamps:
            continue
        root = next((p for p in sentence.predicates if p.is_root), None) or next(iter(sentence.predicates), None)

        def names(entities) -> tuple[str, ...]:
            return tuple(sorted({e.name for e in entities
                                 if any(_in(sentence, m.start, m.end) for m in e.mentions)}))

        for stamp in stamps:
            trigger = root.lemma if root else None
            events.append(Event(
                sentence=text[sentence.start:sentence.end], start=sentence.start, end=sentence.end,
                date=stamp.value, start_date=stamp.start_date, end_date=stamp.end_date,
                precision=stamp.precision, date_text=stamp.text, date_start=stamp.start, date_end=stamp.end,
                date_inherited=False, trigger=trigger,
                trigger_start=root.start if root else None, trigger_end=root.end if root else None,
                type=TRIGGER_TYPES.get(trigger or "", "other"),
                people=names(people), places=names(places), organizations=names(organizations),
                money=tuple(m.text for m in money if _in(sentence, m.start, m.end)),
            ))
    return events
