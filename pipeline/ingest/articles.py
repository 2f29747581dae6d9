"""The stage's entry: files and folders -> a stream of :class:`Article` records or :class:`Failure` rows,
in a stable order, with doc_ids unique within the run."""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path
from typing import Collection, Iterable, Iterator

from ..config import DEFAULTS
from ..errors import Errors, IngestError
from ..records import Article, Failure
from . import build
from .decode import sniff_binary
from .files import JSONL_SUFFIXES, TEXT_SUFFIXES, iter_paths, read_bytes, read_lines, special_kind
from .jsonl import JSON_BYTES_PER_CHAR, JSON_OVERHEAD, read_jsonl_line


def _doc_id(stem: str) -> str:
    """The id of a text file's article: its name without the suffix, exactly (ids are never rewritten)."""
    return stem or "article"


def read_file(
    path: str | os.PathLike,
    *,
    doc_id: str | None = None,
    published: str | None = None,
    max_chars: int = DEFAULTS.max_chars,
    day_first: bool = False,
) -> Article:
    """Read one text article file (or ``-`` for stdin), never more than an article of ``max_chars``
    characters can take (E109 beyond)."""
    source = str(path)
    data = read_bytes(path, max_chars=max_chars)
    doc_id = doc_id or _doc_id(Path(source).stem if source != "-" else "stdin")
    return build.make_article(data, source=source, doc_id=doc_id, published=published, max_chars=max_chars,
                              day_first=day_first)



def iter_articles(
    paths: Iterable[str | os.PathLike],
    *,
    published: str | None = None,
    max_chars: int = DEFAULTS.max_chars,
    outdir: str | os.PathLike | None = None,
    outputs: Collection[str] = (),
    day_first: bool = False,
) -> Iterator[Article | Failure]:
    """Yield an Article (or a Failure) for every article in the given files and folders, in a stable order
    (the output folder ``outdir`` is not read, nor the files a run writes there, named in ``outputs``: see
    :func:`iter_paths`).

    doc_ids are unique within the run: a repeated file stem gets a suffix from a hash of its path; a JSONL
    line without an id is ``<file stem>-<10 hex digits of the line's SHA-256>`` (a repeated such line, a
    suffix from a hash of its position); a repeated JSONL ``id`` is a Failure (E107).
    """
    seen: dict[str, str] = {}
    paths = list(paths)
    named = {Path(p) for p in paths}

    def from_folder(path: Path) -> bool:
        return path not in named

    def unique(doc_id: str, source: str) -> str:
        if doc_id in seen:
            doc_id = f"{doc_id}~{hashlib.sha1(source.encode()).hexdigest()[:8]}"
        seen[doc_id] = source
        return doc_id

    def failure(exc: IngestError, source: str, line: int | None, doc_id: str | None = None) -> Failure:
        return Failure(source, line, "ingest", exc.code, str(exc), doc_id)

    for path in iter_paths(paths, outdir=outdir, outputs=outputs):
        if isinstance(path, Failure):
            yield path
            continue
        source = str(path)
        suffix = path.suffix.lower()
        if source != "-" and (kind := special_kind(path)):
            yield failure(IngestError(Errors.E110.format(source=source, kind=kind)), source, None)
        elif suffix in JSONL_SUFFIXES:
            try:
                handle = open(path, "rb")
            except OSError as exc:
                yield failure(IngestError(Errors.E103.format(source=source, reason=exc.strerror)), source, None)
                continue
            cap = JSON_BYTES_PER_CHAR * max_chars + JSON_OVERHEAD
            with handle:
                for lineno, line in read_lines(handle, cap):
                    if isinstance(line, int):
                        exc = build.too_long(f"{source}:{lineno}", f"a line of {line:,} bytes", max_chars, line)
                        yield failure(exc, f"{source}:{lineno}", lineno)
                        continue
                    if not line.strip():
                        continue
                    # a line without an id is named by its content, not its position: deleting or moving
                    # other lines leaves it the same id (and its cached record)
                    default = f"{_doc_id(path.stem)}-{hashlib.sha256(line.strip()).hexdigest()[:10]}"
                    try:
                        article = read_jsonl_line(line, source=source, lineno=lineno, default_id=default,
                                                  max_chars=max_chars, day_first=day_first)
                    except IngestError as exc:
                        yield failure(exc, f"{source}:{lineno}", lineno)
                        continue
                    if article.doc_id in seen and article.doc_id != default:
                        exc = IngestError(Errors.E107.format(source=article.source, doc_id=article.doc_id,
                                                             first=seen[article.doc_id]))
                        yield failure(exc, article.source, lineno, article.doc_id)
                        continue
                    yield replace(article, doc_id=unique(article.doc_id, article.source))
        elif suffix not in TEXT_SUFFIXES and from_folder(path):
            exc = IngestError(Errors.E108.format(source=source, suffix=suffix or path.name))
            try:
                with open(path, "rb") as handle:
                    kind = sniff_binary(handle.read(64))
                if kind:
                    exc = IngestError(Errors.E102.format(source=source, kind=kind))
            except OSError:
                pass
            yield failure(exc, source, None)
        else:
            try:
                article = read_file(path, published=published, max_chars=max_chars, day_first=day_first)
            except IngestError as exc:
                yield failure(exc, source, None)
                continue
            yield replace(article, doc_id=unique(article.doc_id, source))
