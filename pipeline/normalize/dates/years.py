"""The year of a date that does not say it (steps 1 to 4 of :mod:`.resolve`'s docstring): the year of the date
it is coordinated with, of the story's scene, or the publication year, the one before or the one after that
fits the tense."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...lang.dates.spec import Spec, place_holiday, week_in_month, week_of_day
from .values import bounds

NARRATIVE_SENTENCES = 3
NARRATIVE_MIN_DISTANCE = 2
PAST_PREPOSITIONS = frozenset({"since", "ago"})
PLAN_PREPOSITIONS = frozenset({"in", "from", "to", "until", "through", "by"})  # "takes effect in October", not "as of"
FUTURE_PREPOSITIONS = frozenset({"until", "till", "by"})  # "not due until October", without a past verb
# verbs whose act imposes a state lasting until a time ("closed the schools until Thursday", "banned exports until
# the end of January")
IMPOSED_UNTIL = frozenset({"adjourn", "ban", "bar", "cancel", "close", "curb", "defer", "delay", "extend", "ground",
                           "halt", "postpone", "restrict", "seal", "shut", "suspend"})


@dataclass(frozen=True)
class Clues:
    """What the text around a mention says about it: the verb's tense and the preceding word."""

    tense: str | None = None
    prep: str = ""
    sentence: int = -1
    paragraph: int = 0
    relative: bool = False  # in a relative clause: background, no scene ("the war, which began in 2011")
    possessive: bool = False  # owns a noun: "yesterday's fall", "Tuesday's vote"
    background: bool = False  # before the scene, in a relative clause: "the Dow, which had closed ... on Oct. 9"
    happening: bool = False  # (background) a day that names a happening: "Tuesday's earthquake"
    event_subject: bool = False  # its verb's subject is an event noun: "the blast ripped through the mine at 2:15"
    since: bool = False  # in a "since" phrase or clause: "held since their arrest in May" (gone, and no scene)
    opens: bool = True  # opens its sentence ("In July 2000, ..."): a scene for the sentences after it
    reporting: bool = False  # its verb reports ("..., the company said in April": told from now)
    perfect: bool = False  # its verb is a present perfect of what is done ("has defended it three times, in May")
    pluperfect: bool = False  # under a past perfect, not itself past ("had hoped to adjourn by May 1")
    passive: bool = False  # its verb is a passive participle ("was banned until June", "sidelined until April")
    habitual: bool = False  # its verb tells what happens every year ("the harvest normally begins in September")
    happens: str = ""  # the lemma of the verb of the happening it dates ("arrest"), "" for a verb of no one happening
    told_of: str = ""  # the verb of the event noun it dates on the way to its verb ("in the shooting Monday": shoot)
    forecast: bool = False  # it qualifies a forecast ("its full-year profit forecast"): the nearest such period
    session: bool = False  # a time of a trading session ("in afternoon trading", "fell 6% by 1100 GMT")
    market: bool = False  # its sentence tells of a market ("Stock prices plunged Friday"): its day is a session's
    compared: bool = False  # a level compared with ("up from 26 percent in March"): gone, whatever the tense
    awaited: bool = False  # what something comes before ("two weeks before the Nov. 3 election"): maybe ahead
    pointing: bool = False  # its words point back to a time told ("that night", "that same evening")
    recounted: bool = False  # in a happening recounted as sources tell it now ("Investigators say he poured ...")


def fill_year(spec: Spec, year: int) -> Spec | None:
    """A year-less Spec placed in ``year`` (a holiday becomes its day in that year)."""
    if spec.holiday:
        return place_holiday(spec, year)
    if spec.gran in ("week", "weekend") and spec.day is not None:
        return week_of_day(spec, year)  # "the week of Nov. 6"
    if spec.nth is not None and spec.month is not None:
        week = week_in_month(year, spec.month, spec.nth, spec.gran == "weekend")
        return spec.replace(year=week[0], week=week[1], month=None, nth=None, year_offset=None,
                            direction=None) if week else None
    return spec.replace(year=year, year_offset=None, direction=None)


PRESENT_PAST_DAYS = 31  # how far back a day told in the present may be
REPORTING_LAG_DAYS = 45  # how long after a quarter or half ends a future verb may still be about it (results
# come out within about six weeks)


PRESENT_PERIOD_AHEAD_DAYS = 183  # half a year
ENDING_DAYS = 31  # a quarter told in the past in its last month is that one ("the economy slowed in the second
# quarter", on June 29)
INSIDE_PREPOSITIONS = frozenset({"in", "during", "within", "by", "until", "till", "through", "throughout"})
HOLIDAY_AHEAD_DAYS = 14  # how near ahead a holiday told in the past is still the coming one
AWAITED_AHEAD_DAYS = 60  # how near ahead a happening something came before may still be


