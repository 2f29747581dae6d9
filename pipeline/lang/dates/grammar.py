"""The temporal-expression grammar: the engine that runs the rule families over a text, finds the expressions
in it and reads them (a :class:`~.spec.Spec`).

One :class:`Grammar` serves both stages. ``scan(text)`` (used by ``extractors/dates.py``) finds the spans of
every rule over a whole article, applies each rule's context guard, keeps the longest of overlapping
matches and joins dash ranges (``July-August 2001``; ``from 2009 to 2011`` stays two expressions, as in
TimeML). ``parse(text)`` (used by the
normalizer, on one mention) reads a span back: the first rule that matches the whole text decides its
meaning; ranges are split at their connector and read side by side. Spans follow TimeML: a leading
preposition is left out (``on [August 8]``), determiners and modifiers are in (``[the end of 2018]``,
``[early 2019]``, ``[the past decade]``), and a range keeps its ``from``/``between``.

The rules live in one module per family: :mod:`.calendar` (absolute dates), :mod:`.periods` (quarters,
halves, seasons), :mod:`.relative` (deictic and anaphoric expressions), :mod:`.times` (times of day) and
:mod:`.durations` (durations and sets); :data:`ORDER` is their priority.

Numeric dates (``04/05/2019``) are month-first unless ``day_first`` (``Settings.day_first``) or unless only
one reading is a real date (``26/04/2019``); dotted dates (``26.04.2019``) are always day-first.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Callable, Iterator, NamedTuple

from . import calendar, durations, periods, relative, times
from .fragments import fragments
from .lexicon import Lexicon, lexicon
from .rules import RE_OPENS_SENTENCE, RE_WORD, Definition, Key
from .spec import Spec
from .times import DAY_RULES, RE_DATETIME_GLUE, RE_DAY_TIME_GAP, RE_TIME_DAY_GAP, RE_TIME_GLUE, in_day_part, read_time

FAMILIES = (calendar, periods, relative, times, durations)
# fmt: off
# The rules in order of priority: among overlapping matches of one length the first wins, and a mention is
# read by the first rule that matches all of it.
ORDER = (
    "iso", "numeric", "full_date", "month_day", "day_range", "month_year", "month", "week_of", "nth_weekday",
    "week_of_day",
    "year_range",
    "fiscal", "fiscal_relative", "year", "year_words", "short_year", "decade", "century", "quarter", "quarter_code",
    "half", "months_part", "month_quarter", "season", "weekday",
    "deictic", "relative", "year_first", "relative_the", "same_period", "period_end", "period_ref", "run", "day_part",
    "ago", "year_adj", "time", "ref",
    "duration", "duration_a", "duration_vague", "set_word", "set_every", "set_times", "set_rate", "set_weekdays",
    "unit_long", "duration_sum", "holiday",
)
# fmt: on
# Where day_first can matter: the numeric rule's dates all have a digit, a separator and a digit.
RE_ORDERED = re.compile(r"\d[/.-]\d")
DAY_PART_CODES = frozenset({"MO", "AF", "EV", "NI"})  # a part of a day, which a clock time makes precise


@dataclass(frozen=True)
class Rule:
    """One pattern of the grammar: its regex, its meaning (``build``) and its context guard (scan only)."""

    name: str
    regex: re.Pattern
    build: Callable[..., Spec | None]  # (lexicon, match) -> Spec | None
    guard: Callable[..., bool] | None = None  # (fragments, text, match) -> bool
    mergeable: bool = False  # may be the side of a range ("from 2009 to 2011")
    key: Key | None = None  # something every match contains (see ``keys``); None: scan everything


@dataclass(frozen=True)
class Found:
    """A span found by :meth:`Grammar.scan`."""

    start: int
    end: int
    rule: str


class Reading(NamedTuple):
    """What the grammar reads in a mention's text, for either order of numeric dates.

    ``month_first`` reads ``04/05/2019`` as April 5, ``day_first`` as 4 May; for a text with no numeric
    date the two are the same Spec (None: no rule reads the text).
    """

    month_first: Spec | None
    day_first: Spec | None

    def spec(self, *, day_first: bool = False) -> Spec | None:
        """The reading under the ``day_first`` setting (``Settings.day_first``)."""
        return self.day_first if day_first else self.month_first


def definitions() -> dict[str, Definition]:
    """Every rule of every family, by name."""
    return {name: d for family in FAMILIES for name, d in family.RULES.items()}


class Grammar:
    """The rules built from a :class:`Lexicon` (the shipped tables by default, see :func:`grammar`)."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.fragments = strict = fragments(lex)
        loose = fragments(lex, strict=False)
        found, readable, key_of = {}, {}, {}
        for family in FAMILIES:
            found.update(family.patterns(strict))
            readable.update(family.patterns(loose))
            key_of.update(family.keys(lex))
        defined = definitions()
        self.shapes = {k.shape: re.compile(k.shape) for k in key_of.values() if k and k.shape}
        # every expression starts at the start of a word: other positions fail on the first assertion
        self.rules: list[Rule] = []
        for name in ORDER:
            d = defined[name]
            regex = re.compile(r"(?<!\w)(?:" + found[name] + ")", re.I)
            self.rules.append(Rule(name, regex, d.build, d.guard, d.mergeable, key_of.get(name)))
        # the same rules, reading one mention (no capitals needed: "friday, 03 september 2014")
        self.readers: list[Rule] = [Rule(r.name, re.compile(readable[r.name], re.I), r.build) for r in self.rules]
        self.by_name = {rule.name: rule for rule in self.rules}
        self.mergeable = frozenset({rule.name for rule in self.rules if rule.mergeable} | {"datetime"})
        self.priority = {rule.name: i for i, rule in enumerate(self.rules)}
        self.time_reader = next(r.regex for r in self.readers if r.name == "time")
        self.range_gap = re.compile(r"\s*(?:[-\u2013\u2014]|to|until|till|through|thru)\s*", re.I)
        self.range_and = re.compile(r"\s+and\s+", re.I)
        # "the evening of March 3", "early on the morning of Sept. 11": a part of a named day
        self.part_of_day = re.compile(rf"(?:(?:early|late)\s+(?:on\s+|in\s+)?)?(?:the\s+)?(?:(?:early|late)\s+)?"
                                      rf"(?P<dp>{strict.day_part})\s+of\s+(?P<day>.+)", re.I)
        # in running text only a dash joins two dates into one expression ("July-August 2001"); the ends of
        # a range written with words ("from 2009 to 2011", "between April and June") are two TIMEX3s, as in
        # TimeML, and the event they date gets the interval (``events.dating``)
        self.range_dash = re.compile(r"\s*[-\u2013\u2014]\s*")
        self.range_start = re.compile(r"(?:from|between)\s+$", re.I)

    # ------------------------------------------------------------------------------------------ scanning
    def scan(self, text: str) -> list[Found]:
        """All temporal expressions of ``text``: guarded rule matches, longest first, ranges joined."""
        candidates = []
        strict = self.fragments
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
                    if m.end() > m.start() and (rule.guard is None or rule.guard(strict, text, m)):
                        candidates.append(Found(m.start(), m.end(), rule.name))
        candidates.sort(key=lambda f: (f.start - f.end, self.priority[f.rule], f.start))
        taken: list[Found] = []
        for f in candidates:
            if all(f.end <= t.start or t.end <= f.start for t in taken):
                taken.append(f)
        taken.sort(key=lambda f: f.start)
        return self._join_ranges(text, self._join_times(text, self._paired_days(text, taken)))

    def _paired_days(self, text: str, found: list[Found]) -> list[Found]:
        """The bare day number coordinated with a month's day ("on June 19 and 20", "Oct. 3 and 4"), as its own
        expression (rule ``paired_day``, read as that month's day: :func:`paired_day_text`)."""
        out: list[Found] = []
        for i, f in enumerate(found):
            out.append(f)
            if f.rule != "month_day":
                continue
            m = RE_PAIRED_DAY.match(text, f.end)
            nxt = found[i + 1] if i + 1 < len(found) else None
            if m is None or (nxt is not None and nxt.start < m.end()) or paired_day_text(text, m.start("d")) is None:
                continue
            out.append(Found(m.start("d"), m.end("d"), "paired_day"))
        return out

    def _join_times(self, text: str, found: list[Found]) -> list[Found]:
        """A day next to a time of day is one expression: "Monday at 10 a.m.", "10 a.m. on March 3"."""
        out: list[Found] = []
        for f in found:
            prev = out[-1] if out else None
            if prev is not None:
                gap = text[prev.end:f.start]
                if (prev.rule in DAY_RULES and f.rule == "time" and RE_DAY_TIME_GAP.fullmatch(gap)) or \
                        (prev.rule == "time" and f.rule in DAY_RULES and RE_TIME_DAY_GAP.fullmatch(gap)
                         and not RE_OPENS_SENTENCE.match(text, f.start)) or \
                        (prev.rule == "day_part" and f.rule in DAY_RULES and RE_OF_GAP.fullmatch(gap)) or \
                        (prev.rule == "time" and f.rule == "day_part" and RE_IN_GAP.fullmatch(gap)):
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
                if self.range_dash.fullmatch(gap):
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
                if rule.guard is None or rule.guard(self.fragments, text, m):
                    return True
                guarded = True
        return not guarded

    # ------------------------------------------------------------------------------------------- parsing
    def parse(self, text: str, *, day_first: bool = False) -> Spec | None:
        """Read one temporal expression (a whole mention) into a Spec; None when no rule reads all of it."""
        return _parse_cached(self, text, day_first)

    def read(self, text: str, rule: str | None = None) -> Reading:
        """Read one mention under both orders of numeric dates (read twice only when it has one). ``rule``,
        the rule that found the mention in its context, reads it first: "a year" after "3%" is the rate
        (SET ``P1Y``) the scan found, not the duration the words alone would be."""
        if rule is not None and not RE_ORDERED.search(text):
            spec = self._read_as(rule, text)
            if spec is not None:
                return Reading(spec, spec)
        spec = self.parse(text)
        return Reading(spec, self.parse(text, day_first=True) if RE_ORDERED.search(text) else spec)

    def _read_as(self, rule: str, text: str) -> Spec | None:
        reader = next((r for r in self.readers if r.name == rule), None)
        m = reader.regex.fullmatch(" ".join(text.split())) if reader is not None else None
        return reader.build(self.lex, m) if m is not None else None

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
                spec = rule.build(self.lex, m, day_first=day_first) if rule.name == "numeric" \
                    else rule.build(self.lex, m)
                if spec is not None:
                    return spec
        return self._parse_datetime(text, day_first) or self._parse_part_of_day(text, day_first) \
            or self._parse_range(text, day_first)

    def _parse_part_of_day(self, text: str, day_first: bool) -> Spec | None:
        """A part of a named day: "the evening of March 3", "the morning of Sept. 11, 2001"."""
        m = self.part_of_day.fullmatch(text)
        day = self._parse_one(m["day"], day_first) if m is not None else None
        if day is None or not day.is_calendar or day.time is not None or not (day.gran == "day" or day.weekday):
            return None
        return day.replace(type="TIME", gran="time", time=self.lex.day_parts[m["dp"].lower()])

    def _parse_datetime(self, text: str, day_first: bool) -> Spec | None:
        """A day and a time of day: "Monday at 10 a.m.", "12 Feb 2015 10:56 PM", "10 a.m. on March 3"; a part
        of a day gives way to the clock time ("tonight at 9 p.m.", "9 p.m. tonight", "last night at 11")."""
        for m in self.time_reader.finditer(text):
            before, after = text[:m.start()], text[m.end():]
            if before.strip() and after.strip():
                continue
            day_text = RE_DATETIME_GLUE.sub("", before) if before.strip() else RE_TIME_GLUE.sub("", after)
            day = self._parse_one(day_text, day_first) if day_text else None
            clock = read_time(self.lex, m)
            part = day is not None and day.time in DAY_PART_CODES  # "tonight", "Friday night"
            if (day is None or clock is None or not day.is_calendar or (day.time is not None and not part)
                    or not (day.gran == "day" or day.weekday is not None or part) or clock.base or clock.weekday):
                continue
            time = in_day_part(clock.time, day.time) if part and (m["h2"] or m["h4"] or m["h5"]) else clock.time
            return day.replace(type="TIME", gran="time", time=time)
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


