"""The review report: highlights and tooltips, corpus figures, the HTML file, the CLI, and the page as
headless Chromium renders it (timeline marks, highlights, map, screenshot)."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import time
import unicodedata
import zlib
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ConfigError, OutputError
from pipeline.records import (
    Article,
    ArticleWarning,
    EntityMention,
    Event,
    MoneyAmount,
    Organization,
    Person,
    Place,
    Record,
    TimeExpression,
)
from pipeline.report import article_html, spans, write_report
from pipeline.report.collect import COLUMNS, Collector, numbered_events
from pipeline.report.highlight import KINDS, Span, date_tip, money_tip, place_tip, render
from pipeline.report.page import article_view, script_json, world_svg_paths
from pipeline.write import record_to_dict

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Ann Lee met Bo Kim in Paris on May 3, 2020.\n\nThey agreed a $5 million deal with Acme Corp in 2019."


def event(
    sentence_start: int,
    sentence_end: int,
    date: str,
    start: str,
    end: str,
    precision: str,
    date_text: str,
    trigger: str,
    trigger_start: int,
    kind: str = "meeting",
) -> Event:
    return Event(
        sentence=TEXT[sentence_start:sentence_end],
        start=sentence_start,
        end=sentence_end,
        date=date,
        start_date=start,
        end_date=end,
        precision=precision,
        date_text=date_text,
        date_start=TEXT.index(date_text),
        date_end=TEXT.index(date_text) + len(date_text),
        date_inherited=False,
        trigger=trigger,
        trigger_start=trigger_start,
        trigger_end=trigger_start + len(trigger),
        type=kind,
    )


def make_record(doc_id: str = "d1", *, coords: bool = True, warnings: tuple = ()) -> dict:
    """A complete record built from the record dataclasses (so it has the exact shape `run` writes)."""

    def at(s: str, nth: int = 0) -> EntityMention:
        start = TEXT.index(s) if nth == 0 else TEXT.index(s, TEXT.index(s) + 1)
        return EntityMention(start, start + len(s), s)

    article = Article(
        doc_id=doc_id,
        source=f"{doc_id}.txt",
        text=TEXT,
        published="2020-05-04",
        published_from="input",
        title=f"Title of {doc_id}",
        warnings=warnings,
    )
    record = Record(
        article=article,
        model={"name": "en_test", "version": "1.0"},
        people=(
            Person("Ann Lee", roles=("Minister",), mentions=(at("Ann Lee"),)),
            Person("Bo Kim", mentions=(at("Bo Kim"),)),
        ),
        places=(
            Place(
                "Paris",
                kind="city",
                country_code="FR",
                latitude=48.85 if coords else None,
                longitude=2.35 if coords else None,
                mentions=(at("Paris"),),
            ),
        ),
        organizations=(Organization("Acme Corp", aliases=("Acme",), mentions=(at("Acme Corp"),)),),
        money=(
            MoneyAmount(
                "$5 million",
                TEXT.index("$5"),
                TEXT.index("$5") + 10,
                Decimal("5000000"),
                "USD",
                currency_assumed=True,
                id="m1",
                currency_source="context",
            ),
        ),
        dates=(
            TimeExpression(
                "May 3, 2020",
                TEXT.index("May"),
                TEXT.index("May") + 11,
                "DATE",
                "2020-05-03",
                "2020-05-03",
                "2020-05-03",
                "day",
            ),
            TimeExpression(
                "2019",
                TEXT.index("2019"),
                TEXT.index("2019") + 4,
                "DATE",
                "2019",
                "2019-01-01",
                "2019-12-31",
                "year",
            ),
        ),
        events=(
            event(0, 43, "2020-05-03", "2020-05-03", "2020-05-03", "day", "May 3, 2020", "met", 8),
            event(
                45, len(TEXT), "2019", "2019-01-01", "2019-12-31", "year", "2019", "agreed", 50, "agreement"
            ),
        ),
        warnings=warnings,
    )
    return record_to_dict(record)


def make_outdir(folder: Path, records: list[dict], errors: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "documents.jsonl", "w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    (folder / "errors.csv").write_text("input,line,stage,code,message,doc_id\n" + errors, encoding="utf-8")
    (folder / "manifest.json").write_text(
        json.dumps(
            {
                "model": {"name": "en_test", "version": "1.0"},
                "pipeline_version": "0.0",
                "settings": {"day_first": False},
            }
        )
    )
    return folder


def visible_text(markup: str) -> str:
    """What a browser's textContent gives for displaCy markup: tags dropped, <br> as newline, unescaped."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup.replace("<br>", "\n")))


