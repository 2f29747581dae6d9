"""Wiring: ingest -> annotate -> analyze -> write, for one article (``extract``) or a corpus (``run``).

One broken article never stops a batch: every failure becomes a :class:`Failure` row of errors.csv and
the others are written. ``run`` is incremental and resumable:

- Records are cached per article under ``OUTDIR/.factbox/records``, keyed by :func:`cache_key` (the
  text's hash and metadata, the code, the model and the settings). A record is stored the moment its
  article is analysed, so an interrupted run loses at most the articles in flight, and the next run
  resumes from the store.
- The tables are rebuilt from the store in doc_id order, streaming, without holding the corpus. They are
  written to temporary files and renamed into place together, with Ctrl-C and SIGTERM held back for
  those few milliseconds, so a stopped run leaves the previous tables (or the new ones), never a mix.
- ``OUTDIR/.factbox/state.json`` describes the last complete write. When a run finds the same records,
  failures and manifest and the output files untouched, it leaves them as they are: a re-run with
  nothing changed neither imports spaCy nor rewrites a byte.

Where the articles are analysed is up to an engine (:mod:`pipeline.engines`): this process, a local
pool of ``workers`` processes, or a Dask cluster. Every engine returns plain record dicts, written here
the same way.
"""

from __future__ import annotations

import dataclasses
import functools
import glob
import hashlib
import itertools
import json
import logging
import os
import platform
import re
import shutil
import signal
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from .config import DEFAULTS, Settings, check_settings
from .errors import ConfigError, Errors, IngestError, OutputError, PipelineError
from .model import model_meta
from .records import Article, ArticleWarning, Failure
from .version import __version__
from .write import DatasetWriter, check_outdir, dumps, write_json

log = logging.getLogger(__name__)

STORE = ".factbox"
STATE = "state.json"
OnProgress = Callable[[int], None]


NOT_RECORD_CODE = frozenset({"report", "evaluate", "bench", "cli.py", "__main__.py"})


