"""The whole article as evidence: one kind per name, and names found again where the model missed them.

The model reads a sentence at a time; an article names the same people and places again and again, so
what one mention shows settles the others:

- :func:`full_names`: a person named in full ("Sydney Paris") is that person wherever the same words
  stand, whatever the model made of them there (two places in a headline);
- :func:`lists`: in a list of names ("Dorin Matei , Adrian Neagu , Sorin Vlad ;") a name the gazetteer
  does not know takes the kind most of the list has;
- :func:`recover_places`: a place the article names (a known place, or the dateline's) is a place at its
  other mentions the model missed: whole words, same case (or in capitals on a line in capitals), not
  inside a longer name, not a person's name word, not a modifier of a common noun;
- :func:`known_places_in_context`: a place the model missed is one where the words around it say place
  (a preposition of place, a state after it, a list of places) and the gazetteer knows it;
- :func:`capital_lines`: a headline or heading in capitals ("ROMANIA BEAT LITHUANIA", "SOCCER - ...")
  is read case-aware: its words are names when the article names them in normal case (a place, a person's
  surname, an organization), or the gazetteer knows them as a country or region; a model entity there
  that neither the article nor the gazetteer vouches for is dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...lang.gazetteer import COUNTRY_LIKE, Gazetteer
from ...lang.names import is_honorific, is_title
from ...lang.places import COMPASS_POINTS, LOCATIVE_PREPOSITIONS, SETTLEMENT_NOUNS
from ..common import columns, span_text
from .people import KnownPeople
from .spans import PLACE_LABELS, Ent, inside_longer_name, text_of

LIST_SEPARATORS = frozenset({",", ";"})
# "north of Bukavu", "the town of X": a word before "of" that introduces a place.
DIRECTION_WORDS = COMPASS_POINTS | SETTLEMENT_NOUNS
# A word in capitals on a capitals line is read as a place by the gazetteer alone only as one of these kinds.
CAPITALS_PLACE_KINDS = COUNTRY_LIKE | {"region"}


def _covered(doc: Doc, ents: list[Ent]) -> list[bool]:
    covered = [False] * len(doc)
    for ent in ents:
        if ent.kind is not None:
            for i in range(ent.start, ent.end):
                covered[i] = True
    return covered


def _covered_or_tagged(doc: Doc, ents: list[Ent]) -> list[bool]:
    """Tokens in one of ``ents``, or in any entity of the model's."""
    return [mine or bool(label) for mine, label in zip(_covered(doc, ents), columns(doc).ent, strict=True)]


def _index(doc: Doc, *, fold: bool) -> dict[str, list[int]]:
    """Token positions by text (``fold``: case-folded), built once per Doc."""
    slot = "factbox_index_folded" if fold else "factbox_index"
    index = doc.user_data.get(slot)
    if index is None:
        index = {}
        words = columns(doc).text
        folded = {w: w.casefold() for w in set(words)} if fold else None  # (each word folded once)
        for i, word in enumerate(words):
            index.setdefault(folded[word] if folded else word, []).append(i)
        doc.user_data[slot] = index
    return index


def _occurrences(doc: Doc, words: list[str], *, fold: bool = False):
    """Token ranges where the words of a name stand (``fold``: case-insensitive)."""
    n = len(words)
    target = [w.casefold() for w in words] if fold else words
    texts = columns(doc).text
    for i in _index(doc, fold=fold).get(target[0], ()):
        if i + n <= len(doc) and all(
                (texts[i + k].casefold() if fold else texts[i + k]) == target[k] for k in range(1, n)):
            yield i, i + n


def full_names(doc: Doc, ents: list[Ent], known: KnownPeople) -> list[Ent]:
    """Every place where the words of a known full name stand is a mention of that person."""
    out = list(ents)
    for name in sorted(known.full, key=lambda n: (-len(n), n)):
        for start, end in _occurrences(doc, name.split(" ")):
            overlapping = [e for e in out if e.start < end and start < e.end and e.kind is not None]
            if any(e.kind == "person" and e.start <= start and end <= e.end for e in overlapping):
                continue
            if any(e.start < start or end < e.end for e in overlapping):
                continue  # inside a longer name ("Walt Disney Co.")
            for e in overlapping:
                e.kind = None
            out.append(Ent(start, end, "person", "FULLNAME"))
    return [e for e in out if e.kind is not None]


