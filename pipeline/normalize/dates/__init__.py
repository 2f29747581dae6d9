"""Temporal normalization: date mentions -> TIMEX3-style :class:`~pipeline.records.TimeExpression` records.

The work is split in three steps, one module each:

- the date grammar of the base layer (:mod:`pipeline.lang.dates`) reads a mention's text into a
  :class:`~pipeline.lang.dates.spec.Spec` (what the words say: "August 8" is month 8, day 8, year unknown;
  "last week" is the week before the publication's). Regex rules over word tables
  (``pipeline/data/dates_*.json``); no dateparser on this path. Spans spaCy calls dates that no rule reads
  go to :mod:`.fallback` (dateparser, absolute dates only, cached).
- :mod:`.resolve` anchors it in the document: publication date, the narrative's year, the date last talked
  about (kept by :mod:`.timeline`), the tense of the verb (the rules are written down in its docstring);
  :mod:`.neighbours` reads what the dates around it say ("the week ended Oct. 13", "at dawn on Tuesday").
- :mod:`.values` renders the TIMEX3 ``value`` (``2001-08-08``, ``2019-W17``, ``P24D``...), the day bounds
  and the precision.

``dates(mentions, article, sentences=...)`` is the stage's entry point.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Sequence

from ...lang.dates import Grammar, Reading, Spec, grammar, word_before
from ...lang.dates.lexicon import NATIONAL
from ...lang.dates.rules import RE_GLOSS_OPEN, RE_POSSESSIVE_GAP
from ...lang.dates.spec import with_day
from ...records import Article, Mention, Sentence, TimeExpression
from . import fallback
from .context import adjacent_day, habitual, local_day, neighbour_year, paragraph_of, paragraph_starts
from .national import country_rule
from .neighbours import (
    RE_ENDED_IN,
    RE_WHEN_OF_YEAR,
    after_coordinated_day,
    day_named_after,
    day_part_of_later_day,
    ended_on,
    fiscal_end_year,
    has_day,
    holds,
    pair_year,
    peek,
    period_of_months,
    quarter_of_months,
    range_end_year,
    resolve_safely,
    same_clause_day,
    sequel_year,
    year_back,
)
from .nights import nights_before
from .resolve import Clues, fiscal_year_of
from .timeline import Timeline
from .values import bounds, from_day, move, render, unresolved
from .years import FUTURE_PREPOSITIONS

YEARLESS_GRANS = frozenset({"month", "day", "season"})  # a month, a day of the year, a season: may recur yearly

__all__ = ["dates", "normalize", "published_date", "resolve_mentions"]


RE_RECOUNTED = re.compile(r"\b(?:say|says)\b[^.!?]*$")  # "Investigators say he poured gasoline ... at 3:20 a.m."
RE_POINTING = re.compile(r"(?:that|those)\b", re.IGNORECASE)  # "that night", "that same evening": a time told
RE_SESSION = re.compile(r"\s+(?:trading|trade|session|dealings)\b", re.IGNORECASE)  # "in afternoon trading"
# a price or a move quoted at a time of the session: "fell 6 percent to 512 pence by 1100 GMT", "at $64.12 at 11:20",
# "recovering to 4.35 by 4 p.m.", "eased to $1.3340 shortly after 11 a.m."
RE_QUOTED_AT = re.compile(r"(?:percent|%|cents?|pence|points?|yen|euros?|\$[\d.,]+|a barrel|an ounce|a tonne|a share"
                          r"|\b(?:to|at)\s+\d[\d,]*\.\d+)"
                          r"\s+(?:(?:higher|lower|up|down|stronger|weaker|firmer)\s+)?"
                          r"(?:at|by|(?:shortly|just|soon)\s+(?:after|before))\s+(?:about\s+|around\s+)?$",
                          re.IGNORECASE)  # ("were trading 1.8 percent lower at 0745 GMT")

# a sentence about a market: its day is a trading session's ("Stock prices plunged Friday", "Tokyo stocks closed
# lower today"), not a report's or another happening's ("said in an interview yesterday", "walked out early Tuesday")
RE_MARKET = re.compile(r"\b(?:stocks|shares|prices|bonds|futures|indexes|index|average|trading|trade|session|yen"
                       r"|dollar|currency|currencies|markets?|Dow|Nasdaq|Nikkei)\b", re.IGNORECASE)
RE_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(]?[A-Z0-9])")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of text holding ``start``-``end``, roughly (ends of sentences by punctuation)."""
    begin = 0
    for m in RE_SENTENCE_END.finditer(text, max(0, start - 400), start):
        begin = m.end()
    after = RE_SENTENCE_END.search(text, end)
    return text[begin:after.start() if after else len(text)]


