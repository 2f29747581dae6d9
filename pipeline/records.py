"""Plain records passed between the stages.

Every stage takes and returns these frozen dataclasses (never spaCy objects after ``extractors/``), so the
normalizers, the event builder and the writers can be tested without a model and shipped between
processes cheaply. Offsets are half-open character offsets into :attr:`Article.text`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Mapping, NamedTuple

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class ArticleWarning:
    """A problem with an article that did not stop its processing (bad encoding, lost characters...)."""

    code: str
    message: str
    stage: str = "ingest"


@dataclass(frozen=True)
class Dateline:
    """The wire dateline opening the body: ``MOSCOW (Sputnik - 26th April, 2019)``, ``LONDON, March 3 (AFP) --``."""

    start: int
    end: int
    place: str | None = None
    place_start: int | None = None
    place_end: int | None = None
    agency: str | None = None
    date_text: str | None = None
    date_start: int | None = None
    date_end: int | None = None
    region: str | None = None  # "N.Y." in "BUFFALO, N.Y. (AP) --", "Iraq" in "BAGHDAD, Iraq (AP) _"
    region_start: int | None = None
    region_end: int | None = None


@dataclass(frozen=True)
class Article:
    """One decoded news article, the input of every later stage.

    Attributes:
        doc_id: Stable and unique identifier (a JSONL ``id``, else derived from the file name).
        source: Where the text came from (``path`` or ``path:line`` for JSONL).
        text: The decoded, repaired text; every offset in every output points into it.
        title: The headline, when one was found (its span is ``title_span``).
        published: Publication date as ``YYYY-MM-DD``; never guessed from "today".
        published_from: Where ``published`` came from: ``input`` (JSONL/argument), ``dateline``, ``header``.
        dateline: The parsed dateline, if any.
        byline: Author or handle from a byline (``By Jane Doe``, ``(@handle)``); authors are not people mentions.
        body_start: Offset of the first body character (after title, byline and dateline).
        encoding: The encoding the bytes were decoded from.
        warnings: Non-fatal problems found while reading the article.
    """

    doc_id: str
    source: str
    text: str
    title: str | None = None
    title_span: tuple[int, int] | None = None
    published: str | None = None
    published_from: str | None = None
    dateline: Dateline | None = None
    byline: str | None = None
    url: str | None = None
    body_start: int = 0
    encoding: str = "utf-8"
    warnings: tuple[ArticleWarning, ...] = ()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Mention:
    """A stretch of text found by an extractor, before normalization.

    ``features`` carries what a normalizer needs from the linguistic analysis without importing spaCy:
    e.g. ``{"tense": "past"}`` for a date, ``{"role": "Foreign Minister"}`` for a person. ``parse`` is the
    grammar's reading of ``text``, when the extractor found the mention with a grammar of the base layer
    (:mod:`pipeline.lang`): a date :class:`~pipeline.lang.dates.grammar.Reading` or a money
    :class:`~pipeline.lang.money.grammar.Parsed` (offsets into ``text``), so that the normalizer does not
    read the text again.
    """

    text: str
    label: str
    start: int
    end: int
    sentence: int = -1
    features: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    parse: Any = field(default=None, compare=False, hash=False, repr=False)


class Word(NamedTuple):
    """One token of a sentence as plain data: the part of spaCy's parse the event builder reads.

    ``lemma`` is lower-cased; ``head`` is the index of the syntactic head in the sentence's ``words`` (the
    word itself for the root); ``ent`` is the token's entity label (``""`` outside entities). A named tuple,
    not a dataclass like the other records, because there is one per token: it is built several times faster.
    """

    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence of the analysed article, with the predicates the event builder needs.

    ``start``/``end`` exclude surrounding whitespace. ``paragraph`` counts the line breaks seen so far
    (sentences separated by a newline are in different paragraphs). ``words`` is the sentence's parse.
    """

    index: int
    start: int
    end: int
    predicates: tuple[Predicate, ...] = ()
    words: tuple[Word, ...] = ()
    paragraph: int = 0


@dataclass(frozen=True)
class Predicate:
    """A verb or event noun in a sentence: ``lemma`` is the trigger after light-verb resolution."""

    lemma: str
    text: str
    start: int
    end: int
    tense: str | None = None
    is_root: bool = False
    features: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    word: int = -1  # index in Sentence.words of the word its arguments attach to (the light verb, if any)
    kind: str = "verb"  # verb, copula (a clause headed by "be"), noun (an event noun: "the meeting")
    light_verb: str | None = None  # "pay" in "paid a visit" (lemma then is "visit")
    voice: str = "active"  # active, passive
    negated: bool = False
    subject: int = -1  # index in Sentence.words of the subject's head word, -1 if none
    object: int = -1  # index in Sentence.words of the direct object's (or passive subject's) head word
    phrase: tuple[int, int] | None = None  # offsets of the light verb with its noun: "held talks", "was held"