def lists(doc: Doc, ents: list[Ent], gaz: Gazetteer) -> None:
    """In a list of three or more names separated by commas or semicolons, a name the gazetteer does not
    know takes the kind more names of the list have than any other ("Dorin Matei , Adrian Neagu , Sorin Vlad ;")."""
    ordered = sorted((e for e in ents if e.kind is not None), key=lambda e: e.start)
    groups: list[list[Ent]] = []
    for ent in ordered:
        prev = groups[-1][-1] if groups else None
        if prev is not None and ent.start == prev.end + 1 and doc[prev.end].text in LIST_SEPARATORS \
                and columns(doc).line[prev.end] == columns(doc).line[ent.start]:
            groups[-1].append(ent)
        else:
            groups.append([ent])
    for group in groups:
        if len(group) < 3:
            continue
        kinds = [e.kind for e in group]
        counts = sorted(((kinds.count(k), k) for k in set(kinds)), reverse=True)
        top = counts[0][1]
        if counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            continue
        for ent in group:
            if ent.kind != top and ent.label not in ("DATELINE", "AGENCY") and not gaz.candidates(text_of(doc, ent)):
                ent.kind = top


def recover_places(doc: Doc, ents: list[Ent], names: set[str], known: KnownPeople) -> None:
    """Add the other mentions of the article's known places that the model missed (``names``: the place
    names as the article writes them, and as the dateline gives them), never a word of a person's name
    nor a word after a title ("Lieutenant Washington"). A name the dateline gives as its place is that
    place where the model called it an organization ("PALMA , Spain" then "talks in Palma", tagged ORG)."""
    dateline = {n for e in ents if e.label == "DATELINE" and e.kind == "place"
                for n in (text_of(doc, e), e.features.get("name")) if n}
    for ent in ents:
        if ent.kind == "org" and ent.label == "ORG" and text_of(doc, ent) in dateline:
            ent.kind = "place"
    covered = _covered_or_tagged(doc, ents)  # a name inside another entity of the model's ("the U.S. Open")
    capitals = capital_line_numbers(doc)
    c = columns(doc)
    lines = c.line
    for name in sorted(names, key=lambda n: (-len(n.split()), n)):
        words = name.split()
        for start, end in _occurrences(doc, words, fold=True):
            text = span_text(doc, start, end)
            if text != name and not (text.isupper() and lines[start] in capitals):
                continue  # case-aware: "Reading" the town is not "reading"
            if end < len(doc) and c.pos[end] == "NOUN" and c.is_lower[end]:
                continue  # a modifier ("United States automakers"): the weakest evidence, left to the model
            if any(covered[start:end]) or inside_longer_name(doc, start, end) or (end - start == 1 and (
                    text in known.words or start > 0 and (is_title(c.text[start - 1])
                                                          or is_honorific(c.text[start - 1])))):
                continue
            for i in range(start, end):
                covered[i] = True
            ents.append(Ent(start, end, "place", "ARTICLE"))


def capital_line_numbers(doc: Doc) -> frozenset[int]:
    """Lines written in capitals (at least two words of letters, none in lower case); computed once per Doc
    (three passes ask)."""
    cached = doc.user_data.get("factbox_capital_lines")
    if cached is None:
        letters: dict[int, list[str]] = {}
        c = columns(doc)
        for text, line, alpha in zip(c.text, c.line, c.is_alpha, strict=True):
            if alpha:
                letters.setdefault(line, []).append(text)
        cached = frozenset(n for n, words in letters.items()
                           if len(words) >= 2 and all(w.isupper() for w in words if len(w) > 1))
        doc.user_data["factbox_capital_lines"] = cached
    return cached


def capital_lines(doc: Doc, ents: list[Ent], gaz: Gazetteer, vocab: dict[str, str]) -> list[Ent]:
    """Read the lines in capitals case-aware (``vocab``: names of the rest of the article, case-folded ->
    kind). Entities there keep a kind only when the article or the gazetteer vouches for them; words the
    article names elsewhere become mentions of that kind."""
    capitals = capital_line_numbers(doc)
    if not capitals:
        return ents
    lines = columns(doc).line
    kept: list[Ent] = []
    for ent in ents:
        if lines[ent.start] not in capitals or ent.label in ("DATELINE", "AGENCY", "TEAM"):
            kept.append(ent)
            continue
        kind = _capital_kind(text_of(doc, ent), gaz, vocab)
        if kind is not None:
            ent.kind = kind
            kept.append(ent)
    covered = _covered(doc, kept)
    i = 0
    while i < len(doc):
        if lines[i] not in capitals or covered[i] or not doc[i].is_alpha or not doc[i].text.isupper():
            i += 1
            continue
        for n in (3, 2, 1):  # the longest name first: "SRI LANKA" before "LANKA"
            if i + n > len(doc) or any(covered[i : i + n]) or lines[i + n - 1] != lines[i]:
                continue
            kind = _capital_kind(doc[i : i + n].text, gaz, vocab)
            if kind is not None:
                kept.append(Ent(i, i + n, kind, "CAPITALS"))
                for k in range(i, i + n):
                    covered[k] = True
                i += n - 1
                break
        i += 1
    return kept


