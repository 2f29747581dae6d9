"""Ingest, files and folders -> Articles and Failures: mixed folders, unique ids, the seed file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pipeline.ingest import iter_articles, read_file
from pipeline.records import Article, Failure

from helpers import LOOK_ALIKE, LOOK_ALIKE_LINES, write_jsonl


def test_read_file_seed(seed_path):
    article = read_file(seed_path)
    assert article.doc_id == seed_path.stem
    assert article.published == "2019-04-26"
    assert article.dateline.place == "Moscow"
    assert article.byline and "people" not in article.byline
    assert article.text[article.body_start:].startswith("Russian President")


def test_iter_articles_mixed_folder(tmp_path):
    (tmp_path / "good.txt").write_text("Shares fell on Monday. They rose later.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "legacy.txt").write_bytes("Café prices rose in Zürich.".encode("cp1252"))
    (tmp_path / "wide.md").write_bytes("Prices rose in Berlin on Friday.".encode("utf-16"))
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing-target.txt")
    (tmp_path / "batch.jsonl").write_text(
        '{"id": "a", "text": "One story here."}\n{broken\n\n{"id": "b"}\n{"id": "a", "text": "Same id again."}\n'
        '{"text": "No id here."}\n', encoding="utf-8")
    items = list(iter_articles([tmp_path]))
    ok = {i.doc_id: i for i in items if isinstance(i, Article)}
    bad = {(Path(i.source).name, i.code) for i in items if isinstance(i, Failure)}
    no_id = "batch-" + hashlib.sha256(b'{"text": "No id here."}').hexdigest()[:10]  # named by its content
    assert set(ok) == {"a", no_id, "good", "legacy", "wide"}
    assert ok["legacy"].text == "Café prices rose in Zürich."
    assert "W001" in [w.code for w in ok["wide"].warnings]
    assert bad == {("empty.txt", "E101"), ("scan.pdf", "E102"), ("image.txt", "E102"), ("notes.csv", "E108"),
                   ("dangling.txt", "E103"), ("batch.jsonl:2", "E105"), ("batch.jsonl:4", "E106"),
                   ("batch.jsonl:5", "E107")}


def test_iter_articles_duplicate_file_stems_get_unique_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(f"Story from {sub}. It is short.", encoding="utf-8")
    ids = [i.doc_id for i in iter_articles([tmp_path])]
    assert ids[0] == "story" and ids[1].startswith("story~") and len(set(ids)) == 2


@pytest.mark.issue(9)
def test_issue9_a_jsonl_line_over_the_limit_is_skipped_and_the_next_lines_are_read(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [{"id": "one", "text": "Officials met in Oslo."}, {"id": "big", "text": "x" * 50_000},
             {"id": "three", "text": "Officials met in Rome."}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    items = list(iter_articles([path], max_chars=5000))
    assert [getattr(i, "doc_id", None) for i in items] == ["one", None, "three"]
    assert (items[1].code, items[1].line) == ("E109", 2) and items[2].source.endswith(":3")


@pytest.mark.issue(9)
def test_issue9_ids_are_kept_exactly_and_look_alikes_are_not_merged(tmp_path):
    path = write_jsonl(tmp_path / "batch.jsonl", LOOK_ALIKE_LINES)
    items = list(iter_articles([path]))
    assert [getattr(i, "doc_id", i) for i in items] == LOOK_ALIKE


@pytest.mark.issue(9)
def test_issue9_file_names_give_ids_as_they_are(tmp_path):
    (tmp_path / "Café report (final).txt").write_text("Officials met in Oslo.", encoding="utf-8")
    [article] = iter_articles([tmp_path])
    assert article.doc_id == "Café report (final)"


@pytest.mark.issue(9)
def test_issue9_an_integer_id_is_its_string_form_and_a_collision_names_both_lines(tmp_path):
    path = write_jsonl(tmp_path / "batch.jsonl", [{"id": 42, "text": "Officials met in Oslo."},
                                                  {"id": "42", "text": "Officials met in Rome."},
                                                  {"id": 7, "text": "Officials met in Lima."}])
    first, clash, seven = iter_articles([path])
    assert first.doc_id == "42" and seven.doc_id == "7"
    assert clash.code == "E107" and clash.line == 2
    assert f"{path}:2" in clash.message and f"{path}:1" in clash.message and "42" in clash.message
