"""The event vocabulary: event types (CAMEO root codes plus a small documented set), trigger words, the
senses the syntax picks, word classes, verb classes, event nouns and the words that end names of events.

The tables (``pipeline/data/events_*.json``, documented in the README's "Events" section):

- ``events_types.json``: ``{"type": {"code": ..., "description": ...}}``. The political types are the 20 root
  codes of CAMEO as GDELT and PETRARCH use them (``statement`` 01 ... ``mass violence`` 20); ``E1``-``E8`` are
  economic and market events, ``H1``/``H2`` disasters and accidents, ``P1``-``P4`` institutions (elections,
  personnel, legislation, courts), ``S1`` sports; ``other`` (no code) is the default.
- ``events_triggers.json``: trigger -> type. A key is a lemma (``"visit"``), a plural that means something
  else than its singular (``"talks"``), a lemma restricted to one part of speech (``"state:verb"``: "they
  stated", not "the state"), or two words: a phrasal verb (``"lay off"``, ``"call for"``) or a noun with its
  modifier (``"press conference"``). A noun listed here is an *event noun*, and so is a noun derived from a
  listed verb (-ing, -tion, -ment, -al, -ure: "the shooting", "the signing", "deployment", "approval").
- ``events_senses.json``: per trigger, rules that choose the type from the syntax, tried in order: ``object``,
  ``subject``, ``modifier`` (a noun trigger's compound or adjective), ``complement`` (a verb's predicate
  adjective or noun: "found him guilty") or a preposition (``to``: its object), matched against a word
  class, an entity class (``PERSON``, ``PLACE``, ``ORG``, ``MONEY``: "lost $30 million" is earnings;
  ``DATE``, a date or span of time: "spent Monday combing the debris" is no spending) or a word list (a
  two-word entry is a noun with its modifier: "martial law"); a rule without a role is the default ("meet
  the criteria" is not a meeting; "price war" is not a war; "came to Russia" is a visit).
- ``events_classes.json``: word classes for those rules and for the measure verbs ("sales rose": sales).
- ``events_verbs.json``: verb classes: ``light`` ("held talks": the noun is the event), ``measure`` (a
  change, typed by what it measures: "sales rose"), ``size`` ("the sales accounted for": like a linking verb,
  its event subject is the event), ``occurrence`` ("the announcement came today": the same), ``aspectual``
  ("began selling": both are dated), ``intention`` ("is set to land on Monday": the complement is what is
  dated), ``catenative`` ("agreed to buy": typed by the complement), ``linking`` (be, become: the predicate
  noun or adjective is the event), ``never_trigger`` (be, have, do, make, take, get), ``no_event`` (verbs of
  relation that name no happening: "including 12 in the fourth quarter", "the plan contains"),
  ``consequence`` ("the earthquake killed": typed by its event subject), ``harm`` (the harm an event does as it
  happens: "a fire that broke out on Sunday killed six" is Sunday's killing too), ``in_verbs`` ("took part
  in", "entered into"),
  ``reporting``, ``cognition`` (verbs that take a clause: "said the army and the police attacked" is a
  clause, "shelled the town and rebels attacked" a misparsed coordination), ``hosting``, ``scheduling``
  ("postponed the vote", "the summit was canceled": typed by the event it puts off), ``ordering`` ("ordered
  an investigation": typed by the event it orders), ``participation`` (taking part in an event or not: "won
  Sunday's runoff", "will miss next month's championships" happen in its time), ``sharing`` (verbs whose
  event-noun object happens as they do: "fought a brief war in 1969", "passed a safety inspection in June"),
  ``declaring`` ("declared Friday a national day of mourning": the day is named, no date of the declaring),
  ``recalling`` (verbs whose object is an earlier happening, which a date after it dates: "reversing their
  rejection of a similar measure in 1996", "tying the record set in 1960"), ``convening`` (hold, stage, throw,
  celebrate...: their object or passive subject from ``events_gatherings.json`` is the event), ``regarding``
  (verbs whose event-noun object happens at another time than they do: "averted a strike", "cited a decline",
  "upheld the conviction", "condemned the attack"; any other verb's undated event-noun object happens with it:
  "forced a postponement last week"), ``finding`` (verbs that find their object in a state, which a date on
  the state dates too: "found him hiding in a barn at 6 a.m."), ``describing`` (participles that describe a
  thing, not a happening: "struck a tractor-trailer loaded with steel at 9:47 p.m.": the date is the striking's).
- ``events_gatherings.json``: occasion -> type, nouns that name a happening only as what a ``convening`` verb
  holds ("services will be held Saturday", "threw a party"; not "bus service", "the party said").
"""

