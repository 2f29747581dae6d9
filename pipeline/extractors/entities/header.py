"""The article's header: the dateline place is a place mention and its agencies are organizations;
nothing else in the dateline is an entity, and the byline author and @handles are not people.

"LONDON, England (Reuters)": the region after a dateline place qualifies it and is a place mention of its
own; "LONDON, March 3 (Reuters)": a date there is no region ("March" is also a town).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...lang.gazetteer import gazetteer
from ...records import Article
from ..common import columns, doc_text
from .spans import Ent, char_span_tokens

RE_AGENCY_SPLIT = re.compile(r"\s*(?:/|,|;|\band\b|&)\s*")


def header(doc: Doc, article: Article, ents: list[Ent]) -> list[Ent]:
    """Drop entities inside the dateline and the byline; add the dateline place and agencies."""
    text = article.text
    blocked: list[tuple[int, int]] = []
    added: list[Ent] = []
    dl = article.dateline
    if dl is not None:
        blocked.append((dl.start, dl.end))
        if dl.place and dl.place_start is not None and dl.place_end is not None:
            toks = char_span_tokens(doc, dl.place_start, dl.place_end)
            features: dict = {"dateline": True, "name": dl.place}
            region = dl.region if dl.region_start is not None and dl.region_end is not None else None
            if region and gazetteer().candidates(region):
                # "BUFFALO, N.Y. (AP)": the region qualifies the place and is a place mention of its own
                q_toks = char_span_tokens(doc, dl.region_start, dl.region_end)
                if q_toks:
                    added.append(Ent(*q_toks, "place", "DATELINE", {"qualifies": dl.place},
                                     dl.region_start, dl.region_end))
                    features["qualifier"] = region
            if toks:
                added.append(Ent(*toks, "place", "DATELINE", features, dl.place_start, dl.place_end))
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
                toks = char_span_tokens(doc, start, start + len(name))
                if toks:
                    added.append(Ent(*toks, "org", "AGENCY", {"agency": True}, start, start + len(name)))
    if article.byline:
        handle = article.byline.lstrip("@").strip()
        limit = max(article.body_start, 0)
        pos = text.find(handle, 0, limit) if handle else -1
        while pos >= 0:
            blocked.append((pos, pos + len(handle)))
            pos = text.find(handle, pos + 1, limit)
    kept = []
    c = columns(doc)
    for ent in ents:  # (every entity here holds a token: split_entities drops empty pieces)
        s, e = c.idx[ent.start], c.end[ent.end - 1]
        if any(s < b1 and b0 < e for b0, b1 in blocked):
            continue
        if "@" in doc_text(doc)[s:e] or (ent.start > 0 and c.text[ent.start - 1] == "@"):
            continue
        kept.append(ent)
    return kept + added
