"""dateparser as the last resort for absolute dates the grammar cannot read.

The grammar (:mod:`.grammar`) reads the forms news uses, cheaply; this module is only consulted for spans
spaCy's NER calls a date and no grammar rule reads ("the fifth of Sept. 2019" in an unusual spelling, say).
dateparser fills the parts a text leaves out from its ``RELATIVE_BASE``, so each text is parsed against two
bases far apart: a field that comes out the same both times was in the text, one that differs was filled in
and is left unknown. Relative expressions ("3 days ago", "Monday") differ in every field and are refused:
anchoring them is :mod:`.resolve`'s job. Parses are cached.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ...lang.dates import Spec

BASES = (dt.datetime(1901, 1, 1, 0, 0), dt.datetime(2098, 12, 28, 12, 30))
RE_LETTER_OR_SEPARATOR = re.compile(r"[A-Za-z/.\-]")
# An absolute date names a month or writes digits in a date's shape ("5/9/2019", "2019-09-05", "9/11"); texts
# with neither ("the financial year", "a second consecutive day", a version number "1.1.1") never reach
# dateparser.
RE_DATE_SHAPE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])"
    r"|(?<![\d.])(?:\d{1,2}/\d{1,2}|\d{1,2}([/.\-])\d{1,2}\1\d{2})(?![\d.])"  # "9/11", "5/9/19"
    r"|\d{4}", re.IGNORECASE)  # any four digits: "2019-09-05", "5/9/2019"
RE_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@functools.lru_cache(maxsize=1)
def _parsers(day_first: bool):
    from dateparser.date import DateDataParser

    order = "DMY" if day_first else "MDY"
    return tuple(
        DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": base, "RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first",
            "DATE_ORDER": order, "PREFER_DATES_FROM": "current_period",
        })
        for base in BASES
    )


@functools.lru_cache(maxsize=4096)
def parse(text: str, *, day_first: bool = False) -> Spec | None:
    """A :class:`Spec` for an absolute date or time dateparser reads in ``text``; None otherwise.

    Never raises: anything dateparser cannot read, or reads only relative to "now", gives None.
    """
    text = " ".join(text.split())
    if not text or len(text) > 80 or not RE_LETTER_OR_SEPARATOR.search(text) or not RE_DATE_SHAPE.search(text):
        return None  # a bare number is a count, not a date; no month and no numeric date: not absolute
    try:
        results = [p.get_date_data(text) for p in _parsers(day_first)]
    except Exception:  # noqa: BLE001 - a third-party parser must not break an article
        return None
    if any(r is None or r.date_obj is None for r in results):
        return None
    (a, period), (b, _) = ((r.date_obj, r.period) for r in results)
    year = a.year if a.year == b.year and RE_FOUR_DIGIT_YEAR.search(text) else None
    if period == "year":
        return Spec(gran="year", year=year) if year else None
    if a.month != b.month:
        return None
    if period == "month":
        return Spec(gran="month", year=year, month=a.month)
    if a.day != b.day:
        return None
    if period == "day":
        return Spec(gran="day", year=year, month=a.month, day=a.day)
    if period == "time" and (a.hour, a.minute) == (b.hour, b.minute):
        return Spec(type="TIME", gran="time", year=year, month=a.month, day=a.day, time=f"{a.hour:02d}:{a.minute:02d}")
    return None