@dataclass(frozen=True)
class TimeExpression:
    """A normalized temporal expression (TIMEX3-style), an entry of ``dates[]``."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    start_date: str | None = None
    end_date: str | None = None
    precision: str | None = None  # day, week, month, quarter, season, year, decade, century
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER...
    anchor: str | None = None  # how the value was resolved: absolute, publication, narrative, ...
    sentence: int = -1


@dataclass(frozen=True)
class MoneyAmount:
    """A monetary amount, an entry of ``money[]``."""

    text: str
    start: int
    end: int
    amount: Decimal | None
    currency: str | None  # ISO 4217
    amount_high: Decimal | None = None  # upper bound of a range ("$5-6 million")
    approximate: bool = False
    currency_assumed: bool = False  # the text did not say the currency and factbox chose one (context, default)
    sentence: int = -1
    mod: str | None = None  # TIMEX3-style qualifier: APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS
    id: str | None = None  # "m1", "m2"... in text order, unique within the record
    currency_source: str | None = None  # symbol, code, name, context, default (None when currency is None)
    per: str | None = None  # the unit of a per-unit price: "$2.22 a share" -> "share"
    equivalent_of: str | None = None  # id of the amount this one converts: "4.7 billion francs ($754.4 million)"
    role: str | None = None  # change ("fell 75 cents") or level ("to $16.25"), else None


@dataclass(frozen=True)
class EntityMention:
    """One mention of a resolved entity: ``start``/``end`` span the bare name (CoNLL's convention: "U.S." in
    "the U.S.", "Rangoon" in "northern Rangoon", "Derek Glenn" in "Sgt. Derek Glenn"); ``extent_start``/
    ``extent_end`` the noun phrase around it when that is wider ("the U.S.", "Mobile, Alabama"), the
    mention extent of ACE and MEANTIME."""

    start: int
    end: int
    text: str
    sentence: int = -1
    extent_start: int | None = None
    extent_end: int | None = None

    @classmethod
    def of(cls, mention: Mention) -> EntityMention:
        """The entity mention of an extracted mention (its ``features["extent"]``, when given)."""
        extent = mention.features.get("extent")
        if extent:
            return cls(mention.start, mention.end, mention.text, mention.sentence, extent[0], extent[1])
        return cls(mention.start, mention.end, mention.text, mention.sentence)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[EntityMention, ...] = ()


@dataclass(frozen=True)
class Place:
    name: str
    kind: str | None = None  # country, city, region, landmark, continent, historical_state...
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    aliases: tuple[str, ...] = ()
    geonames_id: int | None = None
    mentions: tuple[EntityMention, ...] = ()
    unresolved: str | None = None  # why no gazetteer entry was chosen: "unknown" or "ambiguous"


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[EntityMention, ...] = ()


@dataclass(frozen=True)
class Event:
    """One dated happening (GDELT/ACLED-style), an entry of ``events[]`` (rules in ``pipeline/events/``).

    ``sentence`` is ``text[start:end]``, the sentence stating the event; ``date``/``start_date``/``end_date``/
    ``precision`` come from its date expression (``date_text`` at ``date_start:date_end``), or from the event
    before it when ``date_inherited``. ``trigger`` is the predicate's lemma with light verbs resolved ("paid a
    visit" -> visit) and ``type`` its class (``pipeline/data/events_types.json``). ``people``/``places``/
    ``organizations`` are canonical names mentioned in the sentence; ``money`` the amounts in it, as written, and
    ``money_ids`` their ids in ``money[]``.
    A range of two expressions ("from 2009 to 2011") dates the event at each end, as TimeML anchors it: one
    event with the first end's value as ``date`` and the second's as ``date_to``, and one with the second end's
    as ``date`` and the first's as ``date_from``, both with the days of the whole range in ``start_date``/
    ``end_date`` (keep the events without ``date_from`` for one row per happening).
    ``context_start``/``context_end`` span the undated sentences that continue the event, and
    ``context_*`` the names found only there.
    """

    sentence: str
    start: int
    end: int
    date: str | None
    start_date: str | None
    end_date: str | None
    precision: str | None
    date_text: str | None
    date_start: int | None
    date_end: int | None
    date_inherited: bool
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None
    type: str
    type_code: str | None = None  # CAMEO root code "01"-"20", or E1-E8, H1-H2, L1-L2, P1-P4, S1, T1; None for other
    also_triggers: tuple[str, ...] = ()  # triggers of the same happening merged into this event
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    money: tuple[str, ...] = ()
    money_ids: tuple[str, ...] = ()  # ids of those amounts in the record's money[] ("m1"), in the same order
    date_to: str | None = None  # the TIMEX3 value of a range's second end ("from 2009 to 2011": 2011)
    date_from: str | None = None  # on the event of a range's second end, the first end's value (2009)
    mod: str | None = None  # the TIMEX3 mod (START, END, ...); ON_OR_AFTER, ON_OR_BEFORE, AFTER, BEFORE: open
    tense: str | None = None  # of the trigger: past, present, future
    negated: bool = False  # "did not meet"
    context_start: int | None = None  # following sentences that continue this event (no date of their own)
    context_end: int | None = None
    context_people: tuple[str, ...] = ()  # named only in the context sentences
    context_places: tuple[str, ...] = ()
    context_organizations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Record:
    """Everything extracted from one article: what ``factbox extract`` prints and ``run`` writes."""

    article: Article
    model: Mapping[str, str]
    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    money: tuple[MoneyAmount, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[ArticleWarning, ...] = ()


@dataclass(frozen=True)
class Failure:
    """An input (or one JSONL line) that could not be processed: a row of ``errors.csv``."""

    source: str
    line: int | None
    stage: str
    code: str
    message: str
    doc_id: str | None = None


# What analysing one article gives, as the engines pass it on: ``(doc_id, record dict, None)`` or
# ``(doc_id, None, failure)``.
Outcome = tuple[str, "dict[str, Any] | None", "Failure | None"]
