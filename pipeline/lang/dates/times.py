"""Times of day: ``10 a.m.``, ``18:00 GMT``, ``1600 hrs``, ``noon``, ``five o'clock``, ``10:30 on Monday``.

A time next to a day is one expression (``Monday at 10 a.m.``, ``10 a.m. on March 3``): the grammar joins
them when it finds them (:data:`DAY_RULES` and the gaps below) and reads them as one TIME.
"""

from __future__ import annotations

import re

from .fragments import Fragments
from .lexicon import Lexicon
from .rules import Definition, Key, number
from .spec import Spec

# How a time joins the day next to it: the rules that name a day, and the text allowed between them.
DAY_RULES = frozenset({"iso", "numeric", "full_date", "month_day", "weekday", "deictic", "holiday"})
RE_DAY_TIME_GAP = re.compile(r"[ \t]*,?[ \t]*(?:at[ \t]+|@[ \t]*)?|[ \t]+", re.I)
# (not "10 p.m. on Monday": a preposition ends a TIMEX3, so the time and the day are two, as annotators write them)
RE_TIME_DAY_GAP = re.compile(r"[ \t]+")
RE_NUMERIC_DAY_BEFORE = re.compile(r"\d[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+$")
RE_DATETIME_GLUE = re.compile(r"[\s,]*(?:at|@)?\s*$", re.I)
RE_TIME_GLUE = re.compile(r"^\s*,?\s*(?:on\s+|in\s+(?=the\s))?", re.I)
# A clock time with no a.m./p.m. between 1 and 6 o'clock is in the afternoon ("the session ended at 4:30",
# "results are due at 4 o'clock"), unless it is told as the small hours or on a 24-hour clock ("04:30",
# "4:30 GMT"). The hours of the morning stay as written ("at 9:30 Tuesday").
AFTERNOON_HOURS = range(1, 7)
# the parts of a day a bare hour may be told before ("at 11 this morning"; a weekday's: "until 7 Sunday morning")
BARE_HOUR_PARTS = r"(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|(?:yesterday|tomorrow|{weekday})\s+" \
                  r"(?:morning|afternoon|evening|night)|in\s+the\s+(?:morning|afternoon|evening))\b"
RE_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|before|after|since|of|from|about|around)\s+$", re.I)
RE_SMALL_HOURS = re.compile(r"\b(?:morning|dawn|daybreak|sunrise|early|overnight|night|a\.?m\b)", re.I)


def patterns(f: Fragments) -> dict[str, str]:
    """The regex of each rule of this family (case-insensitive), from the grammar's fragments."""
    return {
        # "about 11 p.m.": the approximation is part of the expression (mod APPROX)
        "time": (rf"(?:(?P<approx>about|around|approximately|roughly)\s+)?"
                 rf"(?<![\w.:,{f.money}])(?:(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*"
                 r"(?P<ampm>[ap]\.\s?m\.?|[ap]\s?m\b)"  # "5 p.m." keeps its period, "5pm." does not
                 r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
                 r"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s*(?:(?-i:GMT|UTC|Z)|hrs|hours|local\s+time)\b)"
                 rf"|(?P<noon>noon|mid-?day|midnight)|(?P<h4>\d{{1,2}}|{f.numword})\s+o['\u2019]clock"
                 # a bare hour before a part of a day: "at 11 this morning", "at eight tonight"
                 rf"|(?P<h5>1[0-2]|0?[1-9]|{f.numword})(?=\s+{BARE_HOUR_PARTS.format(weekday=f.weekday)}))"
                 rf"{f.tz}(?:\s+in\s+the\s+(?P<inpart>morning|afternoon|evening))?"  # "3:35 in the morning"
                 rf"(?:,?\s+(?P<tday>{f.weekday}|(?-i:today|yesterday|tomorrow))"  # ("Tomorrow" opens a sentence)
                 rf"(?:\s+(?P<tpart>{f.day_part})(?!\w))?)?"),
    }


def keys(lex: Lexicon) -> dict[str, Key]:
    """Where the rules of this family may match (see :class:`~.rules.Key`)."""
    return {
        "time": Key(frozenset({"noon", "midday", "mid", "midnight", "clock"}),
                    shape=r"\d[:.]\d\d|\d\s*[aApP]\.?\s?[mM]|\d\d\d\d\s*(?:GMT|UTC|Z|hrs|hours|local)|"
                          r"\w\s+(?:this|tonight|last|yesterday|tomorrow|in\s+the)\b"
                          r"|\w\s+[MTWFS][a-z]+day\s+[mane]", before=26,
                    after=40),
    }