def record_with(text: str, found) -> dict:
    """A bare record holding ``text`` and mentions ``(start, end, kind)`` of any highlight kind."""
    kinds = ("people", "places", "organizations", "dates", "events", "money")
    record: dict = {"text": text, **{k: [] for k in kinds}}
    key = {"person": "people", "place": "places", "org": "organizations"}
    for start, end, kind in found:
        if kind in key:
            record[key[kind]].append({"name": kind, "mentions": [{"start": start, "end": end, "text": ""}]})
        elif kind == "trigger":
            record["events"].append({"trigger_start": start, "trigger_end": end, "type": "other"})
        else:
            record["money" if kind == "money" else "dates"].append({"start": start, "end": end, "text": ""})
    return record


# ------------------------------------------------------------------------------------------ highlights
@pytest.mark.parametrize(
    "money, expected",
    [
        ({"amount": 77900000, "currency": "USD"}, "77,900,000 USD"),
        ({"amount": 5000000, "amount_high": 6000000, "currency": "EUR"}, "5,000,000-6,000,000 EUR"),
        ({"amount": 0.67, "currency": "GBP", "approximate": True}, "~0.67 GBP (approximate)"),
        (
            {"amount": 34000000, "currency": "USD", "currency_assumed": True},
            "34,000,000 USD (currency assumed)",
        ),
        ({"amount": None, "currency": "USD"}, "money: not normalized"),
        ({"amount": "not a number", "currency": None}, "money: not normalized"),
        ({"amount": 12, "currency": None}, "12 (no currency)"),
        ({"amount": 2000000, "currency": "USD", "mod": "MORE_THAN"}, "2,000,000 USD (more than)"),
        ({"amount": 2.22, "currency": "USD", "per": "share"}, "2.22 USD (per share)"),
        (
            {"amount": 754400000, "currency": "USD", "equivalent_of": "m1", "currency_assumed": True,
             "currency_source": "context"},
            "754,400,000 USD (converts m1, currency assumed from context)",
        ),
    ],
)
def test_money_tooltip(money, expected):
    assert money_tip(money) == expected


@pytest.mark.parametrize(
    "date, expected",
    [
        (
            {
                "type": "DATE",
                "value": "2019-04-25",
                "start_date": "2019-04-25",
                "end_date": "2019-04-25",
                "precision": "day",
            },
            "DATE 2019-04-25 · day",
        ),
        (
            {
                "type": "DATE",
                "value": "2000-07",
                "start_date": "2000-07-01",
                "end_date": "2000-07-31",
                "precision": "month",
                "anchor": "absolute",
            },
            "DATE 2000-07 · 2000-07-01..2000-07-31 · month · anchor absolute",
        ),
        ({"type": "DURATION", "value": "P24D"}, "DURATION P24D"),
        ({"type": "DATE", "value": None}, "DATE: not resolved"),
        ({}, "DATE: not resolved"),
    ],
)
def test_date_tooltip(date, expected):
    assert date_tip(date) == expected


@pytest.mark.parametrize(
    "place, expected",
    [
        (
            {
                "name": "Vladivostok",
                "kind": "city",
                "country_code": "RU",
                "latitude": 43.10562,
                "longitude": 131.87353,
            },
            "Vladivostok · city · RU · 43.11, 131.87",
        ),
        (
            {"name": "Far East", "kind": None, "country_code": None, "latitude": None, "longitude": None},
            "Far East · no coordinates",
        ),
    ],
)
def test_place_tooltip(place, expected):
    assert place_tip(place) == expected


def test_every_kind_is_highlighted_with_its_normalized_value():
    markup = article_html(make_record())
    marks = {
        text: kind for kind, text in re.findall(r'<mark data-k="(\w+)" title="[^"]*">([^<]+)</mark>', markup)
    }
    assert marks == {
        "Ann Lee": "person",
        "Bo Kim": "person",
        "Paris": "place",
        "May 3, 2020": "date",
        "met": "trigger",
        "$5 million": "money",
        "Acme Corp": "org",
        "agreed": "trigger",
        "2019": "date",
    }
    assert 'title="Ann Lee · role: Minister"' in markup
    assert 'title="Paris · city · FR · 48.85, 2.35"' in markup
    assert 'title="5,000,000 USD (currency assumed from context)"' in markup
    assert 'data-k="org" title="Acme Corp · also: Acme"' in markup
    assert visible_text(markup) == TEXT


