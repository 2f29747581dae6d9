"""Lines: where a name begins and ends on the page, and what a line of results makes of it.

Wire copy is not all prose: results, standings and scorecards ("Newcastle 1 Manchester United 1",
"FLORIDA 16 6 5 84 60 37", "( R. Jayasekera 77 , D. Wijeratne 41 ; N. Khalil 3-38 )") set names between
numbers, and the model's entities run over them ("Tottenham 2\\nSheffield", "Hibernian 2 Dundee United",
"N. Khalil 3-38"). Two passes read lines:

- :func:`split_entities`: no entity crosses a line break, a score ("37-20") or a number between two names,
  no person or organization a semicolon or a spaced dash, no person a comma;
  a person ends at its last name word ("R. Jayasekera 77" -> "R. Jayasekera", "Stanley Okafor of Sugar
  Land" -> "Stanley Okafor" and the place "Sugar Land"); no name ends in a lower-case word ("the Gulf
  within days" -> "Gulf");
- :func:`teams`: on a results line a city or state followed by a score is a team (an organization: "Detroit
  6 CLEVELAND 4"), a country its national side (a place, as CoNLL marks it: "Sri Lanka 230");
- :func:`untagged_teams`: on a results line a name the model left untagged, standing between numbers
  (at the line's start, or after a number or a separator, and before a number) is a team too.
"""

from __future__ import annotations

import calendar
import re

from spacy.tokens import Doc

from ...lang.gazetteer import COUNTRY_LIKE, Gazetteer
from ...lang.names import NAME_PARTICLES, is_honorific, is_title
from ..common import columns, span_text
from .spans import PERSON_LABELS, PLACE_LABELS, Ent

RE_SCORE = re.compile(r"^\d+(?:[-:/]\d+)+$")  # "37-20", "3-38", "1:05"
RE_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
# A line is a results line when at least this share of its words are numbers (and two of them at least).
TABLE_NUMBER_SHARE = 0.2
# Words before a number on a results line that are no team: days and months ("Saturday 3", "June 12").
CALENDAR_WORDS = frozenset(
    w.casefold() for w in (*calendar.day_name, *calendar.day_abbr, *calendar.month_name, *calendar.month_abbr) if w)
# What may stand before a team's name on a results line: a separator, or a closing parenthesis.
TEAM_OPENERS = frozenset({",", ";", ":", ")", "-"})
MAX_TEAM_WORDS = 4


def is_number(text: str) -> bool:
    # both patterns start with a digit (and a character ``\d`` matches is one ``isdigit`` accepts): a word is
    # turned away without trying them
    return text[:1].isdigit() and bool(RE_NUMBER.match(text) or RE_SCORE.match(text))


def table_lines(doc: Doc) -> frozenset[int]:
    """Numbers of the lines that read as results, standings or scorecards (a fifth of the words numbers)."""
    words: dict[int, int] = {}
    numbers: dict[int, int] = {}
    c = columns(doc)
    for text, line, space, punct in zip(c.text, c.line, c.is_space, c.is_punct, strict=True):
        if space or punct:
            continue
        words[line] = words.get(line, 0) + 1
        if is_number(text):
            numbers[line] = numbers.get(line, 0) + 1
    return frozenset(n for n, count in numbers.items() if count >= 2 and count >= TABLE_NUMBER_SHARE * words[n])


def _breaks(doc: Doc, i: int) -> bool:
    """Does token ``i`` hold or end with a line break? (Its ``whitespace_`` is " " or "": never one.)"""
    return "\n" in columns(doc).text[i]


def split_entities(doc: Doc, ents: list[Ent], tables: frozenset[int], gaz: Gazetteer) -> list[Ent]:
    """The model's entities cut at line breaks, scores and numbers between names; names trimmed of
    trailing numbers (people, and anything on a results line) and trailing lower-case words."""
    c = columns(doc)
    lines, texts = c.line, c.text
    out: list[Ent] = []
    for ent in ents:
        parts: list[tuple[int, int]] = []
        begin = ent.start
        for i in range(ent.start, ent.end):
            text = texts[i]
            cut_here = c.is_space[i] or RE_SCORE.match(text) or (
                RE_NUMBER.match(text) and begin < i < ent.end - 1) or (
                ent.label not in PLACE_LABELS and _between_names(doc, i, comma=ent.label in PERSON_LABELS))
            if cut_here:
                parts.append((begin, i))
                begin = i + 1
            elif _breaks(doc, i):
                parts.append((begin, i + 1))
                begin = i + 1
        parts.append((begin, ent.end))
        for start, end in parts:
            # a number ends a person's name nowhere, and a team's name not on a results line
            while end > start and RE_NUMBER.match(texts[end - 1]) and (
                    ent.label in PERSON_LABELS or lines[end - 1] in tables):
                end -= 1
            while end > start + 1 and c.is_lower[end - 1] and c.is_alpha[end - 1] \
                    and texts[end - 1] not in NAME_PARTICLES:
                end -= 1  # "the Gulf within", "the Shrine Auditorium for"
            if end <= start or (start > ent.start and "PROPN" not in c.pos[start:end]):
                continue  # a piece cut off holds a name only if it has a proper noun
            if ent.label in PERSON_LABELS and (at := _of_place(doc, start, end, gaz)) is not None:
                out.append(Ent(start, at, ent.kind, ent.label, dict(ent.features)))
                out.append(Ent(at + 1, end, None, "GPE"))
                continue
            out.append(Ent(start, end, ent.kind, ent.label, dict(ent.features)) if (start, end) != (
                ent.start, ent.end) else ent)
    return out


