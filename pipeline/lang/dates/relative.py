"""Relative and deictic expressions: counted from the publication date or from the date last talked about.

Weekdays (``on Thursday``, ``last Friday night``), ``yesterday``/``today``/``tomorrow``/``tonight``, ``this
morning``, ``last week``/``next year``, ``the following day``/``the same year``, ``the same quarter a year
ago``, parts of the day (``in the morning``), ``three days ago``/``two years later``, ``year-end``, the period
of a run (``for a third straight day``: the day talked about) and the vague references (``now``,
``recently``, ``in the future``: ``*_REF`` values).
"""

from __future__ import annotations

import re

from .fragments import Fragments
from .lexicon import Lexicon, phrase
from .rules import (
    DATE_MODS,
    RELATIVE_WORDS,
    UNIT_CODES,
    Definition,
    Key,
    date_mod,
    last_word,
    number,
    period,
    word_before,
)
from .spec import Spec

# fmt: off
DAY_PART_TRIGGERS = frozenset({"in", "during", "by", "until", "through", "throughout", "early", "late",
                               "mid", "at", "before", "after", "since", "till"})
# fmt: on



# "that" before a weekday at the start, after a preposition or after a clock time ("That Friday", "by that Tuesday",
# "at 3 p.m. that Sunday"): the day talked about (not a complementizer: "said that Monday's vote")
THAT_AFTER = (r"(?:^|(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bof\s)|(?<=\bfrom\s)|(?<=\bfor\s)|(?<=\bm\.\s))"
              r"that")