from __future__ import annotations

import functools
import re
from typing import Mapping

from .. import tables
from ..errors import Errors, TableError

DEFAULT_TYPE = "other"
TRIP_TYPE = "consult"  # travel, visits and the meetings held on them: one happening (events.happenings)
# Dependencies of an adjective that qualifies a thing rather than saying what happens: a date on it ("approved
# a dividend, payable Dec. 1") dates no verb and does not take the verb's tense.
ATTRIBUTE_DEPS = frozenset({"amod", "conj", "appos", "advcl"})
# verbs of a charge, whose "of"/"for" gerund tells the act charged ("accused them of bombing a village"): done
ACCUSING = frozenset({"accuse", "charge", "convict", "indict", "blame", "suspect", "acquit", "fine", "sentence",
                      "sue", "clear", "arrest", "jail", "punish", "criticize", "criticise", "condemn"})
# verbs that go against the happening they take as object, which so says nothing of their type ("broke the
# ceasefire" is no cease-fire, "foiled the attack" no attack)
COUNTERING = frozenset({"avert", "avoid", "block", "breach", "break", "defy", "derail", "disrupt", "foil", "oppose",
                        "prevent", "repel", "resist", "sabotage", "scuttle", "stop", "thwart", "undermine", "violate"})
# Adjectives whose date is the one of what they qualify ("named chief executive, effective Jan. 1"): a date
# of coming into force, which may be ahead of a past verb, so it takes no tense from it
IN_FORCE_FROM = frozenset({"effective"})
STARTING_WORDS = frozenset({"beginning", "starting"})  # "cutting the tax beginning Aug. 1": from when it runs
# what a day is declared ("declared Friday a national day of mourning"): the day is named, not the declaring's
DECLARED_DAYS = frozenset({"day", "holiday"})
# Nouns that are themselves spans of time: a date hanging from them passes through to their head
# ("for the 2016-2017 academic year", "at the end of 2018").
TEMPORAL_NOUNS = frozenset({
    "afternoon", "age", "anniversary", "autumn", "balance", "beginning", "century", "course", "date", "day",
    "decade", "duration", "end", "era", "evening", "fall", "half", "hour", "middle", "midst", "minute", "moment",
    "month", "morning", "night", "part", "period", "quarter", "remainder", "rest", "season", "semester",
    "spring", "start", "summer", "term", "time", "turn", "week", "weekend", "winter", "year",
})
# happenings' anniversaries: what one is of is long gone, whatever day it is marked ("marked the 50th anniversary
# of the founding of the state today")
COMMEMORATING = frozenset({"anniversary", "bicentenary", "bicentennial", "birthday", "centenary", "centennial",
                           "jubilee"})
RE_TRIGGER_KEY = re.compile(r"^[a-z][a-z'& -]*[a-z](?::(?:verb|noun))?$")
RE_TYPE_CODE = re.compile(r"^(?:0[1-9]|1\d|20|[EHLPST]\d)$")
SENSE_ROLES = frozenset({"object", "subject", "modifier", "complement", "light", "sentence", "against", "as", "at",
                         "before", "by", "for", "off", "from", "in", "into", "of", "on", "over", "to", "under", "with",
                         "without"})
# classes read from the entity label (DATE also from the words of a span of time), not a table
ENTITY_CLASSES = frozenset({"PERSON", "PLACE", "ORG", "MONEY", "DATE", "NOUN"})  # (NOUN: any noun)
VERB_CLASSES = frozenset({"aspectual", "catenative", "cognition", "consequence", "harm", "hosting", "in_verbs",
                          "intention", "light", "linking", "measure", "never_trigger", "no_event", "occurrence",
                          "declaring", "ordering", "participation", "recalling", "reporting", "scheduling", "sharing",
                          "size", "convening", "regarding", "finding", "describing"})
