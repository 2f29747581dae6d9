"""`run()` as an incremental, resumable batch job: reruns, changes, repairs, interruptions, inputs read once.

The corpus is made up here (``helpers.make_corpus``: short wire stories with people, places, organizations,
money and dates), so the tests need no files from outside the project; they use the trained pipeline."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import extract, run
from pipeline.cache import STORE
from pipeline.config import check_settings
from pipeline.schema import problems

from helpers import (
    LOOK_ALIKE,
    LOOK_ALIKE_LINES,
    PARAGRAPH,
    article_text,
    column,
    csv_rows,
    document_ids,
    long_text,
    make_corpus,
    mtimes,
    outputs,
    stored,
    write_jsonl,
)

pytestmark = pytest.mark.model

@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """A folder with ``corpus/`` (12 articles) and ``out/``, the complete run of ``factbox run corpus -o out``
    made from inside it (sources are recorded as given, so copies of the folder share the cache)."""
    folder = tmp_path_factory.mktemp("base")
    make_corpus(folder / "corpus", 12)
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        summary = run(["corpus"], "out")
    finally:
        os.chdir(cwd)
    assert summary.ok and summary.processed == 12 and summary.written
    return folder


@pytest.fixture()
def work(base, tmp_path, monkeypatch) -> Path:
    """A private copy of ``base`` (corpus, outputs, record store and state), as the working directory."""
    import shutil

    folder = tmp_path / "work"
    shutil.copytree(base, folder)
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture()
def reference(base) -> dict[str, bytes]:
    return outputs(base / "out")


def test_rerun_with_nothing_changed_leaves_outputs_untouched(work):
    done = work / "out"
    before, stamps = outputs(done), mtimes(done)
    summary = run(["corpus"], "out")
    assert (summary.processed, summary.reused, summary.articles) == (0, 12, 12)
    assert not summary.written
    assert outputs(done) == before and mtimes(done) == stamps
    assert summary.counts["documents"] == 12 and summary.events == summary.counts["events"]


def test_rerun_with_nothing_changed_imports_no_spacy(work):
    code = ("import sys; from pipeline import run; s = run(['corpus'], 'out'); "
            "print(s.processed, s.written, 'spacy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=work)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "False", "False"]


def test_rerun_on_the_very_same_files_reads_no_article(work, monkeypatch):
    first = run(["corpus"], "out")  # the copy has new inodes: this run reads the files and notes them
    assert first.processed == 0 and not first.written

    def no_reading(*args, **kwargs):
        raise AssertionError("an article was read")

    monkeypatch.setattr("pipeline.ingest.build.make_article", no_reading)
    summary = run(["corpus"], "out")
    assert (summary.processed, summary.reused, summary.articles, summary.failed) == (0, 12, 12, 0)
    assert summary.counts == first.counts and summary.events == first.events and not summary.written


def test_touched_file_is_read_again_but_not_analysed(work):
    run(["corpus"], "out")
    before, stamps = outputs(work / "out"), mtimes(work / "out")
    os.utime(work / "corpus" / "a0004.txt")
    summary = run(["corpus"], "out")
    assert (summary.processed, summary.reused) == (0, 12) and not summary.written
    assert outputs(work / "out") == before and mtimes(work / "out") == stamps


def test_changed_article_is_the_only_one_processed(work):
    (work / "corpus" / "a0003.txt").write_text(article_text(3) + "The minister resigned on Friday.\n")
    summary = run(["corpus"], "out")
    assert (summary.processed, summary.reused) == (1, 11)
    fresh = run(["corpus"], "fresh")
    assert outputs(work / "out") == outputs(work / "fresh") and fresh.processed == 12


def test_added_article_is_the_only_one_processed(work):
    make_corpus(work / "corpus", 1, offset=500)
    summary = run(["corpus"], "out")
    assert (summary.processed, summary.reused, summary.articles) == (1, 12, 13)
    assert "a0500" in column(work / "out", "documents")


def test_removed_article_loses_its_rows_and_record(work):
    done = work / "out"
    assert "a0005" in column(done, "mentions")
    (work / "corpus" / "a0005.txt").unlink()
    summary = run(["corpus"], "out")
    assert (summary.processed, summary.articles) == (0, 11)
    for table in ("documents", "events", "people", "places", "organizations", "money", "dates", "mentions"):
        assert "a0005" not in column(done, table), table
    assert len(list((done / STORE / "records").glob("*/*.json"))) == 11
    assert "a0005" not in [i["doc_id"] for i in json.loads((done / "manifest.json").read_text())["inputs"]]


def test_rebuild_gives_the_same_bytes(work, reference):
    summary = run(["corpus"], "out", rebuild=True)
    assert summary.processed == 12 and summary.written
    assert outputs(work / "out") == reference


def test_changed_settings_reprocess_everything(work, reference):
    summary = run(["corpus"], "out", settings=check_settings(day_first=True))
    assert summary.processed == 12
    back = run(["corpus"], "out")
    assert back.processed == 12  # the records of the other settings replaced them
    assert outputs(work / "out") == reference


def test_edited_output_file_is_rewritten(work, reference):
    (work / "out" / "events.csv").write_text("edited by hand\n", encoding="utf-8")
    summary = run(["corpus"], "out")
    assert summary.processed == 0 and summary.written
    assert outputs(work / "out") == reference


@pytest.mark.parametrize("damage", ["no state", "bad state", "stray temporaries"])
def test_outputs_are_repaired_after_a_hard_kill(work, reference, damage):
    """What SIGKILL can leave behind (no state file, temporary files) is repaired by the next run."""
    done = work / "out"
    state = done / STORE / "state.json"
    if damage == "no state":
        state.unlink()
    elif damage == "bad state":
        state.write_text("{not json", encoding="utf-8")
    else:
        (done / ".events.csv.abc123xy.tmp").write_text("half a table", encoding="utf-8")
        (done / STORE / "records" / "00").mkdir(parents=True, exist_ok=True)
        (done / STORE / "records" / "00" / ".x.json.abc.tmp").write_text("half a record", encoding="utf-8")
    summary = run(["corpus"], "out")
    assert summary.processed == 0
    assert outputs(done) == reference
    assert not list(done.rglob("*.tmp"))


def test_failed_article_is_reported_and_retried_next_time(work, reference):
    (work / "corpus" / "a0002.txt").write_bytes(b"   \n")
    summary = run(["corpus"], "out")
    assert summary.failed == 1 and summary.articles == 11
    assert column(work / "out", "errors", "code") == ["E101"]
    (work / "corpus" / "a0002.txt").write_text(article_text(2), encoding="utf-8")
    again = run(["corpus"], "out")
    assert again.ok and again.processed == 1 and again.articles == 12
    assert outputs(work / "out") == reference


def start_run(cwd: Path) -> subprocess.Popen:
    """``factbox run corpus -o out`` in ``cwd``, in small batches so records are stored as it goes."""
    command = [sys.executable, "-m", "pipeline", "run", "corpus", "-o", "out", "--batch-size", "2",
               "--no-progress"]
    return subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_interrupted_run_keeps_outputs_consistent_and_resumes(tmp_path, sig, monkeypatch):
    """A complete run on 6 articles, then a run on 80 that is stopped midway: the outputs are still exactly
    those of the first run, nothing is half-written, and the next run resumes from the stored records."""
    make_corpus(tmp_path / "corpus", 6)
    monkeypatch.chdir(tmp_path)
    first = run(["corpus"], "out")
    assert first.processed == 6
    before = outputs(tmp_path / "out")
    make_corpus(tmp_path / "corpus", 74, offset=6)

    proc = start_run(tmp_path)
    deadline = time.monotonic() + 120
    while stored(tmp_path / "out") < 12 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, f"the run ended before it could be interrupted: {proc.communicate()}"
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=60)
    if sig == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
    else:
        assert proc.returncode == 130, stderr
        assert "run the same command again to resume" in stderr
        assert not list((tmp_path / "out").rglob("*.tmp"))  # cleaned up on the way out
    assert outputs(tmp_path / "out") == before  # the previous, complete outputs
    done_before = stored(tmp_path / "out")
    assert 6 < done_before < 80

    resumed = run(["corpus"], "out")
    assert resumed.ok and resumed.articles == 80
    assert resumed.processed == 80 - done_before and resumed.reused == done_before
    shutil.copytree(tmp_path / "corpus", tmp_path / "fresh" / "corpus")
    monkeypatch.chdir(tmp_path / "fresh")
    run(["corpus"], "out")
    assert outputs(tmp_path / "out") == outputs(tmp_path / "fresh" / "out")
    assert not list((tmp_path / "out").rglob("*.tmp"))


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_too_long_article_is_refused_up_front_and_the_others_are_written(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    (folder / "b.txt").write_text(long_text(30), encoding="utf-8")  # ~6,000 characters
    (folder / "c.txt").write_text(PARAGRAPH.replace("Oslo", "Bergen"), encoding="utf-8")
    summary = run([folder], tmp_path / "out", settings=check_settings(max_chars=2000))
    assert (summary.articles, summary.failed) == (2, 1)
    [row] = csv_rows(tmp_path / "out", "errors")
    assert row["code"] == "E109" and "--max-chars" in row["message"] and "2,000" in row["message"]
    assert document_ids(tmp_path / "out") == ["a", "c"]


@pytest.mark.model
@pytest.mark.issue(9)
@pytest.mark.parametrize("where", ["inside", "equal"])
def test_issue9_output_folder_inside_the_input_folder_is_not_read_back(tmp_path, monkeypatch, where):
    monkeypatch.chdir(tmp_path)
    Path("corpus").mkdir()
    Path("corpus/a.txt").write_text(PARAGRAPH, encoding="utf-8")
    Path("corpus/b.txt").write_text(PARAGRAPH.replace("Oslo", "Bergen"), encoding="utf-8")
    out = "corpus/out" if where == "inside" else "corpus"
    options = {"force": True} if where == "equal" else {}  # writing into a folder of articles is asked for
    for _ in range(3):
        summary = run(["corpus"], out, **options)
        assert (summary.articles, summary.failed) == (2, 0)
        assert [n for n in summary.notices if "W009" in n] == [summary.notices[0]]  # said once
    assert document_ids(Path(out)) == ["a", "b"]
    assert csv_rows(Path(out), "errors") == []


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_look_alike_ids_all_reach_the_outputs(tmp_path):
    path = write_jsonl(tmp_path / "batch.jsonl", LOOK_ALIKE_LINES)
    summary = run([path], tmp_path / "out")
    assert summary.ok and summary.articles == len(LOOK_ALIKE)
    assert sorted(document_ids(tmp_path / "out")) == sorted(LOOK_ALIKE)
    assert sorted({row["doc_id"] for row in csv_rows(tmp_path / "out", "documents")}) == sorted(LOOK_ALIKE)


RELATIVE = ("Officials met on Thursday and again last week. Two years ago the plant opened; next month it will "
            "close. Next year and the year after, and 5 years from now, it will grow. Last century the town was "
            "small. The talks resume tomorrow at 10 a.m.")


@pytest.mark.model
@pytest.mark.issue(9)
@pytest.mark.parametrize("published, overflowing", [
    ("9999-12-31", ["next month", "Next year", "5 years from now", "tomorrow at 10 a.m."]),
    ("0001-01-01", ["Two years ago", "Last century", "last week"]),
])
def test_issue9_an_extreme_publication_date_is_a_warning_not_a_lost_article(published, overflowing):
    record = extract(text=RELATIVE, published=published)
    assert problems(record) == []
    assert "W011" in [w["code"] for w in record["warnings"]]
    values = {d["text"]: d for d in record["dates"]}
    for text in overflowing:
        assert "X" in values[text]["value"], values[text]


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_a_run_with_published_9999_12_31_writes_every_article(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(RELATIVE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(PARAGRAPH, encoding="utf-8")
    summary = run([tmp_path / "in"], tmp_path / "out", published="9999-12-31")
    assert (summary.articles, summary.failed) == (2, 0)
