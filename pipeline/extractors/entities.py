"""People, places and organizations: spaCy's entities, corrected, as plain Mentions.

spaCy's small model is a good start and a poor finish for news entities: it calls "Lavrov" and "Ulan-Ude"
ORG, a railway station town PERSON, "DPRK" ORG, and misses surnames it saw in full a sentence before. One
pass over the Doc (:func:`analyze`, cached in ``doc.user_data``) reads every PERSON, GPE, LOC, FAC, ORG and
NORP entity and decides what it really is, with general rules and tables only:

1. Header: the dateline place is a place mention and its agencies are organizations; nothing else in the
   dateline is an entity, and the byline author and @handles are not people.
2. Each span is classified: a wire agency is an organization; a name ending in an organization word
   ("Railways", "Airlines") is an organization; a name the gazetteer knows as a country, region, landmark
   or large city is a place whatever spaCy said (with a population floor for cities); an organization span
   that is a title plus a name ("Spokeswoman Sandy Angers") is a person; demonyms are not places.
3. People: titles are trimmed off names; a name seen in full ("Sergey Lavrov") makes every later bare
   surname ("Lavrov", however spaCy tagged it, or untagged) a mention of that person, unless two people
   share it; roles come from the words around the name (see :mod:`pipeline.extractors.people`).
4. Places: "X (Country)" makes X a place in that country; "X and Y" is split; a name used as a modifier
   ("US automaker") is an affiliation, not a place mention; "the" joins a name it determines ("the U.S.");
   "City, Region" is one mention of the city qualified by the region, which stays a mention of its own.
5. Organizations: an acronym in parentheses after a name is an alias and a mention ("(NDC)").

The three extractors registered in ``EXTRACTORS`` return the three lists of this one pass.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from spacy.tokens import Doc

from ..lang.events import EVENT_NAME_WORDS
from ..lang.gazetteer import Gazetteer, gazetteer
from ..lang.names import NAME_PARTICLES, RE_GENERATION, ROLE_MODIFIERS
from ..lang.organizations import news_agencies, org_descriptors, org_designators, product_descriptors
from ..lang.places import GOVERNMENT_NOUNS, LOCATIVE_PREPOSITIONS, SETTLEMENT_NOUNS
from ..records import Article, Mention
from . import people as people_rules
from . import places as place_rules
from .common import sentence_index

PERSON_LABELS = frozenset({"PERSON"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ORG_LABELS = frozenset({"ORG"})
CANDIDATE_LABELS = PERSON_LABELS | PLACE_LABELS | ORG_LABELS | {"NORP"}
# A city name spaCy tagged PERSON (ORG) is taken for the city only from this many inhabitants.
PERSON_TO_CITY_MIN_POPULATION = 250_000
ORG_TO_CITY_MIN_POPULATION = 15_000
CACHE_KEY = "factbox_entities"
RE_AGENCY_SPLIT = re.compile(r"\s*(?:/|,|;|\band\b|&)\s*")
RE_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
RE_DATELINE_QUALIFIER = re.compile(r",\s*(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")
KINDS = ("person", "place", "org")


@dataclass
class _Ent:
    """A working entity: token range, what it is, and the character extent to report."""

    start: int
    end: int
    kind: str | None
    label: str
    features: dict[str, Any] = field(default_factory=dict)
    char_start: int | None = None
    char_end: int | None = None


def _strong_place(gaz: Gazetteer, text: str, min_population: int) -> bool:
    """Does the gazetteer know ``text`` as a place by its name or an alias (a city only when large)?"""
    for cand in gaz.candidates(text):
        if cand.how == "alternate":
            continue
        if cand.entry.kind != "city" or cand.entry.population >= min_population:
            return True
    return False


def _locative(doc: Doc, start: int, sent_start: int) -> bool:
    """Is the name at ``start`` introduced as a place ("in X", "from X", "the city of X")?"""
    if start <= sent_start:
        return False
    prev = doc[start - 1]
    if prev.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    return prev.lower_ == "of" and start - 2 >= sent_start and doc[start - 2].lower_ in SETTLEMENT_NOUNS


def _place_evidence(gaz: Gazetteer, doc: Doc, ent: "_Ent", sent_start: int, min_population: int) -> bool:
    """A name spaCy did not call a place is one when the gazetteer knows it as a country, region or
    landmark, or as a city it is introduced as a place ("in Ulan-Ude")."""
    text = doc[ent.start : ent.end].text
    cands = [c.entry for c in gaz.candidates(text) if c.how != "alternate"]
    if any(e.kind != "city" for e in cands):
        return True
    return any(e.population >= min_population for e in cands) and _locative(doc, ent.start, sent_start)


def _country_code(gaz: Gazetteer, text: str) -> str | None:
    for cand in gaz.candidates(text):
        if cand.how != "alternate" and cand.entry.kind in ("country", "historical_state"):
            return cand.entry.country_code
    return None


def _government_of(gaz: Gazetteer, span) -> str | None:
    """The country an ORG such as "the US Government" or "the Canadian Government" is the government of."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2 or words[-1].lower_ not in GOVERNMENT_NOUNS:
        return None
    head = " ".join(t.text for t in words[:-1])
    code = gaz.demonym(head)
    if code:
        country = gaz.country(code)
        return country.name if country else None
    if _country_code(gaz, head):
        return head
    return None


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower().strip(".,") if words else ""


