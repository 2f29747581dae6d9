"""The Dask engine: a two-worker LocalCluster writes exactly the local engine's bytes, and survives a
worker that dies."""

from __future__ import annotations

import functools
import os
from collections import Counter
from pathlib import Path

import pytest
from test_run import make_corpus, outputs

from pipeline import run
from pipeline.config import check_settings
from pipeline.errors import ConfigError
from pipeline.ingest import iter_articles
from pipeline.work import analyze_articles, analyze_chunk

distributed = pytest.importorskip("distributed")
dask_engine = pytest.importorskip("pipeline.engines.dask")

pytestmark = [
    pytest.mark.model,
    pytest.mark.slow,
    # Dask's own start-up and shutdown chatter (ports, closed comms) is not ours to fix.
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning:distributed.*"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

SETTINGS = check_settings(batch_size=3)


def kill_once(articles, settings, *, victim: str, flag: str):
    """The engine task, except that the worker process dies the first time it meets ``victim``."""
    if any(a.doc_id == victim for a in articles) and not os.path.exists(flag):
        Path(flag).touch()
        os._exit(1)
    return analyze_chunk(articles, settings)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(folder, 14)
    return folder


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local")
    assert run([corpus], out, settings=SETTINGS).ok
    return out


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes, as `dask worker --nworkers 2 --nthreads 1` would give."""
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster:
            yield cluster


def test_dask_cluster_writes_the_same_bytes_as_the_local_engine(corpus, local, cluster, tmp_path):
    summary = run([corpus], tmp_path / "out", settings=SETTINGS, engine="dask",
                  scheduler=cluster.scheduler_address)
    assert summary.ok and summary.processed == 14
    assert outputs(tmp_path / "out") == outputs(local)


def test_dask_worker_killed_midway_loses_and_duplicates_nothing(corpus, cluster, tmp_path):
    articles = list(iter_articles([corpus]))
    expected = {a.doc_id: r for a, r, _ in analyze_articles(articles, SETTINGS)}
    task = functools.partial(kill_once, victim="a0008", flag=str(tmp_path / "killed"))
    outcomes = list(dask_engine.analyze_on_dask(articles, SETTINGS, scheduler=cluster.scheduler_address, task=task))
    assert (tmp_path / "killed").exists()  # a worker did die
    assert Counter(doc_id for doc_id, _, _ in outcomes) == Counter(expected.keys())
    assert {doc_id: record for doc_id, record, _ in outcomes} == expected


def test_dask_engine_starts_its_own_local_cluster(corpus, local, tmp_path):
    summary = run([corpus], tmp_path / "out", settings=SETTINGS, engine="dask", workers=2)
    assert summary.ok and outputs(tmp_path / "out") == outputs(local)
    again = run([corpus], tmp_path / "out", settings=SETTINGS, engine="dask", workers=2)
    assert again.processed == 0 and not again.written  # nothing to do: no cluster is started


def test_unreachable_scheduler_is_E053(corpus, tmp_path):
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(ConfigError, match="E053"):
            run([corpus], tmp_path / "out", engine="dask", scheduler="tcp://127.0.0.1:9")
