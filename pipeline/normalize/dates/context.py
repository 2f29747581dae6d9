"""What the text around a date says of it, before it is resolved (:mod:`.resolve`): the paragraph it is in, the
year a date coordinated with it states ("April and November 2017", "in September last year"), whether a day is
written right after a clock time ("16:15 UTC, June 1st"), and the local day of a time restated in universal time
("1:30 a.m. (2000 GMT Tuesday)" is Wednesday's)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Iterable

from ...lang.dates.rules import RE_OF_OWNER, RE_OPENS_SENTENCE, RE_POSSESSIVE
from ...lang.dates.spec import Spec

RE_COORDINATION = re.compile(r"\s*(?:,|and|or|&|-|\u2013|\u2014|to|through|of|,\s*and|,\s*or)\s*", re.I)
RE_TIME_DAY = re.compile(r"\s*,?\s*(?:(?-i:on)\s+)?", re.I)  # (not "10 p.m. On Monday, he": a new sentence)


def paragraph_starts(text: str) -> list[int]:
    """Offsets where the paragraphs (lines) of ``text`` begin."""
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def paragraph_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def neighbour_year(text: str | None, current: tuple[int, int], following: Iterable[tuple[int, int, Spec]],
                   dct: dt.date | None) -> int | None:
    """The year of the date coordinated with the current one ("April and November 2017", "August or September of
    this year"), of the fiscal year it is part of ("the second quarter of Dell's fiscal 2014"), or of the year
    counted from the publication right after it ("in September last year")."""
    if text is None:
        return None
    last = current[1]
    for start, end, spec in following:
        between = text[last:start]
        relative_year = spec.base == "dct" and spec.gran == "year"
        if not (RE_COORDINATION.fullmatch(between) or (relative_year and not between.strip())
                or (RE_OF_OWNER.fullmatch(between) and spec.gran == "fy")) \
                or RE_POSSESSIVE.match(text, end):
            return None  # not "In March, last year's winner lost": a possessive names something else
        target = spec.parts[0] if spec.parts else spec
        if target.year is None and target.base is None and target.year_offset is None and target.month is not None:
            last = end  # "in August or September of this year": on to the year of the last one
            continue
        if target.year is not None and target.base is None:
            return target.year
        if target.base == "dct" and target.gran == "year" and dct is not None:
            return dct.year + target.offset
        if target.year_offset is not None and dct is not None:
            return dct.year + target.year_offset
        return None
    return None


def adjacent_day(text: str | None, end: int, nxt: tuple[int, int, Spec] | None) -> bool:
    """True when the next mention directly follows ("16:15 UTC, June 1st"; not "at 10 p.m. Tomorrow he leaves")."""
    return bool(text is not None and nxt is not None and RE_TIME_DAY.fullmatch(text[end:nxt[0]])
                and not RE_OPENS_SENTENCE.match(text, nxt[0]))


def local_day(clock: str | None, gloss: Spec) -> Spec:
    """The day of a local clock time restated in universal time (``gloss``, a TIME on a day): the one that
    puts the local time within a time zone's reach of it ("1:30 a.m. (2000 GMT Tuesday)" is Wednesday's,
    5.5 hours ahead); ``gloss`` itself when either is no zoned clock time."""
    local = _minutes(clock)
    universal = _minutes(gloss.time) if gloss.time and gloss.time.endswith("Z") else None
    if local is None or universal is None or gloss.year is None or gloss.day is None:
        return gloss
    for shift in (0, 1, -1):
        if -12 * 60 <= local + shift * 24 * 60 - universal <= 14 * 60:
            moved = dt.date(gloss.year, gloss.month, gloss.day) + dt.timedelta(days=shift)
            return gloss.replace(year=moved.year, month=moved.month, day=moved.day)
    return gloss


def _minutes(clock: str | None) -> int | None:
    m = re.match(r"(\d\d):(\d\d)", clock or "")
    return int(m[1]) * 60 + int(m[2]) if m else None


# a date of every year, not of one
RE_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)


def habitual(text: str, start: int) -> bool:
    """Is the date at ``start`` told as a yearly habit, "every" or "each" just before it ("has held a parade
    every Fourth of July since 1911", "every December")? (A word of habit elsewhere in the sentence is not
    enough: "before poaching usually peaks in June" is this June.)"""
    return bool(RE_EVERY_BEFORE.search(text, max(0, start - 7), start))
