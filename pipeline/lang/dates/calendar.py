"""Absolute dates: what the words say without any anchor, or with only a year missing.

ISO dates (``2019-04-26``, ``2009-12-15T18:00Z``), numeric dates (``04/26/2019``, ``26.04.2019``), days with
a month (``August 8``, ``Thursday, 26th April 2019``, ``April 3-5``), months and years (``July 2000``, ``in
May``, ``2009-2011``, ``FY2007``, ``'82``), decades (``the 1990s``, ``the nineties``), centuries (``the 20th
century``), weeks of a month (``the last week of March``) and holidays (``Christmas 2018``). A bare month or
``'82`` counts only after a word that makes it a date (``in May``, not ``such as May``).
"""

from __future__ import annotations

import re

from .fragments import Fragments
from .lexicon import Lexicon, phrase
from .rules import (
    RE_WORD,
    RELATIVE_WORDS,
    Definition,
    Key,
    date_mod,
    day_number,
    expand_two_digit,
    month_number,
    valid_date,
    word_before,
)
from .spec import WEEKDAY_CODES, Spec, place_holiday, week_in_month, week_of_day

# fmt: off
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
# Words before a bare month, season or 'YY year that make it a date ("in May", "since '82").
# ("the March for Our Lives", "such as May" are not dates: no "the", "as")
TRIGGERS = frozenset({
    "in", "since", "until", "till", "by", "during", "from", "to", "through", "throughout", "before", "after",
    "between", "early", "mid", "late", "last", "next", "this", "of", "for", "and", "or", "over", "around",
    "than", "past", "into", "circa", "ca",
})
SEASON_WORDS = frozenset({"class", "summer", "winter", "fall", "spring", "autumn", "season"})
# a year said in words, as transcripts of broadcasts write it: "nineteen ninety-six", "twenty oh five"
YEAR_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
YEAR_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
             "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
             "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# fmt: on


# the year a month is of, told after it: "in July last year", "on August 25 next year" (one expression; with "of" two,
# as MEANTIME writes "October of next year")
YEAR_TOLD = r"(?:\s+(?P<yrel>last|next|this)\s+year(?![\w\u2019']))?"


