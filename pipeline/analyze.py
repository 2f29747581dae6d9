"""Stages 3 to 4b for one article: extract -> normalize -> events, giving a :class:`Record`.

``record_from_doc(doc, article)`` is the only place the stages meet: :func:`extract_mentions` (stage 3,
spaCy) then :func:`build_record`, the spaCy-free rest, which can be tested with hand-made mentions.
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


def extract_mentions(doc: Doc, article: Article, *, settings: Settings = DEFAULTS) -> dict[str, list[Mention]]:
    """Run the extractors chosen in ``settings`` over ``doc``: their mentions by extractor name."""
    return {name: EXTRACTORS[name](doc, article) for name in settings.extractors}


def record_from_doc(
    doc: Doc, article: Article, *, settings: Settings = DEFAULTS, model: Mapping[str, str]
) -> Record:
    """Extract the mentions of ``doc``, normalize them and group them into events."""
    mentions = extract_mentions(doc, article, settings=settings)
    return build_record(article, mentions, extract_sentences(doc), model=model, day_first=settings.day_first)


# The name run.py still calls it by (it is renamed there with the rest of run.py's split).
analyze = record_from_doc


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
