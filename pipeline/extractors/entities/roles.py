"""Roles: titles trimmed off names, and the roles written around a name.

Pure functions over spaCy tokens, used by the people pass (:mod:`.people`). The title words are the base
layer's (:mod:`pipeline.lang.names`: ``person_titles.txt``, ``person_honorifics.txt``).

Roles are read from three constructions, each bounded so that a role never runs across a verb, a clause
comma or another person:

- before the name: ``Russian President Vladimir Putin``, ``then-Russian President Dmitry Medvedev``,
  ``Chairman of the National Defense Committee (NDC) of North Korea Kim Jong Il``;
- an apposition before the name: ``the president of the Presidium of ..., Kim Yong Nam``;
- an apposition after the name: ``Jusman Syafii Djamal, minister of transport for Indonesia``.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Token

from ...lang.gazetteer import gazetteer
from ...lang.names import PAST_MARKERS, is_honorific, is_title
from ...lang.names import titles as titles_table

MAX_ROLE_TOKENS = 16
CONNECTORS = frozenset({"of", "for"})
# Tokens that may sit inside a role phrase without being words of it.
ROLE_GLUE = frozenset({"-", "(", ")", "&", "'s", "\u2019s"})
STOP_ENTS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


class Role(NamedTuple):
    """A role read around a name: its text, token range, and whether it is an apposition (set off by a
    comma) rather than words written right before the name."""

    text: str
    start: int
    end: int
    apposition: bool


def _is_capitalized(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() or (token.text[:1].isupper() and "." in token.text)


def trim_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading titles, honorifics, role words and nationalities ("Frenchman Luc Garnier") from a person
    span, and a trailing possessive.

    ``[President, Vladimir, Putin]`` -> ``[Vladimir, Putin]``; the dropped words are found again by
    :func:`role_before`. Returns ``(start, end)`` token indexes; ``start == end`` when no name is left.
    """
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019")):
        end -= 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in (".",):
        end -= 1
    first = start
    while first < end and (
        is_title(doc[first].text)
        or is_honorific(doc[first].text)
        or doc[first].lower_ in PAST_MARKERS
        or doc[first].text in ("-", ",")
        or _abbreviation_period(doc[first])
        or (first + 1 < end and is_title(doc[first + 1].text) and not doc[first].is_punct)
        or (first + 1 < end and doc[first + 1].text[:1].isupper() and gazetteer().demonym(doc[first].text) is not None)
    ):
        first += 1
    if not any(_is_capitalized(doc[i]) for i in range(first, end)):
        return start, end  # "Carole King": the whole span is the name
    return first, end


def _abbreviation_period(token: Token) -> bool:
    """Is ``token`` the period of a title abbreviation the tokenizer split off ("Sgt" ".")?"""
    if token.text != "." or token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    return not prev.whitespace_ and prev.is_alpha and f"{prev.lower_}." in titles_table() \
        and prev.lower_ not in titles_table()


def _role_token(token: Token) -> bool:
    """May ``token`` be part of a role phrase?"""
    if token.ent_type_ == "PERSON" and is_title(token.text):
        return True  # "President" inside spaCy's PERSON span "President Putin"
    if token.ent_type_ in STOP_ENTS:
        return False
    if token.text in ROLE_GLUE or token.lower_ in CONNECTORS or token.lower_ in PAST_MARKERS:
        return True
    if _abbreviation_period(token):
        return True  # "Sgt" "." "Derek Glenn": the period of a title split off by the tokenizer
    if token.lower_ == "the" or token.lower_ == "and":
        return True
    if is_title(token.text):
        return True
    if token.pos_ in ("VERB", "AUX", "PRON", "NUM", "SCONJ", "ADP", "DET", "CCONJ", "PUNCT", "ADV", "PART"):
        return False
    return _is_capitalized(token) or token.pos_ in ("ADJ", "NOUN", "PROPN")