@functools.cache
def code_fingerprint() -> str:
    """A hash of factbox's own code and tables, so a changed extractor invalidates cached records even
    when the version number did not move (as during development)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        code = path.suffix in (".py", ".json", ".txt", ".csv", ".tsv") or path.parent.name == "data"
        rel = path.relative_to(root)
        if rel.parts[0] in NOT_RECORD_CODE or "__pycache__" in rel.parts:
            continue  # code that never shapes a record (the report, the CLI, evaluation, the benchmark)
        if code and path.is_file():
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_key(article: Article, settings: Settings, model: dict[str, str]) -> str:
    """What an article's record depends on: its id, text and metadata, the code, the model and the settings.

    Not where it was read from (the path as typed, the line of a JSONL file): the source is filled in when
    the tables are written (:func:`_placed`), so moving, renaming or reordering inputs re-analyses nothing.
    (A JSONL line without an id gets one from its content, see :func:`pipeline.ingest.iter_articles`.)
    """
    basis = {
        "sha256": article.sha256, "doc_id": article.doc_id, "url": article.url, "title": article.title,
        "published": article.published, "published_from": article.published_from, "encoding": article.encoding,
        "pipeline": code_fingerprint(), "model": model, "settings": settings.key(),
        "warnings": [w.code for w in article.warnings],
    }
    return hashlib.sha256(dumps(basis).encode("utf-8")).hexdigest()


def _placed(record: dict[str, Any], source: str) -> dict[str, Any]:
    """A stored record with the source of the article it is written for (where it was read this time)."""
    return record if record.get("source") == source else {**record, "source": source}


# ------------------------------------------------------------------------------------------ processing
def process(
    articles: Iterable[Article], settings: Settings = DEFAULTS
) -> Iterator[tuple[Article, dict[str, Any] | None, Failure | None]]:
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
    from .annotate import model_info, nlp_for

    nlp = nlp_for(settings)
    model = model_info(nlp)
    batch: list[Article] = []
    for article in itertools.chain([first], articles):
        if len(article.text) > settings.max_chars:
            yield article, None, too_long(article, settings.max_chars)
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


def too_long(article: Article, limit: int) -> Failure:
    """The failure of an article longer than ``--max-chars``."""
    from .ingest import too_long as error

    return failure_for(article, "ingest", error(article.source, f"{len(article.text):,} characters", limit,
                                                len(article.text)))


def _run_batch(batch: list[Article], nlp, settings: Settings, model: Mapping[str, str]) -> Iterator:
    """Records (or failures) of one batch of one-piece articles, each made inside the batch's memory zone as
    its Doc comes out of spaCy (no Doc escapes the zone), and yielded at once."""
    from .annotate import annotate, batch_zone

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


def _one_by_one(article: Article, nlp, settings: Settings, model: Mapping[str, str]):
    from .annotate import annotate

    try:
        [(doc, _, _)] = list(annotate([article], nlp, batch_size=1, max_length=settings.max_length))
    except Exception as exc:  # noqa: BLE001 - any failure of one article is reported, not raised
        return article, None, failure_for(article, "annotate", exc)
    return _finish(doc, article, settings, model)


def _run_long(article: Article, nlp, settings: Settings, model: Mapping[str, str]):
    """One article longer than ``settings.max_length``: each piece's Doc is read by the extractors as it
    comes out of spaCy and dropped, so memory is that of one batch of pieces plus the plain mentions and
    sentences, whatever the length; the record is then built over the whole text."""
    from .analyze import build_record, extract, merge
    from .annotate import annotate, batch_zone
    from .write import record_to_dict

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


def _finish(doc, article: Article, settings: Settings, model: Mapping[str, str]):
    from .analyze import analyze
    from .write import record_to_dict

    try:
        record = record_to_dict(analyze(doc, article, settings=settings, model=model))
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
        article = make_article(text, source="<text>", doc_id=doc_id or "text", title=title,
                               published=published, max_chars=settings.max_chars, day_first=settings.day_first)
    elif path is not None:
        article = read_file(path, doc_id=doc_id, published=published, max_chars=settings.max_chars,
                            day_first=settings.day_first)
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


class RecordStore:
    """Records on disk (``OUTDIR/.factbox/records``), filed under their :func:`cache_key`.

    An entry is two lines: a small header (the key, the length of the record line) and the record's JSON.
    :meth:`has` reads only the header, so checking a large unchanged corpus stays cheap. Entries are
    replaced atomically but not fsync'ed: the store is a cache, and an entry torn by a power cut fails the
    length check and is simply made again. The source inside a stored record is where its article was read
    when it was made; :func:`_placed` sets the current one.
    """

    def __init__(self, outdir: Path):
        self.root = outdir / STORE / "records"
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        """Whether a complete entry made under ``key`` is stored."""
        try:
            with open(self._path(key), "rb") as handle:
                header = json.loads(handle.readline())
                size = os.fstat(handle.fileno()).st_size
        except (OSError, ValueError):
            return False
        if not isinstance(header, dict) or header.get("key") != key or not isinstance(header.get("length"), int):
            return False
        return size == len(dumps(header).encode("utf-8")) + 1 + header["length"] + 1

    def get(self, key: str) -> dict[str, Any] | None:
        """The record stored under ``key``, else None."""
        return self.load(key) if self.has(key) else None

    def put(self, key: str, record: dict[str, Any]) -> None:
        body = dumps(record).encode("utf-8")
        header = dumps({"key": key, "length": len(body)}).encode("utf-8")
        path = self._path(key)
        path.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(header + b"\n" + body + b"\n")
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def load(self, key: str) -> dict[str, Any]:
        with open(self._path(key), "rb") as handle:
            handle.readline()
            return json.loads(handle.readline())

    def prune(self, keep: Iterable[str]) -> int:
        """Remove the entries of keys not in ``keep`` (articles no longer in the inputs, stray temporaries)."""
        wanted = {self._path(key) for key in keep}
        removed = 0
        for path in self.root.glob("*/*"):
            if path not in wanted:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


# ------------------------------------------------------------------------------------------------ run
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
    from . import engines
    from .ingest import iter_paths, output_inside

    started = time.perf_counter()
    published = _check_date(published)
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ConfigError(Errors.E055.format(key="workers", value=workers))
    analyse = engines.get(engine)
    if scheduler and engine != "dask":
        raise ConfigError(Errors.E054)
    paths = list(iter_paths(inputs, outdir=outdir))  # missing inputs fail now, before anything is written
    if not paths:
        raise ConfigError(Errors.E008.format(paths=", ".join(map(str, inputs)) or "no inputs"))
    notices = []
    if folder := output_inside(inputs, outdir):
        notices.append(Errors.W009.format(out=outdir, folder=folder))
        log.info(notices[-1])
    if not force and not is_output_folder(outdir):
        raise OutputError(Errors.E059.format(path=outdir))
    out = check_outdir(outdir)
    with _exclusive(out):
        if rebuild:
            shutil.rmtree(out / STORE / "records", ignore_errors=True)
            (out / STORE / STATE).unlink(missing_ok=True)
        summary = RunSummary(outdir=str(out), notices=notices)
        return _run(inputs, paths, out, summary, settings=settings or DEFAULTS, workers=workers,
                    published=published, on_progress=on_progress, analyse=analyse, scheduler=scheduler,
                    started=started)


def is_output_folder(outdir: str | os.PathLike) -> bool:
    """Whether a run may write to ``outdir`` without asking: it does not exist yet, or is an empty folder,
    or one factbox wrote (it holds the ``.factbox`` store, or a ``manifest.json`` of factbox's). A file is
    left for :func:`pipeline.write.check_outdir` to refuse (E006)."""
    path = Path(outdir)
    if not path.is_dir():
        return True
    if (path / STORE).is_dir():
        return True
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
        return isinstance(manifest, dict) and manifest.get("pipeline") == "factbox"
    except FileNotFoundError:
        pass
    except (OSError, ValueError):
        return False
    try:
        return next(path.iterdir(), None) is None
    except OSError:
        return True  # unreadable: writing will fail with E401, which says so


def _run(inputs, paths, out: Path, summary: RunSummary, *, settings: Settings, workers: int,
         published: str | None, on_progress: OnProgress | None, analyse, scheduler: str | None,
         started: float) -> RunSummary:
    from .ingest import iter_articles

    state = _read_state(out)
    settings = _validated(settings, state)
    model = model_meta(settings.model)
    snapshot = _inputs_snapshot(paths, {"published": published, "max_chars": settings.max_chars})
    context = {"pipeline": code_fingerprint(), "settings": settings.key(), "model": model}
    if snapshot and state.get("inputs") == snapshot and state.get("context") == context \
            and _files_unchanged(out, state.get("files", {})):
        _summary_from_state(summary, state)  # the very same files as the last complete run: nothing to do
        if on_progress:
            on_progress(summary.articles + summary.failed)
        summary.seconds = time.perf_counter() - started
        return summary
    store = RecordStore(out)
    _remove_stray_temporaries(out)

    failures: list[Failure] = []
    doc_keys: dict[str, str] = {}  # every article in the outputs -> its cache key (ids, not texts)
    inputs_meta: list[tuple[str, str, str]] = []

    def todo() -> Iterator[Article]:
        """Articles that need analysis; failures and unchanged (stored) articles are handled on the way."""
        for item in iter_articles(inputs, published=published, max_chars=settings.max_chars, outdir=out,
                                  day_first=settings.day_first):
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
    with _sigterm_as_interrupt():
        outcomes = analyse(todo(), settings, workers=workers, scheduler=scheduler)
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
        _write_outputs(out, store, doc_keys, failures, inputs_meta, settings, model, state, summary,
                       fresh_state={"inputs": snapshot, "context": context})
    summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    """Hold ``OUTDIR/.factbox/lock`` for the run: two runs writing one folder would mix their tables.

    The lock is an ``flock`` on a file that records the holder's pid. The kernel releases it when the run
    ends in any way, SIGKILL included, so a lock is never stale, provided no other process shares the open
    file: processes forked during the run (pool workers) let go of it at once (:func:`_release_in_child`),
    and it is not inherited across ``exec``.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    (out / STORE).mkdir(exist_ok=True)
    fd = os.open(out / STORE / "lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    _HELD_LOCKS.add(fd)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise OutputError(Errors.E058.format(path=out, who=who)) from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        _HELD_LOCKS.discard(fd)
        os.close(fd)


_HELD_LOCKS: set[int] = set()  # descriptors of output-folder locks this process holds


def _release_in_child() -> None:
    """In a freshly forked child: stop sharing the parent's locks (the lock lives as long as any process
    holds its open file, so a worker left behind by a killed run would keep the folder locked). The
    descriptor is pointed at /dev/null rather than closed, so its number stays valid in the child."""
    for fd in list(_HELD_LOCKS):
        try:
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, fd)
            os.close(null)
        except OSError:
            pass
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_release_in_child)