def patterns(f: Fragments) -> dict[str, str]:
    """The regex of each rule of this family (case-insensitive), from the grammar's fragments."""
    return {
        # ("following Saturday's defeat": a preposition, the Saturday gone; "get past Friday": not "this past")
        "weekday": (rf"{f.modpre}(?:(?:the\s+|this\s+(?=past\s))?(?!following\s+(?:{f.weekday})['\u2019]s\b)"
                    rf"(?:(?<=\bthe\s)|(?<=\bthis\s)|(?!past\s))(?P<wrel>{f.rel}|{THAT_AFTER})\s+)?(?P<wd>{f.weekday})"
                    rf"(?:\s+(?P<dp>{f.day_part}))?"),
        "deictic": (rf"{f.modpre}(?:the\s+day\s+(?P<ba>before|after)\s+)?(?:(?P<ea>earlier|later)\s+)?"
                    rf"(?P<w>yesterday|today|tomorrow|tonight)(?:\s+(?P<dp>{f.day_part}))?(?!\w)"
                    # "late this afternoon", "earlier this evening": the modifier is part of the expression
                    rf"|(?:(?P<ea2>early|late|earlier|later)\s+)?(?:the\s+)?"
                    rf"(?P<dem>this|last|tomorrow|yesterday|that|next|following|same|previous)"
                    rf"\s+(?P<dp2>{f.day_part})(?!\w)"
                    # "lost a vote the night before" (not "the night before the vote"): the previous night
                    rf"|the\s+(?P<dp3>{f.day_part})\s+before(?=\s*(?:[,.;:)!?\"'\u201d]|$)|\s+(?:in|at|on|and|but|when"
                    r"|while|as|with|to|from|by|during|amid|because)\b)"),
        "relative": (rf"{f.modpre}(?:(?P<ea>earlier|later)\s+)?(?:this\s+(?=past\s))?"  # "this past weekend"
                     r"(?P<rel>this|last|next|past|previous|coming|current)"
                     # "last season", "this season's title": the sports (or fashion, or television) year
                     r"\s+(?P<u>week(?:end)?|month|year|decade|century|season)(?!\w)"),
        "relative_the": (rf"{f.modpre}(?:(?P<ea>early|late)\s+in\s+)?(?:the|that)\s+"
                         rf"(?:(?P<rel>{f.rel}|very\s+same|entire|whole|full|latest|most\s+recent|(?-i:new)(?=\s+(?:fiscal\s+|financial\s+)?year))\s+)?"
                         r"(?:(?P<fy>fiscal|financial)\s+(?=year))?"
                         # "over the three-day weekend", "the long weekend", "the holiday weekend": the weekend
                         r"(?:(?:long|holiday|(?:two|three|four|five|\d)-day)\s+(?=weekend))?"
                         r"(?P<u>day|week(?:end)?|month|quarter|year|decade|century)"
                         # "the day before in a speech": before a preposition or a conjunction, not what it counts from
                         r"(?:\s+(?P<ba>(?:before|after)(?=\s*(?:[,.;:)!?\"'\u201d]|$)"
                         r"|\s+(?:in|at|on|and|but|when|while|as|with|to|from|by|during|amid|because|than)\b)"
                         r"|earlier|later|previous|prior"
                         r"|before\s+last|after\s+next))?"
                         r"(?!\w)(?!['\u2019]s\s+(?:end|start|beginning))"),
        # "by week's end", "the year's end", "this month's end": the end (or start) of that period
        "period_end": (r"(?:(?:the|(?P<rel>this|last|next))\s+)?(?P<u>week|month|year)['\u2019]s\s+"
                       r"(?P<edge>end|close|start|beginning)(?!\w)"),
        # "since the first of the year": January 1 of that year
        "year_first": r"the\s+first\s+(?:day\s+)?of\s+(?:the|(?P<rel>this|last|next))\s+year(?!\w)",
        "same_period": (r"the\s+same\s+(?P<u>day|week|month|quarter|period|time|season)\s+(?:of\s+)?"
                        r"(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year"
                        r"|the\s+(?:previous|prior|preceding|last)\s+year|(?:the\s+)?year\s+(?:before|earlier))(?!\w)"),
        # "for a second consecutive day", "the third straight session", "fourth week in a row": the period
        # of a run, counted like "the day" (not "the second day of the trial": a run needs its adjective or
        # "in a row", which is then part of the expression)
        "run": (rf"(?:(?:a|the)\s+)?(?P<o>{phrase(f.lex.ordinals)}|\d{{1,2}}(?:st|nd|rd|th))\s+"
                r"(?:(?P<adj>consecutive|straight|successive)\s+)?"
                r"(?P<u>day|week|month|year|quarter|session|trading\s+(?:day|session))(?!\w)"
                r"(?(adj)|\s+in\s+a\s+row(?!\w))"),
        # ("the" is the noun's in "the overnight raids")
        "day_part": (rf"(?:the\s+(?=(?:early|mid|late)\b))?{f.modpre}(?:the\s+(?!overnight\b))?"
                     rf"(?P<dp>{f.day_part})(?!\w)"),
        "ago": (rf"(?:{f.durmod}\s+)?(?P<n>{f.num}|a|an)[-\s]+(?P<u>{f.unit})"
                # "three weeks from tonight", "a week from Friday": that many on from the day named
                rf"\s+(?P<dir>ago|earlier|later|from\s+(?:now|today|tonight|tomorrow|(?P<fwd>{f.weekday}))|hence|back)"
                r"(?!\w)(?!\s+than)"
                # "two years ago this month", "a year ago today": that month or day, so many years back
                # ("ten years ago this morning", "a year ago tonight": that part of the day)
                # ("fifty years ago yesterday", "ten years ago this summer", "half a century ago this weekend")
                r"(?:(?<=ago)\s+(?P<at>today|tonight|yesterday|this\s+(?P<atu>week(?:end)?|month|morning|afternoon"
                rf"|evening|{f.season})))?(?!\w)"),
        # "year-end", "a year-earlier" figure; "the year-earlier quarter" / "period": that period a year back
        "year_adj": (r"(?:(?:the\s+)?(?<![\w-])year[-\s](?P<yp>earlier|ago)\s+(?P<u>quarter|period|month|half|week)"
                     r"|(?<![\w-])year[-\s](?P<ye>end|earlier|ago)"
                     # "raised its full-year outlook", "by midyear": the year talked about, or the middle of it
                     r"|(?<![\w-])(?P<yw>full-year|mid-?year))(?!\w)"),
        "ref": r"(?<![\w-])" + phrase(f.lex.refs) + r"(?![\w-])",
    }


