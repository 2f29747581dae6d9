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

``ENGINES`` names them. ``check(name)`` says before any work whether an engine can run; ``get(name)``
imports it, and with it :mod:`pipeline.work` and spaCy, once there is an article to analyse (Dask only
when it is used), so a re-run with nothing to do loads neither.
"""

from __future__ import annotations

import importlib
from typing import Callable, Iterable, Iterator, Sequence

from ..config import Settings
from ..errors import ConfigError, Errors
from ..records import Article, Outcome

Engine = Callable[..., Iterator[Outcome]]
Task = Callable[[Sequence[Article], Settings], list[Outcome]]

# name -> "module:function", imported on first use so `--engine local` never imports Dask.
ENGINES: dict[str, str] = {
    "local": "pipeline.engines.local:analyze_locally",
    "dask": "pipeline.engines.dask:analyze_on_dask",
}
# name -> the optional package an engine needs (its extra), checked before any work.
REQUIRES: dict[str, str] = {"dask": "distributed"}

# A chunk is what one task analyses: at most ``Settings.batch_size`` articles and about this many
# characters, so one very long article does not make a chunk that keeps a worker busy for minutes while
# the others idle, and a chunk of short articles is still large enough to keep nlp.pipe's batching.
CHUNK_CHARS = 200_000


def check(name: str) -> None:
    """Raise ConfigError for an unknown engine (E051) or a missing optional extra (E052: the Dask engine
    without dask[distributed]), so a run fails before any work rather than at the first chunk."""
    if name not in ENGINES:
        raise ConfigError(Errors.E051.format(name=name, known=", ".join(ENGINES)))
    if name in REQUIRES:
        try:
            importlib.import_module(REQUIRES[name])
        except ImportError as exc:
            raise ConfigError(Errors.E052.format(reason=exc)) from exc


def get(name: str) -> Engine:
    """The engine called ``name``, imported now (and with it spaCy); raise ConfigError as :func:`check`."""
    check(name)
    module, _, function = ENGINES[name].partition(":")
    return getattr(importlib.import_module(module), function)


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


__all__ = ["CHUNK_CHARS", "ENGINES", "REQUIRES", "Engine", "Outcome", "Task", "check", "chunks", "get"]