def patterns(f: Fragments) -> dict[str, str]:
    """The regex of each rule of this family (case-insensitive), from the grammar's fragments."""
    return {
        "iso": (r"(?<![\w./-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
                r"(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::\d{2}(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
                r"(?![\w/-]|\.\d)"),
        "numeric": (r"(?<![\w/.,:-])(?:(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
                    r"|(?P<ly>\d{4})(?P<lsep>[/.])(?P<lm>\d{1,2})(?P=lsep)(?P<ld>\d{1,2}))(?![\w/:-]|[.,]\d)"),
        "full_date": (rf"{f.weekday_prefix}{f.dayform}(?:\s*,\s*|\s+|(?<=[A-Za-z.])-)"
                      rf"(?:(?P<y>{f.full_year})|[{f.apostrophe}](?P<yy>\d\d)(?![\w{f.apostrophe}]))"),
        "month_day": rf"{f.weekday_prefix}(?:(?P<mrel>{f.rel})\s+(?=[A-Z]))?{f.dayform}{YEAR_TOLD}",  # "last Dec. 4"
        # (a range written with "to" or "through" is two expressions, its end a paired day: "from December 14 to
        # 18"; one with a dash is one interval: "Oct. 1-10")
        "day_range": (rf"(?P<m1>{f.month})\s+(?P<d1>{f.day})\s*(?:{f.dash})\s*(?P<d2>{f.day_after_dash})"
                      rf"(?:(?:\s*,\s*|\s+)(?P<y>{f.full_year}))?"
                      rf"|(?P<d3>{f.day})\s*(?:{f.dash}|to)\s*(?P<d4>{f.day_after_dash})\s+(?P<m2>{f.month})"
                      rf"(?:,?\s+(?P<y2>{f.full_year}))?"),
        "month_year": rf"{f.modpre}(?P<m>{f.month}),?\s+(?:of\s+)?(?P<y>{f.full_year})",
        "month": rf"{f.modpre}(?:(?P<mrel>{f.rel})\s+)?(?P<m>{f.month}){YEAR_TOLD}",
        "week_of": (rf"(?:the\s+)?(?P<wo>first|second|third|fourth|fifth|last|final)\s+(?P<wk>week(?:end)?)\s+"
                    r"(?:of|in)\s+"
                    rf"(?P<m>{f.month})(?:,?\s+(?:of\s+)?(?P<y>{f.full_year}))?"),
        # "the first Sunday in April", "the last Monday of May 2014": that weekday of the month
        "nth_weekday": (rf"(?:the\s+)?(?P<wo>first|second|third|fourth|last)\s+(?P<wd>{f.weekday})\s+(?:in|of)\s+"
                        rf"(?P<m>{f.month})(?:,?\s+(?:of\s+)?(?P<y>{f.full_year}))?"),
        "week_of_day": (rf"(?:the\s+)?(?P<wk>week|weekend)\s+(?:of|beginning|starting)\s+{f.dayform}"
                        rf"(?:,?\s+(?P<y>{f.full_year}))?"),
        # (a season named by the two years it spans, the second cut short, is the year it starts in: "the 2012-13
        # season", "the 1998/99 marketing year", "the 2013-14 school year"; written in full, it stays the span of
        # both years, "the 2016-2017 academic year")
        "year_range": (rf"(?<![\w.,{f.money}#/])(?<!\d-)(?P<y1>1\d{{3}}|20\d{{2}})\s*(?:{f.dash}|/)\s*"
                       r"(?:(?P<y2>1\d{3}|20\d{2})|(?P<yy>\d{2}))"
                       r"(?!\w|[.,]\d|[-/]\d)"
                       r"(?(yy)(?P<season>\s+(?:(?!fiscal\b|financial\b)[a-z]+\s+){0,2}"
                       r"(?:season|school\s+year|academic\s+year|marketing\s+year|crop\s+year|harvest)(?!\w))?)"),
        # ("fiscal 2013/14", "the 1989-90 fiscal year": the year it ends in)
        "fiscal": (rf"(?:{f.fiscal_words}(?:\s+year)?\s+[{f.apostrophe}]?|(?-i:FY)\s?)(?P<y>(?:1\d|20)?\d{{2}})"
                   rf"(?:[-/](?P<ye>(?:1\d|20)?\d{{2}}))?(?!\w)"
                   rf"|(?:(?P<y2>{f.year})|(?<![\w./])(?P<y3>(?:1\d|20)\d{{2}})(?=/))(?:[-/](?P<ye2>(?:1\d|20)?\d{{2}}))?"
                   rf"\s+{f.fiscal_words}\s+year"),
        "fiscal_relative": rf"(?:the\s+)?(?P<frel>{f.rel})\s+(?:fiscal|financial)\s+year(?!s|\s+\d)",
        "year": rf"{f.modpre}(?:the\s+year\s+)?(?P<y>{f.year})",
        "year_words": (rf"{f.modpre}(?:the\s+)?(?P<cw>nineteen|twenty)[-\s]+"
                       rf"(?:o(?:h)?[-\s]+(?P<ou>{phrase(YEAR_UNITS)})"
                       rf"|(?P<tw>{phrase(YEAR_TENS)})(?:[-\s]+(?P<uw>{phrase(YEAR_UNITS)}))?"
                       rf"|(?P<dw>{phrase(DECADE_WORDS)}))(?![\w-])"),
        "short_year": (rf"{f.modpre}(?<![\w{f.apostrophe}])[{f.apostrophe}](?P<yy>\d{{2}})"
                       rf"(?![\w{f.apostrophe}]|[.,]\d)"),
        "decade": (rf"(?:the\s+)?{f.modpre}(?:the\s+)?(?:(?P<d4>1\d{{2}}|20\d)0[{f.apostrophe}]?s"
                   rf"|(?P<ap>[{f.apostrophe}])?(?P<d2>\d)0[{f.apostrophe}]?s|(?P<dw>{phrase(DECADE_WORDS)}))(?!\w)"),
        "century": (rf"(?:the\s+)?{f.modpre}(?:the\s+)?"
                    rf"(?:(?P<cn>\d{{1,2}})(?:st|nd|rd|th)|(?P<cw>{phrase(f.lex.ordinals)}))"
                    r"[-\s]+century(?!\w)"),
        # ("the 1996 Christmas Eve argument": a year before the name)
        # ("the day after Thanksgiving", "the week before Christmas": counted from the holiday)
        "holiday": (rf"(?:the\s+(?P<hu>day|week)\s+(?P<hba>before|after)\s+(?:the\s+)?)?"
                    rf"{f.modpre}(?:(?P<hrel>last|next|this|past|coming)\s+|(?P<y0>{f.year})\s+)?"
                    rf"(?P<hol>{f.upper}{phrase(f.lex.holidays)}(?!\w))(?P<wkd>\s+(?:holiday\s+)?weekend\b)?"
                    rf"(?:\s+(?P<hdp>morning|afternoon|evening|night)(?!\w))?"  # "Thanksgiving evening"
                    rf"(?:\s+(?:of\s+)?(?P<y>{f.year}))?"),
    }


