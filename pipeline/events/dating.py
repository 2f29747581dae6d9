"""Which dates of a sentence date a happening, and how several dates of one predicate combine.

Pure functions over :class:`~pipeline.records.TimeExpression` values and the text around them (comparison
baselines are :mod:`.baselines`): ranges ("from July to August 2001"), lists ("April and November 2017"),
nested dates ("in 2018, on June 14"), open intervals ("since 1990", "until Friday", "by 2012"), the vague
references ("now", "recently", "in the future") and the precision of a TIMEX3 value; and which sentences a
date belongs to, and which sentences the parser split too early make one unit.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from ..lang.dates.rules import RE_OF_OWNER, RE_POSSESSIVE, RE_POSSESSIVE_GAP
from ..lang.events import DEFAULT_TYPE, lookup, verb_of, verbs
from ..records import Predicate, Sentence, TimeExpression
from .objects import SINCE, UNTIL

RE_PLAIN_VALUE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?$")
RE_LIST = re.compile(r"\b(?:and|&)\b|,\s*(?!\d{4})", re.IGNORECASE)
RE_RANGE_WORDS = re.compile(r"\b(?:between|from|to|until|till|through|thru)\b|[-–—]", re.IGNORECASE)
RE_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
RE_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$", re.IGNORECASE)
# A date expression that only points back at the narrative's current time.
RE_SAME_TIME = re.compile(
    r"^(?:on\s+|at\s+|in\s+)?(?:that|the\s+same|the\s+very\s+same|this\s+same)\s+"
    r"(?:day|date|morning|afternoon|evening|night|week|weekend|month|year|time)$|^(?:at\s+)?the\s+time$",
    re.IGNORECASE,
)
# Unresolved but informative values ("Thursday" without a publication date): XXXX-WXX-4, XXXX-08-23...
# a value with no calendar bounds that still dates: a day of no known year, a fiscal year ("in fiscal 1989")
RE_PARTIAL_VALUE = re.compile(r"^(?:XXXX-(?:\d\d(?:-\d\d)?|WXX-\d)|FY\d{4}(?:-Q[1-4]|-H[12])?$)")  # no day bounds
RE_DAY = re.compile(r"^-?\d{4,}-\d\d-\d\d")
# The word before a date that makes it one end of an open interval: "since 1990" (from 1990 to the
# publication date), "until Friday", "by 2012" (up to the date).
RE_SINCE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)
RE_UNTIL = re.compile(r"\b(?:until|till|by|(?:no|not)\s+later\s+than)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
OPEN_START, OPEN_END = "ON_OR_AFTER", "ON_OR_BEFORE"
# "after 2008", "before March 1": a happening on one side of the date (mod AFTER / BEFORE); not "shortly after
# midnight" (about then) nor "after Tuesday's vote" (the date is the vote's)
RE_SIDE = re.compile(r"(?<![\w-])(?P<side>after|before|prior\s+to|ahead\s+of(?:\s+the)?)\s+$", re.IGNORECASE)
RE_ABOUT = re.compile(r"\b(?:shortly|just|soon|right|immediately|moments?|minutes?|hours?|long|only)\s+$",
                      re.IGNORECASE)
REF_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
TYPE_KEY = "type:"  # earlier events are also remembered by type, for a noun naming one another way
_PRECISION_ORDER = ("time", "day", "week", "month", "season", "quarter", "year", "decade", "century")


@dataclass
class Slot:
    """One dated happening in a sentence, before it becomes an Event."""

    predicate: Predicate | None
    timex: TimeExpression
    start_date: str | None
    end_date: str | None
    value: str | None
    precision: str | None
    date_text: str
    date_start: int
    date_end: int
    inherited: bool = False
    sentence: Sentence | None = None  # the sentence whose parse holds ``predicate``
    mod: str | None = None  # the timex's mod, or ON_OR_AFTER / ON_OR_BEFORE for an open interval
    kind: str = "other"  # the event type, once the predicate is classified
    trigger: Predicate | None = None  # the word that names the event (classify)
    group: int = -1  # the date it came from: slots of one date and one happening merge (builder, rule 2c)
    companion: str = ""  # how it is dated through the predicate the date attaches to: coordinate, argument
    also: tuple[str, ...] = ()  # triggers of companions of the same type merged into this slot
    value_to: str | None = None  # the TIMEX3 value of a range's second end ("from 2009 to 2011": 2011)
    value_from: str | None = None  # the first end's, on the slot of a range's second end (2009)


def precision_of(value: str | None) -> str | None:
    """Precision of a TIMEX3 value when the date record does not give one."""
    if not value:
        return None
    first = value.split("/")[0]
    if "T" in first:
        return "time"
    if RE_DAY.match(first):
        return "day"
    if re.match(r"^\d{4}-W\d\d", first):
        return "week"
    if re.match(r"^\d{4}-Q\d", first):
        return "quarter"
    if re.match(r"^\d{4}-(?:SP|SU|FA|WI)", first):
        return "season"
    if re.match(r"^\d{4}-\d\d$", first):
        return "month"
    if re.match(r"^\d{4}$", first):
        return "year"
    if re.match(r"^\d{3}$", first):
        return "decade"
    if re.match(r"^\d{2}$", first):
        return "century"
    return None


def slot_of(timex: TimeExpression) -> Slot:
    """A slot with the date of ``timex`` (its predicate is set once the parse is read)."""
    return Slot(None, timex, timex.start_date, timex.end_date, timex.value,
                 timex.precision or precision_of(timex.value), timex.text, timex.start, timex.end,
                 mod=timex.mod)


def ref_slot(timex: TimeExpression, published: str | None) -> Slot:
    """A slot for a vague reference: "now" is the publication day, "recently" ends on it, "in the
    future" begins on it (the other end is open: null)."""
    value = timex.value
    start = published if value in ("PRESENT_REF", "FUTURE_REF") else None
    end = published if value in ("PRESENT_REF", "PAST_REF") else None
    return Slot(None, timex, start, end, value, None, timex.text, timex.start, timex.end, mod=timex.mod)


