"""Places: what the gazetteer and the words around a name say, and how a place mention is cut.

"X (Country)" makes X a place in that country; "X and Y" is split; a name used as a modifier ("US
automaker") is an affiliation, not a place mention; "the" joins a name it determines ("the U.S."); "the
US government" is a mention of the country; "City, Region" is one mention of the city qualified by the
region, which stays a mention of its own:

- :func:`is_modifier`: "US" in "US automaker GM" names an affiliation, like a demonym, not a place mention;
- :func:`article_start`: "the U.S." takes its article, as the mention's noun phrase does;
- :func:`split_coordination`: "the Far East and Siberia" is two places;
- :func:`parenthesized_country`: "Hasan (Russia)" says Hasan is a place in Russia;
- :func:`place_mentions`: the pass over the place entities that applies them.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from ...lang.gazetteer import Gazetteer
from ...lang.places import COMPASS_POINTS, DIRECTIONS, GOVERNMENT_NOUNS, LOCATIVE_PREPOSITIONS, SETTLEMENT_NOUNS
from .spans import Ent

# Words between a place name and the named person or organization it describes ("US auto maker GM").
MAX_DESCRIPTOR = 5


def strong_place(gaz: Gazetteer, text: str, min_population: int) -> bool:
    """Does the gazetteer know ``text`` as a place by its name or an alias (a city only when large)?"""
    for cand in gaz.candidates(text):
        if cand.how == "alternate":
            continue
        if cand.entry.kind != "city" or cand.entry.population >= min_population:
            return True
    return False


def locative(doc: Doc, start: int, sent_start: int) -> bool:
    """Is the name at ``start`` introduced as a place ("in X", "from X", "the city of X", "north of X")?"""
    if start <= sent_start:
        return False
    prev = doc[start - 1]
    if prev.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    return prev.lower_ == "of" and start - 2 >= sent_start and (
        doc[start - 2].lower_ in SETTLEMENT_NOUNS or doc[start - 2].lower_ in COMPASS_POINTS)


def country_code(gaz: Gazetteer, text: str) -> str | None:
    for cand in gaz.candidates(text):
        if cand.how != "alternate" and cand.entry.kind in ("country", "historical_state"):
            return cand.entry.country_code
    return None


def is_modifier(span: Span) -> bool:
    """True when a place name only describes a named person or organization ("US automaker GM",
    "U.S. President Barack Obama"): an affiliation, like a demonym, not a mention of the place.

    Before a common noun phrase the name is still a place mention ("US stock markets", "a London court").
    """
    doc = span.doc
    if span.end >= len(doc) or span[-1].tag_ == "POS" or doc[span.end].tag_ == "POS":
        return False
    for i in range(span.end, min(span.end + MAX_DESCRIPTOR, len(doc))):
        tok = doc[i]
        if tok.ent_type_ in ("PERSON", "ORG") and tok.ent_iob_ == "B":
            return i > span.end
        if tok.ent_type_ and tok.ent_type_ not in ("NORP",):
            return False
        if not (tok.pos_ in ("NOUN", "ADJ", "PROPN") or tok.text == "-"):
            return False
    return False


def article_start(span: Span, *, takes_article: bool = True) -> int:
    """Token index where the place's noun phrase starts: one earlier when "the" determines the name itself
    ("in the U.S." -> "the U.S."), else ``span.start``. Names of cities and unknown names never take it
    (``takes_article=False``): in "the Hasan (Russia) - Rajin section" the article belongs to "section"."""
    doc = span.doc
    start = span.start
    if start > 0 and doc[start - 1].text in DIRECTIONS:
        start -= 1
    if not takes_article or start == 0 or span[0].lower_ == "the":
        return start
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return start  # "the United Kingdom's Royal Air Force": the article goes with the possessed noun
    prev = doc[start - 1]
    if prev.lower_ == "the" and prev.head.i in range(span.start, span.end):
        return start - 1
    return start


def government_extent(span: Span) -> tuple[int, int] | None:
    """Token range of "[the] X government" or "[the] [provincial] government(s) of X" around a country or
    region name X: a mention of the country as a government (as in ACE and MEANTIME); None otherwise."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in GOVERNMENT_NOUNS:
        start = span.start
        if start > 0 and doc[start - 1].lower_ == "the" and span[0].lower_ != "the":
            start -= 1
        return start, span.end + 1
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in GOVERNMENT_NOUNS:
        start = span.start - 2
        while start > 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_lower:
            start -= 1
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        return start, span.end
    return None