def keys(lex: Lexicon) -> dict[str, Key]:
    """Where the rules of this family may match (see :class:`~.rules.Key`)."""
    weekdays = frozenset(lex.weekdays)
    day_parts = frozenset(last_word(p) for p in lex.day_parts)  # ("the early hours": "hours")
    return {
        "weekday": Key(weekdays, capital=True, before=40, after=15),
        "deictic": Key(frozenset({"yesterday", "today", "tomorrow", "tonight"}) | day_parts, before=50,
                       after=15),
        "relative": Key(frozenset({"week", "weekend", "month", "year", "decade", "century", "season"}), before=40,
                        after=5),
        "relative_the": Key(frozenset({"day", "week", "weekend", "month", "quarter", "year", "decade", "century"}),
                            before=50, after=12),
        "year_first": Key(frozenset({"first"}), before=5, after=25),
        "same_period": Key(frozenset({"same"}), before=5, after=50),
        "period_end": Key(frozenset({"end", "close", "start", "beginning"}), before=20, after=2),
        "run": Key(frozenset({"consecutive", "straight", "successive", "row"}), before=40, after=30),
        "day_part": Key(day_parts, before=10, after=5),
        "ago": Key(frozenset({"ago", "earlier", "later", "now", "today", "tonight", "tomorrow", "hence", "back"})
                   | weekdays, before=50, after=18),
        "year_adj": Key(frozenset({"year", "midyear"}), before=5, after=22),
        "ref": Key(frozenset(last_word(r) for r in lex.refs), before=30, after=5),
    }


# "the first full-year decline since 2009", "reported a full-year loss in 1982": a kind of figure, no year named
NOT_A_YEAR_BEFORE = frozenset({"a", "an", "first", "second", "third", "only", "last", "another"})


def guard_year_adj(f: Fragments, text: str, m: re.Match) -> bool:
    return not (m["yw"] and m["yw"].lower() == "full-year" and word_before(text, m.start()) in NOT_A_YEAR_BEFORE)


def guard_relative_the(f: Fragments, text: str, m: re.Match) -> bool:
    if re.match(r"-[a-z]", text[m.end():m.end() + 2], re.I):
        return False  # "the year-ago quarter", "the year-end": the compound is read by its own rule
    if m["rel"] or m["ba"] or m["mod"] or m["ea"]:
        return True
    if RE_NOT_A_TIME_AFTER.match(text, m.end()) or RE_AWARD_OF.search(text, max(0, m.start() - 24), m.start()):
        return False  # "the day shift", "the day care"; "album of the year", "coach of the year": no day, no year
    if RE_PERIOD_ENDED.match(text, m.end()):
        return True  # "in the quarter that ended Nov. 2": the period, named by its end
    if re.match(r"\s+week\b", text[m.end() - 5:m.end()], re.I) and re.match(
            rf"\s+to\s+{f.month}\.?\s+\d", text[m.end():m.end() + 30], re.I):
        return True  # "in the week to June 9": the week ending then (see normalize.dates.neighbours.ended_on)
    if re.match(rf"\s+(?:to|through)\s+(?:the\s+end\s+of\s+)?{f.month}", text[m.end():m.end() + 30], re.I):
        # "in the year to March": a span ending then, not the year talked about (but a fiscal year, named by its
        # end: "the financial year to March 2015")
        return bool(re.search(r"\b(?:fiscal|financial)\s+year$", m.group(), re.I))
    return not re.match(r"\s+(?:of|when|that|which|in\s+which|on\s+which|it|he|she|they|we|I|the)\b",
                        text[m.end():m.end() + 12], re.I)


# nouns a day or a night names the kind of ("the night shift", "the day care", "a night watchman")
RE_NOT_A_TIME_AFTER = re.compile(r"[\s-]+(?:shifts?|care|watchman|watchmen|school|club|clubs|nurses?|crews?|sky|"
                                 r"manager|editor|desk|trips?|laborers?)\b", re.I)