def publication_year(spec: Spec, dct: dt.date, clues: Clues) -> int | None:
    """The year (publication year, one before or one after) that fits the tense; see the module docstring."""
    cands = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        filled = fill_year(spec, year)
        first, last = bounds(filled) if filled else (None, None)
        if first is not None and last is not None:
            cands.append((year, first, last))
    if not cands:
        return None
    if spec.weekday is not None and spec.day is not None and spec.month is not None:
        # the weekday names the year: "until Friday, March 3", in February 1989, is 1989's (a Friday)
        fits = [c for c in cands if c[1].isoweekday() == spec.weekday]
        if len(fits) == 1:
            return fits[0][0]
    direction = spec.direction
    if direction == -1:
        before = [c for c in cands if c[2] < dct]
        if not before and spec.gran == "season":
            return dct.year - 1  # "last winter", told in February: the year before, as news counts winters
        return max(before)[0] if before else None
    if direction == 1:
        after = [c for c in cands if c[1] > dct]
        return min(after)[0] if after else None
    if direction == 0:
        inside = [c for c in cands if c[1] <= dct <= c[2]]
        return inside[0][0] if inside else dct.year
    # a state imposed in the past to last until a month or day is read the nearest: "was banned until the end of
    # June", in January, this June; "banned cotton exports until the end of January", in November, the next
    # (but "stayed in office until November", "had shrunk until the spring": gone)
    held_until = clues.tense == "past" and (clues.passive or clues.happens in IMPOSED_UNTIL) \
        and clues.prep in ("until", "till") and not clues.since
    if spec.holiday and clues.tense == "past" and clues.prep not in PAST_PREPOSITIONS and not clues.since:
        # a holiday just ahead is that one even told in the past ("held back deals until after the Thanksgiving
        # holiday", a few days before it): last year's would be "last Thanksgiving"
        ahead = [c for c in cands if dct < c[1] <= dct + dt.timedelta(days=HOLIDAY_AHEAD_DAYS)]
        if ahead:
            return ahead[0][0]
    if clues.awaited and clues.tense == "past" and clues.prep not in PAST_PREPOSITIONS and not clues.since:
        # told in the past, what something came before may still be just ahead ("police fired tear gas on
        # Tuesday, less than two weeks before the March 4 election")
        ahead = [c for c in cands if dct < c[1] <= dct + dt.timedelta(days=AWAITED_AHEAD_DAYS)]
        if ahead:
            return ahead[0][0]
    if (clues.tense == "past" and not held_until) or clues.prep in PAST_PREPOSITIONS or clues.since \
            or (clues.compared and clues.prep in ("in", "at") and clues.tense != "future"):
        # (not a change to come: "would raise the tax to 6.5% from 6% on Sept. 1")
        # a quarter told in the past is one that has ended: "fourth-quarter profit fell", in October, is last
        # year's (results are told once the quarter is over)
        ended = spec.gran == "quarter" and spec.direction is None and clues.tense == "past"
        part = {"END": 20, "MID": 10}.get(spec.mod or "", 0) if spec.gran == "month" else 0  # "late December"
        begun = [c for c in cands if (c[2] < dct + dt.timedelta(days=ENDING_DAYS) if ended
                                      else c[1] + dt.timedelta(days=part) <= dct)]
        return max(begun)[0] if begun else None
    if (clues.tense == "future" or (clues.prep in FUTURE_PREPOSITIONS and not clues.pluperfect)) and not held_until:
        # (a deadline under a past perfect is the nearest: "had ordered it to raise capital by Aug. 15", in October)
        # a quarter or half is reported after it ends: "expects to report a third-quarter loss" in October is
        # about the quarter just ended, not next year's (a half is not what is to happen in it: "will open a plant
        # in the second half", in January, is this year's; a charge taken "in the second quarter", in July, is
        # still the quarter just ended)
        reported = spec.gran == "quarter" or (spec.gran == "half" and clues.prep not in INSIDE_PREPOSITIONS)
        grace = dt.timedelta(days=REPORTING_LAG_DAYS if reported else 0)
        open_ = [c for c in cands if c[2] + grace >= dct]
        return min(open_)[0] if open_ else None

    if clues.tense == "present" and spec.gran in ("quarter", "half"):
        # a reporting period told in the present is of the publication's year ("the growth compares with a
        # 2.5% rate in the second quarter", in December; "closures during the fourth quarter", in August),
        # unless that one is far ahead: "fourth-quarter profit is up 78%", in January, is last year's
        this = next((c for c in cands if c[0] == dct.year), None)
        if this is not None and (this[1] - dct).days > PRESENT_PERIOD_AHEAD_DAYS:
            return dct.year - 1
        return dct.year if this is not None else None
    if clues.tense == "present" and clues.perfect and spec.gran in ("day", "month", "season"):
        begun = [c for c in cands if c[1] <= dct]  # "has defended the title three times, most recently in May"
        return max(begun)[0] if begun else None
    if clues.tense == "present" and (spec.gran == "day" or (spec.gran in ("month", "season")
                                                            and clues.prep in PLAN_PREPOSITIONS)):
        # a day, month or season told in the present is a plan unless it is just gone: "the law takes effect on
        # January 1", written in April, is next January's; "takes effect in October", in January, this October;
        # "the show travels to Chicago in the fall", in March, this fall
        recent = [c for c in cands if c[2] + dt.timedelta(days=PRESENT_PAST_DAYS) >= dct]
        return min(recent)[0] if recent else None

    def distance(c) -> tuple[int, int]:
        _, first, last = c
        gap = 0 if first <= dct <= last else min(abs((first - dct).days), abs((last - dct).days))
        return gap, abs(c[0] - dct.year)

    return min(cands, key=distance)[0]


