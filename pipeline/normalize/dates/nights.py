"""The night a text tells something went on through, read once the dates of its sentence are resolved: the night
before the morning it led up to ("worked through the night and pulled two survivors out early Thursday",
"reached the wreckage early Tuesday after searching through the night": Monday night), not the night of that
morning's day, which the day talked about gives "the night" at first."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Sequence

from ...records import TimeExpression

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