# "ten days before", "two weeks after", "a month prior to": a duration counted from what follows it
RE_SIGNAL = re.compile(r"\s*(?P<s>before|after|prior\s+to|ahead\s+of|following)\s+", re.IGNORECASE)
RE_DURATION = re.compile(r"^P(?P<n>\d+)(?P<u>[DWMY])$")


RE_THE_UNIT = re.compile(r"(?:the|a)\s+(?P<u>day|week|month|year)", re.IGNORECASE)  # "the day after the arrest"


RE_WITHIN_BEFORE = re.compile(r"\b(?:in|during|of|throughout|through|for)\s+$", re.IGNORECASE)
RE_NOUN_GAP = re.compile(r"(?:the\s+)?(?:[a-z][\w'-]*\s+){1,3}(?:on|of|in|at)\s+", re.IGNORECASE)  # "the vote on "
RE_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:about|almost|nearly|more\s+than|over|some|at\s+least)\s+)?$", re.I)


def count_of(timex: TimeExpression) -> str | None:
    """The duration a counted expression moves by: its value ("P2D"), or one unit for "the day" ("the day
    after the arrest", "the week before the vote"); None for other expressions."""
    if timex.type == "DURATION":
        return timex.value if timex.value and RE_DURATION.match(timex.value) else None
    m = RE_THE_UNIT.fullmatch(timex.text.strip())
    return f"P1{m['u'][0].upper()}" if m else None


def counted_from(text: str, duration: TimeExpression) -> tuple[int, int] | None:
    """For a duration followed by "before"/"after" ("ten days before ...", "the day after ..."), the sign (-1
    before, +1 after) and the offset where what it counts from begins; None otherwise."""
    m = RE_SIGNAL.match(text, duration.end) if count_of(duration) else None
    if m is None or (duration.type != "DURATION" and RE_WITHIN_BEFORE.search(text, 0, duration.start)):
        return None  # not a period something happens in: "earlier in the day before rallying"
    if RE_FOR_BEFORE.search(text, 0, duration.start):
        return None  # how long it lasted: "deliberated for three days before returning its verdict"
    signal = m["s"].lower().split()[0]
    return (-1 if signal in ("before", "prior", "ahead") else 1), m.end()