def _classify(doc: Doc, ent: _Ent, gaz: Gazetteer, sent_start: int) -> str | None:
    """What a spaCy entity really is: "person", "place", "org" or None (not an entity we report)."""
    span = doc[ent.start : ent.end]
    text = span.text
    if text in news_agencies():
        return "org"
    if gaz.demonym(text) is not None and not _strong_place(gaz, text, 0):
        return None
    last = _last_word(text)
    if last in EVENT_NAME_WORDS and ent.label != "PERSON":
        return None
    if last in org_designators() and not _strong_place(gaz, text, 0):
        return "org"
    if ent.label in PERSON_LABELS:
        before = doc[ent.start - 1] if ent.start > sent_start else None
        if before is not None and before.is_lower and before.lower_ in product_descriptors():
            return None  # "web browser Safari"
        if before is not None and before.is_lower and before.lower_ in org_descriptors():
            return "org"  # "electronics retailer Best Buy"
        if before is not None and before.lower_ in ("the", "a", "an") and len(span) == 1:
            return None  # "the PowerBook", "the Worldliner": people take no article
        cued = ent.start > sent_start and (
            people_rules.is_title(doc[ent.start - 1].text) or people_rules.is_honorific(doc[ent.start - 1].text)
        )
        if not cued and len(span) == 1 and _place_evidence(gaz, doc, ent, sent_start, PERSON_TO_CITY_MIN_POPULATION):
            return "place"
        return "person"
    if ent.label in ORG_LABELS or ent.label == "NORP":
        if _place_evidence(gaz, doc, ent, sent_start, ORG_TO_CITY_MIN_POPULATION):
            return "place"
        if ent.label == "NORP":
            return None
        if (country := _government_of(gaz, span)) is not None:
            ent.features["name"] = country
            return "place"
        if len(span) >= 2 and people_rules.is_title(span[0].text):
            rest = [t for t in span[1:] if not people_rules.is_title(t.text)]
            if 1 <= len(rest) <= 4 and all(t.text[:1].isupper() and t.is_alpha for t in rest):
                return "person"
        return "org"
    return "place"


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
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


