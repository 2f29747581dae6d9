"""The Dask engine: a two-worker LocalCluster writes exactly the local engine's bytes and survives a worker
that dies; workers must run the client's code and model."""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import pytest

from pipeline import run
from pipeline.config import DEFAULTS, check_settings
from pipeline.errors import ConfigError
from pipeline.ingest import iter_articles
from pipeline.work import analyze_articles

from helpers import kill_once, make_corpus, outputs

distributed = pytest.importorskip("distributed")
dask_engine = pytest.importorskip("pipeline.engines.dask")

pytestmark = [
    # Dask's own start-up and shutdown chatter (ports, closed comms) is not ours to fix.
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning:distributed.*"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

SETTINGS = check_settings(batch_size=3)


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


@pytest.mark.model
@pytest.mark.slow
def test_dask_cluster_writes_the_same_bytes_as_the_local_engine(corpus, local, cluster, tmp_path):
    summary = run([corpus], tmp_path / "out", settings=SETTINGS, engine="dask",
                  scheduler=cluster.scheduler_address)
    assert summary.ok and summary.processed == 14
    assert outputs(tmp_path / "out") == outputs(local)


@pytest.mark.model
@pytest.mark.slow
def test_dask_worker_killed_midway_loses_and_duplicates_nothing(corpus, cluster, tmp_path):
    articles = list(iter_articles([corpus]))
    expected = {a.doc_id: r for a, r, _ in analyze_articles(articles, SETTINGS)}
    task = functools.partial(kill_once, victim="a0008", flag=str(tmp_path / "killed"))
    outcomes = list(dask_engine.analyze_on_dask(articles, SETTINGS, scheduler=cluster.scheduler_address, task=task))
    assert (tmp_path / "killed").exists()  # a worker did die
    assert Counter(doc_id for doc_id, _, _ in outcomes) == Counter(expected.keys())
    assert {doc_id: record for doc_id, record, _ in outcomes} == expected


@pytest.mark.model
@pytest.mark.slow
def test_dask_engine_starts_its_own_local_cluster(corpus, local, tmp_path):
    summary = run([corpus], tmp_path / "out", settings=SETTINGS, engine="dask", workers=2)
    assert summary.ok and outputs(tmp_path / "out") == outputs(local)
    again = run([corpus], tmp_path / "out", settings=SETTINGS, engine="dask", workers=2)
    assert again.processed == 0 and not again.written  # nothing to do: no cluster is started


@pytest.mark.slow
def test_unreachable_scheduler_is_E053(corpus, tmp_path):
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(ConfigError, match="E053"):
            run([corpus], tmp_path / "out", engine="dask", scheduler="tcp://127.0.0.1:9")


@pytest.mark.parametrize("change, code", [({"code": "other"}, "E057"), ({}, None)])
def test_dask_workers_must_run_the_same_code_and_model(change, code):
    from pipeline.engines import dask as dask_engine

    class Client:  # answers client.run(identity, model) like a cluster of one worker
        def run(self, fn, model):
            return {"tcp://10.0.0.2:4000": {**fn(model), **change}}

    if code is None:
        dask_engine.check_workers(Client(), DEFAULTS)
    else:
        with pytest.raises(ConfigError, match=code):
            dask_engine.check_workers(Client(), DEFAULTS)