# --------------------------------------------------------------------------------------------- helpers
RE_OF_GAP = re.compile(r"\s+of\s+", re.I)  # a part of a day and the day: "the evening of March 3"
RE_IN_GAP = re.compile(r"\s+in\s+", re.I)  # a clock time in a part of the day: "5 o'clock in the morning"
# "June 19 and 20": the second day, when nothing that counts follows it ("June 19 and 20 people" is no day)
# ("from Dec. 14 to 18": the range's end too)
RE_PAIRED_DAY = re.compile(r"\s+(?:and|or|&|to|through|until|till)\s+(?P<d>[0-3]?\d)(?!\d)(?=\s*(?:[.,;:)!?]|$)"
                           r"|\s+(?:at|in|on|from|to|when|with|for|and|or|as|after|before|until|through|this|last|next)\b)")
RE_MONTH_DAY_BEFORE = re.compile(r"(?P<m>[A-Z][a-z]+\.?)\s+(?P<d>[0-3]?\d),?\s+"
                                 r"(?:and|or|&|to|through|until|till)\s+$")


def paired_day_text(text: str, start: int) -> str | None:
    """The text a paired day at ``start`` reads as ("June 20" for the "20" of "June 19 and 20"), or None."""
    m = RE_MONTH_DAY_BEFORE.search(text, max(0, start - 24), start)
    end = re.match(r"[0-3]?\d", text[start:start + 2])
    if m is None or end is None or not int(m["d"]) < int(end.group()) <= 31:
        return None
    return f"{m['m']} {end.group()}"


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