def keys(lex: Lexicon) -> dict[str, Key]:
    """Where the rules of this family may match (see :class:`~.rules.Key`)."""
    months = frozenset(lex.months)
    year = r"\d\d\d\d"
    return {
        "iso": Key(shape=r"\d\d\d\d-\d\d-\d\d", before=5, after=30),
        "numeric": Key(shape=r"\d[/.-]\d", before=5, after=12),
        "full_date": Key(months, capital=True, before=40, after=30),
        "month_day": Key(months, capital=True, before=40, after=40),
        "day_range": Key(months, capital=True, before=20, after=30),
        "month_year": Key(months, capital=True, before=40, after=20),
        "month": Key(months, capital=True, before=40, after=20),
        "week_of": Key(months, capital=True, before=30, after=20),
        "nth_weekday": Key(months, capital=True, before=30, after=20),
        "week_of_day": Key(frozenset({"week", "weekend"}), before=5, after=30),
        "year_range": Key(shape=year, before=5, after=40),
        "fiscal": Key(frozenset({"fiscal", "financial"}), shape="FY", before=11, after=25),
        "fiscal_relative": Key(frozenset({"fiscal", "financial"}), before=16, after=15),
        "year": Key(shape=year, before=40, after=5),
        "year_words": Key(frozenset({"nineteen", "twenty"}), before=25, after=30),
        "short_year": Key(shape="['\u2019\u2018]\\d\\d", before=40, after=5),
        "decade": Key(frozenset(DECADE_WORDS), shape=r"\d0['\u2019]?s", before=40, after=5),
        "century": Key(frozenset({"century", "centuries"}), before=40, after=10),
        "holiday": Key(frozenset(RE_WORD.findall(h)[0].lower() for h in lex.holidays), capital=True,
                       before=40, after=30),
    }


def guard_numeric(f: Fragments, text: str, m: re.Match) -> bool:
    return bool(m["ly"]) or m["sep"] == "/" or len(m["y"]) == 4


def guard_month_day(f: Fragments, text: str, m: re.Match) -> bool:
    after = text[m.end():m.end() + 12]
    return not re.match(r"\s*(?:%|percent|per\s*cent|million|billion|[.,:]\d|-\d)", after, re.I)


# a hedge between a word of time and a month: "until at least April", "by the latest June"
RE_HEDGED_BEFORE = re.compile(r"\b(?:until|till|by|since|from|before|after|through|in)\s+at\s+(?:the\s+)?"
                              r"(?:least|earliest|latest)\s+$", re.IGNORECASE)


def guard_month(f: Fragments, text: str, m: re.Match) -> bool:
    if m["mod"] or m["mrel"]:
        return True
    if word_before(text, m.start()) in TRIGGERS:
        return True
    if RE_HEDGED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return True  # "closed until at least April"
    before = text[max(0, m.start() - 24):m.start()]
    first = re.search(rf"(?<![\w.]){f.month}\s*(?:[-\u2013\u2014/]|and|or|to|through)\s*$", before, re.I)
    if first is not None and first.group()[0].isupper():
        return True  # the second of two months: "the April-June quarter" (not "may and June")
    after = text[m.end():m.end() + 40]
    # "July-August 2001", "April and November 2017", "October of next year"
    return bool(re.match(rf"\s*(?:[-\u2013\u2014/]|and|or|to|through)\s*{f.month}"
                         r"|\s+of\s+(?:this|last|next|the\s+(?:same|following|previous)|that)\s+year",
                         after, re.I))