STORY_DAYS = 31  # how soon after a day told with its year a day told without one is still of that story


def _days_after(spec: Spec, clues: Clues, dct: dt.date | None, told_day: tuple[Spec, int]) -> int | None:
    """The year of the day told with its year a few sentences before, when ``spec`` is a day in the weeks just after
    it, told in the past: "The storm arrived on the night of Jan. 11, 1981 ... Crews reached the last of them on the
    morning of Jan. 14" (1981's, not the publication year's)."""
    day, sentence = told_day
    if dct is None or day.year is None or dct.year - day.year < NARRATIVE_MIN_DISTANCE or spec.day is None \
            or spec.month is None or clues.tense not in (None, "past") or clues.since \
            or not 0 < clues.sentence - sentence <= NARRATIVE_SENTENCES:
        return None
    filled, told = fill_year(spec, day.year), bounds(day)[0]
    first = bounds(filled)[0] if filled is not None else None
    if first is None or told is None or not 0 <= (first - told).days <= STORY_DAYS:
        return None
    return day.year


def _near(narrative: tuple[int, int, int, bool, bool], clues: Clues) -> bool:
    _, sentence, paragraph, opens, bare_year = narrative
    if not opens:  # "Northern Arrow bought the stake in 2008. The company reported a loss in May": this May
        # (and not a report of it: "profit rose in 2012, the company said in April"); a bare year told in passing
        # sets no scene even in its sentence ("ordered the computer in 1996 and took delivery in August": this
        # August), a month or a day does ("was arrested in March 2012 and convicted in November")
        # ("that December" points back to it: "discussed a merger in 1996 but broke off talks that December")
        return sentence == clues.sentence >= 0 and not clues.reporting and (not bare_year or clues.prep == "that")
    if sentence >= 0 and clues.sentence >= 0 and 0 <= clues.sentence - sentence <= NARRATIVE_SENTENCES:
        return True
    return 0 <= clues.paragraph - paragraph <= 1


def pick_year(spec: Spec, clues: Clues, dct: dt.date | None, narrative: tuple[int, int, int, bool, bool] | None,
              neighbour_year: int | None, told_day: tuple[Spec, int] | None = None) -> tuple[int | None, str]:
    """The year of a date that does not state it, and which rule gave it (:mod:`.resolve`, steps 1-4);
    ``narrative`` is the timeline's last scene-setter (year, sentence, paragraph, whether it opens its sentence),
    ``told_day`` the last day told with its year, and its sentence."""
    if neighbour_year is not None and spec.direction is None:  # ("launched last September through the end of
        return neighbour_year, "context"  # 1990": the one before now, not 1990's)
    if clues.habitual and spec.direction is None:
        return None, "unresolved"  # "normally begins in late September": any year's (XXXX-09), not "this fall"
    if told_day is not None and spec.direction is None and (year := _days_after(spec, clues, dct, told_day)):
        return year, "narrative"
    story = narrative if spec.direction is None else None  # "last September" counts from now
    if story is not None and _near(story, clues):
        year = story[0]
        if dct is None:
            return year, "narrative"
        # a dated history, told in the past tense ("as of February, the store accounts for..." is about now;
        # "deliveries start in 2007 ... on November 11" is a plan, read against the publication date)
        # the scene set in the same sentence counts however near ("In 1988, profit fell in the fourth quarter")
        same = story[1] == clues.sentence >= 0 and year < dct.year
        if (same or dct.year - year >= NARRATIVE_MIN_DISTANCE) and clues.tense in (None, "past"):
            return year, "narrative"
    if dct is not None:
        return publication_year(spec, dct, clues), "publication"
    return None, "unresolved"
