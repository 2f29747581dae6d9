"""The Dask engine: the same stages on a Dask distributed cluster (``pip install 'factbox[dask]'``).

``factbox run --engine dask --scheduler tcp://HOST:8786`` sends chunks of articles to the workers of a
running cluster; ``--engine dask`` alone starts a local cluster of ``--workers`` processes. Every worker
process loads the spaCy model once (a worker plugin loads it when the worker joins; the task itself only
carries articles and settings), analyses its chunks and sends back plain record dicts, which the client
writes exactly as the local engine's. At most two chunks per worker thread are in flight, so neither the
client nor the cluster ever holds the corpus.

When a worker dies, Dask runs its tasks again on another worker. A chunk that keeps killing workers ends
in ``KilledWorker`` (after ``distributed.scheduler.allowed-failures`` attempts); it is then split into
single articles, and an article that still kills workers alone becomes a ``Failure`` (E202).

Workers need factbox and the model installed, the same version as the client (the cache key and the
records depend on both), and one thread each (``dask worker --nthreads 1 --nworkers N``): spaCy holds
the GIL, so threads add no speed.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from contextlib import contextmanager
from typing import Any, Iterable, Iterator

from ..annotate import nlp_for
from ..cache import code_fingerprint
from ..config import Settings
from ..errors import ConfigError, Errors
from ..model import model_meta
from ..records import Article, Outcome
from ..work import analyze_chunk, worker_died
from . import Task, check, chunks

log = logging.getLogger(__name__)

try:
    import distributed
except ImportError:  # the engine is an optional extra: engines.check("dask") says so (E052)
    distributed = None
    WorkerPlugin: Any = object
else:
    WorkerPlugin = distributed.WorkerPlugin


def identity(model: str) -> dict[str, Any]:
    """What a worker's records depend on besides the article: factbox's code and the model."""
    return {"code": code_fingerprint(), "model": model_meta(model)}


class LoadModel(WorkerPlugin):
    """Loads the spaCy model when a worker starts, so no task pays for it (and none ships it)."""

    name = "factbox-load-model"

    def __init__(self, settings: Settings):
        self.settings = settings

    def setup(self, worker: Any) -> None:
        nlp_for(self.settings)


def analyze_on_dask(
    articles: Iterable[Article],
    settings: Settings,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    task: Task = analyze_chunk,
) -> Iterator[Outcome]:
    """Analyse ``articles`` on a Dask cluster; yield one Outcome per article (in completion order).

    Args:
        articles: Articles to analyse (consumed lazily).
        settings: Validated settings; ``batch_size`` is also the chunk size.
        workers: Worker processes of the local cluster started when no ``scheduler`` is given.
        scheduler: Address of a running scheduler (``tcp://host:8786``).
        task: What a worker runs on a chunk (tests wrap it to kill a worker on purpose).

    Raises:
        ConfigError: dask[distributed] is not installed (E052) or the scheduler cannot be reached (E053).
    """
    check("dask")
    fresh = chunks(articles, size=settings.batch_size)
    first = next(fresh, None)
    if first is None:
        return  # nothing to analyse: no cluster
    fresh = itertools.chain([first], fresh)
    with _client(scheduler, workers) as client:
        check_workers(client, settings)
        client.register_plugin(LoadModel(settings), name=LoadModel.name)
        running: dict[str, list[Article]] = {}
        done = distributed.as_completed()
        exhausted = False

        def submit(part: list[Article]) -> None:
            future = client.submit(task, part, settings, pure=False, key=f"factbox-chunk-{uuid.uuid4().hex}")
            running[future.key] = part
            done.add(future)

        def fill() -> None:
            nonlocal exhausted
            limit = 2 * max(1, sum(client.nthreads().values()))
            while not exhausted and len(running) < limit:
                part = next(fresh, None)
                if part is None:
                    exhausted = True
                else:
                    submit(part)

        fill()
        for future in done:
            part = running.pop(future.key)
            try:
                outcomes = future.result()
            except distributed.KilledWorker:
                log.warning("a chunk of %d article(s) kept killing Dask workers", len(part))
                if len(part) > 1:
                    for article in part:
                        submit([article])
                else:
                    yield worker_died(part[0])
            except Exception as exc:  # noqa: BLE001 - articles fail inside the task; this is the worker's setup
                raise ConfigError(Errors.E056.format(reason=f"{type(exc).__name__}: {exc}")) from exc
            else:
                yield from outcomes
            finally:
                future.release()
            fill()


def check_workers(client: Any, settings: Settings) -> None:
    """Every worker present must run the same factbox code and model as this client (E057)."""
    ours = identity(settings.model)
    try:
        theirs = client.run(identity, settings.model)
    except Exception as exc:  # noqa: BLE001 - e.g. factbox not importable on a worker
        raise ConfigError(Errors.E056.format(reason=f"{type(exc).__name__}: {exc}")) from exc
    for worker, found in theirs.items():
        if found != ours:
            raise ConfigError(Errors.E057.format(worker=worker, theirs=_short(found), ours=_short(ours)))


def _short(identity_: dict[str, Any]) -> str:
    model = identity_["model"]
    return f"code {identity_['code'][:12]}, {model['name']} {model['version']}"


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client of the given scheduler, or of a local cluster of ``workers`` single-threaded processes."""
    if scheduler:
        try:
            client = distributed.Client(scheduler)  # timeout: distributed.comm.timeouts.connect
        except (OSError, TimeoutError, ValueError) as exc:
            raise ConfigError(Errors.E053.format(address=scheduler, reason=exc)) from exc
        with client:
            yield client
        return
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, distributed.Client(cluster) as client:
        yield client
