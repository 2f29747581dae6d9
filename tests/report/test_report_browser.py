"""The report in headless Chromium: the timeline, the article view, filters, sorting and search."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import unicodedata

import pytest
from report_browser import browse, find_chromium, png_pixels, probe_result, rgb, with_probe
from report_records import make_outdir, make_record

from pipeline.report import write_report
from pipeline.report.collect import COLUMNS
from pipeline.report.highlight import KINDS


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's headless Chromium: installed with apt-get when missing and we are root, else tests skip."""
    path = find_chromium()
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
        path = find_chromium()
    if path is None:
        pytest.skip(
            "headless Chromium is not installed and could not be installed here: run "
            "`apt-get install -y chromium` (Debian) as root to run the report's browser tests"
        )
    return path


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
