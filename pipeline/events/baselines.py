"""Dates a happening is compared with, not dated by: comparison baselines ("compared to 2017", "fell to $12
million from $16 million a year earlier", "its highest level since 2008"). Pure functions over the text
around a :class:`~pipeline.records.TimeExpression`, for :mod:`pipeline.events.builder`."""

from __future__ import annotations

import re
from typing import Sequence

from ..lang.money import CURRENCY_SIGN
from ..records import TimeExpression
from .dating import RE_RANGE_JOIN, RE_RANGE_START, REF_VALUES

# Words allowed between a comparison cue and the date it qualifies ("compared with the same period of").
_FILLER = (r"(?:(?:in|during|at|on|for|by|of|over|the|a|an|its|their|same|corresponding|previous|prior|last|"
           r"period|time|month|quarter|year|level|levels|figure|figures|end|start|beginning|middle|first|"
           r"second|third|fourth|half|million|billion|trillion|percent|per|cent|"
           + CURRENCY_SIGN + r"?[\d.,]+%?)\s+){0,6}")
# Words ending in -est that are not superlatives ("interest rates have risen since June" compares nothing).
_NOT_SUPERLATIVE = (r"(?:arrest|attest|behest|chest|conquest|contest|crest|detest|digest|earnest|forest|guest|harvest|"
                    r"honest|inquest|interest|invest|lest|manifest|midwest|modest|nest|northwest|pest|priest|"
                    r"protest|quest|request|rest|southwest|suggest|test|unrest|vest|west|zest)")
_ORDINALS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_DETERMINED = r"(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bhis\s)|(?<=\bher\s))"  # "the most", "its most"
# (but "the largest protests the country has seen since 1992" is the superlative's own clause)
_AUXILIARIES = (r"(?:to|(?:has|have|had)(?!\s+(?:seen|known|experienced|witnessed|recorded|suffered|faced|endured|had|"
                r"posted|reported)\b))")
_ABOUT = (r"(?:(?:about|around|nearly|almost|roughly|some|approximately|just|over|under|(?:more|less|fewer)\s+than)"
          r"\s+)?")  # "from about 9%", "up from less than $40 million in 2008"
# the stretch from a verb of change to its "from" (a thousands comma is no clause break: "rose to 405,000 tonnes in
# August from 374,000 tonnes in July"), and a level compared with after it ("374,000 tonnes", "plus 3", "about $9")
_TO_FROM = r"(?:[^,;:()]|(?<=\d),(?=\d)){0,40}?\bfrom\s+"
_TO_FROM_LEVEL = r"(?:[^,;:()]|(?<=\d),(?=\d)){0,60}?\bfrom\s+"  # (farther to a level: "fell 2.1% in the latest
# week to 1,791,000 tons from 1,829,000 tons the previous week")


_CHANGES = (r"(?:up|down|higher|lower|rise|rises|rose|risen|fall|falls|fell|fallen|drop|drops|dropped|increased?|"
            r"decreased?|jump(?:s|ed)?|climb(?:s|ed)?|grow|grows|grew|grown|declined?|gain(?:s|ed)?|slip(?:s|ped)?)")


def _level(number: str) -> str:
    return _ABOUT + r"(?:plus\s+|minus\s+)?" + CURRENCY_SIGN + "?" + number + r"%?\s+(?:[a-z]+\s+){0,2}"