def guard_year_range(f: Fragments, text: str, m: re.Match) -> bool:
    first, second = int(m["y1"]), m["y2"] or m["yy"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return first < last <= first + 100


# words a number after which names a thing, not a year: "Local 1170 of the union", "Flight 1549", "Room 1201"
NUMBERED = frozenset({"local", "flight", "route", "room", "highway", "interstate", "chapter", "section", "article",
                      "rule", "form", "resolution", "bill", "model", "no", "no.", "number", "apartment", "suite",
                      "precinct", "ward", "exit", "gate", "pier", "platform",
                      # aircraft makers number their models like years: "The Beechcraft 1900", "a Saab 2000"
                      "airbus", "antonov", "beechcraft", "boeing", "bombardier", "cessna", "dornier", "embraer",
                      "fokker", "gulfstream", "ilyushin", "learjet", "saab", "tupolev", "yakovlev"})


def guard_year(f: Fragments, text: str, m: re.Match) -> bool:
    return bool(m["mod"]) or word_before(text, m.start()) not in NUMBERED


def guard_short_year(f: Fragments, text: str, m: re.Match) -> bool:
    return bool(m["mod"]) or word_before(text, m.start()) in TRIGGERS | SEASON_WORDS


RE_TEMPERATURE_BEFORE = re.compile(r"\b(?:temperatures?|highs?|lows?|readings?|thermometers?|mercury|degrees?)\b"
                                   r"[^.;!?]{0,40}$", re.IGNORECASE)
RE_DEGREES_AFTER = re.compile(r"\s*(?:degrees?\b|°)", re.IGNORECASE)


def guard_decade(f: Fragments, text: str, m: re.Match) -> bool:
    """A decade, not a temperature ("temperatures in the seventies", "highs in the mid-70s")."""
    if m["d4"]:
        return True
    if RE_TEMPERATURE_BEFORE.search(text, max(0, m.start() - 60), m.start()) \
            or RE_DEGREES_AFTER.match(text, m.end()):
        return False
    if m["mod"] or m["ap"]:
        return True
    said = text[m.start():m.end()].lower()
    return said.startswith("the") or word_before(text, m.start()) in ("and", "or", "to", "early", "mid",
                                                                      "late")


def guard_year_words(f: Fragments, text: str, m: re.Match) -> bool:
    """A year in words only after a word that makes it a date ("in nineteen ninety-six"), a decade with "the"."""
    if m["dw"]:
        return text[m.start():m.end()].lower().startswith("the") or word_before(text, m.start()) in TRIGGERS
    return word_before(text, m.start()) in TRIGGERS | {"year"} and not (m["uw"] and YEAR_TENS[m["tw"].lower()] < 20)


def read_year_words(lex: Lexicon, m: re.Match) -> Spec | None:
    century = YEAR_TENS[m["cw"].lower()] * 100
    if m["dw"]:  # "the nineteen nineties"
        return Spec(gran="decade", decade=century // 10 + DECADE_WORDS[m["dw"].lower()], mod=date_mod(m))
    if m["ou"]:  # "twenty oh five"
        return Spec(gran="year", year=century + YEAR_UNITS[m["ou"].lower()], mod=date_mod(m))
    tens = YEAR_TENS[m["tw"].lower()]
    return Spec(gran="year", year=century + tens + (YEAR_UNITS[m["uw"].lower()] if m["uw"] else 0), mod=date_mod(m))


YEAR_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "this", "that"})


def guard_holiday(f: Fragments, text: str, m: re.Match) -> bool:
    # "Christmas Island", "Easter Island": a name goes on with a capitalized word
    if m["y0"] is not None and word_before(text, m.start()) not in YEAR_DETERMINERS:
        return False  # "in 1996 Christmas was quiet": the year is one date; "a 1996 Christmas Eve argument" one
    return m["y"] is not None or not re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3])


def read_iso(lex: Lexicon, m: re.Match) -> Spec | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_date(y, mo, d):
        return None
    if m["hh"]:
        utc = m["tz"] in ("Z", "+00:00", "+0000", "-00:00", "+00")
        return Spec(type="TIME", gran="time", year=y, month=mo, day=d,
                    time=f"{m['hh']}:{m['mm']}" + ("Z" if utc else ""))
    return Spec(gran="day", year=y, month=mo, day=d)


def read_numeric(lex: Lexicon, m: re.Match, *, day_first: bool = False) -> Spec | None:
    if m["ly"]:  # 2019/04/26, 2019.04.26: year first, then month and day (as in ISO 8601)
        year, month, day = int(m["ly"]), int(m["lm"]), int(m["ld"])
        return Spec(gran="day", year=year, month=month, day=day) if valid_date(year, month, day) else None
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    year = int(y) if len(y) == 4 else expand_two_digit(int(y))
    if m["sep"] == ".":
        day_first = True
    month, day = (b, a) if day_first else (a, b)
    if not valid_date(year, month, day):
        month, day = day, month
    return Spec(gran="day", year=year, month=month, day=day) if valid_date(year, month, day) else None


