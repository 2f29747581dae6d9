"""Build dated events from sentences, normalized dates and resolved entities (no spaCy here).

The rules, in the order they apply (the README's "Events" section says the same for users):

1. Only the body counts. Sentences, dates and mentions before ``article.body_start`` (title, byline,
   dateline) make no events. A sentence the parser ended too early (no final punctuation, or the next
   one starts with a lower-case word, and no line break between them) runs on into the next.
2. A DATE or TIME expression with calendar bounds makes an event for the predicate it attaches to in the
   parse: "In July 2000, Putin paid a visit" -> visit. Durations and sets ("24 days", "annually") make none.
3. A date that only qualifies a comparison makes no event: "compared to 2017", "up 5% from 2016", "than in
   2015", "the highest level since 2008".
4. A date that describes a thing makes no event: it hangs (through "of", "from", or as a modifier) from a
   noun that is not an event noun: "the document of 1961", "his 2016 book". A date on an event noun makes
   the noun the trigger: "the development of the program in 2016-2017" -> development.
5. Two dates on one predicate give two events ("In April and November 2017 ... visited"), unless they are
   the ends of a range ("from May to June", "between 2007 and 2012": one event, an ISO 8601 interval) or one
   contains the other ("in 2018, on June 14": the more precise one).
6. A sentence without an event of its own continues the event before it in the same paragraph ("The trip
   lasted 24 days."), up to three sentences: it extends the event's ``context_start``/``context_end``, and
   the names in it go to ``context_people``/``context_places``/``context_organizations``.
   ``people``/``places``/``organizations`` keep the participants named in the event's own sentence.
7. A date that only points back ("that day", "the same day", "at the time") gives an event with the date of
   the event before it in the paragraph, marked ``date_inherited``.
8. "he/him/his/she/her" in an event's sentence add the most recent person named before it (at most three
   sentences back) to ``people``; an object pronoun never refers to the subject of its own clause ("Putin
   held talks with him").
9. ``type`` comes from the trigger (``events_triggers.json``); when the trigger is not listed, or is a
   measure verb like "amount to", from its object or subject ("the trade amounted to" -> trade), or, for
   "be", from the predicate it introduces ("was the first state to establish diplomatic relations").
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from ..records import (
    Article,
    Event,
    MoneyAmount,
    Organization,
    Person,
    Place,
    Predicate,
    Sentence,
    TimeExpression,
    Word,
)
from .vocabulary import DEFAULT_TYPE, lookup

EVENT_TIMEX_TYPES = frozenset({"DATE", "TIME"})
TIME_ENTS = frozenset({"DATE", "TIME"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# fmt: off
# Nouns that are themselves spans of time: a date hanging from them passes through to their head
# ("for the 2016-2017 academic year", "at the end of 2018").
TEMPORAL_NOUNS = frozenset({
    "afternoon", "age", "anniversary", "autumn", "beginning", "century", "course", "date", "day", "decade",
    "end", "era", "evening", "fall", "half", "hour", "middle", "midst", "minute", "moment", "month",
    "morning", "night", "part", "period", "quarter", "season", "semester", "spring", "start", "summer",
    "term", "time", "turn", "week", "weekend", "winter", "year",
})
# Ways a date hangs from a noun that make it a description of the noun: "the document of 1961",
# "the 1961 document", "a letter from 2015", "President Medvedev (2008-2012)".
DESCRIPTIVE_DEPS = frozenset({"compound", "nummod", "nmod", "poss", "appos", "amod", "npadvmod", "quantmod"})
DESCRIPTIVE_PREPS = frozenset({"of", "from", "dated"})
# Verbs that measure rather than happen: their event type is that of their subject or object.
MEASURE_VERBS = frozenset({
    "account", "amount", "be", "climb", "decline", "decrease", "drop", "establish", "exceed", "fall", "grow",
    "increase", "jump", "reach", "remain", "rise", "stand", "total",
})
# Verbs that are meetings only when a person is received: "received the president", not "received orders".
HOSTING_VERBS = frozenset({"greet", "host", "receive", "welcome"})
PERSON_NOUNS = frozenset({
    "ambassador", "chairman", "chairwoman", "chief", "counterpart", "delegate", "delegation", "diplomat",
    "envoy", "guest", "head", "king", "leader", "minister", "official", "premier", "president", "queen",
    "representative", "secretary", "speaker", "visitor",
})
PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
PRONOUN_WINDOW = 3  # sentences back where a pronoun's antecedent is looked for
MAX_CONTEXT_SENTENCES = 3  # undated sentences that can continue one event
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj", "obj"})
# fmt: on

# Words allowed between a comparison cue and the date it qualifies ("compared with the same period of").
_FILLER = (r"(?:(?:in|during|at|on|for|by|of|over|the|a|an|its|their|same|corresponding|previous|prior|last|"
           r"period|time|month|quarter|year|level|levels|figure|figures|end|start|beginning|middle|first|"
           r"second|third|fourth|half|million|billion|trillion|percent|per|cent|[$€£¥]?[\d.,]+%?)\s+){0,6}")
RE_COMPARISON = re.compile(
    r"(?:\b(?:compared|comparison|relative|versus|vs\.?|than|as\s+against)\s+(?:to\s+|with\s+)?"
    r"|\b(?:up|down|higher|lower|rise|rises|rose|risen|fall|falls|fell|fallen|drop|drops|dropped|"
    r"increased?|decreased?|jump(?:s|ed)?|climb(?:s|ed)?|grow|grows|grew|grown|declined?|gain(?:s|ed)?|"
    r"slip(?:s|ped)?)\b[^,;:()]{0,40}?\bfrom\s+"
    r"|\b(?:\w+est|first|most|least)\s+(?:[\w-]+\s+){0,5}since\s+)" + _FILLER + r"$",
    re.IGNORECASE,
)
RE_PLAIN_VALUE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?$")
RE_LIST = re.compile(r"\b(?:and|&)\b|,\s*(?!\d{4})", re.IGNORECASE)
RE_RANGE_WORDS = re.compile(r"\b(?:between|from|to|until|till|through|thru)\b|[-–—]", re.IGNORECASE)
RE_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
RE_LOWER_START = re.compile(r"[a-z]+\b")
RE_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
RE_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$", re.IGNORECASE)
# A date expression that only points back at the narrative's current time.
RE_SAME_TIME = re.compile(
    r"^(?:on\s+|at\s+|in\s+)?(?:that|the\s+same|the\s+very\s+same|this\s+same)\s+"
    r"(?:day|date|morning|afternoon|evening|night|week|weekend|month|year|time)$|^(?:at\s+)?the\s+time$",
    re.IGNORECASE,
)
# Unresolved but informative values ("Thursday" without a publication date): XXXX-WXX-4, XXXX-08-23...
RE_PARTIAL_VALUE = re.compile(r"^XXXX-(?:\d\d(?:-\d\d)?|WXX-\d)")
RE_DAY = re.compile(r"^-?\d{4,}-\d\d-\d\d")


@dataclass
class _Slot:
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


@dataclass
class _Draft:
    """An event being built: its slot, sentence span and the sentences that continue it."""

    slot: _Slot
    paragraph: int
    start: int
    end: int
    people: list[str]
    places: list[str]
    organizations: list[str]
    money: list[str]
    context_start: int | None = None
    context_end: int | None = None
    followers: int = 0
    context_names: dict[str, list[str]] = field(default_factory=lambda: {"people": [], "places": [],
                                                                          "organizations": []})


def _precision(value: str | None) -> str | None:
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


def _slot(timex: TimeExpression) -> _Slot:
    return _Slot(None, timex, timex.start_date, timex.end_date, timex.value,
                 timex.precision or _precision(timex.value), timex.text, timex.start, timex.end)


def _value_bounds(value: str) -> tuple[str, str] | None:
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


def _list_slots(timex: TimeExpression) -> list[_Slot]:
    """"April and November 2017" normalized as one interval is two dates: one slot for each end."""
    if not (timex.value and RE_LIST.search(timex.text) and not RE_RANGE_WORDS.search(timex.text)):
        return []
    parts = timex.value.split("/")
    bounds = [_value_bounds(p) for p in parts]
    if len(parts) != 2 or None in bounds:
        return []
    return [_Slot(None, timex, b[0], b[1], p, _precision(p), timex.text, timex.start, timex.end)
            for p, b in zip(parts, bounds, strict=True)]


def is_comparison(text: str, sentence_start: int, date_start: int) -> bool:
    """True when the date at ``date_start`` is the baseline of a comparison ("compared to 2017")."""
    left = text[max(sentence_start, date_start - 120):date_start]
    return bool(RE_COMPARISON.search(left))


def _date_words(words: Sequence[Word], start: int, end: int) -> list[int]:
    return [i for i, w in enumerate(words) if w.start < end and start < w.end and not w.pos == "SPACE"]


def governor(sentence: Sentence, start: int, end: int) -> tuple[Predicate | None, bool]:
    """The predicate a date at ``[start, end)`` attaches to, and whether the date only describes a thing.

    Walks up the parse from the date: prepositions, temporal nouns ("the end of 2018") and adjectives are
    passed through; the first verb, copula or event noun is the governor. A plain noun reached through "of"
    or "from", or as a modifier, makes the date descriptive (``(None, True)``). ``(None, False)`` when the
    walk reaches the root without a predicate. A date that is the subject of "be" ("2009 was a pivotal
    year") is descriptive too.
    """
    words = sentence.words
    inside = _date_words(words, start, end)
    if not inside:
        return None, False
    members = set(inside)
    by_word = {p.word: p for p in sentence.predicates}
    node = next((i for i in inside if words[i].head not in members or words[i].head == i), inside[0])
    seen = set()
    while node not in seen:
        seen.add(node)
        head = words[node].head
        if head == node:
            return None, False
        if head in by_word and head not in members:
            pred = by_word[head]
            if pred.kind == "copula" and words[node].dep in ("nsubj", "attr"):
                return None, True  # "2009 was a pivotal year": the date is what is described
            return pred, False
        hw = words[head]
        if hw.pos in NOUN_POS and hw.ent not in TIME_ENTS and head not in members:
            child = words[node]
            if hw.lemma.lower() not in TEMPORAL_NOUNS and hw.pos == "NOUN" and (
                child.dep in DESCRIPTIVE_DEPS
                or (child.pos == "ADP" and child.lemma.lower() in DESCRIPTIVE_PREPS)
            ):
                return None, True
        node = head
    return None, False


def _main_predicate(sentence: Sentence) -> Predicate | None:
    preds = [p for p in sentence.predicates if p.kind != "noun"]
    return next((p for p in preds if p.is_root), None) or next(iter(preds), None)


def _contains(a: _Slot, b: _Slot) -> bool:
    """True when a's day bounds contain b's."""
    if not (a.start_date and a.end_date and b.start_date and b.end_date):
        return False
    return a.start_date <= b.start_date and b.end_date <= a.end_date


def _merge_range(text: str, a: _Slot, b: _Slot) -> _Slot | None:
    """One slot for "from A to B" / "between A and B", else None."""
    if not (a.start_date and b.end_date and a.start_date <= b.end_date):
        return None
    if not RE_RANGE_JOIN.match(text[a.date_end:b.date_start]):
        return None
    before = text[max(0, a.date_start - 12):a.date_start]
    if not RE_RANGE_START.search(before) and a.date_text.lower().split()[:1] not in (["from"], ["between"]):
        return None
    precisions = [p for p in (a.precision, b.precision) if p]
    return _Slot(a.predicate, a.timex, a.start_date, b.end_date, f"{a.value}/{b.value}",
                 _coarser(precisions), text[a.date_start:b.date_end], a.date_start, b.date_end,
                 sentence=a.sentence)


_PRECISION_ORDER = ("time", "day", "week", "month", "season", "quarter", "year", "decade", "century")


def _coarser(precisions: Sequence[str]) -> str | None:
    known = [p for p in precisions if p in _PRECISION_ORDER]
    return max(known, key=_PRECISION_ORDER.index) if known else (precisions[0] if precisions else None)


def _combine(text: str, slots: list[_Slot]) -> list[_Slot]:
    """Apply rule 5 to the slots of one predicate (in text order)."""
    out: list[_Slot] = []
    for slot in slots:
        if out and (merged := _merge_range(text, out[-1], slot)) is not None:
            out[-1] = merged
            continue
        bounds = (slot.start_date, slot.end_date)
        same = next((i for i, o in enumerate(out) if bounds[0] and (o.start_date, o.end_date) == bounds),
                    None)
        if same is not None:  # "at 10 a.m. on Monday": keep the finer of two dates of the same day
            if _finer(slot.precision, out[same].precision):
                out[same] = slot
            continue
        if slot.value is not None and any(o.value == slot.value for o in out):
            continue  # a repeat of an unresolved value
        if any(_contains(slot, o) for o in out):
            continue  # a coarser date around a precise one
        out = [o for o in out if not _contains(o, slot)]
        out.append(slot)
    return out


def _finer(a: str | None, b: str | None) -> bool:
    """True when precision ``a`` is strictly finer than ``b`` (unknown precisions are never finer)."""
    order = {p: i for i, p in enumerate(_PRECISION_ORDER)}
    return a in order and (b not in order or order[a] < order[b])


def _type(sentence: Sentence, pred: Predicate | None, text: str) -> tuple[str, Predicate | None]:
    """Event type of a predicate (rule 9) and the predicate that names the event (the trigger)."""
    if pred is None:
        return DEFAULT_TYPE, None
    words = sentence.words
    pos = "noun" if pred.kind == "noun" or pred.light_verb else "verb"
    kind = lookup(pred.lemma, pos=pos, text=text[pred.start:pred.end] if pos == "noun" else "")
    if pred.lemma in HOSTING_VERBS and not (0 <= pred.object < len(words) and _is_person(words[pred.object])):
        kind = None
    if kind and kind != DEFAULT_TYPE and pred.lemma not in MEASURE_VERBS:
        return kind, pred
    nouns = {p.word: p for p in sentence.predicates if p.kind == "noun"}
    event_subject = None
    for idx in (pred.object, pred.subject):
        if not (0 <= idx < len(words) and words[idx].pos == "NOUN"):
            continue
        w = words[idx]
        arg = lookup(w.lemma, pos="noun", text=text[w.start:w.end])
        if arg and arg != DEFAULT_TYPE:
            # "the trade amounted to" -> trade (trigger amount); "the summit was in May" -> summit
            return arg, nouns.get(idx, pred) if pred.kind == "copula" else pred
        if arg and pred.kind == "copula" and idx in nouns:
            event_subject = event_subject or nouns[idx]
    if pred.kind == "copula" or pred.lemma in MEASURE_VERBS:
        # "was the first state to establish diplomatic relations": the clause the copula introduces
        for other in sentence.predicates:
            if other.kind != "verb" or other is pred or not _descends(words, other.word, pred.word):
                continue
            found, _ = _type(sentence, other, text)
            if found != DEFAULT_TYPE:
                return found, other
    # "the first flight was in 1994": the event noun, not "be"
    return kind or DEFAULT_TYPE, event_subject or pred


def _tense(sentence: Sentence | None, pred: Predicate | None) -> str | None:
    """The predicate's tense, or that of the nearest verb above it ("made its first flight": past;
    "is expected to be ready": present)."""
    if pred is None or sentence is None or pred.tense:
        return pred.tense if pred else None
    by_word = {p.word: p for p in sentence.predicates if p.kind != "noun"}
    words, node, seen = sentence.words, pred.word, set()
    while 0 <= node < len(words) and node not in seen:
        seen.add(node)
        above = by_word.get(node)
        if above is not None and above.tense:
            return above.tense
        node = words[node].head
    return None


def _is_person(word: Word) -> bool:
    return word.ent == "PERSON" or word.pos == "PRON" or word.lemma.lower() in PERSON_NOUNS


def _descends(words: Sequence[Word], node: int, ancestor: int) -> bool:
    seen = set()
    while 0 <= node < len(words) and node not in seen:
        if node == ancestor:
            return True
        seen.add(node)
        node = words[node].head
    return False


def _subtree_span(words: Sequence[Word], root: int) -> tuple[int, int]:
    inside = [w for i, w in enumerate(words) if _descends(words, i, root)]
    return min(w.start for w in inside), max(w.end for w in inside)


class _Names:
    """Entity mentions of one kind, sorted by offset, for span lookups."""

    def __init__(self, entities: Iterable[Person | Place | Organization], body_start: int):
        rows = sorted((m.start, m.end, e.name) for e in entities for m in e.mentions if m.start >= body_start)
        self.rows = rows
        self.starts = [r[0] for r in rows]

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [r for r in self.rows[lo:hi] if r[1] <= end]


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _clause(words: Sequence[Word], i: int) -> int:
    """The verb (or copula) heading the clause word ``i`` is in."""
    seen = set()
    while words[i].pos not in ("VERB", "AUX") and words[i].head != i and i not in seen:
        seen.add(i)
        i = words[i].head
    return i


def _subjects(words: Sequence[Word], clause: int) -> list[int]:
    return [j for j, x in enumerate(words) if x.head == clause and x.dep in ("nsubj", "nsubjpass")]


def _pronoun_people(
    text: str, sentence: Sentence, start: int, window_start: int, people: _Names
) -> list[tuple[int, str]]:
    """Antecedents of he/him/his/she/her in the sentence (rule 8), with the pronoun's offset.

    A pronoun in a subordinate clause refers to the main clause's subject when that subject is a name
    ("Lavrov paid a visit, during which he met Kim" -> Lavrov); if that name is not a known person the
    pronoun stays unresolved. Otherwise the most recent person before it is taken, except that an object
    pronoun never refers to the subject of its own clause ("Putin held talks with him").
    """
    out = []
    words = sentence.words
    root = next((i for i, w in enumerate(words) if w.head == i and w.dep == "ROOT"), None)
    for i, w in enumerate(words):
        if w.pos != "PRON" or w.start < start or text[w.start:w.end].lower() not in PRONOUNS:
            continue
        clause = _clause(words, i)
        main = [j for j in _subjects(words, root) if words[j].pos in NOUN_POS and words[j].end <= w.start] \
            if root is not None and clause != root else []
        if main:
            s0, s1 = _subtree_span(words, main[0])
            named = people.within(s0, s1)
            if named:
                out.append((w.start, named[-1][2]))
            continue
        candidates = people.within(window_start, w.start)
        if w.tag == "PRP" and w.dep in OBJECT_DEPS:
            spans = [_subtree_span(words, j) for j in _subjects(words, clause)]
            candidates = [c for c in candidates if not any(s0 <= c[0] and c[1] <= s1 for s0, s1 in spans)]
        if candidates:
            out.append((w.start, candidates[-1][2]))
    return out


def build(
    article: Article,
    sentences: Sequence[Sentence],
    dates: Sequence[TimeExpression],
    *,
    people: Sequence[Person] = (),
    places: Sequence[Place] = (),
    organizations: Sequence[Organization] = (),
    money: Sequence[MoneyAmount] = (),
) -> list[Event]:
    """Return the article's dated events, in text order (see the module docstring for the rules).

    Args:
        article: The article (its ``text`` and ``body_start`` are read).
        sentences: Its sentences with words and predicates (``extractors.sentences``).
        dates: Normalized temporal expressions.
        people: Resolved people; event participants are their ``name``s.
        places: Resolved places.
        organizations: Resolved organizations.
        money: Normalized amounts; an event lists the ``text`` of those in its sentence.
    """
    text = article.text
    body = article.body_start
    names = {"people": _Names(people, body), "places": _Names(places, body),
             "organizations": _Names(organizations, body)}
    amounts = sorted((m.start, m.end, m.text) for m in money if m.start >= body)
    body_sentences = [s for s in sentences if s.end > body and s.end > s.start]
    starts = [s.start for s in body_sentences]
    by_sentence: dict[int, list[TimeExpression]] = {}
    for timex in sorted(dates, key=lambda d: (d.start, d.end)):
        if timex.start < body or timex.type not in EVENT_TIMEX_TYPES:
            continue
        k = bisect.bisect_right(starts, timex.start) - 1
        if k >= 0 and timex.end <= body_sentences[k].end:
            by_sentence.setdefault(k, []).append(timex)

    drafts: list[_Draft] = []
    current: _Draft | None = None
    for unit in _units(text, body_sentences):
        first, last = body_sentences[unit[0]], body_sentences[unit[-1]]
        if current is not None and (current.paragraph != first.paragraph
                                    or current.followers >= MAX_CONTEXT_SENTENCES):
            current = None
        start, end = max(first.start, body), last.end
        slots: list[_Slot] = []
        pronouns: list[tuple[int, str]] = []
        for k in unit:
            sentence = body_sentences[k]
            slots += _slots(text, sentence, max(sentence.start, body), by_sentence.get(k, ()), current)
            window = body_sentences[max(0, k - PRONOUN_WINDOW)].start
            pronouns += _pronoun_people(text, sentence, max(sentence.start, body), max(window, body),
                                        names["people"])
        if not slots:
            if current is not None:
                _extend(current, start, end, names)
            continue
        found = {kind: names[kind].within(start, end) for kind in names}
        found["people"] = sorted(found["people"] + [(at, at, name) for at, name in pronouns])
        listed = {kind: _unique(r[2] for r in rows) for kind, rows in found.items()}
        cash = [m[2] for m in amounts if start <= m[0] and m[1] <= end]
        for slot in sorted(slots, key=lambda s: s.date_start):
            current = _Draft(slot, first.paragraph, start, end, listed["people"], listed["places"],
                             listed["organizations"], cash)
            drafts.append(current)
    return [_event(text, d) for d in drafts]


def _units(text: str, sentences: Sequence[Sentence]) -> list[list[int]]:
    """Group sentences the parser split too early: a sentence with no final punctuation, or followed by one
    that starts with a lower-case word, runs on into the next ("... (ASEAN) | Regional Forum in Manila.",
    "'...,' | said Harper."), unless a line break separates them."""
    units: list[list[int]] = []
    for k, sentence in enumerate(sentences):
        if units:
            prev = sentences[units[-1][-1]]
            if "\n" not in text[prev.end:sentence.start] and (
                not RE_SENTENCE_END.search(text, prev.start, prev.end)
                or RE_LOWER_START.match(text, sentence.start)
            ):
                units[-1].append(k)
                continue
        units.append([k])
    return units


def _slots(
    text: str, sentence: Sentence, start: int, timexes: Sequence[TimeExpression], current: _Draft | None
) -> list[_Slot]:
    """The dated happenings of one sentence (rules 2 to 5 and 7)."""
    per_predicate: dict[int | None, list[_Slot]] = {}
    order: list[int | None] = []
    fallback = _main_predicate(sentence)
    for timex in timexes:
        listed = _list_slots(timex)
        if listed:
            slot, extra = listed[0], listed[1:]
        elif timex.start_date and timex.end_date:
            slot, extra = _slot(timex), []
        elif RE_SAME_TIME.match(timex.text.strip()) and current is not None:
            ref = current.slot
            slot, extra = _Slot(None, timex, ref.start_date, ref.end_date, ref.value, ref.precision, timex.text,
                                timex.start, timex.end, inherited=True), []
        elif timex.value and RE_PARTIAL_VALUE.match(timex.value):
            slot, extra = _slot(timex), []
        else:
            continue
        if is_comparison(text, start, timex.start):
            continue
        pred, descriptive = governor(sentence, timex.start, timex.end)
        if descriptive:
            continue
        pred = pred or fallback
        if pred is None and sentence.words:
            continue  # a fragment with no predicate ("Monday, June 3")
        # without a parse (a pipeline with no parser) every dated sentence is an event with no trigger
        key = None if pred is None else pred.word if pred.kind != "noun" else -1 - pred.word
        if key not in per_predicate:
            per_predicate[key] = []
            order.append(key)
        for each in (slot, *extra):
            each.predicate, each.sentence = pred, sentence
            per_predicate[key].append(each)
    out: list[_Slot] = []
    for key in order:
        out.extend(_combine(text, per_predicate[key]))
    out.sort(key=lambda s: s.date_start)
    return out


def _extend(draft: _Draft, start: int, end: int, names: Mapping[str, _Names]) -> None:
    """Attach the sentence at ``[start, end)``, which continues ``draft`` (rule 6)."""
    if draft.context_start is None:
        draft.context_start = start
    draft.context_end = end
    draft.followers += 1
    own = {"people": draft.people, "places": draft.places, "organizations": draft.organizations}
    for kind, index in names.items():
        for _, _, name in index.within(start, end):
            if name not in own[kind] and name not in draft.context_names[kind]:
                draft.context_names[kind].append(name)


def _event(text: str, draft: _Draft) -> Event:
    slot = draft.slot
    kind, source = _type(slot.sentence, slot.predicate, text) if slot.sentence else (DEFAULT_TYPE, None)
    trigger = source or slot.predicate
    return Event(
        sentence=text[draft.start:draft.end],
        start=draft.start,
        end=draft.end,
        date=slot.value,
        start_date=slot.start_date,
        end_date=slot.end_date,
        precision=slot.precision,
        date_text=slot.date_text,
        date_start=slot.date_start,
        date_end=slot.date_end,
        date_inherited=slot.inherited,
        trigger=trigger.lemma if trigger else None,
        trigger_start=trigger.start if trigger else None,
        trigger_end=trigger.end if trigger else None,
        type=kind,
        people=tuple(draft.people),
        places=tuple(draft.places),
        organizations=tuple(draft.organizations),
        money=tuple(draft.money),
        mod=slot.timex.mod,
        tense=_tense(slot.sentence, slot.predicate),
        negated=slot.predicate.negated if slot.predicate else False,
        context_start=draft.context_start,
        context_end=draft.context_end,
        context_people=tuple(draft.context_names["people"]),
        context_places=tuple(draft.context_names["places"]),
        context_organizations=tuple(draft.context_names["organizations"]),
    )
