"""The regex fragments the date rules are built from: month and weekday names, days, years, numbers,
units, seasons, parts of the day, modifiers and time zones, made from the word tables once per grammar.

``strict`` fragments are for finding expressions in running text: names of months, weekdays and holidays
must be capitalized there ("May", not "may"). Reading a mention already found needs no such care.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon, capitalized, month_names, phrase
from .rules import RELATIVE_WORDS, TENS


@dataclass(frozen=True)
class Fragments:
    """The pieces of regex shared by the rule families (see :func:`fragments`), and what they were made of."""

    lex: Lexicon
    strict: bool
    full_days: list[str]
    upper: str
    lower: str
    month: str
    weekday: str
    weekday_any: str
    money: str
    day: str
    day_after_dash: str
    year: str
    full_year: str
    numword: str
    vague: str
    multi: str
    digits: str
    num: str
    unit: str
    plural_units: str
    singular_units: str
    a_units: str
    season: str
    day_part: str
    rel: str
    modpre: str
    durmod: str
    tz: str
    dayform: str
    weekday_prefix: str
    dash: str
    fiscal_words: str
    apostrophe: str


def fragments(lex: Lexicon, *, strict: bool = True) -> Fragments:
    """The fragments of ``lex``'s words; ``strict``: month, weekday and holiday names must be capitalized."""
    upper = r"(?-i:(?=[A-Z]))" if strict else ""
    lower = r"(?-i:(?=[a-z]))" if strict else ""
    full_months = month_names(lex.months)
    full_days = [k for k in lex.weekdays if not any(o != k and o.startswith(k) for o in lex.weekdays)]
    month = capitalized(full_months, dotted=[k for k in lex.months if k not in full_months], strict=strict)
    weekday = capitalized(full_days, strict=strict)
    weekday_any = capitalized(full_days, dotted=[k for k in lex.weekdays if k not in full_days], strict=strict)
    money = "$\u20ac\u00a3\u00a5"
    day = rf"(?<![\w.,{money}/:-])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:/]|[.,]\d)"
    day_after_dash = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:/]|[.,]\d)"
    year = rf"(?<![\w.,{money}#/])(?<!\d-)(?:1\d{{3}}|20\d{{2}})(?!\w|[.,]\d|[/:]\d)"
    # next to a month name a number is a year up to 2999; alone, only up to 2099
    full_year = rf"(?<![\w.,{money}#/])(?<!\d-)[12]\d{{3}}(?!\w|[.,]\d|[/:]\d)"
    numword = phrase(k for k, v in lex.numbers.items() if v is not None and " " not in k
                     and k not in ("a", "an", "dozen"))
    vague = phrase(k for k, v in lex.numbers.items() if v is None)
    multi = phrase(k for k, v in lex.numbers.items() if v is not None and " " in k and k != "a half")
    digits = rf"(?<![\w.,{money}])\d+(?:,\d{{3}})*(?:\.\d+)?(?!\.\d)"
    # number words chain as one number only as tens and units ("twenty-five") or around "hundred"; "two
    # five-year terms" is two numbers
    tens = phrase(k for k, v in lex.numbers.items() if v in TENS and " " not in k)
    units = phrase(k for k, v in lex.numbers.items() if v in range(1, 10) and " " not in k
                   and k not in ("a", "an", "single"))
    simple = rf"(?:{tens}(?:[-\s]+{units})?|{numword})"
    words = rf"{simple}(?:[-\s]+hundred(?:[-\s]+{simple})?)?"
    halves = rf"(?<![\w.,{money}/])\d+(?:-|\s+)1/2"  # "4-1/2 years", "a 2 1/2-year high"
    num = rf"(?:{halves}|{digits}|{multi}|{words}|{vague})(?:\s+and\s+a\s+half)?"
    unit = phrase(lex.units)
    plural_units = phrase(k for k, v in lex.units.items() if k.endswith("s") and k != v)
    singular = [k for k, v in lex.units.items() if not k.endswith("s") or k == v]
    # "a second" is far more often an ordinal ("a second consecutive day") than a duration, and "about a
    # quarter of its dealers" a fraction
    singular_units = phrase(k for k in singular if lex.units[k] != "second")
    a_units = phrase(k for k in singular if lex.units[k] not in ("second", "quarter"))
    season = phrase(lex.seasons)
    day_part = phrase(k for k, v in lex.day_parts.items() if ":" not in v)
    rel = phrase(RELATIVE_WORDS)
    modpre = (r"(?:(?P<mod>early|mid|late|end(?=-)|start(?=-)"
              r"|(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|dawn)"
              r"\s+of)(?:\s*[-\u2013]\s*|\s+))?")
    durmod = r"(?P<dm>" + phrase(lex.qualifiers) + r")"
    zones = "UTC|GMT|Z|CET|CEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|AEST|AEDT"
    offset = r"\s*[+-]\s*\d{1,2}(?::?\d{2})?"
    tz = (rf"(?:\s*(?P<tz>(?-i:{zones}))(?!\w)(?P<tzoff>{offset})?|\s*\((?-i:UTC|GMT){offset}\)"
          r"|\s+(?P<num_tz>[+-]\d\d:?\d\d)(?!\d)|\s+local\s+time"
          # "7 p.m. Eastern time", "noon Pacific Standard Time": the zone is said, the hour is kept as written
          r"|\s+(?:Eastern|Central|Mountain|Pacific|Atlantic|Greenwich(?:\s+Mean)?)\s+(?:(?:Standard|Daylight)\s+)?"
          r"[Tt]ime(?!\w)"
          # "11:07 a.m. Beijing time", "9 p.m. New York time": a place's time
          rf"|\s+(?!(?:{weekday}|{month})\b)(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time)(?!\w))?")
    # a day in words: after its month ("January first", "March the twenty-first") or as "the first of March"
    # (not "his first March in office")
    day_word = rf"(?:{phrase(lex.ordinals)})(?![\w-])"
    dayform = (rf"(?:(?P<m1>{month})\s+(?:the\s+)?(?P<d1>{day}|{day_word})"
               rf"|(?:the\s+)?(?P<d2>{day}|(?<=the\s){day_word}(?=\s+of\s))(?:(?:\s+of)?\s+|-)(?P<m2>{month}))")
    weekday_prefix = rf"(?:(?P<wd>{weekday_any})\.?,?\s+)?"
    dash = r"[-\u2013\u2014]"
    fiscal_words = r"(?:fiscal|financial|calendar)"
    apostrophe = "'\u2019\u2018"
    return Fragments(
        lex=lex, strict=strict, full_days=full_days, upper=upper, lower=lower, month=month, weekday=weekday,
        weekday_any=weekday_any, money=money, day=day, day_after_dash=day_after_dash, year=year,
        full_year=full_year, numword=numword, vague=vague, multi=multi, digits=digits, num=num, unit=unit,
        plural_units=plural_units, singular_units=singular_units, a_units=a_units, season=season, day_part=day_part,
        rel=rel, modpre=modpre, durmod=durmod, tz=tz, dayform=dayform, weekday_prefix=weekday_prefix, dash=dash,
        fiscal_words=fiscal_words, apostrophe=apostrophe,
    )