RE_COMPARISON = re.compile(
    # "later than Friday", "no earlier than 2010" set a deadline, not a baseline
    r"(?:\b(?:compared|comparison|relative|versus|vs\.?|(?<!later )(?<!earlier )(?<!sooner )than|as\s+against"
    r"|same\s+(?:[\w-]+\s+){0,2}?as)\s+(?:to\s+|with\s+)?"
    # but a gap measured is a comparison: "will open at 8 p.m., two hours earlier than last year"
    r"|\b(?:minute|hour|day|week|month|year)s?\s+(?:earlier|later|sooner)\s+than\s+"
    # a multiple of a level: "nearly double the figure for 1993", "three times the level of 2010" (not "11 times
    # its 2012 operating profit": the profit's year)
    r"|\b(?:double|twice|triple|treble|quadruple|times)\s+(?=(?:the|its|their|that)\s+(?:figure|level|total|number|amount"
    r"|rate|value)s?\s)"
    r"|\b" + _CHANGES + r"\b" + _TO_FROM + r"(?:" + _level(r"[\d.,]+") + r")?"
    # the moves of a price or an index, from a level ("the rupiah firmed to 8,200 on Monday from 8,650 on Friday";
    # not "should ease from Sunday", "recovered from the October crash")
    r"|\b(?:" + _CHANGES + r"|firm(?:ed|s)|strengthen(?:ed|s)?|weaken(?:ed|s)?|eased?|eases|narrow(?:ed|s)?|"
    r"widen(?:ed|s)?|slid|slides?|advanced?|advances|retreat(?:ed|s)?|plunged?|plunges|soar(?:ed|s)?|tumbled?|"
    r"tumbles|surged?|surges|rebound(?:ed|s)?|recover(?:ed|s)?|edged?|edges|dip(?:s|ped)?|sank|sinks?|"
    r"slump(?:ed|s)?|expand(?:ed|s)?|shrank|shrinks?|contract(?:ed|s)?|improved?|improves)\b"
    + _TO_FROM_LEVEL + _level(r"\d[\d.,]*")
    # a superlative's baseline, not the hedge of a number ("at least 22 people have died since Sunday")
    # ("for the fourth time since early December": an ordinal counts from it too)
    # (a fraction is no ordinal: "have lost a third of their value since May"; "the first of its kind" is)
    # ("has cut its work force by a third since 1995": a fraction; "the 4th District since 1989": a name; "most
    # major towns": a quantity; "the warmest years on record have occurred since 2001", "the fourth typhoon to
    # hit the country since July": a verb between them dates its own happening from the date)
    + r"|\b(?:(?!" + _NOT_SUPERLATIVE + r"\b)\w+est|(?<!\ba\s)" + _ORDINALS + "|" + _ORDINALS
    + r"(?!\s+(?:of|since)\b)|\d+(?:st|nd|rd|th)(?!\s+(?-i:[A-Z]))|" + _DETERMINED + r"most|most(?=\s+of\b)"
    r"|(?<!\bat )least|best|worst)\s+(?:(?!" + _AUXILIARIES + r"\b)[\w-]+\s+){0,9}"
    r"since\s+)"
    + _FILLER
    + r"$",
    re.IGNORECASE,
)


# "more than 2% on Tuesday": "than" bounds a quantity there, the date is not a baseline
# "from $16 million, or 40 cents a share, a year earlier": the amount a figure is compared with, then its date
_AMOUNT = (r"(?:" + CURRENCY_SIGN + r"\s?[\d.,]+(?:\s*(?:million|billion|trillion|mln|bln)\b)?"
           r"|[\d.,]+(?:\s+\d/\d\d?)?\s*(?:%|percent\b|per\s+cent\b|cents?\b|(?:million|billion|trillion)\b)"
           # ("up from 8 3/4% a week earlier"; a count: "fell to 1,384 last year, from about 6,000 a decade ago")
           r"|\d{1,3}(?:,\d{3})+(?![\d.,]))")
# "from a revised $10.3 billion in August", "from an upwardly revised 5.2%"
_REVISED = (r"(?:(?:(?:an?|the)\s+)?(?:(?:upwardly|downwardly|seasonally|previously|originally)\s+)?"
            r"(?:revised|adjusted|reported|estimated)\s+)?")
RE_AMOUNT_BASELINE = re.compile(
    rf"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+{_REVISED}{_ABOUT}{_AMOUNT}(?:\s+(?!to\b|and\b|until\b|through\b|from\b)[a-z]+){{0,2}}"
    rf"(?:,?\s+or\s+{_AMOUNT}(?:\s+(?:a|per)\s+share)?)?,?\s+(?:in\s+|during\s+|for\s+|at\s+)?(?:the\s+)?$",
    re.IGNORECASE)
