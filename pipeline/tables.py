"""The one reader of ``pipeline/data/*``: world-knowledge tables loaded once, validated while loading.

Tables people edit by hand are in ``pipeline/data``; tables a script makes from installed packages or a
pinned download are in ``pipeline/data/generated`` (named ``generated/<file>`` here), each written by a
generator in ``scripts/`` whose ``--check`` says whether the committed file is what it would write now
(``tests/test_generated.py`` runs every check). Normalizers take ``table=`` keyword arguments defaulting
to these loaders, so tests can pass a small table of their own. ``tests/test_tables.py`` checks every file
parses, is sorted and has no duplicates.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import Errors, TableError

GENERATED = "generated"  # the folder of tables made by the scripts in scripts/


def _path(name: str):
    return resources.files("pipeline") / "data" / name


def path(name: str) -> Path:
    """The file of table ``name`` on disk, for the generators in ``scripts/`` that write it."""
    return Path(str(_path(name)))


def read_text(name: str) -> str:
    """The text of table ``name`` as committed (for the generators' ``--check``); raise TableError (E301)."""
    try:
        return _path(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise TableError(Errors.E301.format(name=name, reason=exc)) from exc


@functools.cache
def load_json(name: str) -> Any:
    """Parse ``pipeline/data/<name>`` as JSON; raise TableError (E301) when it is missing or malformed."""
    try:
        return json.loads(_path(name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TableError(Errors.E301.format(name=name, reason=exc)) from exc


@functools.cache
def load_lines(name: str) -> tuple[str, ...]:
    """Read a one-item-per-line table, skipping blank lines and ``#`` comments."""
    try:
        text = _path(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise TableError(Errors.E301.format(name=name, reason=exc)) from exc
    items = tuple(s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#"))
    if len(set(items)) != len(items):
        dupes = sorted({s for s in items if items.count(s) > 1})
        raise TableError(Errors.E301.format(name=name, reason=f"duplicate entries {dupes[:5]}"))
    return items


def data_files() -> list[str]:
    """Names of all table files shipped in pipeline/data, generated ones as ``generated/<file>``."""
    root = resources.files("pipeline") / "data"
    kept = [p.name for p in root.iterdir() if p.is_file() and not p.name.startswith(".")]
    made = [f"{GENERATED}/{p.name}" for p in (root / GENERATED).iterdir() if p.is_file() and not p.name.startswith(".")]
    return sorted(kept + made)