def counter_before(text: str, sentence: Sentence, counters: Sequence[tuple[TimeExpression, tuple[int, int]]],
                   timex: TimeExpression) -> tuple[tuple[TimeExpression, tuple[int, int]] | None, Predicate | None]:
    """The counted duration (with ``counted_from``'s sign and offset) that ``timex`` is counted from, right after
    its "before"/"after" ("two days before Christmas"), or after the event noun the date is of ("three days
    before the vote on Feb. 12": the vote is Feb. 12's, returned too); (None, None) otherwise."""
    for counter in counters:
        at = counter[1][1]
        if at > timex.start:
            continue
        if text[at:timex.start].strip().lower() in ("", "the"):
            return counter, None
        if RE_NOUN_GAP.fullmatch(text, at, timex.start) and not any(
                p.kind != "noun" and at <= p.start < timex.start for p in sentence.predicates):
            noun = next((p for p in sentence.predicates if p.kind == "noun" and at <= p.start < timex.start), None)
            if noun is not None:
                return counter, noun
    return None, None


def names_of(lemma: str) -> tuple[str, ...]:
    """The names an event may be referred back by: its lemma and the verb it is derived from."""
    verb = verb_of(lemma)
    return (lemma,) if verb is None or verb == lemma else (lemma, verb)


def counted_since(text: str, sentence: Sentence, duration: TimeExpression, counted: tuple[int, int],
             earlier: Mapping[str, Slot]) -> Slot | None:
    """Rule 8: "ten days before the shooting", "two days after the crash": the date of the event the text
    named before, moved by the duration; None when the text gave that event no date."""
    sign, at = counted
    noun = next((w for w in sentence.words if w.start >= at and w.pos in ("NOUN", "PROPN")), None)
    if noun is None or (noun.ent and noun.ent in ("DATE", "TIME")):
        return None
    ref = next((earlier[k] for k in names_of(noun.lemma) if k in earlier), None)
    if ref is None and (kind := lookup(noun.lemma, pos="noun")) not in (None, DEFAULT_TYPE):
        ref = earlier.get(TYPE_KEY + kind)  # "opened fire at a school ... Ten days before the shooting"
    if ref is None:
        return None
    base = dataclasses.replace(ref, timex=duration, inherited=False, date_start=noun.start, date_end=noun.end)
    moved = shifted(base, duration, sign, text)
    return None if moved is None else dataclasses.replace(moved, date_text=text[duration.start:noun.end],
                                              date_start=duration.start, date_end=noun.end)


def counted_back(text: str, sentence: Sentence, duration: TimeExpression,
                 timexes: Sequence[TimeExpression]) -> tuple[Slot, Predicate] | None:
    """What a duration set after a dated clause counts from, dated back from that clause's day: "bombed rebel
    positions on Saturday, a day after the opposition rejected talks" (the rejecting is Friday's); "on Sunday,
    hours after a bomber blew himself up" (the same day). The event is the first verb of the phrase after
    "after"/"before", else its first event noun."""
    m = RE_SIGNAL.match(text, duration.end)
    if m is None or not text[sentence.start:duration.start].rstrip().endswith(","):
        return None
    sign, at = (-1 if m["s"].lower().split()[0] in ("before", "prior", "ahead") else 1), m.end()
    if any(at <= t.start < sentence.end and t.type in ("DATE", "TIME") and not re.search(r"[,;:]", text[at:t.start])
           for t in timexes):
        return None  # the clause tells its own date: "three weeks after the walkout began Aug. 6"
    anchor = next((t for t in reversed(timexes) if t.end <= duration.start and t.type == "DATE"
                   and t.start_date and t.start_date == t.end_date), None)
    near = [p for p in sentence.predicates if p.start >= at and not re.search(r"[,;:]", text[at:p.start])]
    pred = next((p for p in near if p.kind != "noun"), near[0] if near else None)  # the verb, else the noun
    if anchor is None or pred is None:
        return None
    within_day = RE_WITHIN_DAY.match(duration.value or "")
    moved = slot_of(anchor) if within_day else shifted(slot_of(anchor), duration, -sign, text)
    if moved is None:
        return None
    return dataclasses.replace(moved, timex=duration, date_text=duration.text, date_start=duration.start,
                               date_end=duration.end), pred


RE_WITHIN_DAY = re.compile(r"^PT(?:[1-9]|1\d|X)[HM]$|^PT[1-5]?\dM$")  # "hours after", "minutes before"