@pytest.mark.parametrize(
    "found, kept",
    [
        # a longer span wins over one it contains
        ([(0, 10, "org"), (5, 10, "date")], [(0, 10, "org")]),
        # equal length: the kind listed first in KINDS wins (money before date before person ...)
        ([(0, 4, "person"), (0, 4, "money")], [(0, 4, "money")]),
        # touching spans are not overlapping
        ([(0, 4, "person"), (4, 8, "place")], [(0, 4, "person"), (4, 8, "place")]),
        # partial overlap: the longer one stays
        ([(0, 6, "person"), (4, 12, "org")], [(4, 12, "org")]),
        # empty, reversed and out-of-range offsets are dropped
        ([(3, 3, "person"), (5, 2, "place"), (30, 40, "org"), (-1, 2, "date")], []),
    ],
)
def test_overlapping_mentions_keep_one(found, kept):
    record = record_with("x" * 20, found)
    result, dropped = spans(record)
    assert [(s.start, s.end, s.kind) for s in result] == kept
    assert dropped == len(found) - len(kept)


def test_markup_in_the_text_is_escaped():
    text = 'Tom <script>alert("x")</script> & <!-- Jerry -->'
    markup = render(text, [Span(0, 3, "person", 'a "quoted" <tip>')])
    assert "<script>" not in markup and "<!--" not in markup
    assert 'title="a &quot;quoted&quot; &lt;tip&gt;"' in markup
    assert visible_text(markup) == text


@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12), st.sampled_from(sorted(KINDS))), max_size=8),
)
def test_highlighting_never_changes_the_text(text, raw):
    """Whatever the spans, the rendered text is the article's text, character for character (newlines as
    <br>), so every offset in the record points at the same characters on the page."""
    kept, _ = spans(record_with(text, [(start, start + n, kind) for start, n, kind in raw]))
    assert all(a.end <= b.start for a, b in zip(kept, kept[1:], strict=False))
    markup = render(text, kept)
    assert visible_text(markup) == text.replace("\r", "\n")
    assert markup.count("<mark ") == len(kept)


# --------------------------------------------------------------------------------------- corpus figures
def test_collector_merges_entities_across_articles():
    c = Collector()
    c.add(make_record("a"))
    c.add(make_record("b", coords=False, warnings=(ArticleWarning("W007", "[W007] No publication date."),)))
    data = c.data({})
    people = {p[0]: p for p in data["people"]}
    assert people["Ann Lee"] == ["Ann Lee", ["Minister"], [], 2, [0, 1]]
    paris = data["places"][0]
    assert paris[:6] == ["Paris", "city", "FR", 48.85, 2.35, 2] and paris[6] == [0, 1]
    assert data["organizations"] == [["Acme Corp", ["Acme"], 2, [0, 1]]]
    assert data["warnings"] == [["W007", 1, "[W007] No publication date."]]
    assert data["counts"]["articles"] == 2 and data["counts"]["events"] == 4
    assert data["docs"][1][COLUMNS["docs"].index("warnings")] == "W007"
    assert data["money"][0] == [0, "$5 million", "5000000", None, "USD", False, True, "context", None, None, "m1"]


def test_events_are_in_date_order_and_numbered_as_in_events_csv():
    c = Collector()
    c.add(make_record("a"))
    events = c.data({})["events"]
    at = {k: i for i, k in enumerate(COLUMNS["events"])}
    assert [(e[at["start_date"]], e[at["n"]], e[at["precision"]]) for e in events] == [
        ("2019-01-01", 2, "year"),
        ("2020-05-03", 1, "day"),
    ]


def test_event_fields_beyond_the_csv_columns_reach_the_article_view():
    """Fields events.csv leaves out (a continuation's context_end, negation) still come through."""
    record = make_record("a")
    first = min(record["events"], key=lambda e: e["start"])
    first.update(context_end=len(TEXT), negated=True, tense="past")
    numbered = dict(numbered_events(record))
    assert numbered[1]["context_end"] == len(TEXT) and numbered[1]["trigger"] == "met"
    view = article_view(0, record)
    assert f'href="#a/0/1" data-s="0" data-e="43" data-ce="{len(TEXT)}"' in view
    assert "(negated, past)" in view


