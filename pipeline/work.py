"""The per-article work, in one process: articles -> record dicts (or failures), batch by batch.

Every engine (:mod:`pipeline.engines`) runs this, here or in worker processes: :func:`analyze_articles`
for a stream of articles, :func:`analyze_chunk` as the task a worker runs. One broken article never
stops a batch: it becomes a :class:`Failure` (:func:`failure_for`) and the others go on.

This module imports spaCy (through :mod:`pipeline.annotate`). Nothing imports it before there is an
article to analyse: :func:`pipeline.engines.get` imports an engine, and with it this module, only then,
so a re-run with nothing to do never loads spaCy.
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import logging
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .analyze import build_record, extract, merge, record_from_doc
from .annotate import annotate, batch_zone, model_info, nlp_for
from .config import DEFAULTS, Settings
from .errors import Errors, PipelineError
from .ingest import too_long
from .records import Article, ArticleWarning, Failure, Outcome
from .write import record_to_dict

log = logging.getLogger(__name__)

Analyzed = tuple[Article, "dict[str, Any] | None", "Failure | None"]


def analyze_articles(articles: Iterable[Article], settings: Settings = DEFAULTS) -> Iterator[Analyzed]:
    """Analyse articles in batches; yield ``(article, record_dict, None)`` or ``(article, None, failure)``.

    Outcomes come out one article at a time, as soon as each is done. If a batch fails inside spaCy, its
    remaining articles are retried one at a time so only the bad one fails. An article longer than
    ``settings.max_length`` is analysed alone, piece by piece (:func:`_run_long`), after the batch before it
    is done: its time and memory never hold back the others. Once the vocabulary holds the corpus's common
    words, each batch runs in a spaCy memory zone (:func:`pipeline.annotate.batch_zone`): what it added is
    freed once its records are made, so memory stays flat over millions of articles with ever new words.
    """
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return  # nothing to analyse: the model is not even loaded
    nlp = nlp_for(settings)
    model = model_info(nlp)
    batch: list[Article] = []
    for article in itertools.chain([first], articles):
        if len(article.text) > settings.max_chars:
            yield article, None, _too_long(article, settings.max_chars)
        elif len(article.text) > settings.max_length:
            if batch:
                yield from _run_batch(batch, nlp, settings, model)
                batch = []
            yield _run_long(article, nlp, settings, model)
        else:
            batch.append(article)
            if len(batch) >= settings.batch_size:
                yield from _run_batch(batch, nlp, settings, model)
                batch = []
    if batch:
        yield from _run_batch(batch, nlp, settings, model)


def _too_long(article: Article, limit: int) -> Failure:
    """The failure of an article longer than ``--max-chars``."""
    error = too_long(article.source, f"{len(article.text):,} characters", limit, len(article.text))
    return failure_for(article, "ingest", error)


def _run_batch(batch: list[Article], nlp, settings: Settings, model: Mapping[str, str]) -> Iterator[Analyzed]:
    """Records (or failures) of one batch of one-piece articles, each made inside the batch's memory zone as
    its Doc comes out of spaCy (no Doc escapes the zone), and yielded at once."""
    done = 0
    with batch_zone(nlp):
        try:
            for doc, article, _ in annotate(batch, nlp, batch_size=settings.batch_size,
                                            max_length=settings.max_length):
                outcome = _finish(doc, article, settings, model)
                done += 1
                yield outcome
        except Exception:  # noqa: BLE001 - isolate the article that broke the batch
            log.debug("batch failed; retrying one by one", exc_info=True)
            for one in batch[done:]:
                yield _one_by_one(one, nlp, settings, model)
    _freeze_once()


def _freeze_once() -> None:
    """After the first batch, move what is loaded by then (the model, the tables, the vocabulary's first
    words) out of the garbage collector's sight (``gc.freeze``), once per process: full collections no longer
    walk those long-lived objects (they took about half of the collector's time, ~1% of a run)."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.collect()
        gc.freeze()


_FROZEN = False


def _one_by_one(article: Article, nlp, settings: Settings, model: Mapping[str, str]) -> Analyzed:
    try:
        [(doc, _, _)] = list(annotate([article], nlp, batch_size=1, max_length=settings.max_length))
    except Exception as exc:  # noqa: BLE001 - any failure of one article is reported, not raised
        return article, None, failure_for(article, "annotate", exc)
    return _finish(doc, article, settings, model)


def _run_long(article: Article, nlp, settings: Settings, model: Mapping[str, str]) -> Analyzed:
    """One article longer than ``settings.max_length``: each piece's Doc is read by the extractors as it
    comes out of spaCy and dropped, so memory is that of one batch of pieces plus the plain mentions and
    sentences, whatever the length; the record is then built over the whole text."""
    parts = []
    stage = "annotate"
    try:
        with batch_zone(nlp):
            for doc, _, start in annotate([article], nlp, batch_size=settings.batch_size,
                                          max_length=settings.max_length):
                stage = "analyze"
                parts.append(extract(doc, article, settings=settings, start=start))
                stage = "annotate"
        stage = "analyze"
        message = Errors.W004.format(length=len(article.text), limit=settings.max_length, parts=len(parts))
        article = dataclasses.replace(article, warnings=(*article.warnings, ArticleWarning("W004", message)))
        mentions, sentences = merge(article, parts)
        del parts
        record = build_record(article, mentions, sentences, model=model, day_first=settings.day_first)
        return article, record_to_dict(record), None
    except Exception as exc:  # noqa: BLE001 - any failure of one article is reported, not raised
        log.debug("%s failed for %s", stage, article.doc_id, exc_info=True)
        return article, None, failure_for(article, stage, exc)


def _finish(doc, article: Article, settings: Settings, model: Mapping[str, str]) -> Analyzed:
    try:
        record = record_to_dict(record_from_doc(doc, article, settings=settings, model=model))
    except Exception as exc:  # noqa: BLE001
        log.debug("analyze failed for %s", article.doc_id, exc_info=True)
        return article, None, failure_for(article, "analyze", exc)
    return article, record, None


def failure_for(article: Article, stage: str, exc: Exception | None = None, *, code: str = "E201",
                message: str | None = None) -> Failure:
    """The errors.csv row of an article that failed at ``stage`` (from ``exc``, or a given code/message)."""
    if isinstance(exc, PipelineError):
        code, message = exc.code, str(exc)
    elif message is None:
        reason = f"{type(exc).__name__}: {exc}"
        message = Errors.E201.format(source=article.source, stage=stage, reason=reason)
    return Failure(article.source, _line(article.source), stage, code, message, article.doc_id)


def _line(source: str) -> int | None:
    head, _, tail = source.rpartition(":")
    return int(tail) if head and tail.isdigit() else None


def analyze_chunk(articles: Sequence[Article], settings: Settings) -> list[Outcome]:
    """The task a worker runs: analyze a chunk with the process's (cached) model, return plain outcomes."""
    return [(article.doc_id, record, failure) for article, record, failure in analyze_articles(articles, settings)]


def worker_died(article: Article) -> Outcome:
    """The outcome of an article that killed its worker process on every attempt."""
    message = Errors.E202.format(source=article.source)
    return article.doc_id, None, failure_for(article, "annotate", code="E202", message=message)
