"""The local engine: this process (``workers=1``) or a pool of worker processes on this machine.

With ``workers > 1`` the articles are cut into chunks (:func:`pipeline.engines.chunks`) and at most
``2 * workers`` chunks are in flight, so memory does not grow with the corpus. Each worker process loads
the model once (inherited from the parent when it is already loaded and the platform forks).

A worker that dies breaks the whole ``ProcessPoolExecutor`` and fails every chunk in flight. Those chunks
are run again on a fresh pool; a chunk that was running when a worker died is a suspect and runs alone,
so the next death points at it. A suspect chunk that dies alone is split into single articles, and a
single article that kills its worker alone is reported as a ``Failure`` (E202). Chunks that finished
before the death keep their results. Every article therefore comes back exactly once.
"""

from __future__ import annotations

import ctypes
import itertools
import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Iterable, Iterator

from ..annotate import nlp_for
from ..config import Settings
from ..errors import ConfigError, Errors
from ..records import Article, Outcome
from ..work import analyze_articles, analyze_chunk, worker_died
from . import Task, chunks

log = logging.getLogger(__name__)


def analyze_locally(
    articles: Iterable[Article],
    settings: Settings,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    task: Task = analyze_chunk,
) -> Iterator[Outcome]:
    """Analyse ``articles`` here (``workers=1``) or in ``workers`` processes; yield one Outcome per article.

    Args:
        articles: Articles to analyse (consumed lazily).
        settings: Validated settings; ``batch_size`` is also the chunk size.
        workers: Processes to use; 1 analyses in this process.
        scheduler: Not used by this engine (raises ConfigError if given).
        task: What a worker process runs on a chunk (tests wrap it to kill a worker on purpose).
    """
    if scheduler:
        raise ConfigError(Errors.E054)
    if workers <= 1:
        for article, record, failure in analyze_articles(articles, settings):
            yield article.doc_id, record, failure
        return
    yield from _pool(articles, settings, workers, task)


@dataclass
class _Chunk:
    articles: list[Article]
    suspect: bool = False  # was running when a worker died: runs alone from now on


def _pool(articles: Iterable[Article], settings: Settings, workers: int, task: Task) -> Iterator[Outcome]:
    fresh = chunks(articles, size=settings.batch_size)
    first = next(fresh, None)
    if first is None:
        return  # nothing to analyse: no pool, no model
    fresh = itertools.chain([first], fresh)
    retry: deque[_Chunk] = deque()
    running: dict[Future, _Chunk] = {}
    limit = 2 * workers  # bounded: never the whole corpus in flight
    exhausted = False
    pool = _new_pool(workers, settings)
    try:
        while True:
            lost: list[_Chunk] = []
            unsent: list[_Chunk] = []  # refused by a pool found broken at submit(): never ran, not suspect
            try:  # a worker can die between two waits: submit() then finds the pool broken
                if retry and not running:
                    chunk = retry.popleft()
                    running[pool.submit(task, chunk.articles, settings)] = chunk
                while not retry and not exhausted and len(running) < limit and not _isolating(running):
                    articles_ = next(fresh, None)
                    if articles_ is None:
                        exhausted = True
                        break
                    chunk = _Chunk(articles_)
                    running[pool.submit(task, articles_, settings)] = chunk
            except BrokenProcessPool:
                unsent.append(chunk)
            if not running and not unsent:
                return
            done = wait(running, return_when=FIRST_COMPLETED)[0] if running and not unsent else set()
            for future in done:
                chunk = running.pop(future)
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    lost.append(chunk)
                    continue
                yield from outcomes
            if not lost and not unsent:
                continue
            # The pool is broken: every chunk still running fails too, except those that just finished.
            for future, chunk in list(running.items()):
                if future.done() and future.exception() is None:
                    yield from future.result()
                else:
                    lost.append(chunk)
            running.clear()
            log.warning("a worker process died; re-running %d chunk(s) on a new pool", len(lost) + len(unsent))
            _stop(pool, kill=True)
            retry.extendleft(reversed(unsent))
            for chunk in lost:
                if not chunk.suspect:
                    retry.append(_Chunk(chunk.articles, suspect=True))
                elif len(chunk.articles) > 1:  # died alone: one of its articles kills workers
                    retry.extend(_Chunk([a], suspect=True) for a in chunk.articles)
                else:
                    yield worker_died(chunk.articles[0])
            pool = _new_pool(workers, settings)
    finally:
        _stop(pool, kill=bool(running))


def _isolating(running: dict[Future, _Chunk]) -> bool:
    return any(chunk.suspect for chunk in running.values())


def _new_pool(workers: int, settings: Settings) -> ProcessPoolExecutor:
    # fork (where available) lets workers inherit a model the parent already loaded, and starts fast.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                               initargs=(settings, os.getpid()))


def _stop(pool: ProcessPoolExecutor, *, kill: bool) -> None:
    """Shut the pool down; with ``kill`` (interrupted or broken) end its workers at once."""
    if kill:
        # ProcessPoolExecutor has no public way to stop running tasks; kill its processes directly. Workers
        # hold nothing that needs saving (records are stored by the parent), and a worker left alive can
        # keep the pool's feeder thread blocked on a full pipe forever (see _init_worker).
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            if proc.is_alive():
                proc.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _init_worker(settings: Settings, parent: int | None = None) -> None:
    """Tie the worker's life to its parent's, restore the default signal handling, load the model once.

    Ctrl-C is the parent's to handle (it stops the workers), and SIGTERM must end a worker: a forked
    worker inherits the run's SIGTERM-to-KeyboardInterrupt handler, and the pool delivers a
    KeyboardInterrupt raised in a task as the task's result, so a worker would survive the terminate()
    a broken pool sends it and the pool would hang on shutdown.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent is not None:
        die_with_parent(parent)
    nlp_for(settings)


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_POLL_SECONDS = 1.0


def die_with_parent(parent: int) -> None:
    """End this process when ``parent`` dies, even by SIGKILL, which gives the parent no chance to stop it.

    A pool worker whose parent is gone would otherwise live on forever, blocked on a queue that nobody
    feeds (issue 9). On Linux the kernel sends SIGKILL the moment the parent dies (``PR_SET_PDEATHSIG``,
    see prctl(2)); everywhere, a daemon thread also checks once a second that the parent is still the
    same process, and the check right after setting the signal covers a parent that died before.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no usable libc: the thread below still does the job
            log.debug("prctl(PR_SET_PDEATHSIG) unavailable", exc_info=True)
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="factbox-parent-watch", daemon=True).start()