def _capital_kind(text: str, gaz: Gazetteer, vocab: dict[str, str]) -> str | None:
    folded = text.casefold()
    if folded in vocab:
        return vocab[folded]
    if any(c.how != "alternate" and c.entry.kind in CAPITALS_PLACE_KINDS and c.entry.latitude is not None
           for c in gaz.candidates(text)):
        return "place"  # a country, or a region the gazetteer places (not any subdivision: "EASTERN")
    return None


def article_vocabulary(doc: Doc, ents: list[Ent], known: KnownPeople) -> dict[str, str]:
    """The names the article writes outside its lines in capitals, case-folded -> kind (people also by
    surname); a name given two kinds is left out."""
    capitals = capital_line_numbers(doc)
    lines = columns(doc).line
    kinds: dict[str, set[str]] = {}
    for ent in ents:
        if ent.kind is None or lines[ent.start] in capitals:
            continue
        text = ent.features.get("name") if ent.label == "DATELINE" else text_of(doc, ent)
        if text:
            kinds.setdefault(text.casefold(), set()).add(ent.kind)
    for surname in known.surnames:
        kinds.setdefault(surname.casefold(), set()).add("person")
    return {name: next(iter(found)) for name, found in kinds.items() if len(found) == 1}


def place_names(doc: Doc, ents: list[Ent], gaz: Gazetteer) -> set[str]:
    """The article's place names that the gazetteer knows, as written, and the dateline's (in normal case:
    the dateline says it is a place, whether the gazetteer knows it or not)."""
    names: set[str] = set()
    for ent in ents:
        if ent.kind != "place" or (ent.label not in PLACE_LABELS and ent.label not in ("DATELINE", "GAZETTEER")):
            continue
        text = text_of(doc, ent)
        dateline = ent.label == "DATELINE"
        if dateline or any(c.how != "alternate" for c in gaz.candidates(text)):
            names.add(text)
            if dateline and ent.features.get("name"):
                names.add(ent.features["name"])
    return names


def known_places_in_context(doc: Doc, ents: list[Ent], gaz: Gazetteer) -> None:
    """Places the model missed, found where the words around them say place: after a preposition of place
    ("in Dijon", "north of Bukavu"), before a state or country ("Capitol Heights, Md."), or in a list of
    places ("in Paris, Marseille and Lille"). A name needs the gazetteer to know it, except before a
    state abbreviation or a region, which says it is a town of that region."""
    covered = _covered_or_tagged(doc, ents)
    place_at = {i for e in ents if e.kind == "place" for i in range(e.start, e.end)}
    c = columns(doc)
    i = 0
    while i < len(doc):
        if covered[i] or c.pos[i] != "PROPN" or not c.text[i][:1].isupper() or is_title(c.text[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end < i + 3 and not covered[end] and c.pos[end] == "PROPN" \
                and c.text[end][:1].isupper() and c.is_alpha[end]:
            end += 1
        text = span_text(doc, i, end)
        prev = i - 1 if i > 0 else None
        known = any(cand.how != "alternate" for cand in gaz.candidates(text))
        qualified = end + 1 < len(doc) and c.text[end] == "," and (end + 1) in place_at and any(
            cand.entry.kind == "region" for cand in gaz.candidates(c.text[end + 1]))
        listed = prev is not None and c.text[prev] in (",", "and") and i >= 2 and (i - 2) in place_at
        placed = prev is not None and c.lower[prev] in LOCATIVE_PREPOSITIONS | {"of"} and (
            c.lower[prev] != "of" or (i >= 2 and c.lower[i - 2] in DIRECTION_WORDS))
        if not inside_longer_name(doc, i, end) and (qualified or (known and (listed or placed))):
            ents.append(Ent(i, end, "place", "CONTEXT"))
            for k in range(i, end):
                covered[k] = True
                place_at.add(k)
        i = end
