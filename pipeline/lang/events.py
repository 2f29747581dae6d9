"""The event vocabulary: trigger lemma -> event type (``pipeline/data/events_*.json``), light verbs, and the
words that end the names of events.

- ``events_types.json`` documents the types (``{"type": "what it covers"}``); ``other`` is the default.
- ``events_triggers.json`` maps a trigger to its type. A key is a lemma (``"visit"``), a plural that means
  something else than its singular (``"talks"``, ``"ties"``), or a lemma restricted to one part of speech
  (``"state:verb"``: "they stated", not "the state"). A noun listed here is an *event noun*: a date
  attached to it dates a happening ("the 2016 election"), while a date attached to any other noun only
  describes a thing ("the document of 1961") and makes no event.
"""

from __future__ import annotations

import functools
import re
from typing import Mapping

from .. import tables
from ..errors import Errors, TableError

DEFAULT_TYPE = "other"
RE_TRIGGER_KEY = re.compile(r"^[a-z][a-z' -]*[a-z](?::(?:verb|noun))?$")
# Verbs whose own meaning is thin: the event is the noun they take ("held talks", "paid a visit",
# "a meeting was held", "launched an attack", "resumed negotiations").
# fmt: off
LIGHT_VERBS = frozenset({
    "arrange", "attend", "begin", "carry", "complete", "conclude", "conduct", "continue", "deliver", "end",
    "file", "finish", "give", "have", "hold", "host", "issue", "join", "launch", "lodge", "make", "mount",
    "organize", "pay", "perform", "reach", "resume", "seal", "stage", "start", "strike", "take", "undertake",
})
# fmt: on
# Verbs whose event is the object of "in": "took part in the celebrations", "participated in talks".
IN_VERBS = frozenset({"engage", "participate", "take"})
# fmt: off
# Last words of the names of events, not of places or organizations ("Paris Air Show", "Moscow Summit").
EVENT_NAME_WORDS = frozenset({
    "awards", "championship", "championships", "conference", "cup", "exhibition", "expo", "fair", "festival",
    "forum", "games", "marathon", "olympics", "show", "summit", "tournament", "week",
})
# fmt: on


@functools.cache
def types() -> Mapping[str, str]:
    """The documented event types (type -> description)."""
    table = tables.load_json("events_types.json")
    if not isinstance(table, dict) or DEFAULT_TYPE not in table:
        raise TableError(Errors.E301.format(name="events_types.json", reason=f"no '{DEFAULT_TYPE}' type"))
    for key, text in table.items():
        if not isinstance(text, str) or not text or key != key.lower():
            raise TableError(Errors.E301.format(name="events_types.json", reason=f"bad entry {key!r}"))
    return table


@functools.cache
def triggers() -> Mapping[str, str]:
    """The trigger table (key -> event type), checked against :func:`types`."""
    table = tables.load_json("events_triggers.json")
    known = types()
    if not isinstance(table, dict):
        raise TableError(Errors.E301.format(name="events_triggers.json", reason="not a JSON object"))
    for key, kind in table.items():
        if not RE_TRIGGER_KEY.match(key) or kind not in known:
            reason = f"bad entry {key!r}: {kind!r}"
            raise TableError(Errors.E301.format(name="events_triggers.json", reason=reason))
    return table


def lookup(
    lemma: str, *, pos: str = "", text: str = "", table: Mapping[str, str] | None = None
) -> str | None:
    """Type of a trigger, or None when it is not in the table.

    Args:
        lemma: The word's lemma.
        pos: ``verb`` or ``noun`` (part-of-speech restricted keys are tried first).
        text: The word as written; a listed plural ("talks") wins over its lemma ("talk").
        table: A trigger table (default: ``events_triggers.json``).
    """
    table = triggers() if table is None else table
    lemma = lemma.lower()
    for key in (text.lower() if text else None, f"{lemma}:{pos}" if pos else None, lemma):
        if key and key in table:
            return table[key]
    return None


def event_type(
    lemma: str | None, *, pos: str = "", text: str = "", table: Mapping[str, str] | None = None
) -> str:
    """Type of a trigger, ``other`` when it is unknown or missing."""
    if not lemma:
        return DEFAULT_TYPE
    return lookup(lemma, pos=pos, text=text, table=table) or DEFAULT_TYPE


def is_event_noun(lemma: str, *, text: str = "", table: Mapping[str, str] | None = None) -> bool:
    """True when a noun names a happening ("meeting", "talks", "election"), not a thing."""
    if table is None:
        return _is_listed_noun(lemma.lower(), text.lower())
    lemma = lemma.lower()
    return any(k in table for k in (text.lower(), f"{lemma}:noun", lemma) if k)


@functools.lru_cache(maxsize=8192)
def _is_listed_noun(lemma: str, text: str) -> bool:
    table = triggers()
    return any(k in table for k in (text, f"{lemma}:noun", lemma) if k)
