"""Stages 3 to 4b for one article: extract -> normalize -> events, giving a :class:`Record`.

``record_from_doc(doc, article)`` is the only place the stages meet: :func:`extract` (stage 3, spaCy) then
:func:`build_record`, the spaCy-free rest, which can be tested with hand-made mentions. A long article
comes from :func:`pipeline.annotate.annotate` in pieces: :func:`extract` reads each piece's Doc as it comes
(offsets moved into the whole text) and :func:`merge` joins the pieces' mentions and sentences, so only one
piece's Doc is ever held.
"""

from __future__ import annotations

import dataclasses
from typing import Mapping, NamedTuple, Sequence

from spacy.tokens import Doc

from . import events as events_stage
from . import normalize
from .config import DEFAULTS, Settings
from .extractors import EXTRACTORS
from .extractors import sentences as extract_sentences
from .extractors.common import text_length
from .records import Article, Dateline, Mention, Record, Sentence


def record_from_doc(
    doc: Doc, article: Article, *, settings: Settings = DEFAULTS, model: Mapping[str, str]
) -> Record:
    """Extract the mentions of ``doc`` (the whole article), normalize them and group them into events."""
    mentions, sentences = extract(doc, article, settings=settings)
    return build_record(article, mentions, sentences, model=model, day_first=settings.day_first)


class Extraction(NamedTuple):
    """What the extractors found in one Doc: mentions by extractor name, and the sentences."""

    mentions: dict[str, list[Mention]]
    sentences: list[Sentence]


def extract(doc: Doc, article: Article, *, settings: Settings = DEFAULTS, start: int = 0) -> Extraction:
    """The mentions and sentences of ``doc``, which is ``article.text[start:start + len(doc.text)]``.

    Offsets are into the whole ``article.text``; sentence indexes count from 0 within the piece
    (:func:`merge` numbers them through). A piece is read as an article of its own (``piece_of``): header
    parts (title, byline, dateline) count only in the piece that holds them.
    """
    length = text_length(doc)
    if start == 0 and length == len(article.text):
        part = article
    else:
        part = piece_of(article, start, start + length)
    doc.user_data.setdefault("factbox_text", part.text)  # doc.text, without joining the tokens again
    mentions = {name: EXTRACTORS[name](doc, part) for name in settings.extractors}
    sentences = extract_sentences(doc)
    if start:
        mentions = {name: [dataclasses.replace(m, start=m.start + start, end=m.end + start) for m in found]
                    for name, found in mentions.items()}
        sentences = [_shift_sentence(s, start, 0, 0) for s in sentences]
    return Extraction(mentions, sentences)


def piece_of(article: Article, start: int, end: int) -> Article:
    """``article`` cut to ``text[start:end]``, its header offsets moved into the piece (dropped when the
    piece does not hold them)."""
    def inside(a: int | None, b: int | None) -> bool:
        return a is not None and b is not None and start <= a <= b <= end

    title_span = article.title_span
    if title_span is not None:
        title_span = (title_span[0] - start, title_span[1] - start) if inside(*title_span) else None
    dateline = article.dateline
    if dateline is not None:
        if inside(dateline.start, dateline.end):
            moved = {f.name: getattr(dateline, f.name) for f in dataclasses.fields(Dateline)}
            dateline = Dateline(**{k: v - start if isinstance(v, int) else v for k, v in moved.items()})
        else:
            dateline = None
    return dataclasses.replace(
        article, text=article.text[start:end], title_span=title_span, dateline=dateline,
        byline=article.byline if start < article.body_start else None,
        body_start=min(max(article.body_start - start, 0), end - start),
    )


def _shift_sentence(s: Sentence, offset: int, first_index: int, first_paragraph: int) -> Sentence:
    words, predicates = s.words, s.predicates
    if offset:
        words = tuple(w._replace(start=w.start + offset, end=w.end + offset) for w in words)
        predicates = tuple(dataclasses.replace(p, start=p.start + offset, end=p.end + offset) for p in predicates)
    return Sentence(s.index + first_index, s.start + offset, s.end + offset, predicates, words,
                    s.paragraph + first_paragraph)


def merge(article: Article, parts: Sequence[Extraction]) -> Extraction:
    """Join the extractions of consecutive pieces of ``article`` (in text order) into one.

    Sentences are numbered through (and every mention's ``sentence`` with them); a piece starts a new
    paragraph when a line break separates it from the sentence before, as within a piece.
    """
    if len(parts) == 1:
        return parts[0]
    mentions: dict[str, list[Mention]] = {}
    sentences: list[Sentence] = []
    for part in parts:
        first_index = len(sentences)
        first_paragraph = 0
        if sentences and part.sentences:
            last = sentences[-1]
            gap = article.text[last.end:part.sentences[0].start]
            first_paragraph = last.paragraph + (1 if "\n" in gap else 0)
        sentences.extend(_shift_sentence(s, 0, first_index, first_paragraph) for s in part.sentences)
        for name, found in part.mentions.items():
            mentions.setdefault(name, []).extend(
                dataclasses.replace(m, sentence=m.sentence + first_index) if m.sentence >= 0 else m for m in found)
    return Extraction(mentions, sentences)


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
    people, places, organizations = normalize.entities(
        mentions.get("people", ()), mentions.get("places", ()), mentions.get("organizations", ()), article
    )
    money = normalize.money(mentions.get("money", ()), article, places=places, dates=dates)
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
