"""Durations and sets: how long (``24 days``, ``a year``, ``about five years``, ``decades``, ``month-long``)
and how often (``annually``, ``every two weeks``, ``twice a year``, ``$5 a year``, ``Mondays``).

A qualifier before a duration gives its TIMEX3 mod (``almost 5 years`` -> LESS_THAN); the qualifiers are
the table the money grammar reads too (``qualifiers.json``, :mod:`pipeline.lang.qualifiers`).
"""

from __future__ import annotations

import re

from .fragments import Fragments
from .lexicon import Lexicon, capitalized, phrase
from .rules import (
    UNIT_CODES,
    Definition,
    Key,
    day_number,
    is_vague,
    last_word,
    month_number,
    number,
    period,
    word_before,
)
from .spec import Spec

# fmt: off
# Words before "a year", "a week" that make it a duration ("for a year", "within a week").
A_TRIGGERS = frozenset({
    "for", "over", "within", "in", "after", "than", "lasted", "lasting", "lasts", "last", "took", "take",
    "takes", "taking", "spent", "spend", "spends", "about", "around", "nearly", "almost", "least", "just",
    "only", "under", "roughly", "approximately", "barely", "once", "twice", "half", "extra", "another",
})
PLURAL_TRIGGERS = frozenset({"for", "in", "over", "within", "after", "took", "spent", "than", "throughout",
                             "lasted", "last", "through", "about", "nearly", "almost"})
NUMBER_BEFORE = re.compile(r"(?:\d[\d,.]*%?|million|billion|thousand|trillion|percent|cent|bn|m|k)\s*$", re.I)
# fmt: on


def patterns(f: Fragments) -> dict[str, str]:
    """The regex of each rule of this family (case-insensitive), from the grammar's fragments."""
    return {
        "duration": (rf"(?:{f.durmod}\s+(?!the\b))?(?:the\s+(?P<drel>past|last|next|previous|coming|first|final"
                     rf"|following|remaining|ensuing|latest|preceding|prior)\s+)?(?P<n>{f.num})[-\s]+"
                     r"(?:(?:more|additional|extra|further)\s+)?"  # "two more years", "several more days"
                     r"(?:(?:straight|consecutive|successive|trading|business|working|full|calendar|long|short|odd"
                     r"|legislative|session|court|negotiating)"
                     rf"[-\s]+)?(?P<u>{f.unit})(?:[-\s]+(?P<tail>long|old)|(?P<half>\s+and\s+a\s+half))?(?!\w)"),
        "duration_a": (rf"(?:{f.durmod}\s+(?!the\b))?"
                       r"(?:the\s+(?P<drel>past|last|next|previous|coming|first|following)\s+)?"
                       rf"(?P<n>a|an|one)(?:\s+(?:full|whole|single))?[-\s]+(?P<u>{f.a_units})"
                       r"(?:[-\s]+(?P<tail>long|old)|(?P<half>\s+and\s+a\s+half))?(?!\w)"),
        "duration_vague": (rf"(?:{f.durmod}\s+(?!the\b))?"
                           r"(?:the\s+(?:(?P<drel>past|last|next|previous|coming|following)\s+)?)?"
                           rf"(?P<u>{f.plural_units})(?:-(?P<tail>long|old))?(?!\w)"),
        "unit_long": rf"(?P<u>{f.singular_units})-?long(?!\w)",
        # "three hours and nine minutes", "four minutes, 20 seconds": one length
        # (or told one after the other, as a race time: "41 minutes 8 seconds", "two hours six minutes 12 seconds")
        "duration_sum": (rf"(?:{f.durmod}\s+)?(?P<n>{f.num}|a|an|one)\s+(?P<u>{f.unit})"
                         rf"(?:,\s*|,?\s+and\s+|\s+)(?P<n2>{f.num}|a|an|one)\s+(?P<u2>{f.unit})"
                         rf"(?:(?:,\s*|,?\s+and\s+|\s+)(?P<n3>{f.num}|a|an|one)\s+(?P<u3>{f.unit}))?(?!\w)"),
        "set_word": f.lower + phrase(f.lex.sets) + r"(?!\w)",
        "set_every": (rf"(?:every|each(?!\s+other\b))\s+(?:(?P<other>other)\s+)?"
                      rf"(?:(?P<n>{f.num}|(?P<half>half(?:\s+an?)?))\s+)?"
                      # ("every Monday night": that part of each Monday; "every May", "every April 9": that month or
                      # day of each year)
                      rf"(?P<u>{f.unit}|(?P<wd>{f.weekday})(?:\s+(?P<dp>{f.day_part}))?|{f.day_part}|{f.season}"
                      rf"|weekend|(?P<mon>{f.month})(?:\s+(?P<mday>{f.day}))?)(?!\w)"),
        # ("five days a week", "two nights a week": so many of its days, every week)
        "set_times": (rf"(?:(?P<f>once|twice|thrice)|(?P<n>{f.num})\s+(?:times|(?P<d>days|nights)))\s+"
                      rf"(?:a|an|per|each|every)\s+(?P<u>{f.singular_units})(?!\w)"),
        "set_rate": rf"(?:a|an|per)\s+(?P<u>{f.singular_units})(?!\w)",
        # "on Thursdays", "on Saturday nights": every such day (or that part of it)
        "set_weekdays": (rf"(?P<wds>{capitalized([w + 's' for w in f.full_days], strict=f.strict)})"
                         rf"|(?P<wd1>{capitalized(f.full_days, strict=f.strict)})\s+"
                         r"(?P<dps>mornings|afternoons|evenings|nights)(?!\w)"),
    }


