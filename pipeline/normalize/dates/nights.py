"""The night a text tells something went on through, read once the dates of its sentence are resolved: the night
before the morning it led up to ("worked through the night and pulled two survivors out early Thursday",
"reached the wreckage early Tuesday after searching through the night": Monday night), not the night of that
morning's day, which the day talked about gives "the night" at first; and the small hours after a late night told
of (:func:`past_midnight`), which are the next day's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Sequence

from ...lang.dates.spec import Spec
from ...records import TimeExpression
from .timeline import Timeline
from .years import Clues

RE_THE_NIGHT = re.compile(r"the\s+(?:whole\s+|entire\s+)?night", re.IGNORECASE)
RE_AFTER = re.compile(r"\bafter\b", re.IGNORECASE)
# "after" opening the clause the night is told in: "after searching through", "after a session that ran through"
RE_AFTER_CLAUSE = re.compile(r"\bafter\s+[^,;.]{0,40}$", re.IGNORECASE)
RE_MORNING = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|0\d|1[01])")  # a morning, or a clock time before 11 a.m.
MORNING_MODS = frozenset({"START"})  # "early Thursday"


def _day(t: TimeExpression) -> dt.date | None:
    try:
        return dt.date.fromisoformat((t.value or "")[:10])
    except ValueError:
        return None


def _morning(t: TimeExpression) -> bool:
    return bool(RE_MORNING.match(t.value or "")) or (t.precision == "day" and t.mod in MORNING_MODS)


def nights_before(found: Sequence[TimeExpression], text: str | None) -> list[TimeExpression]:
    """``found`` with "the night" of a day moved to the night before when its sentence names, after it, a
    morning of the same day it led up to ("worked through the night and pulled two survivors out early Thursday";
    not "began early Wednesday and continued through the night"), or when it is told in an "after" clause of a
    date of that day ("ended the speech at noon on Wednesday after speaking through the night")."""
    out = list(found)
    nights = [i for i, t in enumerate(out)
              if (t.value or "").endswith("TNI") and RE_THE_NIGHT.fullmatch(t.text.strip())]
    if not text or not nights:
        return out
    by_sentence: dict[int, list[TimeExpression]] = {}
    for t in out:
        by_sentence.setdefault(t.sentence, []).append(t)
    for i in nights:
        night = out[i]
        day = _day(night)
        if day is None:
            continue
        same = [t for t in by_sentence[night.sentence] if t is not night and _day(t) == day]
        # (not a morning told after it in an "after" clause: "worked through the night ... after the river rose to
        # a record at 6 a.m. Sunday" is Sunday night)
        led_to = any(t.start > night.end and _morning(t) and not RE_AFTER.search(text, night.end, t.start)
                     for t in same)
        after = any(t.end <= night.start and RE_AFTER_CLAUSE.search(text, t.end, night.start) for t in same)
        if led_to or after:
            before = day - dt.timedelta(days=1)
            out[i] = dataclasses.replace(night, value=f"{before.isoformat()}TNI", start_date=before.isoformat(),
                                         end_date=before.isoformat())
    return out


LATE_NIGHT_HOUR, SMALL_HOURS_END, EVENING_HOUR, NOON_HOUR = 22, 7, 18, 12  # (6 a.m. after a late night: next morning)


def _hour(time: str | None) -> int | None:
    return int(time[:2]) if time and time[:2].isdigit() else None


def past_midnight(timeline: Timeline, day: Spec, spec: Spec, clues: Clues) -> bool:
    """Is the clock time ``spec`` in the small hours after the late night the text last told of on ``day``
    ("at midnight", "at 11:30 p.m.", "Monday night"), or the earlier end of a span of hours that began on it
    ("a curfew from 7 p.m. to 6 a.m."), or "past" one ("a count that stretched past 3 a.m."), or told in the past
    after an evening time of that day?"""
    last = timeline.recent[-1] if timeline.recent else None
    hour, before = _hour(spec.time), _hour(last.time) if last is not None else None
    if clues.prep == "past" and hour is not None and hour < SMALL_HOURS_END:
        return True  # "a count that stretched past 3 a.m.": into the night after the day told of
    if day.time == "NI" and hour is not None and hour < SMALL_HOURS_END:
        return True  # the small hours after a night talked about: "voted late Wednesday night ... signed the bill at
        # 12:30 a.m." (Thursday's)
    if last is None or hour is None or last.gran != "time" \
            or (last.year, last.month, last.day) != (day.year, day.month, day.day):
        return False
    if clues.prep in SPAN_ENDS and before is not None and hour < before:
        return True
    if last.time == "NI" and clues.tense == "past" and hour < NOON_HOUR:
        return True  # the morning after a night told in order: "climbed through the night. They stood on the top at
        # 8:40 a.m."
    if hour >= SMALL_HOURS_END:
        return False
    if clues.tense == "past" and before is not None and before >= EVENING_HOUR:
        return True  # told in order: "left at 8:52 p.m. and vanished four minutes later. Crews reached it about 1 a.m."
    # (or a span's end after an evening: "a meeting that began Wednesday evening and ran until 2 a.m.")
    return last.time == "NI" or (last.time == "EV" and clues.prep in SPAN_ENDS) \
        or (before is not None and before >= LATE_NIGHT_HOUR)


SPAN_ENDS = frozenset({"to", "until", "till", "through"})
