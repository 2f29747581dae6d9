"""The output folder between runs: what the last complete write left there (``OUTDIR/.factbox/state.json``),
and the commit of a run's tables.

The tables are rebuilt from the record store in doc_id order, streaming, without holding the corpus. They
are written to temporary files and renamed into place together, with Ctrl-C and SIGTERM held back for those
few milliseconds, so a stopped run leaves the previous tables (or the new ones), never a mix. The state
describes the last complete write: when a run finds the same records, failures and manifest and the output
files untouched, it leaves them as they are.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import platform
import re
from pathlib import Path
from typing import Any, Mapping, Sequence

from .cache import STORE, RecordStore, placed
from .config import Settings
from .guards import signals_held
from .records import Failure
from .version import __version__
from .write import OUTPUT_FILES, TABLES, DatasetWriter, dumps, failure_order, failure_row, write_json

STATE = "state.json"  # in OUTDIR/.factbox
RE_TEMPORARY = re.compile(r"[a-z0-9_]{8}\.tmp")  # what tempfile.mkstemp puts between prefix and suffix


def is_output_folder(outdir: str | os.PathLike) -> bool:
    """Whether a run may write to ``outdir`` without asking: it does not exist yet, or is an empty folder,
    or one factbox wrote (it holds the ``.factbox`` store, or a ``manifest.json`` of factbox's). A file is
    left for :func:`pipeline.write.check_outdir` to refuse (E006)."""
    path = Path(outdir)
    if not path.is_dir():
        return True
    if (path / STORE).is_dir():
        return True
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
        return isinstance(manifest, dict) and manifest.get("pipeline") == "factbox"
    except FileNotFoundError:
        pass
    except (OSError, ValueError):
        return False
    try:
        return next(path.iterdir(), None) is None
    except OSError:
        return True  # unreadable: writing will fail with E401, which says so


def has_tables(outdir: str | os.PathLike) -> bool:
    """Whether ``outdir`` holds the tables of a complete run (what an interrupted run leaves in place)."""
    return bool(read_state(Path(outdir)).get("outputs"))


def read_state(out: Path) -> dict[str, Any]:
    """The state the last complete write left in ``out`` (empty when there is none, or it is unreadable)."""
    try:
        state = json.loads((out / STORE / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _write_state(out: Path, state: Mapping[str, Any]) -> None:
    write_json(out / STORE / STATE, dict(state))


def inputs_snapshot(paths: Sequence[Path | Failure], options: Mapping[str, Any]) -> str | None:
    """A hash of the input files as given and their size, times and inode (None for standard input), and of
    the options that decide how they are read (``options``).

    Equal snapshots mean the very same files, so a run finding the snapshot, code, settings and model of
    the last complete run (and its outputs untouched) has nothing to do and reads no article at all.
    Anything else (a touched or copied file, a new or removed one) takes the normal path, where cache keys
    on the content decide what is analysed.
    """
    digest = hashlib.sha256(dumps(dict(options)).encode("utf-8"))
    for path in paths:
        if not isinstance(path, Path) or str(path) == "-":
            return None  # standard input, or a folder that could not be read: nothing to compare
        try:
            st = path.stat()
        except OSError:
            return None  # dangling link and the like: let ingest report it
        digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\n".encode())
    return digest.hexdigest()


def is_current(out: Path, state: Mapping[str, Any], *, snapshot: str | None, context: Mapping[str, Any]) -> bool:
    """Whether the last complete write in ``out`` was made from the very same input files (``snapshot``, see
    :func:`inputs_snapshot`) by the same code, settings and model (``context``), and its files are untouched:
    then a run has nothing to do."""
    return bool(snapshot) and state.get("inputs") == snapshot and state.get("context") == context \
        and _files_unchanged(out, state.get("files", {}))


def counts_of(state: Mapping[str, Any]) -> dict[str, int]:
    """The rows of each table at the last complete write."""
    return {table: state.get("counts", {}).get(table, 0) for table in TABLES}


def _stat(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _files_unchanged(out: Path, files: Mapping[str, Sequence[int]]) -> bool:
    try:
        return bool(files) and all(_stat(out / name) == list(stat) for name, stat in files.items())
    except OSError:
        return False


def commit_tables(
    out: Path,
    store: RecordStore,
    doc_keys: Mapping[str, str],
    failures: Sequence[Failure],
    inputs_meta: Sequence[tuple[str, str, str]],
    settings: Settings,
    model: Mapping[str, str],
    state: Mapping[str, Any],
    *,
    fresh_state: Mapping[str, Any],
) -> tuple[dict[str, int], bool]:
    """Write documents.jsonl, the tables, errors.csv and manifest.json, unless they are already exactly so;
    return the rows of each table and whether anything was written.

    ``fresh_state`` (the inputs snapshot and context of this run) is saved with the state, so the next run
    on the same files can stop before reading them.
    """
    doc_ids = sorted(doc_keys)
    manifest: dict[str, Any] = {
        "pipeline": "factbox",
        "pipeline_version": __version__,
        "model": dict(model),
        "python": ".".join(platform.python_version_tuple()[:2]),
        "settings": settings.key(),
        "inputs": [{"doc_id": d, "source": s, "sha256": h} for d, s, h in sorted(inputs_meta)],
    }
    digest = hashlib.sha256()
    for doc_id in doc_ids:
        digest.update(f"{doc_id}\0{doc_keys[doc_id]}\n".encode("utf-8"))
    digest.update(dumps([failure_row(f) for f in sorted(failures, key=failure_order)]).encode("utf-8"))
    digest.update(dumps(manifest).encode("utf-8"))
    fingerprint = digest.hexdigest()

    if state.get("outputs") == fingerprint and _files_unchanged(out, state.get("files", {})):
        if any(state.get(k) != v for k, v in fresh_state.items()):
            _write_state(out, {**state, **fresh_state})  # e.g. touched files: same bytes, new snapshot
        return counts_of(state), False

    sources = {doc_id: source for doc_id, source, _ in inputs_meta}
    writer = DatasetWriter(out).__enter__()
    try:
        for doc_id in doc_ids:
            writer.add(placed(store.load(doc_keys[doc_id]), sources[doc_id]))
        writer.add_failures(failures)
        manifest["counts"] = {"articles": len(doc_ids), "errors": len(failures),
                              **{f"{k}_rows": v for k, v in sorted(writer.counts.items())}}
    except BaseException as exc:
        writer.__exit__(type(exc), exc, exc.__traceback__)  # removes the temporary files
        raise
    with signals_held():
        (out / STORE / STATE).unlink(missing_ok=True)  # until the new state is written, nothing is trusted
        writer.__exit__(None, None, None)  # renames every table into place
        write_json(out / "manifest.json", manifest)
        names = ["documents.jsonl", *(f"{t}.csv" for t in writer.counts), "manifest.json"]
        _write_state(out, {
            "outputs": fingerprint, "counts": dict(writer.counts), "files": {n: _stat(out / n) for n in names},
            **fresh_state,
        })
    return dict(writer.counts), True


def remove_stray_temporaries(out: Path) -> None:
    """Temporary files left by a run that was killed (SIGKILL, power cut) before it could clean up: only the
    names factbox gives its own (``.NAME.XXXXXXXX.tmp`` for a NAME it writes), never anyone else's."""
    for name in (*OUTPUT_FILES, STATE):
        folder = out / STORE if name == STATE else out
        for path in folder.glob(f".{glob.escape(name)}.*.tmp"):
            if RE_TEMPORARY.fullmatch(path.name[len(name) + 2:]):
                path.unlink(missing_ok=True)