# "from a peak of 122 in 2010", "from a record high of 4,200 in May": a level compared with, named by a noun
RE_LEVEL_BASELINE = re.compile(
    r"\bfrom\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:peak|high|low|record|level|total|figure)\s+of\s+"
    + CURRENCY_SIGN + r"?[\d.,]+(?:\s+[a-z]+){0,2},?\s+(?:in\s+|during\s+|at\s+|on\s+)?(?:the\s+)?$", re.IGNORECASE)
# a change told beside a verb dated on its own, counted from a date: "trading at $276.40 at 2 p.m., up $18 since last
# Friday" (the trading is not last Friday's; "have risen 70 percent since November" is a rise from then)
RE_CHANGE_SINCE = re.compile(r",\s*(?:up|down|higher|lower|off)\s+" + _ABOUT + _AMOUNT
                             + r"(?:\s+(?:an?|per)\s+[a-z]+)?\s+since\s+(?:the\s+)?$", re.IGNORECASE)
# "fell 38 percent ... from a year earlier", "19 cents below a year earlier"
RE_FROM_BEFORE = re.compile(r"\b(?:from|below|above)\s+$", re.IGNORECASE)
RE_YEAR_BETWEEN = re.compile(r"(?<![$€£¥\d.,])\b(?:1[89]|20)\d\d\b(?![.,]?\d)")
# ("its lowest level in more than a year yesterday": a span counted, not a date compared with)
RE_QUANTITY_BOUND = re.compile(r"\b(?:more|less|fewer|greater|higher|lower)\s+than\s+(?:"
                               + CURRENCY_SIGN + r"?\d|(?:an?|one)\s+\w)",
                               re.IGNORECASE)


RE_PLAN_TOLD = re.compile(r"(?:previously|originally|initially)\s+(?:planned|expected|scheduled|agreed|forecast|"
                          r"announced|estimated|thought)\b", re.IGNORECASE)


def is_comparison(text: str, sentence_start: int, date_start: int) -> bool:
    """True when the date at ``date_start`` is the baseline of a comparison ("compared to 2017", "fell to $12
    million from $16 million, or 40 cents a share, a year earlier")."""
    left = text[max(sentence_start, date_start - 120):date_start]
    if RE_AMOUNT_BASELINE.search(left) or RE_LEVEL_BASELINE.search(left) or RE_CHANGE_SINCE.search(left):
        return True
    if RE_PLAN_TOLD.match(text, date_start):
        return False  # "a month later than previously planned": the time of the planning, no baseline
    found = RE_COMPARISON.search(left)
    if not found or RE_YEAR_BETWEEN.search(found.group(0)):
        return False  # "its highest level since 2008 on Monday": the comparison is 2008's, Monday dates the event
    return not RE_QUANTITY_BOUND.search(left, max(0, found.start() - 12))


RE_BARE_FROM = re.compile(r"(?<!\bup )(?<!\bdown )(?<!\bhigher )(?<!\blower )\bfrom\s+"
                          + CURRENCY_SIGN + r"?\d[^,;]*(?:,[^,;]*)?$",
                          re.IGNORECASE)
RE_BASELINE_DATE = re.compile(r"\b(?:earlier|ago|before|previous|prior|preceding|year-ago|year-earlier|same|"
                              r"last\s+year)\b", re.IGNORECASE)