def keys(lex: Lexicon) -> dict[str, Key]:
    """Where the rules of this family may match (see :class:`~.rules.Key`)."""
    weekdays = frozenset(lex.weekdays)
    units = frozenset(lex.units)
    return {
        "duration": Key(units, before=45, after=14),
        "duration_a": Key(units, before=30, after=14),
        "duration_vague": Key(units, before=45, after=8),
        "unit_long": Key(units, before=2, after=6),
        "duration_sum": Key(units, before=45, after=45),
        "set_word": Key(frozenset(last_word(w) for w in lex.sets), before=12, after=2),
        "set_every": Key(frozenset({"every", "each"}), before=2, after=40),
        "set_times": Key(frozenset({"once", "twice", "thrice", "times", "days", "nights"}), before=30, after=20),
        "set_rate": Key(frozenset(k for k, v in lex.units.items() if not k.endswith("s") or k == v),
                        before=6, after=2),
        "set_weekdays": Key(frozenset(w + "s" for w in weekdays) | weekdays, capital=True, before=2, after=12),
    }


def guard_duration(f: Fragments, text: str, m: re.Match) -> bool:
    n = m["n"]
    return not (n[0].isdigit() and "," in n)


def guard_duration_a(f: Fragments, text: str, m: re.Match) -> bool:
    if m["tail"] and m["tail"].lower() == "long" and m["n"].lower() in ("a", "an") and not (m["dm"] or m["drel"]):
        return False  # "a month-long state of emergency": the article is the noun's; "month-long" is read alone
    if m["dm"] or m["drel"] or m["tail"] or text[m.end("n"):m.end("n") + 1] == "-":
        return True
    if RE_COUNTED_FROM.match(text, m.end()):
        return True  # "on Saturday, a day after the opposition rejected talks"
    return word_before(text, m.start()) in A_TRIGGERS


RE_COUNTED_FROM = re.compile(r"\s+(?:after|before)\b", re.IGNORECASE)
RE_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)


def guard_duration_vague(f: Fragments, text: str, m: re.Match) -> bool:
    if RE_AGO.match(text, m.end()):
        return False  # "just days ago": a time gone, not a span
    if m["dm"] or m["drel"] or m["tail"]:
        return True
    said = text[m.start():m.end()].lower()
    before = word_before(text, m.start())
    if before == "after" and said == "hours":
        return False  # "after hours trading"
    if said.startswith("the"):
        return before in ("over", "throughout", "through", "for")
    if before in PLURAL_TRIGGERS:
        return True
    if text[max(0, m.start() - 1):m.start()] == "-" or NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False  # "kilowatt-hours", "5,000 hours"
    # "fell ill hours after eating": counted from a happening; "ending months of speculation": a happening's span
    return bool(RE_COUNTED_FROM.match(text, m.end())) or (
        before in SPAN_ENDERS and said != "minutes" and bool(RE_OF.match(text, m.end())))


RE_OF = re.compile(r"\s+of\s+(?!the\b)", re.IGNORECASE)
SPAN_ENDERS = frozenset({"ending", "ended", "ends", "end", "capping", "after", "following", "amid", "despite",
                         "with"})