def _validated(settings: Settings, state: Mapping[str, Any]) -> Settings:
    """Validated settings. Settings that this very code validated for the last run are not checked again:
    the check imports the extractors and with them spaCy, which a run with nothing to do avoids."""
    known = state.get("pipeline") == code_fingerprint() and state.get("settings") == _settings_state(settings)
    if known and isinstance(settings.batch_size, int) and settings.batch_size >= 1:
        return settings
    return check_settings(**{k: getattr(settings, k) for k in settings.key()}, batch_size=settings.batch_size,
                          max_chars=settings.max_chars)


def _settings_state(settings: Settings) -> dict[str, Any]:
    return {**settings.key(), "batch_size": settings.batch_size, "max_chars": settings.max_chars}


def _inputs_snapshot(paths: Sequence[Path | Failure], options: Mapping[str, Any]) -> str | None:
    """A hash of the input files as given and their size, times and inode (None for standard input), and of
    the options that decide how they are read (``options``).

    Equal snapshots mean the very same files, so a run finding the snapshot, code, settings and model of
    the last complete run (and its outputs untouched) has nothing to do and reads no article at all.
    Anything else (a touched or copied file, a new or removed one) takes the normal path, where cache keys
    on the content decide what is analysed.
    """
    digest = hashlib.sha256(dumps(dict(options)).encode("utf-8"))
    for path in paths:
        if not isinstance(path, Path) or str(path) == "-":
            return None  # standard input, or a folder that could not be read: nothing to compare
        try:
            st = path.stat()
        except OSError:
            return None  # dangling link and the like: let ingest report it
        digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\n".encode())
    return digest.hexdigest()