# Noun endings derived from event verbs, with what restores the verb: "shooting" -> shoot, "signing" -> sign,
# "closing" -> close, "deployment" -> deploy, "approval" -> approve, "negotiation" -> negotiate.
# fmt: off
DERIVATIONS = (
    ("ication", "y"), ("ation", "ate"), ("ation", "e"), ("ation", ""), ("ition", "e"), ("tion", "te"),
    ("ion", "e"), ("ion", ""), ("ment", ""), ("al", "e"), ("ure", "e"), ("ure", ""),
    ("ing", ""), ("ing", "e"), ("ance", "e"), ("ance", ""), ("ence", "e"),
)
# Endings of past forms ("retook", "overran", "fell", "sought", "rode"), which a present ("VBP") never has.
PAST_ENDINGS = ("ed", "took", "ran", "fell", "ought", "aught", "rode", "rose", "wrote", "drove", "won", "began",
                "came", "went", "gave", "saw", "knew", "grew", "threw", "flew", "struck", "stood", "told", "sold",
                "held", "led", "fled", "met", "left", "lost", "sent", "spent", "built", "broke", "spoke", "chose")
def past_form(word: str) -> bool:
    """Is the lower-case ``word`` a past form by its ending ("retook", "fell"; not "exceed", "need")? For a
    present tag ("VBP") the tagger gave a past."""
    return word.endswith(PAST_ENDINGS) and not word.endswith("eed")


# Verbs whose past tense is their bare form: a bare "cut" after a past verb may be past ("entered and cut"); and the
# bare forms of one verb that are the past of another ("will cut jobs and ground 22 jets": to ground, not ground)
SAME_PAST_FORMS = frozenset({
    "beat", "bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "forecast", "hit", "hurt", "let", "offset",
    "outbid", "put", "quit", "read", "recast", "reset", "rid", "set", "shed", "shut", "slit", "split", "spread",
    "thrust", "undercut", "upset", "found", "ground", "wound",
})
# the pronouns of a third-person singular subject: a verb of the same past and bare form after one is past ("it cut")
THIRD_SINGULAR = frozenset({"he", "she", "it"})
# Nouns with such an ending that are not the happening of the verb it restores: "the department" did not
# depart, "a station" is no statement, "the opposition" is a party, "finance" is no fine.
NOT_DERIVED = frozenset({
    "accordance", "according", "assurance", "deportment", "department", "easement", "finance", "foundation",
    "importance", "incoming", "information", "insistance", "legislature", "notation", "notion", "opposition",
    "paction", "probation", "proposition", "replication", "severance", "station", "stature", "tradition",
    "vigilance",
})
# Last words of the names of events, not of places or organizations ("Paris Air Show", "Moscow Summit").
EVENT_NAME_WORDS = frozenset({
    "awards", "championship", "championships", "conference", "cup", "exhibition", "expo", "fair", "festival",
    "forum", "games", "marathon", "olympics", "show", "summit", "tournament", "week",
})
# fmt: on


def _bad(name: str, reason: str) -> TableError:
    return TableError(Errors.E301.format(name=name, reason=reason))


@functools.cache
def type_table() -> Mapping[str, Mapping[str, str | None]]:
    """The documented event types: ``{type: {"code": ..., "description": ...}}``."""
    name = "events_types.json"
    table = tables.load_json(name)
    if not isinstance(table, dict) or DEFAULT_TYPE not in table:
        raise _bad(name, f"no '{DEFAULT_TYPE}' type")
    codes = set()
    for key, entry in table.items():
        if key != key.lower() or not isinstance(entry, dict) or not entry.get("description"):
            raise _bad(name, f"bad entry {key!r}")
        code = entry.get("code")
        if (code is None) != (key == DEFAULT_TYPE) or (code is not None and not RE_TYPE_CODE.match(code)):
            raise _bad(name, f"bad code {code!r} for {key!r}")
        if code in codes:
            raise _bad(name, f"code {code!r} used twice")
        codes.add(code)
    return table


@functools.cache
def types() -> Mapping[str, str]:
    """The documented event types (type -> description)."""
    return {key: entry["description"] for key, entry in type_table().items()}


