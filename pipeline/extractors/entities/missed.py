"""Names spaCy did not tag, found by the other passes' knowledge: bare surnames of people the article
names in full, names after a capitalized title ("King Abdullah II"), places in "X (Country)" (people when the name has
two or three words: a player and his country), and country names ("UK", "Asia").

Every token is claimed once: a name found here never overlaps an entity, or another name found here.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...lang.gazetteer import Gazetteer
from ...lang.names import is_honorific, is_title
from ...lang.organizations import org_designators
from ..common import columns, entities_of, span_text
from .people import KnownPeople, titled_name
from .places import country_code, parenthesized_country
from .spans import Ent, claim, inside_longer_name, last_word


def add_missed(doc: Doc, ents: list[Ent], gaz: Gazetteer, known: KnownPeople) -> None:
    """Add the names spaCy missed to ``ents`` (and make a one-word "person" before "(Country)" a place)."""
    covered = [False] * len(doc)
    for ent in ents:
        for i in range(ent.start, ent.end):
            covered[i] = True

    # places: "Hasan (Russia)"; people: "Jens Kohl ( Germany ) beat ..." (a player and his country)
    c = columns(doc)
    words = c.text
    for ent in ents:
        if ent.kind == "person" and ent.end - ent.start == 1 and words[ent.start] not in known.words:
            found = parenthesized_country(doc, ent.end, lambda t: country_code(gaz, t))
            if found and ent.start > 0 and not covered[ent.start - 1] \
                    and _full_name_before_country(doc, ent.start - 1, ent.end, gaz):
                ent.start -= 1  # "1. Marlon [Ashby] ( Jamaica )": the first name the model left out
                covered[ent.start] = True
            elif found:
                ent.kind, ent.features["country_hint"] = "place", found[0]
        elif ent.kind in ("place", "org") and _full_name_before_country(doc, ent.start, ent.end, gaz):
            ent.kind = "person"
    # one pass over the tokens; the loops below look at strings and create tokens only for candidates
    tagged = [False] * len(doc)
    for e in entities_of(doc):
        for i in range(e.start, e.end):
            tagged[i] = True
    for i in (i for i, w in enumerate(words) if w == "(" and i > 0 and not covered[i - 1]):
        j = i
        while j > 0 and j > i - 3 and not covered[j - 1] and c.pos[j - 1] == "PROPN" and c.is_title[j - 1]:
            j -= 1
        if j == i or words[j] in known.words or is_title(words[j]):
            continue
        found = parenthesized_country(doc, i, lambda t: country_code(gaz, t))
        if found and _full_name_before_country(doc, j, i, gaz):
            if claim(covered, j, i):
                ents.append(Ent(j, i, "person", "PAREN"))
        elif found and claim(covered, j, i):
            ents.append(Ent(j, i, "place", "PAREN", {"country_hint": found[0]}))

    # people: untagged surnames and titled names; places: untagged country names ("UK", "Asia")
    for i, word in enumerate(words):
        if covered[i] or not word[:1].isupper():
            continue
        if word in known.untagged and not is_title(word):
            if claim(covered, i, i + 1):
                ents.append(Ent(i, i + 1, "person", "SURNAME"))
            continue
        if (name := titled_name(doc, i, tagged, covered, gaz)) and claim(covered, *name):
            ents.append(Ent(*name, "person", "TITLED"))
            continue
        if tagged[i] or c.pos[i] != "PROPN":
            continue
        for n in range(min(4, len(doc) - i), 0, -1):
            if any(covered[i : i + n]) or any(tagged[i : i + n]):
                continue
            if gaz.is_country_name(span_text(doc, i, i + n)) and not inside_longer_name(doc, i, i + n) \
                    and not (i > 0 and (is_title(words[i - 1]) or is_honorific(words[i - 1]))) \
                    and claim(covered, i, i + n):
                ents.append(Ent(i, i + n, "place", "GAZETTEER"))
                break


def _full_name_before_country(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """ "Jens Kohl ( Germany )": two or three capitalized words the gazetteer does not know, before a
    country in parentheses, are a person and the country they play or stand for (a one-word name there is
    a place in that country: "Hasan (Russia)")."""
    if not 2 <= end - start <= 3 or parenthesized_country(doc, end, lambda t: country_code(gaz, t)) is None:
        return False
    words = doc[start:end]
    if gaz.candidates(words.text) or last_word(words.text) in org_designators():
        return False
    return all(t.text[:1].isupper() and (t.is_alpha or "-" in t.text or t.text.endswith(".")) for t in words)
