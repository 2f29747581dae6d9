"""TIMEX3 values: the parsed form of a temporal expression (:class:`Spec`), calendar arithmetic on it, and its
rendering as a TIMEX3 ``value`` with day bounds and a precision.

Value conventions (TempEval-3 / TIMEX3, as in the MEANTIME corpus):

=============  =======================  ==========================================================
granularity    value                    bounds (``start_date``..``end_date``)
=============  =======================  ==========================================================
day            ``2019-04-25``           that day
week           ``2019-W17``             Monday..Sunday of the ISO week
weekend        ``2019-W17-WE``          Saturday..Sunday of that ISO week
month          ``2000-07``              first..last day of the month
quarter        ``2020-Q1``              the quarter's three months
half           ``2019-H1``              January..June or July..December
season         ``2013-SU``              meteorological: SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb
year           ``1961``                 the calendar year
fiscal year    ``FY2007``               none (fiscal years differ between organizations)
decade         ``199``                  1990-01-01..1999-12-31
century        ``19``                   1900-01-01..1999-12-31 (the 20th century)
time           ``2009-12-15T18:00Z``    the day; ``Z`` only when the text says UTC/GMT
part of day    ``2010-07-16TMO``        the day (MO morning, AF afternoon, EV evening, NI night)
=============  =======================  ==========================================================

Unknown parts are ``X``: ``XXXX-08-08`` (a day without a year), ``XXXX-WXX-4`` (a Thursday), ``XXXX``
(``last year`` with no publication date). An interval is ``start/end`` (``2001-07/2001-08``). Durations
and sets are ISO 8601 periods (``P24D``, ``PT30M``, ``PXY`` for "several years"); vague references are
``PRESENT_REF``, ``PAST_REF`` and ``FUTURE_REF``.
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
PRECISION = {"weekend": "week", "fy": "year"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
MIN_YEAR, MAX_YEAR = 1, 9998


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
                and self.weekday is None and self.gran not in ("decade", "century")
                and (self.month is not None or self.season is not None or self.quarter is not None
                     or self.half is not None or self.holiday is not None))


@dataclass(frozen=True)
class Rendered:
    value: str | None
    start_date: str | None
    end_date: str | None
    precision: str | None


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


def week_in_month(year: int, month: int, nth: int) -> tuple[int, int] | None:
    """The ISO (year, week) of the n-th week of a month (-1: the last), a week belonging to the month that
    holds its Thursday (ISO 8601's own rule for years): the first week holds the 4th, the last the 4th-last."""
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


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The day of a holiday rule from ``dates_holidays.json`` in ``year``."""
    if rule.startswith("easter"):
        base = easter(year)
        return add_days(base, int(rule[6:] or 0))
    month, rest = int(rule[:2]), rule[3:]
    if rest.isdigit():
        return safe_date(year, month, int(rest))
    n = rest[2:]
    return nth_weekday(year, month, WEEKDAY_CODES[rest[:2]], n if n == "L" else int(n))


def with_day(spec: Spec, day: dt.date, gran: str = "day") -> Spec:
    """``spec`` placed on a calendar day, keeping its time of day."""
    return spec.replace(gran="time" if spec.time else gran, year=day.year, month=day.month, day=day.day,
                        weekday=None, week=None, base=None, unit=None, offset=0, direction=None,
                        year_offset=None, holiday=None)


def shift(cal: Spec, unit: str, offset: int) -> Spec | None:
    """A resolved calendar Spec moved by ``offset`` units, keeping its granularity where that makes sense."""
    gran = cal.gran
    if unit in ("day", "week", "fortnight") and cal.day is not None:
        days = {"day": 1, "week": 7, "fortnight": 14}[unit] * offset
        moved = add_days(dt.date(cal.year, cal.month, cal.day), days)
        return with_day(cal, moved, "day") if moved else None
    if unit == "week" and gran in ("week", "weekend"):
        monday = dt.date.fromisocalendar(cal.year, cal.week, 1) + dt.timedelta(weeks=offset)
        iso = monday.isocalendar()
        return cal.replace(year=iso.year, week=iso.week)
    if unit == "month" and cal.month is not None:
        year, month = add_months(cal.year, cal.month, offset)
        return Spec(gran="month", year=year, month=month)
    if unit == "quarter" and cal.quarter is not None:
        year, month = add_months(cal.year, cal.quarter * 3 - 2, 3 * offset)
        return Spec(gran="quarter", year=year, quarter=(month - 1) // 3 + 1)
    if unit in ("year", "decade", "century") and cal.year is not None:
        year = cal.year + {"year": 1, "decade": 10, "century": 100}[unit] * offset
        if gran in ("day", "time") and cal.month and cal.day:
            return cal.replace(year=year, day=min(cal.day, last_day(year, cal.month)))
        if gran in ("week", "weekend"):
            weeks = dt.date(year, 12, 28).isocalendar().week
            return cal.replace(year=year, week=min(cal.week, weeks))
        return cal.replace(year=year)
    return None


# ------------------------------------------------------------------------------------------- rendering
def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def bounds(spec: Spec) -> tuple[dt.date | None, dt.date | None]:
    """First and last day covered by a resolved calendar Spec; (None, None) when a part is unknown."""
    g, y = spec.gran, spec.year
    if g in ("decade", "century"):
        if g == "decade" and spec.decade is not None:
            first = spec.decade * 10
            return safe_date(first, 1, 1) if first > 0 else None, safe_date(first + 9, 12, 31)
        if g == "century" and spec.century is not None:
            first = spec.century * 100
            return safe_date(max(first, 1), 1, 1), safe_date(first + 99, 12, 31)
        return None, None
    if y is None or not MIN_YEAR <= y <= MAX_YEAR or g == "fy":
        return None, None
    if g in ("day", "time"):
        if spec.month is None or spec.day is None:
            return None, None
        day = safe_date(y, spec.month, spec.day)
        return day, day
    if g in ("week", "weekend"):
        if spec.week is None:
            return None, None
        try:
            first = dt.date.fromisocalendar(y, spec.week, 6 if g == "weekend" else 1)
        except ValueError:
            return None, None
        return first, first + dt.timedelta(days=1 if g == "weekend" else 6)
    if g == "month" and spec.month:
        return safe_date(y, spec.month, 1), safe_date(y, spec.month, last_day(y, spec.month))
    if g == "quarter" and spec.quarter:
        m = spec.quarter * 3
        return safe_date(y, m - 2, 1), safe_date(y, m, last_day(y, m))
    if g == "half" and spec.half:
        return (safe_date(y, 1, 1), safe_date(y, 6, 30)) if spec.half == 1 else (safe_date(y, 7, 1),
                                                                                  safe_date(y, 12, 31))
    if g == "season" and spec.season:
        first, last = SEASON_MONTHS[spec.season]
        end_year = y + 1 if spec.season == "WI" else y
        return safe_date(y, first, 1), safe_date(end_year, last, last_day(end_year, last))
    if g == "year":
        return safe_date(y, 1, 1), safe_date(y, 12, 31)
    return None, None


def _year(y: int | None) -> str:
    return f"{y:04d}" if y is not None and 0 <= y <= 9999 else "XXXX"


def _two(n: int | None) -> str:
    return f"{n:02d}" if n is not None else "XX"


def value_of(spec: Spec) -> str | None:
    """The TIMEX3 value string of a Spec (resolved or not)."""
    if spec.value is not None:
        return spec.value
    if spec.parts is not None:
        first, last = (value_of(p) for p in spec.parts)
        return f"{first}/{last}" if first and last else None
    g, y = spec.gran, _year(spec.year)
    if g == "decade":
        return f"{spec.decade:03d}" if spec.decade is not None and spec.decade >= 0 else "XXX"
    if g == "century":
        return f"{spec.century:02d}" if spec.century is not None and spec.century >= 0 else "XX"
    if g == "fy":
        return f"FY{y}"
    if spec.weekday is not None and spec.day is None:
        return f"{y}-W{_two(spec.week)}-{spec.weekday}" + (f"T{spec.time}" if spec.time else "")
    if g in ("week", "weekend"):
        return f"{y}-W{_two(spec.week)}" + ("-WE" if g == "weekend" else "")
    if g == "month":
        return f"{y}-{_two(spec.month)}"
    if g == "quarter":
        return f"{y}-Q{spec.quarter or 'X'}"
    if g == "half":
        return f"{y}-H{spec.half or 'X'}"
    if g == "season":
        return f"{y}-{spec.season or 'XX'}"
    if g == "year":
        return y
    if g in ("day", "time"):
        day = f"{y}-{_two(spec.month)}-{_two(spec.day)}"
        return f"{day}T{spec.time}" if spec.time else day
    return None


def render(spec: Spec) -> Rendered:
    """Value, day bounds and precision of a Spec; bounds only for DATE/TIME values whose parts are known."""
    value = value_of(spec)
    if spec.type in ("DURATION", "SET") or spec.value is not None:
        return Rendered(value, None, None, None)
    if spec.parts is not None:
        (first, _), (_, last) = (bounds(p) for p in spec.parts)
        ok = first is not None and last is not None and first <= last
        return Rendered(value, _iso(first) if ok else None, _iso(last) if ok else None,
                        PRECISION.get(spec.parts[0].gran, spec.parts[0].gran))
    first, last = bounds(spec)
    gran = "time" if spec.gran == "time" or spec.time else spec.gran
    return Rendered(value, _iso(first), _iso(last), PRECISION.get(gran, gran))