def read_calendar(lex: Lexicon, m: re.Match) -> Spec | None:
    g = m.groupdict()
    month = month_number(lex, g.get("m") or g.get("m1") or g.get("m2"))
    day_text = g.get("d1") or g.get("d2")
    day = day_number(lex, day_text) if day_text else None
    year = int(g["y"]) if g.get("y") else (expand_two_digit(int(g["yy"])) if g.get("yy") else None)
    mod = date_mod(m)
    if day is not None:
        if month is None or day is None or not valid_date(year or 2000, month, day):
            return None
        rel = (g.get("mrel") or "").lower()
        # a weekday said with a year-less day ("Friday, March 3") is kept: it tells the year
        weekday = lex.weekdays.get(g["wd"].lower().rstrip(".")) if g.get("wd") and year is None else None
        return Spec(gran="day", year=year, month=month, day=day, mod=mod, direction=RELATIVE_WORDS.get(rel),
                    weekday=weekday, year_offset=_year_told(g))
    if month is not None:
        rel = (g.get("mrel") or "").lower()
        return Spec(gran="month", year=year, month=month, mod=mod, direction=RELATIVE_WORDS.get(rel),
                    year_offset=_year_told(g))
    if year is not None:
        return Spec(gran="year", year=year, mod=mod)
    return None


def _year_told(g: dict[str, str | None]) -> int | None:
    """The publication year's offset a month is told of ("July last year": -1), or None."""
    return RELATIVE_WORDS[g["yrel"].lower()] if g.get("yrel") else None


def read_day_range(lex: Lexicon, m: re.Match) -> Spec | None:
    month = month_number(lex, m["m1"] or m["m2"])
    d1 = int(re.match(r"\d+", m["d1"] or m["d3"]).group())
    d2 = int(re.match(r"\d+", m["d2"] or m["d4"]).group())
    year = m["y"] or m["y2"]
    year = int(year) if year else None
    if month is None or d2 <= d1 or not valid_date(year or 2000, month, d2):
        return None
    first = Spec(gran="day", year=year, month=month, day=d1)
    return Spec(parts=(first, first.replace(day=d2)))


def read_week_of(lex: Lexicon, m: re.Match) -> Spec | None:
    nth = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}
    gran = m["wk"].lower()
    spec = Spec(gran=gran, month=month_number(lex, m["m"]), nth=nth[m["wo"].lower()])
    if m["y"]:
        week = week_in_month(int(m["y"]), spec.month, spec.nth, gran == "weekend")
        return Spec(gran=gran, year=week[0], week=week[1]) if week else None
    return spec


def read_nth_weekday(lex: Lexicon, m: re.Match) -> Spec | None:
    """"the first Sunday in April": a day of a month read like a holiday of that rule (``04-SU1``)."""
    weekday = lex.weekdays.get(m["wd"].lower().rstrip("."))
    if weekday is None:
        return None
    code = next(k for k, v in WEEKDAY_CODES.items() if v == weekday)
    nth = {"first": "1", "second": "2", "third": "3", "fourth": "4", "last": "L"}[m["wo"].lower()]
    spec = Spec(gran="day", holiday=f"{month_number(lex, m['m']):02d}-{code}{nth}")
    return place_holiday(spec, int(m["y"])) if m["y"] else spec


def read_week_of_day(lex: Lexicon, m: re.Match) -> Spec | None:
    """"the week of Nov. 6", "the weekend of Oct. 14, 1989": the ISO week (or its weekend) holding the day."""
    day = read_calendar(lex, m)
    if day is None or day.day is None:
        return None
    gran = m["wk"].lower()
    spec = Spec(gran=gran, month=day.month, day=day.day)
    return week_of_day(spec, day.year) if day.year is not None else spec