def shifted(slot: Slot, duration: TimeExpression, sign: int, text: str) -> Slot | None:
    """The slot moved by ``duration`` ("two days before Christmas": December 23), spanning the whole
    phrase; None when the move cannot be made at the slot's precision (days from a month)."""
    m = RE_DURATION.match(count_of(duration) or "")
    base = RE_PLAIN_VALUE.match(slot.value or "")
    if m is None or base is None:
        return None
    n, unit = int(m["n"]) * sign, m["u"]
    year, month, day = int(base["y"]), base["m"] and int(base["m"]), base["d"] and int(base["d"])
    try:
        if unit in "DW" and day:
            moved = dt.date(year, month, day) + dt.timedelta(days=n * (7 if unit == "W" else 1))
            value = moved.isoformat()
        elif unit == "M" and month:
            total = year * 12 + month - 1 + n
            y, mo = total // 12, total % 12 + 1
            value = f"{y:04d}-{mo:02d}" + (f"-{min(day, calendar.monthrange(y, mo)[1]):02d}" if day else "")
        elif unit == "Y":
            value = f"{year + n:04d}" + slot.value[4:]
        else:
            return None
        bounds = value_bounds(value)
    except (ValueError, OverflowError):
        return None
    if bounds is None:
        return None
    start = min(duration.start, slot.date_start)
    end = max(duration.end, slot.date_end)
    return dataclasses.replace(slot, start_date=bounds[0], end_date=bounds[1], value=value,
                               precision=precision_of(value), date_text=text[start:end], date_start=start,
                               date_end=end, mod=None)


def open_interval(text: str, slot: Slot, published: str | None) -> Slot:
    """"since 1990": from 1990 to the publication date (mod ON_OR_AFTER); "until Friday", "by 2012": up to
    the date, from the publication date when that is before it (mod ON_OR_BEFORE); "after 2008": from the day
    after it, to the publication date when that is later (mod AFTER); "before March 1": up to the day before
    it, from the publication date when that is earlier (mod BEFORE). ``date`` keeps the value of the
    expression; other slots are returned as they are. A verb a dated happening bounds takes the same open
    interval (its ``companion`` is :data:`.objects.UNTIL` or :data:`.objects.SINCE`: "worked there until his
    death in 1958")."""
    before = text[max(0, slot.date_start - 24):slot.date_start]
    if slot.start_date and slot.end_date and (RE_SINCE.search(before) or slot.companion == SINCE):
        end = published if published and published >= slot.start_date else slot.end_date
        return dataclasses.replace(slot, end_date=max(end, slot.end_date), mod=OPEN_START)
    if slot.start_date and slot.end_date and (RE_UNTIL.search(before) or slot.companion == UNTIL):
        start = published if published and published <= slot.end_date else None
        return dataclasses.replace(slot, start_date=start and min(start, slot.start_date), mod=OPEN_END)
    side = RE_SIDE.search(before)
    if side and slot.start_date and slot.end_date and not RE_ABOUT.search(before, 0, side.start()) \
            and not RE_POSSESSIVE.match(text, slot.date_end):
        day = dt.timedelta(days=1)
        if side["side"].lower() == "after":
            # "after the start of the year": from its start; "after 2008": from the day after it
            first = slot.start_date if slot.mod == "START" else (dt.date.fromisoformat(slot.end_date) + day).isoformat()
            end = published if published and published >= first else None
            return dataclasses.replace(slot, start_date=first, end_date=end, mod="AFTER")
        # "before the end of the month": up to its end; "before March 1": up to the day before
        last = slot.end_date if slot.mod == "END" else (dt.date.fromisoformat(slot.start_date) - day).isoformat()
        start = published if published and published <= last else None
        return dataclasses.replace(slot, start_date=start, end_date=last, mod="BEFORE")
    return slot


def value_bounds(value: str) -> tuple[str, str] | None:
    """Day bounds of a plain calendar value (YYYY, YYYY-MM, YYYY-MM-DD), None for anything else."""
    if m := RE_PLAIN_VALUE.match(value):
        year, month, day = int(m["y"]), m["m"] and int(m["m"]), m["d"] and int(m["d"])
        try:
            if day:
                return dt.date(year, month, day).isoformat(), dt.date(year, month, day).isoformat()
            if month:
                last = calendar.monthrange(year, month)[1]
                return dt.date(year, month, 1).isoformat(), dt.date(year, month, last).isoformat()
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        except ValueError:
            return None
    return None


