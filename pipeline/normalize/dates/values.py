"""TIMEX3 values: a resolved :class:`~pipeline.lang.dates.spec.Spec` moved by calendar units, seen at another
granularity or counted from another date (``relative``), and rendered as a
TIMEX3 ``value`` with day bounds and a precision.

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
fiscal part    ``FY2007-Q1``, ``-H2``   none (a quarter or half of a fiscal year)
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

import datetime as dt
from dataclasses import dataclass

from ...lang.dates.spec import ORDER, Spec, add_days, add_months, last_day, quarter_of, safe_date, season_of, with_day

PRECISION = {"weekend": "week", "fy": "year"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
MIN_YEAR, MAX_YEAR = 1, 9998


@dataclass(frozen=True)
class Rendered:
    value: str | None
    start_date: str | None
    end_date: str | None
    precision: str | None


# ------------------------------------------------------------------------------------------- moving
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
        return Spec(gran="quarter", year=year, quarter=(month - 1) // 3 + 1, fiscal=cal.fiscal)
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
def from_day(day: dt.date, gran: str) -> Spec:
    """The period of granularity ``gran`` containing ``day``."""
    if gran in ("week", "weekend"):
        iso = day.isocalendar()
        return Spec(gran=gran, year=iso.year, week=iso.week)
    if gran == "month":
        return Spec(gran="month", year=day.year, month=day.month)
    if gran == "quarter":
        return Spec(gran="quarter", year=day.year, quarter=quarter_of(day))
    if gran == "half":
        return Spec(gran="half", year=day.year, half=1 if day.month <= 6 else 2)
    if gran == "season":
        year, code = season_of(day)
        return Spec(gran="season", year=year, season=code)
    if gran in ("year", "fy"):
        return Spec(gran=gran, year=day.year)
    if gran == "decade":
        return Spec(gran="decade", decade=day.year // 10)
    if gran == "century":
        return Spec(gran="century", century=day.year // 100)
    return Spec(gran="day", year=day.year, month=day.month, day=day.day)


def coarsen(base: Spec, gran: str) -> Spec | None:
    """``base`` (a resolved date) seen at granularity ``gran``; None when ``base`` is less precise."""
    if base.gran not in ORDER or ORDER.index(base.gran) > ORDER.index(gran if gran in ORDER else "day"):
        return None
    first, _ = bounds(base)
    return from_day(first, gran) if first else None


def move(base: Spec, unit: str, offset: int) -> Spec | None:
    """``base`` moved by ``offset`` units (``shift`` plus decades and centuries of their own granularity)."""
    if not offset:
        return base
    if base.gran == "decade" and unit in ("decade", "year"):
        return base.replace(decade=base.decade + (offset if unit == "decade" else offset // 10))
    if base.gran == "century" and unit in ("century", "year"):
        return base.replace(century=base.century + (offset if unit == "century" else offset // 100))
    if base.gran == "half" and unit in ("half", "month", "quarter", "year"):
        months = {"half": 6, "month": 1, "quarter": 3, "year": 12}[unit] * offset
        year, month = add_months(base.year, base.half * 6 - 5, months)
        return base.replace(year=year, half=1 if month <= 6 else 2)
    if base.gran == "season" and unit == "year":
        return base.replace(year=base.year + offset)
    return shift(base, unit, offset)


def relative(spec: Spec, base: Spec) -> Spec | None:
    """A relative Spec ("last week", "the next day") counted from a resolved ``base``."""
    gran = "day" if spec.gran == "time" else (spec.gran or base.gran)  # None: "the same period"
    if (base.fiscal and gran == "quarter") or gran == base.gran == "fy":
        # "the year-earlier period" after "the fiscal first quarter" (a fiscal period has no calendar bounds)
        moved = move(base, spec.unit or gran, spec.offset)
        return moved.replace(mod=spec.mod) if moved else None
    if spec.gran is None and gran in ("day", "time"):
        gran = "month"  # "the same period last year" after a day: a period is no single day
    target = coarsen(base, gran)
    if target is None:
        return None
    moved = move(target, spec.unit or gran, spec.offset)
    if moved is None:
        return None
    if spec.time:
        moved = moved.replace(type="TIME", gran="time", time=spec.time)
    return moved.replace(mod=spec.mod)


def unresolved(spec: Spec) -> Spec:
    """A relative or deictic Spec with nothing to count from: its value keeps ``X`` for the unknown parts."""
    kept = {} if spec.base is not None else {"month": spec.month, "day": spec.day, "quarter": spec.quarter,
                                               "half": spec.half, "season": spec.season}
    return Spec(type=spec.type, gran=spec.gran, time=spec.time, mod=spec.mod, weekday=spec.weekday, **kept)


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
    if y is None or not MIN_YEAR <= y <= MAX_YEAR or g == "fy" or spec.fiscal:
        return None, None  # a fiscal year's months are the company's
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
        return f"{'FY' if spec.fiscal else ''}{y}-Q{spec.quarter or 'X'}"
    if g == "half":
        return f"{'FY' if spec.fiscal else ''}{y}-H{spec.half or 'X'}"
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


def weekday_date(weekday: int, dct: dt.date, tense: str | None, direction: int | None) -> dt.date:
    """The date of a weekday named in an article published on ``dct`` (see :mod:`.resolve`'s docstring)."""
    back = (dct.isoweekday() - weekday) % 7
    ahead = (weekday - dct.isoweekday()) % 7
    past, future = dct - dt.timedelta(days=back), dct + dt.timedelta(days=ahead)
    if direction == -1:
        return past if back else past - dt.timedelta(days=7)
    if direction == 1:
        return future if ahead else future + dt.timedelta(days=7)
    if direction == 0:  # "this Friday": in the publication's week, unless the tense says the other side
        same_week = dct + dt.timedelta(days=weekday - dct.isoweekday())
        if tense == "past" and same_week > dct:
            return past  # "it happened this Sunday", in a Monday article: the day before
        if tense == "future" and same_week < dct:
            return future  # "he will arrive this Monday", in a Friday article: the one ahead
        return same_week
    if tense == "past":
        return past
    if tense in ("future", "present"):  # "resumes trading Tuesday", "is meeting Friday": the one ahead
        return future
    return past if back <= ahead else future