def read_year_range(lex: Lexicon, m: re.Match) -> Spec | None:
    first, second = int(m["y1"]), m["y2"] or m["yy"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not first < last <= first + 100:
        return None
    if m["season"]:
        return Spec(gran="year", year=first)
    return Spec(parts=(Spec(gran="year", year=first), Spec(gran="year", year=last)))


def read_fiscal_relative(lex: Lexicon, m: re.Match) -> Spec | None:
    """"this fiscal year", "last fiscal year": counted from the publication's year (``FY1998``)."""
    offset = RELATIVE_WORDS.get(m["frel"].lower())
    return None if offset is None else Spec(gran="fy", base="dct", unit="year", offset=offset)


def read_fiscal(lex: Lexicon, m: re.Match) -> Spec:
    y = m["y"] or m["y2"] or m["y3"]
    year = int(y) if len(y) == 4 else expand_two_digit(int(y))
    end = m["ye"] or m["ye2"]
    last = (int(end) if len(end) == 4 else year // 100 * 100 + int(end)) if end else None
    # a fiscal year over two calendar years is named by the one it ends in ("fiscal 2013/14": FY2014)
    return Spec(gran="fy", year=last if last == year + 1 else year)


def read_short_year(lex: Lexicon, m: re.Match) -> Spec:
    return Spec(gran="year", year=expand_two_digit(int(m["yy"])), mod=date_mod(m))


def read_decade(lex: Lexicon, m: re.Match) -> Spec:
    if m["d4"]:
        decade = int(m["d4"])
    elif m["d2"]:
        digit = int(m["d2"])
        decade = 200 + digit if digit <= 1 else 190 + digit
    else:
        decade = 190 + DECADE_WORDS[m["dw"].lower()]
    return Spec(gran="decade", decade=decade, mod=date_mod(m))


def read_century(lex: Lexicon, m: re.Match) -> Spec | None:
    n = int(m["cn"]) if m["cn"] else lex.ordinals.get(m["cw"].lower().replace(" ", "-"))
    if not n:
        return None
    return Spec(gran="century", century=n - 1, mod=date_mod(m))


def read_holiday(lex: Lexicon, m: re.Match) -> Spec | None:
    name = " ".join(m["hol"].lower().replace("\u2019", "'").split())
    rule = lex.holidays.get(name)
    if rule is None:
        return None
    rel = (m["hrel"] or "").lower()
    direction = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": None}.get(rel) if rel else None
    spec = Spec(gran="weekend" if m["wkd"] else "day", holiday=rule, mod=date_mod(m), direction=direction)
    if m["hu"]:
        if m["wkd"] or m["hdp"]:
            return None  # ("the day after Thanksgiving weekend": no single day)
        days = (1 if m["hu"].lower() == "day" else 7) * (-1 if m["hba"].lower() == "before" else 1)
        spec = spec.replace(gran=m["hu"].lower(), unit="day", offset=days)
    if m["hdp"] and not m["wkd"]:
        spec = spec.replace(type="TIME", gran="time", time=lex.day_parts[m["hdp"].lower()])
    if m["y"] or m["y0"]:
        placed = place_holiday(spec, int(m["y"] or m["y0"]))
        return placed.replace(mod=spec.mod) if placed else None
    return spec


# fmt: off
RULES: dict[str, Definition] = {  # name -> reading, context guard (scan only), may be a side of a range
    "iso": Definition(read_iso, None, mergeable=True),
    "numeric": Definition(read_numeric, guard_numeric, mergeable=True),
    "full_date": Definition(read_calendar, None, mergeable=True),
    "month_day": Definition(read_calendar, guard_month_day, mergeable=True),
    "day_range": Definition(read_day_range, None, mergeable=False),
    "month_year": Definition(read_calendar, None, mergeable=True),
    "month": Definition(read_calendar, guard_month, mergeable=True),
    "week_of": Definition(read_week_of, None, mergeable=False),
    "nth_weekday": Definition(read_nth_weekday, None, mergeable=True),
    "week_of_day": Definition(read_week_of_day, None, mergeable=False),
    "year_range": Definition(read_year_range, guard_year_range, mergeable=False),
    "fiscal": Definition(read_fiscal, None, mergeable=True),
    "fiscal_relative": Definition(read_fiscal_relative, None, mergeable=False),
    "year": Definition(read_calendar, guard_year, mergeable=True),
    "year_words": Definition(read_year_words, guard_year_words, mergeable=True),
    "short_year": Definition(read_short_year, guard_short_year, mergeable=True),
    "decade": Definition(read_decade, guard_decade, mergeable=True),
    "century": Definition(read_century, None, mergeable=True),
    "holiday": Definition(read_holiday, guard_holiday, mergeable=True),
}
# fmt: on
