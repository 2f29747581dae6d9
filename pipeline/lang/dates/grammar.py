"""The temporal-expression grammar: regex rules that find expressions in text and read them (a Spec).

One :class:`Grammar` serves both stages. ``scan(text)`` (used by ``extractors/dates.py``) finds the spans of
every rule over a whole article, applies each rule's context guard, keeps the longest of overlapping
matches and joins ranges (``July-August 2001``, ``from 2009 to 2011``). ``parse(text)`` (used by the
normalizer, on one mention) reads a span back: the first rule that matches the whole text decides its
meaning; ranges are split at their connector and read side by side. Spans follow TimeML: a leading
preposition is left out (``on [August 8]``), determiners and modifiers are in (``[the end of 2018]``,
``[early 2019]``, ``[the past decade]``), and a range keeps its ``from``/``between``.

Numeric dates (``04/05/2019``) are month-first unless ``day_first`` (``Settings.day_first``) or unless only
one reading is a real date (``26/04/2019``); dotted dates (``26.04.2019``) are always day-first.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Callable, Iterator

from .lexicon import Lexicon, capitalized, lexicon, month_names, phrase
from .spec import Spec, holiday_date, week_in_month, with_day

# fmt: off
UNIT_CODES = {  # canonical unit -> (ISO 8601 designator, multiplier, is a time unit)
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True), "day": ("D", 1, False),
    "week": ("W", 1, False), "fortnight": ("W", 2, False), "month": ("M", 1, False),
    "quarter": ("Q", 1, False), "year": ("Y", 1, False), "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
}
DATE_MODS = {"early": "START", "beginning": "START", "start": "START", "dawn": "START", "mid": "MID",
             "middle": "MID", "late": "END", "end": "END", "close": "END"}
RELATIVE_WORDS = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "this": 0,
                  "current": 0, "same": 0, "next": 1, "coming": 1, "following": 1}
QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                 "final": 4}
HALF_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
# Words before a bare month, season or 'YY year that make it a date ("in May", "since '82").
# ("the March for Our Lives", "such as May" are not dates: no "the", "as")
TRIGGERS = frozenset({
    "in", "since", "until", "till", "by", "during", "from", "to", "through", "throughout", "before", "after",
    "between", "early", "mid", "late", "last", "next", "this", "of", "for", "and", "or", "over", "around",
    "than", "past", "into", "circa", "ca",
})
# Words before "a year", "a week" that make it a duration ("for a year", "within a week").
A_TRIGGERS = frozenset({
    "for", "over", "within", "in", "after", "than", "lasted", "lasting", "lasts", "last", "took", "take",
    "takes", "taking", "spent", "spend", "spends", "about", "around", "nearly", "almost", "least", "just",
    "only", "under", "roughly", "approximately", "barely", "once", "twice", "half", "extra", "another",
})
SEASON_WORDS = frozenset({"class", "summer", "winter", "fall", "spring", "autumn", "season"})
SEASON_TRIGGERS = frozenset({"in", "during", "by", "until", "till", "since", "over", "through", "throughout",
                             "this", "last", "next", "early", "late", "mid", "for", "before", "after", "and"})
DAY_PART_TRIGGERS = frozenset({"in", "during", "by", "until", "through", "throughout", "early", "late",
                               "mid"})
PLURAL_TRIGGERS = frozenset({"for", "in", "over", "within", "after", "took", "spent", "than", "throughout",
                             "lasted", "last", "through", "about", "nearly", "almost"})
NUMBER_BEFORE = re.compile(r"(?:\d[\d,.]*%?|million|billion|thousand|trillion|percent|cent|bn|m|k)\s*$", re.I)
# fmt: on

RE_WORD_BEFORE = re.compile(r"([A-Za-z\u2019']+)[\s\u00a0(\"\u201c]*$")


@dataclass(frozen=True)
class Rule:
    """One pattern of the grammar: its regex, its meaning (``build``) and its context guard (scan only)."""

    name: str
    regex: re.Pattern
    build: Callable[..., Spec | None]
    guard: Callable[[str, re.Match], bool] | None = None
    mergeable: bool = False  # may be the side of a range ("from 2009 to 2011")
    key: Key | None = None  # something every match contains (see ``keys``); None: scan everything


@dataclass(frozen=True)
class Found:
    """A span found by :meth:`Grammar.scan`."""

    start: int
    end: int
    rule: str


def word_before(text: str, start: int) -> str:
    """The lower-cased word ending just before ``start`` (skipping spaces, brackets and opening quotes)."""
    m = RE_WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def _num_value(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@dataclass(frozen=True)
class Key:
    """Something every match of a rule contains, and how far a match may reach before and after it.

    A rule's regex only runs in windows around its keys: most of a text starts no temporal expression, and
    finding the keys (one pass over the words, plus a few shape patterns for digits) is what keeps the
    grammar cheap next to spaCy. ``words`` are lower-case word tokens (``capital``: written with a capital
    letter); ``shape`` is a case-sensitive regex.
    """

    words: frozenset[str] = frozenset()
    shape: str | None = None
    capital: bool = False
    before: int = 40
    after: int = 10


RE_WORD = re.compile(r"[A-Za-z]+")


def _last_word(phrase_: str) -> str:
    return RE_WORD.findall(phrase_)[-1].lower()


def keys(lex: Lexicon) -> dict[str, Key | None]:
    """The :class:`Key` of each rule (None: the rule runs over the whole text)."""
    months = frozenset(lex.months)
    weekdays = frozenset(lex.weekdays)
    units = frozenset(lex.units)
    day_parts = frozenset(lex.day_parts)
    year = r"\d\d\d\d"
    return {
        "iso": Key(shape=r"\d\d\d\d-\d\d-\d\d", before=5, after=30),
        "numeric": Key(shape=r"\d[/.-]\d", before=5, after=12),
        "full_date": Key(months, capital=True, before=40, after=30),
        "month_day": Key(months, capital=True, before=40, after=30),
        "day_range": Key(months, capital=True, before=20, after=30),
        "month_year": Key(months, capital=True, before=40, after=20),
        "month": Key(months, capital=True, before=40, after=5),
        "week_of": Key(months, capital=True, before=30, after=20),
        "year_range": Key(shape=year, before=5, after=12),
        "fiscal": Key(frozenset({"fiscal", "financial"}), shape="FY", before=5, after=25),
        "year": Key(shape=year, before=40, after=5),
        "short_year": Key(shape="['\u2019\u2018]\\d\\d", before=40, after=5),
        "decade": Key(frozenset(DECADE_WORDS), shape=r"\d0['\u2019]?s", before=40, after=5),
        "century": Key(frozenset({"century", "centuries"}), before=40, after=10),
        "quarter": Key(frozenset({"quarter"}), before=30, after=40),
        "quarter_code": Key(shape=r"Q[1-4]|[1-4]Q", before=10, after=10),
        "half": Key(frozenset({"half"}), shape=r"H[12]", before=20, after=30),
        "season": Key(frozenset(lex.seasons), before=40, after=10),
        "weekday": Key(weekdays, capital=True, before=40, after=15),
        "deictic": Key(frozenset({"yesterday", "today", "tomorrow", "tonight"}) | day_parts, before=50,
                       after=15),
        "relative": Key(frozenset({"week", "weekend", "month", "year", "decade", "century"}), before=40,
                        after=5),
        "relative_the": Key(frozenset({"day", "week", "weekend", "month", "year", "decade", "century"}),
                            before=50, after=12),
        "same_period": Key(frozenset({"same"}), before=5, after=50),
        "day_part": Key(day_parts, before=10, after=5),
        "ago": Key(frozenset({"ago", "earlier", "later", "now", "hence", "back"}), before=50, after=5),
        "year_adj": Key(frozenset({"year"}), before=5, after=10),
        "time": Key(frozenset({"noon", "midday", "mid", "midnight", "clock"}),
                    shape=r"\d[:.]\d\d|\d\s*[aApP]\.?\s?[mM]|\d\d\d\d\s*(?:GMT|UTC|Z|hrs|hours)", before=20,
                    after=40),
        "ref": Key(frozenset(_last_word(r) for r in lex.refs), before=30, after=5),
        "duration": Key(units, before=45, after=8),
        "duration_a": Key(units, before=30, after=8),
        "duration_vague": Key(units, before=45, after=8),
        "unit_long": Key(units, before=2, after=6),
        "set_word": Key(frozenset(_last_word(w) for w in lex.sets), before=12, after=2),
        "set_every": Key(frozenset({"every", "each"}), before=2, after=40),
        "set_times": Key(frozenset({"once", "twice", "thrice", "times"}), before=30, after=20),
        "set_rate": Key(frozenset(k for k, v in lex.units.items() if not k.endswith("s") or k == v),
                        before=6, after=2),
        "set_weekdays": Key(frozenset(w + "s" for w in weekdays), capital=True, before=2, after=3),
        "holiday": Key(frozenset(RE_WORD.findall(h)[0].lower() for h in lex.holidays), capital=True,
                       before=40, after=30),
    }


def patterns(lex: Lexicon, *, strict: bool = True) -> dict[str, str]:
    """The regex of each rule (case-insensitive), built from the word tables.

    ``strict`` patterns are for finding expressions in running text: names of months, weekdays and holidays
    must be capitalized there ("May", not "may"). Reading a mention already found needs no such care.
    """
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
    num = rf"(?:{digits}|{multi}|{numword}(?:[-\s]+{numword})*|{vague})(?:\s+and\s+a\s+half)?"
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
          r"|\s+(?P<num_tz>[+-]\d\d:?\d\d)(?!\d)|\s+local\s+time)?")
    dayform = (rf"(?:(?P<m1>{month})\s+(?:the\s+)?(?P<d1>{day})"
               rf"|(?:the\s+)?(?P<d2>{day})(?:(?:\s+of)?\s+|-)(?P<m2>{month}))")
    weekday_prefix = rf"(?:(?P<wd>{weekday_any})\.?,?\s+)?"
    dash = r"[-\u2013\u2014]"
    fiscal_words = r"(?:fiscal|financial|calendar)"
    apostrophe = "'\u2019\u2018"
    return {
        "month_word": month,
        "iso": (r"(?<![\w./-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
                r"(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::\d{2}(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
                r"(?![\w/-]|\.\d)"),
        "numeric": (r"(?<![\w/.,:-])(?:(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
                    r"|(?P<ly>\d{4})(?P<lsep>[/.])(?P<lm>\d{1,2})(?P=lsep)(?P<ld>\d{1,2}))(?![\w/:-]|[.,]\d)"),
        "full_date": (rf"{weekday_prefix}{dayform}(?:\s*,\s*|\s+|(?<=[A-Za-z.])-)"
                      rf"(?:(?P<y>{full_year})|[{apostrophe}](?P<yy>\d\d)(?![\w{apostrophe}]))"),
        "month_day": rf"{weekday_prefix}{dayform}",
        "day_range": (rf"(?P<m1>{month})\s+(?P<d1>{day})\s*(?:{dash}|to|through)\s*(?P<d2>{day_after_dash})"
                      rf"(?:(?:\s*,\s*|\s+)(?P<y>{full_year}))?"
                      rf"|(?P<d3>{day})\s*(?:{dash}|to)\s*(?P<d4>{day_after_dash})\s+(?P<m2>{month})"
                      rf"(?:,?\s+(?P<y2>{full_year}))?"),
        "month_year": rf"{modpre}(?P<m>{month}),?\s+(?:of\s+)?(?P<y>{full_year})",
        "week_of": (rf"(?:the\s+)?(?P<wo>first|second|third|fourth|fifth|last|final)\s+week\s+(?:of|in)\s+"
                    rf"(?P<m>{month})(?:,?\s+(?:of\s+)?(?P<y>{full_year}))?"),
        "month": rf"{modpre}(?:(?P<mrel>{rel})\s+)?(?P<m>{month})",
        "year_range": (rf"(?<![\w.,{money}#/])(?<!\d-)(?P<y1>1\d{{3}}|20\d{{2}})\s*(?:{dash}|/)\s*"
                       r"(?P<y2>1\d{3}|20\d{2}|\d{2})"
                       r"(?!\w|[.,]\d|[-/]\d)"),
        "fiscal": (rf"(?:{fiscal_words}(?:\s+year)?\s+|(?-i:FY)\s?)(?P<y>(?:1\d|20)?\d{{2}}(?!\w))"
                   rf"|(?P<y2>{year})\s+{fiscal_words}\s+year"),
        "year": rf"{modpre}(?:the\s+year\s+)?(?P<y>{year})",
        "short_year": (rf"{modpre}(?<![\w{apostrophe}])[{apostrophe}](?P<yy>\d{{2}})"
                       rf"(?![\w{apostrophe}]|[.,]\d)"),
        "decade": (rf"(?:the\s+)?{modpre}(?:the\s+)?(?:(?P<d4>1\d{{2}}|20\d)0[{apostrophe}]?s"
                   rf"|(?P<ap>[{apostrophe}])?(?P<d2>\d)0[{apostrophe}]?s|(?P<dw>{phrase(DECADE_WORDS)}))(?!\w)"),
        "century": (rf"(?:the\s+)?{modpre}(?:the\s+)?"
                    rf"(?:(?P<cn>\d{{1,2}})(?:st|nd|rd|th)|(?P<cw>{phrase(lex.ordinals)}))"
                    r"[-\s]+century(?!\w)"),
        "quarter": (rf"(?:the\s+)?(?P<qw>{phrase(QUARTER_WORDS)}|{rel}|latest)[-\s]+(?:{fiscal_words}[-\s]+)?"
                    rf"quarter(?!s)(?:\s+of\s+(?:(?P<qrel>this|last|next|the)\s+(?:{fiscal_words}\s+)?year"
                    rf"|(?:fiscal\s+)?(?P<y>{year}))|,?\s+(?P<y2>{year}))?(?!\w)"),
        "quarter_code": (rf"(?-i:Q(?P<qn>[1-4]))(?:\s*(?:[-/]|of)?\s*(?P<y>{year})"
                         r"|\s*['\u2019](?P<yy>\d{2}))?(?!\w)"
                         rf"|(?P<y2>{year})\s*[-/]?\s*(?-i:Q(?P<qn2>[1-4]))(?!\w)"),
        "half": (rf"(?:the\s+)?(?P<hw>{phrase(HALF_WORDS)})\s+half\s+of\s+"
                 rf"(?:(?P<hrel>this|last|next|the)\s+year|(?P<y>{year}))|(?-i:H(?P<hn>[12]))\s*(?P<y2>{year})"),
        "season": (rf"{modpre}(?:(?P<srel>{rel}|the)\s+)?(?P<s>{season})"
                   rf"(?:\s+(?:of\s+)?(?P<y>{year})|\s*['\u2019](?P<yy>\d{{2}}))?(?!\w)"),
        "weekday": rf"{modpre}(?:(?P<wrel>{rel})\s+)?(?P<wd>{weekday})(?:\s+(?P<dp>{day_part}))?",
        "deictic": (rf"{modpre}(?:the\s+day\s+(?P<ba>before|after)\s+)?(?:(?P<ea>earlier|later)\s+)?"
                    rf"(?P<w>yesterday|today|tomorrow|tonight)(?:\s+(?P<dp>{day_part}))?(?!\w)"
                    rf"|(?:the\s+)?(?P<dem>this|last|tomorrow|yesterday|that|next|following|same|previous)"
                    rf"\s+(?P<dp2>{day_part})(?!\w)"),
        "relative": (rf"{modpre}(?:(?P<ea>earlier|later)\s+)?"
                     r"(?P<rel>this|last|next|past|previous|coming|current)"
                     r"\s+(?P<u>week(?:end)?|month|year|decade|century)(?!\w)"),
        "relative_the": (rf"{modpre}(?:(?P<ea>early|late)\s+in\s+)?(?:the|that)\s+"
                         rf"(?:(?P<rel>{rel}|very\s+same|entire|whole|full)\s+)?"
                         r"(?P<u>day|week(?:end)?|month|year|decade|century)"
                         r"(?:\s+(?P<ba>(?:before|after)(?=\s*(?:[,.;:)!?\"'\u201d]|$))|earlier|later|previous|prior))?"
                         r"(?!\w)(?!['\u2019]s\s+(?:end|start|beginning))"),
        "same_period": (r"the\s+same\s+(?P<u>day|week|month|quarter|period|time|season)\s+(?:of\s+)?"
                        r"(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year"
                        r"|the\s+(?:previous|prior|preceding|last)\s+year|(?:the\s+)?year\s+(?:before|earlier))(?!\w)"),
        "day_part": rf"(?:the\s+)?(?P<dp>{day_part})(?!\w)",
        "ago": (rf"(?:{durmod}\s+)?(?P<n>{num}|a|an)[-\s]+(?P<u>{unit})"
                r"\s+(?P<dir>ago|earlier|later|from\s+now|hence|back)(?!\w)(?!\s+than)"),
        "year_adj": r"(?<![\w-])year[-\s](?P<ye>end|earlier|ago)(?!\w)",
        "time": (rf"(?<![\w.:,{money}])(?:(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*"
                 r"(?P<ampm>[ap]\.\s?m\.?|[ap]\s?m\b)"  # "5 p.m." keeps its period, "5pm." does not
                 r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
                 r"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s*(?:(?-i:GMT|UTC|Z)|hrs|hours)\b)"
                 rf"|(?P<noon>noon|mid-?day|midnight)|(?P<h4>\d{{1,2}}|{numword})\s+o['\u2019]clock)"
                 rf"{tz}(?:,?\s+(?:on\s+)?(?P<tday>{weekday}|today|yesterday|tomorrow))?"),
        "ref": r"(?<![\w-])" + phrase(lex.refs) + r"(?![\w-])",
        "duration": (rf"(?:{durmod}\s+(?!the\b))?(?:the\s+(?P<drel>past|last|next|previous|coming|first|final"
                     rf"|following|remaining|ensuing|latest|preceding|prior)\s+)?(?P<n>{num})[-\s]+"
                     r"(?:(?:straight|consecutive|successive|trading|business|working|full|calendar|long|short|odd)"
                     rf"[-\s]+)?(?P<u>{unit})(?:[-\s]+(?P<tail>long|old))?(?!\w)"),
        "duration_a": (rf"(?:{durmod}\s+(?!the\b))?"
                       r"(?:the\s+(?P<drel>past|last|next|previous|coming|first|following)\s+)?"
                       rf"(?P<n>a|an|one)(?:\s+(?:full|whole|single))?[-\s]+(?P<u>{a_units})"
                       r"(?:[-\s]+(?P<tail>long|old))?(?!\w)"),
        "duration_vague": (rf"(?:{durmod}\s+(?!the\b))?"
                           r"(?:the\s+(?:(?P<drel>past|last|next|previous|coming|following)\s+)?)?"
                           rf"(?P<u>{plural_units})(?:-(?P<tail>long|old))?(?!\w)"),
        "unit_long": rf"(?P<u>{singular_units})-?long(?!\w)",
        "set_word": lower + phrase(lex.sets) + r"(?!\w)",
        "set_every": (rf"(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<n>{num})\s+)?"
                      rf"(?P<u>{unit}|{weekday}|{day_part})(?!\w)"),
        "set_times": (rf"(?:(?P<f>once|twice|thrice)|(?P<n>{num})\s+times)\s+(?:a|an|per|each|every)\s+"
                      rf"(?P<u>{singular_units})(?!\w)"),
        "set_rate": rf"(?:a|an|per)\s+(?P<u>{singular_units})(?!\w)",
        "set_weekdays": rf"(?P<wds>{capitalized([w + 's' for w in full_days], strict=strict)})",
        "holiday": (rf"{modpre}(?P<hol>{upper}{phrase(lex.holidays)}(?!\w))"
                    rf"(?:\s+(?:of\s+)?(?P<y>{year}))?"),
    }


class Grammar:
    """The rules built from a :class:`Lexicon` (the shipped tables by default, see :func:`grammar`)."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        p = self.patterns = patterns(lex)
        loose = patterns(lex, strict=False)
        # fmt: off
        # name, builder, guard (scan only), may be a side of a range; the longest match wins, then the first
        table = [
            ("iso", self._iso, None, True),
            ("numeric", self._numeric, self._guard_numeric, True),
            ("full_date", self._calendar, None, True),
            ("month_day", self._calendar, self._guard_month_day, True),
            ("day_range", self._day_range, None, False),
            ("month_year", self._calendar, None, True),
            ("month", self._calendar, self._guard_month, True),
            ("week_of", self._week_of, None, False),
            ("year_range", self._year_range, self._guard_year_range, False),
            ("fiscal", self._fiscal, None, True),
            ("year", self._calendar, None, True),
            ("short_year", self._short_year, self._guard_short_year, True),
            ("decade", self._decade, self._guard_decade, True),
            ("century", self._century, None, True),
            ("quarter", self._quarter, None, True),
            ("quarter_code", self._quarter, None, True),
            ("half", self._half, None, True),
            ("season", self._season, self._guard_season, True),
            ("weekday", self._weekday, None, True),
            ("deictic", self._deictic, None, True),
            ("relative", self._relative, None, True),
            ("relative_the", self._relative_the, self._guard_relative_the, False),
            ("same_period", self._same_period, None, False),
            ("day_part", self._day_part, self._guard_day_part, False),
            ("ago", self._ago, None, False),
            ("year_adj", self._year_adj, None, False),
            ("time", self._time, self._guard_time, True),
            ("ref", self._ref, self._guard_ref, False),
            ("duration", self._duration, self._guard_duration, False),
            ("duration_a", self._duration, self._guard_duration_a, False),
            ("duration_vague", self._duration, self._guard_duration_vague, False),
            ("set_word", self._set_word, None, False),
            ("set_every", self._set_every, None, False),
            ("set_times", self._set_times, None, False),
            ("set_rate", self._set_times, self._guard_set_rate, False),
            ("set_weekdays", self._set_weekdays, None, False),
            ("unit_long", self._unit_long, None, False),
            ("holiday", self._holiday, self._guard_holiday, True),
        ]
        # fmt: on
        key_of = keys(lex)
        self.shapes = {k.shape: re.compile(k.shape) for k in key_of.values() if k and k.shape}
        # every expression starts at the start of a word: other positions fail on the first assertion
        self.rules: list[Rule] = [
            Rule(name, re.compile(r"(?<!\w)(?:" + p[name] + ")", re.I), build, guard, mergeable,
                 key_of.get(name))
            for name, build, guard, mergeable in table
        ]
        # the same rules, reading one mention (no capitals needed: "friday, 03 september 2014")
        self.readers: list[Rule] = [Rule(r.name, re.compile(loose[r.name], re.I), r.build) for r in self.rules]
        self.by_name = {rule.name: rule for rule in self.rules}
        self.mergeable = frozenset({rule.name for rule in self.rules if rule.mergeable} | {"datetime"})
        self.priority = {rule.name: i for i, rule in enumerate(self.rules)}
        self.time_reader = next(r.regex for r in self.readers if r.name == "time")
        self.range_gap = re.compile(r"\s*(?:[-\u2013\u2014]|to|until|till|through|thru)\s*", re.I)
        self.range_and = re.compile(r"\s+and\s+", re.I)
        self.range_start = re.compile(r"(?:from|between)\s+$", re.I)

    # ------------------------------------------------------------------------------------------ scanning
    def scan(self, text: str) -> list[Found]:
        """All temporal expressions of ``text``: guarded rule matches, longest first, ranges joined."""
        candidates = []
        index: dict[str, list[tuple[int, int]]] = {}
        for m in RE_WORD.finditer(text):
            index.setdefault(m.group().lower(), []).append(m.span())
        shapes = {shape: [m.span() for m in regex.finditer(text)] for shape, regex in self.shapes.items()}
        for rule in self.rules:
            if rule.key is None:
                spans = [(0, len(text))]
            else:
                hits = _hits(rule.key, text, index, shapes)
                spans = _windows(hits, rule.key.before, rule.key.after, len(text))
            for start, end in spans:
                for m in self._matches(rule.regex, text, start, end):
                    if m.end() > m.start() and (rule.guard is None or rule.guard(text, m)):
                        candidates.append(Found(m.start(), m.end(), rule.name))
        candidates.sort(key=lambda f: (f.start - f.end, self.priority[f.rule], f.start))
        taken: list[Found] = []
        for f in candidates:
            if all(f.end <= t.start or t.end <= f.start for t in taken):
                taken.append(f)
        taken.sort(key=lambda f: f.start)
        return self._join_ranges(text, self._join_times(text, taken))

    def _join_times(self, text: str, found: list[Found]) -> list[Found]:
        """A day next to a time of day is one expression: "Monday at 10 a.m.", "10 a.m. on March 3"."""
        out: list[Found] = []
        for f in found:
            prev = out[-1] if out else None
            if prev is not None:
                gap = text[prev.end:f.start]
                if (prev.rule in DAY_RULES and f.rule == "time" and RE_DAY_TIME_GAP.fullmatch(gap)) or \
                        (prev.rule == "time" and f.rule in DAY_RULES and RE_TIME_DAY_GAP.fullmatch(gap)):
                    out[-1] = Found(prev.start, f.end, "datetime")
                    continue
            out.append(f)
        return out

    @staticmethod
    def _matches(regex: re.Pattern, text: str, pos: int, endpos: int) -> Iterator[re.Match]:
        """Matches of ``regex`` in ``text[pos:endpos]`` that do not cross a line break (no temporal expression
        does): a match that would is searched again line by line."""
        for m in regex.finditer(text, pos, endpos):
            if "\n" not in m.group():
                yield m
                continue
            start = m.start()
            for line in m.group().split("\n"):
                if line:
                    yield from regex.finditer(text, start, start + len(line))
                start += len(line) + 1

    def _join_ranges(self, text: str, found: list[Found]) -> list[Found]:
        out: list[Found] = []
        i = 0
        while i < len(found):
            a = found[i]
            b = found[i + 1] if i + 1 < len(found) else None
            if b is not None and a.rule in self.mergeable and b.rule in self.mergeable:
                gap = text[a.end:b.start]
                lead = self.range_start.search(text, max(0, a.start - 10), a.start)
                if self.range_gap.fullmatch(gap) or (lead and lead.group().lower().startswith("between")
                                                     and self.range_and.fullmatch(gap)):
                    start = lead.start() if lead else a.start
                    out.append(Found(start, b.end, "range"))
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    def accepts(self, text: str, start: int, end: int, *, rules: frozenset[str] | None = None) -> bool:
        """False when ``text[start:end]`` is read by a rule (of ``rules``, default all) whose context guard
        rejects it here: a span found by other means, such as spaCy's NER, gets the grammar's scrutiny."""
        guarded = False
        for rule in self.rules:
            if rules is not None and rule.name not in rules:
                continue
            m = rule.regex.fullmatch(text, start, end)
            if m is not None:
                if rule.guard is None or rule.guard(text, m):
                    return True
                guarded = True
        return not guarded

    # ------------------------------------------------------------------------------------------- parsing
    def parse(self, text: str, *, day_first: bool = False) -> Spec | None:
        """Read one temporal expression (a whole mention) into a Spec; None when no rule reads all of it."""
        return _parse_cached(self, text, day_first)

    def _parse(self, text: str, day_first: bool) -> Spec | None:
        text = " ".join(text.split()).strip(" ,;:")
        if not text:
            return None
        for candidate in _variants(text):
            spec = self._parse_one(candidate, day_first)
            if spec is not None:
                return spec
        return None

    def _parse_one(self, text: str, day_first: bool) -> Spec | None:
        for rule in self.readers:
            m = rule.regex.fullmatch(text)
            if m is not None:
                spec = rule.build(m, day_first=day_first) if rule.name == "numeric" else rule.build(m)
                if spec is not None:
                    return spec
        return self._parse_datetime(text, day_first) or self._parse_range(text, day_first)

    def _parse_datetime(self, text: str, day_first: bool) -> Spec | None:
        """A day and a time of day: "Monday at 10 a.m.", "12 Feb 2015 10:56 PM", "10 a.m. on March 3"."""
        for m in self.time_reader.finditer(text):
            before, after = text[:m.start()], text[m.end():]
            if before.strip() and after.strip():
                continue
            day_text = RE_DATETIME_GLUE.sub("", before) if before.strip() else RE_TIME_GLUE.sub("", after)
            day = self._parse_one(day_text, day_first) if day_text else None
            clock = self._time(m)
            if (day is None or clock is None or not day.is_calendar or day.time is not None
                    or not (day.gran == "day" or day.weekday is not None) or clock.base or clock.weekday):
                continue
            return day.replace(type="TIME", gran="time", time=clock.time)
        return None

    def _parse_range(self, text: str, day_first: bool) -> Spec | None:
        body = re.sub(r"^(?:from|between)\s+", "", text, flags=re.I)
        for gap in list(self.range_gap.finditer(body)) + list(self.range_and.finditer(body)):
            left, right = body[:gap.start()], body[gap.end():]
            if not left or not right:
                continue
            first = self._parse_one(left, day_first)
            last = self._parse_one(right, day_first) if first is not None else None
            if first is None or last is None or not (first.is_calendar and last.is_calendar):
                continue
            return share_fields(first, last)
        return None

    # ------------------------------------------------------------------------------------------- guards
    def _guard_numeric(self, text: str, m: re.Match) -> bool:
        return bool(m["ly"]) or m["sep"] == "/" or len(m["y"]) == 4

    def _guard_month_day(self, text: str, m: re.Match) -> bool:
        after = text[m.end():m.end() + 12]
        return not re.match(r"\s*(?:%|percent|per\s*cent|million|billion|[.,:]\d|-\d)", after, re.I)

    def _guard_month(self, text: str, m: re.Match) -> bool:
        if m["mod"] or m["mrel"]:
            return True
        if word_before(text, m.start()) in TRIGGERS:
            return True
        after = text[m.end():m.end() + 40]
        # "July-August 2001", "April and November 2017", "October of next year"
        return bool(re.match(rf"\s*(?:[-\u2013\u2014/]|and|or|to|through)\s*{self.patterns['month_word']}"
                             r"|\s+of\s+(?:this|last|next|the\s+(?:same|following|previous)|that)\s+year",
                             after, re.I))

    def _guard_year_range(self, text: str, m: re.Match) -> bool:
        first, second = int(m["y1"]), m["y2"]
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        return first < last <= first + 100

    def _guard_short_year(self, text: str, m: re.Match) -> bool:
        return bool(m["mod"]) or word_before(text, m.start()) in TRIGGERS | SEASON_WORDS

    def _guard_decade(self, text: str, m: re.Match) -> bool:
        if m["d4"] or m["mod"] or m["ap"]:
            return True
        said = text[m.start():m.end()].lower()
        return said.startswith("the") or word_before(text, m.start()) in ("and", "or", "to", "early", "mid",
                                                                          "late")

    def _guard_season(self, text: str, m: re.Match) -> bool:
        if m["y"] or m["yy"] or m["mod"]:
            return True
        if m["srel"] and m["srel"].lower() != "the":
            return True
        if re.match(r"\s+of\b", text[m.end():m.end() + 4], re.I):
            return False  # "the fall of Rome", "the summer of love"
        if m["s"].lower() == "fall" and not m["srel"]:
            return False
        before = word_before(text, m.start())
        return before in SEASON_TRIGGERS

    def _guard_relative_the(self, text: str, m: re.Match) -> bool:
        if m["rel"] or m["ba"] or m["mod"] or m["ea"]:
            return True
        return not re.match(r"\s+(?:of|when|that|which|in\s+which|on\s+which|it|he|she|they|we|I|the)\b",
                            text[m.end():m.end() + 12], re.I)

    def _guard_day_part(self, text: str, m: re.Match) -> bool:
        return word_before(text, m.start()) in DAY_PART_TRIGGERS

    def _guard_time(self, text: str, m: re.Match) -> bool:
        if m["h2"] is not None:
            before = text[max(0, m.start() - 12):m.start()]
            # "3:16" as a ratio, a verse or a score is not a time: want a clock context.
            return bool(m["tz"] or m["tday"] or re.search(r"(?:at|by|from|until|to|before|after|"
                                                                     r"around|about|since)\s+$", before, re.I)
                        or re.match(r"\s*(?:hrs|hours|local|a\.?m|p\.?m)", text[m.end():m.end() + 8], re.I))
        return True

    def _guard_duration(self, text: str, m: re.Match) -> bool:
        n = m["n"]
        return not (n[0].isdigit() and "," in n)  # "10,000 hours" is rarely a duration in news

    def _guard_duration_a(self, text: str, m: re.Match) -> bool:
        if m["dm"] or m["drel"] or m["tail"] or text[m.end("n"):m.end("n") + 1] == "-":
            return True
        return word_before(text, m.start()) in A_TRIGGERS

    def _guard_duration_vague(self, text: str, m: re.Match) -> bool:
        if m["dm"] or m["drel"] or m["tail"]:
            return True
        said = text[m.start():m.end()].lower()
        before = word_before(text, m.start())
        if before == "after" and said == "hours":
            return False  # "after hours trading"
        if said.startswith("the"):
            return before in ("over", "throughout", "through", "for")
        return before in PLURAL_TRIGGERS

    def _guard_set_rate(self, text: str, m: re.Match) -> bool:
        return bool(NUMBER_BEFORE.search(text, max(0, m.start() - 20), m.start()))

    def _guard_holiday(self, text: str, m: re.Match) -> bool:
        # "Christmas Island", "Easter Island": a name goes on with a capitalized word
        return m["y"] is not None or not re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3])

    def _guard_ref(self, text: str, m: re.Match) -> bool:
        said = m.group().lower()
        before = word_before(text, m.start())
        after = text[m.end():m.end() + 14]
        if said == "soon" and (before in ("as", "how", "too")
                               or re.match(r"\s+(?:after|afterwards|thereafter)\b", after, re.I)):
            return False
        if said in ("current", "recent") and before in ("electric", "ocean", "alternating", "direct"):
            return False
        return True

    # ------------------------------------------------------------------------------------------ builders
    def _month(self, word: str | None) -> int | None:
        return self.lex.months.get(word.lower().rstrip(".")) if word else None

    def _number(self, text: str) -> float | None:
        """A number written in digits or words; None for an unspecified amount ("several")."""
        t = " ".join(text.lower().split())
        half = 0.0
        if t.endswith(" and a half"):
            t, half = t[: -len(" and a half")], 0.5
        if t in self.lex.numbers:
            base = self.lex.numbers[t]
            return None if base is None else base + half
        if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", t):
            return float(t.replace(",", "")) + half
        total = 0.0
        for word in re.split(r"[-\s]+", t):
            value = self.lex.numbers.get(word)
            if value is None:
                return None
            total = total * value if value == 100 and total else total + value
        return total + half

    def _mod(self, m: re.Match) -> str | None:
        word = m.groupdict().get("mod")
        if not word:
            return None
        key = word.lower().split()[-2] if word.lower().endswith(" of") else word.lower()
        return DATE_MODS.get(key)

    def _iso(self, m: re.Match) -> Spec | None:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if not _valid(y, mo, d):
            return None
        if m["hh"]:
            utc = m["tz"] in ("Z", "+00:00", "+0000", "-00:00", "+00")
            return Spec(type="TIME", gran="time", year=y, month=mo, day=d,
                        time=f"{m['hh']}:{m['mm']}" + ("Z" if utc else ""))
        return Spec(gran="day", year=y, month=mo, day=d)

    def _numeric(self, m: re.Match, *, day_first: bool = False) -> Spec | None:
        if m["ly"]:  # 2019/04/26, 2019.04.26: year first, then month and day (as in ISO 8601)
            year, month, day = int(m["ly"]), int(m["lm"]), int(m["ld"])
            return Spec(gran="day", year=year, month=month, day=day) if _valid(year, month, day) else None
        a, b, y = int(m["a"]), int(m["b"]), m["y"]
        year = int(y) if len(y) == 4 else _expand_two_digit(int(y))
        if m["sep"] == ".":
            day_first = True
        month, day = (b, a) if day_first else (a, b)
        if not _valid(year, month, day):
            month, day = day, month
        return Spec(gran="day", year=year, month=month, day=day) if _valid(year, month, day) else None

    def _calendar(self, m: re.Match) -> Spec | None:
        g = m.groupdict()
        month = self._month(g.get("m") or g.get("m1") or g.get("m2"))
        day_text = g.get("d1") or g.get("d2")
        day = int(re.match(r"\d+", day_text).group()) if day_text else None
        year = int(g["y"]) if g.get("y") else (_expand_two_digit(int(g["yy"])) if g.get("yy") else None)
        mod = self._mod(m)
        if day is not None:
            if month is None or not _valid(year or 2000, month, day):
                return None
            return Spec(gran="day", year=year, month=month, day=day, mod=mod)
        if month is not None:
            rel = (g.get("mrel") or "").lower()
            return Spec(gran="month", year=year, month=month, mod=mod, direction=RELATIVE_WORDS.get(rel))
        if year is not None:
            return Spec(gran="year", year=year, mod=mod)
        return None

    def _week_of(self, m: re.Match) -> Spec | None:
        nth = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}
        spec = Spec(gran="week", month=self._month(m["m"]), nth=nth[m["wo"].lower()])
        if m["y"]:
            week = week_in_month(int(m["y"]), spec.month, spec.nth)
            return Spec(gran="week", year=week[0], week=week[1]) if week else None
        return spec

    def _day_range(self, m: re.Match) -> Spec | None:
        month = self._month(m["m1"] or m["m2"])
        d1 = int(re.match(r"\d+", m["d1"] or m["d3"]).group())
        d2 = int(re.match(r"\d+", m["d2"] or m["d4"]).group())
        year = m["y"] or m["y2"]
        year = int(year) if year else None
        if month is None or d2 <= d1 or not _valid(year or 2000, month, d2):
            return None
        first = Spec(gran="day", year=year, month=month, day=d1)
        return Spec(parts=(first, first.replace(day=d2)))

    def _year_range(self, m: re.Match) -> Spec | None:
        first, second = int(m["y1"]), m["y2"]
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if not first < last <= first + 100:
            return None
        return Spec(parts=(Spec(gran="year", year=first), Spec(gran="year", year=last)))

    def _fiscal(self, m: re.Match) -> Spec:
        y = m["y"] or m["y2"]
        year = int(y) if len(y) == 4 else _expand_two_digit(int(y))
        return Spec(gran="fy", year=year)

    def _short_year(self, m: re.Match) -> Spec:
        return Spec(gran="year", year=_expand_two_digit(int(m["yy"])), mod=self._mod(m))

    def _decade(self, m: re.Match) -> Spec:
        if m["d4"]:
            decade = int(m["d4"])
        elif m["d2"]:
            digit = int(m["d2"])
            decade = 200 + digit if digit <= 1 else 190 + digit
        else:
            decade = 190 + DECADE_WORDS[m["dw"].lower()]
        return Spec(gran="decade", decade=decade, mod=self._mod(m))

    def _century(self, m: re.Match) -> Spec | None:
        n = int(m["cn"]) if m["cn"] else self.lex.ordinals.get(m["cw"].lower().replace(" ", "-"))
        if not n:
            return None
        return Spec(gran="century", century=n - 1, mod=self._mod(m))

    def _quarter(self, m: re.Match) -> Spec | None:
        g = m.groupdict()
        y = g.get("y") or g.get("y2")
        year = int(y) if y else (_expand_two_digit(int(g["yy"])) if g.get("yy") else None)
        if g.get("qn") or g.get("qn2"):
            return Spec(gran="quarter", quarter=int(g.get("qn") or g.get("qn2")), year=year)
        word = g["qw"].lower()
        qrel = (g.get("qrel") or "").lower()
        year_offset = RELATIVE_WORDS.get(qrel) if qrel in ("this", "last", "next") else None
        if word in QUARTER_WORDS or (word == "last" and (year is not None or qrel)):
            # "the third quarter of 2009", "third-quarter" (year from context), "the last quarter of 2009"
            return Spec(gran="quarter", quarter=QUARTER_WORDS.get(word, 4), year=year,
                        year_offset=year_offset)
        if word == "latest":
            return Spec(gran="quarter", base="dct", unit="quarter", offset=-1)
        offset = RELATIVE_WORDS.get(word)
        if offset is None:
            return None
        base = "ref" if word in ("same", "following", "preceding", "prior") else "dct"
        return Spec(gran="quarter", base=base, unit="quarter", offset=offset)

    def _half(self, m: re.Match) -> Spec | None:
        if m["hn"]:
            return Spec(gran="half", half=int(m["hn"]), year=int(m["y2"]))
        half = HALF_WORDS.get(m["hw"].lower())
        rel = (m["hrel"] or "").lower()
        year = int(m["y"]) if m["y"] else None
        offset = RELATIVE_WORDS.get(rel) if rel in RELATIVE_WORDS else (0 if rel == "the" else None)
        return Spec(gran="half", half=half, year=year, year_offset=offset if year is None else None)

    def _season(self, m: re.Match) -> Spec:
        code = self.lex.seasons[m["s"].lower()]
        year = int(m["y"]) if m["y"] else (_expand_two_digit(int(m["yy"])) if m["yy"] else None)
        rel = (m["srel"] or "").lower()
        direction = RELATIVE_WORDS.get(rel) if rel and rel != "the" else None
        return Spec(gran="season", season=code, year=year, direction=direction, mod=self._mod(m))

    def _weekday(self, m: re.Match) -> Spec:
        wd = self.lex.weekdays[m["wd"].lower().rstrip(".")]
        rel = (m["wrel"] or "").lower()
        direction = RELATIVE_WORDS.get(rel) if rel else None
        time = self.lex.day_parts[m["dp"].lower()] if m["dp"] else None
        return Spec(type="TIME" if time else "DATE", gran="time" if time else "day", weekday=wd,
                    direction=direction, time=time, mod=self._mod(m))

    def _deictic(self, m: re.Match) -> Spec:
        if m["dem"]:
            dem, part = m["dem"].lower(), self.lex.day_parts[m["dp2"].lower()]
            offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1, "that": 0, "same": 0, "next": 1,
                      "following": 1, "previous": -1}[dem]
            # "this morning", "last night" count from the publication; "that night", "the next morning" from
            # the day the text talks about
            base = "dct" if dem in ("this", "last", "yesterday", "tomorrow") else "ref"
            return Spec(type="TIME", gran="time", base=base, unit="day", offset=offset, time=part)
        word = m["w"].lower()
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
        if m["ba"]:
            offset += -1 if m["ba"].lower() == "before" else 1
        time = "NI" if word == "tonight" else None
        if m["dp"]:
            time = self.lex.day_parts[m["dp"].lower()]
        mod = self._mod(m)
        return Spec(type="TIME" if time else "DATE", gran="time" if time else "day", base="dct", unit="day",
                    offset=offset, time=time, mod=mod)

    def _relative(self, m: re.Match) -> Spec:
        rel, unit = m["rel"].lower(), m["u"].lower()
        offset = RELATIVE_WORDS[rel]
        gran = unit if unit in ("week", "weekend", "month", "year", "decade", "century") else "year"
        return Spec(gran=gran, base="dct", unit="week" if gran == "weekend" else unit, offset=offset,
                    mod=self._mod(m))

    def _relative_the(self, m: re.Match) -> Spec | None:
        rel = " ".join((m["rel"] or "").lower().split())
        unit = m["u"].lower()
        ba = (m["ba"] or "").lower()
        step = "week" if unit == "weekend" else unit
        mod = self._mod(m) or (DATE_MODS.get(m["ea"].lower()) if m["ea"] else None)
        if unit == "weekend" and rel in ("", "this", "current", "same"):
            return Spec(gran="weekend", base="dct", unit="week", offset=0, mod=mod)
        if rel == "past" or (rel in ("next", "coming") and unit not in ("day", "weekend")):
            # "the past decade", "the next year": a stretch of time counted back or forward
            code, factor, is_time = UNIT_CODES[unit]
            return Spec(type="DURATION", value=_period(factor, code, is_time))
        if rel == "last":
            # "the last quarter", "the last year": the one before the publication's (not "the last day of")
            return None if unit == "day" else Spec(gran=unit, base="dct", unit=step, offset=-1, mod=mod)
        if rel in ("this", "current"):
            return Spec(gran=unit, base="dct", unit=step, offset=0, mod=mod)
        offset = RELATIVE_WORDS.get(rel, 0)
        if ba in ("before", "earlier", "previous", "prior"):
            offset = -1
        elif ba in ("after", "later"):
            offset = 1
        return Spec(gran=unit, base="ref", unit=step, offset=offset, mod=mod)

    def _ago(self, m: re.Match) -> Spec | None:
        n = self._number(m["n"]) if m["n"].lower() not in ("a", "an") else 1.0
        unit = self.lex.units[" ".join(m["u"].lower().split())]
        direction = m["dir"].lower().split()[0]
        sign = -1 if direction in ("ago", "earlier", "back") else 1
        base = "ref" if direction in ("earlier", "later") else "dct"
        if n is None or not float(n).is_integer():
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return Spec(value=value)
        n = int(n)
        if unit in ("second", "minute", "hour"):
            return Spec(type="DURATION", value=_period(n, UNIT_CODES[unit][0], True))
        if unit in ("day", "week", "fortnight"):
            days = {"day": 1, "week": 7, "fortnight": 14}[unit] * n
            return Spec(gran="day", base=base, unit="day", offset=sign * days)
        if unit == "quarter":
            return Spec(gran="quarter", base=base, unit="quarter", offset=sign * n)
        if unit == "month":
            return Spec(gran="month", base=base, unit="month", offset=sign * n)
        years = n * {"year": 1, "decade": 10, "century": 100}[unit]
        return Spec(gran="year", base=base, unit="year", offset=sign * years)

    def _same_period(self, m: re.Match) -> Spec:
        unit = m["u"].lower()
        return Spec(gran=None if unit in ("period", "time") else unit, base="ref", unit="year", offset=-1)

    def _day_part(self, m: re.Match) -> Spec:
        return Spec(type="TIME", gran="time", base="ref", unit="day", offset=0,
                    time=self.lex.day_parts[m["dp"].lower()])

    def _year_adj(self, m: re.Match) -> Spec:
        kind = m["ye"].lower()
        if kind == "end":
            return Spec(gran="year", base="ref", unit="year", offset=0, mod="END")
        return Spec(gran="year", base="ref", unit="year", offset=-1)

    def _time(self, m: re.Match) -> Spec | None:
        g = m.groupdict()
        if g["noon"]:
            clock = self.lex.day_parts.get(g["noon"].lower(), "12:00")
        else:
            if g["h"] is not None:
                hour, minute = int(g["h"]), int(g["mi"] or 0)
                pm = g["ampm"].lower().startswith("p")
                if hour > 12 or hour == 0:
                    return None
                hour = (hour % 12) + (12 if pm else 0)
            elif g["h2"] is not None:
                hour, minute = int(g["h2"]), int(g["mi2"])
            elif g["h3"] is not None:
                hour, minute = int(g["h3"]), int(g["mi3"])
            else:
                n = self._number(g["h4"]) if not g["h4"].isdigit() else float(g["h4"])
                if n is None or not 1 <= n <= 12:
                    return None
                hour, minute = int(n), 0
            clock = f"{hour:02d}:{minute:02d}"
        zero = g["num_tz"] is not None and g["num_tz"].replace(":", "")[1:] == "0000"
        if (g["tz"] in ("UTC", "GMT", "Z") and not g["tzoff"]) or zero:
            clock += "Z"
        spec = Spec(type="TIME", gran="time", time=clock)
        day_word = (g["tday"] or "").lower()
        if day_word in ("today", "yesterday", "tomorrow"):
            offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[day_word]
            return spec.replace(base="dct", unit="day", offset=offset)
        if day_word:
            return spec.replace(weekday=self.lex.weekdays[day_word])
        return spec

    def _duration(self, m: re.Match) -> Spec | None:
        g = m.groupdict()
        unit = self.lex.units.get(" ".join(m["u"].lower().split()))
        if unit is None:
            return None
        code, factor, is_time = UNIT_CODES[unit]
        n_text = g.get("n")
        if n_text is None:  # a bare plural: "years", "decades-long"
            amount = None
        elif n_text.lower() in ("a", "an", "one"):
            amount = 1.0
        else:
            amount = self._number(n_text)
            if amount is None and not self._is_vague(n_text):
                return None
        value = _period(amount * factor if amount is not None else None, code, is_time)
        dm = (g.get("dm") or "").lower()
        mod = self.lex.qualifiers.get(" ".join(dm.split())) if dm else None
        return Spec(type="DURATION", value=value, mod=mod)

    def _unit_long(self, m: re.Match) -> Spec | None:
        unit = self.lex.units.get(m["u"].lower())
        if unit is None:
            return None
        code, factor, is_time = UNIT_CODES[unit]
        return Spec(type="DURATION", value=_period(factor, code, is_time))

    def _is_vague(self, text: str) -> bool:
        t = " ".join(text.lower().split())
        return t in self.lex.numbers and self.lex.numbers[t] is None

    def _set_word(self, m: re.Match) -> Spec:
        return Spec(type="SET", value=self.lex.sets[" ".join(m.group().lower().split())])

    def _set_every(self, m: re.Match) -> Spec | None:
        word = " ".join(m["u"].lower().split())
        if word in self.lex.weekdays:
            return Spec(type="SET", value=f"XXXX-WXX-{self.lex.weekdays[word]}")
        if word in self.lex.day_parts:
            part = self.lex.day_parts[word]
            return Spec(type="SET", value=f"XXXX-XX-XXT{part}")
        unit = self.lex.units.get(word)
        if unit is None:
            return None
        amount = self._number(m["n"]) if m["n"] else 1.0
        if amount is None:
            return None
        if m["other"]:
            amount *= 2
        code, factor, is_time = UNIT_CODES[unit]
        return Spec(type="SET", value=_period(amount * factor, code, is_time))

    def _set_times(self, m: re.Match) -> Spec | None:
        unit = self.lex.units.get(m["u"].lower())
        if unit is None:
            return None
        code, factor, is_time = UNIT_CODES[unit]
        return Spec(type="SET", value=_period(factor, code, is_time))

    def _set_weekdays(self, m: re.Match) -> Spec:
        return Spec(type="SET", value=f"XXXX-WXX-{self.lex.weekdays[m['wds'].lower()[:-1]]}")

    def _ref(self, m: re.Match) -> Spec:
        return Spec(value=self.lex.refs[" ".join(m.group().lower().replace("\u2019", "'").split())])

    def _holiday(self, m: re.Match) -> Spec | None:
        name = " ".join(m["hol"].lower().replace("\u2019", "'").split())
        rule = self.lex.holidays.get(name)
        if rule is None:
            return None
        spec = Spec(gran="day", holiday=rule, mod=self._mod(m))
        if m["y"]:
            day = holiday_date(rule, int(m["y"]))
            return with_day(spec, day).replace(mod=spec.mod) if day else None
        return spec


