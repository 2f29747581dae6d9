"""The record cache: cache keys (what a record depends on, and what it does not) and the record store."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import run
from pipeline.cache import STORE, RecordStore, cache_key
from pipeline.config import DEFAULTS, check_settings

from helpers import PARAGRAPH, outputs, small_article, write_jsonl


def test_store_round_trip(tmp_path):
    store = RecordStore(tmp_path)
    store.put("k1", {"doc_id": "d1", "text": "é"})
    assert store.has("k1") and not store.has("k2")
    assert store.get("k1") == {"doc_id": "d1", "text": "é"} and store.get("k2") is None


@pytest.mark.parametrize("damage", [
    lambda b: b[:-5], lambda b: b + b"junk", lambda b: b"", lambda b: b"{}\n{}\n",
])
def test_store_entry_that_is_torn_is_not_trusted(tmp_path, damage):
    store = RecordStore(tmp_path)
    store.put("k1", {"doc_id": "d1", "events": [1, 2, 3]})
    [path] = (tmp_path / STORE / "records").glob("*/*.json")
    path.write_bytes(damage(path.read_bytes()))
    assert not store.has("k1")


def test_store_prune_keeps_only_the_given_keys(tmp_path):
    store = RecordStore(tmp_path)
    for key in ("ka", "kb", "kc"):
        store.put(key, {"doc_id": key})
    assert store.prune(["kb"]) == 2
    assert [store.has(k) for k in ("ka", "kb", "kc")] == [False, True, False]


@pytest.mark.parametrize("change", [
    {"text": "Ann met Bob in Rome."}, {"doc_id": "d2"}, {"published": "2020-01-01"}, {"title": "A title"},
    {"url": "https://example.org/x"}, {"encoding": "cp1252"}, {"published_from": "header"},
])
def test_cache_key_changes_with_what_the_record_depends_on(change):
    import dataclasses

    model = {"name": "en_x", "version": "1.0.0", "spacy_version": "3.8.0"}
    base = small_article()
    key = cache_key(base, DEFAULTS, model)
    assert cache_key(dataclasses.replace(base, **change), DEFAULTS, model) != key
    assert cache_key(base, DEFAULTS, {**model, "version": "1.0.1"}) != key
    assert cache_key(base, check_settings(day_first=True), model) != key
    assert cache_key(base, check_settings(batch_size=7), model) == key  # batching does not change records


@pytest.mark.issue(9)
@pytest.mark.parametrize("change", [{"source": "elsewhere/d1.txt"}, {"source": "b.jsonl:8"}])
def test_issue9_cache_key_ignores_where_the_article_was_read(change):
    """The source is set when the tables are written: moving or reordering inputs re-analyses nothing."""
    import dataclasses

    model = {"name": "en_x", "version": "1.0.0", "spacy_version": "3.8.0"}
    base = small_article()
    assert cache_key(dataclasses.replace(base, **change), DEFAULTS, model) == cache_key(base, DEFAULTS, model)
    assert cache_key(base, check_settings(max_chars=10_000), model) == cache_key(base, DEFAULTS, model)


@pytest.fixture()
def jsonl_run(tmp_path, monkeypatch):
    """``batch.jsonl`` of 12 stories (with ids, and two without), run once into ``out`` from ``tmp_path``."""
    monkeypatch.chdir(tmp_path)
    lines = [{"id": f"s{i:02d}", "text": PARAGRAPH.replace("450", str(100 + i))} for i in range(10)]
    lines += [{"text": PARAGRAPH.replace("Oslo", f"Bergen {i}")} for i in range(2)]  # ids from their position
    write_jsonl(tmp_path / "batch.jsonl", lines)
    first = run(["batch.jsonl"], "out")
    assert first.ok and first.processed == 12
    return tmp_path, lines


def fresh_outputs(folder: Path, inputs: list[str]) -> dict[str, bytes]:
    """The outputs of a run from nothing on the same inputs (what an incremental run must equal)."""
    assert run(inputs, folder / "fresh").ok
    return outputs(folder / "fresh")


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_deleting_a_line_reanalyses_nothing(jsonl_run):
    folder, lines = jsonl_run
    write_jsonl(folder / "batch.jsonl", lines[:3] + lines[4:])
    summary = run(["batch.jsonl"], "out")
    assert (summary.processed, summary.reused, summary.articles) == (0, 11, 11)
    assert outputs(folder / "out") == fresh_outputs(folder, ["batch.jsonl"])  # sources follow the lines


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_reordered_lines_reanalyse_nothing(jsonl_run):
    folder, lines = jsonl_run
    write_jsonl(folder / "batch.jsonl", lines[::-1])
    summary = run(["batch.jsonl"], "out")
    assert (summary.processed, summary.reused) == (0, 12)
    assert outputs(folder / "out") == fresh_outputs(folder, ["batch.jsonl"])


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_the_same_file_by_another_path_reanalyses_nothing(jsonl_run):
    folder, _ = jsonl_run
    summary = run([str(folder / "batch.jsonl")], "out")  # absolute this time
    assert (summary.processed, summary.reused) == (0, 12)
    (folder / "moved").mkdir()
    (folder / "batch.jsonl").rename(folder / "moved" / "batch.jsonl")
    summary = run(["moved"], "out")
    assert (summary.processed, summary.reused) == (0, 12)
    assert outputs(folder / "out") == fresh_outputs(folder, ["moved"])
