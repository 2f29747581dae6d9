"""People, places and organizations: spaCy's entities, corrected, as plain Mentions.

spaCy's small model is a good start and a poor finish for news entities: it calls "Lavrov" and "Ulan-Ude"
ORG, a railway station town PERSON, "DPRK" ORG, and misses surnames it saw in full a sentence before.
:func:`find_entities` reads every PERSON, GPE, LOC, FAC, ORG and NORP entity once (the result is cached in
``doc.user_data``) and decides what it really is, with general rules and tables only, in passes:

1. :mod:`.lines`: no entity crosses a line break or a score; :mod:`.header`: the dateline place and
   agencies are entities; the byline and @handles are not.
2. :mod:`.classify`: what each span really is (person, place, organization, none); on results lines a
   city followed by a score is a team (:mod:`.lines`).
3. :mod:`.organizations`: title words are no organizations; "AirTran" beside "AirTran Airways".
4. :mod:`.people`: bare surnames of people named in full; then "Ryanair CEO, Michael O'Leary" makes
   Ryanair a company (:mod:`.organizations`).
5. :mod:`.document`: a full name is a person wherever it stands; :mod:`.missed`: names spaCy did not tag
   (surnames, titled names, "X (Country)", country names); teams untagged on results lines
   (:mod:`.lines`); :mod:`.document` again: lists take one kind,
   lines in capitals are read case-aware, the article's places are found at their other mentions.
6. :mod:`.places`: coordinations split, modifiers dropped, articles and qualifiers joined.
7. Roles around people's names (:mod:`.roles`); acronyms of organizations.

The three extractors registered in ``EXTRACTORS`` return the three lists of this one pass.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...lang.gazetteer import gazetteer
from ...records import Article, Mention
from ..common import columns, entities_of, sentence_index
from .classify import classify_entities
from .document import (
    article_vocabulary,
    capital_line_numbers,
    capital_lines,
    full_names,
    known_places_in_context,
    lists,
    place_names,
    recover_places,
)
from .header import header
from .lines import split_entities, table_lines, teams, untagged_teams
from .missed import add_missed
from .organizations import acronym, companies, drop_title_words, name_heads
from .people import add_roles, join_particles, known_people, mark_surnames
from .places import place_mentions
from .spans import CANDIDATE_LABELS, Ent, sentence_bounds

CACHE_KEY = "factbox_entities"
KINDS = ("person", "place", "org")
LABELS = {"person": "PERSON", "place": "PLACE", "org": "ORG"}


def find_entities(doc: Doc, article: Article) -> dict[str, list[Mention]]:
    """Classify and correct the Doc's entities once; ``{"person": [...], "place": [...], "org": [...]}``."""
    cached = doc.user_data.get(CACHE_KEY)
    if cached is not None and cached[0] == article.doc_id:
        return cached[1]
    gaz = gazetteer()
    starts, ends = sentence_bounds(doc)
    ents = [Ent(e.start, e.end, None, e.label_) for e in entities_of(doc) if e.label_ in CANDIDATE_LABELS]
    tables = table_lines(doc)
    ents = split_entities(doc, ents, tables, gaz)
    ents = join_particles(doc, ents)
    ents = header(doc, article, ents)
    classify_entities(doc, ents, gaz, starts)
    teams(doc, ents, gaz, tables)
    ents = drop_title_words(doc, ents)
    known = known_people(doc, ents)
    name_heads(doc, ents, gaz, known)
    ents = full_names(doc, ents, known)
    mark_surnames(doc, ents, starts, known)
    companies(doc, ents, known)
    add_missed(doc, ents, gaz, known)
    untagged_teams(doc, ents, gaz, tables, known.words)
    lists(doc, ents, gaz)
    if capital_line_numbers(doc):  # (the article's vocabulary is only asked for by lines in capitals)
        ents = capital_lines(doc, ents, gaz, article_vocabulary(doc, ents, known))
    recover_places(doc, ents, place_names(doc, ents, gaz), known)
    known_places_in_context(doc, ents, gaz)
    ents = place_mentions(doc, ents, gaz)
    for ent in ents:  # (an acronym found here is appended, and visited in its turn)
        if ent.kind == "person":
            add_roles(doc, ent, starts, ends)
        elif ent.kind == "org":
            acronym(doc, ent, ents)
    out = _mentions(doc, article, ents)
    doc.user_data[CACHE_KEY] = (article.doc_id, out)
    return out


def _mentions(doc: Doc, article: Article, ents: list[Ent]) -> dict[str, list[Mention]]:
    """The entities as Mentions by kind, in text order, each (kind, extent) once."""
    out: dict[str, list[Mention]] = {kind: [] for kind in KINDS}
    seen: set[tuple[str, int, int]] = set()
    index = sentence_index(doc)
    c = columns(doc)
    for ent in sorted(ents, key=lambda e: (e.start, e.end)):
        if ent.kind not in out or ent.start >= ent.end:
            continue
        cs = c.idx[ent.start] if ent.char_start is None else ent.char_start
        ce = c.end[ent.end - 1] if ent.char_end is None else ent.char_end
        if (ent.kind, cs, ce) in seen:
            continue
        seen.add((ent.kind, cs, ce))
        features = {"source": ent.label, **ent.features}
        if ent.extent is not None and ent.extent != (cs, ce) and ent.extent[0] <= cs and ce <= ent.extent[1]:
            features["extent"] = ent.extent
        out[ent.kind].append(
            Mention(article.text[cs:ce], LABELS[ent.kind], cs, ce, index[ent.start] if len(doc) else -1, features)
        )
    return out


def people(doc: Doc, article: Article) -> list[Mention]:
    """Person mentions (names without titles; ``features["roles"]`` holds roles read around the name)."""
    return find_entities(doc, article)["person"]


def places(doc: Doc, article: Article) -> list[Mention]:
    """Place mentions, including the dateline place (``features``: country_hint, qualifier, dateline)."""
    return find_entities(doc, article)["place"]


def organizations(doc: Doc, article: Article) -> list[Mention]:
    """Organization mentions, including dateline agencies (``features``: acronym, agency)."""
    return find_entities(doc, article)["org"]
