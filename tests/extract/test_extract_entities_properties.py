"""Entity extraction never raises and keeps its offsets, on generated Docs (hypothesis)."""

from __future__ import annotations

import functools

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extractors import entities as extract_entities
from pipeline.normalize.entities import entities
from pipeline.records import Article

VOCAB = [
    "Putin",
    "Vladimir",
    "President",
    "Mr.",
    "the",
    "of",
    "(",
    ")",
    ",",
    ".",
    "Russia",
    "US",
    "and",
    "said",
    "Hasan",
    "Railways",
    "Kim",
    "Jong",
    "Un",
    "in",
    "Ulan-Ude",
    "'s",
    "-",
    "government",
    "CEO",
    "@",
    "II",
]


POS = ["PROPN", "NOUN", "VERB", "ADP", "DET", "PUNCT", "ADJ", "CCONJ", "PART"]


LABELS = ["PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "DATE"]


@functools.cache
def blank_vocab():
    """One blank English vocabulary for the generated Docs (fixtures do not mix with @given)."""
    import spacy

    return spacy.blank("en").vocab


@st.composite
def docs(draw):
    n = draw(st.integers(0, 14))
    words = [draw(st.sampled_from(VOCAB)) for _ in range(n)]
    pos = [draw(st.sampled_from(POS)) for _ in range(n)]
    ents, i = ["O"] * n, 0
    while i < n:
        length = draw(st.integers(0, 3))
        if length and i + length <= n:
            label = draw(st.sampled_from(LABELS))
            ents[i : i + length] = [f"B-{label}"] + [f"I-{label}"] * (length - 1)
            i += length
        else:
            i += 1
    return words, pos, ents


@given(docs())
def test_entity_extraction_never_raises_and_keeps_offsets(spec):
    from spacy.tokens import Doc


    words, pos, ents = spec
    doc = Doc(blank_vocab(), words=words, ents=ents, pos=pos)
    art = Article(doc_id="h", source="h", text=doc.text)
    found = extract_entities.find_entities(doc, art)
    for mentions in found.values():
        for m in mentions:
            assert doc.text[m.start : m.end] == m.text
    entities(found["person"], found["place"], found["org"], art)
