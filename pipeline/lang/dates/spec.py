"""What a temporal expression says (:class:`Spec`), and the calendar arithmetic the grammar and the
resolver share (month lengths, ISO weeks, n-th weekdays, Easter, holidays).

A Spec is the grammar's reading of a text ("August 8" is month 8, day 8, year unknown), before the
normalizer anchors it in a document (:mod:`pipeline.normalize.dates.resolve`) and renders its TIMEX3
value (:mod:`pipeline.normalize.dates.values`).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass

# Granularities ordered from fine to coarse; a narrative or reference date can only anchor an expression
# whose granularity it has (a month cannot tell "the same day").
ORDER = ("time", "day", "weekend", "week", "month", "quarter", "half", "season", "year", "fy", "decade",
         "century")


@dataclass(frozen=True)
class Spec:
    """A temporal expression as read from its text, before or after anchoring.

    A DATE/TIME names calendar fields (``year``, ``month``...) and ``gran``; fields the text leaves out are
    None and are filled by anchoring. ``base`` marks a relative expression: ``"dct"`` for deictic ones
    counted from the publication date ("yesterday", "last week", "two years ago"), ``"ref"`` for anaphoric
    ones counted from the date the text last talked about ("the next day", "the same year"); ``unit`` and
    ``offset`` say how far. ``direction`` is -1/0/+1 for "last/this/next <month|weekday|season>".
    DURATION, SET and the ``*_REF`` values carry their final ``value`` directly.
    """

    type: str = "DATE"
    gran: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None
    century: int | None = None
    weekday: int | None = None
    time: str | None = None  # "18:00", "18:00Z" or a part of day "MO"
    base: str | None = None  # "dct" or "ref"
    unit: str | None = None
    offset: int = 0
    year_offset: int | None = None  # "the first quarter of last year": the year is dct year + year_offset
    direction: int | None = None
    holiday: str | None = None
    nth: int | None = None  # "the last week of March": the n-th week (-1: last) of ``month``
    fiscal: bool = False  # a quarter of a fiscal year ("the fiscal first quarter": ``FY1990-Q1``); ``year`` is the FY's
    value: str | None = None
    mod: str | None = None
    parts: tuple[Spec, Spec] | None = None  # an interval: (first, last)

    def replace(self, **changes) -> Spec:
        return dataclasses.replace(self, **changes)

    @property
    def is_calendar(self) -> bool:
        """True for a DATE or TIME naming calendar fields (not a duration, set, reference or interval)."""
        return self.type in ("DATE", "TIME") and self.value is None and self.parts is None

    @property
    def needs_year(self) -> bool:
        """A calendar date with a month, day, season, quarter or holiday but no year ("August 8")."""
        return (self.is_calendar and self.base is None and self.year is None and self.year_offset is None
                and (self.weekday is None or self.day is not None) and self.gran not in ("decade", "century")
                and (self.month is not None or self.season is not None or self.quarter is not None
                     or self.half is not None or self.holiday is not None))


# ------------------------------------------------------------------------------------------ arithmetic
def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def add_days(day: dt.date, days: int) -> dt.date | None:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def season_of(day: dt.date) -> tuple[int, str]:
    """The (year, season) a day falls in; December belongs to the winter of its own year."""
    code = ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[day.month - 1]
    return (day.year - 1 if day.month <= 2 else day.year), code


def nth_weekday(year: int, month: int, weekday: int, n: int | str) -> dt.date | None:
    """The n-th ISO ``weekday`` of a month (``n="L"``: the last one)."""
    days = [d for d in range(1, last_day(year, month) + 1) if dt.date(year, month, d).isoweekday() == weekday]
    if n == "L":
        return dt.date(year, month, days[-1])
    return dt.date(year, month, days[n - 1]) if 0 < n <= len(days) else None


def easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


WEEKDAY_CODES = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}


def week_in_month(year: int, month: int, nth: int, weekend: bool = False) -> tuple[int, int] | None:
    """The ISO (year, week) of the n-th week of a month (-1: the last), a week belonging to the month that
    holds its Thursday (ISO 8601's own rule for years): the first week holds the 4th, the last the 4th-last;
    of the n-th weekend, the week of the month's n-th Saturday ("the last weekend of July")."""
    if weekend:
        first = safe_date(year, month, 1)
        if first is None:
            return None
        saturday = 1 + (5 - first.weekday()) % 7
        if nth < 0:
            saturday += 7 * ((last_day(year, month) - saturday) // 7)
        else:
            saturday += 7 * (nth - 1)
        day = safe_date(year, month, saturday) if saturday <= last_day(year, month) else None
        return (day.isocalendar().year, day.isocalendar().week) if day is not None else None
    if nth < 0:
        day = safe_date(year, month, last_day(year, month) - 3)
        shift_weeks = nth + 1
    else:
        day = safe_date(year, month, 4)
        shift_weeks = nth - 1
    if day is None:
        return None
    day = add_days(day, 7 * shift_weeks)
    if day is None:
        return None
    iso = day.isocalendar()
    return iso.year, iso.week


def week_of_day(spec: Spec, year: int) -> Spec | None:
    """A week (or weekend) given by one of its days (``spec.month``, ``spec.day``) placed in ``year``."""
    day = safe_date(year, spec.month, spec.day) if spec.month and spec.day else None
    if day is None:
        return None
    iso = day.isocalendar()
    return spec.replace(year=iso.year, week=iso.week, month=None, day=None, year_offset=None, direction=None)


def place_holiday(spec: Spec, year: int) -> Spec | None:
    """A holiday Spec placed in ``year``: its day, or for "the Thanksgiving weekend" the weekend next to it
    (the one before a Monday or Tuesday holiday: "the Memorial Day weekend"; else the one after), or a day or
    week counted from it ("the day after Thanksgiving", "the week before Christmas": ``unit`` day, ``offset``)."""
    day = holiday_date(spec.holiday, year) if spec.holiday else None
    if day is not None and spec.unit == "day" and spec.offset:
        day, spec = add_days(day, spec.offset), spec.replace(unit=None, offset=0)
    if day is None:
        return None
    if spec.gran == "week":
        iso = day.isocalendar()
        return spec.replace(year=iso.year, week=iso.week, holiday=None, year_offset=None, direction=None)
    if spec.gran != "weekend":
        return with_day(spec, day)
    weekday = day.weekday()
    saturday = day - dt.timedelta(days=weekday + 2) if weekday <= 1 else day + dt.timedelta(days=5 - weekday)
    iso = saturday.isocalendar()
    return spec.replace(year=iso.year, week=iso.week, holiday=None, year_offset=None, direction=None)


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The day of a holiday rule from ``dates_holidays.json`` in ``year`` (None for a national day whose country
    is not known yet: "@independence day")."""
    if rule.startswith("@"):
        return None
    if rule.startswith("easter"):
        base = easter(year)
        return add_days(base, int(rule[6:] or 0))
    rule, shift = rule[:6], rule[6:] or "0"  # "11-TH4+1": Black Friday, "11-TH4-1": Thanksgiving eve
    month, rest = int(rule[:2]), rule[3:]
    if rest.isdigit():
        return safe_date(year, month, int(rest))
    n = rest[2:]
    day = nth_weekday(year, month, WEEKDAY_CODES[rest[:2]], n if n == "L" else int(n))
    return add_days(day, int(shift)) if day is not None and shift != "0" else day


def with_day(spec: Spec, day: dt.date, gran: str = "day") -> Spec:
    """``spec`` placed on a calendar day, keeping its time of day."""
    return spec.replace(gran="time" if spec.time else gran, year=day.year, month=day.month, day=day.day,
                        weekday=None, week=None, base=None, unit=None, offset=0, direction=None,
                        year_offset=None, holiday=None)