# the minutes of a meeting: a record, no span of time ("minutes of its August session", "minutes published on
# Wednesday showed")
RE_RECORD_MINUTES = re.compile(r"\s+(?:(?:of|from)\s+(?:[\w'.-]+\s+){0,4}?(?:meeting|session|talks|deliberations)s?\b"
                               r"|(?:published|released|issued|showed|show)\b)", re.I)
# honours of a year ("album of the year", "player of the year"), and "for the year" of digits kept for it
RE_AWARD_OF = re.compile(r"\b(?:album|record|song|player|coach|rookie|person|man|woman|car|book|film|movie|team|"
                         r"athlete|manager|executive|word|teacher|volunteer|employee|artist)\s+of\s+$"
                         r"|\bdigits\s+for\s+$", re.I)
RE_PERIOD_ENDED = re.compile(r",?\s+(?:that|which)\s+(?:ended|ends|closed|began|started)\b", re.IGNORECASE)


RE_DAY_PART_END = re.compile(r"\s*(?:[,.;:)!?\"'\u201d\n]|$|(?:on|in|of|and|or|when|as|local|time)\b)", re.I)


# "overnight" before a noun it qualifies is no time: "overnight repurchase agreements", "the overnight rate"
RE_QUALIFIED_NOUN = re.compile(r"\s+(?!(?:on|in|of|and|or|when|as|to|at|from|into|after|before|with|by|because|but|"
                               r"until|while|amid|despite|near|across|along|around|over|under|through|without|for|"
                               r"during|since|so|then|has|had|have|was|were|is|are|will|would)\b)"
                               r"(?![a-z]+ed\b)[a-z]")  # (not a verb's past: "fighting overnight killed 20")

# ... unless the noun is a happening the night took: "the overnight raids", "overnight fighting", "overnight trading"
RE_NIGHT_HAPPENING = re.compile(r"\s+(?:(?:air|missile|rocket)\s+)?(?:raids?|attacks?|strikes?|bombings?|bombardments?|"
                                r"shelling|fighting|clashes|battles?|assaults?|offensive|storms?|rains?|downpours?|"
                                r"snow(?:fall)?|flooding|curfew|vigils?|talks|negotiations|sessions?|trading|"
                                r"search(?:es)?|rescue|sweeps?|violence|riots?|protests?|looting)\b", re.I)


def qualifies_noun(text: str, end: int) -> bool:
    """Whether "overnight" ending at `end` qualifies a noun that is no happening ("overnight repurchase
    agreements", "the overnight rate"), so is no time; "the overnight raids" is a time."""
    return bool(RE_QUALIFIED_NOUN.match(text, end)) and not RE_NIGHT_HAPPENING.match(text, end)


# happenings a part of the day before them times ("a morning sell-off", "afternoon trading", "evening prayers")
RE_TIMED_NOUN = re.compile(r"\s+(?:trading|session|sell-?off|selloff|rally|slide|slump|rush\s+hour|rush|"
                           r"prayers?|briefing|meeting|news\s+conference|press\s+conference|raid|attack)\b", re.I)


def guard_day_part(f: Fragments, text: str, m: re.Match) -> bool:
    if RE_NOT_A_TIME_AFTER.match(text, m.end()):
        return False  # "shortly after the night shift began", "a night watchman"
    if m["dp"].lower() == "overnight":  # an adverb of its own ("pulled 30 survivors out overnight"), not
        return not qualifies_noun(text, m.end())  # "overnight repurchase agreements"
    before = word_before(text, m.start())
    if m.group() == m["dp"] and m["dp"].lower() in ("morning", "afternoon", "evening") \
            and RE_TIMED_NOUN.match(text, m.end()):
        return True  # the part of a day a happening took: "a morning sell-off", "in afternoon trading"
    if before == "at":  # "at dawn", "at night on Sunday"; not "looked at morning papers"
        return bool(RE_DAY_PART_END.match(text, m.end()))
    if before == "on" or m.group()[:4].lower() == "the ":  # "on the evening of March 3", "was shot the night of
        # June 8": a part of the day named after it
        day = rf"{f.weekday}|{f.month}\s+\d{{1,2}}(?!\d|\s*[-\u2013]\s*\d)|\d{{1,2}}\s+{f.month}"
        if re.match(rf"\s+of\s+(?:{day})", text[m.end():], re.I):
            return True
        if before == "on":
            return False
    return before in DAY_PART_TRIGGERS


