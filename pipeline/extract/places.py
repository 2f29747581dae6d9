"""Place-specific reading of a Doc: modifiers, articles, qualifiers, coordinations and parentheses.

Pure functions over spaCy tokens, used by :mod:`pipeline.extract.entities`:

- :func:`is_modifier`: "US" in "US automaker" names an affiliation, like a demonym, not a place mention;
- :func:`article_start`: "the U.S." takes its article, as the mention's noun phrase does;
- :func:`split_coordination`: "the Far East and Siberia" is two places;
- :func:`parenthesized_country`: "Hasan (Russia)" says Hasan is a place in Russia.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# A place name before one of these nouns is still a place mention ("the Moscow region", "US government").
PLACE_HEAD_NOUNS = frozenset({
    "region", "regions", "province", "state", "area", "city", "county", "district", "oblast", "territory",
    "border", "coast", "government", "administration", "authorities", "capital", "peninsula", "valley",
    "island", "islands", "metropolitan", "municipality", "prefecture", "krai", "republic", "suburb", "suburbs",
})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def is_modifier(span: Span) -> bool:
    """True when a place name modifies the noun right after it ("US automaker GM", "U.S. President").

    A possessive ("Russia's exports") and a name before a place noun ("the Moscow region") are mentions.
    """
    doc = span.doc
    if span.end >= len(doc) or span[-1].tag_ == "POS":
        return False
    nxt = doc[span.end]
    if nxt.tag_ == "POS" or nxt.pos_ not in ("NOUN", "PROPN", "ADJ") or nxt.lower_ in PLACE_HEAD_NOUNS:
        return False
    if nxt.ent_type_ in ("GPE", "LOC") and nxt.ent_iob_ == "B":
        return False
    root = span.root
    return root.dep_ in MODIFIER_DEPS and root.head.i >= span.end


def article_start(span: Span, *, takes_article: bool = True) -> int:
    """Token index where the place's noun phrase starts: one earlier when "the" determines the name itself
    ("in the U.S." -> "the U.S."), else ``span.start``. Names of cities and unknown names never take it
    (``takes_article=False``): in "the Hasan (Russia) - Rajin section" the article belongs to "section"."""
    doc = span.doc
    if not takes_article or span.start == 0 or span[0].lower_ == "the":
        return span.start
    prev = doc[span.start - 1]
    if prev.lower_ == "the" and prev.head.i in range(span.start, span.end):
        return span.start - 1
    return span.start


def split_coordination(span: Span, known) -> list[tuple[int, int]]:
    """Token ranges of the places in "X and Y" / "X, Y and Z" when every part is a place ``known`` says
    exists; ``[(span.start, span.end)]`` otherwise."""
    parts: list[tuple[int, int]] = []
    begin = span.start
    for tok in span:
        if tok.lower_ in ("and", "or", "&", ",") and tok.i > begin:
            parts.append((begin, tok.i))
            begin = tok.i + 1
    if not parts:
        return [(span.start, span.end)]
    parts.append((begin, span.end))
    doc = span.doc
    if all(end > start and known(doc[start:end].text) for start, end in parts):
        return parts
    return [(span.start, span.end)]


def parenthesized_country(doc: Doc, end: int, country_of) -> tuple[str, int] | None:
    """When tokens ``end..`` read "(Country)", the country's code and the index after ")"; else None.

    ``country_of(text)`` returns the ISO code of a country name, or None.
    """
    if end + 2 >= len(doc) or doc[end].text != "(":
        return None
    for close in range(end + 2, min(end + 6, len(doc))):
        if doc[close].text == ")":
            code = country_of(doc[end + 1:close].text)
            return (code, close + 1) if code else None
    return None
