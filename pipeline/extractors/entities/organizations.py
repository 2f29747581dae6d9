"""Organizations: names spaCy mistook, and acronyms.

A one-word ORG that is a word of a title is no organization ("Secretary of State", "Defense Secretary"); a
name the gazetteer does not know that starts an organization's name is that organization ("AirTran" beside
"AirTran Airways"); a one-word "person" followed by a title and a person is a company ("Ryanair CEO,
Michael O'Leary"), and so are its other mentions; an acronym in parentheses after a name is an alias and a
mention ("National Defense Committee (NDC)").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...lang.gazetteer import Gazetteer
from ...lang.names import is_title
from .people import KnownPeople, in_title
from .spans import PERSON_LABELS, PLACE_LABELS, Ent, text_of

RE_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")


def drop_title_words(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """The entities that are something: a one-word ORG that is a word of a title is none."""
    for ent in ents:
        if ent.kind == "org" and ent.end - ent.start == 1 and in_title(doc, ent.start):
            ent.kind = None
    return [e for e in ents if e.kind is not None]


def name_heads(doc: Doc, ents: list[Ent], gaz: Gazetteer, known: KnownPeople) -> None:
    """A person or unknown place named like the start of an organization's name is that organization,
    unless it is a word of a person the article names in full ("Austin" beside "Kenneth Austin" and the
    "Austin Police Department")."""
    org_heads = {
        " ".join(t.text for t in doc[e.start : e.start + n])
        for e in ents
        if e.kind == "org"
        for n in range(1, e.end - e.start)
    }
    for ent in ents:
        if ent.kind == "person" and ent.end - ent.start == 1 and text_of(doc, ent) in org_heads \
                and text_of(doc, ent) not in known.words:
            ent.kind = "org"  # "Cerberus" beside "Cerberus Capital Management"
            continue
        if (
            ent.kind == "place"
            and ent.label in PLACE_LABELS
            and text_of(doc, ent) in org_heads
            and not gaz.candidates(text_of(doc, ent))
        ):
            ent.kind = "org"


def describes_person(doc: Doc, end: int) -> bool:
    """Do the tokens from ``end`` read "<title words> [,] <PERSON>" ("Ryanair CEO, Michael O'Leary")?"""
    i = end
    while i < len(doc) and i < end + 4 and is_title(doc[i].text):
        i += 1
    if i == end:
        return False
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B"


def companies(doc: Doc, ents: list[Ent], known: KnownPeople) -> None:
    """"Ryanair CEO, Michael O'Leary": a one-word "person" followed by a title and a person is a company,
    and so are its other mentions."""
    names = {
        text_of(doc, e)
        for e in ents
        if e.kind == "person"
        and e.label in PERSON_LABELS
        and e.end - e.start == 1
        and text_of(doc, e) not in known.words
        and describes_person(doc, e.end)
    }
    for ent in ents:
        if ent.kind == "person" and ent.end - ent.start == 1 and text_of(doc, ent) in names:
            ent.kind = "org"


def acronym(doc: Doc, ent: Ent, ents: list[Ent]) -> None:
    """ "National Defense Committee (NDC)": NDC is an alias, and a mention when spaCy did not tag it."""
    end = ent.end
    if end + 2 < len(doc) + 0 and end + 2 <= len(doc) - 1 and doc[end].text == "(" and doc[end + 2].text == ")":
        token = doc[end + 1]
        if RE_ACRONYM.match(token.text):
            ent.features["acronym"] = token.text
            if not any(e.start <= token.i < e.end for e in ents):
                ents.append(Ent(token.i, token.i + 1, "org", "ACRONYM", {"acronym_of": doc[ent.start : ent.end].text}))