def test_article_view_shows_warnings_and_links_to_mentions():
    record = make_record("a", warnings=(ArticleWarning("W007", "[W007] No publication date found."),))
    view = article_view(3, record)
    assert '<li class="warn"><b>W007</b> [W007] No publication date found.</li>' in view
    assert '<a href="#a/3/@0-7" title="Ann Lee · role: Minister">Ann Lee</a>' in view
    start = TEXT.index("$5")
    assert f'<a href="#a/3/@{start}-{start + 10}">$5 million</a>' in view
    assert view.count('<li id="ev-3-') == 2


def test_errors_rows_are_kept_in_order():
    c = Collector()
    c.add_errors(
        [
            {"input": "b.pdf", "line": "", "stage": "ingest", "code": "E102", "message": "m", "doc_id": ""},
            {
                "input": "a.jsonl:3",
                "line": "3",
                "stage": "ingest",
                "code": "E105",
                "message": "m2",
                "doc_id": "",
            },
        ]
    )
    assert c.data({})["errors"] == [
        ["a.jsonl:3", 3, "ingest", "E105", "m2", None],
        ["b.pdf", None, "ingest", "E102", "m", None],
    ]


@pytest.mark.parametrize("value", ["</script><script>alert(1)</script>", "<!-- x", "\u2028\u2029"])
def test_script_json_cannot_break_out_of_its_script_element(value):
    text = script_json({"v": value})
    assert "<" not in text and "\u2028" not in text
    assert json.loads(text) == {"v": value}


def test_world_outlines_cover_the_countries():
    paths = world_svg_paths()
    assert paths.count("<path") >= 170
    for code in ("RU", "US", "FR", "BR", "AU", "ZA", "CN", "IN"):
        assert f'data-cc="{code}"' in paths


# ------------------------------------------------------------------------------------------- the file
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


# ------------------------------------------------------------------------------- headless Chromium
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1400,1000",
]


def _find_chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's headless Chromium: installed with apt-get when missing and we are root, else tests skip."""
    path = _find_chromium()
    if (
        path is None
        and hasattr(os, "geteuid")
        and os.geteuid() == 0
        and shutil.which("apt-get")
        and not os.environ.get("FACTBOX_NO_BROWSER_INSTALL")
    ):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]
        for command in (install, ["apt-get", "update"], install):
            try:
                done = subprocess.run(command, env=env, capture_output=True, timeout=1200)
            except (OSError, subprocess.TimeoutExpired):
                break
            if command is install and done.returncode == 0:
                break
        path = _find_chromium()
    if path is None:
        pytest.skip(
            "headless Chromium is not installed and could not be installed here: run "
            "`apt-get install -y chromium` (Debian) as root to run the report's browser tests"
        )
    return path


