"""People: names spaCy cut or missed, and the bare surnames of people the article names in full.

Titles are trimmed off names and roles read around them (:mod:`.roles`); two PERSON spans cut at a name
particle are one name ("Prince Abdulaziz" + "bin Salman"); name words spaCy left out are added ("Choe Son" +
"Hui", "Abdullah" + "II"); a name seen in full ("Sergey Lavrov") makes every later bare surname ("Lavrov",
however spaCy tagged it, or untagged) a mention of that person, unless two people share it; a capitalized
title before untagged name words makes a name ("King Abdullah II", "Mr. Kim").
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from ...lang.gazetteer import COUNTRY_LIKE, Gazetteer, gazetteer
from ...lang.names import NAME_PARTICLES, RE_GENERATION, ROLE_MODIFIERS, is_honorific, is_title
from ...lang.organizations import org_designators
from ..common import columns, span_text
from .places import locative, strong_place
from .roles import role_after, role_before
from .spans import PLACE_LABELS, Ent, last_word

# Verbs that say a name beside them is a speaker ("Jordan said", "said Jordan").
SPEECH_VERBS = frozenset({"say", "tell", "add", "ask", "state", "explain", "recall", "note", "insist"})


class KnownPeople(NamedTuple):
    """Names of the people an article names in full, and the single words that stand for them."""

    full: set[str]
    words: set[str]  # every word of a full name
    surnames: set[str]  # last words of full names
    tagged: dict[str, str]  # word -> the one full name it stands for, for a word spaCy tagged as a name
    untagged: dict[str, str]  # the same, for a capitalized word spaCy left untagged (surnames only)


def known_people(doc: Doc, ents: list[Ent]) -> KnownPeople:
    """A surname stands for the one person whose last word it is; a first word stands for the one person
    it begins ("Wang" -> Wang Yi, "Kim" -> Kim Yong Nam), and a middle name for the one person it is in
    ("Lula" -> Luiz Inácio Lula da Silva), only where spaCy tagged it as a name, or for names of three
    words (East Asian order: "Kim Jong Un")."""
    last: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}
    anywhere: dict[str, set[str]] = {}
    full: set[str] = set()
    for ent in ents:
        if ent.kind != "person" or ent.end - ent.start < 2:
            continue
        c = columns(doc)
        words = [c.text[i] for i in range(ent.start, ent.end)
                 if c.is_alpha[i] or "'" in c.text[i] or "-" in c.text[i]]
        if len(words) < 2:
            continue
        name = " ".join(words)
        full.add(name)
        last.setdefault(words[-1], set()).add(name)
        first.setdefault(words[0], set()).add(name)
        for word in words[1:-1]:
            if word[:1].isupper():  # "Lula" in "Luiz Inácio Lula da Silva", not "da"
                anywhere.setdefault(word, set()).add(name)

    def only(names: set[str]) -> str | None:
        return next(iter(names)) if len(names) == 1 else None

    tagged: dict[str, str] = {}
    untagged: dict[str, str] = {}
    for word in set(last) | set(first) | set(anywhere):
        owner = only(last[word]) if word in last else only(first[word]) if word in first else only(anywhere[word])
        if owner is None:
            continue
        tagged[word] = owner
        if word in last or (word in first and len(owner.split(" ")) >= 3):
            untagged[word] = owner
    return KnownPeople(full, set(last) | set(first) | set(anywhere), set(last), tagged, untagged)


def surname_use(doc: Doc, ent: Ent, starts: list[int], in_org_names: set[str], known: KnownPeople) -> bool:
    """Is a one-word ORG or place entity that stands for a person of the article a mention of that person?

    Not when it is a word of a longer organization name ("Ford" beside "Ford Motor Company" and "William
    Clay Ford Jr."). A word spaCy called a place must be a surname and read as a person's: a possessive
    says so unless the word names a country ("near Slepian's house", not "Jordan's king"); not a known
    place introduced as a place ("in Austin", "Austin, Texas"; "interest in Kopp" is the person), not a
    modifier of a noun ("Washington police"); a country's name ("Jordan" beside "Austin Jordan") only with
    a title before it or a speech verb beside it."""
    word = doc[ent.start].text
    if ent.label in PLACE_LABELS or ent.kind == "place":
        if word not in known.surnames:
            return False
        after = doc[ent.end] if ent.end < len(doc) else None
        country = any(c.how != "alternate" and c.entry.kind in COUNTRY_LIKE for c in gazetteer().candidates(word))
        if not country and after is not None and (after.tag_ == "POS" or after.text in ("'s", "\u2019s")):
            return True  # "near Slepian's house": a person's house, not the place ("Jordan's king" is)
        if locative(doc, ent.start, starts[ent.start]) and any(
                c.how != "alternate" for c in gazetteer().candidates(word)):
            return False  # "in Austin": a place that is also the surname ("interest in Kopp": no place)
        if after is not None and (
            (after.text == "," and ent.end + 1 < len(doc) and gazetteer().candidates(doc[ent.end + 1].text)
             and doc[ent.end + 1].text[:1].isupper())
            or (after.is_lower and after.pos_ in ("NOUN", "PROPN"))
        ):
            return False
        if country:
            before = doc[ent.start - 1] if ent.start > 0 else None
            titled = before is not None and (is_title(before.text) or is_honorific(before.text))
            speech = any(doc[i].lemma_ in SPEECH_VERBS for i in (ent.start - 1, ent.end) if 0 <= i < len(doc))
            return titled or speech
        return True
    return word not in in_org_names


def is_name_word(doc: Doc, i: int) -> bool:
    """Is token ``i`` a capitalized proper noun, or a generation ("II", "Jr.")?"""
    c = columns(doc)
    return (c.pos[i] == "PROPN" and c.is_title[i] and c.is_alpha[i]) or bool(RE_GENERATION.match(c.text[i]))


def name_tail(doc: Doc, end: int) -> int:
    """Extend a person span over name words spaCy left out ("Choe Son" + "Hui", "Abdullah" + "II")."""
    limit = min(end + 2, len(doc))
    c = columns(doc)
    while end < limit and not c.ent[end] and is_name_word(doc, end) and not is_title(c.text[end]):
        end += 1
    return end


def titled_name(doc: Doc, i: int, tagged: list[bool], covered: list[bool], gaz: Gazetteer) -> tuple[int, int] | None:
    """A name spaCy missed after a capitalized title: "King Abdullah II", "Mr. Kim" -> token range."""
    words = columns(doc).text
    if not words[i][:1].isupper() or not (is_title(words[i]) or is_honorific(words[i])):
        return None
    j = i + 1
    while j < len(doc) and j < i + 4 and not tagged[j] and not covered[j] and is_name_word(doc, j):
        if is_title(words[j]) or is_honorific(words[j]):
            return None
        j += 1
    if j == i + 1 or RE_GENERATION.match(words[i + 1]):
        return None
    text = span_text(doc, i + 1, j)
    if strong_place(gaz, text, 0) or last_word(text) in org_designators():
        return None
    return i + 1, j


def in_title(doc: Doc, i: int) -> bool:
    """Is token ``i`` a role word beside a title ("Defense Secretary", "Secretary of State")?"""
    if doc[i].lower_ not in ROLE_MODIFIERS:
        return False
    if i + 1 < len(doc) and is_title(doc[i + 1].text):
        return True
    return i >= 2 and doc[i - 1].lower_ == "of" and is_title(doc[i - 2].text)


def join_particles(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """Join two PERSON entities spaCy cut at a name particle: "Prince Abdulaziz" + "bin Salman" is one name."""
    out: list[Ent] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.label == ent.label == "PERSON" and prev.end == ent.start
                and doc[ent.start].text in NAME_PARTICLES and ent.end - ent.start > 1):
            prev.end = ent.end
            continue
        out.append(ent)
    return out


def mark_surnames(doc: Doc, ents: list[Ent], starts: list[int], known: KnownPeople) -> None:
    """A name seen in full ("Sergey Lavrov") makes a later bare surname a mention of that person, however
    spaCy tagged it (an organization or a place), unless two people share it."""
    words = columns(doc).text
    in_org_names = {words[i] for e in ents if e.kind == "org" and e.end - e.start > 1 for i in range(e.start, e.end)}
    for ent in ents:
        text = span_text(doc, ent.start, ent.end)
        if ent.kind not in ("org", "place") or ent.label in ("DATELINE", "AGENCY"):
            continue
        if text in known.full or (
            ent.end - ent.start == 1 and text in known.tagged and surname_use(doc, ent, starts, in_org_names, known)
        ):
            ent.kind, ent.label = "person", "SURNAME"


def add_roles(doc: Doc, ent: Ent, starts: list[int], ends: list[int]) -> None:
    """A person's name, and the roles written around it ("Russian Foreign Minister", ", minister of X")."""
    ent.features["name"] = span_text(doc, ent.start, ent.end)
    sent_start = starts[ent.start]
    words = columns(doc).text
    if sent_start == ent.start > 0 and words[ent.start - 1].endswith(".") and is_title(words[ent.start - 1]):
        sent_start = starts[ent.start - 1]  # "Sgt. Derek Glenn": the parser ended a sentence at the title's period
    before = role_before(doc, ent.start, sent_start)
    after = role_after(doc, ent.end, ends[ent.end - 1])
    roles = [r.text for r in (before, after) if r]
    if roles:
        ent.features["roles"] = roles
