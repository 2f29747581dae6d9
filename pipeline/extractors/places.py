"""Place-specific reading of a Doc: modifiers, articles, qualifiers, coordinations and parentheses.

Pure functions over spaCy tokens, used by :mod:`pipeline.extractors.entities`:

- :func:`is_modifier`: "US" in "US automaker GM" names an affiliation, like a demonym, not a place mention;
- :func:`article_start`: "the U.S." takes its article, as the mention's noun phrase does;
- :func:`split_coordination`: "the Far East and Siberia" is two places;
- :func:`parenthesized_country`: "Hasan (Russia)" says Hasan is a place in Russia.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang.places import DIRECTIONS, GOVERNMENT_NOUNS

# Words between a place name and the named person or organization it describes ("US auto maker GM").
MAX_DESCRIPTOR = 5


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