def list_slots(timex: TimeExpression) -> list[Slot]:
    """"April and November 2017" normalized as one interval is two dates: one slot for each end."""
    if not (timex.value and RE_LIST.search(timex.text) and not RE_RANGE_WORDS.search(timex.text)):
        return []
    parts = timex.value.split("/")
    bounds = [value_bounds(p) for p in parts]
    if len(parts) != 2 or None in bounds:
        return []
    return [Slot(None, timex, b[0], b[1], p, precision_of(p), timex.text, timex.start, timex.end)
            for p, b in zip(parts, bounds, strict=True)]


def _contains(a: Slot, b: Slot) -> bool:
    """True when a's day bounds contain b's."""
    if not (a.start_date and a.end_date and b.start_date and b.end_date):
        return False
    return a.start_date <= b.start_date and b.end_date <= a.end_date


def _range_ends(text: str, a: Slot, b: Slot) -> tuple[Slot, Slot] | None:
    """The two slots of "from A to B" / "between A and B", else None: TimeML anchors the event to each end
    (BEGUN_BY A, ENDED_BY B), so each end dates it with its own value and expression, A's slot with B's value as
    ``value_to`` and B's with A's as ``value_from``; both span the days of the whole range."""
    if not (a.start_date and b.end_date and a.start_date <= b.end_date):
        return None
    if not RE_RANGE_JOIN.match(text[a.date_end:b.date_start]):
        return None
    before = text[max(0, a.date_start - 12):a.date_start]
    if not RE_RANGE_START.search(before) and a.date_text.lower().split()[:1] not in (["from"], ["between"]):
        return None
    first = Slot(a.predicate, a.timex, a.start_date, b.end_date, a.value,
                 _coarser([p for p in (a.precision, b.precision) if p]), a.date_text, a.date_start, a.date_end,
                 sentence=a.sentence, value_to=b.value)
    return first, dataclasses.replace(first, timex=b.timex, value=b.value, date_text=b.date_text,
                                      date_start=b.date_start, date_end=b.date_end, value_to=None, value_from=a.value)


def _coarser(precisions: Sequence[str]) -> str | None:
    """The coarsest of some precisions ("month" of "day" and "month")."""
    known = [p for p in precisions if p in _PRECISION_ORDER]
    return max(known, key=_PRECISION_ORDER.index) if known else (precisions[0] if precisions else None)


RE_JOINED = re.compile(r"\s*(?:,|on|of)?\s*", re.IGNORECASE)  # "dawn on Sunday", "10 p.m., Monday"


