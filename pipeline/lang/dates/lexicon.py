"""The word tables of temporal expressions (``pipeline/data/dates_*.json``) and regex fragments from them.

Each table is a JSON map from a lower-case word or phrase to its meaning:

========================  ================================================================================
``dates_months.json``     month names and abbreviations -> 1..12 (``sept`` -> 9)
``dates_weekdays.json``   weekday names and abbreviations -> ISO weekday 1 (Monday) .. 7 (Sunday)
``dates_numbers.json``    number words -> value; ``null`` for unspecified amounts (``several``, ``a few``)
``dates_ordinals.json``   ordinal words -> 1..31 (``first``, ``twenty-first``)
``dates_units.json``      unit words -> canonical unit (``yrs`` -> ``year``)
``dates_seasons.json``    season words -> TIMEX3 season code (``fall`` -> ``FA``)
``dates_day_parts.json``  parts of the day -> TIMEX3 code (``morning`` -> ``MO``) or a clock time (``noon``)
``dates_refs.json``       vague references -> ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``
``dates_sets.json``       frequency words -> the TIMEX3 period of a SET (``weekly`` -> ``P1W``)
``dates_holidays.json``   holidays -> ``MM-DD``, ``MM-<weekday><n>`` (``11-TH4``: 4th Thursday; ``L``: last)
                          maybe with days after or before it (``11-TH4+1``: Black Friday, ``11-TH4-1``: its
                          eve), or ``easter±N``
``dates_national_days.json``  national days many countries name alike ("independence day") -> ISO 3166-1 code
                          -> a holiday rule as above; the country is the text's (:mod:`pipeline.normalize.dates`)
``qualifiers.json``       words before a duration -> TIMEX3 mod (``almost`` -> ``LESS_THAN``); the table the
                          money grammar reads too (:mod:`pipeline.lang.qualifiers`)
========================  ================================================================================

Tables are read once through :mod:`pipeline.tables` and checked here; a bad entry raises ``TableError``
(E301). Tests may build a :class:`Lexicon` of their own and pass it as ``lexicon=``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from ... import tables
from ...errors import Errors, TableError
from ..qualifiers import qualifiers

UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year",
                   "decade", "century"})
SEASONS = frozenset({"SP", "SU", "FA", "WI"})
DAY_PARTS = frozenset({"MO", "AF", "EV", "NI"})
REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
RE_SET_VALUE = re.compile(r"^P(?:T\d+[HMS]|\d+[DWMYQ])$")
RE_HOLIDAY = re.compile(r"^(?:\d{2}-\d{2}|\d{2}-(?:MO|TU|WE|TH|FR|SA|SU)[1-5L](?:[+-]\d)?|easter[+-]\d+)$")
RE_CLOCK = re.compile(r"^\d{2}:\d{2}$")
RE_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
NATIONAL = "@"  # the holiday rule of a national day, before the country is known: "@independence day"


@dataclass(frozen=True)
class Lexicon:
    """Every word table the date grammar uses (see the module docstring for their meaning)."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, float | None]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    seasons: Mapping[str, str]
    day_parts: Mapping[str, str]
    refs: Mapping[str, str]
    sets: Mapping[str, str]
    holidays: Mapping[str, str]
    qualifiers: Mapping[str, str | None]  # "about", "almost": the mod of a duration (qualifiers.json)
    national_days: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # name -> country -> rule


def _check(name: str, table: Any, ok) -> dict[str, Any]:
    if not isinstance(table, dict) or not table:
        raise TableError(Errors.E301.format(name=name, reason="expected a non-empty JSON object"))
    for key, value in table.items():
        if not key or key != key.lower() or key != key.strip():
            reason = f"key {key!r} is not a trimmed lower-case word"
            raise TableError(Errors.E301.format(name=name, reason=reason))
        if not ok(value):
            raise TableError(Errors.E301.format(name=name, reason=f"bad value {value!r} for {key!r}"))
    return dict(table)


