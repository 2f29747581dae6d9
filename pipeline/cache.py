"""The record cache of a run: what an article's record depends on (:func:`cache_key`), and the records
stored under ``OUTDIR/.factbox/records`` (:class:`RecordStore`).

A record is stored the moment its article is analysed, so an interrupted run loses at most the articles in
flight, and the next run resumes from the store.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

from .config import Settings
from .records import Article
from .version import __version__
from .write import dumps

STORE = ".factbox"  # factbox's own folder inside an output folder: the records, the state, the lock

# The parts of the package that never shape a record (the report, evaluation, the benchmark, the CLI).
NOT_RECORD_CODE = frozenset({"report", "evaluate", "bench", "cli.py", "__main__.py"})


@functools.cache
def code_fingerprint() -> str:
    """A hash of factbox's own code and tables, so a changed extractor invalidates cached records even
    when the version number did not move (as during development).

    The package's files are read here as bytes, not through :mod:`pipeline.tables`: this hashes code
    (and the tables' bytes along with it), it loads no table.
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        code = path.suffix in (".py", ".json", ".txt", ".csv", ".tsv") or path.parent.name == "data"
        rel = path.relative_to(root)
        if rel.parts[0] in NOT_RECORD_CODE or "__pycache__" in rel.parts:
            continue  # code that never shapes a record
        if code and path.is_file():
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_key(article: Article, settings: Settings, model: dict[str, str]) -> str:
    """What an article's record depends on: its id, text and metadata, the code, the model and the settings.

    Not where it was read from (the path as typed, the line of a JSONL file): the source is filled in when
    the tables are written (:func:`placed`), so moving, renaming or reordering inputs re-analyses nothing.
    (A JSONL line without an id gets one from its content, see :func:`pipeline.ingest.iter_articles`.)
    """
    basis = {
        "sha256": article.sha256, "doc_id": article.doc_id, "url": article.url, "title": article.title,
        "published": article.published, "published_from": article.published_from, "encoding": article.encoding,
        "pipeline": code_fingerprint(), "model": model, "settings": settings.key(),
        "warnings": [w.code for w in article.warnings],
    }
    return hashlib.sha256(dumps(basis).encode("utf-8")).hexdigest()


def placed(record: dict[str, Any], source: str) -> dict[str, Any]:
    """A stored record with the source of the article it is written for (where it was read this time)."""
    return record if record.get("source") == source else {**record, "source": source}


class RecordStore:
    """Records on disk (``OUTDIR/.factbox/records``), filed under their :func:`cache_key`.

    An entry is two lines: a small header (the key, the length of the record line) and the record's JSON.
    :meth:`has` reads only the header, so checking a large unchanged corpus stays cheap. Entries are
    replaced atomically but not fsync'ed: the store is a cache, and an entry torn by a power cut fails the
    length check and is simply made again. The source inside a stored record is where its article was read
    when it was made; :func:`placed` sets the current one.
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