def combine(text: str, slots: list[Slot]) -> list[Slot]:
    """Apply rule 5 to the slots of one predicate (in text order)."""
    targets = [o for o in slots if RE_FOR_BEFORE.search(text, max(0, o.date_start - 8), o.date_start)
               and o.value not in REF_VALUES and o.predicate is not None and o.predicate.kind == "verb"
               and o.predicate.lemma not in verbs("intention") | verbs("scheduling")]
    if targets and any(o.value in REF_VALUES for o in slots):
        # "now" beside the date the happening is for: "is currently reviewing its flight schedule for the fall"
        slots = [o for o in slots if o not in targets]
    out: list[Slot] = []
    for slot in slots:
        if out and (ends := _range_ends(text, out[-1], slot)) is not None:
            out[-1:] = ends
            continue
        if out and slot.value and (out[-1].value or "").startswith(slot.value + "T") \
                and RE_JOINED.fullmatch(text, out[-1].date_end, slot.date_start):
            # the day of the time told right before it ("until 3 p.m. on Monday"): the date expression is both
            out[-1] = dataclasses.replace(out[-1], date_text=text[out[-1].date_start:slot.date_end],
                                          date_end=slot.date_end)
            continue
        if out and RE_POSSESSIVE_GAP.fullmatch(text, out[-1].date_end, slot.date_start):
            out[-1] = slot  # "fiscal 1990's first quarter", "last year's third quarter": the part of the whole
            continue
        if out and RE_OF_OWNER.fullmatch(text, out[-1].date_end, slot.date_start):
            continue  # "the second quarter of Dell's fiscal 2014": the quarter
        bounds = (slot.start_date, slot.end_date)
        alike = [i for i, o in enumerate(out) if bounds[0] and (o.start_date, o.end_date) == bounds]
        # (the one written next to it: "between 1 a.m. and 3 a.m. on Oct. 12" is 3 a.m.'s)
        same = next((i for i in alike if RE_JOINED.fullmatch(text, out[i].date_end, slot.date_start)),
                    alike[0] if alike else None)
        if same is not None:  # "at 10 a.m. on Monday": keep the finer of two dates of the same day
            other = out[same]
            if _finer(slot.precision, other.precision) or (
                    slot.precision == other.precision and other.timex.anchor == "context"
                    and slot.timex.anchor not in ("context", None)) or (
                    slot.precision == other.precision and other.companion and not slot.companion):
                out[same] = slot  # and the day named over the one worked out from it ("the third straight
                # session on Monday": Monday), and the predicate's own over one it shares ("rejected it in March,
                # saying at the time": the time)
            lo, hi = sorted((other, slot), key=lambda o: o.date_start)
            if RE_JOINED.fullmatch(text, lo.date_end, hi.date_start):
                # written together ("at dawn on Sunday"): the date expression is both
                out[same] = dataclasses.replace(out[same], date_text=text[lo.date_start:hi.date_end],
                                                date_start=lo.date_start, date_end=hi.date_end)
            continue
        if slot.value is not None and any(o.value == slot.value for o in out):
            continue  # a repeat of an unresolved value
        if any(_contains(slot, o) for o in out):
            continue  # a coarser date around a precise one
        out = [o for o in out if not _contains(o, slot)]
        out.append(slot)
    if len(out) > 1:  # "now" beside a calendar date of the same predicate adds nothing
        out = [o for o in out if o.value not in REF_VALUES] or out
    if len(out) > 1 and any(c.isdigit() for o in out for c in o.date_text):  # a day named on its noun, beside a
        out = [o for o in out if not ((p := o.predicate) is not None and p.kind == "noun" and o.precision == "day"
               and not any(c.isdigit() for c in o.date_text) and o.date_end <= p.start
               and not text[o.date_end:p.start].strip())] or out  # day in figures ("the National Day holiday ...")
    return out


def _finer(a: str | None, b: str | None) -> bool:
    """True when precision ``a`` is strictly finer than ``b`` (unknown precisions are never finer)."""
    order = {p: i for i, p in enumerate(_PRECISION_ORDER)}
    return a in order and (b not in order or order[a] < order[b])


RE_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
RE_LOWER_START = re.compile(r"[a-z]+\b")


def sentence_dates(sentences: Sequence[Sentence], dates: Sequence[TimeExpression]
                   ) -> tuple[dict[int, list[TimeExpression]], set[int]]:
    """The dates of each sentence (by index into ``sentences``), in text order, and the sentences a date runs
    on from into the next: a date the parser ran a sentence end into ("at 8:30 a.m. | local time") is its
    first sentence's, and the sentences it runs into make one unit with it (:func:`units`)."""
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[TimeExpression]] = {}
    joined: set[int] = set()
    for timex in sorted(dates, key=lambda d: (d.start, d.end)):
        k = bisect.bisect_right(starts, timex.start) - 1
        if k < 0 or timex.start >= sentences[k].end:
            continue
        if timex.end > sentences[k].end:
            last = bisect.bisect_left(starts, timex.end) - 1
            if sentences[last].end < timex.end:
                last += 1  # it ends in the space before the next sentence
            if last >= len(sentences):
                continue
            joined.update(range(k, last))
        by_sentence.setdefault(k, []).append(timex)
    return by_sentence, joined


def units(text: str, sentences: Sequence[Sentence], joined: set[int] = frozenset()) -> list[list[int]]:
    """Group sentences the parser split too early: a sentence with no final punctuation, or followed by one
    that starts with a lower-case word, runs on into the next ("... (ASEAN) | Regional Forum in Manila.",
    "'...,' | said Harper."), unless a line break separates them; and a sentence in ``joined`` (a date
    runs on from it into the next) always does."""
    units: list[list[int]] = []
    for k, sentence in enumerate(sentences):
        if units:
            prev = sentences[units[-1][-1]]
            if units[-1][-1] in joined or "\n" not in text[prev.end:sentence.start] and (
                not RE_SENTENCE_END.search(text, prev.start, prev.end)
                or RE_LOWER_START.match(text, sentence.start)
            ):
                units[-1].append(k)
                continue
        units.append([k])
    return units