def _char_span_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def _header(doc: Doc, article: Article, ents: list[_Ent]) -> list[_Ent]:
    """Drop entities inside the dateline and the byline; add the dateline place and agencies."""
    text = article.text
    blocked: list[tuple[int, int]] = []
    added: list[_Ent] = []
    dl = article.dateline
    if dl is not None:
        blocked.append((dl.start, dl.end))
        if dl.place and dl.place_start is not None and dl.place_end is not None:
            toks = _char_span_tokens(doc, dl.place_start, dl.place_end)
            qualifier = RE_DATELINE_QUALIFIER.match(text, dl.place_end, dl.end)
            if qualifier and dl.date_start is not None and qualifier.start("name") >= dl.date_start:
                qualifier = None  # "LONDON, March 3 (Reuters)": the date, not a region ("March" is also a town)
            if qualifier and gazetteer().candidates(qualifier["name"]):
                q_start, q_end = qualifier.span("name")
                q_toks = _char_span_tokens(doc, q_start, q_end)
                if q_toks:
                    added.append(_Ent(*q_toks, "place", "DATELINE", {"qualifies": dl.place}, q_start, q_end))
                    features = {"dateline": True, "name": dl.place, "qualifier": qualifier["name"]}
                    added.append(_Ent(*toks, "place", "DATELINE", features, dl.place_start, dl.place_end))
                    toks = None
            if toks:
                added.append(
                    _Ent(
                        *toks,
                        "place",
                        "DATELINE",
                        {"dateline": True, "name": dl.place},
                        dl.place_start,
                        dl.place_end,
                    )
                )
        if dl.agency:
            window = text[dl.start : dl.end]
            at = 0
            for name in RE_AGENCY_SPLIT.split(dl.agency):
                name = name.strip()
                pos = window.find(name, at) if name else -1
                if pos < 0:
                    continue
                at = pos + len(name)
                start = dl.start + pos
                toks = _char_span_tokens(doc, start, start + len(name))
                if toks:
                    added.append(_Ent(*toks, "org", "AGENCY", {"agency": True}, start, start + len(name)))
    if article.byline:
        handle = article.byline.lstrip("@").strip()
        limit = max(article.body_start, 0)
        pos = text.find(handle, 0, limit) if handle else -1
        while pos >= 0:
            blocked.append((pos, pos + len(handle)))
            pos = text.find(handle, pos + 1, limit)
    kept = []
    for ent in ents:
        span = doc[ent.start : ent.end]
        s, e = span.start_char, span.end_char
        if any(s < b1 and b0 < e for b0, b1 in blocked):
            continue
        if "@" in span.text or (ent.start > 0 and doc[ent.start - 1].text == "@"):
            continue
        kept.append(ent)
    return kept + added


def _trim(doc: Doc, ent: _Ent) -> None:
    """Drop a trailing possessive or punctuation; with a possessive, "the" goes with the possessed noun
    ("the United Kingdom's Royal Air Force" -> "United Kingdom")."""
    start, end = ent.start, ent.end
    possessive = False
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019")
        or (doc[end - 1].is_punct and doc[end - 1].text not in (".", ")"))
    ):
        possessive = possessive or doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "\u2019s")
        end -= 1
    while start < end and (doc[start].is_punct or (possessive and doc[start].lower_ == "the" and end - start > 1)):
        start += 1
    ent.start, ent.end = start, end


class _People(NamedTuple):
    """Names of the people an article names in full, and the single words that stand for them."""

    full: set[str]
    words: set[str]  # every word of a full name
    surnames: set[str]  # last words of full names
    tagged: dict[str, str]  # word -> the one full name it stands for, for a word spaCy tagged as a name
    untagged: dict[str, str]  # the same, for a capitalized word spaCy left untagged (surnames only)


def _known_people(doc: Doc, ents: list[_Ent]) -> _People:
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
        words = [t.text for t in doc[ent.start : ent.end] if t.is_alpha or "'" in t.text or "-" in t.text]
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
    return _People(full, set(last) | set(first) | set(anywhere), set(last), tagged, untagged)


def text_of(doc: Doc, ent: _Ent) -> str:
    return doc[ent.start : ent.end].text


def _surname_use(doc: Doc, ent: _Ent, starts: list[int], in_org_names: set[str], known: _People) -> bool:
    """Is a one-word ORG or place entity that stands for a person of the article a mention of that person?

    Not when it is a word of a longer organization name ("Ford" beside "Ford Motor Company" and "William
    Clay Ford Jr."). A word spaCy called a place must be a surname, not introduced as a place ("in X"),
    and not a country, region or city of a million people ("London" beside "Jack London")."""
    word = doc[ent.start].text
    if ent.label in PLACE_LABELS or ent.kind == "place":
        if word not in known.surnames or _locative(doc, ent.start, starts[ent.start]):
            return False
        gaz = gazetteer()
        return not any(
            c.how != "alternate" and (c.entry.kind != "city" or c.entry.population >= 1_000_000)
            for c in gaz.candidates(word)
        )
    return word not in in_org_names


def _is_name_word(token) -> bool:
    return (token.pos_ == "PROPN" and token.is_title and token.is_alpha) or bool(RE_GENERATION.match(token.text))