def _phrase(doc: Doc, tokens: list[int]) -> tuple[str, int, int] | None:
    """Text and token range of a role phrase given its token indexes (left to right), or None when it
    holds no title."""
    # a role starts at a modifier, never at glue or a function word
    while tokens and (
        doc[tokens[0]].lower_ in ("the", "and", "of", "for", "'s", "\u2019s")
        or doc[tokens[0]].text in (")", "-", "&")
        or is_honorific(doc[tokens[0]].text)
    ):
        tokens = tokens[1:]
    while tokens and (doc[tokens[-1]].lower_ in ("the", "and", "of", "for") or doc[tokens[-1]].text in ("(", "-", "&")):
        tokens = tokens[:-1]
    if not tokens or not any(is_title(doc[i].text) for i in tokens):
        return None
    opened = sum(doc[i].text == "(" for i in tokens) - sum(doc[i].text == ")" for i in tokens)
    if opened != 0:
        return None
    return doc[tokens[0] : tokens[-1] + 1].text, tokens[0], tokens[-1] + 1


def _plural_title(token: Token) -> bool:
    """ "reporters", "ministers": a lower-case plural of a title word."""
    low = token.lower_
    return token.is_lower and low.endswith("s") and low not in titles_table() and low[:-1] in titles_table()


def _anchor_ok(doc: Doc, tokens: list[int]) -> list[int] | None:
    """Cut a left-collected role phrase at its title anchor.

    The anchor is the rightmost title word whose right side (up to the name) is empty or an ``of``/``for``
    phrase; words left of the anchor are kept while they are modifiers (capitalized words, adjectives,
    nouns, titles, "then-"), so "the company's vice president" keeps only "vice president".
    """
    anchor = None
    for pos in range(len(tokens) - 1, -1, -1):
        if is_title(doc[tokens[pos]].text):
            if pos == len(tokens) - 1 and _plural_title(doc[tokens[pos]]):
                return None  # "told reporters Xi was": a plural is not one person's role
            rest = [i for i in tokens[pos + 1 :] if not _abbreviation_period(doc[i])]
            if not rest or doc[rest[0]].lower_ in CONNECTORS:
                anchor = pos
                break
            if any(doc[i].lower_ in CONNECTORS for i in rest):
                continue
            # "Federation Council Speaker": capitalized words after a title belong to the next title
            if all(_is_capitalized(doc[i]) or is_title(doc[i].text) for i in rest):
                continue
            return None
    if anchor is None:
        return None
    left = anchor
    while left > 0:
        prev = doc[tokens[left - 1]]
        if prev.lower_ in ("the", "of", "for", "'s", "\u2019s") or prev.text in ("(", ")"):
            break
        if prev.lower_ == "and" and not (left - 2 >= 0 and is_title(doc[tokens[left - 2]].text)):
            break
        left -= 1
    return tokens[left:]


def role_before(doc: Doc, start: int, sent_start: int) -> Role | None:
    """The role written before a name starting at token ``start`` ("Russian Foreign Minister")."""
    j = start - 1
    while j >= sent_start and is_honorific(doc[j].text):
        j -= 1
    comma = j >= sent_start and doc[j].text == ","
    if comma:
        j -= 1
    collected: list[int] = []
    while j >= sent_start and len(collected) < MAX_ROLE_TOKENS and _role_token(doc[j]):
        collected.append(j)
        j -= 1
    collected.reverse()
    if comma:
        # an apposition "the president of X, NAME" opens after a determiner, a possessive or the start
        boundary = doc[collected[0] - 1] if collected and collected[0] > sent_start else None
        if boundary is not None and boundary.lower_ not in DETERMINERS and boundary.tag_ != "POS":
            if not (doc[collected[0]].lower_ == "the"):
                return None
    tokens = _anchor_ok(doc, collected)
    found = _phrase(doc, tokens) if tokens else None
    return Role(*found, apposition=comma) if found else None


def role_after(doc: Doc, end: int, sent_end: int) -> Role | None:
    """The role in an apposition after a name ending at token ``end`` (", minister of transport for X")."""
    if end >= sent_end or doc[end].text != ",":
        return None
    j = end + 1
    if j < sent_end and doc[j].lower_ in DETERMINERS:
        j += 1
    collected: list[int] = []
    while j < sent_end and len(collected) < MAX_ROLE_TOKENS and _role_token(doc[j]):
        collected.append(j)
        j += 1
    # the title must come early, before any "of"/"for": "president of X", not "head office of President Y"
    head = next((p for p, i in enumerate(collected) if is_title(doc[i].text)), None)
    if head is None or head > 3 or any(doc[i].lower_ in CONNECTORS | {"the"} for i in collected[:head]):
        return None
    while collected and doc[collected[-1]].lower_ in ("and", "the", "of", "for"):
        collected.pop()
    found = _phrase(doc, collected)
    return Role(*found, apposition=True) if found else None