def published_date(value: str | None) -> dt.date | None:
    """``article.published`` as a date; None when missing or not ``YYYY-MM-DD``."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def dates(
    mentions: Sequence[Mention],
    article: Article,
    *,
    sentences: Sequence[Sentence] = (),
    day_first: bool = False,
    rules: Grammar | None = None,
) -> list[TimeExpression]:
    """Normalize the temporal mentions of one article, in text order.

    Mentions are read by the grammar (a mention no rule can read is dropped: it is not a temporal
    expression; the extractor's reading in ``Mention.parse`` is used when it has one), then anchored one
    after the other, so each can use the dates before it (see
    :mod:`.resolve`). Relative expressions count from ``article.published``, or from the day of the dateline
    when it names one a day or two before (:func:`story_date`); without a publication date they keep ``X``
    values. ``sentences`` is accepted for the stage interface; the sentence of each mention is in
    ``Mention.sentence`` and its verb's tense in ``Mention.features["tense"]``.

    Args:
        mentions: DATE/TIME mentions from ``extract.dates`` (any order; duplicates are dropped).
        article: The article, for its text and publication date.
        sentences: The article's sentences (unused beyond the mentions' own sentence indexes).
        day_first: Read ``04/05/2019`` as 4 May (``Settings.day_first``).
        rules: The grammar to read with (default: the shipped tables).
    """
    return resolve_mentions(mentions, article.text, story_date(article, rules), day_first=day_first, rules=rules)


RECALLED_AFTER_DAYS = 31  # a day told in a relative clause this long before the publication is a thing's past
YEAR_DAYS = 366
STORY_DAY_LAG = 2  # a newspaper prints the story of a dateline's day the next day, rarely later


def story_date(article: Article, rules: Grammar | None = None) -> dt.date | None:
    """The day "today" is in the story: the day its dateline names when that is a day or two before publication
    ("GENEVA, May 21 - The agency said today ...", printed May 22: today is May 21), else the publication date."""
    dct = published_date(article.published)
    dateline = article.dateline
    if dct is None or dateline is None or not dateline.date_text:
        return dct
    spec = (rules or grammar()).parse(dateline.date_text)
    if spec is None or spec.gran != "day" or spec.month is None or spec.day is None:
        return dct
    for year in (dct.year, dct.year - 1):
        try:
            day = dt.date(spec.year or year, spec.month, spec.day)
        except ValueError:
            continue
        if 0 < (dct - day).days <= STORY_DAY_LAG:
            return day
    return dct


def resolve_mentions(
    mentions: Sequence[Mention],
    text: str | None,
    dct: dt.date | None,
    *,
    day_first: bool = False,
    rules: Grammar | None = None,
) -> list[TimeExpression]:
    """The document pass behind :func:`dates` (``text`` may be None for mentions without a document)."""
    g = rules or grammar()
    seen: set[tuple[int, int]] = set()
    parsed: list[tuple[Mention, Spec]] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if (mention.start, mention.end) in seen:
            continue
        seen.add((mention.start, mention.end))
        if rules is None and isinstance(mention.parse, Reading):
            spec = mention.parse.spec(day_first=day_first)  # the extractor's reading, with the shipped grammar
        else:
            spec = g.parse(mention.text, day_first=day_first)
        if spec is None and (mention.features or {}).get("source") == "ner":
            spec = fallback.parse(mention.text, day_first=day_first)  # dateparser, for what no rule reads
        if spec is not None and spec.holiday and spec.holiday.startswith(NATIONAL):
            # "Independence Day": the day of the country the text talks about, unread if none can be told
            rule = country_rule(spec.holiday[len(NATIONAL):], text, mention.start, mention.end,
                                g.lex.national_days) if text else None
            spec = spec.replace(holiday=rule) if rule else None
        if spec is not None:
            parsed.append((mention, spec))
    starts = paragraph_starts(text) if text else [0]

    def clues_of(mention: Mention) -> Clues:
        tense = mention.features.get("tense") if mention.features else None
        return Clues(tense=tense if isinstance(tense, str) else None,
                     prep=_preposition_before(text, mention.start) if text else "",
                     sentence=mention.sentence, paragraph=paragraph_of(starts, mention.start),
                     relative=bool(mention.features and mention.features.get("relative")),
                     background=bool(mention.features and mention.features.get("background")),
                     happening=bool(mention.features and mention.features.get("happening")),
                     event_subject=bool(mention.features and mention.features.get("event_subject")),
                     since=bool(mention.features and mention.features.get("since")),
                     opens=bool(mention.features is None or mention.features.get("opens", True)),
                     reporting=bool(mention.features and mention.features.get("reporting")),
                     perfect=bool(mention.features and mention.features.get("perfect")),
                     pluperfect=bool(mention.features and mention.features.get("pluperfect")),
                     passive=bool(mention.features and mention.features.get("passive")),
                     habitual=bool(mention.features and mention.features.get("habitual")),
                     happens=str(mention.features.get("happens") or "") if mention.features else "",
                     told_of=str(mention.features.get("told_of") or "") if mention.features else "",
                     forecast=bool(mention.features and mention.features.get("forecast")),
                     compared=bool(mention.features and mention.features.get("compared")),
                     awaited=bool(mention.features and mention.features.get("awaited")),
                     pointing=bool(RE_POINTING.match(mention.text)),
                     recounted=bool(text and RE_RECOUNTED.search(text, max(0, mention.start - 150), mention.start)),
                     possessive=bool(text and RE_POSSESSIVE_GAP.match(text, mention.end)),
                     session=bool(text and (RE_SESSION.match(text, mention.end)
                                            or RE_QUOTED_AT.search(text, max(0, mention.start - 40), mention.start))),
                     # (read only while it may set the story's first day: the timeline keeps it for that day alone)
                     market=bool(text and timeline.lead is None
                                 and RE_MARKET.search(_sentence_around(text, mention.start, mention.end))))

    timeline = Timeline()
    years_seen: dict[tuple, int | None] = {}
    of_year: dict[int, int | None] = {}  # a year read ahead for the date before it ("August of that year")
    out: list[TimeExpression] = []
    days: list[Spec | None] = []  # each mention's resolved day, for a time of day in the same clause
    years: list[int | None] = []  # each mention's resolved year, for "last year's third quarter"
    passed: list[int | None] = []  # the year each passes on to a date set beside it ("last year, in March")
    for i, (mention, spec) in enumerate(parsed):
        following = [(m.start, m.end, s) for m, s in parsed[i + 1:i + 3]]
        clues = clues_of(mention)
        spec = _new_year(mention, _next_in_story(mention, spec, clues), dct)
        if spec.gran == "weekend" and spec.base == "dct" and not spec.offset and dct is not None:
            clues = _weekend_clues(clues, dct, mention.text)
        if text and spec.base == "ref" and not spec.offset and spec.gran in COUNTED_GRANS \
                and RE_REST_OF.search(text, max(0, mention.start - 16), mention.start):
            spec = spec.replace(base="dct")  # "closed for the rest of the week": this week, not one talked about
        if text and spec.base == "ref" and not spec.offset and spec.gran == "year" and spec.mod == "END" \
                and RE_DEADLINE_BEFORE.search(text, max(0, mention.start - 10), mention.start) \
                and not any(m.sentence == mention.sentence for m, _ in parsed[:i]):
            spec = spec.replace(base="dct")  # "must present a plan by the end of the year": this year, whatever
            # year the text talked of before (not one set in its sentence: "vowed in November to take it by ...")
        year = None
        seen_key = (" ".join(mention.text.lower().split()), timeline.narrative)
        if spec.needs_year or (spec.parts is not None and spec.parts[0].needs_year):
            year = neighbour_year(text, (mention.start, mention.end), following, dct)
            if i and text and parsed[i - 1][1].gran == "fy" and parsed[i - 1][1].base is None \
                    and years[i - 1] is not None:  # (a fiscal year named by its number, not "the fiscal year")
                year = fiscal_end_year(text, parsed[i - 1][0].end, mention.start, spec, years[i - 1], dct) or year
            if year is None and text and i + 1 < len(parsed) and RE_OF_BETWEEN.fullmatch(
                    text, mention.end, parsed[i + 1][0].start) and parsed[i + 1][1].base == "ref" \
                    and parsed[i + 1][1].gran == "year":
                year = of_year[i + 1] = peek(parsed[i + 1], dct, timeline, clues_of).year  # "in August of that
                # year": that year's (and "that year" is then the year it was before August was told)
            if year is None and RE_OF_THAT_YEAR.search(mention.text):
                year = peek((mention, THAT_YEAR), dct, timeline, clues_of).year  # "the second half of that year"
            if year is None and i and text and RE_POSSESSIVE_GAP.fullmatch(text, parsed[i - 1][0].end, mention.start):
                year = years[i - 1]  # "last year's third quarter", "1988's fourth quarter"
            if year is None and i and text and passed[i - 1] is not None and (
                    RE_APPOSED.fullmatch(text, parsed[i - 1][0].end, mention.start)
                    or (years[i - 1] is None and RE_AND_AGAIN.fullmatch(text, parsed[i - 1][0].end, mention.start))):
                year = passed[i - 1]  # "cited twice last year, in March and again in November"
            if year is None and text and clues.tense != "future":
                year = _scene_year(text, parsed, i, years)  # "Last year, the plant closed in March": last year's
            if year is None and not (clues.tense == "future" and dct is not None
                                     and (years_seen.get(seen_key) or dct.year) < dct.year):
                year = years_seen.get(seen_key)  # the same words again: the same date (not a past one, told ahead)
            if year is None:
                year = pair_year(text, parsed, i, dct, timeline, clues_of) or range_end_year(text, parsed, i, days) \
                    or sequel_year(text, parsed, i, clues.tense)
            if year is None and i and text and parsed[i - 1][1].gran in ("year", "fy") \
                    and RE_ENDED_IN.fullmatch(text, parsed[i - 1][0].end, mention.start):
                year = years[i - 1]  # "in fiscal 1997, which ended in June": June 1997
                if year is not None and parsed[i - 1][1].gran == "year" \
                        and RE_TWO_YEAR_SEASON.search(parsed[i - 1][0].text):
                    year += 1  # "in the 2012/13 season, which ended on Sept 30": 2013
            if year is None and i and text and parsed[i - 1][1].gran == "year" and parsed[i - 1][1].base is None \
                    and RE_WHEN_OF_YEAR.fullmatch(text, parsed[i - 1][0].end, mention.start):
                year = years[i - 1]  # "in 1992, when 140 employees lost their jobs just before Christmas": 1992's
        day, named = None, False
        if spec.gran == "time" and spec.day is None and spec.weekday is None and spec.base is None:
            # "16:15 UTC, June 1st": the time is on the day that follows it; "at 10 p.m., ... on Sunday":
            # on the day of its own clause
            named = bool(following and adjacent_day(text, mention.end, following[0]))
            j = i + 1 if named else same_clause_day(parsed, i)
            if j is not None and parsed[j][1].base == "ref" and parsed[j][1].unit in ("hour", "minute"):
                j = None  # no day of its own: "began at 1:03 p.m. and ended four hours later" (counted from it)
            if j is None and i and text and days[i - 1] is not None \
                    and RE_WHEN_OF_YEAR.fullmatch(text, parsed[i - 1][0].end, mention.start):
                j = i - 1  # a "when" clause on a day: "since Saturday, when they stormed the mall at 12:30 p.m."
            if j is not None and j < i:
                day = days[j]
            elif j is not None:
                if has_day(parsed[j][1]):
                    candidate = peek(parsed[j], dct, timeline, clues_of)
                    day = candidate if candidate.day is not None and candidate.year is not None else None
                    if day is not None and j == i + 1 and text and RE_GLOSS_OPEN.fullmatch(text, mention.end,
                                                                                       parsed[j][0].start):
                        day = local_day(spec.time, day)  # "1:30 a.m. (2000 GMT Tuesday)": Wednesday
        same_day = day_named_after(parsed, i, dct, timeline, clues_of) or day_part_of_later_day(
            text, parsed, i, dct, timeline, clues_of)
        ended = ended_on(text, mention, spec, parsed[i + 1] if i + 1 < len(parsed) else None, dct, timeline,
                          clues_of)
        if same_day is not None:
            resolved, anchor = same_day.replace(mod=spec.mod), "context"
        elif ended is not None and (spec.base == "ref" or spec.gran == "fy"):
            resolved, anchor = from_day(ended, spec.gran).replace(mod=spec.mod), "context"
        else:
            if ended is not None:
                year = ended.year  # "the third quarter ended Sept. 30"
            resolved, anchor = resolve_safely(spec, clues, dct, timeline, neighbour_year=year, neighbour_day=day)
            if named and day is not None and resolved.gran == "time" and resolved.day is not None:
                # the day named right after it is its own, whatever came before ("passed the bill late Tuesday
                # night ... at 2:07 a.m. on New Year's Day": not the small hours after that night)
                resolved = resolved.replace(year=day.year, month=day.month, day=day.day)
            if resolved.gran == "time" and resolved.time == "24:00" and (spec.day is not None or spec.weekday
                                                                          is not None) and text \
                    and RE_SHORTLY_AFTER.search(text, max(0, mention.start - 30), mention.start):
                # "broke shortly after midnight Monday": Monday's start (not a bound: "tickets bought after
                # midnight Saturday", Saturday's end)
                resolved = resolved.replace(time="00:00")
            if ended is not None and spec.fiscal and spec.year is None:
                # "its fiscal first quarter ended Sept. 30": of fiscal 1990
                quarter = spec.quarter or 4
                resolved = spec.replace(year=fiscal_year_of(quarter, from_day(ended, "quarter")))
                anchor = "context"
            elif ended is not None and not holds(resolved, ended):
                # "its fiscal first quarter ended Sept. 30": a fiscal period, read as the calendar one it was
                resolved, anchor = from_day(ended, spec.gran).replace(mod=spec.mod), "context"
        if of_year.get(i) is not None:
            resolved, anchor = Spec(gran="year", year=of_year[i], mod=spec.mod), "context"
        if anchor == "narrative" and spec.base == "ref" and not spec.offset and spec.gran in COUNTED_GRANS and text \
                and (counted := RE_EVENT_AFTER.match(text, mention.end)):
            # "the day after the vote": the day after the one talked about (the vote's, as the events layer reads)
            resolved = move(resolved, spec.gran, 1 if counted["s"].lower() == "after" else -1) or resolved
        resolved = after_coordinated_day(text, parsed, i, resolved, days)
        resolved = quarter_of_months(text, mention, resolved, dct)
        resolved = year_back(text, mention, spec, resolved, out, timeline, _figure_period_after(text, parsed, i, dct,
                                                                                          timeline, clues_of))
        resolved = period_of_months(mention, spec, resolved, out)
        if spec.base == "ref" and spec.gran == "month" and not spec.offset and mention.text.lower() == "the month":
            resolved = timeline.month_talked_about() or resolved  # "grew in December ... a decline for the month"
        elif spec.base == "ref" and spec.gran == "month" and not spec.offset and anchor == "narrative" \
                and dct is not None and resolved.year is not None and resolved.month is not None \
                and (resolved.year, resolved.month) > (dct.year, dct.month) and timeline.month_talked_about() is None:
            # "the end of the month" after a day still ahead in another month ("takes over Sept. 1 ... will retire
            # at the end of the month", told on Aug. 3): the month of the telling, not the day's
            resolved, anchor = resolved.replace(year=dct.year, month=dct.month), "publication"
        if spec.needs_year and spec.base is None and spec.gran in YEARLESS_GRANS and text \
                and habitual(text, mention.start):
            resolved, anchor = unresolved(resolved.replace(base=None)), "unresolved"  # "every December": no one year
        if mention.text.lower() == "overnight" and clues.tense == "past" and dct is not None and resolved.year \
                and (resolved.year, resolved.month, resolved.day) == (dct.year, dct.month, dct.day):
            resolved = with_day(resolved, dct - dt.timedelta(days=1))  # told in the past: the night just gone
        if spec.needs_year and resolved.year is not None:
            years_seen.setdefault(seen_key, resolved.year if not spec.holiday and spec.nth is None else None)
        try:
            shown = render(resolved)
        except (OverflowError, ValueError):  # a date past the calendar's ends (year 1 or 9999)
            resolved, anchor = unresolved(spec), "unresolved"
            shown = render(resolved)
        kind = resolved.parts[0].type if resolved.parts else resolved.type
        out.append(TimeExpression(
            text=mention.text, start=mention.start, end=mention.end, type=kind, value=shown.value,
            start_date=shown.start_date, end_date=shown.end_date, precision=shown.precision,
            mod=resolved.mod if resolved.parts is None else resolved.parts[0].mod, anchor=anchor,
            sentence=mention.sentence,
        ))
        if not (i and text and spec.gran == "time" and parsed[i - 1][1].gran == "time"
                and RE_GLOSS_OPEN.fullmatch(text, parsed[i - 1][0].end, mention.start)):
            timeline.update(spec, resolved, clues)  # (a time restated in another zone is no new scene)
            if clues.relative and not clues.background and _recalled(resolved, dct, RECALLED_AFTER_DAYS):
                timeline.recall(resolved, clues.sentence, _recalled(resolved, dct, YEAR_DAYS))
        years.append(resolved.year if resolved.parts is None and resolved.is_calendar
                     and resolved.gran in ("year", "fy") else None)
        passed.append(years[-1] if years[-1] is not None else year if i and year == passed[i - 1] else None)
        days.append(resolved if resolved.is_calendar and resolved.day is not None and resolved.year is not None
                    else None)
    return nights_before(out, text)


RE_SHORTLY_AFTER = re.compile(r"\b(?:shortly|just|soon|minutes|moments|right)\s+(?:after|past)\s+$", re.IGNORECASE)
RE_TWO_YEAR_SEASON = re.compile(r"\d{4}\s*[-/\u2013]\s*\d{2,4}")  # "the 2012/13 season": it ends in the later year
RE_TO_FIGURE = re.compile(r"\s*,?\s+to\s+[^,;]{1,50}?\s+(?:in|for)\s+$", re.IGNORECASE)  # "... to $13.6 billion in"


def _figure_period_after(text: str | None, parsed: Sequence[tuple[Mention, Spec]], i: int, dct: dt.date | None,
                         timeline: Timeline, clues_of) -> Spec | None:
    """The month or quarter a figure rose or fell to is of, named right after the baseline ``parsed[i]`` ("from a
    year earlier to $13.6 billion in February"), resolved from here; None otherwise."""
    if text is None or i + 1 >= len(parsed) or parsed[i + 1][0].sentence != parsed[i][0].sentence \
            or not RE_TO_FIGURE.fullmatch(text, parsed[i][0].end, parsed[i + 1][0].start):
        return None
    return peek(parsed[i + 1], dct, timeline, clues_of)


def _recalled(resolved: Spec, dct: dt.date | None, days: int) -> bool:
    """Is ``resolved`` a day more than ``days`` days before the publication ``dct``?"""
    if dct is None or resolved.parts is not None or resolved.day is None or resolved.year is None:
        return False
    start = bounds(resolved)[0]
    return start is not None and (dct - start).days > days


def _scene_year(text: str, parsed: Sequence[tuple[Mention, Spec]], i: int, years: Sequence[int | None]) -> int | None:
    """The year a relative year that opens the sentence sets for a plain year-less date after it ("Last year, the
    plant closed in March", "A year ago, ... in June"); None if the sentence opens otherwise (a stated year sets the
    narrative's year instead), for a thing of that year ("This year's vaccine ... last winter", "Under last year's
    budget agreement ... the fiscal year that begins Oct. 1") and for a date counted on its own ("last winter")."""
    mention, spec = parsed[i]
    first = i
    while first and parsed[first - 1][0].sentence == mention.sentence:
        first -= 1  # (back through the sentence only: a long article has many mentions)
    if first == i or years[first] is None or parsed[first][1].base is None or spec.base is not None \
            or spec.direction is not None or parsed[first][1].gran == "fy":
        return None  # (nor a fiscal year, which may start in the calendar year before its number: "The new fiscal
        # year began Oct. 1")
    opener = parsed[first][0]
    opens = opener.features is None or opener.features.get("opens", True)
    return years[first] if opens and not RE_POSSESSIVE_GAP.match(text, opener.end) else None


def _weekend_clues(clues: Clues, dct: dt.date, words: str) -> Clues:
    """The tense "the weekend" is placed by: "this weekend" told in the past late in the week is the coming one
    ("forecasts called for rain this weekend", on a Wednesday; the one gone is "last weekend", "this past weekend"
    or "over the weekend"), and "the weekend" told with no tense early in the week is the nearest, the one just
    gone ("could not be reached over the weekend", "the busiest hours of the weekend", on a Tuesday)."""
    if 3 <= dct.isoweekday() <= 5 and RE_THIS_WEEKEND.match(words):
        return dataclasses.replace(clues, tense=None)
    if dct.isoweekday() <= 2 and clues.tense is None and not RE_THIS_WEEKEND.match(words) \
            and clues.prep not in FUTURE_PREPOSITIONS | {"before"}:  # (not "might not be restored until the weekend")
        return dataclasses.replace(clues, tense="past")
    return clues


# a date set beside a year as its part ("twice last year, in March"), and one added to that ("and again in
# November")
RE_THIS_WEEKEND = re.compile(r"this\s+weekend\b", re.IGNORECASE)
RE_APPOSED = re.compile(r"\s*,\s*(?:(?:in|during)\s+)?", re.IGNORECASE)
RE_AND_AGAIN = re.compile(r"\s*,?\s*(?:and|or)\s+(?:again\s+|later\s+|then\s+)?(?:(?:in|on)\s+)?", re.IGNORECASE)
RE_EVENT_AFTER = re.compile(r"\s+(?P<s>after|before)\s+(?:the|a|an|his|her|its|their)\s+", re.IGNORECASE)
COUNTED_GRANS = frozenset({"day", "week", "month", "year"})
RE_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through|before)\s+$", re.IGNORECASE)
RE_REST_OF = re.compile(r"\b(?:rest|remainder|balance)\s+of\s+$", re.IGNORECASE)
RE_OF_BETWEEN = re.compile(r"\s+of\s+", re.IGNORECASE)  # "in August of that year"
RE_OF_THAT_YEAR = re.compile(r"\sof\s+that\s+(?:fiscal\s+|calendar\s+)?year$", re.IGNORECASE)  # a part of it
THAT_YEAR = Spec(gran="year", base="ref", unit="year", offset=0)  # the year talked about
def normalize(
    mention: Mention, *, published: str | None = None, day_first: bool = False
) -> TimeExpression | None:
    """Normalize one mention on its own (no document context); None when it is not a temporal expression."""
    found = resolve_mentions([mention], None, published_date(published), day_first=day_first)
    return found[0] if found else None