def _name_tail(doc: Doc, end: int) -> int:
    """Extend a person span over name words spaCy left out ("Choe Son" + "Hui", "Abdullah" + "II")."""
    limit = min(end + 2, len(doc))
    while (
        end < limit and not doc[end].ent_type_ and _is_name_word(doc[end]) and not people_rules.is_title(doc[end].text)
    ):
        end += 1
    return end


def _titled_name(doc: Doc, i: int, tagged: list[bool], covered: list[bool], gaz: Gazetteer) -> tuple[int, int] | None:
    """A name spaCy missed after a capitalized title: "King Abdullah II", "Mr. Kim" -> token range."""
    tok = doc[i]
    if not tok.text[:1].isupper() or not (people_rules.is_title(tok.text) or people_rules.is_honorific(tok.text)):
        return None
    j = i + 1
    while j < len(doc) and j < i + 4 and not tagged[j] and not covered[j] and _is_name_word(doc[j]):
        if people_rules.is_title(doc[j].text) or people_rules.is_honorific(doc[j].text):
            return None
        j += 1
    if j == i + 1 or RE_GENERATION.match(doc[i + 1].text):
        return None
    text = doc[i + 1 : j].text
    if _strong_place(gaz, text, 0) or _last_word(text) in org_designators():
        return None
    return i + 1, j


def _in_title(doc: Doc, i: int) -> bool:
    """Is token ``i`` a role word beside a title ("Defense Secretary", "Secretary of State")?"""
    if doc[i].lower_ not in ROLE_MODIFIERS:
        return False
    if i + 1 < len(doc) and people_rules.is_title(doc[i + 1].text):
        return True
    return i >= 2 and doc[i - 1].lower_ == "of" and people_rules.is_title(doc[i - 2].text)


def _describes_person(doc: Doc, end: int) -> bool:
    """Do the tokens from ``end`` read "<title words> [,] <PERSON>" ("Ryanair CEO, Michael O'Leary")?"""
    i = end
    while i < len(doc) and i < end + 4 and people_rules.is_title(doc[i].text):
        i += 1
    if i == end:
        return False
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B"


def _claim(covered: list[bool], start: int, end: int) -> bool:
    if any(covered[start:end]):
        return False
    for i in range(start, end):
        covered[i] = True
    return True


def _join_particles(doc: Doc, ents: list[_Ent]) -> list[_Ent]:
    """Join two PERSON entities spaCy cut at a name particle: "Prince Abdulaziz" + "bin Salman" is one name."""
    out: list[_Ent] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.label == ent.label == "PERSON" and prev.end == ent.start
                and doc[ent.start].text in NAME_PARTICLES and ent.end - ent.start > 1):
            prev.end = ent.end
            continue
        out.append(ent)
    return out