def is_baseline(text: str, sentence_start: int, timex: TimeExpression, timexes: Sequence[TimeExpression]) -> bool:
    """:func:`is_comparison`, except for a date that is the only one of its sentence, follows a bare "from" and
    does not count back ("a year earlier", "the previous quarter", "last year"): "the Fed cut the rate to 6%
    from 6.5% last December" dates the cut, while "fell to 5% in September from 6% in August", "up from
    141.80 on Friday", "from $16 million a year earlier" and a reading late or early in a day ("from 5.94%
    late Monday") compare; but a span's start is no baseline ("grew 32 percent from 1995 to 1997")."""
    if RE_ISSUED_AFTER.match(text, timex.end) and not RE_YEAR_ONLY.fullmatch(timex.text):
        return False  # "down from its August forecast of 52 cents": the forecast made in August is no baseline
    if RE_RANGE_START.search(text, max(sentence_start, timex.start - 9), timex.start) and any(
            t.type in ("DATE", "TIME") and t.start > timex.end and RE_RANGE_JOIN.match(text[timex.end:t.start])
            for t in timexes):
        return False
    if RE_FROM_BEFORE.search(text, max(sentence_start, timex.start - 8), timex.start) \
            and RE_BASELINE_DATE.search(timex.text):
        return True  # "from a year earlier", "from the previous quarter": counted back, compared with
    if RE_OVER_BEFORE.search(text, max(sentence_start, timex.start - 40), timex.start) and (
            RE_BASELINE_DATE.search(timex.text) or RE_YEAR_ONLY.fullmatch(timex.text)):
        return True  # "reached $48 million in 1997, up 12 percent over the previous year" (not "over the weekend")
    if not is_comparison(text, sentence_start, timex.start):
        return False
    if RE_BASELINE_DATE.search(timex.text) or timex.value in REF_VALUES:
        return True
    if any(t is not timex and t.type in ("DATE", "TIME") and not _superlative_since(text, sentence_start, t.start)
           and not RE_CLAUSE_BREAK.search(text, min(t.end, timex.end), max(t.start, timex.start))
           for t in timexes):
        return True  # another date of its clause dates the change; not a superlative's ("its first cut since
        # 1986") nor one told in a clause of its own ("..., in an effort to slow inflation, which rose in March")
    if RE_QUOTE_TIME.match(timex.text):
        return True  # a reading late or early in a day is a quote compared with: "from 5.94% late Monday"
    return not RE_BARE_FROM.search(text[max(sentence_start, timex.start - 120):timex.start])


# what is issued on a date, named by it ("its July forecast"; "its 2014 forecast" is the forecast for 2014)
RE_ISSUED_AFTER = re.compile(r"\s+(?:forecasts?|estimates?|projections?|predictions?|outlook|guidance)\b",
                             re.IGNORECASE)
# a change over a baseline: "up 12 percent over the previous year", "a 6 percent increase over 1997"
RE_YEAR_ONLY = re.compile(r"(?:fiscal\s+)?(?:1[89]|20)\d\d")
RE_OVER_BEFORE = re.compile(r"(?:[\d.,]+\s*(?:%|percent|per\s+cent|points?)"
                            r"|\b(?:increase|rise|growth|gain|decline|drop))"
                            # (after the period of the change: "grew 8.8 percent in 1997 over the previous year")
                            r"(?:\s+(?:in|during|for)\s+[^,;]{1,30}?)?\s+over\s+$", re.IGNORECASE)
# the end of one clause and the start of another between two dates
RE_CLAUSE_BREAK = re.compile(r";|\s--\s|,\s+(?:which|who|whose|where|while|whereas|but|after|as|in\s+an\s+effort)\b",
                             re.IGNORECASE)
RE_QUOTE_TIME = re.compile(r"(?:late|early)\s", re.IGNORECASE)


RE_SUPERLATIVE_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


def _superlative_since(text: str, sentence_start: int, date_start: int) -> bool:
    """Is the date at ``date_start`` what a superlative counts from ("its first cut since 1986")?"""
    left = text[max(sentence_start, date_start - 120):date_start]
    return bool(RE_SUPERLATIVE_SINCE.search(left)) and is_comparison(text, sentence_start, date_start)


# a sum asked for a year, then the year: "proposed $17.7 billion for NASA in fiscal 2014", "asked for $105 million
# in fiscal 2014"; the year is the money's, not the asking's
RE_BUDGETED = re.compile(CURRENCY_SIGN + r"\s?[\d.,]+(?:\s*(?:million|billion|trillion)\b)?[^.;$]{0,40}?"
                         r"\b(?:for|in)\s+$", re.IGNORECASE)
ASKING = frozenset({"propose", "request", "ask", "seek", "recommend", "submit"})


def budgeted(text: str, lemma: str, after: int, timex: TimeExpression) -> bool:
    """Is ``timex`` (a fiscal year) the year a sum proposed or asked for is for, after the verb ending at
    ``after``, rather than when the proposing or asking was done?"""
    return lemma in ASKING and (timex.value or "").startswith("FY") and after <= timex.start \
        and RE_BUDGETED.search(text, after, timex.start) is not None
