"""What the dates around a mention say about it (steps of :func:`~pipeline.normalize.dates.resolve_mentions`):
the day a period ends on ("the week ended Oct. 13"), the year of a pair ("in September and October"), the day a
part of the day or "that day" belongs to ("at dawn on Tuesday", "overnight, officials said Saturday"), a
weekday after the day it is coordinated with, the quarter of three months, and a year-back baseline ("rose from
a year earlier"). Each takes the parsed mentions of the document and the timeline as they stand, and looks at
the others with :func:`peek`, which resolves without recording."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Sequence

from ...lang.dates import Spec, word_before
from ...lang.dates.spec import with_day
from ...records import Mention, TimeExpression
from .context import RE_COORDINATION
from .resolve import Clues, resolve
from .timeline import Timeline, clone
from .values import bounds, move, render, unresolved
from .years import fill_year

# "the week ended Oct. 13", "the quarter ending Sept. 30", "the first half, which ended June 30"
# (a comma only before "which": "the strike, which began in June, ended on Friday" is another clause's verb)
ENDED = r"(?:\s*,\s*which\s+|\s+(?:which\s+|that\s+)?)(?:ended|ending|ends)\s+"
RE_ENDED = re.compile(ENDED + r"(?:on\s+)?", re.IGNORECASE)
# a reporting period named by the month it ends in: "the quarter ending in June", "the half that ended in September"
RE_ENDED_IN_MONTH = re.compile(ENDED + r"in\s+", re.IGNORECASE)
RE_WEEK_TO = re.compile(r"\s+to\s+", re.IGNORECASE)  # "in the week to June 9": the week ending June 9
# a "when" clause told of a year: its dates are of that year ("in 1992, when 140 employees lost their jobs just before
# Christmas")
RE_WHEN_OF_YEAR = re.compile(r"\s*,\s*when\s[^,.;:!?()\"\u201c\u201d]{0,100}", re.IGNORECASE)
RE_ENDED_IN = re.compile(r"\s*,?\s*(?:which\s+|that\s+)?(?:ended|ending|ends)\s+(?:in|on)\s+", re.IGNORECASE)
RE_ENDED_APPOSED = re.compile(r"\s*,\s*(?:ended|ending)\s+", re.IGNORECASE)  # "its fourth quarter, ended Sept. 30,"
RE_BEGUN = re.compile(r"(?:\s*,\s*which\s+|\s+(?:which\s+|that\s+)?)(?:began|begins|beginning|starting|starts|started)"
                      r"\s+(?:on\s+)?", re.IGNORECASE)
PERIOD_GRANS = frozenset({"week", "month", "quarter", "half", "year", "fy"})


ENDPOINT_WORDS = frozenset({"until", "till", "through", "by"})
NIGHT = "NI"  # the night before a day: "overnight, officials said Saturday"


def peek(item: tuple[Mention, Spec], dct: dt.date | None, timeline: Timeline, clues_of) -> Spec:
    """How another mention resolves from here, without recording it on the timeline."""
    return resolve_safely(item[1], clues_of(item[0]), dct, clone(timeline))[0]


def holds(spec: Spec, day: dt.date) -> bool:
    """Does the resolved period ``spec`` hold ``day``?"""
    first, last = bounds(spec) if spec.is_calendar else (None, None)
    return first is None or last is None or first <= day <= last


def ended_on(text: str | None, mention: Mention, spec: Spec, nxt: tuple[Mention, Spec] | None,
              dct: dt.date | None, timeline: Timeline, clues_of) -> dt.date | None:
    """The day a period the text names ends on, when the next expression says it ("the week ended Oct. 13"):
    the period is the one holding that day. None for anything else."""
    if text is None or nxt is None or spec.gran not in PERIOD_GRANS or spec.parts is not None:
        return None
    if not (spec.base == "ref" and not spec.offset) and not (spec.base is None and spec.needs_year
                                                             and spec.gran != "month") \
            and not (spec.gran == "fy" and spec.base == "dct" and not spec.offset):
        # (but "the current fiscal year, which ends March 31" is the one holding that day)
        return None  # a named month ends on its own last day: "began in June, ended on Friday" is two clauses
    nxt_mention, nxt_spec = nxt
    begun = spec.gran == "fy" and spec.base == "ref" and RE_BEGUN.fullmatch(text, mention.end, nxt_mention.start)
    # (not "the current fiscal year, which began April 1": named, as the text tells it, by that year)
    by_month = spec.gran in ("quarter", "half", "fy") and nxt_spec.gran == "month"
    ended = RE_ENDED.fullmatch(text, mention.end, nxt_mention.start) or (
        by_month and RE_ENDED_IN_MONTH.fullmatch(text, mention.end, nxt_mention.start)) or (
        spec.gran in ("quarter", "half", "fy") and RE_ENDED_APPOSED.fullmatch(text, mention.end, nxt_mention.start)) \
        or (spec.gran in ("week", "fy") and RE_WEEK_TO.fullmatch(text, mention.end, nxt_mention.start))
    # (a fiscal year ends in a month too: "the financial year to March 2015")
    if not (nxt_spec.gran == "day" or by_month) or not (begun or ended):
        return None
    found = peek(nxt, dct, timeline, clues_of)
    if found.year is None or found.month is None or (found.day is None and nxt_spec.gran == "day"):
        return None
    try:
        day = dt.date(found.year, found.month, found.day or calendar.monthrange(found.year, found.month)[1])
        # "the fiscal year beginning Oct. 1 [1989]" ends the day before Oct. 1, 1990: fiscal 1990
        return dt.date(day.year + 1, day.month, day.day) - dt.timedelta(days=1) if begun else day
    except ValueError:
        return None


def pair_year(text: str | None, parsed: Sequence[tuple[Mention, Spec]], i: int, dct: dt.date | None,
               timeline: Timeline, clues_of) -> int | None:
    """The year of a month (or day) coordinated with a later one that has no year either ("orders in September
    and October"): the pair is read as one, in order, from the year the second one takes."""
    spec = parsed[i][1]
    if text is None or i + 1 >= len(parsed) or spec.month is None or spec.parts is not None:
        return None
    nxt_mention, nxt_spec = parsed[i + 1]
    if not nxt_spec.needs_year or nxt_spec.month is None or nxt_spec.parts is not None \
            or not RE_COORDINATION.fullmatch(text, parsed[i][0].end, nxt_mention.start):
        return None
    found = peek(parsed[i + 1], dct, timeline, clues_of)
    if found.year is None:
        return None
    in_order = (spec.month, spec.day or 0) <= (nxt_spec.month, nxt_spec.day or 0)
    return found.year if in_order else found.year - 1


RE_RANGE_TO = re.compile(r"\s*(?:through|thru|to|until|till|-|\u2013)\s*", re.IGNORECASE)
RE_RANGE_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def range_end_year(text: str | None, parsed: Sequence[tuple[Mention, Spec]], i: int,
                   days: Sequence[Spec | None]) -> int | None:
    """The year of a year-less day or month that ends a range from a day already placed ("tickets bought from
    today through June 30", "between Dec. 20 and Jan. 5"): the first on or after the start."""
    spec = parsed[i][1]
    if text is None or not i or spec.month is None or spec.parts is not None or days[i - 1] is None:
        return None
    before, here = parsed[i - 1][0], parsed[i][0]
    if not RE_RANGE_TO.fullmatch(text, before.end, here.start) and not (
            RE_RANGE_AND.fullmatch(text, before.end, here.start) and word_before(text, before.start) == "between"):
        return None
    start = days[i - 1]
    if start.year is None or start.month is None or start.day is None:
        return None
    return start.year if (spec.month, spec.day or 31) >= (start.month, start.day) else start.year + 1


RE_AND_NEXT = re.compile(r"[^.;:!?]*?\s(?:and|then)\s(?![^.;:!?]*\b(?:had|last)\b)[^.;:!?]*", re.IGNORECASE)


def sequel_year(text: str | None, parsed: Sequence[tuple[Mention, Spec]], i: int, tense: str | None) -> int | None:
    """The year of a year-less month told, in the past, in a clause joined after one dated by a month of a stated
    year ("was appointed in June 2012 and led the club to sixth place in May", "learned of it in August 2001 and
    redesigned the latch in July"): the first such month on or after it, as a story is told in order."""
    spec = parsed[i][1]
    if text is None or not i or tense != "past" or spec.month is None or spec.parts is not None:
        return None
    (before, told), here = parsed[i - 1], parsed[i][0]
    if before.sentence != here.sentence or told.year is None or told.month is None or told.base is not None \
            or told.parts is not None or not RE_AND_NEXT.fullmatch(text, before.end, here.start):
        return None
    return told.year if (spec.month, spec.day or 0) >= (told.month, told.day or 0) else told.year + 1


def after_coordinated_day(text: str | None, parsed: Sequence[tuple[Mention, Spec]], i: int, resolved: Spec,
                           days: Sequence[Spec | None]) -> Spec:
    """A weekday coordinated with the day before it comes after that day ("late Tuesday or early Wednesday",
    "on Friday and Saturday"): a week on when the weekday rule put it before."""
    spec = parsed[i][1]
    if text is None or not i or spec.weekday is None or spec.day is not None or resolved.day is None \
            or days[i - 1] is None or not RE_COORDINATION.fullmatch(text, parsed[i - 1][0].end, parsed[i][0].start):
        return resolved
    before, here = bounds(days[i - 1])[0], bounds(resolved)[0]
    if before is None or here is None or here >= before:
        return resolved
    return with_day(resolved, here + dt.timedelta(weeks=1 + (before - here).days // 7))


def day_named_after(parsed: Sequence[tuple[Mention, Spec]], i: int, dct: dt.date | None, timeline: Timeline,
                     clues_of) -> Spec | None:
    """For "the day" talked about (mention ``i``: "that day", "for the third straight session"), the day its
    own clause names after it ("rose for the third straight session on Monday": Monday); None otherwise."""
    spec = parsed[i][1]
    if not (spec.base == "ref" and spec.gran == "day" and not spec.offset and spec.weekday is None):
        return None
    j = same_clause_day(parsed, i)
    if j is None or j < i or parsed[j][1].gran != "day":
        return None
    found = peek(parsed[j], dct, timeline, clues_of)
    return found if found.day is not None and found.year is not None else None


def day_part_of_later_day(text: str | None, parsed: Sequence[tuple[Mention, Spec]], i: int, dct: dt.date | None,
                           timeline: Timeline, clues_of) -> Spec | None:
    """For a part of the day talked about ("at dawn", "overnight", "in the morning"), the one of the day its
    clause names after it ("at dawn on Tuesday"), else of the day its sentence names after it ("arrested 12
    militants overnight, officials said Saturday": the night before Saturday); None otherwise."""
    spec = parsed[i][1]
    if not (spec.base == "ref" and spec.gran == "time" and spec.time and not spec.offset and spec.day is None):
        return None
    mention = parsed[i][0]
    night = spec.time == NIGHT  # a night may be the one before a part of a day ("overnight ... early this morning")
    if i and text is not None and parsed[i - 1][0].sentence == mention.sentence and has_day(parsed[i - 1][1]) \
            and RE_COORDINATION.fullmatch(text, parsed[i - 1][0].end, mention.start):
        return None  # "on Thursday afternoon and evening, officials said Friday": Thursday's evening
    j = same_clause_day(parsed, i)  # "at dawn on Tuesday"
    shift, other = 0, False
    if j is None or j < i:
        other = True
        # not a day told in a relative clause of a thing: "worked through the night but found no survivors
        # from Flight 111, which plunged into the sea late Wednesday"
        j = next((k for k in range(i + 1, len(parsed)) if parsed[k][0].sentence == mention.sentence
                  and _a_day(parsed[k][1], night) and not (parsed[k][0].features or {}).get("relative")
                  and not (parsed[k][0].features or {}).get("since")  # "the worst breach since Oct. 13"
                  and (text is None or word_before(text, parsed[k][0].start) != "since")), None)
        shift = 1 if spec.time == NIGHT else 0  # the night before the day of another clause
    if j is None or not _a_day(parsed[j][1], night) or (text is not None and (
            word_before(text, mention.start) == "since"
            or word_before(text, parsed[j][0].start) in ENDPOINT_WORDS | {"since"})):
        return None  # "working since dawn ... without power until Wednesday": not Wednesday's dawn
    if night and parsed[j][1].gran == "time":
        shift = 1  # "worked through the night and were still searching this morning": the night before it
    found = peek(parsed[j], dct, timeline, clues_of)
    if found.day is None or found.year is None:
        return None
    day = dt.date(found.year, found.month, found.day)
    if other and dct is not None and day > dct and (shift or clues_of(mention).tense == "past"):
        # not the night before a day ahead ("moved inland overnight, and ... would arrive Friday"), nor a part of
        # a day gone before another clause's day ahead ("was suspended at nightfall and was to resume on Friday")
        return None
    return with_day(spec, day - dt.timedelta(days=shift))


def _a_day(spec: Spec, night: bool) -> bool:
    """Does ``spec`` name a day: a day, or, for a night, the morning of the publication's ("overnight ... early
    this morning": the night before it)?"""
    return spec.gran == "day" or (night and spec.gran == "time" and spec.base == "dct" and spec.time == "MO")
RE_QUARTER_AFTER = re.compile(r"\s+(?:quarter|period)\b", re.IGNORECASE)


def quarter_of_months(text: str | None, mention: Mention, spec: Spec, dct: dt.date | None = None) -> Spec:
    """"the April-June quarter": the months of one calendar quarter named as a quarter are that quarter; the
    quarter the publication falls in when it is that one ("could cut growth in the July-September quarter",
    told in August: this year's, though July alone would be next year's)."""
    if text is None or spec.parts is None or not RE_QUARTER_AFTER.match(text, mention.end):
        return spec
    first, last = spec.parts
    if first.gran != "month" or last.gran != "month" or first.year is None or last.year is None \
            or first.month is None or first.month % 3 != 1 or last.month != first.month + 2:
        return spec
    quarter = first.month // 3 + 1
    if dct is not None and (dct.month - 1) // 3 + 1 == quarter and abs(first.year - dct.year) <= 1 \
            and abs(last.year - dct.year) <= 1:
        return Spec(gran="quarter", year=dct.year, quarter=quarter)
    if first.year != last.year:
        return spec
    return Spec(gran="quarter", year=first.year, quarter=quarter)


# what a figure is compared with: "rose to $312 million from $274 million a year earlier", "18% below a year earlier"
# (not a level traded at: "traded above $15 a year ago")
RE_COMPARED = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|than|against|over|ahead\s+of|behind|double|"
                         r"triple|twice|(?:below|above)(?!\s+(?:about\s+|nearly\s+)?[$\d\u00a3\u20ac\u00a5])"
                         r"|(?:flat|even|level|unchanged|steady|in\s+line|on\s+par)\s+with)\b", re.IGNORECASE)
BASELINE_GRANS = frozenset({"day", "month", "quarter", "half", "fy"})
RE_A_YEAR_BACK = re.compile(r"(?:a|one)\s+year\s+(?:earlier|ago|before)", re.IGNORECASE)


def year_back(text: str | None, mention: Mention, spec: Spec, resolved: Spec, out: Sequence[TimeExpression],
               timeline: Timeline, after: Spec | None = None) -> Spec:
    """"a year earlier", "a year ago" as the baseline of a figure ("rose 14% in January from a year earlier",
    "net income rose to $312 million from $274 million a year earlier"): the period the figure is of, a year
    back (the month, quarter or fiscal period named before it in its sentence, or the day the figure is of, or
    the month or quarter the figure is of right after it, ``after``: "rose 13.9 percent from a year earlier to $13.6
    billion in February"; else the reporting period the text talks about), not a bare year."""
    if text is None or spec.gran != "year" or spec.unit != "year" or spec.offset != -1 \
            or not RE_A_YEAR_BACK.fullmatch(mention.text):
        return resolved  # (not "last year", "the previous year": a year)
    start = max(text.rfind(". ", 0, mention.start) + 1, 0)
    if not RE_COMPARED.search(text, start, mention.start):
        return resolved
    in_sentence = [t for t in out if t.sentence == mention.sentence]  # (not cut at the ". " of "Dec. 1")
    named = next((t for t in reversed(in_sentence) if t.precision in ("month", "quarter", "half")
                  or (t.value or "").startswith("FY")), None) or _stock_day(text, in_sentence, mention) \
        or _figure_day(text, in_sentence, mention)
    if named is None and any(t.precision == "year" for t in in_sentence):
        return resolved  # "sales in 2012 rose from a year earlier": 2011
    if named is None and resolved.year is not None and _after_months_span(mention, in_sentence):
        return Spec(gran="year", year=resolved.year, mod=resolved.mod)  # "for the nine months ... a year earlier"
    if named is None and after is not None and after.gran in BASELINE_GRANS:
        return move(after, "year", -1) or resolved
    if named is None:
        period = timeline.period()
    else:  # the period named in the sentence, as the timeline holds it
        period = next((c for c in reversed(timeline.recent) if render(c).value == named.value), None)
    if period is None or period.gran not in BASELINE_GRANS:
        return resolved
    return move(period, "year", -1) or resolved


RE_MONTHS_SPAN = re.compile(r"P(?!3M)\d+M")  # six or nine months (three are a quarter)


def period_of_months(mention: Mention, spec: Spec, resolved: Spec, out: Sequence[TimeExpression]) -> Spec:
    """"the 1988 period" after a span of months in its sentence ("For the nine months, earnings were $161
    million, against $139 million in the 1988 period"): that year, not the quarter talked about before."""
    if spec.base != "ref" or spec.gran is not None or spec.year is None:
        return resolved
    if _after_months_span(mention, out):
        return Spec(gran="year", year=spec.year, mod=spec.mod)
    return resolved


def _after_months_span(mention: Mention, out: Sequence[TimeExpression]) -> bool:
    """Does a span of six or nine months come before ``mention`` in its sentence ("For the nine months, ...")?"""
    return any(t.sentence == mention.sentence and t.start < mention.start and t.type == "DURATION"
               and RE_MONTHS_SPAN.fullmatch(t.value or "") for t in out)


# the day a stock or level is counted on ("stocks as of Dec. 1", "on hand March 1", "cut by Sunday"), not the day
# of a report ("the department said on Tuesday")
RE_COUNTED_ON = re.compile(r"\b(?:as\s+of|by|(?P<on>on))\s+$", re.IGNORECASE)
RE_TOLD_ON = re.compile(r"\b(?:said|says|reported|reports|announced|told|added|estimated)\s+(?:on\s+)?$|^\s*,?\s*"
                        r"(?:said|reported|announced)\b", re.IGNORECASE)


def _stock_day(text: str, in_sentence: Sequence[TimeExpression], mention: Mention) -> TimeExpression | None:
    """The day a figure compared with "a year earlier" is counted on ("stocks as of Dec. 1 ... down 31% from a
    year earlier": Dec. 1 a year back), or None."""
    for t in reversed(in_sentence):
        counted = RE_COUNTED_ON.search(text, max(0, t.start - 8), t.start) if t.precision == "day" else None
        # (after "on", a date of the calendar, not a weekday or a holiday: "posted a loss on Tuesday" is a report's)
        if counted and t.end <= mention.start and (not counted["on"] or any(c.isdigit() for c in t.text)) \
                and not RE_TOLD_ON.search(text, max(0, t.start - 20), t.start) \
                and not RE_TOLD_ON.match(text[t.end:t.end + 12]):
            return t
    return None


def _figure_day(text: str, in_sentence: Sequence[TimeExpression], mention: Mention) -> TimeExpression | None:
    """The day a figure compared with "a year earlier" is of, named before it in its sentence as the possessive
    of that figure ("Friday's sales were up 9% from a year earlier": that day a year back), or None. (A day
    after "on", or alone, is mostly the day a result was told: "Ravelli on Tuesday posted a loss, compared with
    a profit a year earlier".)"""
    for t in reversed(in_sentence):
        if t.precision != "day" or t.end > mention.start or RE_RELATIVE_DAY.search(t.text) \
                or RE_PERIOD_END_BEFORE.search(text, max(0, t.start - 12), t.start):
            continue  # (not "two weeks earlier", nor the end of a period: "the three months to March 31")
        if text[t.end:t.end + 2] in ("'s", "\u2019s"):
            return t
    return None


RE_RELATIVE_DAY = re.compile(r"\b(?:earlier|ago|later|before|after)\b", re.IGNORECASE)
RE_PERIOD_END_BEFORE = re.compile(r"\b(?:ended|ending|ends|to|through|thru)\s+$", re.IGNORECASE)


def same_clause_day(parsed: Sequence[tuple[Mention, Spec]], i: int) -> int | None:
    """The nearest other mention of a day in the same sentence and clause (same governing verb, or a verb
    coordinated with it in the same tense) as mention ``i``, or None."""
    mention = parsed[i][0]
    features = mention.features or {}
    verb = features.get("verb")
    if verb is None:
        return None

    def same_clause(m: Mention) -> bool:
        other = m.features or {}
        # its own verb, or one coordinated with it in the same tense ("taken into custody at 3 a.m. and
        # charged Saturday"; not "arrested at 3 a.m. and will be charged Monday")
        return other.get("verb") == verb or (other.get("clause") is not None and other.get("clause") ==
                                             features.get("clause") and other.get("tense") == features.get("tense"))

    near = [j for j, (m, s) in enumerate(parsed) if j != i and m.sentence == mention.sentence
            and same_clause(m) and has_day(s)
            and not (m.features or {}).get("compared")  # not "down from 34 at yesterday's close"
            and not (m.features or {}).get("since")]  # nor a bound: "at 10:31 a.m., the biggest drop since Nov. 20"
    return min(near, key=lambda j: abs(j - i)) if near else None


def has_day(spec: Spec) -> bool:
    """True for a calendar day, or a time of day that names its day ("5 p.m. on Monday", "the next morning"; not
    a part of the day talked about, which takes its day from the story as a clock time does: "at 8 a.m. ... before
    a parade in the afternoon")."""
    return spec.is_calendar and (spec.gran == "day" or (
        spec.gran == "time" and (spec.day is not None or spec.weekday is not None
                                 or spec.base == "dct" or (spec.base is not None and bool(spec.offset)))))


def resolve_safely(spec: Spec, clues: Clues, dct: dt.date | None, timeline: Timeline,
                   **context) -> tuple[Spec, str | None]:
    """:func:`resolve`, except that a date counted past the ends of the calendar (before 0001-01-01 or after
    9999-12-31: "next year" in an article published in 9999) stays unresolved instead of failing."""
    try:
        return resolve(spec, clues, dct, timeline, **context)
    except (OverflowError, ValueError):
        return unresolved(spec), "unresolved"


def fiscal_end_year(text: str, start: int, end: int, spec: Spec, fiscal: int, dct: dt.date | None) -> int | None:
    """The year of the month a fiscal year (``fiscal``, told before ``text[start:end]``) still ends in, when that
    month of its named year is gone: "fiscal 2013, which ends in March", told in November 2013, is March 2014 (a
    fiscal year named by the year it begins in; one that ends ahead is not over yet); else None."""
    m = RE_ENDED_IN.fullmatch(text, start, end)
    if m is None or dct is None or "ended" in m.group().lower():
        return None
    last = bounds(fill_year(spec, fiscal) or spec)[1]
    return fiscal + 1 if last is not None and last < dct else None