def guard_time(f: Fragments, text: str, m: re.Match) -> bool:
    if m["h5"] is not None:  # a bare hour is a time only after a word of time ("killed 11 this morning" is not)
        return bool(RE_CLOCK_BEFORE.search(text[max(0, m.start() - 8):m.start()]))
    if m["h2"] is not None:
        before = text[max(0, m.start() - 12):m.start()]
        # "3:16" as a ratio, a verse or a score is not a time: want a clock context.
        return bool(m["tz"] or m["tday"] or m["inpart"] or re.search(r"(?:at|by|from|until|to|before|after|"
                                                                 r"around|about|since)\s+$", before, re.I)
                    or RE_NUMERIC_DAY_BEFORE.search(before)  # a dateline's "01/08/1998 18:30:00"
                    or re.match(r"\s*(?:hrs|hours|local|a\.?m|p\.?m)", text[m.end():m.end() + 8], re.I))
    return True


def read_time(lex: Lexicon, m: re.Match) -> Spec | None:
    g = m.groupdict()
    if g["noon"]:
        clock = lex.day_parts.get(g["noon"].lower(), "12:00")
    else:
        if g["h"] is not None:
            hour, minute = int(g["h"]), int(g["mi"] or 0)
            pm = g["ampm"].lower().startswith("p")
            if hour > 12 or hour == 0:
                return None
            hour = (hour % 12) + (12 if pm else 0)
        elif g["h2"] is not None:
            hour, minute = int(g["h2"]), int(g["mi2"])
            if not g["h2"].startswith("0") and g["tz"] not in ("UTC", "GMT", "Z") and not g["num_tz"]:
                hour = _afternoon(m, hour)
        elif g["h3"] is not None:
            hour, minute = int(g["h3"]), int(g["mi3"])
        else:
            said = g["h4"] or g["h5"]
            n = number(lex, said) if not said.isdigit() else float(said)
            if n is None or not 1 <= n <= 12:
                return None
            hour, minute = (_afternoon(m, int(n)) if g["h4"] else int(n)), 0
        clock = f"{hour:02d}:{minute:02d}"
    zero = g["num_tz"] is not None and g["num_tz"].replace(":", "")[1:] == "0000"
    if (g["tz"] in ("UTC", "GMT", "Z") and not g["tzoff"]) or zero:
        clock += "Z"
    spec = Spec(type="TIME", gran="time", time=clock, mod="APPROX" if g["approx"] else None)
    part = g["tpart"] or g["inpart"]
    if part and (g["h2"] or g["h4"] or g["h5"]):  # "10:30 Thursday night", "3:35 in the morning"
        spec = spec.replace(time=in_day_part(clock[:5], lex.day_parts[part.lower()]) + clock[5:])
    day_word = (g["tday"] or "").lower()
    if day_word in ("today", "yesterday", "tomorrow"):
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[day_word]
        return spec.replace(base="dct", unit="day", offset=offset)
    if day_word:
        return spec.replace(weekday=lex.weekdays[day_word])
    return spec


# The hours of a 12-hour clock that a part of the day puts after noon ("3:00 this afternoon", "eight o'clock
# tonight"); a night's small hours stay ("2:30 last night" is 02:30). Twelve in the morning is the first hour
# after midnight ("took effect at 12:01 this morning").
PM_HOURS = {"AF": range(1, 12), "EV": range(1, 12), "NI": range(5, 12)}


def in_day_part(clock: str, part: str) -> str:
    """A clock time with no a.m./p.m., read in the part of the day it is said with."""
    hour = int(clock[:2])
    if hour in PM_HOURS.get(part, ()):
        return f"{hour + 12:02d}{clock[2:]}"
    if hour == 12 and part == "MO":
        return f"00{clock[2:]}"
    return clock


def _afternoon(m: re.Match, hour: int) -> int:
    """``hour`` of a 12-hour clock read without a.m./p.m. (see :data:`AFTERNOON_HOURS`)."""
    around = m.string[max(0, m.start() - 12):m.end() + 30]
    return hour + 12 if hour in AFTERNOON_HOURS and not RE_SMALL_HOURS.search(around) else hour


# fmt: off
RULES: dict[str, Definition] = {  # name -> reading, context guard (scan only), may be a side of a range
    "time": Definition(read_time, guard_time, mergeable=True),
}
# fmt: on
