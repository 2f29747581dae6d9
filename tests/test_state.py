"""The output folder between runs: which folders a run may write into, and what it leaves there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import run
from pipeline.cache import STORE

from helpers import PARAGRAPH, document_ids


def users_folder(folder: Path) -> dict[str, bytes]:
    """A folder of someone's own files, some with the names factbox writes."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {".notes.tmp": b"my notes", ".people.csv.draft.tmp": b"draft", "people.csv": b"name,age\nAnn,4\n",
             "manifest.json": b'{"project": "mine"}', "todo.txt": b"buy milk"}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


@pytest.mark.issue(9)
def test_issue9_a_folder_that_is_not_a_factbox_output_is_refused_and_left_untouched(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    files = users_folder(tmp_path / "mine")
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", "in", "-o", "mine", "--no-progress"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "[E059]" in line and "--force" in line
    assert {p.name: p.read_bytes() for p in (tmp_path / "mine").iterdir()} == files


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_force_writes_into_it_but_deletes_nothing_factbox_did_not_make(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    users_folder(tmp_path / "mine")
    assert run([tmp_path / "in"], tmp_path / "mine", force=True).ok
    assert (tmp_path / "mine" / ".notes.tmp").read_bytes() == b"my notes"
    assert (tmp_path / "mine" / ".people.csv.draft.tmp").read_bytes() == b"draft"
    assert (tmp_path / "mine" / "todo.txt").read_bytes() == b"buy milk"
    assert document_ids(tmp_path / "mine") == ["a"]
    (tmp_path / "in" / "b.txt").write_text(PARAGRAPH.replace("Oslo", "Bergen"), encoding="utf-8")
    assert run([tmp_path / "in"], tmp_path / "mine").ok  # a factbox output now: no flag needed
    assert (tmp_path / "mine" / ".notes.tmp").exists() and (tmp_path / "mine" / "todo.txt").exists()


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_factbox_outputs_are_recognized_by_their_manifest(tmp_path):
    """An output folder copied without its hidden store (as the project's outputs/ in a clone) is still one."""
    import shutil

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    assert run([tmp_path / "in"], tmp_path / "out").ok
    shutil.rmtree(tmp_path / "out" / STORE)
    assert run([tmp_path / "in"], tmp_path / "out").ok
