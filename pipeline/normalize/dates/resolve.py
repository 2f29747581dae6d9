"""Anchoring: turning a parsed :class:`Spec` into a calendar value with the help of the document.

An expression is resolved by the first rule that applies, and ``anchor`` on the result says which:

``absolute``
    The text says it all: ``October 12, 1948``, ``July 2000``, ``2016-2017``.
``publication``
    Deictic expressions count from the publication date (``article.published``): ``yesterday``,
    ``last week`` (ISO week before the publication's), ``two years ago`` (year precision), ``now``
    (``PRESENT_REF``). ``The weekend``/``this weekend`` is the one of the publication's ISO week
    (``2019-W17-WE``), or the one just gone with a past-tense verb in a Monday-Friday article.
    A weekday is the nearest such day to the publication date: on or before it with a past-tense verb
    (``met on Thursday`` in a Friday 2019-04-26 article is 2019-04-25), on or after it with a future or
    present one (``will resume trading Tuesday``, ``resumes trading Tuesday``), otherwise the closer one;
    After ``since`` it is the one before, never the publication day (``has been missing since Saturday``).
    ``last``/``next``/``this Friday`` are the one before, after, or in the same ISO week (``this Sunday``
    told in the past in a Monday article is the day before; ``this past Sunday`` always is); ``last Monday``
    in a Tuesday article is the Monday of the week before (yesterday would be "yesterday"), and ``next
    Wednesday`` told on a Tuesday the one of the week after.
``narrative``
    Anaphoric expressions count from the date the text last talked about: ``the next day``, ``the same
    day``, ``the following year``, ``three days later``, ``that morning``, a bare ``10 a.m.``, ``at the
    time``/``by that time`` (that date itself). Without such a date they count from the publication date
    (``at the time`` is then ``PAST_REF``). ``the quarter`` (``the same quarter``, ``the previous
    quarter``) counts from the last quarter the text named ("third-quarter results ... profit rose 5% in
    the quarter"), else from the publication's quarter, or the one before it with a past-tense verb.
``context``
    A date missing its year takes it from the date it is coordinated with: ``April and November 2017``,
    ``October of next year``.

**The year of a date that does not say it** (``On August 8``, ``in March``, ``the fourth quarter``,
``summer``, ``Christmas``) is decided in this order (:mod:`.years`):

1. *Coordination*: the year of the next date if only ``and``/``or``/``,``/``-``/``of`` separates them.
2. *Narrative*: the year of the last scene-setting date with a stated year (one opening its sentence or
   after ``in``/``on``/``during``/``at``; not ``since 1983``, a "since" clause or ``compared to 2017``), when
   that date is near (the same or the previous paragraph, or at most three sentences back, if it opens its
   sentence; else only in its own sentence), at least two years before the publication year (any year before
   it in the same sentence), and the verb is in the past tense (or there is none). This is the dated-history
   case: in a factbox, ``On August 8`` following ``In July-August 2001`` is 2001-08-08. A date with ``last`` or
   ``next`` is never read so: ``last September`` is the one before publication.
3. *Publication*: the publication year, the year before or the year after, whichever fits the tense:
   with a past-tense verb (or ``since``) the latest that has begun by the publication date (a quarter: that
   has ended), with a future verb (or ``until``/``by`` without a past verb) the earliest that has not ended
   by it (a quarter or half that ended less than six weeks before counts: its results are still to come),
   with a present-tense verb a day (or a month after ``in``) no more than a month gone or else ahead (``the
   law takes effect on January 1``, in April, is next January's; ``takes effect in October``, in January,
   this October's; not ``as of February, it accounts for``), otherwise the nearest to it. So in a short news
   item of 2010-01-25 ``made its maiden flight on 11 December`` is 2009-12-11, and of 2005-11-05 ``will
   arrive on November 11`` is 2005-11-11. ``last September``/``next March`` take the one before/after.
4. Otherwise the year stays unknown: ``XXXX-08-08``.

Without a publication date nothing is resolved against "today": deictic expressions keep ``X`` values
(``XXXX-XX-XX`` for ``yesterday``, ``XXXX-WXX-4`` for ``Thursday``), with no day bounds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...lang.dates.spec import ORDER, Spec, with_day
from ...lang.events import HARM_TYPES, lookup
from .nights import SPAN_ENDS, past_midnight
from .timeline import Timeline
from .values import bounds, coarsen, from_day, move, relative, shift, unresolved, weekday_date
from .years import IMPOSED_UNTIL, PAST_PREPOSITIONS, Clues, fill_year, pick_year


# ------------------------------------------------------------------------------------------ resolution
def resolve(spec: Spec, clues: Clues, dct: dt.date | None, timeline: Timeline, *,
            neighbour_year: int | None = None, neighbour_day: Spec | None = None) -> tuple[Spec, str | None]:
    """Anchor one parsed Spec; returns the resolved Spec and the ``anchor`` label (module docstring)."""
    if clues.prep == "ahead":
        clues = dataclasses.replace(clues, tense="future")  # "rose ahead of Friday's report": still to come
    if spec.parts is not None:
        return _resolve_interval(spec, clues, dct, timeline, neighbour_year)
    if spec.value and spec.base == "ref" and timeline.recent:
        return timeline.recent[-1], "narrative"  # "at the time", "by that time": the date talked about
    if not spec.is_calendar:
        return spec.replace(base=None), ("publication" if spec.value and spec.value.endswith("_REF") and dct
                                         else None)
    if spec.base == "dct":
        if dct is None:
            return unresolved(spec), "unresolved"
        if spec.gran == "weekend" and spec.offset == 0 and dct.isoweekday() < 6 \
                and (clues.tense == "past" or clues.prep in PAST_PREPOSITIONS):
            # "protesters gathered over the weekend", "have died since the weekend": the one just gone
            spec = spec.replace(offset=-1)
        if spec.gran == "weekend" and spec.offset == 1 and dct.isoweekday() == 1:
            spec = spec.replace(offset=0)  # "next weekend" told on a Monday: the coming one, five days on
        out = relative(spec, from_day(dct, "day"))
        if out is not None and spec.year_offset:  # "fifty years ago yesterday": that day, so many years back
            out = shift(out, "year", spec.year_offset)
        return (out, "publication") if out else (unresolved(spec), "unresolved")
    if spec.weekday is not None and spec.day is None and spec.base == "ref" and spec.direction is not None:
        # "won on March 26 ... the following Friday": the first Friday after that day (else after the publication's);
        # "that Sunday": the Sunday talked about, else the one of the week talked about
        ref = (not spec.direction and timeline.day_on(spec.weekday, dct, clues.tense)) or timeline.reference("day")
        if ref is not None and ref.day is not None:
            day = weekday_date(spec.weekday, dt.date(ref.year, ref.month, ref.day), None, spec.direction)
            return with_day(spec.replace(base=None), day), "narrative"
        if dct is None:
            return unresolved(spec), "unresolved"
        return with_day(spec.replace(base=None), weekday_date(spec.weekday, dct, None, spec.direction)), "publication"
    if spec.gran == "season" and spec.base == "ref" and spec.direction is not None:
        # "In 1993, floods wiped out his fields, and the following spring he borrowed": the first spring after
        return _season_from(spec, timeline.reference("year"), dct)
    if spec.base == "ref" and spec.gran == "year" and not spec.offset and clues.forecast and dct is not None:
        return from_day(dct, "year").replace(mod=spec.mod), "publication"  # "raised its full-year forecast"
    if spec.base == "ref" and spec.unit == "minute":
        return _clock_moved(spec, timeline)
    if spec.base == "ref" and spec.gran == "quarter":
        return _quarter(spec, clues, dct, timeline)
    if spec.base == "ref":
        ref = timeline.reference("day" if spec.gran in ("time", "day") else spec.gran)
        if spec.gran == "time" and spec.time is not None:  # a part of the day: of the scene, not of a report (nor
            # a day long gone recalled before, unless the words point back to it, "that night", "the next morning",
            # and it is less than a year gone)
            harm = clues.pointing and clues.tense == "past" and lookup(clues.happens) in HARM_TYPES
            ref = timeline.reference("day", scene=True, after=clues.sentence, happenings=harm,
                                     years_only=bool(spec.offset) or clues.pointing) or ref  # (or a harm's, told of
            # a harm: "in the Oct. 1 shooting ... stabbed his mother that morning"; not "met survivors of the May 20
            # storm. He flew back to Washington that evening")
            if clues.session:  # "rose 0.4% in afternoon trade": the session of the story's day (unless its
                # sentence told a day of its own: "fell in Tokyo today, and bonds dropped in afternoon trading")
                ref = timeline.session_day(clues.sentence, background=False) or ref
        if spec.gran == "year" and not spec.offset and clues.pointing and dct is not None \
                and ref is not None and ref.year == dct.year:
            # "that year" is another year than the publication's: the last one talked about ("the explosion on
            # Feb. 14, 1993 ... A bell tolled at 10:42 a.m. [today] ... passed rules later that year": 1993; or one
            # after "since": "the first time since the 1993 floods ... That year": 1993)
            ref = next((c for c in [*reversed(timeline.recent), *reversed(timeline.since)]
                        if c.year is not None and c.year != dct.year
                        and c.gran in ORDER and ORDER.index(c.gran) <= ORDER.index("year")), ref)
        latest = timeline.recent[-1] if timeline.recent else None
        if spec.gran == "day" and spec.unit == "day" and spec.offset and latest is not None \
                and latest.gran == "month" and latest is not ref \
                and not (clues.tense == "past" and dct is not None and (bounds(latest)[0] or dct) > dct):
            # "In November, they were expelled, and returned three weeks later": counted from the month talked
            # about (from its middle), as precisely as that month is known (not from a month still ahead, told in
            # the past: "a memo sent on Monday urged them to win in November. It leaked two days later")
            middle = dt.date(latest.year, latest.month, 15) + dt.timedelta(days=spec.offset)
            return from_day(middle, "month").replace(mod=spec.mod), "narrative"
        if spec.gran is None:
            ref = timeline.period() or ref  # "the year-earlier period"
            if spec.year is not None:  # "the 1988 period", "the same period of 1989": that period, in that year
                period = ref if ref is not None and ref.gran in ("quarter", "half") else Spec(gran="year")
                return period.replace(year=spec.year, base=None, unit=None, offset=0, mod=spec.mod), "narrative"
        if spec.gran == "year" and spec.unit == "year" and spec.offset and latest is not None and (
                latest.gran in ("quarter", "half") or (spec.offset < 0 and latest.gran in ("week", "weekend") and (
                    dct is None or (bounds(latest)[0] or dct) <= dct))):
            # "third-quarter net income rose, from $35.8 million a year earlier": that quarter, a year back (so a
            # week or a weekend gone: "sales over the Thanksgiving weekend were flat with a year earlier")
            moved = move(latest, "year", spec.offset) if latest.gran in ("quarter", "half") \
                else _week_a_year_back(latest, spec.offset)
            return (moved.replace(mod=spec.mod) if moved else unresolved(spec)), "narrative"
        if spec.gran == "fy":  # "the fiscal year": a year talked about, else the publication's (a quarter named
            # before is no year: Apple's fiscal 2007 began in October 2006)
            ref = next((c for c in reversed(timeline.recent) if c.gran in ("year", "fy") or c.fiscal), None)
            if ref is not None and (ref.gran == "fy" or ref.fiscal):  # "the fiscal second quarter ... the
                # fiscal year": that quarter's
                return Spec(gran="fy", year=ref.year + spec.offset, mod=spec.mod), "narrative"
        label = "narrative"
        if spec.gran == "time" and spec.time is not None and ref is not None and _ahead_of_past(ref, clues, dct):
            # a part of a day told in the past, after a day still ahead: the day gone talked about before ("fell
            # yesterday ... will meet Thursday ... weakened in afternoon trading": yesterday's afternoon)
            ref = (timeline.last_day(dct, ahead=False, scene=True) if dct is not None else None) or ref
        elif spec.gran == "day" and not spec.offset and _ahead_of_past(ref, clues, dct) \
                and timeline.lead is not None and (bounds(timeline.lead)[0] or dct) <= dct:
            # "that day" told in the past after a day still ahead: the day the story began with ("the verdict,
            # returned late Friday ... a hearing is set for April 11. Shares closed that day": Friday)
            ref = timeline.lead
        if (ref is None and dct is not None) or _over_before(ref, spec, clues, dct) \
                or _since_ahead(ref, spec, clues, dct) or (
                spec.gran in ("day", "time") and _ahead_of_past(ref, clues, dct)) or (
                spec.gran in ("week", "month") and not spec.offset and _ahead_of_past(ref, clues, dct, NOT_FUTURE)):
            ref, label = from_day(dct, "day"), "publication"
            if spec.time == "NI" and clues.tense == "past":  # "pulled 30 survivors out overnight": the night gone
                ref = from_day(dct - dt.timedelta(days=1), "day")
        out = relative(spec, ref) if ref is not None else None
        return (out, label) if out else (unresolved(spec), "unresolved")
    if spec.weekday is not None and spec.day is None:
        if dct is None:
            return spec, "unresolved"
        perfect = clues.tense == "present" and clues.perfect and clues.prep not in ("for", "until", "till", "by")
        tense = "past" if clues.prep in PAST_PREPOSITIONS or perfect else clues.tense  # "missing since Saturday";
        # "the decision Monday has left them scrambling" (not "has declared a day of mourning for Friday")
        if tense == "past" and clues.awaited:
            tense = None  # "killed 11 people two days before Saturday's election", on a Thursday: the nearest
        if tense == "past" and clues.prep in ("until", "till"):
            # a state imposed until a day runs on from the act ("suspended all flights until Monday", in a Thursday
            # article: the one ahead); else the nearest ("a fire burned until Sunday afternoon")
            tense = "future" if clues.happens in IMPOSED_UNTIL else None
        direction = spec.direction
        if clues.prep == "since" and direction is None:
            direction = -1  # "since Friday" in a Friday article: the Friday gone ("since today" says today)
        day = weekday_date(spec.weekday, dct, tense, direction)
        if spec.unit == "week" and spec.direction in (-1, 1) and abs((day - dct).days) == 1:
            day += dt.timedelta(days=7 * spec.direction)  # "last Monday" in a Tuesday article: not yesterday, which
            # would be "yesterday" or "Monday", but the week before; "next Wednesday" told on a Tuesday, a week on
        if spec.unit == "day" and spec.offset:  # "a week from Friday": that many days on from the Friday
            day += dt.timedelta(days=spec.offset)
        return with_day(spec, day), "publication"
    if spec.year is None and spec.year_offset is not None:
        if dct is None:
            return spec.replace(year_offset=None), "unresolved"
        out = fill_year(spec, dct.year + spec.year_offset)
        if out is not None and spec.year_offset == 0 and clues.tense == "past" and not clues.since \
                and (bounds(out)[0] or dct) > dct:
            out = fill_year(spec, dct.year - 1)  # "profits fell in the final three months of the year", in March:
            # the year just ended (a part of this one still ahead cannot be told in the past)
        return (out, "publication") if out else (spec, "unresolved")
    if spec.fiscal and spec.year is None and spec.year_offset is None:
        return _fiscal_quarter(spec, clues, dct, timeline, neighbour_year)
    if spec.needs_year:
        year, label = pick_year(spec, clues, dct, timeline.narrative, neighbour_year, timeline.told_day)
        out = fill_year(spec, year) if year is not None else None
        return (out, label) if out else (spec.replace(direction=None), "unresolved")
    if spec.gran == "time" and spec.day is None:  # "10 a.m.": the day talked about, else the publication's
        # not a day told as background, unless the time is a thing's, in a relative clause ("The quake, which
        # struck at 5:04 p.m.": the day of "Tuesday's earthquake") or told of it ("The blast ripped through the
        # mine at about 2:15 p.m.": the day of "Monday's explosion")
        harm = clues.tense == "past" and lookup(clues.happens) in HARM_TYPES  # "The trains collided at 8:02 a.m."
        day = neighbour_day or timeline.reference("day", scene=True, happenings=clues.relative or clues.event_subject
                                                  or harm, compared=harm, after=clues.sentence,
                                                  years_only=clues.recounted)  # (nor a day long gone recalled
        # in a relative clause before: "elected a president, completing a revolution that began on Nov. 17. He took
        # the oath at 1 p.m."; but a happening recounted is of it: "a fire that destroyed a warehouse on Aug. 9.
        # Investigators say he poured gasoline at 3:20 a.m.")
        if not neighbour_day and day is not None and not clues.relative and timeline.names_happening(day) \
                and _long_before(day, dct):
            day = None  # a happening long past named on a noun ("a 1996 Christmas Eve argument"): no day of the scene
        if not neighbour_day and day is not None and _long_before(day, dct) and timeline.lead is not None \
                and not _long_before(timeline.lead, dct) and not _told_here(day, timeline, clues) \
                and not any(_far_from(c, dct) for c in timeline.opening):
            day = timeline.lead  # a day long past told in a sentence before is a step back in a story of this week:
            # "freed a boy in a raid early Monday ... was snatched on June 14. Two suspects were arrested during the
            # raid, which began at 4 a.m." (Monday's); not in a story that opens on a time long past or ahead
            # ("pleaded not guilty Tuesday to leaving the scene of a crash on the Fourth of July. Police say he
            # struck the cyclist at 9:50 p.m.")
        if not neighbour_day and day is not None and any(day is r for r in timeline.reports) \
                and not _told_here(day, timeline, clues):
            # not the day of a report: "a grenade attack on Sunday ..., a police commander told the BBC on Tuesday.
            # The grenades were thrown at 10:30" (Sunday's)
            day = timeline.reference("day", scene=True, happenings=clues.relative or clues.event_subject or harm,
                                     reports=False, compared=harm) or day
        if not neighbour_day and day is not None \
                and (part := timeline.part_holding(spec.time, aside=clues.event_subject or harm,
                                                   sentence=clues.sentence)) is not None \
                and (part.year, part.month, part.day) != (day.year, day.month, day.day) \
                and (dct is None or ((bounds(part)[0] or dct) <= dct) == (clues.tense == "past")):
            day = part  # the day of a part of a day the time falls in: "killed 14 people on Monday evening, police
            # said on Tuesday ... the gunmen opened fire at 5:15 p.m." (Monday's); a day gone told in the past, one
            # ahead not ("campaigned until late Friday night ... Polls close at 7 p.m.": today)
        if not neighbour_day and (same := timeline.days_of.get(clues.happens)) is not None \
                and timeline.sentence != clues.sentence:
            day = same  # the day the text told the same happening on: "arrested him yesterday ... He was arrested
            # at a motel at 6 a.m." (not the day of another happening told since; a day of its own sentence stays)
        if not neighbour_day and clues.session:  # a price quoted at a time of the session: "fell 6 percent to 512
            # pence by 1100 GMT"
            day = timeline.session_day(clues.sentence, background=True, dct=dct) or day
        told = timeline.reference("day") if day is None else None  # only a day told as background
        if told is not None and not _long_before(told, dct):
            day = told  # not one long before the publication: "topping the previous high set on Oct. 7"
        if not neighbour_day and day is not None and dct is not None and clues.tense == "past" \
                and day.day is not None and (bounds(day)[0] or dct) > dct:
            # told in the past, not of a day still ahead: "Results are expected by Friday. Polls closed at
            # 5 p.m." (the voting day talked about before, else the publication's)
            day = timeline.last_day(dct, ahead=False)
        if not neighbour_day and day is not None and dct is not None and clues.tense == "future" \
                and day.day is not None and (bounds(day)[0] or dct) < dct:
            # told ahead, not of a day gone: "closed on Wednesday ... will hold a call at 1400 GMT" (the day ahead
            # talked about before, "go to the polls next Tuesday ... Polls will close at 8 p.m.", else today)
            day = timeline.last_day(dct, ahead=True)
        elif not neighbour_day and day is not None and dct is not None and clues.tense == "present" \
                and day.day is not None and (bounds(day)[0] or dct) < dct:
            # a schedule told in the present, after a day ahead was talked about: "will try again Tuesday ... was
            # halted on Monday ... The new launch window opens at 5:41 p.m." (Tuesday's)
            day = timeline.last_day(dct, ahead=True) or day
        label = "context" if neighbour_day else "narrative"
        if day is None and dct is not None:
            day, label = from_day(dct, "day"), "publication"
        if day is None or day.day is None:
            return spec, "unresolved"
        if not neighbour_day and day.time == "24:00" and (spec.time or "24")[:2] < "12" and not clues.pluperfect \
                and dct is not None and bounds(day)[0] == dct - dt.timedelta(days=1):
            day = move(day, "day", 1) or day  # a morning after the midnight that ended yesterday: "The deadline passed
            # at midnight ... Iraqi radio, in a broadcast at 10 a.m." (today's)
        elif label != "publication" and past_midnight(timeline, day, spec, clues) \
                and not (clues.tense == "past" and clues.prep not in SPAN_ENDS and today_or_later(day, dct)):
            # (also after a late time of its own clause's day: "left at 11 p.m. Sunday and crashed about 1:15 a.m.";
            # not the small hours after no day told: "Good evening. After a debate that stretched past 1 a.m., the
            # House early this morning passed"; nor the morning after today told in the past: "Voting will end at
            # 8 p.m. ... polling places opened at 6 a.m."; but "imposed a curfew from 9 p.m. to 5 a.m.")
            day = move(day, "day", 1) or day  # "ran past midnight. The final vote came at 2:15 a.m.": the next day
        today = dct is not None and (day.year, day.month, day.day) == (dct.year, dct.month, dct.day)
        if spec.time == "24:00" and clues.tense == "past" and today and clues.prep not in UNTIL_WORDS:
            # told that day: "struck shortly after midnight" is the day's start, "walked out at midnight" the
            # midnight ending the day before (T24:00); "fired until midnight" the one ending the day
            day, spec = (day, spec.replace(time="00:00")) if clues.prep in AFTER_WORDS \
                else (move(day, "day", -1) or day, spec)
        elif spec.time == "24:00" and clues.prep in AFTER_WORDS:
            # after the midnight that ends a day gone talked about: the next day's start ("talks ran past midnight");
            # an early day's own ("tore across Florida early Monday ... touched down shortly after midnight")
            day, spec = day if day.mod == "START" else move(day, "day", 1) or day, spec.replace(time="00:00")
        return spec.replace(year=day.year, month=day.month, day=day.day), label
    return spec, "absolute"


NOT_FUTURE = frozenset({"past", "present"})
AFTER_WORDS = frozenset({"after", "past", "since"})
UNTIL_WORDS = SPAN_ENDS | {"and"}  # "fired until midnight", "between 6 p.m. and midnight"


def _ahead_of_past(ref: Spec | None, clues: Clues, dct: dt.date | None,
                   tenses: frozenset[str] = frozenset({"past"})) -> bool:
    """Is the day talked about still ahead of the publication while the verb is past? ("Results will be announced
    on Wednesday, but 15 people died in attacks overnight": not the night after Wednesday, the one just gone.)
    With ``tenses``, while the verb is of one of them ("meets next Tuesday. For the week, the Dow is down": this
    week)."""
    if ref is None or dct is None or clues.tense not in tenses:
        return False
    first = bounds(ref)[0]
    return first is not None and first > dct


def _since_ahead(ref: Spec | None, spec: Spec, clues: Clues, dct: dt.date | None) -> bool:
    """Does "since" count from the publication's year, not the one talked about? From "the year" ("has gained 9%
    since the start of the year", after "Oct. 9, 2007") and a date still ahead ("until the middle of next year")."""
    if ref is None or dct is None or not (clues.since or clues.prep == "since"):
        return False
    return (spec.gran == "year" and not spec.offset) or (bounds(ref)[0] or dct) > dct


def _over_before(ref: Spec | None, spec: Spec, clues: Clues, dct: dt.date | None) -> bool:
    """Is "the year" of a future verb, counted from ``ref``, over before the publication date? ("Hollande, who
    took office in May [2012], has promised to reverse it by the end of the year": this year, not 2012.)"""
    if ref is None or dct is None or clues.tense != "future" or spec.offset or spec.gran not in ORDER:
        return False
    target = coarsen(ref, spec.gran)
    last = bounds(target)[1] if target is not None else None
    return last is not None and last < dct


def _quarter(spec: Spec, clues: Clues, dct: dt.date | None, timeline: Timeline) -> tuple[Spec, str | None]:
    """"the quarter", "the same quarter", "the previous quarter": counted from the last quarter the text
    named (an article about one quarter's results); without one, from the publication's quarter, or the one
    before it with a past-tense verb (results are reported after the quarter ends)."""
    quarters = [c for c in reversed(timeline.recent) if c.gran == "quarter"]
    # (not one compared with: "grew 6.8% in the third quarter, up from 6.2% in the second quarter. Oil output fell
    # in the quarter": the third)
    ref = next((c for c in quarters if not timeline.told_aside(c) or timeline.names_happening(c)),
               quarters[0] if quarters else None)  # (a quarter naming results is talked about: "a third-quarter loss")
    label = "narrative"
    if ref is None:
        if dct is None:
            return unresolved(spec), "unresolved"
        ref, label = from_day(dct, "quarter"), "publication"
        if clues.tense == "past":
            ref = move(ref, "quarter", -1) or ref
    if spec.year is not None:  # "the same quarter of 2011"
        return ref.replace(year=spec.year, mod=spec.mod), label
    out = move(ref, "year" if spec.unit == "year" else "quarter", spec.offset)  # ("the same quarter last year")
    return (out.replace(mod=spec.mod), label) if out else (unresolved(spec), "unresolved")


def _week_a_year_back(week: Spec, years: int) -> Spec | None:
    """The week (or weekend) of the same number ``years`` years off ("the Thanksgiving weekend ... flat with a year
    earlier")."""
    if week.year is None or week.week is None:
        return None
    return week.replace(year=week.year + years)


def _clock_moved(spec: Spec, timeline: Timeline) -> tuple[Spec, str | None]:
    """"four minutes later", "an hour earlier": the clock time the text last told, moved (TIME); without one,
    the stretch of time it says (DURATION ``PT4M``). Days and parts of the day told since on the clock's own day
    are passed over: "at 3:30 p.m. on Aug. 12 ... an hour later", "stabbed at about 10:25 a.m. ... in stable
    condition last night ... arrested an hour later"."""
    last = timeline.last_clock()
    clock = re.match(r"(\d\d):(\d\d)(Z?)$", last.time or "") if last is not None and last.gran == "time" else None
    if clock is None or last.year is None or last.month is None or last.day is None:
        hours, minutes = divmod(abs(spec.offset), 60)
        return Spec(type="DURATION", value=f"PT{hours}H" if not minutes else f"PT{abs(spec.offset)}M"), None
    moved = dt.datetime(last.year, last.month, last.day, int(clock[1]), int(clock[2])) \
        + dt.timedelta(minutes=spec.offset)
    return Spec(type="TIME", gran="time", year=moved.year, month=moved.month, day=moved.day,
                time=f"{moved:%H:%M}{clock[3]}", mod=spec.mod), "narrative"


def fiscal_year_of(quarter: int, ends_in: Spec) -> int:
    """The fiscal year (named, as companies do, by the calendar year it ends in) whose ``quarter``-th quarter
    ends in the calendar quarter ``ends_in``: a first quarter ended Sept. 30, 1989 is of fiscal 1990."""
    return (ends_in.year * 4 + ends_in.quarter - 1 + 4 - quarter) // 4


def _fiscal_quarter(spec: Spec, clues: Clues, dct: dt.date | None, timeline: Timeline,
                    neighbour_year: int | None) -> tuple[Spec, str | None]:
    """"the fiscal first quarter": of the fiscal year the text names beside it or talked about, else the
    one whose quarter ended last before the publication (results are told after the quarter) or, told of
    what is still to come, the publication's own quarter."""
    if neighbour_year is not None:
        return spec.replace(year=neighbour_year), "context"
    named = next((c for c in reversed(timeline.recent) if c.gran == "fy" and c.year is not None), None)
    if named is not None:
        return spec.replace(year=named.year), "narrative"
    if dct is None:
        return spec, "unresolved"
    ends_in = from_day(dct, "quarter")
    if clues.tense in ("past", None):
        ends_in = move(ends_in, "quarter", -1) or ends_in
    return spec.replace(year=fiscal_year_of(spec.quarter or 4, ends_in)), "publication"


def _resolve_interval(spec: Spec, clues: Clues, dct: dt.date | None, timeline: Timeline,
                      neighbour_year: int | None) -> tuple[Spec, str | None]:
    first, last = spec.parts
    if first.needs_year and last.needs_year:
        year, label = pick_year(first, clues, dct, timeline.narrative, neighbour_year)
        if year is None:
            return spec, "unresolved"
        a = fill_year(first, year)
        b_year = year + 1 if (last.month or 0) < (first.month or 0) else year
        b = fill_year(last, b_year)
        if a is None or b is None:
            return spec, "unresolved"
        return spec.replace(parts=(a, b)), label
    a, la = resolve(first, clues, dct, timeline, neighbour_year=neighbour_year)
    b, lb = resolve(last, clues, dct, timeline, neighbour_year=neighbour_year)
    labels = [la, lb]
    for weakest in ("unresolved", "publication", "narrative", "context"):
        if weakest in labels:
            return spec.replace(parts=(a, b)), weakest
    return spec.replace(parts=(a, b)), "absolute"


def _season_from(spec: Spec, ref: Spec | None, dct: dt.date | None) -> tuple[Spec, str | None]:
    """The first season of its name after (``direction`` 1) or before (-1) the date talked about, or in its year
    (0), else the publication's."""
    first, last = bounds(ref) if ref is not None and ref.is_calendar else (None, None)
    label = "narrative"
    if first is None or last is None:
        if dct is None:
            return unresolved(spec), "unresolved"
        first = last = dct
        label = "publication"
    if spec.direction == 0:  # "that spring": the one of the year talked about
        return spec.replace(base=None, direction=None, year=last.year), label
    around = [spec.replace(base=None, direction=None, year=y) for y in range(first.year - 2, last.year + 2)]
    spans = [(c, *bounds(c)) for c in around]
    if spec.direction > 0:
        after = [c for c, start, _ in spans if start is not None and start > last]
        return (after[0], label) if after else (unresolved(spec), "unresolved")
    # before a year, the last one begun before it ("in 1989, after an outbreak the previous winter": the winter
    # of 1988-89); before a finer date, the last one over by then
    whole_year = ref is not None and ref.gran == "year"
    before = [c for c, start, end in spans if start is not None and end is not None
              and (start < first if whole_year else end < first)]
    return (before[-1], label) if before else (unresolved(spec), "unresolved")


def today_or_later(day: Spec, dct: dt.date | None) -> bool:
    """Is the day ``day`` the publication's or later?"""
    return dct is not None and day.day is not None and (bounds(day)[0] or dct) >= dct


def _told_here(day: Spec, timeline: Timeline, clues: Clues) -> bool:
    """Was ``day`` the last date told, in the sentence of ``clues``?"""
    return bool(timeline.recent) and timeline.recent[-1] is day and timeline.sentence == clues.sentence


def _far_from(date: Spec, dct: dt.date | None) -> bool:
    """Is all of ``date`` more than a week before or after the publication?"""
    first, last = bounds(date)
    return dct is not None and first is not None and last is not None \
        and ((dct - last).days > 7 or (first - dct).days > 7)


def _long_before(day: Spec, dct: dt.date | None) -> bool:
    """Is the day ``day`` more than a week from the publication (a day of the past the story recalls)?"""
    return dct is not None and day.day is not None and abs(((bounds(day)[0] or dct) - dct).days) > 7
