"""What every rule family of the date grammar shares: how a rule is declared, where it may match, and the
readers of numbers, months, modifiers and periods.

A family module (:mod:`.calendar`, :mod:`.periods`, :mod:`.relative`, :mod:`.times`, :mod:`.durations`)
declares its rules as ``RULES`` (name -> :class:`Definition`), their regexes with ``patterns(fragments)``
and their :class:`Key` with ``keys(lexicon)``; :mod:`.grammar` puts them in order and runs them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, NamedTuple

from .lexicon import Lexicon
from .spec import Spec

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
# fmt: on
RE_WORD_BEFORE = re.compile(r"([A-Za-z\u2019']+)[\s\u00a0(\"\u201c]*$")
RE_WORD = re.compile(r"[A-Za-z]+")
# a date that owns what follows: "last year's third quarter" (the gap between the two), "Tuesday's vote"
RE_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+")
RE_POSSESSIVE = re.compile(r"['\u2019]s?\b")  # the possessive mark right after a date ("Tuesday's", "the 1990s'")
# a day word in capitals after a time's full stop opens the next sentence: "at 10 p.m. Tomorrow he leaves"
RE_OPENS_SENTENCE = re.compile(r"(?:Today|Tomorrow|Yesterday|Tonight)\b")
# between a time and its restatement in another zone: "at 2 p.m. (1300 GMT)", "4 a.m. local time (2000 GMT)"
RE_GLOSS_OPEN = re.compile(r"\s*(?:[\w.]+\s+time\s*)?\(\s*", re.IGNORECASE)
# between a part of a year and the year it is of, owned by a name: "the second quarter of Dell's fiscal 2014"
RE_OF_OWNER = re.compile(r"\s+of\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['\u2019]s\s+")


class Definition(NamedTuple):
    """A rule as its family declares it.

    ``build(lexicon, match)`` reads a match into a :class:`~.spec.Spec` (None: the words are no date after
    all); ``guard(fragments, text, match)`` looks at the text around a match found by scanning (False: not a
    date here, as "May" in "such as May"); ``mergeable``: the match may be a side of a range ("from 2009 to
    2011").
    """

    build: Callable[..., Spec | None]
    guard: Callable[..., bool] | None = None
    mergeable: bool = False


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


def last_word(phrase_: str) -> str:
    """The last word of a phrase, lower case (the key of a multi-word table entry)."""
    return RE_WORD.findall(phrase_)[-1].lower()


def word_before(text: str, start: int) -> str:
    """The lower-cased word ending just before ``start`` (skipping spaces, brackets and opening quotes)."""
    m = RE_WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


# ---------------------------------------------------------------------------------------------- readers
def month_number(lex: Lexicon, word: str | None) -> int | None:
    """1..12 for a month word ("Sept." -> 9), None for no word."""
    return lex.months.get(word.lower().rstrip(".")) if word else None


def day_number(lex: Lexicon, text: str) -> int | None:
    """The day of the month ``text`` says: "21", "21st", "twenty-first", "twenty first"."""
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    said = re.sub(r"[-\s]+", "", text.lower())
    return next((n for word, n in lex.ordinals.items() if word.replace("-", "") == said), None)


TENS = frozenset(range(20, 100, 10))  # the values of "twenty" to "ninety", which a unit may follow ("twenty-five")


def number(lex: Lexicon, text: str) -> float | None:
    """A number written in digits or words; None for an unspecified amount ("several")."""
    t = " ".join(text.lower().split())
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t in lex.numbers:
        base = lex.numbers[t]
        return None if base is None else base + half
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", t):
        return float(t.replace(",", "")) + half
    if (whole := re.fullmatch(r"(\d+)(?:-|\s)1/2", t)) is not None:
        return int(whole.group(1)) + 0.5  # "4-1/2"
    total, last = 0.0, None
    for word in re.split(r"[-\s]+", t):
        value = lex.numbers.get(word)
        if value is None:
            return None
        if value == 100 and total:
            total *= value
        elif last is None or last == 100 or (last in TENS and value < 10):
            total += value
        else:  # "two five-year terms": two numbers, not one
            return None
        last = value
    return total + half


def is_vague(lex: Lexicon, text: str) -> bool:
    """True for an unspecified amount ("several", "a few")."""
    t = " ".join(text.lower().split())
    return t in lex.numbers and lex.numbers[t] is None


def date_mod(m: re.Match) -> str | None:
    """The TIMEX3 mod of a match's ``mod`` group ("early" -> START, "the end of" -> END), if any."""
    word = m.groupdict().get("mod")
    if not word:
        return None
    key = word.lower().split()[-2] if word.lower().endswith(" of") else word.lower()
    return DATE_MODS.get(key)


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def expand_two_digit(yy: int) -> int:
    """'82 -> 1982, '07 -> 2007: two-digit years up to 29 are read in the 2000s (the cut-off of ``%y`` is 68;
    news mentions of the 1930s-60s by two digits are rarer than of the near future)."""
    return 2000 + yy if yy <= 29 else 1900 + yy


SMALLER_TIME_UNIT = {"H": "M", "M": "S"}  # a part of an hour in minutes, of a minute in seconds


def period(amount: float | None, code: str, is_time: bool) -> str:
    """An ISO 8601 period: ``P24D``, ``PT30M``, ``P2.5Y``; ``X`` for an unspecified amount (``PXY``). A part of an
    hour or a minute is told in the smaller unit, as TimeML writes it ("half an hour" ``PT30M``, "four and a half
    hours" ``PT4H30M``)."""
    if amount is not None and is_time and code in SMALLER_TIME_UNIT and not float(amount).is_integer() \
            and float(amount * 60).is_integer():
        whole, part = int(amount), int(round((amount - int(amount)) * 60))
        return f"PT{f'{whole}{code}' if whole else ''}{part}{SMALLER_TIME_UNIT[code]}"
    n = "X" if amount is None else _num_value(amount)
    return f"PT{n}{code}" if is_time else f"P{n}{code}"


def _num_value(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