def _summary_from_state(summary: RunSummary, state: Mapping[str, Any]) -> None:
    from .write import TABLES

    summary.counts = {table: state.get("counts", {}).get(table, 0) for table in TABLES}
    summary.events = summary.counts.get("events", 0)
    summary.articles = summary.reused = summary.counts.get("documents", 0)
    summary.failed = summary.counts.get("errors", 0)
    summary.written = False


def _write_outputs(
    out: Path,
    store: RecordStore,
    doc_keys: Mapping[str, str],
    failures: Sequence[Failure],
    inputs_meta: Sequence[tuple[str, str, str]],
    settings: Settings,
    model: Mapping[str, str],
    state: Mapping[str, Any],
    summary: RunSummary,
    *,
    fresh_state: Mapping[str, Any],
) -> None:
    """Write documents.jsonl, the tables, errors.csv and manifest.json, unless they are already exactly so.

    ``fresh_state`` (the inputs snapshot and context of this run) is saved with the state, so the next run
    on the same files can stop before reading them.
    """
    from .write import TABLES, failure_order, failure_row

    doc_ids = sorted(doc_keys)
    manifest: dict[str, Any] = {
        "pipeline": "factbox",
        "pipeline_version": __version__,
        "model": dict(model),
        "python": ".".join(platform.python_version_tuple()[:2]),
        "settings": settings.key(),
        "inputs": [{"doc_id": d, "source": s, "sha256": h} for d, s, h in sorted(inputs_meta)],
    }
    digest = hashlib.sha256()
    for doc_id in doc_ids:
        digest.update(f"{doc_id}\0{doc_keys[doc_id]}\n".encode("utf-8"))
    digest.update(dumps([failure_row(f) for f in sorted(failures, key=failure_order)]).encode("utf-8"))
    digest.update(dumps(manifest).encode("utf-8"))
    fingerprint = digest.hexdigest()
    summary.articles, summary.failed = len(doc_ids), len(failures)

    if state.get("outputs") == fingerprint and _files_unchanged(out, state.get("files", {})):
        summary.counts = {table: state["counts"].get(table, 0) for table in TABLES}
        summary.events = summary.counts.get("events", 0)
        summary.written = False
        if any(state.get(k) != v for k, v in fresh_state.items()):
            _write_state(out, {**state, **fresh_state})  # e.g. touched files: same bytes, new snapshot
        return

    sources = {doc_id: source for doc_id, source, _ in inputs_meta}
    writer = DatasetWriter(out).__enter__()
    try:
        for doc_id in doc_ids:
            writer.add(_placed(store.load(doc_keys[doc_id]), sources[doc_id]))
        writer.add_failures(failures)
        manifest["counts"] = {"articles": summary.articles, "errors": summary.failed,
                              **{f"{k}_rows": v for k, v in sorted(writer.counts.items())}}
    except BaseException as exc:
        writer.__exit__(type(exc), exc, exc.__traceback__)  # removes the temporary files
        raise
    with _signals_held():
        (out / STORE / STATE).unlink(missing_ok=True)  # until the new state is written, nothing is trusted
        writer.__exit__(None, None, None)  # renames every table into place
        write_json(out / "manifest.json", manifest)
        names = ["documents.jsonl", *(f"{t}.csv" for t in writer.counts), "manifest.json"]
        _write_state(out, {
            "pipeline": code_fingerprint(), "settings": _settings_state(settings), "outputs": fingerprint,
            "counts": dict(writer.counts), "files": {n: _stat(out / n) for n in names}, **fresh_state,
        })
    summary.counts = dict(writer.counts)
    summary.events = summary.counts.get("events", 0)