def split_coordination(span: Span, known) -> list[tuple[int, int]]:
    """Token ranges of the places in "X and Y" / "X, Y and Z" when every part is a place ``known`` says
    exists; ``[(span.start, span.end)]`` otherwise."""
    parts: list[tuple[int, int]] = []
    dashed = False
    begin = span.start
    for tok in span:
        dash = (
            tok.text in ("-", "\u2013", "\u2014")
            and tok.whitespace_ != ""
            and tok.i > span.start
            and span.doc[tok.i - 1].whitespace_ != ""
        )
        if (tok.lower_ in ("and", "or", "&", ",") or dash) and tok.i > begin:
            parts.append((begin, tok.i))
            begin = tok.i + 1
            dashed = dashed or dash
    if not parts:
        return [(span.start, span.end)]
    parts.append((begin, span.end))
    doc = span.doc
    found = [(start, end) for start, end in parts if end > start and known(doc[start:end].text)]
    if len(found) == len(parts) or (dashed and found):
        return found  # "San Jose - Cisco": a dash joins a place to something else
    return [(span.start, span.end)]


def parenthesized_country(doc: Doc, end: int, country_of) -> tuple[str, int] | None:
    """When tokens ``end..`` read "(Country)", the country's code and the index after ")"; else None.

    ``country_of(text)`` returns the ISO code of a country name, or None.
    """
    if end + 2 >= len(doc) or doc[end].text != "(":
        return None
    for close in range(end + 2, min(end + 6, len(doc))):
        if doc[close].text == ")":
            code = country_of(doc[end + 1 : close].text)
            return (code, close + 1) if code else None
    return None


def place_mentions(doc: Doc, ents: list[Ent], gaz: Gazetteer) -> list[Ent]:
    """Split coordinations, drop modifiers, join articles and qualifiers of place entities."""
    out: list[Ent] = []
    known = functools.partial(strong_place, gaz, min_population=0)
    for ent in ents:
        if ent.kind != "place" or ent.label in ("DATELINE", "PAREN"):
            out.append(ent)
            continue
        span = doc[ent.start : ent.end]
        for start, end in split_coordination(span, lambda t: known(t)):
            part = doc[start:end]
            if ent.label in ("GPE", "LOC", "ARTICLE") and is_modifier(part):
                continue
            if gaz.demonym(part.text) is not None and not known(part.text):
                continue
            takes = any(c.how != "alternate" and c.entry.kind != "city" for c in gaz.candidates(part.text))
            first = article_start(part, takes_article=takes)
            features = dict(ent.features)
            extent = (ent.extent[0], part.end_char) if ent.extent and start == ent.start else None
            if first < part.start:
                extent = (doc[first].idx, part.end_char)
            if takes and (found := government_extent(part)):
                features["name"] = part.text
                extent = (doc[found[0]].idx, doc[found[1] - 1].idx + len(doc[found[1] - 1].text))
            out.append(Ent(start, end, "place", ent.label, features, extent=extent))
    places = sorted((e for e in out if e.kind == "place"), key=lambda e: e.start)
    for a, b in zip(places, places[1:], strict=False):
        if (
            b.start == a.end + 1
            and doc[a.end].text == ","
            and qualifies(gaz, doc[a.start : a.end].text, doc[b.start : b.end].text)
        ):
            span_b = doc[b.start : b.end]
            a_start = a.extent[0] if a.extent else doc[a.start].idx if a.char_start is None else a.char_start
            a.extent = (a_start, span_b.end_char if b.char_end is None else b.char_end)
            a.features["qualifier"] = span_b.text
            b.features["qualifies"] = a.features.get("name") or doc[a.start : a.end].text
    return out


def qualifies(gaz: Gazetteer, name: str, qualifier: str) -> bool:
    """Is ``qualifier`` the region or country ``name`` lies in ("Mobile, Alabama", "Khasan, Russia")?

    It is when the qualifier is a country or region and the name is a city, a landmark or unknown (a
    list of countries, "Russia, China", is no qualification); a region is qualified by its country only.
    """
    outer = [
        c.entry for c in gaz.candidates(qualifier) if c.how != "alternate" and c.entry.kind in ("country", "region")
    ]
    if not outer:
        return False
    inner = [c.entry for c in gaz.candidates(name) if c.how != "alternate"]
    if any(e.kind in ("country", "historical_state", "continent", "union") for e in inner):
        return False
    regions = [e for e in inner if e.kind == "region"]
    if regions:
        return any(o.kind == "country" and o.country_code == e.country_code for e in regions for o in outer)
    return True
