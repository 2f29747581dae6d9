"""The working entity of the entity passes, and the token helpers they share.

An :class:`Ent` is a token range (the bare name, as CoNLL marks it: no "the", no "northern", no
possessive, no title) with what the passes have decided it is (``kind``: person, place, org, or
None for no entity), the label it came with (spaCy's, or the pass that made it: ``DATELINE``, ``SURNAME``,
``TITLED``, ``PAREN``, ``GAZETTEER``, ``ACRONYM``...) and the features its mention will carry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from ...lang.names import is_honorific, is_title
from ..common import columns, sentence_index, span_text

PERSON_LABELS = frozenset({"PERSON"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ORG_LABELS = frozenset({"ORG"})
CANDIDATE_LABELS = PERSON_LABELS | PLACE_LABELS | ORG_LABELS | {"NORP"}


@dataclass
class Ent:
    """A working entity: token range, what it is, and the character extent to report."""

    start: int
    end: int
    kind: str | None
    label: str
    features: dict[str, Any] = field(default_factory=dict)
    char_start: int | None = None
    char_end: int | None = None
    # The noun phrase around the name, when wider (character offsets): "the U.S.", "northern Rangoon",
    # "Mobile, Alabama", "the US government" (the mention extent of ACE and MEANTIME).
    extent: tuple[int, int] | None = None


def text_of(doc: Doc, ent: Ent) -> str:
    """The text of an entity's tokens."""
    return span_text(doc, ent.start, ent.end)


def last_word(text: str) -> str:
    """The last word of a name, lower case, without a final period or comma ("Railways" in "Russian Railways")."""
    words = text.split()
    return words[-1].lower().strip(".,") if words else ""


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """For each token, the index of the first token of its sentence and of the token after its sentence."""
    index = sentence_index(doc)
    starts, ends = [0] * len(doc), [len(doc)] * len(doc)
    if not len(doc):
        return starts, ends
    first = 0
    for i in range(1, len(doc) + 1):
        if i == len(doc) or index[i] != index[first]:
            for t in range(first, i):
                starts[t], ends[t] = first, i
            first = i
    return starts, ends


def char_span_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The token range covering characters ``start:end`` (expanded to whole tokens), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def trim(doc: Doc, ent: Ent) -> None:
    """Drop a trailing possessive or punctuation, and a leading "the" (kept in ``ent.extent``: "the U.S.").

    With a possessive, "the" goes with the possessed noun ("the United Kingdom's Royal Air Force" -> "United
    Kingdom", no extent). A capitalized "The" inside a sentence is part of the name ("in The Hague").
    """
    start, end = ent.start, ent.end
    c = columns(doc)  # (the token attributes as lists: no Token objects)
    tag, text, punct = c.tag, c.text, c.is_punct
    possessive = False
    while end > start and (
        tag[end - 1] == "POS"
        or text[end - 1] in ("'s", "\u2019s", "'", "\u2019")
        or (punct[end - 1] and text[end - 1] not in (".", ")"))
    ):
        possessive = possessive or tag[end - 1] == "POS" or text[end - 1] in ("'s", "\u2019s")
        end -= 1
    while start < end and punct[start]:
        start += 1
    if start < end - 1 and c.lower[start] == "the" and (
        possessive or text[start] == "the" or c.sent_start[start] == 1 or _line_start(doc, start)
    ):
        if not possessive:
            ent.extent = (c.idx[start], c.end[end - 1])
        start += 1
    ent.start, ent.end = start, end


def _line_start(doc: Doc, i: int) -> bool:
    """Does token ``i`` begin a line (the first word of a headline or a table row)?"""
    return i == 0 or "\n" in columns(doc).text[i - 1]  # (a token's whitespace_ is " " or "": never a break)


def claim(covered: list[bool], start: int, end: int) -> bool:
    """Mark tokens ``start:end`` as taken by a new entity; False (and nothing marked) when one is taken."""
    if any(covered[start:end]):
        return False
    for i in range(start, end):
        covered[i] = True
    return True


def inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Is the range part of a longer capitalized name the model did not tag ("Texas Rangers", "Bank of
    England")? A neighbour the model tagged as something else ("Asia Monday", "UK RAF") is no part of it."""
    c = columns(doc)

    def name_word(i: int) -> bool:
        text = c.text[i]
        return (text[:1].isupper() and c.is_alpha[i] and not c.ent[i] and not is_title(text)
                and not is_honorific(text) and c.sent_start[i] != 1)

    if _headline_case(doc, start):
        return False  # "Russia-North Korea Relations": in a headline every word is capitalized
    if end < len(doc) and name_word(end) and not _line_start(doc, end):
        return True
    if start > 0 and name_word(start - 1) and not _line_start(doc, start - 1):
        return True  # (the token's whitespace_ holds no line break: it is " " or "")
    return start >= 2 and c.lower[start - 1] == "of" and c.text[start - 2][:1].isupper()


def _headline_case(doc: Doc, i: int) -> bool:
    """Is token ``i`` on a line whose words of four letters or more are (nearly) all capitalized?"""
    cached = doc.user_data.get("factbox_headline_lines")
    if cached is None:
        words: dict[int, list[bool]] = {}
        c = columns(doc)
        lines = c.line
        for text, line, alpha in zip(c.text, lines, c.is_alpha, strict=True):
            if alpha and len(text) >= 4:
                words.setdefault(line, []).append(text[:1].isupper())
        heads = {n for n, caps in words.items() if len(caps) >= 3 and sum(caps) >= 0.8 * len(caps)}
        cached = [n in heads for n in lines]
        doc.user_data["factbox_headline_lines"] = cached
    return cached[i]
