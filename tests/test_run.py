"""`run()` as an incremental, resumable batch job: the record store, the state file, cache keys, engines.

The corpus is made up here (short wire stories with people, places, organizations, money and dates), so
the tests need no files from outside the project; they use the trained pipeline, which is loaded once.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import run
from pipeline.cache import STORE, RecordStore, cache_key
from pipeline.config import DEFAULTS, check_settings
from pipeline.engines import chunks, get
from pipeline.errors import ConfigError
from pipeline.guards import output_lock, signals_held
from pipeline.model import model_meta
from pipeline.records import Article
from pipeline.work import analyze_articles, failure_for

pytestmark = pytest.mark.model

# fmt: off
FIRST = ["Maria", "John", "Aiko", "Pierre", "Fatima", "Carlos", "Olga", "Samuel", "Priya", "Lars"]
LAST = ["Keller", "Okafor", "Tanaka", "Dubois", "Haddad", "Moreno", "Ivanova", "Brown", "Sharma", "Nilsson"]
CITIES = ["Paris", "Lagos", "Osaka", "Denver", "Cairo", "Lima", "Oslo", "Madrid", "Toronto", "Nairobi"]
COUNTRIES = ["France", "Nigeria", "Japan", "Canada", "Egypt", "Peru", "Norway", "Spain", "Kenya", "Brazil"]
ORGS = ["Siemens", "Toyota", "the World Bank", "Unilever", "Boeing", "Nestle", "Ericsson", "Airbus"]
MONTHS = ["January", "March", "April", "June", "August", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
# fmt: on


def article_text(i: int, *, sentences: int = 4) -> str:
    """A short, deterministic wire story; ``i`` picks its people, places, amounts and dates."""
    r = random.Random(i)
    first, last = r.choice(FIRST), r.choice(LAST)
    city, city2, country, org = r.choice(CITIES), r.choice(CITIES), r.choice(COUNTRIES), r.choice(ORGS)
    month, day, year = r.choice(MONTHS), r.randint(1, 28), r.randint(2005, 2021)
    body = [
        f"{first} {last}, the finance minister of {country}, said on {r.choice(DAYS)} that {org} would "
        f"invest ${r.randint(2, 900)} million in a new plant near {city2}.",
        f"The agreement was signed on {r.choice(MONTHS)} {r.randint(1, 28)}, {year}, after talks in {city}.",
        f"{last} met executives of {org} in {city2} last week, officials said.",
        f"Shares of {org} rose {r.randint(1, 9)} percent in {city} trading on {r.choice(DAYS)}.",
        f"Analysts expect the plant to employ {r.randint(100, 5000)} people by {year + r.randint(1, 4)}.",
    ]
    title = f"{org} to invest in {country} plant"
    dateline = f"{city.upper()}, {month} {day}, {year} (Reuters) -- "
    return f"{title}\n\n{dateline}" + " ".join(body[:sentences]) + "\n"


def make_corpus(folder: Path, n: int, *, offset: int = 0, sentences: int = 4) -> list[Path]:
    """Write ``n`` articles as ``folder/a0000.txt`` ... and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(offset, offset + n):
        path = folder / f"a{i:04d}.txt"
        path.write_text(article_text(i, sentences=sentences), encoding="utf-8")
        paths.append(path)
    return paths


