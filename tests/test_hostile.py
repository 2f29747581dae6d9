"""Hostile input and hard faults (issue 9): huge, endless or odd inputs, output folders in odd places.

Each test reproduces one fault found by probing and checks that nothing is lost or damaged: the bad input
gets a coded message, and every other article is still written.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import extract, run
from pipeline.cache import STORE, RecordStore
from pipeline.config import check_settings
from pipeline.errors import IngestError
from pipeline.ingest import iter_articles, read_bytes
from pipeline.schema import problems

ROOT = Path(__file__).resolve().parent.parent

PARAGRAPH = ("Maria Keller, the finance minister of Norway, said on Monday that Siemens would invest $450 million "
             "in a plant near Oslo. The agreement was signed on March 3, 2019, after talks in Madrid.")


def long_text(paragraphs: int) -> str:
    """A long article made of distinct news paragraphs (numbers vary, so the text is not one repeated line)."""
    return "Plant deals\n\n" + "\n\n".join(PARAGRAPH.replace("450", str(100 + i)) for i in range(paragraphs))


def csv_rows(folder: Path, table: str) -> list[dict[str, str]]:
    import csv

    with open(folder / f"{table}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def document_ids(folder: Path) -> list[str]:
    with open(folder / "documents.jsonl", encoding="utf-8") as handle:
        return [json.loads(line)["doc_id"] for line in handle]


# ----------------------------------------------------------------------------------- 2. long articles
@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_long_article_analysed_in_pieces_keeps_every_offset_right():
    text = long_text(40)  # ~8,000 characters: 8+ pieces of at most 1,000
    whole = extract(text=text, published="2019-03-05")
    pieces = extract(text=text, published="2019-03-05", settings=check_settings(max_length=1000))
    assert problems(pieces) == []
    assert "W004" in [w["code"] for w in pieces["warnings"]]
    for kind in ("money", "dates"):
        assert [(m["start"], m["end"], m["text"]) for m in pieces[kind]] == \
            [(m["start"], m["end"], m["text"]) for m in whole[kind]], kind
    assert {p["name"] for p in pieces["people"]} == {p["name"] for p in whole["people"]}
    last = max(m["start"] for p in pieces["people"] for m in p["mentions"])
    assert last > len(text) - 300  # mentions of the last piece are there, at their place in the whole text
    assert len(pieces["events"]) == len(whole["events"])


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


@pytest.mark.issue(9)
def test_issue9_a_huge_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # 20 GB, sparse: takes no disk space, and must not be read
        handle.truncate(20 * 1024**3)
    with pytest.raises(IngestError, match="E109.*--max-chars"):
        read_bytes(path)
    [failure] = list(iter_articles([path]))
    assert failure.code == "E109"


@pytest.mark.issue(9)
def test_issue9_an_endless_standard_input_is_read_only_up_to_the_limit(monkeypatch):
    asked: list[int] = []

    class Zeros:  # like /dev/zero on standard input
        def read(self, n=-1):
            assert n > 0, "an unbounded read"
            asked.append(n)
            return b"\0" * n

    monkeypatch.setattr("sys.stdin", type("Stdin", (), {"buffer": Zeros()})())
    with pytest.raises(IngestError, match="E109"):
        read_bytes("-", max_chars=1000)
    assert sum(asked) <= 4 * 1000 + 4 + 1


@pytest.mark.issue(9)
def test_issue9_a_jsonl_line_over_the_limit_is_skipped_and_the_next_lines_are_read(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [{"id": "one", "text": "Officials met in Oslo."}, {"id": "big", "text": "x" * 50_000},
             {"id": "three", "text": "Officials met in Rome."}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    items = list(iter_articles([path], max_chars=5000))
    assert [getattr(i, "doc_id", None) for i in items] == ["one", None, "three"]
    assert (items[1].code, items[1].line) == ("E109", 2) and items[2].source.endswith(":3")


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_stopping_during_a_long_article_keeps_the_articles_done_before(tmp_path, monkeypatch):
    """The short article before a long one is saved before the long one is even started."""
    import pipeline.work

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    (folder / "b.txt").write_text(long_text(30), encoding="utf-8")
    real = pipeline.work.annotate

    def stopped_on_long(articles, nlp, **kwargs):
        articles = list(articles)
        if any(len(a.text) > 3000 for a in articles):
            raise KeyboardInterrupt("stopped while analysing the long article")
        return real(articles, nlp, **kwargs)

    monkeypatch.setattr(pipeline.work, "annotate", stopped_on_long)
    with pytest.raises(KeyboardInterrupt):
        run([folder], tmp_path / "out", settings=check_settings(max_length=3000))
    [entry] = (tmp_path / "out" / STORE / "records").glob("*/*.json")
    assert RecordStore(tmp_path / "out").load(entry.stem)["doc_id"] == "a"


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_one_megabyte_article_peaks_under_1_5_gb(tmp_path):
    """Measured in a fresh process (peak RSS of the whole run: model, analysis, writing)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_text(long_text(5600)[:1_000_000], encoding="utf-8")
    code = ("import resource, sys; from pipeline import run; s = run(['in'], 'out'); "
            "print(s.articles, s.failed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                            timeout=900)
    assert result.returncode == 0, result.stderr
    articles, failed, peak_kb = map(int, result.stdout.split())
    assert (articles, failed) == (1, 0)
    assert peak_kb * 1024 < 1.5e9, f"peak RSS {peak_kb / 1e6:.2f} GB"
    lines = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").split("\n")
    [record] = (json.loads(line) for line in lines if line)
    assert problems(record) == [] and len(record["text"]) == 1_000_000
    print(f"1 MB article: peak RSS {peak_kb / 1e6:.2f} GB")


# ------------------------------------------------------------------------- 3. output inside the input
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
def test_issue9_cli_says_once_that_the_output_folder_is_skipped(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app

    monkeypatch.chdir(tmp_path)
    Path("corpus/sub").mkdir(parents=True)
    Path("corpus/sub/a.txt").write_text(PARAGRAPH, encoding="utf-8")
    runner = CliRunner()
    runner.invoke(app, ["run", "corpus", "-o", "corpus/out", "--no-progress"])
    result = runner.invoke(app, ["run", "corpus", "-o", "corpus/out", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("W009") == 1 and "1 articles" in result.stderr


# -------------------------------------------------------------- 4. a folder that is not a factbox output
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


# ------------------------------------------------------------------------------------------- 6. ids
def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
                    encoding="utf-8")
    return path


LOOK_ALIKE = ["a/b", "a_b", "a\\b", "a b", "a:b", "café—news", " a_b ", "a_b.", "ab"]
LOOK_ALIKE_LINES = [{"id": doc_id, "text": f"Officials met in Oslo, story {i}."} for i, doc_id in enumerate(LOOK_ALIKE)]


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


@pytest.mark.issue(9)
@pytest.mark.parametrize("doc_id", [4.5, True, ["a"], {"x": 1}])
def test_issue9_an_id_that_is_not_a_string_or_an_integer_is_refused(tmp_path, doc_id):
    path = write_jsonl(tmp_path / "batch.jsonl", [{"id": doc_id, "text": "Officials met in Oslo."}])
    [failure] = iter_articles([path])
    assert failure.code == "E114" and "'id'" in failure.message


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_look_alike_ids_all_reach_the_outputs(tmp_path):
    path = write_jsonl(tmp_path / "batch.jsonl", LOOK_ALIKE_LINES)
    summary = run([path], tmp_path / "out")
    assert summary.ok and summary.articles == len(LOOK_ALIKE)
    assert sorted(document_ids(tmp_path / "out")) == sorted(LOOK_ALIKE)
    assert sorted({row["doc_id"] for row in csv_rows(tmp_path / "out", "documents")}) == sorted(LOOK_ALIKE)


# ------------------------------------------------------------------------------------- 7. cache keys
def outputs_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


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
    return outputs_of(folder / "fresh")


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_deleting_a_line_reanalyses_nothing(jsonl_run):
    folder, lines = jsonl_run
    write_jsonl(folder / "batch.jsonl", lines[:3] + lines[4:])
    summary = run(["batch.jsonl"], "out")
    assert (summary.processed, summary.reused, summary.articles) == (0, 11, 11)
    assert outputs_of(folder / "out") == fresh_outputs(folder, ["batch.jsonl"])  # sources follow the lines


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_reordered_lines_reanalyse_nothing(jsonl_run):
    folder, lines = jsonl_run
    write_jsonl(folder / "batch.jsonl", lines[::-1])
    summary = run(["batch.jsonl"], "out")
    assert (summary.processed, summary.reused) == (0, 12)
    assert outputs_of(folder / "out") == fresh_outputs(folder, ["batch.jsonl"])


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
    assert outputs_of(folder / "out") == fresh_outputs(folder, ["moved"])


# -------------------------------------------------------------- 8. special files and skipped folders
@pytest.mark.issue(9)
def test_issue9_a_fifo_named_as_input_is_an_error_row_not_a_hang(tmp_path):
    import os

    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    code = ("import sys; from pipeline.ingest import iter_articles; "
            "print([(getattr(i, 'code', None), i.source) for i in iter_articles(sys.argv[1:])])")
    result = subprocess.run([sys.executable, "-c", code, str(fifo), str(tmp_path)], capture_output=True,
                            text=True, timeout=60)  # before: blocked forever opening the FIFO
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == repr([("E110", str(fifo)), ("E110", str(fifo))])


@pytest.mark.issue(9)
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_issue9_a_device_is_an_error_row(device):
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    [failure] = iter_articles([device])
    assert failure.code == "E110" and "device" in failure.message
    with pytest.raises(IngestError, match="E110"):
        read_bytes(device)


@pytest.mark.issue(9)
def test_issue9_a_socket_in_a_folder_is_an_error_row(tmp_path):
    import socket

    (tmp_path / "a.txt").write_text("Officials met in Oslo.", encoding="utf-8")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "s.sock"))
        items = list(iter_articles([tmp_path]))
    assert [getattr(i, "code", None) for i in items] == [None, "E110"]


@pytest.mark.issue(9)
def test_issue9_an_unreadable_sub_folder_is_an_error_row(tmp_path, monkeypatch):
    import os

    (tmp_path / "a.txt").write_text("Officials met in Oslo.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Officials met in Rome.", encoding="utf-8")
    real = os.scandir

    def scandir(path):  # root may read any folder: deny this one by hand
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_articles([tmp_path]))
    assert [getattr(i, "doc_id", None) for i in items] == ["a", None]
    assert items[1].code == "E111" and "Permission denied" in items[1].message
    assert items[1].source == str(tmp_path / "locked")


@pytest.mark.issue(9)
def test_issue9_linked_folders_are_read_once_and_a_loop_is_an_error_row(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "real").mkdir(parents=True)
    (corpus / "real" / "a.txt").write_text("Officials met in Oslo.", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text("Officials met in Rome.", encoding="utf-8")
    (corpus / "linked").symlink_to(tmp_path / "elsewhere")  # followed: its articles are read
    (corpus / "real" / "up").symlink_to(corpus)  # a loop
    items = list(iter_articles([corpus]))
    assert [getattr(i, "doc_id", None) for i in items] == ["b", "a", None]
    assert items[2].code == "E111" and items[2].source == str(corpus / "real" / "up")


@pytest.mark.model
@pytest.mark.issue(9)
def test_issue9_skipped_entries_make_the_run_say_something_failed(tmp_path):
    import os

    from typer.testing import CliRunner

    from pipeline.cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")
    result = CliRunner().invoke(app, ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 1
    assert sorted(row["code"] for row in csv_rows(tmp_path / "out", "errors")) == ["E110", "E111"]
    assert document_ids(tmp_path / "out") == ["a"]


# ------------------------------------------------------------------------ 10. extreme publication dates
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