RE_NOUN_END = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:of|and|carried|swept|pulled|dragged|was|is|were|are|ran|runs)\b",
                         re.I)
RE_CURRENT_TERM = re.compile(r"[\s-]+(?:accounts?|affairs|assets|liabilities|ratio|yield|expenses?|income)\b", re.I)


# a verb of telling up to three words before "at the time that"
RE_TOLD_BEFORE = re.compile(r"\b(?:said|saying|told|telling|wrote|writing|reported|reporting|announced|announcing|"
                            r"stated|stating|testified|testifying|insisted|insisting|claimed|claiming|argued|arguing|"
                            r"explained|explaining|warned|warning|noted|noting|added|adding)"
                            r"(?:\s+[\w.'-]+){0,3}\s+at\s+$", re.IGNORECASE)


def guard_ref(f: Fragments, text: str, m: re.Match) -> bool:
    said = m.group().lower()
    before = word_before(text, m.start())
    after = text[m.end():m.end() + 14]
    if said == "soon" and (before in ("as", "how", "too")
                           or re.match(r"\s+(?:after|afterwards?|thereafter)\b", after, re.I)):
        return False
    if said in ("current", "recent") and before in ("electric", "ocean", "alternating", "direct"):
        return False
    if said == "recent" and before in ("most", "more"):
        return False  # "the most recent robbery": the latest of a series, not a time ("in recent weeks" is one)
    if said == "current" and (RE_CURRENT_TERM.match(after) or RE_NOUN_END.match(after)):
        return False  # "the current account deficit", "current assets": terms of accounting, not now; "caught in a
        # strong current.", "the current carried it away", "the current was unusually strong": a stream
    if said == "the moment":  # "at the moment": now; not "at the moment of impact", "the moment he arrived"
        return before == "at" and not re.match(r"\s+(?:of|when|that|which|[a-z]+\b(?!,))", after)
    if said.endswith("future") and re.match(r"\s+(?:of|for)\b", after, re.I):
        return False  # "secure the future of the Falcon", "decide the future of the coalition": a fate, not a time
    if said in ("the time", "that time"):
        # "at the time", "by that time" (the time the text talks about), not "by the time he came", "the time
        # of the vote"
        if before == "by" and said == "the time" and re.match(r"\s+[A-Za-z]", after):
            return False  # "by the time police arrived": a conjunction, whatever the clause starts with
        if before == "at" and re.match(r"\s+that\b", after, re.I) \
                and RE_TOLD_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return True  # "told police at the time that she had ...": "that" opens what was told
        return before in ("at", "by") and not re.match(
            r"\s+(?:of|when|that|which|to|for|he|she|it|they|we|I|the|a|an)\b", after, re.I)
    return True


def read_weekday(lex: Lexicon, m: re.Match) -> Spec:
    wd = lex.weekdays[m["wd"].lower().rstrip(".")]
    rel = (m["wrel"] or "").lower()
    direction = RELATIVE_WORDS.get(rel, 0) if rel else None  # ("that Sunday": the one talked about, see resolve)
    time = lex.day_parts[m["dp"].lower()] if m["dp"] else None
    # "the following Friday", "the previous Monday": counted from the day talked about, not the publication's
    base = "ref" if rel in COUNTED_FROM_REF else None
    # "last Monday", "next Wednesday" skip the day next to the publication's (unit "week": see resolve)
    unit = "week" if rel in ("last", "next") else None
    return Spec(type="TIME" if time else "DATE", gran="time" if time else "day", weekday=wd,
                direction=direction, time=time, mod=date_mod(m), base=base, unit=unit)


DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}  # the days of a unit counted in days
RE_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
COUNTED_FROM_REF = frozenset({"following", "previous", "preceding", "prior", "that"})


def read_deictic(lex: Lexicon, m: re.Match) -> Spec:
    if m["dp3"]:
        return Spec(type="TIME", gran="time", base="ref", unit="day", offset=-1, time=lex.day_parts[m["dp3"].lower()])
    if m["dem"]:
        dem, part = m["dem"].lower(), lex.day_parts[m["dp2"].lower()]
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
        time = lex.day_parts[m["dp"].lower()]
    mod = date_mod(m)
    return Spec(type="TIME" if time else "DATE", gran="time" if time else "day", base="dct", unit="day",
                offset=offset, time=time, mod=mod)


def read_relative(lex: Lexicon, m: re.Match) -> Spec:
    rel, unit = m["rel"].lower(), m["u"].lower()
    offset = RELATIVE_WORDS[rel]
    gran = unit if unit in ("week", "weekend", "month", "year", "decade", "century") else "year"
    return Spec(gran=gran, base="dct", unit={"weekend": "week", "season": "year"}.get(unit, unit), offset=offset,
                mod=date_mod(m))


def read_relative_the(lex: Lexicon, m: re.Match) -> Spec | None:
    rel = " ".join((m["rel"] or "").lower().split())
    unit = m["u"].lower()
    ba = (m["ba"] or "").lower()
    step = "week" if unit == "weekend" else unit
    mod = date_mod(m) or (DATE_MODS.get(m["ea"].lower()) if m["ea"] else None)
    if ba in ("before last", "after next") and not rel:  # "the week before last": two back from now
        return Spec(gran=unit, base="dct", unit=step, offset=-2 if ba == "before last" else 2, mod=mod)
    if unit == "weekend" and rel in ("", "this", "current", "same"):
        return Spec(gran="weekend", base="dct", unit="week", offset=0, mod=mod)
    if rel == "next" and mod:
        rel = "following"  # "early the next year": a part of the year after, not a stretch of time
    if rel == "past" or (rel in ("next", "coming") and unit not in ("day", "weekend")):
        # "the past decade", "the next year": a stretch of time counted back or forward
        code, factor, is_time = UNIT_CODES[unit]
        return Spec(type="DURATION", value=period(factor, code, is_time))
    gran = "fy" if m["fy"] else unit  # "the end of the current fiscal year": a fiscal year
    if rel in ("last", "latest", "most recent"):
        # "the last quarter", "the last year": the one before the publication's (not "the last day of"); "in
        # the latest week, money-market assets grew": the last whole week reported on
        return None if unit == "day" else Spec(gran=gran, base="dct", unit=step, offset=-1, mod=mod)
    if rel in ("this", "current"):
        return Spec(gran=gran, base="dct", unit=step, offset=0, mod=mod)
    if rel == "new":  # "a memorial is planned for the new year": the year to come (a fiscal one: the fiscal year)
        return Spec(gran="fy" if m["fy"] else "year", base="dct", unit="year", offset=1, mod=mod)
    offset = RELATIVE_WORDS.get(rel, 0)
    if ba in ("before", "earlier", "previous", "prior"):
        offset = -1
    elif ba in ("after", "later"):
        offset = 1
    # "the fiscal year (ended Sept. 30)": a fiscal year, named by the calendar year it ends in
    return Spec(gran=gran, base="ref", unit=step, offset=offset, mod=mod)


def read_period_end(lex: Lexicon, m: re.Match) -> Spec:
    unit = m["u"].lower()
    offset = RELATIVE_WORDS[m["rel"].lower()] if m["rel"] else 0
    mod = "END" if m["edge"].lower() in ("end", "close") else "START"
    return Spec(gran=unit, base="dct", unit=unit, offset=offset, mod=mod)


# "until after the first of the year", but not an ordinal: "the nine-day mission, the first of the year"
YEAR_FIRST_AFTER = frozenset({"since", "after", "until", "till", "by", "on", "before", "from", "through", "of"})