def type_code(kind: str) -> str | None:
    """The code of an event type: CAMEO root code ``"01"``-``"20"``, ``"E1"``..., None for ``other``."""
    entry = type_table().get(kind)
    return entry["code"] if entry else None


@functools.cache
def triggers() -> Mapping[str, str]:
    """The trigger table (key -> event type), checked against :func:`types`."""
    name = "events_triggers.json"
    table = tables.load_json(name)
    known = types()
    if not isinstance(table, dict):
        raise _bad(name, "not a JSON object")
    for key, kind in table.items():
        if not RE_TRIGGER_KEY.match(key) or kind not in known:
            raise _bad(name, f"bad entry {key!r}: {kind!r}")
    return table


@functools.cache
def gatherings() -> Mapping[str, str]:
    """Occasions that are events only as what a ``convening`` verb holds, stages, throws or celebrates
    (``events_gatherings.json``: noun -> type): "services will be held Saturday", "threw a party"; not "bus
    service", "the party said"."""
    name = "events_gatherings.json"
    table = tables.load_json(name)
    known = types()
    if not isinstance(table, dict) or not all(isinstance(k, str) and v in known for k, v in table.items()):
        raise _bad(name, "not a JSON object of noun -> known type")
    return table


@functools.cache
def classes() -> Mapping[str, frozenset[str]]:
    """Word classes (``events_classes.json``): class name -> lower-case words."""
    name = "events_classes.json"
    table = tables.load_json(name)
    if not isinstance(table, dict):
        raise _bad(name, "not a JSON object")
    out = {}
    for key, words in table.items():
        if key in ENTITY_CLASSES or not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise _bad(name, f"bad class {key!r}")
        out[key] = frozenset(w.lower() for w in words)
    return out


@functools.cache
def verb_classes() -> Mapping[str, frozenset[str]]:
    """Verb classes (``events_verbs.json``): ``light``, ``measure``, ``aspectual``... -> lemmas."""
    name = "events_verbs.json"
    table = tables.load_json(name)
    if not isinstance(table, dict) or set(table) != VERB_CLASSES:
        raise _bad(name, f"the classes must be {sorted(VERB_CLASSES)}")
    return {key: frozenset(words) for key, words in table.items()}


def verbs(kind: str) -> frozenset[str]:
    """The lemmas of one verb class (``verbs("light")``)."""
    return verb_classes()[kind]


@functools.cache
def known_verbs() -> frozenset[str]:
    """Every one-word verb lemma the event tables name (trigger keys that are not nouns, verb classes, senses)."""
    keys = [k for k in triggers() if not k.endswith(":noun")] + [k for k in senses() if not k.endswith(":noun")]
    found = {k.split(":")[0] for k in keys} | {w for kind in verb_classes() for w in verbs(kind)}
    return frozenset(w for w in found if " " not in w and "-" not in w)


# verbs naming a cause ("blamed heavy flooding in August for ..."): a date on them is the cause's, and a cause
# blamed in the present is gone
ATTRIBUTING = frozenset({"blame", "attribute", "cite", "credit"})
# event types of harm: happenings, not plans ("Tuesday's explosion", "flattened by a tornado last night")
HARM_TYPES = frozenset({"accident", "assault", "disaster", "fight", "mass violence"})
# verbs of foreseeing, and the prepositions of the period foreseen ("forecast more rain over the weekend"; not "on":
# the forecasting's own day)
FORECAST_VERBS = frozenset({"forecast", "predict", "project"})
# verbs after which "before" is in front of someone, not earlier than ("will testify before a subcommittee on March 21")
APPEARING_BEFORE = frozenset({"appear", "argue", "bring", "come", "go", "haul", "plead", "present", "speak", "stand",
                              "summon", "testify"})
PERIOD_WORDS = frozenset({"quarter", "half", "fiscal", "period"})  # accounting periods ("in the third quarter")
FORECAST_SPANS = frozenset({"over", "for", "through", "during", "into"})
# what one is arrested, charged or held for is no occasion readied for ("arrested for murder on Tuesday")
CHARGE_TYPES = HARM_TYPES | frozenset({"court", "coerce", "investigate", "protest"})
# verbs that bring people to an occasion, whose date after it is the occasion's ("summoned lawmakers back for a
# special session on June 12"; not "filed for bankruptcy on Friday", "qualified for the final on Friday")
CALLING_TO = frozenset({"summon", "call", "recall", "bring", "invite", "return", "come", "go", "fly", "travel", "head",
                        "gather", "assemble", "arrive", "leave"})
