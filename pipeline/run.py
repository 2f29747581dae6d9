"""Wiring: ingest -> annotate -> analyze -> write, for one article (``extract``) or a corpus (``run``).

One broken article never stops a batch: every failure becomes a :class:`Failure` row of errors.csv and
the others are written. ``run`` is incremental and resumable, in parts that each have their module:

- :mod:`pipeline.cache`: records are cached per article under ``OUTDIR/.factbox/records``, keyed by the
  text's hash and metadata, the code, the model and the settings, and stored the moment each is made, so
  an interrupted run loses at most the articles in flight and the next run resumes from the store.
- :mod:`pipeline.state`: the tables are rebuilt from the store and renamed into place together;
  ``OUTDIR/.factbox/state.json`` describes the last complete write. When a run finds the same records,
  failures and manifest and the output files untouched, it leaves them as they are: a re-run with nothing
  changed neither imports spaCy nor rewrites a byte.
- :mod:`pipeline.guards`: one run at a time per output folder; SIGTERM stops a run like Ctrl-C; no signal
  in the middle of the commit.
- :mod:`pipeline.engines`: where the articles are analysed (this process, a local pool of ``workers``
  processes, or a Dask cluster), each running :mod:`pipeline.work`. Every engine returns plain record
  dicts, written here the same way.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Generator, Iterator, Mapping, Sequence

from . import engines
from .cache import STORE, RecordStore, cache_key, code_fingerprint
from .config import DEFAULTS, Settings, check_settings
from .errors import ConfigError, Errors, IngestError, OutputError
from .guards import output_lock, sigterm_as_interrupt
from .ingest import iter_articles, iter_paths, make_article, output_inside, read_file
from .model import model_meta
from .records import Article, Failure, Outcome
from .state import (
    STATE,
    commit_tables,
    counts_of,
    inputs_snapshot,
    is_current,
    is_output_folder,
    read_state,
    remove_stray_temporaries,
)
from .write import OUTPUT_FILES, check_outdir

log = logging.getLogger(__name__)

OnProgress = Callable[[int], None]


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
    settings = settings or DEFAULTS
    published = _check_date(published)
    if text is not None:
        article = make_article(text, source="<text>", doc_id=doc_id or "text", title=title,
                               published=published, max_chars=settings.max_chars, day_first=settings.day_first)
    elif path is not None:
        article = read_file(path, doc_id=doc_id, published=published, max_chars=settings.max_chars,
                            day_first=settings.day_first)
    else:
        raise TypeError("extract() needs a path or text=")
    [(_, record, failure)] = list(engines.get("local")([article], settings))
    if failure is not None:
        raise IngestError(failure.message)
    assert record is not None
    return record


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
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
    written: bool = True  # False when nothing changed and the outputs were left untouched
    notices: list[str] = field(default_factory=list)  # coded remarks on how the inputs were read (W009)

    @property
    def ok(self) -> bool:
        return self.failed == 0


def run(
    inputs: Sequence[str | os.PathLike],
    outdir: str | os.PathLike,
    *,
    settings: Settings | None = None,
    workers: int = 1,
    published: str | None = None,
    rebuild: bool = False,
    on_progress: OnProgress | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    force: bool = False,
) -> RunSummary:
    """Process files and folders of articles and write the datasets to ``outdir``.

    Only articles that are new or changed (or were analysed under other code, model or settings) are
    analysed; records of removed articles are dropped. ``rebuild=True`` forgets the cache first and gives
    the same bytes.

    Args:
        inputs: Files (.txt, .md, .jsonl) and folders.
        outdir: Folder for the datasets (created if missing).
        settings: Settings (default: ``DEFAULTS``); validated before any work.
        workers: Processes on this machine (``engine="local"``) or local Dask workers (``engine="dask"``
            without ``scheduler``).
        published: Publication date for text files that have none.
        rebuild: Ignore the records of earlier runs.
        on_progress: Called with the number of articles done (processed, reused or failed), usually 1.
        engine: ``"local"`` or ``"dask"`` (see :mod:`pipeline.engines`).
        scheduler: Address of a running Dask scheduler (``tcp://host:8786``) for ``engine="dask"``.
        force: Write into ``outdir`` even when it is a non-empty folder that factbox did not write.

    Returns:
        A :class:`RunSummary`; failed articles are in ``errors.csv`` and do not stop the run.

    Raises:
        ConfigError: a missing input path, bad settings, an unknown engine (before any work is done).
        OutputError: ``outdir`` is a file or cannot be written, another run is writing to it (E058), or it is
            a non-empty folder that is not a factbox output and ``force`` is not set (E059).
    """
    started = time.perf_counter()
    published = _check_date(published)
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ConfigError(Errors.E055.format(key="workers", value=workers))
    settings = settings or DEFAULTS
    settings = check_settings(**{k: getattr(settings, k) for k in settings.key()}, batch_size=settings.batch_size,
                              max_chars=settings.max_chars)
    engines.check(engine)
    if scheduler and engine != "dask":
        raise ConfigError(Errors.E054)
    # missing inputs fail now, before anything is written
    paths = list(iter_paths(inputs, outdir=outdir, outputs=OUTPUT_FILES))
    if not paths:
        raise ConfigError(Errors.E008.format(paths=", ".join(map(str, inputs)) or "no inputs"))
    notices = []
    if folder := output_inside(inputs, outdir):
        notices.append(Errors.W009.format(out=outdir, folder=folder))
        log.info(notices[-1])
    if not force and not is_output_folder(outdir):
        raise OutputError(Errors.E059.format(path=outdir))
    out = check_outdir(outdir)
    with output_lock(out):
        if rebuild:
            shutil.rmtree(out / STORE / "records", ignore_errors=True)
            (out / STORE / STATE).unlink(missing_ok=True)
        summary = RunSummary(outdir=str(out), notices=notices)
        return _run(inputs, paths, out, summary, settings=settings, workers=workers,
                    published=published, on_progress=on_progress, engine=engine, scheduler=scheduler,
                    started=started)


def _run(inputs, paths, out: Path, summary: RunSummary, *, settings: Settings, workers: int,
         published: str | None, on_progress: OnProgress | None, engine: str, scheduler: str | None,
         started: float) -> RunSummary:
    """The batch loop: read the inputs, reuse stored records, send the rest to the engine, store what comes
    back, and commit the tables."""
    state = read_state(out)
    model = model_meta(settings.model)
    snapshot = inputs_snapshot(paths, {"published": published, "max_chars": settings.max_chars})
    context = {"pipeline": code_fingerprint(), "settings": settings.key(), "model": model}
    if is_current(out, state, snapshot=snapshot, context=context):
        _summary_from_state(summary, state)  # the very same files as the last complete run: nothing to do
        if on_progress:
            on_progress(summary.articles + summary.failed)
        summary.seconds = time.perf_counter() - started
        return summary
    store = RecordStore(out)
    remove_stray_temporaries(out)

    failures: list[Failure] = []
    doc_keys: dict[str, str] = {}  # every article in the outputs -> its cache key (ids, not texts)
    inputs_meta: list[tuple[str, str, str]] = []

    def todo() -> Iterator[Article]:
        """Articles that need analysis; failures and unchanged (stored) articles are handled on the way."""
        for item in iter_articles(inputs, published=published, max_chars=settings.max_chars, outdir=out,
                                  outputs=OUTPUT_FILES, day_first=settings.day_first):
            if isinstance(item, Failure):
                failures.append(item)
                if on_progress:
                    on_progress(1)
                continue
            key = cache_key(item, settings, model)
            inputs_meta.append((item.doc_id, item.source, item.sha256))
            if store.has(key):
                doc_keys[item.doc_id] = key
                summary.reused += 1
                if on_progress:
                    on_progress(1)
                continue
            pending[item.doc_id] = key
            yield item

    pending: dict[str, str] = {}  # in flight: doc_id -> key
    with sigterm_as_interrupt():
        outcomes = _analyzed(todo(), engine, settings, workers=workers, scheduler=scheduler)
        try:
            for doc_id, record, failure in outcomes:
                key = pending.pop(doc_id)
                if failure is not None:
                    failures.append(failure)
                else:
                    store.put(key, record)  # saved at once: an interrupted run resumes from here
                    doc_keys[doc_id] = key
                    summary.processed += 1
                if on_progress:
                    on_progress(1)
        finally:
            outcomes.close()  # on Ctrl-C, stop the workers now rather than when the traceback is freed
        store.prune(doc_keys.values())
        summary.articles, summary.failed = len(doc_keys), len(failures)
        summary.counts, summary.written = commit_tables(
            out, store, doc_keys, failures, inputs_meta, settings, model, state,
            fresh_state={"inputs": snapshot, "context": context},
        )
        summary.events = summary.counts.get("events", 0)
    summary.seconds = time.perf_counter() - started
    return summary


def _analyzed(articles: Iterator[Article], engine: str, settings: Settings, *, workers: int,
              scheduler: str | None) -> Generator[Outcome, None, None]:
    """The outcomes of ``engine`` for ``articles``. The engine, and spaCy with it, is imported at the first
    article to analyse: a run whose articles all have stored records never loads it."""
    first = next(articles, None)
    if first is None:
        return
    analyze_with = engines.get(engine)
    yield from analyze_with(itertools.chain([first], articles), settings, workers=workers, scheduler=scheduler)


def _summary_from_state(summary: RunSummary, state: Mapping[str, Any]) -> None:
    summary.counts = counts_of(state)
    summary.events = summary.counts.get("events", 0)
    summary.articles = summary.reused = summary.counts.get("documents", 0)
    summary.failed = summary.counts.get("errors", 0)
    summary.written = False
