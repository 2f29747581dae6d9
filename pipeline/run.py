"""Wiring: ingest -> annotate -> analyze -> write, for one article (``extract``) or a corpus (``run``).

One broken article never stops a batch: every failure becomes a :class:`Failure` row of errors.csv and
the others are written. Records are cached per article under ``OUTDIR/.factbox/records`` keyed by the
text's hash, the pipeline version, the model and the settings, so a re-run only processes what changed,
and the tables are rebuilt from that store in doc_id order without holding the corpus in memory.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import os
import platform
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import __version__
from .config import DEFAULTS, Settings, check_settings
from .errors import Errors, IngestError, PipelineError
from .records import Article, ArticleWarning, Failure
from .write import DatasetWriter, atomic_open, check_outdir, dumps, write_json

log = logging.getLogger(__name__)

STORE = ".factbox"
OnProgress = Callable[[int], None]


# --------------------------------------------------------------------------------------- model identity
def model_meta(model: str) -> dict[str, str]:
    """Name and version of an installed spaCy pipeline, read from its meta.json without loading it."""
    import spacy
    from spacy import util

    try:
        path = util.get_package_path(model) if util.is_package(model) else Path(model)
        meta = util.load_meta(path / "meta.json")
    except (OSError, ValueError) as exc:
        from .errors import ConfigError

        raise ConfigError(Errors.E004.format(model=model)) from exc
    return {
        "name": f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}",
        "version": str(meta.get("version", "0.0.0")),
        "spacy_version": spacy.__version__,
    }


@functools.cache
def code_fingerprint() -> str:
    """A hash of factbox's own code and tables, so a changed extractor invalidates cached records even
    when the version number did not move (as during development)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and (path.suffix in (".py", ".json", ".txt", ".csv", ".tsv") or path.parent.name == "data"):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_key(article: Article, settings: Settings, model: dict[str, str]) -> str:
    """What an article's record depends on: its text and metadata, the code, the model and the settings."""
    basis = {
        "sha256": article.sha256, "doc_id": article.doc_id, "source": article.source, "url": article.url,
        "title": article.title, "published": article.published, "pipeline": code_fingerprint(), "model": model,
        "settings": settings.key(), "warnings": [w.code for w in article.warnings],
    }
    return hashlib.sha256(dumps(basis).encode("utf-8")).hexdigest()


# ------------------------------------------------------------------------------------------ processing
def process(
    articles: Iterable[Article], settings: Settings = DEFAULTS
) -> Iterator[tuple[Article, dict[str, Any] | None, Failure | None]]:
    """Analyse articles in batches; yield ``(article, record_dict, None)`` or ``(article, None, failure)``.

    If a batch fails inside spaCy, its articles are retried one at a time so only the bad one fails.
    """
    from .analyze import analyze
    from .annotate import annotate, model_info, nlp_for, split_text
    from .write import record_to_dict

    nlp = nlp_for(settings)
    model = model_info(nlp)

    def one_by_one(batch: Sequence[Article]) -> Iterator[tuple[Article, dict | None, Failure | None]]:
        for article in batch:
            try:
                [(doc, _)] = list(annotate([article], nlp, batch_size=1, max_length=settings.max_length))
            except Exception as exc:  # noqa: BLE001 - any failure of one article is reported, not raised
                yield article, None, _failure(article, "annotate", exc)
                continue
            yield from finish(doc, article)

    def finish(doc, article: Article) -> Iterator[tuple[Article, dict | None, Failure | None]]:
        try:
            record = record_to_dict(analyze(doc, article, settings=settings, model=model))
        except Exception as exc:  # noqa: BLE001
            log.debug("analyze failed for %s", article.doc_id, exc_info=True)
            yield article, None, _failure(article, "analyze", exc)
            return
        yield article, record, None

    batch: list[Article] = []
    for article in articles:
        if len(article.text) > settings.max_length:
            parts = len(split_text(article.text, settings.max_length))
            warning = ArticleWarning("W004", Errors.W004.format(length=len(article.text), limit=settings.max_length,
                                                                parts=parts))
            article = dataclasses.replace(article, warnings=(*article.warnings, warning))
        batch.append(article)
        if len(batch) >= settings.batch_size:
            yield from _run_batch(batch, nlp, settings, finish, one_by_one)
            batch = []
    if batch:
        yield from _run_batch(batch, nlp, settings, finish, one_by_one)