def guard_set_rate(f: Fragments, text: str, m: re.Match) -> bool:
    if m["u"].lower() == "quarter" and not m.group().lower().startswith("per") and (
            RE_SHARE_OF.match(text, m.end()) or not NUMBER_BEFORE.search(text, max(0, m.start() - 20), m.start())):
        return False  # "took a quarter of the vote", "cut output by a quarter": a fraction ("25 cents a quarter",
        # "$1.2 billion per quarter": a rate)
    if NUMBER_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return True
    # a count of things in a rate ("240,000 barrels of crude a day", "as many as 100 concerts a year"), not a
    # time counted from ("died a day after")
    if text[m.end():m.end() + 1] == "-":
        return False  # "in a quarter-final": a round
    count = RE_COUNT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    return count is not None and not RE_COUNTED_FROM_AFTER.match(text, m.end()) \
        and not RE_SHARE_OF.match(text, m.end()) \
        and not MEASURES & set(count.group().lower().split())  # (a speed or a flow: "110 miles an hour")


MEASURES = frozenset({"miles", "kilometers", "kilometres", "km", "knots", "feet", "meters", "metres", "barrels",
                      "tonnes", "tons", "gallons", "liters", "litres", "cubic", "megawatts", "pounds", "kilograms"})
RE_COUNT_BEFORE = re.compile(r"(?<![\w.,])\d(?:[\d,.]*\d)?\s+(?:[a-z]+\s+){1,3}$", re.IGNORECASE)  # ("789, or
# about a quarter of its dealers": a share)
RE_SHARE_OF = re.compile(r",?\s+of\b", re.IGNORECASE)  # "about a quarter of its dealers", "a quarter, of its"
RE_COUNTED_FROM_AFTER = re.compile(r"\s+(?:after|before|later|earlier|ago|ahead|from|since)\b", re.IGNORECASE)


VAGUE_UNIT_CODES = {"decade": "DE", "century": "CE"}  # units told in years when counted ("two decades" P20Y)


def read_duration(lex: Lexicon, m: re.Match) -> Spec | None:
    g = m.groupdict()
    unit = lex.units.get(" ".join(m["u"].lower().split()))
    if unit is None:
        return None
    code, factor, is_time = UNIT_CODES[unit]
    n_text = g.get("n")
    if n_text is None:  # a bare plural: "years", "decades-long"
        amount = None
    elif n_text.lower() in ("a", "an", "one"):
        amount = 1.0
    else:
        amount = number(lex, n_text)
        if amount is None and not is_vague(lex, n_text):
            return None
    if amount is not None and g.get("half"):
        amount += 0.5  # "an hour and a half", "two years and a half"
    value = period(amount * factor if amount is not None else None, code, is_time)
    if amount is None and unit in VAGUE_UNIT_CODES and not g.get("tail"):
        value = f"PX{VAGUE_UNIT_CODES[unit]}"  # "decades" PXDE, as TimeML writes an unknown count of them (but
        # "decades-long" PXY, as MEANTIME does)
    dm = (g.get("dm") or "").lower()
    mod = lex.qualifiers.get(" ".join(dm.split())) if dm else None
    return Spec(type="DURATION", value=value, mod=mod)


def read_set_word(lex: Lexicon, m: re.Match) -> Spec:
    return Spec(type="SET", value=lex.sets[" ".join(m.group().lower().split())])


def read_set_every(lex: Lexicon, m: re.Match) -> Spec | None:
    word = " ".join(m["u"].lower().split())
    if m["wd"] and m["wd"].lower() in lex.weekdays:
        part = lex.day_parts.get(" ".join(m["dp"].lower().split())) if m["dp"] else None
        return Spec(type="SET", value=f"XXXX-WXX-{lex.weekdays[m['wd'].lower()]}" + (f"T{part}" if part else ""))
    if word in lex.day_parts:
        part = lex.day_parts[word]
        return Spec(type="SET", value=f"XXXX-XX-XXT{part}")
    if word in lex.seasons and not m["n"] and not m["other"]:  # "every summer", "each winter"
        return Spec(type="SET", value=f"XXXX-{lex.seasons[word]}")
    if word == "weekend" and not m["n"] and not m["other"]:  # "every weekend"
        return Spec(type="SET", value="XXXX-WXX-WE")
    if m["mon"]:
        month = month_number(lex, m["mon"])
        if month is None or m["n"] or m["other"]:
            return None
        day = day_number(lex, m["mday"]) if m["mday"] else None
        return Spec(type="SET", value=f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""))
    unit = lex.units.get(word)
    if unit is None:
        return None
    amount: float | None
    if m["half"]:
        amount = 0.5  # "every half hour"
    elif m["n"] and is_vague(lex, m["n"]):
        amount = None  # "every few weeks"
    else:
        amount = number(lex, m["n"]) if m["n"] else 1.0
        if amount is None:
            return None
    if m["other"]:
        amount *= 2
    if unit == "quarter":  # "every quarter" is "quarterly" (dates_sets.json): every three months
        return Spec(type="SET", value=period(amount * 3 if amount is not None else None, "M", False))
    code, factor, is_time = UNIT_CODES[unit]
    return Spec(type="SET", value=period(amount * factor if amount is not None else None, code, is_time))