# verbs that give a deadline to what their infinitive tells: "has until Friday to respond" (respond, by Friday)
# the results of a contest, by which a standing is won ("clinched the title with a victory over Denver on Sunday")
CONTEST_RESULTS = frozenset({"victory", "win", "defeat", "loss", "draw", "tie", "triumph", "upset", "shutout", "rout",
                             "comeback"})
# verbs that set a thing for a span: "ordered a curfew from 8 p.m. Sunday until Tuesday morning" (the curfew's span)
# (not "extend", whose span is the extending's too: "agreed to extend the cuts until June", nor "offer")
SPAN_SETTERS = frozenset({"approve", "order", "impose", "declare", "adopt", "authorize", "announce", "propose",
                          "call", "schedule", "plan", "enforce", "institute"})
DEADLINE_GIVERS = frozenset({"have", "give", "get", "grant", "allow", "need"})  # "needed until June to review"
DEADLINE_WORDS = frozenset({"until", "till"})  # the preposition of the deadline given
DEADLINE_NOUNS = frozenset({"deadline"})  # a dated deadline dates what is to be done by it too
# the verbs of a relative clause that tell when its noun began: "ending a lockout that began Jan. 28" is an
# ending on its own day and a lockout of Jan. 28, not a lockout of the ending's day
STARTED_BY = frozenset({"begin", "start", "erupt", "stretch", "date"})
# nouns a month names the maturity of ("the September bund future", "crude for October delivery")
TRADED_FOR = frozenset({"contract", "future", "delivery", "option", "expiry", "expiration", "settlement",
                        # commodities a month names the contract of: "August crude fell 38 cents"
                        "crude", "gold", "silver", "copper", "platinum", "wheat", "corn", "soybeans", "cotton",
                        "coffee", "cocoa", "sugar", "cattle", "hogs", "gasoline", "soybean", "arabica", "robusta",
                        "oats", "barley", "lumber", "canola", "brent", "wti", "palladium", "aluminum", "aluminium",
                        "zinc", "nickel", "rubber", "soymeal",
                        "loading"})  # ("Brent for May loading")


def gerund_lemma(lower: str) -> str | None:
    """The listed verb an "-ing" word is the participle of ("halting" -> halt, "making" -> make, "stopping" ->
    stop), or None."""
    if not lower.endswith("ing") or len(lower) < 6:
        return None
    stem = lower[:-3]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None
    return next((v for v in (stem, stem + "e", doubled) if v and v in known_verbs()), None)


def repaired_lemma(lemma: str, lower: str) -> str:
    """A verb lemma the lemmatizer cut one letter short, restored from the tables: "staged" -> "stag" ->
    "stage", "hoped", "hopes" -> "hop" -> "hope", "axed" -> "ax" -> "axe", "installed" -> "instal" -> "install",
    "gutted" -> "gutte" -> "gut".
    Other lemmas are returned as they are."""
    if lemma in known_verbs() or not lower.endswith(("ed", "ing", "es")):
        return lemma
    if (lemma + "e") in known_verbs():
        return lemma + "e"
    if lemma.endswith("e") and lower.endswith(("tted", "pped", "gged", "nned", "dded")) \
            and lemma[:-2] in known_verbs() and lemma[-2] == lemma[-3]:
        return lemma[:-2]  # a doubled consonant read before a silent "e": "gutted" -> "gutte" -> "gut"
    # the British base of a doubled l ("installed" -> "instal"), where the tables know the American one
    return lemma + "l" if lemma.endswith("l") and lemma + "l" in known_verbs() else lemma


