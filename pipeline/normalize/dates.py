"""Temporal normalization (first version: explicit dates through dateparser, TIMEX3 values)."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Sequence

from ..records import Article, Mention, Sentence, TimeExpression

RE_YEAR = re.compile(r"^(?:in\s+)?(1[5-9]\d\d|20\d\d)$", re.I)
RE_DURATION = re.compile(r"^(\d+)\s+(day|week|month|year)s?$", re.I)


@functools.lru_cache(maxsize=4096)
def _parse(text: str, base: str | None) -> tuple[str, str] | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False, "REQUIRE_PARTS": ["year"]}
    if base:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(base)
    data = dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date().isoformat(), data.period or "day"


def normalize(mention: Mention, *, published: str | None = None) -> TimeExpression | None:
    """Normalize one DATE/TIME mention to a TIMEX3 value, or None when it cannot be read."""
    text = mention.text.strip()
    common = dict(text=mention.text, start=mention.start, end=mention.end, sentence=mention.sentence)
    if m := RE_YEAR.match(text):
        year = int(m.group(1))
        return TimeExpression(type="DATE", value=str(year), start_date=f"{year}-01-01",
                              end_date=f"{year}-12-31", precision="year", **common)
    if m := RE_DURATION.match(text):
        return TimeExpression(type="DURATION", value=f"P{m.group(1)}{m.group(2)[0].upper()}", **common)
    parsed = _parse(text, published)
    if parsed is None:
        return TimeExpression(type=mention.label if mention.label in ("DATE", "TIME") else "DATE",
                              value=None, **common)
    day, period = parsed
    d = dt.date.fromisoformat(day)
    if period == "month":
        last = calendar.monthrange(d.year, d.month)[1]
        return TimeExpression(type="DATE", value=f"{d.year:04d}-{d.month:02d}", start_date=f"{d:%Y-%m}-01",
                              end_date=f"{d:%Y-%m}-{last:02d}", precision="month", **common)
    if period == "year":
        return TimeExpression(type="DATE", value=f"{d.year:04d}", start_date=f"{d.year:04d}-01-01",
                              end_date=f"{d.year:04d}-12-31", precision="year", **common)
    return TimeExpression(type="DATE", value=day, start_date=day, end_date=day, precision="day", **common)


def dates(
    mentions: Sequence[Mention], article: Article, *, sentences: Sequence[Sentence] = ()
) -> list[TimeExpression]:
    """Normalize all temporal mentions of an article, in text order."""
    out = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        timex = normalize(mention, published=article.published)
        if timex is not None:
            out.append(timex)
    return out


# fmt: off
MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
# fmt: on
RE_MONTH_DAY_YEAR = re.compile(r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})")
RE_DAY_MONTH_YEAR = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<year>\d{4})")
RE_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
RE_SLASHED = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})")


def parse_complete_date(text: str, *, day_first: bool = False) -> str | None:
    """Read a date with day, month and year ("26th April, 2019", "April 26, 2019", "2019-04-26",
    "04/26/2019") as ``YYYY-MM-DD``; None when a part is missing or the date does not exist.

    Numeric ``a/b/yyyy`` is month-first unless ``day_first`` (or unless only one reading is a real date).
    """
    text = text.strip()
    year = month = day = None
    if m := RE_ISO.search(text):
        year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    elif m := RE_SLASHED.search(text):
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        month, day = (b, a) if (day_first or a > 12) and b <= 12 else (a, b)
    elif m := (RE_MONTH_DAY_YEAR.search(text) or RE_DAY_MONTH_YEAR.search(text)):
        month = MONTH_NUMBERS.get(m["month"][:3].lower())
        year, day = int(m["year"]), int(m["day"])
    if not (year and month and day):
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