def outputs(folder: Path) -> dict[str, bytes]:
    """The dataset files of an output folder (not the hidden record store)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.startswith(".")}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in sorted(folder.iterdir()) if p.is_file()}


def column(folder: Path, table: str, name: str = "doc_id") -> list[str]:
    import csv

    with open(folder / f"{table}.csv", encoding="utf-8", newline="") as handle:
        return [row[name] for row in csv.DictReader(handle)]


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


# ------------------------------------------------------------------------------------------ incremental
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


# ------------------------------------------------------------------------------------------ the store
def small_article(doc_id: str = "d1", text: str = "Ann met Bob in Paris.") -> Article:
    return Article(doc_id=doc_id, source=f"{doc_id}.txt", text=text)


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


def test_model_meta_matches_the_loaded_model_without_importing_it(nlp):
    from pipeline.annotate import model_info

    assert model_meta(DEFAULTS.model) == model_info(nlp)


def test_model_meta_of_a_missing_model_is_E004():
    with pytest.raises(ConfigError, match="E004"):
        model_meta("no_such_pipeline_xyz")


# ------------------------------------------------------------------------------------------ engines
@pytest.mark.parametrize("lengths, size, max_chars, expected", [
    ([10, 10, 10, 10, 10], 2, 1000, [2, 2, 1]),
    ([10, 10, 10], 5, 25, [2, 1]),
    ([100, 10, 10], 5, 50, [1, 2]),  # one long article makes a chunk of its own
    ([], 3, 100, []),
])
def test_chunks_respect_count_and_characters(lengths, size, max_chars, expected):
    articles = [small_article(f"d{i}", "x" * n) for i, n in enumerate(lengths)]
    got = list(chunks(articles, size=size, max_chars=max_chars))
    assert [len(c) for c in got] == expected
    assert [a for c in got for a in c] == articles


@pytest.mark.parametrize("kwargs, code", [
    ({"engine": "spark"}, "E051"), ({"scheduler": "tcp://127.0.0.1:8786"}, "E054"), ({"workers": 0}, "E055"),
])
def test_bad_engine_options_fail_before_any_work(base, tmp_path, kwargs, code):
    with pytest.raises(ConfigError, match=code):
        run([base / "corpus"], tmp_path / "out", **kwargs)
    assert not (tmp_path / "out").exists()


def test_unknown_engine_name_lists_the_engines():
    with pytest.raises(ConfigError, match="local, dask"):
        get("ray")


def test_failure_for_a_plain_exception_is_E201():
    failure = failure_for(small_article(), "analyze", ValueError("boom"))
    assert (failure.code, failure.stage, failure.doc_id) == ("E201", "analyze", "d1")
    assert "ValueError: boom" in failure.message


# ------------------------------------------------------------------------------------------ signals
def test_signals_during_the_commit_are_held_until_it_is_done():
    steps = []
    with pytest.raises(KeyboardInterrupt):
        with signals_held():
            os.kill(os.getpid(), signal.SIGINT)
            steps.append("renamed everything")
    assert steps == ["renamed everything"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_dask_engine_without_its_extra_fails_before_any_work_E052(base, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dask[distributed] were not installed
    with pytest.raises(ConfigError, match="E052"):
        run([base / "corpus"], tmp_path / "out", engine="dask")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("change, code", [({"code": "other"}, "E057"), ({}, None)])
def test_dask_workers_must_run_the_same_code_and_model(change, code):
    from pipeline.engines import dask as dask_engine

    class Client:  # answers client.run(identity, model) like a cluster of one worker
        def run(self, fn, model):
            return {"tcp://10.0.0.2:4000": {**fn(model), **change}}

    if code is None:
        dask_engine._check_workers(Client(), DEFAULTS)
    else:
        with pytest.raises(ConfigError, match=code):
            dask_engine._check_workers(Client(), DEFAULTS)


def test_a_second_run_on_the_same_folder_is_refused_E058(work):
    with output_lock(work / "out"):  # as if another run were writing to out/
        command = [sys.executable, "-m", "pipeline", "run", "corpus", "-o", "out", "--no-progress"]
        result = subprocess.run(command, capture_output=True, text=True, cwd=work)
    assert result.returncode == 2 and "[E058]" in result.stderr
    assert run(["corpus"], "out").ok  # free again afterwards


def test_a_batch_that_fails_in_spacy_is_retried_one_by_one_and_nothing_is_repeated(monkeypatch):
    """Articles done before the failure keep their records; only the article that breaks spaCy fails."""
    import pipeline.work

    real = pipeline.work.annotate

    def breaks_on_bad(articles, nlp, **kwargs):
        for doc, article, start in real(articles, nlp, **kwargs):
            if article.doc_id == "bad":
                raise RuntimeError("spaCy broke")
            yield doc, article, start

    monkeypatch.setattr(pipeline.work, "annotate", breaks_on_bad)
    articles = [small_article(d, f"Ann met Bob in Paris, story {d}.") for d in ("a", "bad", "c", "d")]
    outcomes = [(a.doc_id, record is not None, failure and failure.stage)
                for a, record, failure in analyze_articles(articles, check_settings(batch_size=4))]
    assert outcomes == [("a", True, None), ("bad", False, "annotate"), ("c", True, None), ("d", True, None)]