def analyze(doc: Doc, article: Article) -> dict[str, list[Mention]]:
    """Classify and correct the Doc's entities once; ``{"person": [...], "place": [...], "org": [...]}``."""
    cached = doc.user_data.get(CACHE_KEY)
    if cached is not None and cached[0] == article.doc_id:
        return cached[1]
    gaz = gazetteer()
    starts, ends = _sentence_bounds(doc)
    ents = [_Ent(e.start, e.end, None, e.label_) for e in doc.ents if e.label_ in CANDIDATE_LABELS]
    ents = _join_particles(doc, ents)
    ents = _header(doc, article, ents)
    for ent in ents:
        if ent.label in ("DATELINE", "AGENCY"):
            continue
        _trim(doc, ent)
        if ent.start >= ent.end:
            ent.kind = None
            continue
        ent.kind = _classify(doc, ent, gaz, starts[ent.start])
        if ent.kind == "person":
            ent.start, ent.end = people_rules.trim_name(doc, ent.start, ent.end)
            ent.end = _name_tail(doc, ent.end)
            if ent.start >= ent.end:
                ent.kind = None
    # "Secretary of State", "Defense Secretary": a one-word ORG that is a word of a title is no organization
    for ent in ents:
        if ent.kind == "org" and ent.end - ent.start == 1 and _in_title(doc, ent.start):
            ent.kind = None
    ents = [e for e in ents if e.kind is not None]

    # "AirTran" tagged GPE beside "AirTran Airways" tagged ORG: a name the gazetteer does not know that
    # starts an organization's name is that organization
    org_heads = {
        " ".join(t.text for t in doc[e.start : e.start + n])
        for e in ents
        if e.kind == "org"
        for n in range(1, e.end - e.start)
    }
    for ent in ents:
        if ent.kind == "person" and ent.end - ent.start == 1 and text_of(doc, ent) in org_heads:
            ent.kind = "org"  # "Cerberus" beside "Cerberus Capital Management"
            continue
        if (
            ent.kind == "place"
            and ent.label in PLACE_LABELS
            and text_of(doc, ent) in org_heads
            and not gaz.candidates(text_of(doc, ent))
        ):
            ent.kind = "org"

    # people: bare surnames of people named in full, whatever spaCy made of them
    known = _known_people(doc, ents)
    in_org_names = {t.text for e in ents if e.kind == "org" and e.end - e.start > 1 for t in doc[e.start : e.end]}
    for ent in ents:
        text = doc[ent.start : ent.end].text
        if ent.kind not in ("org", "place") or ent.label in ("DATELINE", "AGENCY"):
            continue
        if text in known.full or (
            ent.end - ent.start == 1 and text in known.tagged and _surname_use(doc, ent, starts, in_org_names, known)
        ):
            ent.kind, ent.label = "person", "SURNAME"
    # "Ryanair CEO, Michael O'Leary": a one-word "person" followed by a title and a person is a company,
    # and so are its other mentions
    companies = {
        text_of(doc, e)
        for e in ents
        if e.kind == "person"
        and e.label in PERSON_LABELS
        and e.end - e.start == 1
        and text_of(doc, e) not in known.words
        and _describes_person(doc, e.end)
    }
    for ent in ents:
        if ent.kind == "person" and ent.end - ent.start == 1 and text_of(doc, ent) in companies:
            ent.kind = "org"

    covered = [False] * len(doc)
    for ent in ents:
        for i in range(ent.start, ent.end):
            covered[i] = True

    # places: "Hasan (Russia)"
    for ent in ents:
        if ent.kind == "person" and ent.end - ent.start == 1 and doc[ent.start].text not in known.words:
            found = place_rules.parenthesized_country(doc, ent.end, lambda t: _country_code(gaz, t))
            if found:
                ent.kind, ent.features["country_hint"] = "place", found[0]
    # one pass over the tokens; the loops below look at strings and create tokens only for candidates
    words = [t.text for t in doc]
    tagged = [False] * len(doc)
    for e in doc.ents:
        for i in range(e.start, e.end):
            tagged[i] = True
    for i in (i for i, w in enumerate(words) if w == "(" and i > 0 and not covered[i - 1]):
        j = i
        while j > 0 and j > i - 3 and not covered[j - 1] and doc[j - 1].pos_ == "PROPN" and doc[j - 1].is_title:
            j -= 1
        if j == i or words[j] in known.words or people_rules.is_title(words[j]):
            continue
        found = place_rules.parenthesized_country(doc, i, lambda t: _country_code(gaz, t))
        if found and _claim(covered, j, i):
            ents.append(_Ent(j, i, "place", "PAREN", {"country_hint": found[0]}))

    # people: untagged surnames and titled names; places: untagged country names ("UK", "Asia")
    for i, word in enumerate(words):
        if covered[i] or not word[:1].isupper():
            continue
        if word in known.untagged and not people_rules.is_title(word):
            if _claim(covered, i, i + 1):
                ents.append(_Ent(i, i + 1, "person", "SURNAME"))
            continue
        if (name := _titled_name(doc, i, tagged, covered, gaz)) and _claim(covered, *name):
            ents.append(_Ent(*name, "person", "TITLED"))
            continue
        if tagged[i] or doc[i].pos_ != "PROPN":
            continue
        for n in range(min(4, len(doc) - i), 0, -1):
            if any(covered[i : i + n]) or any(tagged[i : i + n]):
                continue
            if gaz.is_country_name(doc[i : i + n].text) and _claim(covered, i, i + n):
                ents.append(_Ent(i, i + n, "place", "GAZETTEER"))
                break

    ents = _places(doc, ents, gaz)
    for ent in ents:
        if ent.kind == "person":
            ent.features["name"] = doc[ent.start : ent.end].text
            before = people_rules.role_before(doc, ent.start, starts[ent.start])
            after = people_rules.role_after(doc, ent.end, ends[ent.end - 1])
            roles = [r.text for r in (before, after) if r]
            if roles:
                ent.features["roles"] = roles
        elif ent.kind == "org":
            _acronym(doc, ent, ents)

    out: dict[str, list[Mention]] = {kind: [] for kind in KINDS}
    seen: set[tuple[str, int, int]] = set()
    index = sentence_index(doc)
    for ent in sorted(ents, key=lambda e: (e.start, e.end)):
        if ent.kind not in out or ent.start >= ent.end:
            continue
        span = doc[ent.start : ent.end]
        cs = span.start_char if ent.char_start is None else ent.char_start
        ce = span.end_char if ent.char_end is None else ent.char_end
        if (ent.kind, cs, ce) in seen:
            continue
        seen.add((ent.kind, cs, ce))
        label = {"person": "PERSON", "place": "PLACE", "org": "ORG"}[ent.kind]
        features = {"source": ent.label, **ent.features}
        out[ent.kind].append(
            Mention(article.text[cs:ce], label, cs, ce, index[ent.start] if len(doc) else -1, features)
        )
    doc.user_data[CACHE_KEY] = (article.doc_id, out)
    return out


