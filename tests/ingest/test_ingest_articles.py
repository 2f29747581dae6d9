"""Ingest, files and folders -> Articles and Failures: mixed folders, unique ids, the seed file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.ingest import iter_articles, read_file
from pipeline.records import Article, Failure


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
