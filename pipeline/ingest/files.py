"""Finding the inputs and reading them boundedly: files and folders (recursively, sorted, links followed
once, the output folder skipped), FIFOs, devices and sockets refused before anything is opened, and bytes
or lines read never beyond what an article of ``max_chars`` characters can take."""

from __future__ import annotations

import codecs
import os
import stat
import sys
from pathlib import Path
from typing import Collection, Iterable, Iterator

from ..config import DEFAULTS
from ..errors import ConfigError, Errors, IngestError
from ..records import Failure
from .build import too_long

# No encoding takes more than 4 bytes per character (UTF-32), so these many bytes always hold an article of
# max_chars characters: reading stops there (a JSONL line: see jsonl.JSON_BYTES_PER_CHAR).
BYTES_PER_CHAR = 4

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})


def iter_paths(
    paths: Iterable[str | os.PathLike],
    *,
    outdir: str | os.PathLike | None = None,
    outputs: Collection[str] = (),
) -> Iterator[Path | Failure]:
    """Expand files and folders (recursively, sorted) into input files; raise ConfigError for missing ones.

    Folders yield every visible entry that is not a folder: articles by their suffix, anything else (other
    file types, FIFOs, devices, dangling links) so it can be reported. Linked folders are followed, each
    folder read once. A folder that cannot be read, or a link back to a folder already read (a loop), is
    yielded as a :class:`Failure` (E111), never skipped in silence. The output folder ``outdir`` is never
    read back as input: a folder being read skips it when it meets it inside, and when it is the output
    folder itself, skips the files a run writes there (named in ``outputs``).
    """
    out = os.path.realpath(outdir) if outdir is not None else None
    for p in paths:
        path = Path(p)
        if str(p) == "-":
            yield path
        elif path.is_dir():
            yield from _walk(path, out, frozenset(outputs), set())
        elif path.exists() or special_kind(path):
            yield path
        else:
            raise ConfigError(Errors.E005.format(path=p))


def output_inside(inputs: Iterable[str | os.PathLike], outdir: str | os.PathLike) -> str | None:
    """The first input folder that holds (or is) the output folder, else None."""
    out = Path(os.path.realpath(outdir))
    for p in inputs:
        if str(p) != "-" and Path(p).is_dir() and out.is_relative_to(os.path.realpath(p)):
            return str(p)
    return None


def _skipped(folder: Path, reason: str) -> Failure:
    return Failure(str(folder), None, "ingest", "E111", Errors.E111.format(source=folder, reason=reason))


def _walk(
    folder: Path, out: str | None, outputs: frozenset[str], seen: set[tuple[int, int]]
) -> Iterator[Path | Failure]:
    """The visible entries under ``folder``, depth first in name order (the order of ``sorted(rglob("*"))``),
    folder links followed, but not the output folder ``out`` nor, when ``folder`` is ``out``, the files named
    in ``outputs``; ``seen`` holds the folders read so far (device, inode)."""
    try:
        st = os.stat(folder)
        if (st.st_dev, st.st_ino) in seen:
            yield _skipped(folder, "a link to a folder that is already being read (a loop, or a second link)")
            return
        seen.add((st.st_dev, st.st_ino))
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield _skipped(folder, f"it cannot be read: {exc.strerror or exc}")
        return
    is_out = out is not None and os.path.realpath(folder) == out
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = folder / entry.name
        try:
            is_dir = entry.is_dir()  # follows links: a linked folder is read too
        except OSError as exc:
            yield _skipped(child, f"it cannot be read: {exc.strerror or exc}")
            continue
        if is_dir:
            if out is None or os.path.realpath(child) != out:
                yield from _walk(child, out, outputs, seen)
        elif not (is_out and entry.name in outputs):  # not this run's own outputs
            yield child


# fmt: off
SPECIAL_FILES = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                 (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))
# fmt: on


def special_kind(path: str | os.PathLike) -> str | None:
    """What ``path`` is when it exists and is not a regular file (a FIFO, a device, a socket), else None.

    Looked up with ``stat`` before anything is opened: opening a FIFO blocks until someone writes to it,
    and a device such as /dev/zero never ends."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or unreadable: reported when it is opened
    return next((kind for test, kind in SPECIAL_FILES if test(mode)), None)


def _refuse_special(path: str | os.PathLike) -> None:
    kind = special_kind(path)
    if kind:
        raise IngestError(Errors.E110.format(source=path, kind=kind))



def read_bytes(path: str | os.PathLike, *, max_chars: int = DEFAULTS.max_chars) -> bytes:
    """The bytes of a file (``-``: standard input), read only up to what ``max_chars`` characters can take.

    Raises:
        IngestError: unreadable (E103), not a regular file (E110), or bigger than an article of ``max_chars``
            characters can be (E109).
    """
    source = str(path)
    cap = BYTES_PER_CHAR * max_chars + len(codecs.BOM_UTF32)
    try:
        if source == "-":
            data = sys.stdin.buffer.read(cap + 1)
        else:
            _refuse_special(path)
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > cap:  # known from the file system: not read at all
                    raise too_long(source, f"{size:,} bytes", max_chars, size)
                data = handle.read(cap + 1)
    except OSError as exc:
        raise IngestError(Errors.E103.format(source=source, reason=exc.strerror or exc)) from exc
    if len(data) > cap:
        raise too_long(source, f"more than {cap:,} bytes", max_chars, len(data))
    return data


def read_lines(handle, cap: int) -> Iterator[tuple[int, bytes | int]]:
    """``(line number, line)`` of a binary file; for a line longer than ``cap`` bytes, its length instead:
    it is skipped without being held."""
    lineno = 0
    while True:
        line = handle.readline(cap + 1)
        if not line:
            return
        lineno += 1
        if len(line) > cap and not line.endswith(b"\n"):
            size = len(line)
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
                size += len(line)
            yield lineno, size
            continue
        yield lineno, line