def _between_names(doc: Doc, i: int, *, comma: bool) -> bool:
    """Does token ``i`` separate two names in a person or organization span: a semicolon or a dash with a
    space around it ("Lithuania - Gintaras Stauskas", not "Pryce-Jenkins"), and in a person span a comma
    ("Aled Wynne , Rhodri Pritchard"; an organization's name may hold one)? (A place joined by a dash to
    something else is the place's pass's business: "San Jose - Cisco".)"""
    c = columns(doc)
    text = c.text[i]
    if text == ";" or (comma and text == ","):
        return True
    spaced = c.space_after[i] or (i > 0 and c.space_after[i - 1])
    return text in ("-", "--", "\u2013", "\u2014") and spaced


def _of_place(doc: Doc, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Index of "of" in a person span "Stanley Okafor of Sugar Land" when a known place follows it."""
    lower = columns(doc).lower
    for i in range(start + 1, end - 1):
        if lower[i] == "of":
            return i if gaz.candidates(span_text(doc, i + 1, end)) else None
    return None


def teams(doc: Doc, ents: list[Ent], gaz: Gazetteer, tables: frozenset[int]) -> None:
    """On a results line, a city or state followed by a score is a team (an organization); a country
    stays a place (its national side, as CoNLL marks it). A place in parentheses ("Jones ( Australia )")
    is a player's country, not a team."""
    if not tables:
        return
    lines = columns(doc).line
    for ent in ents:
        if ent.kind not in ("place", "person") or ent.label not in PLACE_LABELS | PERSON_LABELS:
            continue
        if lines[ent.start] not in tables or ent.end >= len(doc) or not is_number(doc[ent.end].text):
            continue
        if ent.start > 0 and doc[ent.start - 1].text == "(":
            continue
        cands = [c.entry for c in gaz.candidates(doc[ent.start : ent.end].text) if c.how != "alternate"]
        if any(e.kind in COUNTRY_LIKE for e in cands):
            ent.kind = "place"
        elif ent.kind == "place" or cands:
            ent.kind = "org"


def untagged_teams(doc: Doc, ents: list[Ent], gaz: Gazetteer, tables: frozenset[int], people: set[str]) -> None:
    """Add the teams the model left untagged on results lines ("Everton 3 Southampton 1", "Rangers 5 4 1 0
    12 3 13", "( Italy ) Mapei 44 hours"): a run of capitalized words, at the line's start or after a
    number or a separator, followed by a number. A country is its national side (a place); never a
    calendar word, a title, a word of a person of the article (``people``), nor a name after an initial
    ("N. Khalil 3-38" is a player). After a comma that follows a player, it is a player too."""
    if not tables:
        return
    lines = columns(doc).line
    covered = [False] * len(doc)
    for ent in ents:
        if ent.kind is not None:
            for i in range(ent.start, ent.end):
                covered[i] = True
    i = 0
    while i < len(doc):
        if lines[i] not in tables or covered[i] or not _team_word(doc[i], people) or not _team_start(doc, i):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < MAX_TEAM_WORDS and lines[j] == lines[i] and not covered[j] \
                and _team_word(doc[j], people) and not _breaks(doc, j - 1):
            j += 1
        if j < len(doc) and lines[j] == lines[i] and not _breaks(doc, j - 1) and is_number(doc[j].text):
            cands = [c.entry for c in gaz.candidates(doc[i:j].text) if c.how != "alternate"]
            kind = "place" if any(e.kind in COUNTRY_LIKE for e in cands) else "org"
            before = max((e for e in ents if e.kind is not None and e.end <= i and lines[e.start] == lines[i]),
                         key=lambda e: e.end, default=None)
            if before is not None and before.kind == "person" and doc[i - 1].text in (",", ";"):
                kind = "person"  # "I. Baig 92 not out , Farid Zaman 44": a list of players
            ents.append(Ent(i, j, kind, "TEAM" if kind != "person" else "PLAYER"))
        i = j


def _team_word(tok, people: set[str]) -> bool:
    text = tok.text
    bare = text.rstrip(".")
    return (text[:1].isupper() and len(bare) > 1 and bare.isalpha() and text not in people
            and text.casefold().rstrip(".") not in CALENDAR_WORDS and not is_title(text) and not is_honorific(text))


def _team_start(doc: Doc, i: int) -> bool:
    """Does a team's name begin at token ``i``: at the line's start, after a number or a separator?"""
    if i == 0 or _breaks(doc, i - 1):
        return True
    before = doc[i - 1].text
    return is_number(before) or before in TEAM_OPENERS