def guard_year_first(f: Fragments, text: str, m: re.Match) -> bool:
    return word_before(text, m.start()) in YEAR_FIRST_AFTER


def read_year_first(lex: Lexicon, m: re.Match) -> Spec:
    offset = RELATIVE_WORDS[m["rel"].lower()] if m["rel"] else None
    return Spec(gran="day", month=1, day=1, year_offset=offset)


def read_same_period(lex: Lexicon, m: re.Match) -> Spec:
    unit = m["u"].lower()
    return Spec(gran=None if unit in ("period", "time") else unit, base="ref", unit="year", offset=-1)


def read_run(lex: Lexicon, m: re.Match) -> Spec:
    unit = m["u"].lower().split()[-1]
    unit = "day" if unit == "session" else unit  # a trading session is a day
    return Spec(gran=unit, base="ref", unit=unit, offset=0)


def read_day_part(lex: Lexicon, m: re.Match) -> Spec:
    return Spec(type="TIME", gran="time", base="ref", unit="day", offset=0,
                time=lex.day_parts[m["dp"].lower()], mod=date_mod(m))


def guard_ago(f: Fragments, text: str, m: re.Match) -> bool:
    """Not "for three days from Wednesday": a span that starts then, two expressions (a duration and a day); nor
    a span followed by the time it was spent in ("for 21 hours earlier this week")."""
    counted_from = m["fwd"] or re.search(r"from\s+(?:tonight|tomorrow)$", m["dir"], re.IGNORECASE)
    # nor "spoke for more than 21 hours earlier this week": a duration, then "earlier this week"
    told_then = m["dir"].lower() in ("earlier", "later") and RE_PERIOD_AFTER.match(text, m.end())
    return not ((counted_from or told_then) and RE_FOR_BEFORE.search(text, max(0, m.start() - 6), m.start()))


RE_PERIOD_AFTER = re.compile(r"\s+(?:this|that|last|in\s+the|on|today|tonight|yesterday)\b", re.IGNORECASE)


UNIT_YEARS = {"year": 1, "decade": 10, "century": 100}