RE_SINCE_THE = re.compile(r"\bsince\s+the\s+$", re.IGNORECASE)
# "ahead of (the) Christmas holiday", "ahead of local elections in November", "ahead of Friday's vote"
RE_AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                         r"(?:(?:[\w'-]+\s+){1,3}(?:in|on|at)\s+)?$", re.IGNORECASE)


RE_REPORT_ON = re.compile(r"\b(?:report|reports|data|figures|numbers|statistics|survey)\s+(?:on|for)\s+$",
                          re.IGNORECASE)
RE_NEW_YEAR = re.compile(r"\bnew\s+year\b", re.IGNORECASE)
RE_THE_NEXT = re.compile(r"(?:the\s+)?(?:next|following)\s+(?P<u>year|month|week)", re.IGNORECASE)
SPAN_PREPS = frozenset({"in", "over", "during", "within", "for", "through", "throughout"})


def _next_in_story(mention: Mention, spec: Spec, clues: Clues) -> Spec:
    """"the next year" told in the past is the year after the one talked about ("The sale was completed the
    next year"), not the twelve months from now it is in "will rise over the next year"."""
    m = RE_THE_NEXT.fullmatch(mention.text.strip())
    if m is None or spec.type != "DURATION" or clues.tense != "past" or clues.prep in SPAN_PREPS:
        return spec
    unit = m["u"].lower()
    return Spec(gran=unit, base="ref", unit=unit, offset=1)


def _new_year(mention: Mention, spec: Spec, dct: dt.date | None) -> Spec:
    """"the new year" told in January is the one just begun ("the heaviest selling of the new year")."""
    if spec.gran == "year" and spec.base == "dct" and spec.offset == 1 and dct is not None and dct.month == 1 \
            and RE_NEW_YEAR.search(mention.text):
        return spec.replace(offset=0)
    return spec


def _preposition_before(text: str, start: int) -> str:
    """The word before a date, or "since" two words before when "the" stands between: "since the August
    invasion" is a past August as surely as "since August" is."""
    if RE_AHEAD_OF.search(text, max(0, start - 40), start) and not RE_REPORT_ON.search(text, max(0, start - 40), start):
        return "ahead"  # "ahead of (the) Christmas holiday": a time still to come when the verb's is told (not the
        # period a report is on: "ahead of tomorrow's report on April producer prices")
    return "since" if RE_SINCE_THE.search(text, max(0, start - 40), start) else word_before(text, start)