# --------------------------------------------------------------------------------------------- helpers
def _hits(key: Key, text: str, index: dict[str, list[tuple[int, int]]],
          shapes: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Where ``key`` occurs in ``text``, in order (``index``: word -> spans; ``shapes``: shape -> spans)."""
    found = [span for word in key.words for span in index.get(word, ())
             if not key.capital or text[span[0]].isupper()]
    if key.shape:
        found.extend(shapes[key.shape])
    found.sort()
    return found


def _windows(hits: list[tuple[int, int]], before: int, after: int, size: int) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` windows reaching ``before``/``after`` characters around each key hit."""
    out: list[tuple[int, int]] = []
    for hit_start, hit_end in hits:
        start, end = max(0, hit_start - before), min(size, hit_end + after)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _expand_two_digit(yy: int) -> int:
    """'82 -> 1982, '07 -> 2007: two-digit years up to 29 are read in the 2000s (the cut-off of ``%y`` is 68;
    news mentions of the 1930s-60s by two digits are rarer than of the near future)."""
    return 2000 + yy if yy <= 29 else 1900 + yy


def _period(amount: float | None, code: str, is_time: bool) -> str:
    """An ISO 8601 period: ``P24D``, ``PT30M``, ``P2.5Y``; ``X`` for an unspecified amount (``PXY``)."""
    n = "X" if amount is None else _num_value(amount)
    return f"PT{n}{code}" if is_time else f"P{n}{code}"


def share_fields(first: Spec, last: Spec) -> Spec:
    """An interval of two calendar Specs, each side taking the year the other states ("July-August 2001")."""
    if first.year is None and last.year is not None and first.base is None and first.weekday is None:
        year = last.year
        if first.month and last.month and first.month > last.month:
            year -= 1
        first = first.replace(year=year)
    elif last.year is None and first.year is not None and last.base is None and last.weekday is None:
        year = first.year
        if first.month and last.month and last.month < first.month:
            year += 1
        last = last.replace(year=year)
    if last.month is None and last.day is not None and first.month is not None:
        last = last.replace(month=first.month)
    return Spec(parts=(first, last))


DAY_RULES = frozenset({"iso", "numeric", "full_date", "month_day", "weekday", "deictic", "holiday"})
RE_DAY_TIME_GAP = re.compile(r"[ \t]*,?[ \t]*(?:at[ \t]+|@[ \t]*)?|[ \t]+", re.I)
RE_TIME_DAY_GAP = re.compile(r"[ \t]+(?:on[ \t]+)?", re.I)
RE_DATETIME_GLUE = re.compile(r"[\s,]*(?:at|@)?\s*$", re.I)
RE_TIME_GLUE = re.compile(r"^\s*,?\s*(?:on\s+)?", re.I)
RE_LEADING = re.compile(r"^(?:on|in|at|since|by|until|till|during|of|for|as\s+of|before|after|around|through"
                        r"|throughout|within|from|circa|ca\.|over|into|across|prior\s+to|no\s+later\s+than"
                        r"|as\s+(?:early|late)\s+as|starting|beginning)\s+", re.I)


def _variants(text: str) -> Iterator[str]:
    """The text as given, then without a trailing period and without a leading preposition."""
    yield text
    if text.endswith("."):
        yield text[:-1].rstrip()
    stripped = RE_LEADING.sub("", text)
    if stripped != text and stripped:
        yield stripped
        if stripped.endswith("."):
            yield stripped[:-1].rstrip()


@functools.lru_cache(maxsize=8192)
def _parse_cached(g: Grammar, text: str, day_first: bool) -> Spec | None:
    return g._parse(text, day_first)


@functools.cache
def grammar() -> Grammar:
    """The grammar of the shipped tables, built once per process."""
    return Grammar(lexicon())


@functools.lru_cache(maxsize=1024)
def parse_complete_date(text: str, *, day_first: bool = False) -> str | None:
    """Read a date with day, month and year ("26th April, 2019", "April 26, 2019", "2019-04-26",
    "04/26/2019") as ``YYYY-MM-DD``; None when a part is missing or the date does not exist.

    Numeric ``a/b/yyyy`` is month-first unless ``day_first`` (or unless only one reading is a real date).
    When the whole text is not a date, the first complete date inside it is used.
    """
    g = grammar()
    spec = g.parse(text, day_first=day_first)
    if not _complete(spec):
        spec = None
        for found in g.scan(text):
            candidate = g.parse(text[found.start:found.end], day_first=day_first)
            if _complete(candidate):
                spec = candidate
                break
    if spec is None:
        return None
    try:
        return dt.date(spec.year, spec.month, spec.day).isoformat()
    except (TypeError, ValueError):
        return None


def _complete(spec: Spec | None) -> bool:
    return (spec is not None and spec.is_calendar and spec.base is None and spec.year is not None
            and spec.month is not None and spec.day is not None)
