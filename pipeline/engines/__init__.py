"""Engines: where the articles of a run are analysed (this process, a local process pool, a Dask cluster).

Every engine has the same signature and the same contract, so :func:`pipeline.run` writes what any of them
returns in exactly the same way::

    engine(articles, settings, *, workers=1, scheduler=None) -> Iterator[Outcome]

- ``articles`` is a lazy iterable; an engine pulls only what it has in flight, so a corpus of millions
  streams through without being held in memory.
- Each article comes back exactly once as an :data:`Outcome` ``(doc_id, record_dict, None)`` or
  ``(doc_id, None, failure)``, in any order (the tables are sorted by doc_id when written).
- Workers load the spaCy model once per process and return plain record dicts, never Docs.
- A worker that dies (killed, out of memory, crashed in native code) loses no article and duplicates none:
  its unfinished chunks run again; an article that kills a worker every time becomes a ``Failure`` (E202).

``ENGINES`` names them; ``get(name)`` imports the one asked for (Dask only when it is used).
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..config import Settings
from ..errors import ConfigError, Errors
from ..records import Article, Failure

Outcome = tuple[str, "dict[str, Any] | None", "Failure | None"]
Engine = Callable[..., Iterator[Outcome]]
Task = Callable[[Sequence[Article], Settings], list[Outcome]]

# name -> "module:function", imported on first use so `--engine local` never imports Dask.
ENGINES: dict[str, str] = {
    "local": "pipeline.engines.local:process",
    "dask": "pipeline.engines.dask:process",
}

# A chunk is what one task analyses: at most ``Settings.batch_size`` articles and about this many
# characters, so one very long article does not make a chunk that keeps a worker busy for minutes while
# the others idle, and a chunk of short articles is still large enough to keep nlp.pipe's batching.
CHUNK_CHARS = 200_000


def get(name: str) -> Engine:
    """The engine called ``name``; raise ConfigError for an unknown name or a missing optional extra."""
    if name not in ENGINES:
        raise ConfigError(Errors.E051.format(name=name, known=", ".join(ENGINES)))
    module, _, function = ENGINES[name].partition(":")
    engine = importlib.import_module(module)
    check = getattr(engine, "check_available", None)
    if check is not None:
        check()  # e.g. the Dask extra is installed: fail before any work, not at the first chunk
    return getattr(engine, function)


def chunks(
    articles: Iterable[Article], *, size: int, max_chars: int = CHUNK_CHARS
) -> Iterator[list[Article]]:
    """Group articles into lists of at most ``size`` articles and (unless one article is longer) ``max_chars``
    characters."""
    chunk: list[Article] = []
    chars = 0
    for article in articles:
        if chunk and (len(chunk) >= size or chars + len(article.text) > max_chars):
            yield chunk
            chunk, chars = [], 0
        chunk.append(article)
        chars += len(article.text)
    if chunk:
        yield chunk


def analyse_chunk(articles: Sequence[Article], settings: Settings) -> list[Outcome]:
    """The task a worker runs: analyse a chunk with the process's (cached) model, return plain outcomes."""
    from ..run import process

    return [(article.doc_id, record, failure) for article, record, failure in process(articles, settings)]


def worker_died(article: Article) -> Outcome:
    """The outcome of an article that killed its worker process on every attempt."""
    from ..run import failure_for

    message = Errors.E202.format(source=article.source)
    return article.doc_id, None, failure_for(article, "annotate", code="E202", message=message)


__all__ = [
    "CHUNK_CHARS", "ENGINES", "Engine", "Outcome", "Task", "analyse_chunk", "chunks", "get", "worker_died",
]
