"""Stages 3 to 4b for one article: extract -> normalize -> events, giving a :class:`Record`.

``analyze(doc, article)`` is the only place the stages meet; ``build_record`` is its spaCy-free half,
so it can be tested with hand-made mentions.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from spacy.tokens import Doc

from . import events as events_stage
from . import normalize
from .config import DEFAULTS, Settings
from .extractors import EXTRACTORS
from .extractors import sentences as extract_sentences
from .records import Article, Mention, Record, Sentence


def analyze(doc: Doc, article: Article, *, settings: Settings = DEFAULTS, model: Mapping[str, str]) -> Record:
    """Run the extractors chosen in ``settings`` over ``doc`` and normalize what they found."""
    mentions = {name: EXTRACTORS[name](doc, article) for name in settings.extractors}
    return build_record(article, mentions, extract_sentences(doc), model=model, day_first=settings.day_first)


def build_record(
    article: Article,
    mentions: Mapping[str, Sequence[Mention]],
    sentences: Sequence[Sentence],
    *,
    model: Mapping[str, str],
    day_first: bool = False,
) -> Record:
    """Normalize extracted mentions and group them into events (``day_first``: see ``Settings.day_first``)."""
    dates = normalize.dates(mentions.get("dates", ()), article, sentences=sentences, day_first=day_first)
    money = normalize.money(mentions.get("money", ()), article)
    people, places, organizations = normalize.entities(
        mentions.get("people", ()), mentions.get("places", ()), mentions.get("organizations", ()), article
    )
    events = events_stage.build(
        article, sentences, dates, people=people, places=places, organizations=organizations, money=money
    )
    return Record(
        article=article,
        model=dict(model),
        people=tuple(people),
        places=tuple(places),
        organizations=tuple(organizations),
        money=tuple(money),
        dates=tuple(dates),
        events=tuple(events),
        warnings=article.warnings,
    )
