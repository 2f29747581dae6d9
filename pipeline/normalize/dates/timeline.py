"""The timeline of a text: what it has said so far (:class:`Timeline`), the dates that anchor anaphoric and
year-less expressions in :mod:`.resolve`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from ...lang.dates.spec import ORDER, Spec
from ...lang.events import HARM_TYPES, IN_FORCE_FROM, STARTING_WORDS, lookup
from .values import bounds
from .years import Clues

# The word before a date that sets the scene of a narrative ("" = none: the date opens the sentence).
SCENE_WORDS = frozenset({"", "in", "on", "during", "at"})


RE_CLOCK = re.compile(r"\d\d:\d\d")  # a clock time's value ("14:30"), not a part of a day's ("AF")
REPORTING_GRANS = frozenset({"quarter", "half", "fy"})
PERIOD_ENDS = frozenset({"to", "through", "ended", "ending", "ends"})  # "the quarter ended March 31"
SPAN_STARTS = frozenset({"from", "between"})  # "from Oct. 1 to March 3"
REFERENCE_PREPOSITIONS = frozenset({"after", "before", "following", "since", "ahead", "despite"})
# the hours of a part of a day a clock time told after it falls in ("early Saturday" is before dawn)
PART_HOURS = {"MO": range(4, 12), "AF": range(12, 18), "EV": range(17, 22), "NI": range(19, 24), "EARLY": range(0, 7),
              "LATE": range(18, 24)}  # ("late Sunday" is its evening and night)
IN_FORCE_WORDS = STARTING_WORDS | IN_FORCE_FROM  # "cutting the tax beginning Aug. 1", "effective Jan. 1"


@dataclass
class Timeline:
    """What the text has said so far: the dates that anchor anaphoric and year-less expressions."""

    recent: list[Spec] = field(default_factory=list)  # resolved dates, most recent last
    background: list[Spec] = field(default_factory=list)  # those of them told as background
    happenings: list[Spec] = field(default_factory=list)  # those of the background that name a happening
    reports: list[Spec] = field(default_factory=list)  # those told as the day of a report ("said yesterday")
    # the days of harms a date is compared with ("after Saturday's explosion"): only a time of a harm takes them
    compared: list[Spec] = field(default_factory=list)
    # (year, sentence, paragraph, opens, a bare year) of the last scene-setter
    narrative: tuple[int, int, int, bool, bool] | None = None
    # the last day told with its year, as a scene-setter in the middle of a sentence ("The storm arrived on the night
    # of Jan. 11, 1981"), with its sentence: the days just after it in the sentences that follow are of its year
    told_day: tuple[Spec, int] | None = None
    days_of: dict[str, Spec] = field(default_factory=dict)  # the last day told of each happening's verb ("arrest")
    sentence: int = -1  # the sentence of the most recent date
    lead: Spec | None = None  # the first day of the story told (not as background): the day its trading is of
    lead_market: bool = False  # the lead was told of a market ("Stock prices plunged Friday")
    lead_report: bool = False  # the lead was a report's day ("the company said yesterday")
    opening: list[Spec] = field(default_factory=list)  # the dates told in the first sentence that tells one
    opening_sentence: int | None = None
    # the days long gone told in a relative clause, with their sentences: a thing's past ("marked National Day on
    # Wednesday in the square where he read the declaration on Sept. 2, 1945"), no day of a later sentence's scene
    recalled: list[tuple[Spec, int, bool]] = field(default_factory=list)  # (day, sentence, more than a year gone)
    since: list[Spec] = field(default_factory=list)  # dates told after "since", which set no time of the story

    def reference(self, gran: str, *, scene: bool = False, happenings: bool = False,
                  reports: bool = True, compared: bool = False, after: int | None = None,
                  years_only: bool = False) -> Spec | None:
        """The most recent date at least as precise as ``gran`` ("the same day" needs a day); with ``scene``,
        not one told as background (with ``happenings``, unless it names a happening: "Tuesday's quake"); without
        ``reports``, not the day of a report ("a police commander told the BBC on Tuesday"); with ``compared``,
        the day of a harm a date was compared with too ("after Saturday's explosion"); with ``after`` (a
        sentence), not a day long gone recalled in a relative clause of a sentence before it (with ``years_only``,
        one more than a year gone: "that evening" may point back to the rest)."""
        want = ORDER.index(gran) if gran in ORDER else len(ORDER)
        for cand in reversed(self.recent):
            if cand.gran in ORDER and ORDER.index(cand.gran) <= want and (compared or not self._compared(cand)) \
                    and not (scene and self.told_aside(cand) and not (happenings and self.names_happening(cand))) \
                    and (reports or not any(cand is r for r in self.reports)) \
                    and not (after is not None and any(cand is c and n < after and (old or not years_only)
                                                       for c, n, old in self.recalled)):
                return cand
        return None

    def recall(self, day: Spec, sentence: int, years: bool) -> None:
        """Mark ``day``, if just recorded, as a day long gone recalled in a relative clause of ``sentence``
        (``years``: more than a year gone)."""
        if self.recent and self.recent[-1] is day:
            self.recalled.append((day, sentence, years))

    def last_day(self, dct: dt.date, *, ahead: bool, scene: bool = False) -> Spec | None:
        """The most recent day talked about on or after the publication date (``ahead``), or on or before it;
        with ``scene``, not one told as background. A part of a day gone told in the story is that day ("was given
        a drug test yesterday afternoon"; not a clock time, whose day is borrowed)."""
        return next((c for c in reversed(self.recent) if not self._compared(c)
                     and (c.gran == "day" or (not ahead and self._part_of_day(c)))
                     and ((bounds(c)[0] or dct) >= dct if ahead else (bounds(c)[0] or dct) <= dct)
                     and not (scene and self.told_aside(c))), None)

    def _part_of_day(self, c: Spec) -> bool:
        """Is ``c`` a part of a named day told in the story ("yesterday afternoon"), not a clock time?"""
        return c.gran == "time" and c.day is not None and not (c.time or "0")[:1].isdigit() and not self.told_aside(c)

    def part_holding(self, time: str | None, *, aside: bool = False, sentence: int = -1) -> Spec | None:
        """The most recent part of a named day told in the story ("Monday evening", "early Saturday") whose hours
        hold the clock time ``time`` ("17:15"), not told as background unless it names a happening ("Thursday night's
        landslide") or ``aside`` (the time is an event's: "the twisters struck at 11 p.m."); and not a "late" day
        that is a report's, or that the story has moved on from to a later day ("lost altitude late Wednesday ...
        on Thursday afternoon ... reached them at 11:30 p.m.": not Wednesday's; but "late Sunday and early Monday"
        are one night, and a report's day moves the story on only in the time's own ``sentence``)."""
        if not time or not time[:2].isdigit():
            return None
        hour, later = int(time[:2]), None
        for n, c in enumerate(reversed(self.recent)):
            part = c.time if c.gran == "time" and c.time in PART_HOURS else \
                {"START": "EARLY", "END": "LATE"}.get(c.mod or "") if c.gran == "day" else None
            report = any(c is r for r in self.reports)
            day = (c.year, c.month, c.day) if c.day is not None and c.year is not None else None
            if day is not None and part is not None and hour in PART_HOURS[part] \
                    and (aside or not self.told_aside(c) or self.names_happening(c)) \
                    and not (part == "LATE" and (report or (later and later > day))):
                return c
            clock = int(c.time[:2]) if (c.time or "")[:2].isdigit() else None
            small = part in ("EARLY", "MO") or (clock is not None and clock in PART_HOURS["EARLY"])
            if day is not None and not small and (not report or (n == 0 and self.sentence == sentence >= 0)):
                later = max(later or day, day)  # (not the small hours or the morning after: "late Sunday ... until
                # dawn", "late Saturday ... allowed to return home at 6 a.m. today")
        return None

    def day_on(self, weekday: int, dct: dt.date | None, tense: str | None) -> Spec | None:
        """The most recent day talked about that fell on ``weekday`` (1 = Monday), for "that Sunday"; one on the
        side of the publication the ``tense`` says when there is one ("would close on June 28 ... after it was shut
        out on Sunday night ... will give its final performance at 3 p.m. that Sunday": June 28)."""
        days = [c for c in reversed(self.recent) if c.day is not None and c.year is not None and c.month is not None
                and dt.date(c.year, c.month, c.day).isoweekday() == weekday]
        side = [c for c in days if dct is None or tense not in ("past", "future")
                or (dt.date(c.year, c.month, c.day) >= dct) == (tense == "future")]
        return (side or days or [None])[0]

    def names_happening(self, c: Spec) -> bool:
        """Was ``c`` told as background naming a happening ("Tuesday's quake", "a third-quarter loss")?"""
        return any(c is h for h in self.happenings)

    def _compared(self, c: Spec) -> bool:
        return any(c is h for h in self.compared)

    def told_aside(self, c: Spec) -> bool:
        """Was ``c`` told as background ("the Dow, which had closed at a record on Oct. 9")?"""
        return any(c is b for b in self.background)

    def session_day(self, sentence: int, *, background: bool, dct: dt.date | None = None) -> Spec | None:
        """The story's first day, for a time of a trading session in sentence ``sentence``, unless that sentence
        told a day of its own (with ``background``, a day told as background counts too); else None. When the
        first day was not told of a market and the story told the publication day too, that day: a price quoted
        at a clock time is of the session the story is written in ("workers walked off the job early Tuesday ...
        the company said on Wednesday ... copper rose 1.2 percent by 1530 GMT": Wednesday's); when no day of the
        story was told, or the first was a report's ("the company said yesterday"), the publication day too."""
        last = self.recent[-1] if self.recent else None
        told = self.sentence == sentence and last is not None and last.gran in ("day", "time") \
            and (background or not self.told_aside(last))  # (not "which peaked last July")
        if told:
            return None
        if dct is not None and (self.lead is None or not self.lead_market):
            today = Spec(gran="day", year=dct.year, month=dct.month, day=dct.day)
            if self.lead_report or (self.lead is None and not any(c.day is not None for c in self.recent)):
                return today  # no day of the story told, or only a report's: the day it is written in
            if self.lead is None:
                return None
            return next((c for c in reversed(self.recent) if c.gran == "day"
                         and (c.year, c.month, c.day) == (dct.year, dct.month, dct.day)), self.lead)
        return self.lead

    def month_talked_about(self) -> Spec | None:
        """The month a text about one month's figures talks about, for "the month" ("sales grew in December
        ... a 2.4% decline for the month"): the last month it named, not as background (a level compared
        with), and with no day of the story told after it (report days and background days do not count)."""
        for cand in reversed(self.recent):
            told_aside = any(cand is c for c in (*self.background, *self.reports, *(r for r, _, _ in self.recalled)))
            if cand.gran == "month" and not told_aside:
                return cand
            if cand.gran in ("day", "time") and not told_aside:
                return None
        return None

    def last_clock(self) -> Spec | None:
        """The clock time told last, past the days and parts of the day told since on its own day ("stabbed at
        about 10:25 a.m. ... in stable condition last night ... an hour later"), else the date told last."""
        for n in range(len(self.recent) - 1, -1, -1):
            cand = self.recent[n]
            if cand.gran == "time" and RE_CLOCK.match(cand.time or ""):
                if all((c.year, c.month, c.day) == (cand.year, cand.month, cand.day) for c in self.recent[n + 1:]):
                    return cand
                break
        return self.recent[-1] if self.recent else None

    def period(self) -> Spec | None:
        """The most recent reporting period (a quarter, half or fiscal year), for "the year-earlier period"
        and "the same period": the period a report is about, not a month it mentions in passing."""
        return next((c for c in reversed(self.recent) if c.gran in REPORTING_GRANS), None)

    def update(self, parsed: Spec, resolved: Spec, clues: Clues) -> None:
        """Record a resolved date. Only a date with a stated year that sets the scene ("In July 2000, ...",
        "On August 8, 2001"; not "since 1983", "compared to 2017") becomes the narrative year. A year-back
        baseline is not recorded: "the quarter" after "the year-earlier period" is still this year's; nor is a
        date after "since": "died since Saturday ... evacuated overnight" is last night."""
        last = resolved.parts[1] if resolved.parts else resolved
        fiscal = (last.fiscal or last.gran == "fy") and last.year is not None
        if not last.is_calendar or (bounds(last)[0] is None and not fiscal):
            return  # (a fiscal period has no calendar bounds, but is talked about)
        if self.opening_sentence in (None, clues.sentence):
            self.opening_sentence = clues.sentence
            self.opening.append(last)
        if parsed.base == "ref" and ((parsed.unit == "year" and parsed.offset < 0)
                                     or (parsed.unit == "quarter" and parsed.offset <= -4)):
            return  # a year-back baseline ("a year earlier", "the year-earlier quarter") is no new topic
        if parsed.base == "ref" and parsed.gran in (None, "quarter") and parsed.year is not None:
            return  # nor is the period of a year named ("compared with $121 million in the 1988 period", "in the
            # same quarter of 2011")
        now = self.period()
        if now is not None and last.gran == now.gran and last.gran in ("quarter", "half") and not last.fiscal \
                and (last.quarter, last.half) == (now.quarter, now.half) and last.year == (now.year or 0) - 1:
            return  # nor the same quarter of the year before ("first-quarter profit ... compared with $214 million
            # in the first quarter of 2012. Output in the quarter rose": this year's)
        if clues.prep == "since" or clues.since:
            # a span up to now ("had died since Saturday", "80 years since the guns fell silent on Nov. 11, 1918"):
            # the time talked about is still now (but "that year" may point back to it: "the highest since the
            # 1993 floods. That year, the river ...")
            self.since = [*self.since[-3:], last]
            return
        if clues.prep in IN_FORCE_WORDS:
            return  # when a measure takes effect ("passed a measure cutting the tax beginning Aug. 1") is no time the
            # story is at: "said he would sign it by the end of the week" is this week
        if clues.possessive and clues.prep in REFERENCE_PREPOSITIONS:
            # a point of comparison ("opened higher after yesterday's fall. By noon ..." is today); but the day of
            # a harm it names is there for a time told of a harm ("recovered the bodies on Tuesday after Saturday's
            # explosion ... The blast occurred at 9:35 a.m.": Saturday's)
            if clues.happening and last.gran in ("day", "time") and last.day is not None \
                    and lookup(clues.told_of) in HARM_TYPES:
                self.recent = [*self.recent[-7:], last]
                self.background.append(last)
                self.happenings.append(last)
                self.compared.append(last)
            return
        if clues.background and clues.prep in PERIOD_ENDS:
            return  # the end of a period ("profit for the 12 months to March 31"): no day of the story
        self.recent = [*self.recent[-7:], last]
        if self.lead is None and (last.gran == "day" or (last.gran == "time" and clues.market)) \
                and last.day is not None and not clues.relative \
                and clues.prep not in PERIOD_ENDS | SPAN_STARTS and (not clues.background or clues.reporting):
            # (a report's day after dates of no day counts: "revenue in the fiscal year ending in June 2014 will be
            # $2.6 billion, the company said today"; a span's first day does not: "arrivals reached 1.05 million
            # tonnes from Oct. 1 to March 3"; a part of a day does when told of a market: "rallied yesterday
            # afternoon")
            self.lead, self.lead_market, self.lead_report = last, clues.market, clues.reporting
        self.sentence = clues.sentence
        if last.gran in ("day", "time") and last.day is not None:
            for happens in {clues.happens, clues.told_of} - {""}:
                self.days_of[happens] = last
        self.background = [c for c in self.background if c in self.recent]
        self.happenings = [c for c in self.happenings if c in self.recent]
        self.compared = [c for c in self.compared if c in self.recent]
        self.reports = [c for c in self.reports if c in self.recent]
        self.recalled = [r for r in self.recalled if r[0] in self.recent]
        if clues.reporting:
            self.reports.append(last)
        if clues.background:  # "the Dow, which had closed at a record on Oct. 9, fell ... at 3:07 p.m.": not its day
            self.background.append(last)
            if clues.happening:
                self.happenings.append(last)
        if parsed.base == "dct" and self.narrative is not None and clues.sentence > self.narrative[1]:
            self.narrative = None  # back to the present ("yesterday", "last month"): the history told is over
        if parsed.base == "dct" and self.told_day is not None and clues.sentence > self.told_day[1]:
            self.told_day = None
        stated = parsed.parts[1].year if parsed.parts else parsed.year
        if stated is not None and parsed.base is None and clues.prep in SCENE_WORDS and not clues.relative \
                and not clues.since \
                and not (parsed.gran == "fy" or parsed.fiscal):  # (a fiscal year is no calendar year's scene)
            self.narrative = (last.year, clues.sentence, clues.paragraph, clues.opens, last.gran == "year")
            self.told_day = (last, clues.sentence) if last.gran in ("day", "time") and last.day is not None else None


def clone(timeline: Timeline) -> Timeline:
    return dataclasses.replace(timeline, recent=list(timeline.recent), background=list(timeline.background),
                               opening=list(timeline.opening),
                               happenings=list(timeline.happenings), reports=list(timeline.reports),
                               compared=list(timeline.compared), recalled=list(timeline.recalled),
                               days_of=dict(timeline.days_of))
