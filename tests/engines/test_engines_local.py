"""The local engine: parallel runs, dying workers, streaming: nothing lost, nothing duplicated.

A worker is killed on purpose by wrapping the engine's task (``helpers.kill_once``/``kill_always``), or from
the outside with SIGKILL while a run is going on."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from pipeline import run
from pipeline.cache import STORE
from pipeline.config import check_settings
from pipeline.engines import local as local_engine
from pipeline.ingest import iter_articles

from helpers import column, kill_always, kill_once, make_corpus, outputs, stored

pytestmark = pytest.mark.model

SETTINGS = check_settings(batch_size=4)  # small chunks: many of them in flight


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(folder, 30)
    return folder


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> dict:
    """Records and outputs of the corpus analysed in this process."""
    out = tmp_path_factory.mktemp("single")
    assert run([corpus], out, settings=SETTINGS).ok
    articles = list(iter_articles([corpus]))
    records = {doc_id: record for doc_id, record, _ in local_engine.analyze_locally(articles, SETTINGS)}
    return {"out": out, "records": records, "articles": articles}


def test_two_workers_write_the_same_bytes_as_one(corpus, single, tmp_path):
    summary = run([corpus], tmp_path / "out", settings=SETTINGS, workers=2)
    assert summary.ok and summary.processed == 30
    assert outputs(tmp_path / "out") == outputs(single["out"])


def test_worker_killed_once_loses_and_duplicates_nothing(single, tmp_path):
    task = functools.partial(kill_once, victim="a0013", flag=tmp_path / "killed")
    outcomes = list(local_engine.analyze_locally(single["articles"], SETTINGS, workers=2, task=task))
    assert (tmp_path / "killed").exists()  # a worker did die
    # each article exactly once, with the record a single process makes
    assert Counter(doc_id for doc_id, _, _ in outcomes) == Counter(single["records"].keys())
    assert all(failure is None for _, _, failure in outcomes)
    assert {doc_id: record for doc_id, record, _ in outcomes} == single["records"]


def test_article_that_always_kills_its_worker_is_reported_E202(single):
    task = functools.partial(kill_always, victim="a0007")
    outcomes = list(local_engine.analyze_locally(single["articles"], SETTINGS, workers=2, task=task))
    assert Counter(doc_id for doc_id, _, _ in outcomes) == Counter(single["records"].keys())
    failed = {doc_id: failure for doc_id, _, failure in outcomes if failure is not None}
    assert list(failed) == ["a0007"] and failed["a0007"].code == "E202"
    others = {d: r for d, r in single["records"].items() if d != "a0007"}
    assert {d: r for d, r, f in outcomes if f is None} == others


def test_worker_killed_from_outside_during_a_run(corpus, single, tmp_path):
    """SIGKILL to a pool worker midway: the run finishes, with every article once and the same bytes."""
    psutil = pytest.importorskip("psutil")  # installed with the dask extra

    out = tmp_path / "out"
    killed = []

    def killer():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            stored = len(list((out / STORE / "records").glob("*/*.json"))) if out.exists() else 0
            children = psutil.Process().children()
            if stored >= 4 and children:
                os.kill(children[-1].pid, signal.SIGKILL)
                killed.append(stored)
            time.sleep(0.01)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    summary = run([corpus], out, settings=SETTINGS, workers=2)
    thread.join()
    assert killed and killed[0] < 30, "the worker was not killed midway"
    assert summary.ok and summary.articles == 30
    assert Counter(column(out, "documents")) == Counter(column(single["out"], "documents"))
    assert outputs(out) == outputs(single["out"])


def signal_handlers(articles, settings):
    """A task that reports how the worker handles SIGINT and SIGTERM."""
    return [(a.doc_id, {"int": str(signal.getsignal(signal.SIGINT)), "term": str(signal.getsignal(signal.SIGTERM))},
             None) for a in articles]


def test_pool_workers_die_on_sigterm_even_inside_a_run(single):
    """A forked worker must not inherit the run's SIGTERM-to-KeyboardInterrupt handler: the pool delivers a
    KeyboardInterrupt raised in a task as its result, so such a worker survives the terminate() of a broken
    pool and the pool hangs (seen in `make bench --kill-worker` on 2,400 articles)."""
    from pipeline.guards import sigterm_as_interrupt

    with sigterm_as_interrupt():
        outcomes = list(local_engine.analyze_locally(single["articles"][:2], SETTINGS, workers=2, task=signal_handlers))
    assert {record["term"] for _, record, _ in outcomes} == {str(signal.SIG_DFL)}
    assert {record["int"] for _, record, _ in outcomes} == {str(signal.SIG_IGN)}


@pytest.mark.parametrize("workers", [1, 2])
def test_articles_stream_through_the_engine(single, workers):
    """The engine pulls only what it has in flight: memory does not grow with the corpus."""
    pulled = 0
    ahead = []

    def source():
        nonlocal pulled
        for article in single["articles"]:
            pulled += 1
            yield article

    done = 0
    for _ in local_engine.analyze_locally(source(), SETTINGS, workers=workers):
        done += 1
        ahead.append(pulled - done)
    in_flight = SETTINGS.batch_size * (2 * workers + 1)
    assert done == 30 and max(ahead) <= in_flight


@pytest.mark.slow
@pytest.mark.issue(9)
def test_issue9_kill_9_with_workers_leaves_no_orphans_and_the_rerun_finishes(tmp_path):
    """``kill -9`` of a ``--workers 2`` run: its workers die with it and hold no lock, so running the same
    command again finishes, with every article exactly once."""
    import psutil

    make_corpus(tmp_path / "corpus", 40)
    command = [sys.executable, "-m", "pipeline", "run", "corpus", "-o", "out", "--workers", "2",
               "--batch-size", "2", "--no-progress"]
    # no pipes: orphaned workers would keep them open
    proc = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list = []
    try:
        deadline = time.monotonic() + 180
        while stored(tmp_path / "out") < 4 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        workers = psutil.Process(proc.pid).children(recursive=True)
        assert workers, "no worker processes"
        proc.kill()
        proc.wait(timeout=60)
        _, alive = psutil.wait_procs(workers, timeout=15)
        assert not alive, f"workers outlived their parent: {[p.pid for p in alive]}"
        done_before = stored(tmp_path / "out")
        assert 0 < done_before < 40

        rerun = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=600)
        assert rerun.returncode == 0, rerun.stderr
        ids = column(tmp_path / "out", "documents")
        assert sorted(ids) == [f"a{i:04d}" for i in range(40)]  # each article exactly once
        assert f"({40 - done_before} processed, {done_before} unchanged)" in rerun.stderr
    finally:
        for worker in workers:  # never leave an orphan behind, whatever failed above
            try:
                worker.kill()
            except psutil.Error:
                pass


def test_a_pool_found_broken_at_submit_reruns_the_chunk_it_refused(single, monkeypatch):
    """A worker can die between two waits; the next submit() then raises BrokenProcessPool. The refused chunk
    never ran: it is run again on a new pool, not reported as the one that killed a worker."""
    from concurrent.futures.process import BrokenProcessPool

    new_pool = local_engine._new_pool
    calls = {"pools": 0}

    class RefusesOnce:
        def __init__(self, pool):
            self.pool, self.submits = pool, 0

        def submit(self, *args, **kwargs):
            self.submits += 1
            if calls["pools"] == 1 and self.submits == 3:
                raise BrokenProcessPool("a worker died")
            return self.pool.submit(*args, **kwargs)

        def __getattr__(self, name):
            return getattr(self.pool, name)

    def pool_that_breaks(*args, **kwargs):
        calls["pools"] += 1
        return RefusesOnce(new_pool(*args, **kwargs))

    monkeypatch.setattr(local_engine, "_new_pool", pool_that_breaks)
    outcomes = list(local_engine.analyze_locally(single["articles"], SETTINGS, workers=2))
    assert calls["pools"] == 2  # the broken pool was replaced
    assert Counter(doc_id for doc_id, _, _ in outcomes) == Counter(a.doc_id for a in single["articles"])
    assert all(failure is None for _, _, failure in outcomes)
    assert {doc_id: record for doc_id, record, _ in outcomes} == single["records"]
