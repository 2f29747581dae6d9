"""Dates told twice: a time restated in another zone ("at 2 p.m. (1300 GMT)"), a date counted back right after
it ("on 24 April 1988, exactly 25 years ago"), and a counted date set off after the date it restates ("this
afternoon, less than two weeks after the Aug. 7 bombings"). Pure functions over TimeExpression values."""

from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from ..lang.dates.rules import RE_GLOSS_OPEN
from ..records import TimeExpression
from .dating import Slot

# one time restated in parentheses in another zone: "at 2 p.m. (1300 GMT)", "4:12 p.m. Moscow time (1212 GMT)"
RE_GLOSS_CLOSE = re.compile(r"\s*\)")
RE_ON_DAY = re.compile(r"\s+on\s+")  # a time and its day ("at 10 a.m. on Monday": two TIMEX3s)


def glosses(text: str, timexes: Sequence[TimeExpression]) -> dict[int, int]:
    """{index of a time: index of the same time restated right after it in parentheses} ("at 2 p.m. (1300
    GMT)": one time, in two zones; "at 04:17 local time on Saturday (00:47 GMT)": the day, after its time)."""
    return {n: n + 1 for n, (a, b) in enumerate(zip(timexes, timexes[1:], strict=False))
            if RE_GLOSS_OPEN.fullmatch(text, a.end, b.start) and RE_GLOSS_CLOSE.match(text, b.end) and b.type == "TIME"
            and (a.type == "TIME" or (n and a.type == "DATE" and timexes[n - 1].type == "TIME"
                                      and RE_ON_DAY.fullmatch(text, timexes[n - 1].end, a.start)))}


RE_RESTATING = re.compile(r",\s*(?:(?:exactly|about|almost|nearly|some|just|only|more\s+than)\s+)?", re.IGNORECASE)
RE_COUNTED_BACK = re.compile(r".*\b(?:ago|earlier|before)$", re.IGNORECASE)


def restatements(text: str, timexes: Sequence[TimeExpression]) -> dict[int, int]:
    """{index of a date: index of the same date counted back right after it, set off by a comma} ("on 24 April
    1988, exactly 25 years ago": one date, told twice)."""
    return {n: n + 1 for n, (a, b) in enumerate(zip(timexes, timexes[1:], strict=False))
            if RE_RESTATING.fullmatch(text, a.end, b.start) and RE_COUNTED_BACK.match(b.text)
            and a.start_date and b.start_date and b.end_date and b.start_date <= a.start_date <= b.end_date}


def glossed(slot: Slot, text: str, gloss: TimeExpression) -> Slot:
    """``slot`` with its date's text running on to the end of its restatement ``gloss`` ("2 p.m. (1300 GMT)")."""
    close = RE_GLOSS_CLOSE.match(text, gloss.end)
    end = close.end() if close else gloss.end
    return dataclasses.replace(slot, date_end=end, date_text=text[slot.date_start:end])


def restated_by(text: str, timexes: Sequence[TimeExpression], duration: TimeExpression) -> int | None:
    """The index of the date a counted ``duration`` restates, set off by a comma right after it ("learned of it at a
    meeting Monday evening, three days before Thanksgiving": Monday evening, told twice), else None."""
    k = max((i for i, t in enumerate(timexes) if t.end <= duration.start), default=None)
    if k is None or timexes[k].type not in ("DATE", "TIME") or timexes[k].start_date is None \
            or RE_RESTATING.fullmatch(text, timexes[k].end, duration.start) is None:
        return None
    return k