def _stat(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _files_unchanged(out: Path, files: Mapping[str, Sequence[int]]) -> bool:
    try:
        return bool(files) and all(_stat(out / name) == list(stat) for name, stat in files.items())
    except OSError:
        return False


def has_tables(outdir: str | os.PathLike) -> bool:
    """Whether ``outdir`` holds the tables of a complete run (what an interrupted run leaves in place)."""
    return bool(_read_state(Path(outdir)).get("outputs"))


def _read_state(out: Path) -> dict[str, Any]:
    try:
        state = json.loads((out / STORE / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _write_state(out: Path, state: Mapping[str, Any]) -> None:
    write_json(out / STORE / STATE, dict(state))


def _remove_stray_temporaries(out: Path) -> None:
    """Temporary files left by a run that was killed (SIGKILL, power cut) before it could clean up: only the
    names factbox gives its own (``.NAME.XXXXXXXX.tmp`` for a NAME it writes), never anyone else's."""
    from .write import OUTPUT_FILES

    for name in (*OUTPUT_FILES, STATE):
        folder = out / STORE if name == STATE else out
        for path in folder.glob(f".{glob.escape(name)}.*.tmp"):
            if RE_TEMPORARY.fullmatch(path.name[len(name) + 2:]):
                path.unlink(missing_ok=True)


RE_TEMPORARY = re.compile(r"[a-z0-9_]{8}\.tmp")  # what tempfile.mkstemp puts between prefix and suffix


# ---------------------------------------------------------------------------------------------- signals
def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C while running, so ``kill`` also cleans up and leaves consistent outputs."""
    if not _in_main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back while the outputs are renamed into place; raise afterwards."""
    if not _in_main_thread():
        yield
        return
    received: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, frame: received.append(signum))
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)
    if received:
        raise KeyboardInterrupt(f"signal {received[0]}")