def _is_amount(value: Any) -> bool:
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0)


def _is_int_in(low: int, high: int):
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


@functools.cache
def months() -> Mapping[str, int]:
    """``dates_months.json``: month names and abbreviations -> 1..12, loaded and validated once."""
    return _check("dates_months.json", tables.load_json("dates_months.json"), _is_int_in(1, 12))


@functools.cache
def lexicon() -> Lexicon:
    """The tables shipped in ``pipeline/data``, loaded and validated once."""

    def load(name: str, ok) -> dict[str, Any]:
        return _check(name, tables.load_json(name), ok)

    national = load("dates_national_days.json", _is_national)
    holidays = load("dates_holidays.json", _is_holiday)
    return Lexicon(
        months=months(),
        weekdays=load("dates_weekdays.json", _is_int_in(1, 7)),
        numbers=load("dates_numbers.json", _is_amount),
        ordinals=load("dates_ordinals.json", _is_int_in(1, 31)),
        units=load("dates_units.json", lambda v: v in UNITS),
        seasons=load("dates_seasons.json", lambda v: v in SEASONS),
        day_parts=load("dates_day_parts.json", lambda v: v in DAY_PARTS or bool(RE_CLOCK.match(str(v)))),
        refs=load("dates_refs.json", lambda v: v in REFS),
        sets=load("dates_sets.json", lambda v: isinstance(v, str) and bool(RE_SET_VALUE.match(v))),
        holidays={**{name: NATIONAL + name for name in national if name not in holidays}, **holidays},
        qualifiers=qualifiers("dates"),
        national_days=national,
    )


def _is_holiday(value: Any) -> bool:
    return isinstance(value, str) and bool(RE_HOLIDAY.match(value))


def _is_national(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and all(
        isinstance(code, str) and RE_COUNTRY_CODE.match(code) and _is_holiday(rule) for code, rule in value.items())


# ------------------------------------------------------------------------------------------- fragments
def phrase(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, matching any run of spaces between words and either
    apostrophe; hyphenated words also match with a space or nothing in place of the hyphen."""
    out = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        parts = [re.escape(p) for p in word.split()]
        body = r"\s+".join(parts).replace("'", "['\u2019]").replace(r"\-", r"[-\s]?")
        out.append(body)
    return "(?:" + "|".join(out) + ")"


def capitalized(words: Iterable[str], *, dotted: Iterable[str] = (), strict: bool = True) -> str:
    """An alternation of ``words`` and ``dotted`` (abbreviations) that must start with a capital letter
    ("May", "MAY", not "may"; any case unless ``strict``); a period after the word is part of it when a number
    follows."""
    dotted = set(dotted)
    plain = [w for w in words if w not in dotted]
    alts = []
    if plain:
        alts.append(phrase(plain))
    if dotted:
        alts.append(phrase(dotted))
    # an abbreviation's period belongs to it before a number ("Aug. 8", "May. 2000"), not at a sentence end
    upper = r"(?-i:(?=[A-Z]))" if strict else ""
    return upper + r"(?:" + "|".join(alts) + r")(?:\.(?=\s*\d))?(?!\w)"


# ------------------------------------------------------------------------------------------ month names
def month_names(table: Mapping[str, int] | None = None) -> frozenset[str]:
    """The full month names, lower case: the words of ``dates_months.json`` that abbreviate no other word
    there ("september", not "sept" or "sep")."""
    table = months() if table is None else table
    return frozenset(k for k in table if not any(o != k and o.startswith(k) for o in table))


def month_words(table: Mapping[str, int] | None = None) -> str:
    """A case-sensitive regex alternation of every month word of ``dates_months.json`` as written in a
    header, capitalized ("January", "Sept", "Jan"), longest first."""
    table = months() if table is None else table
    words = sorted((k.capitalize() for k in table), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"