def read_ago(lex: Lexicon, m: re.Match) -> Spec | None:
    n = number(lex, m["n"]) if m["n"].lower() not in ("a", "an") else 1.0
    unit = lex.units[" ".join(m["u"].lower().split())]
    direction = m["dir"].lower().split()[0]
    sign = -1 if direction in ("ago", "earlier", "back") else 1
    base = "ref" if direction in ("earlier", "later") else "dct"
    if n is not None and unit in ("decade", "century") and not float(n).is_integer() \
            and float(n * UNIT_YEARS[unit]).is_integer():
        n, unit = int(n * UNIT_YEARS[unit]), "year"  # "half a century ago": fifty years
    if n is None or not float(n).is_integer():
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Spec(value=value)
    n = int(n)
    anchor = m["dir"].lower().split()[-1] if direction == "from" else ""
    if anchor in ("tonight", "tomorrow") or m["fwd"]:
        # "three weeks from tonight", "two days from tomorrow", "a week from Friday": days on from that day
        if unit not in ("day", "week", "fortnight"):
            return None
        days = DAYS_IN[unit] * n
        if m["fwd"]:
            return Spec(gran="day", weekday=lex.weekdays[m["fwd"].lower().rstrip(".")], unit="day", offset=days)
        if anchor == "tonight":
            return Spec(type="TIME", gran="time", base="dct", unit="day", offset=days, time="NI")
        return Spec(gran="day", base="dct", unit="day", offset=days + 1)
    if m["at"] and unit in ("week", "month", "quarter", "year", "decade", "century") and direction == "ago":
        gran = (m["atu"] or "day").lower()
        years = n * UNIT_YEARS.get(unit, 0)
        if gran in lex.seasons and years:  # "ten years ago this summer": that season of that year
            return Spec(gran="season", season=lex.seasons[gran], year_offset=-years)
        if m["at"].lower() == "yesterday" and years:  # "fifty years ago yesterday": the day before, that year
            return Spec(gran="day", base="dct", unit="day", offset=-1, year_offset=-years)
        part = lex.day_parts.get("night" if m["at"].lower() == "tonight" else gran)
        if part is not None and years:  # "a year ago tonight": that night of that year
            return Spec(type="TIME", gran="time", base="dct", unit="year", offset=-years, time=part)
        if unit == "week":
            return Spec(gran=gran, base="dct", unit="day", offset=-7 * n)
        if years:  # the same day, week, weekend or month of that year
            return Spec(gran=gran, base="dct", unit="year", offset=-years)
        return Spec(gran=gran, base="dct", unit="month", offset=-n * (3 if unit == "quarter" else 1))
    if unit in ("minute", "hour") and base == "ref":  # "four minutes later": the clock time talked about, moved
        minutes = n * (60 if unit == "hour" else 1)
        return Spec(type="TIME", gran="time", base="ref", unit="minute", offset=sign * minutes)
    if unit in ("second", "minute", "hour"):
        return Spec(type="DURATION", value=period(n, UNIT_CODES[unit][0], True))
    if unit == "week" and n > 1 and direction == "ago" and m.group().lower().startswith(m["n"].lower()):
        # "two weeks ago": that week (1998-W38); "a week ago" and "less than two weeks ago" are days
        return Spec(gran="week", base=base, unit="week", offset=sign * n)
    if unit in ("day", "week", "fortnight"):
        days = DAYS_IN[unit] * n
        return Spec(gran="day", base=base, unit="day", offset=sign * days)
    if unit == "quarter":
        return Spec(gran="quarter", base=base, unit="quarter", offset=sign * n)
    if unit == "month":
        return Spec(gran="month", base=base, unit="month", offset=sign * n)
    years = n * UNIT_YEARS[unit]
    return Spec(gran="year", base=base, unit="year", offset=sign * years)


def read_year_adj(lex: Lexicon, m: re.Match) -> Spec:
    if m["yp"]:
        unit = m["u"].lower()
        if unit == "quarter":
            return Spec(gran="quarter", base="ref", unit="quarter", offset=-4)
        return Spec(gran=None if unit == "period" else unit, base="ref", unit="year", offset=-1)
    if m["yw"]:
        mod = "MID" if m["yw"].lower().startswith("mid") else None
        return Spec(gran="year", base="ref", unit="year", offset=0, mod=mod)
    kind = m["ye"].lower()
    if kind == "end":
        return Spec(gran="year", base="ref", unit="year", offset=0, mod="END")
    return Spec(gran="year", base="ref", unit="year", offset=-1)


def read_ref(lex: Lexicon, m: re.Match) -> Spec:
    said = " ".join(m.group().lower().replace("\u2019", "'").split())
    if said == "that time":  # the date the text last talked about, else PAST_REF ("at the time" is PAST_REF)
        return Spec(value=lex.refs[said], base="ref")
    return Spec(value=lex.refs[said])


# fmt: off
RULES: dict[str, Definition] = {  # name -> reading, context guard (scan only), may be a side of a range
    "weekday": Definition(read_weekday, None, mergeable=True),
    "deictic": Definition(read_deictic, None, mergeable=True),
    "period_end": Definition(read_period_end, None, mergeable=False),
    "relative": Definition(read_relative, None, mergeable=True),
    "relative_the": Definition(read_relative_the, guard_relative_the, mergeable=False),
    "year_first": Definition(read_year_first, guard_year_first, mergeable=False),
    "same_period": Definition(read_same_period, None, mergeable=False),
    "run": Definition(read_run, None, mergeable=False),
    "day_part": Definition(read_day_part, guard_day_part, mergeable=False),
    "ago": Definition(read_ago, guard_ago, mergeable=False),
    "year_adj": Definition(read_year_adj, guard_year_adj, mergeable=False),
    "ref": Definition(read_ref, guard_ref, mergeable=False),
}
# fmt: on