def _run_batch(batch, nlp, settings, finish, one_by_one):
    from .annotate import annotate

    try:
        docs = list(annotate(batch, nlp, batch_size=settings.batch_size, max_length=settings.max_length))
    except Exception:  # noqa: BLE001 - isolate the article that broke the batch
        log.debug("batch failed; retrying one by one", exc_info=True)
        yield from one_by_one(batch)
        return
    for doc, article in docs:
        yield from finish(doc, article)


def _failure(article: Article, stage: str, exc: Exception) -> Failure:
    if isinstance(exc, PipelineError):
        return Failure(article.source, _line(article.source), stage, exc.code, str(exc), article.doc_id)
    reason = f"{type(exc).__name__}: {exc}"
    message = Errors.E201.format(source=article.source, stage=stage, reason=reason)
    return Failure(article.source, _line(article.source), stage, "E201", message, article.doc_id)


def _line(source: str) -> int | None:
    head, _, tail = source.rpartition(":")
    return int(tail) if head and tail.isdigit() else None


# ------------------------------------------------------------------------------------------------ API
def extract(
    path: str | os.PathLike | None = None,
    *,
    text: str | None = None,
    published: str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Extract one article (a file path, ``-`` for stdin, or ``text=``) and return its JSON record dict.

    Raises:
        IngestError: the input cannot be read as an article (empty, binary, undecodable).
        ConfigError: bad settings or publication date.
    """
    from .ingest import make_article, read_file

    settings = settings or DEFAULTS
    published = _check_date(published)
    if text is not None:
        article = make_article(text, source="<text>", doc_id=doc_id or "text", title=title, published=published)
    elif path is not None:
        article = read_file(path, doc_id=doc_id, published=published)
    else:
        raise TypeError("extract() needs a path or text=")
    [(_, record, failure)] = list(process([article], settings))
    if failure is not None:
        raise IngestError(failure.message)
    assert record is not None
    return record


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    import datetime as dt

    from .errors import ConfigError

    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError) as exc:
        raise ConfigError(Errors.E007.format(value=value)) from exc


@dataclass
class RunSummary:
    """What a run did: the CLI prints it, tests assert on it."""

    articles: int = 0  # articles with a record in the outputs
    processed: int = 0  # of which analysed in this run (the rest came from the cache)
    reused: int = 0
    failed: int = 0  # inputs or lines that gave an errors.csv row
    events: int = 0
    seconds: float = 0.0
    outdir: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.failed == 0


class RecordStore:
    """Per-article records on disk (``OUTDIR/.factbox/records``), each with the key it was made under."""

    def __init__(self, outdir: Path):
        self.root = outdir / STORE / "records"
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, doc_id: str) -> Path:
        digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()
        return self.root / digest[:2] / f"{digest}.json"

    def get(self, doc_id: str, key: str) -> dict[str, Any] | None:
        try:
            entry = json.loads(self._path(doc_id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry["record"] if entry.get("key") == key and entry.get("doc_id") == doc_id else None

    def put(self, doc_id: str, key: str, record: dict[str, Any]) -> None:
        with atomic_open(self._path(doc_id)) as handle:
            handle.write(dumps({"doc_id": doc_id, "key": key, "record": record}))

    def load(self, doc_id: str) -> dict[str, Any]:
        return json.loads(self._path(doc_id).read_text(encoding="utf-8"))["record"]

    def prune(self, keep: Iterable[str]) -> None:
        """Remove records of articles that are no longer in the inputs."""
        wanted = {self._path(d) for d in keep}
        for path in self.root.glob("*/*.json"):
            if path not in wanted:
                path.unlink(missing_ok=True)


def run(
    inputs: Sequence[str | os.PathLike],
    outdir: str | os.PathLike,
    *,
    settings: Settings | None = None,
    workers: int = 1,
    published: str | None = None,
    rebuild: bool = False,
    on_progress: OnProgress | None = None,
) -> RunSummary:
    """Process files and folders of articles and write the datasets to ``outdir``.

    Returns a :class:`RunSummary`; failed articles are in ``errors.csv`` and do not stop the run.

    Raises:
        ConfigError: a missing input path or bad settings (before any work is done).
        OutputError: ``outdir`` is a file or cannot be written.
    """
    from .ingest import iter_articles, iter_paths

    started = time.perf_counter()
    settings = settings or DEFAULTS
    settings = check_settings(**{k: getattr(settings, k) for k in settings.key()}, batch_size=settings.batch_size)
    published = _check_date(published)
    list(iter_paths(inputs))  # missing inputs fail now, before anything is written
    out = check_outdir(outdir)
    if rebuild and (out / STORE).exists():
        shutil.rmtree(out / STORE)
    store = RecordStore(out)
    model = model_meta(settings.model)

    failures: list[Failure] = []
    doc_ids: list[str] = []
    inputs_meta: list[dict[str, Any]] = []
    keys: dict[str, str] = {}
    summary = RunSummary(outdir=str(out))

    def todo() -> Iterator[Article]:
        """Articles that need analysis; failures and unchanged (cached) articles are handled on the way."""
        for item in iter_articles(inputs, published=published):
            if isinstance(item, Failure):
                failures.append(item)
                if on_progress:
                    on_progress(1)
                continue
            key = cache_key(item, settings, model)
            inputs_meta.append({"doc_id": item.doc_id, "source": item.source, "sha256": item.sha256})
            if store.get(item.doc_id, key) is not None:
                doc_ids.append(item.doc_id)
                summary.reused += 1
                if on_progress:
                    on_progress(1)
                continue
            keys[item.doc_id] = key
            yield item

    results = _process_parallel(todo(), settings, workers) if workers > 1 else process(todo(), settings)
    for article, record, failure in results:
        key = keys.pop(article.doc_id)
        if failure is not None:
            failures.append(failure)
        else:
            store.put(article.doc_id, key, record)
            doc_ids.append(article.doc_id)
            summary.processed += 1
        if on_progress:
            on_progress(1)

    doc_ids.sort()
    store.prune(doc_ids)
    with DatasetWriter(out) as writer:
        for doc_id in doc_ids:
            record = store.load(doc_id)
            summary.events += len(record["events"])
            writer.add(record)
        writer.add_failures(failures)
    summary.articles = len(doc_ids)
    summary.failed = len(failures)
    summary.counts = dict(writer.counts)
    write_json(out / "manifest.json", {
        "pipeline": "factbox",
        "pipeline_version": __version__,
        "model": model,
        "python": platform.python_version_tuple()[0] + "." + platform.python_version_tuple()[1],
        "settings": settings.key(),
        "inputs": sorted(inputs_meta, key=lambda x: x["doc_id"]),
        "counts": {"articles": summary.articles, "errors": summary.failed, **{
            f"{k}_rows": v for k, v in sorted(writer.counts.items())}},
    })
    summary.seconds = time.perf_counter() - started
    return summary


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _process_parallel(articles: Iterable[Article], settings: Settings, workers: int):
    """Spread articles over ``workers`` processes, each loading the model once; results in input order."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings,)) as pool:
        pending = []
        for chunk in _chunks(articles, settings.batch_size):
            pending.append(pool.submit(_work, chunk))
            while len(pending) > 2 * workers:  # bounded: never the whole corpus in flight
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


_WORKER_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_SETTINGS
    from .annotate import nlp_for

    _WORKER_SETTINGS = settings
    nlp_for(settings)


def _work(articles: Sequence[Article]) -> list[tuple[Article, dict | None, Failure | None]]:
    return list(process(articles, _WORKER_SETTINGS or DEFAULTS))
