"""The committed outputs/ are exactly what `make run` regenerates from corpus/, and re-runs are stable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import run

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.model, pytest.mark.slow]


def dataset_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.startswith(".") and p.suffix in (".csv", ".jsonl", ".json")}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    out = tmp_path_factory.mktemp("regen")
    cwd = Path.cwd()
    try:
        import os

        os.chdir(ROOT)  # sources are recorded relative to the working directory, as `make run` does
        summary = run(["corpus"], out)
    finally:
        os.chdir(cwd)
    return out, summary


def test_committed_outputs_match_a_fresh_regeneration(fresh):
    out, summary = fresh
    committed = dataset_files(ROOT / "outputs")
    regenerated = dataset_files(out)
    assert summary.ok
    assert sorted(committed) == sorted(regenerated)
    stale = [name for name in regenerated if committed[name] != regenerated[name]]
    assert not stale, f"outputs/ is stale ({', '.join(stale)}): run `make run` and commit outputs/"


def test_rerun_reuses_everything_and_is_byte_identical(fresh):
    out, _ = fresh
    before = dataset_files(out)
    cwd = Path.cwd()
    import os

    os.chdir(ROOT)
    try:
        summary = run(["corpus"], out)
        assert summary.processed == 0 and summary.reused == summary.articles
        assert dataset_files(out) == before
        rebuilt = run(["corpus"], out, rebuild=True)
        assert rebuilt.processed == rebuilt.articles
        assert dataset_files(out) == before
    finally:
        os.chdir(cwd)


def test_manifest_lists_inputs_with_hashes(fresh):
    out, _ = fresh
    manifest = json.loads((out / "manifest.json").read_text())
    corpus = sorted(p.stem for p in (ROOT / "corpus").iterdir() if p.suffix in (".txt", ".md"))
    assert [i["doc_id"] for i in manifest["inputs"]] == corpus
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"])


def test_tables_open_in_pandas(fresh):
    import pandas as pd

    from pipeline.write import COLUMNS

    out, _ = fresh
    manifest = json.loads((out / "manifest.json").read_text())
    for table, columns in COLUMNS.items():
        frame = pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)
        assert list(frame.columns) == list(columns)
        assert len(frame) == manifest["counts"][f"{table}_rows"]
    events = pd.read_csv(out / "events.csv", parse_dates=["start_date", "end_date"])
    assert events["start_date"].notna().all() and (events["start_date"] <= events["end_date"]).all()