@functools.cache
def senses() -> Mapping[str, tuple[Mapping[str, object], ...]]:
    """Sense rules (``events_senses.json``): trigger key -> rules, each ``{role: class or words, "type": T}``."""
    name = "events_senses.json"
    table = tables.load_json(name)
    known, words = types(), classes()
    if not isinstance(table, dict):
        raise _bad(name, "not a JSON object")
    for key, rules in table.items():
        if not RE_TRIGGER_KEY.match(key) or not isinstance(rules, list):
            raise _bad(name, f"bad entry {key!r}")
        for rule in rules:
            roles = set(rule) - {"type"} if isinstance(rule, dict) else {None}
            if rule.get("type") not in known or len(roles) > 1 or not roles <= SENSE_ROLES:
                raise _bad(name, f"bad rule {rule!r} for {key!r}")
            for role in roles:
                value = rule[role]
                if isinstance(value, str) and value not in words and value not in ENTITY_CLASSES:
                    raise _bad(name, f"unknown class {value!r} for {key!r}")
    return {key: tuple(rules) for key, rules in table.items()}


def lookup(
    lemma: str, *, pos: str = "", text: str = "", table: Mapping[str, str] | None = None
) -> str | None:
    """Type of a trigger, or None when it is not in the table.

    Args:
        lemma: The word's lemma (or a two-word key such as ``"lay off"``).
        pos: ``verb`` or ``noun`` (part-of-speech restricted keys are tried first).
        text: The word as written; a listed plural ("talks") wins over its lemma ("talk").
        table: A trigger table (default: ``events_triggers.json``).
    """
    table = triggers() if table is None else table
    lemma = lemma.lower()
    pair = lemma if " " in lemma else None  # "press conference" before "conference"
    for key in (pair, text.lower() if text else None, f"{lemma}:{pos}" if pos else None, lemma):
        if key and key in table:
            return table[key]
    if pos == "noun" and table is triggers():
        verb = _derived_from(lemma)
        if verb is not None:
            return table.get(f"{verb}:verb") or table.get(verb)
    return None


def event_type(
    lemma: str | None, *, pos: str = "", text: str = "", table: Mapping[str, str] | None = None
) -> str:
    """Type of a trigger, ``other`` when it is unknown or missing."""
    if not lemma:
        return DEFAULT_TYPE
    return lookup(lemma, pos=pos, text=text, table=table) or DEFAULT_TYPE


def is_event_noun(lemma: str, *, text: str = "", table: Mapping[str, str] | None = None) -> bool:
    """True when a noun names a happening ("meeting", "talks", "the shooting", "deployment"), not a thing."""
    if table is None:
        return _is_listed_noun(lemma.lower(), text.lower())
    lemma = lemma.lower()
    return any(k in table for k in (text.lower(), f"{lemma}:noun", lemma) if k)


@functools.cache
def pair_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last words of the two-word triggers ("lay off", "press conference")."""
    pairs = [k.split(":")[0].replace("-", " ").split() for k in triggers() if " " in k or "-" in k]
    return frozenset(p[0] for p in pairs), frozenset(p[-1] for p in pairs)


def verb_of(noun: str) -> str | None:
    """The listed event verb a noun is derived from ("shooting" -> shoot), or None."""
    return _derived_from(noun.lower())


def word_class(word: str) -> frozenset[str]:
    """The names of the classes a (lower-case) word belongs to."""
    return _class_index().get(word.lower(), frozenset())


@functools.cache
def _class_index() -> Mapping[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for name, words in classes().items():
        for w in words:
            index.setdefault(w, set()).add(name)
    return {w: frozenset(names) for w, names in index.items()}


@functools.lru_cache(maxsize=8192)
def _is_listed_noun(lemma: str, text: str) -> bool:
    table = triggers()
    return any(k in table for k in (text, f"{lemma}:noun", lemma) if k) or _derived_from(lemma) is not None


@functools.lru_cache(maxsize=8192)
def _derived_from(noun: str) -> str | None:
    """The listed event verb a noun is derived from ("shooting" -> shoot), or None."""
    table = triggers()
    if noun in NOT_DERIVED:
        return None
    for suffix, restore in DERIVATIONS:
        if len(noun) > len(suffix) + 2 and noun.endswith(suffix):
            stem = noun[: -len(suffix)] + restore
            for verb in (stem, stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else None):
                if verb and (f"{verb}:verb" in table or (verb in table and f"{verb}:noun" not in table)):
                    return verb
    return None