def _places(doc: Doc, ents: list[_Ent], gaz: Gazetteer) -> list[_Ent]:
    """Split coordinations, drop modifiers, join articles and qualifiers of place entities."""
    out: list[_Ent] = []
    known = functools.partial(_strong_place, gaz, min_population=0)
    for ent in ents:
        if ent.kind != "place" or ent.label in ("DATELINE", "PAREN"):
            out.append(ent)
            continue
        span = doc[ent.start : ent.end]
        for start, end in place_rules.split_coordination(span, lambda t: known(t)):
            part = doc[start:end]
            if ent.label in ("GPE", "LOC") and place_rules.is_modifier(part):
                continue
            if gaz.demonym(part.text) is not None and not known(part.text):
                continue
            takes = any(c.how != "alternate" and c.entry.kind != "city" for c in gaz.candidates(part.text))
            start = place_rules.article_start(part, takes_article=takes)
            features = dict(ent.features)
            char_start = char_end = None
            if takes and (extent := place_rules.government_extent(part)):
                features["name"] = part.text
                char_start, char_end = (
                    doc[extent[0]].idx,
                    doc[extent[1] - 1].idx + len(doc[extent[1] - 1].text),
                )
            out.append(_Ent(start, end, "place", ent.label, features, char_start, char_end))
    places = sorted((e for e in out if e.kind == "place"), key=lambda e: e.start)
    for a, b in zip(places, places[1:], strict=False):
        if (
            b.start == a.end + 1
            and doc[a.end].text == ","
            and _qualifies(gaz, doc[a.start : a.end].text, doc[b.start : b.end].text)
        ):
            span_b = doc[b.start : b.end]
            a.char_end = span_b.end_char
            a.features["qualifier"] = span_b.text
            b.features["qualifies"] = a.features.get("name") or doc[a.start : a.end].text
    return out


def _qualifies(gaz: Gazetteer, name: str, qualifier: str) -> bool:
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


def _acronym(doc: Doc, ent: _Ent, ents: list[_Ent]) -> None:
    """ "National Defense Committee (NDC)": NDC is an alias, and a mention when spaCy did not tag it."""
    end = ent.end
    if end + 2 < len(doc) + 0 and end + 2 <= len(doc) - 1 and doc[end].text == "(" and doc[end + 2].text == ")":
        token = doc[end + 1]
        if RE_ACRONYM.match(token.text):
            ent.features["acronym"] = token.text
            if not any(e.start <= token.i < e.end for e in ents):
                ents.append(_Ent(token.i, token.i + 1, "org", "ACRONYM", {"acronym_of": doc[ent.start : ent.end].text}))


def people(doc: Doc, article: Article) -> list[Mention]:
    """Person mentions (names without titles; ``features["roles"]`` holds roles read around the name)."""
    return analyze(doc, article)["person"]


def places(doc: Doc, article: Article) -> list[Mention]:
    """Place mentions, including the dateline place (``features``: country_hint, qualifier, dateline)."""
    return analyze(doc, article)["place"]


def organizations(doc: Doc, article: Article) -> list[Mention]:
    """Organization mentions, including dateline agencies (``features``: acronym, agency)."""
    return analyze(doc, article)["org"]