def browse(chromium: str, page: Path, view: str, profile: Path, *, screenshot: Path | None = None) -> str:
    """Open ``page#view`` in headless Chromium (a fresh profile, no network) and return the rendered DOM."""
    profile.mkdir(parents=True, exist_ok=True)
    action = [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
    done = subprocess.run(
        [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            *action,
            f"{page.resolve().as_uri()}#{view}",
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def with_probe(report: Path, probe: str, folder: Path) -> Path:
    """A copy of the report with a test script run after the page's own (it reports into data-probe)."""
    head, _, tail = report.read_text(encoding="utf-8").rpartition("</body>")
    page = folder / "probe.html"
    page.write_text(head + f"<script>(function () {{ {probe} }})();</script></body>" + tail, encoding="utf-8")
    return page


def probe_result(dom: str):
    return json.loads(html.unescape(re.search(r'data-probe="([^"]*)"', dom).group(1)))


def png_pixels(path: Path) -> tuple[int, int, set[tuple[int, int, int]]]:
    """Width, height and the RGB colours of an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + size]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + size
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    colours = {tuple(line[x : x + 3]) for line in rows[::3] for x in range(0, stride, bpp * 3)}
    return width, height, colours


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, seed_path):
    """The seed corpus run through the pipeline, and its report."""
    from pipeline import run

    out = tmp_path_factory.mktemp("seed_out")
    assert run([seed_path.parent], out).ok
    return write_report(out)


@pytest.mark.model
@pytest.mark.slow
def test_browser_draws_the_timeline(chromium, seed_report, tmp_path):
    dom = browse(chromium, seed_report.path, "timeline", tmp_path / "profile")
    data = json.loads(
        re.search(r'id="factbox-data">(.*?)</script>', seed_report.path.read_text(), re.S).group(1)
    )
    dated = data["counts"]["dated_events"]
    assert dated > 0
    timeline = re.search(r'<svg class="tl".*?</svg>', dom, re.S).group(0)
    marks = re.findall(r'<a href="#a/0/(\d+)"><(circle|rect) class="mark"', timeline)
    assert len(marks) == dated  # every dated event is drawn and links to its sentence
    precisions = {e[COLUMNS["events"].index("precision")] for e in data["events"]}
    if "day" in precisions:
        assert any(shape == "circle" for _, shape in marks)  # a day is a dot
    if precisions & {"month", "year"}:
        assert any(shape == "rect" for _, shape in marks)  # a month or a year is a bar
    ready = int(re.search(r'data-ready="(\d+)"', dom).group(1))
    assert ready < 5000


@pytest.mark.model
@pytest.mark.slow
def test_browser_shows_the_highlighted_article(chromium, seed_report, tmp_path):
    dom = browse(chromium, seed_report.path, "a/0/1", tmp_path / "profile")
    article = re.search(r'<section id="v-article".*?</section>', dom, re.S).group(0)
    kinds = set(re.findall(r'<mark data-k="(\w+)" title="[^"]+"', article))
    assert {"person", "place", "date"} <= kinds
    assert '<span class="hl">' in article  # the first event's sentence is marked
    assert 'class="current"' in article
    # an entity's link in the side panel marks all its mentions
    record = json.loads((seed_report.path.parent / "documents.jsonl").read_text(encoding="utf-8").splitlines()[0])
    place = max(record["places"], key=lambda p: len(p["mentions"]))
    ranges = ",".join(f"{m['start']}-{m['end']}" for m in sorted(place["mentions"], key=lambda m: m["start"]))
    dom = browse(chromium, seed_report.path, f"a/0/@{ranges}", tmp_path / "profile")
    marked = re.findall(r'<span class="hl">([^<]*)</span>', dom)
    assert len(place["mentions"]) > 1 and sorted(marked) == sorted(m["text"] for m in place["mentions"])


@pytest.mark.model
@pytest.mark.slow
def test_browser_filters_the_timeline(chromium, seed_report, tmp_path):
    """#timeline/WORD keeps the marks and rows of the events whose sentence (or people, places...) has WORD."""
    data = json.loads(re.search(r'id="factbox-data">(.*?)</script>', seed_report.path.read_text(), re.S).group(1))
    at = {k: i for i, k in enumerate(COLUMNS["events"])}
    title = data["docs"][0][COLUMNS["docs"].index("title")] or ""

    def searched(e) -> str:  # what the page's filter looks at
        fields = [e[at[k]] or "" for k in ("sentence", "date_text", "date", "type", "trigger")]
        return " ".join([*fields, title, *e[at["people"]], *e[at["places"]]]).lower()

    dated = [searched(e) for e in data["events"] if e[at["start_date"]]]
    counts = {w: sum(w.lower() in t for t in dated) for w in re.findall(r"[A-Za-z]{6,}", " ".join(dated))}
    word = min((w for w, n in counts.items() if 0 < n < len(dated)), key=lambda w: (-counts[w], w))
    expected = counts[word]
    dom = browse(chromium, seed_report.path, f"timeline/{word}", tmp_path / "profile")
    assert len(re.findall(r'<(?:circle|rect) class="mark"', dom)) == expected < len(dated)


@pytest.mark.model
@pytest.mark.slow
def test_screenshot_shows_highlight_colours(chromium, seed_report, tmp_path):
    shot = tmp_path / "article.png"
    browse(chromium, seed_report.path, "a/0", tmp_path / "profile", screenshot=shot)
    width, height, colours = png_pixels(shot)
    assert (width, height) == (1400, 1000)
    assert len(colours) > 50  # a rendered page, not a blank one
    for kind in ("person", "place", "date"):
        assert rgb(KINDS[kind][1]) in colours, f"no {kind} highlight on screen"


PEOPLE_PROBE = """
  var th = Array.from(document.querySelectorAll("#v-people th"))
    .find(function (t) { return t.textContent === "Name"; });
  function names() { return Array.from(document.querySelectorAll("#v-people tbody tr td:first-child"))
    .map(function (td) { return td.textContent; }); }
  th.click(); var up = names(); th.click();
  document.body.setAttribute("data-probe", JSON.stringify([up, names()]));
"""


@pytest.mark.model
@pytest.mark.slow
def test_browser_sorts_the_people_table(chromium, seed_report, tmp_path):
    """Clicking a column header sorts the table, clicking it again reverses it (a probe script clicks)."""
    dom = browse(chromium, with_probe(seed_report.path, PEOPLE_PROBE, tmp_path), "people", tmp_path / "profile")
    up, down = probe_result(dom)
    data = json.loads(re.search(r'id="factbox-data">(.*?)</script>', dom, re.S).group(1))
    names = [p[COLUMNS["people"].index("name")] for p in data["people"]][:50]
    assert len(up) == len(names) > 0
    # the page sorts with Intl.Collator("en"): letters without accents, case ignored
    def fold(name: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()

    assert up == sorted(names, key=fold)
    assert down == up[::-1]


@pytest.mark.model
@pytest.mark.slow
def test_browser_searches_the_article_texts(chromium, seed_report, tmp_path):
    """The articles table matches its columns, and with 'search the texts too' the words of the articles."""
    record = json.loads((seed_report.path.parent / "documents.jsonl").read_text(encoding="utf-8").splitlines()[0])
    listed = " ".join(str(record.get(k)) for k in ("doc_id", "title", "published", "source")).lower()
    word = next(w for w in re.findall(r"[A-Za-z]{7,}", record["text"]) if w.lower() not in listed)
    probe = """
      var bar = document.querySelector("#v-articles .tbl-bar"), input = bar.querySelector("input[type=search]");
      var box = bar.querySelector("input[type=checkbox]"), rows = function () {
        return document.querySelectorAll("#v-articles tbody tr").length; };
      input.value = %s; input.dispatchEvent(new Event("input"));
      var before = rows(); box.checked = true; box.dispatchEvent(new Event("change"));
      document.body.setAttribute("data-probe", JSON.stringify([before, rows()]));
    """ % json.dumps(word)
    dom = browse(chromium, with_probe(seed_report.path, probe, tmp_path), "articles", tmp_path / "profile")
    assert probe_result(dom) == [0, 1]


@pytest.mark.slow
def test_browser_opens_a_large_corpus_quickly(chromium, tmp_path):
    """Three thousand articles: the report builds in seconds and the page is ready in seconds."""
    records = [make_record(f"doc{i:04d}") for i in range(3000)]
    out = make_outdir(tmp_path / "big", records)
    started = time.perf_counter()
    summary = write_report(out)
    assert time.perf_counter() - started < 60
    dom = browse(chromium, summary.path, "timeline", tmp_path / "profile")
    ready = int(re.search(r'data-ready="(\d+)"', dom).group(1))
    assert ready < 10_000
    assert "6,000 of 6,000 dated events in this period" in dom
    map_dom = browse(chromium, summary.path, "map", tmp_path / "profile")
    assert len(re.findall(r'<a href="#articles/l/\d+"><circle', map_dom)) == 1  # one place, drawn once


# --------------------------------------------------------------------------- issue 9: hostile records
@pytest.mark.issue(9)
@pytest.mark.parametrize("url", [
    "javascript:alert(document.cookie)", " JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)", "//evil.example/x", "file:///etc/passwd", "java\tscript:alert(1)",
])
def test_issue9_only_http_urls_become_links(url):
    record = {**make_record("a"), "url": url}
    view = article_view(0, record)
    assert "<a href" not in view.split('<div class="doc">')[0]  # the header links to nothing
    assert html.escape(url.strip(), quote=True) in view  # still shown, as text


@pytest.mark.issue(9)
@pytest.mark.parametrize("url", ["https://example.com/a?b=1&c=2", "HTTP://EXAMPLE.COM/x"])
def test_issue9_http_urls_are_links_with_the_url_escaped(url):
    view = article_view(0, {**make_record("a"), "url": url})
    assert f'<a href="{html.escape(url.strip(), quote=True)}" rel="noreferrer">' in view


def hand_edited(tmp_path: Path, edit) -> Path:
    record = make_record("a")
    edit(record)
    return make_outdir(tmp_path / "out", [make_record("b"), record])


INJECTION = '1" onmouseover="alert(1)" x="'


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


@pytest.mark.issue(9)
def test_issue9_every_attribute_value_is_escaped_even_in_an_unvalidated_view():
    from pipeline.report.page import _entity_items, _value_items

    record = make_record("a")
    record["events"] = record["events"][:1]  # one event: nothing to sort it by
    record["events"][0].update(start=INJECTION, end=INJECTION, context_end=INJECTION)
    markup = "".join([
        article_view(0, record),
        *_value_items(0, [{"start": INJECTION, "end": INJECTION, "text": "x"}], lambda v: "tip"),
        *_entity_items(0, [{"name": "n", "mentions": [{"start": INJECTION, "end": 1}]}], lambda e: "tip"),
    ])
    assert 'onmouseover="alert' not in markup
