"""The report file: one self-contained, byte-stable HTML file; coded errors for folders it cannot report."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from report_records import INJECTION, hand_edited, make_outdir, make_record
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ConfigError, OutputError
from pipeline.report import write_report
from pipeline.report.collect import COLUMNS

ROOT = Path(__file__).resolve().parents[2]

@pytest.fixture()
def small_outdir(tmp_path):
    errors = '"bad.pdf",,ingest,E102,"[E102] bad.pdf: looks like a binary file (PDF), not text.",\n'
    return make_outdir(tmp_path / "out", [make_record("a"), make_record("b")], errors)


def test_report_is_one_self_contained_file(small_outdir):
    summary = write_report(small_outdir)
    page = summary.path.read_text(encoding="utf-8")
    assert summary.path == small_outdir / "report.html" and summary.articles == 2 and summary.events == 4
    assert summary.bytes == len(page.encode("utf-8"))
    # nothing is fetched: no external scripts, stylesheets, images, fonts or frames
    assert not re.search(r"<(script|img|iframe|link)\b[^>]*\b(src|href)=", page)
    assert not re.search(r"url\(|@import|https?://(?!www\.w3\.org/2000/svg)", page)
    assert page.count('<script type="text/x-factbox-article"') == 2
    data = json.loads(
        re.search(r'<script type="application/json" id="factbox-data">(.*?)</script>', page, re.S).group(1)
    )
    assert data["counts"]["errors"] == 1 and data["errors"][0][3] == "E102"
    assert set(data["columns"]) == set(COLUMNS)


def test_report_is_byte_identical_when_rebuilt(small_outdir, tmp_path):
    first = write_report(small_outdir).path.read_bytes()
    again = write_report(small_outdir, path=tmp_path / "again.html").path.read_bytes()
    assert first == again


def test_report_of_a_run_where_everything_failed(tmp_path):
    errors = '"a.txt",,ingest,E101,"[E101] a.txt: the file is empty or holds only whitespace; nothing to extract.",\n'
    out = make_outdir(tmp_path / "out", [], errors)
    summary = write_report(out)
    page = summary.path.read_text(encoding="utf-8")
    assert summary.articles == 0 and '<script type="text/x-factbox-article"' not in page
    data = json.loads(re.search(r'id="factbox-data">(.*?)</script>', page, re.S).group(1))
    assert data["counts"]["errors"] == 1 and data["errors"][0][3] == "E101"


def test_report_without_documents_is_e451(tmp_path):
    with pytest.raises(ConfigError, match="E451"):
        write_report(tmp_path)


def test_report_with_a_broken_record_is_e452(tmp_path):
    out = make_outdir(tmp_path / "out", [make_record("a")])
    with open(out / "documents.jsonl", "a", encoding="utf-8") as handle:
        handle.write('{"doc_id": "half a line\n')
    with pytest.raises(OutputError, match=r"E452.*line 2"):
        write_report(out)


def test_report_cli(small_outdir, tmp_path):
    result = CliRunner().invoke(app, ["report", str(small_outdir), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r.html").stat().st_size > 10_000
    assert "report of 2 articles and 4 events" in result.stderr


def test_report_cli_on_a_folder_without_outputs_is_exit_2(tmp_path):
    result = CliRunner().invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"factbox: [E451] '{tmp_path}' holds no documents.jsonl, so there is nothing "
        f"to report. Run `factbox run INPUT -o {tmp_path}` first (or add --report to it)."
    )


def test_committed_seed_report_is_current(tmp_path):
    committed = ROOT / "outputs" / "report.html"
    if not committed.exists():
        pytest.skip("outputs/report.html is not committed yet: run `factbox report outputs` and commit it")
    fresh = write_report(ROOT / "outputs", path=tmp_path / "report.html").path
    assert fresh.read_bytes() == committed.read_bytes(), (
        "outputs/report.html is stale: run `factbox report outputs`"
    )


@pytest.mark.model
def test_run_with_report_flag(tmp_path, seed_text):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_text(seed_text, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-progress", "--report"]
    )
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert page.count('<script type="text/x-factbox-article"') == 1 and "<mark data-k=" in page


@pytest.mark.issue(9)
@pytest.mark.parametrize("edit, where", [
    (lambda r: r["events"][0].update(start=INJECTION), "events/0/start"),
    (lambda r: r["people"][0]["mentions"][0].update(start="5"), "people/0/mentions/0/start"),
    (lambda r: r["dates"][0].update(end=10**9), "dates[0]"),
    (lambda r: r.update(url=["http://x"]), "url"),
    (lambda r: r.pop("text"), "text"),
])
def test_issue9_report_validates_records_and_stops_with_a_coded_error(tmp_path, edit, where):
    out = hand_edited(tmp_path, edit)
    with pytest.raises(OutputError, match=r"E452.*line 2") as caught:
        write_report(out)
    assert where in str(caught.value)
    assert not (out / "report.html").exists()
    result = CliRunner().invoke(app, ["report", str(out)])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)  # no traceback
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("factbox: [E452]") and "line 2" in line
