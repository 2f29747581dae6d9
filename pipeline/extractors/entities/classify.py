"""What a spaCy entity really is: a person, a place, an organization, or no entity we report.

A wire agency is an organization; a name ending in an organization word ("Railways", "Airlines") is an
organization; a name the gazetteer knows as a country, region, landmark or large city is a place whatever
spaCy said (with a population floor for cities, and for a city spaCy called a person or an organization, a
word that introduces a place: "in Ulan-Ude"); an organization span that is a title plus a name
("Spokeswoman Sandy Angers") is a person; "the US Government" is the country; demonyms and the names of
events ("Paris Air Show") are not places.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...lang.events import EVENT_NAME_WORDS
from ...lang.gazetteer import COUNTRY_LIKE, Gazetteer
from ...lang.names import is_honorific, is_title
from ...lang.organizations import news_agencies, org_descriptors, org_designators, product_descriptors
from ...lang.places import GOVERNMENT_NOUNS
from ..common import columns, span_text
from .people import name_tail
from .places import country_code, locative, strong_place
from .roles import trim_name
from .spans import ORG_LABELS, PERSON_LABELS, Ent, last_word, trim

# A city name spaCy tagged PERSON (ORG) is taken for the city only from this many inhabitants.
PERSON_TO_CITY_MIN_POPULATION = 100_000
ORG_TO_CITY_MIN_POPULATION = 15_000


def place_evidence(gaz: Gazetteer, doc: Doc, ent: Ent, sent_start: int, min_population: int) -> bool:
    """A name spaCy did not call a place is one when the gazetteer knows it as a country, region or
    landmark, or as a city it is introduced as a place ("in Ulan-Ude")."""
    text = span_text(doc, ent.start, ent.end)
    cands = [c.entry for c in gaz.candidates(text) if c.how != "alternate"]
    if any(e.kind != "city" for e in cands):
        return True
    return any(e.population >= min_population for e in cands) and locative(doc, ent.start, sent_start)


def government_of(gaz: Gazetteer, span) -> str | None:
    """The country an ORG such as "the US Government" or "the Canadian Government" is the government of."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2 or words[-1].lower_ not in GOVERNMENT_NOUNS:
        return None
    head = " ".join(t.text for t in words[:-1])
    code = gaz.demonym(head)
    if code:
        country = gaz.country(code)
        return country.name if country else None
    if country_code(gaz, head):
        return head
    return None


def classify(doc: Doc, ent: Ent, gaz: Gazetteer, sent_start: int) -> str | None:
    """What a spaCy entity really is: "person", "place", "org" or None (not an entity we report)."""
    text = span_text(doc, ent.start, ent.end)  # (the Span itself is made only for an organization)
    length = ent.end - ent.start
    if text in news_agencies():
        return "org"
    if gaz.demonym(text) is not None and not strong_place(gaz, text, 0):
        return None
    last = last_word(text)
    if last in EVENT_NAME_WORDS and ent.label != "PERSON":
        return None
    if last in org_designators() and not strong_place(gaz, text, 0):
        return "org"
    if ent.label in PERSON_LABELS:
        cols = columns(doc)
        before = ent.start - 1 if ent.start > sent_start else None
        if before is not None and cols.is_lower[before] and cols.lower[before] in product_descriptors():
            return None  # "web browser Safari"
        if before is not None and cols.is_lower[before] and cols.lower[before] in org_descriptors():
            return "org"  # "electronics retailer Best Buy"
        if before is not None and cols.lower[before] in ("the", "a", "an") and length == 1:
            return None  # "the PowerBook", "the Worldliner": people take no article
        cued = ent.start > sent_start and (
            is_title(cols.text[ent.start - 1]) or is_honorific(cols.text[ent.start - 1])
        )
        if not cued and length == 1 and place_evidence(gaz, doc, ent, sent_start, PERSON_TO_CITY_MIN_POPULATION):
            return "place"
        if not cued and any(c.how != "alternate" and c.entry.kind in COUNTRY_LIKE for c in gaz.candidates(text)):
            return "place"  # "Sri Lanka", "New Zealand": no person is named like a country

        return "person"
    if ent.label in ORG_LABELS or ent.label == "NORP":
        if place_evidence(gaz, doc, ent, sent_start, ORG_TO_CITY_MIN_POPULATION):
            return "place"
        if ent.label == "NORP":
            return None
        span = doc[ent.start : ent.end]
        if (country := government_of(gaz, span)) is not None:
            ent.features["name"] = country
            return "place"
        if len(span) >= 2 and is_title(span[0].text):
            rest = [t for t in span[1:] if not is_title(t.text)]
            if 1 <= len(rest) <= 4 and all(t.text[:1].isupper() and t.is_alpha for t in rest):
                return "person"
        return "org"
    return "place"


def classify_entities(doc: Doc, ents: list[Ent], gaz: Gazetteer, starts: list[int]) -> None:
    """Trim and classify every entity spaCy found (the header's own entities stay as they are); a person's
    span loses its title words and gains the name words spaCy left out."""
    for ent in ents:
        if ent.label in ("DATELINE", "AGENCY"):
            continue
        trim(doc, ent)
        if ent.start >= ent.end:
            ent.kind = None
            continue
        ent.kind = classify(doc, ent, gaz, starts[ent.start])
        if ent.kind == "person":
            ent.start, ent.end = trim_name(doc, ent.start, ent.end)
            ent.end = name_tail(doc, ent.end)
            if ent.start >= ent.end:
                ent.kind = None