def read_set_times(lex: Lexicon, m: re.Match) -> Spec | None:
    unit = lex.units.get(m["u"].lower())
    if unit is None or (m.re.groupindex.get("d") and m["d"] and unit not in ("week", "month", "year")):
        return None  # (not "three days a day")
    code, factor, is_time = UNIT_CODES[unit]
    return Spec(type="SET", value=period(factor, code, is_time))


def read_set_weekdays(lex: Lexicon, m: re.Match) -> Spec:
    if m["wd1"]:
        part = lex.day_parts[m["dps"].lower()[:-1]]
        return Spec(type="SET", value=f"XXXX-WXX-{lex.weekdays[m['wd1'].lower()]}T{part}")
    return Spec(type="SET", value=f"XXXX-WXX-{lex.weekdays[m['wds'].lower()[:-1]]}")


# the designators of a period, in the order ISO 8601 writes them
PERIOD_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")


def read_duration_sum(lex: Lexicon, m: re.Match) -> Spec | None:
    """One period from lengths of ever smaller units: "three hours and nine minutes" -> PT3H9M."""
    parts = []
    for n_group, u_group in (("n", "u"), ("n2", "u2"), ("n3", "u3")):
        if not m[u_group]:
            continue
        unit = lex.units.get(" ".join(m[u_group].lower().split()))
        amount = 1.0 if m[n_group].lower() in ("a", "an", "one") else number(lex, m[n_group])
        if unit is None or amount is None or unit in ("quarter", "fortnight"):
            return None
        code, factor, is_time = UNIT_CODES[unit]
        if unit == "second" and m[n_group].lower() in ("a", "an") and parts and parts[-1][0] != "TM":
            return None  # an ordinal: "over the past ten days, and a second convoy"
        parts.append((("T" if is_time else "") + code, amount * factor))
    order = [PERIOD_ORDER.index(key) for key, _ in parts]
    if order != sorted(set(order)):
        return None  # not ever smaller ("two days and three years"), or a unit twice
    date = "".join(f"{_amount(n)}{key}" for key, n in parts if not key.startswith("T"))
    time = "".join(f"{_amount(n)}{key[1:]}" for key, n in parts if key.startswith("T"))
    dm = (m["dm"] or "").lower()
    mod = lex.qualifiers.get(" ".join(dm.split())) if dm else None
    return Spec(type="DURATION", value="P" + date + ("T" + time if time else ""), mod=mod)


def guard_duration_sum(f: Fragments, text: str, m: re.Match) -> bool:
    """Only lengths that make one period ("two days and three years" are two)."""
    return read_duration_sum(f.lex, m) is not None


def _amount(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def read_unit_long(lex: Lexicon, m: re.Match) -> Spec | None:
    unit = lex.units.get(m["u"].lower())
    if unit is None:
        return None
    code, factor, is_time = UNIT_CODES[unit]
    return Spec(type="DURATION", value=period(factor, code, is_time))


# fmt: off
RULES: dict[str, Definition] = {  # name -> reading, context guard (scan only), may be a side of a range
    "duration": Definition(read_duration, guard_duration, mergeable=False),
    "duration_a": Definition(read_duration, guard_duration_a, mergeable=False),
    "duration_vague": Definition(read_duration, guard_duration_vague, mergeable=False),
    "set_word": Definition(read_set_word, None, mergeable=False),
    "set_every": Definition(read_set_every, None, mergeable=False),
    "set_times": Definition(read_set_times, None, mergeable=False),
    "set_rate": Definition(read_set_times, guard_set_rate, mergeable=False),
    "set_weekdays": Definition(read_set_weekdays, None, mergeable=False),
    "unit_long": Definition(read_unit_long, None, mergeable=False),
    "duration_sum": Definition(read_duration_sum, guard_duration_sum, mergeable=False),
}
# fmt: on
