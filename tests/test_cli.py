"""The command line: exit codes, messages, help, and the bad-input batch."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.schema import problems

from helpers import PARAGRAPH, csv_rows, document_ids

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, list(map(str, args)), input=input)


@pytest.mark.parametrize("command", [[], ["extract"], ["run"], ["evaluate"]])
def test_every_command_has_help(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout and len(result.stdout) > 200


def test_every_command_has_a_docstring():
    for info in app.registered_commands:
        assert (info.callback.__doc__ or "").strip(), info.name


def test_version():
    from pipeline import __version__

    assert invoke("--version").stdout.strip() == f"factbox {__version__}"


def test_python_dash_m():
    result = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "extract" in result.stdout


def test_run_missing_input_is_exit_2(tmp_path):
    result = invoke("run", tmp_path / "nope", "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"factbox: [E005] Input path '{tmp_path / 'nope'}' does not exist. "
                                     "Check the path, or pass - to read an article from standard input.")
    assert not (tmp_path / "out").exists()


def test_run_output_is_a_file_is_exit_2(tmp_path):
    (tmp_path / "a.txt").write_text("Shares fell. They rose.")
    (tmp_path / "out").write_text("i am a file")
    result = invoke("run", tmp_path / "a.txt", "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "[E006]" in result.stderr and "Pass a folder" in result.stderr


def test_run_without_output_is_a_usage_error(tmp_path):
    assert invoke("run", tmp_path).exit_code == 2


def test_extract_missing_file_is_exit_2(tmp_path):
    result = invoke("extract", tmp_path / "missing.txt")
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"factbox: [E005] Input path '{tmp_path / 'missing.txt'}' does not exist. "
                                     "Check the path, or pass - to read an article from standard input.")


def test_run_bad_setting_is_exit_2_before_anything_is_written(tmp_path):
    (tmp_path / "a.txt").write_text("Shares fell. They rose.", encoding="utf-8")
    result = invoke("run", tmp_path / "a.txt", "-o", tmp_path / "out", "--batch-size", "0")
    assert result.exit_code == 2 and "[E002]" in result.stderr and "batch_size" in result.stderr
    assert not (tmp_path / "out").exists()


def test_evaluate_unknown_scorer_is_exit_2_E009(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "d", "text": "Shares fell."}\n', encoding="utf-8")
    result = invoke("evaluate", gold, "--only", "timex", "--only", "weather")
    assert result.exit_code == 2
    assert result.stderr.strip() == ("factbox: [E009] Unknown scorer 'weather'. "
                                     "Choose from: timex, money, entities, events.")


def test_evaluate_with_nothing_to_score_is_exit_2_E010():
    result = invoke("evaluate")
    assert result.exit_code == 2 and "[E010]" in result.stderr and "--money-cases" in result.stderr


def test_evaluate_money_cases_line_that_is_no_case_is_exit_2_E011(tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"text": "It cost $5."}\n', encoding="utf-8")
    result = invoke("evaluate", "--money-cases", cases)
    assert result.exit_code == 2 and "[E011]" in result.stderr and f"{cases}:1" in result.stderr


def _case(case_id: str, text: str, dateline, amounts) -> str:
    gold = []
    for span, amount, currency, per in amounts:
        start = text.index(span)
        gold.append({"text": span, "start": start, "end": start + len(span), "amount": amount, "amount_high": None,
                     "currency": currency, "per": per, "equivalent_of": None})
    return json.dumps({"id": case_id, "category": "cli", "text": text,
                       "context": {"published": "2011-05-04", "dateline": dateline}, "amounts": gold})


@pytest.mark.model
@pytest.mark.issue(13)
def test_evaluate_money_cases_scores_and_writes_json(tmp_path):
    """Invented cases end to end through the command: the table, the accuracy lines and the JSON results."""
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join([
        _case("c1", "The bakery chain sold its stores for $12 million in cash.", None,
              [("$12 million", "12000000", "USD", None)]),
        _case("c2", "Bread now costs 4 dollars a loaf, up from 3 dollars.", "SYDNEY",
              [("4 dollars", "4", "AUD", "loaf"), ("3 dollars", "3", "AUD", None)]),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "results.json"
    result = invoke("evaluate", "--money-cases", cases, "--json", out)
    assert result.exit_code == 0, result.stderr
    assert "money-cases" in result.stdout and "currency_assumed" in result.stdout
    scores = json.loads(out.read_text(encoding="utf-8"))["money-cases"]
    assert scores["detection overlap"]["f1"] == 1.0
    assert scores["normalized"]["f1"] == 1.0
    assert scores["per"]["accuracy"] == 1.0
    # the bare "$" is a symbol the text gave; "dollars" under a Sydney dateline is Australian by context
    assumed = scores["currency_assumed"]
    assert assumed["n"] == 3 and assumed["share"] == pytest.approx(2 / 3, abs=1e-3)


def test_extract_bad_published_is_exit_2(seed_path):
    result = invoke("extract", seed_path, "--published", "26/04/2019")
    assert result.exit_code == 2 and "[E007]" in result.stderr


def test_extract_empty_stdin_is_exit_1():
    result = invoke("extract", "-", input="   \n")
    assert result.exit_code == 1 and "[E101]" in result.stderr


@pytest.mark.model
def test_extract_stdin_with_published():
    result = invoke("extract", "-", "--published", "2019-04-26", input="Officials met in Paris on Thursday.")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["published"] == "2019-04-26" and record["published_from"] == "input"
    assert problems(record) == []


@pytest.mark.model
def test_extract_seed_validates(seed_path):
    result = invoke("extract", seed_path)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert problems(record) == []
    assert record["doc_id"] == seed_path.stem and record["published"] == "2019-04-26"


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory, seed_text):
    """A folder of good articles with every kind of bad input mixed in, run once through the CLI."""
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "seed.txt").write_text(seed_text, encoding="utf-8")
    (folder / "short.md").write_text("BERLIN (dpa) - Prices rose in Germany on Friday, officials said.")
    (folder / "empty.txt").write_text("")
    (folder / "blank.txt").write_text(" \n\t\n")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.5\n%\xb5\xb5\n1 0 obj<<>>endobj")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "nul.txt").write_bytes(b"Officials \x00\x00\x00 said \x00\x07\x00 no.")
    (folder / "legacy.txt").write_bytes("Caf\u00e9 owners in M\u00fcnchen said on Monday prices rose \u2013 again."
                                        .encode("cp1252"))
    (folder / "wide.txt").write_bytes("Officials in Tokyo said on Monday exports fell.".encode("utf-16"))
    # 1.1 million characters, over spaCy's default max_length (long words keep the test quick)
    (folder / "huge.txt").write_text(("Markets in London rose on Monday. " + "Longwordsssss" * 60 + ".\n\n") * 1_300)
    (folder / "oneline.txt").write_text("Officials met in Rome and talked. " * 6_000)  # 204,000 chars, no newline
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "batch.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Officials in Oslo met on Monday.", "published": "2021-03-05",
                    "title": "Oslo talks", "url": "http://example.com/j1"}) + "\n"
        + "{this is not json\n" + json.dumps({"id": "j3", "title": "no text"}) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    result = invoke("run", folder, "-o", out, "--no-progress")
    return folder, out, result


def read_documents(out):
    with open(out / "documents.jsonl", encoding="utf-8") as handle:
        return {(d := json.loads(line))["doc_id"]: d for line in handle}


@pytest.mark.model
@pytest.mark.slow
def test_bad_batch_exit_1_and_good_articles_written(bad_batch):
    folder, out, result = bad_batch
    assert result.exit_code == 1
    assert "errors.csv" in result.stderr
    docs = read_documents(out)
    assert set(docs) == {"seed", "short", "legacy", "wide", "huge", "oneline", "j1"}
    for record in docs.values():
        assert problems(record) == []
    assert docs["j1"]["published"] == "2021-03-05" and docs["j1"]["title"] == "Oslo talks"
    assert docs["short"]["dateline"]["place"] == "Berlin"


@pytest.mark.model
@pytest.mark.slow
def test_bad_batch_errors_and_warnings(bad_batch):
    folder, out, _ = bad_batch
    with open(out / "errors.csv", newline="", encoding="utf-8") as handle:
        errors = {(row["input"].rsplit("/", 1)[-1], row["code"]) for row in csv.DictReader(handle)}
    assert errors == {("empty.txt", "E101"), ("blank.txt", "E101"), ("scan.pdf", "E102"), ("photo.png", "E102"),
                      ("nul.txt", "E102"), ("dangling.txt", "E103"), ("batch.jsonl:2", "E105"),
                      ("batch.jsonl:3", "E106")}
    docs = read_documents(out)
    codes = {doc_id: {w["code"] for w in d["warnings"]} for doc_id, d in docs.items()}
    assert "W001" in codes["legacy"] and "W001" in codes["wide"]
    assert "W004" in codes["huge"] and "W008" in codes["oneline"]
    assert "Caf\u00e9" in docs["legacy"]["text"] and "\u2013" in docs["legacy"]["text"]
    assert len(docs["huge"]["text"]) > 1_000_000


@pytest.mark.model
@pytest.mark.slow
def test_bad_batch_manifest(bad_batch):
    _, out, _ = bad_batch
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["articles"] == 7 and manifest["counts"]["errors"] == 8
    assert manifest["model"]["name"] and manifest["model"]["version"]
    assert {i["doc_id"] for i in manifest["inputs"]} >= {"seed", "j1"}


def test_run_on_an_empty_folder_is_exit_2(tmp_path):
    (tmp_path / "empty").mkdir()
    result = invoke("run", tmp_path / "empty", "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "[E008] No articles found" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.model
@pytest.mark.issue(9)
@pytest.mark.parametrize("flag, expected", [([], "2019-04-05"), (["--day-first"], "2019-05-04")])
def test_issue9_day_first_flag_reaches_the_header_date_line(tmp_path, flag, expected):
    path = tmp_path / "a.txt"
    path.write_text("Markets rally on trade hopes\n04/05/2019\n\nShares rose on Friday, traders said.\n")
    result = invoke("extract", path, *flag)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert (record["published"], record["published_from"]) == (expected, "header")
    run_result = invoke("run", tmp_path / "a.txt", "-o", tmp_path / "out", "--no-progress", *flag)
    assert run_result.exit_code == 0, run_result.output
    with open(tmp_path / "out" / "documents.csv", encoding="utf-8") as handle:
        [row] = csv.DictReader(handle)
    assert row["published"] == expected


@pytest.mark.issue(9)
@pytest.mark.parametrize("complete", [False, True])
def test_issue9_an_interrupted_run_says_whether_tables_were_ever_written(tmp_path, monkeypatch, complete):

    from pipeline.cache import STORE
    from pipeline.state import STATE

    out = tmp_path / "out"
    if complete:  # as after an earlier complete run
        (out / STORE).mkdir(parents=True)
        (out / STORE / STATE).write_text('{"outputs": "x", "files": {}}', encoding="utf-8")

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("pipeline.cli.run", stopped)  # the library's run, as the command calls it
    (tmp_path / "a.txt").write_text("Officials met in Oslo.", encoding="utf-8")
    result = invoke("run", tmp_path / "a.txt", "-o", out, "--no-progress")
    assert result.exit_code == 130
    assert ("complete and consistent" in result.stderr) is complete
    assert ("no tables" in result.stderr) is not complete
    assert "run the same command again" in result.stderr


@pytest.mark.issue(9)
def test_issue9_max_chars_flag_refuses_a_longer_article_with_e109(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text("Officials met in Oslo on Monday. " * 100, encoding="utf-8")
    result = invoke("run", tmp_path / "in", "-o", tmp_path / "out", "--no-progress", "--max-chars", "1000")
    assert result.exit_code == 1
    with open(tmp_path / "out" / "errors.csv", encoding="utf-8", newline="") as handle:
        [row] = csv.DictReader(handle)
    assert row["code"] == "E109" and "--max-chars 3300" in row["message"]
    extracted = invoke("extract", tmp_path / "in" / "long.txt", "--max-chars", "1000")
    assert extracted.exit_code == 1 and "[E109]" in extracted.stderr


@pytest.mark.issue(9)
def test_issue9_extract_of_a_device_is_a_coded_error_not_a_hang():
    result = invoke("extract", "/dev/zero")
    assert result.exit_code == 1 and "[E110]" in result.stderr and "character device" in result.stderr


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


@pytest.mark.model
def test_a_rerun_with_nothing_changed_loads_no_spacy(tmp_path):
    """The command imports the report (spaCy's displacy) only for --report."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    assert invoke("run", tmp_path / "in", "-o", tmp_path / "out", "--no-progress").exit_code == 0
    code = ("import sys; from pipeline.cli import app\n"
            "try: app(['run', 'in', '-o', 'out', '--no-progress'])\n"
            "except SystemExit as done: print(done.code, 'spacy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.split() == ["0", "False"], result.stderr
    assert "(0 processed, 1 unchanged)" in result.stderr
