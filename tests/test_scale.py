"""Parallel runs, dying workers, interrupted runs and streaming: nothing lost, nothing duplicated.

A worker is killed on purpose by wrapping the engine's task (``kill_once``/``kill_always``), or from the
outside with SIGKILL while a run is going on; a run is interrupted by sending SIGINT, SIGTERM or SIGKILL to
a ``factbox run`` process. The corpus comes from ``test_run.make_corpus``.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from test_run import column, make_corpus, outputs

from pipeline import run
from pipeline.cache import STORE
from pipeline.config import check_settings
from pipeline.engines import local as local_engine
from pipeline.ingest import iter_articles
from pipeline.work import analyze_chunk

pytestmark = pytest.mark.model

SETTINGS = check_settings(batch_size=4)  # small chunks: many of them in flight


def kill_once(articles, settings, *, victim: str, flag: Path):
    """The engine task, except that the worker process dies the first time it meets ``victim``."""
    if any(a.doc_id == victim for a in articles) and not flag.exists():
        flag.touch()
        os._exit(1)
    return analyze_chunk(articles, settings)


def kill_always(articles, settings, *, victim: str):
    """The engine task, except that ``victim`` kills its worker process every time."""
    if any(a.doc_id == victim for a in articles):
        os._exit(1)
    return analyze_chunk(articles, settings)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(folder, 30)
    return folder


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> dict:
    """Records and outputs of the corpus analysed in this process."""
    out = tmp_path_factory.mktemp("single")
    assert run([corpus], out, settings=SETTINGS).ok
    articles = list(iter_articles([corpus]))
    records = {doc_id: record for doc_id, record, _ in local_engine.analyze_locally(articles, SETTINGS)}
    return {"out": out, "records": records, "articles": articles}


def test_two_workers_write_the_same_bytes_as_one(corpus, single, tmp_path):
    summary = run([corpus], tmp_path / "out", settings=SETTINGS, workers=2)
    assert summary.ok and summary.processed == 30
    assert outputs(tmp_path / "out") == outputs(single["out"])


def test_worker_killed_once_loses_and_duplicates_nothing(single, tmp_path):
    task = functools.partial(kill_once, victim="a0013", flag=tmp_path / "killed")
    outcomes = list(local_engine.analyze_locally(single["articles"], SETTINGS, workers=2, task=task))
    assert (tmp_path / "killed").exists()  # a worker did die
    # each article exactly once, with the record a single process makes
    assert Counter(doc_id for doc_id, _, _ in outcomes) == Counter(single["records"].keys())
    assert all(failure is None for _, _, failure in outcomes)
    assert {doc_id: record for doc_id, record, _ in outcomes} == single["records"]


def test_article_that_always_kills_its_worker_is_reported_E202(single):
    task = functools.partial(kill_always, victim="a0007")
    outcomes = list(local_engine.analyze_locally(single["articles"], SETTINGS, workers=2, task=task))
    assert Counter(doc_id for doc_id, _, _ in outcomes) == Counter(single["records"].keys())
    failed = {doc_id: failure for doc_id, _, failure in outcomes if failure is not None}
    assert list(failed) == ["a0007"] and failed["a0007"].code == "E202"
    others = {d: r for d, r in single["records"].items() if d != "a0007"}
    assert {d: r for d, r, f in outcomes if f is None} == others


def test_worker_killed_from_outside_during_a_run(corpus, single, tmp_path):
    """SIGKILL to a pool worker midway: the run finishes, with every article once and the same bytes."""
    psutil = pytest.importorskip("psutil")  # installed with the dask extra

    out = tmp_path / "out"
    killed = []

    def killer():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            stored = len(list((out / STORE / "records").glob("*/*.json"))) if out.exists() else 0
            children = psutil.Process().children()
            if stored >= 4 and children:
                os.kill(children[-1].pid, signal.SIGKILL)
                killed.append(stored)
            time.sleep(0.01)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    summary = run([corpus], out, settings=SETTINGS, workers=2)
    thread.join()
    assert killed and killed[0] < 30, "the worker was not killed midway"
    assert summary.ok and summary.articles == 30
    assert Counter(column(out, "documents")) == Counter(column(single["out"], "documents"))
    assert outputs(out) == outputs(single["out"])


def signal_handlers(articles, settings):
    """A task that reports how the worker handles SIGINT and SIGTERM."""
    return [(a.doc_id, {"int": str(signal.getsignal(signal.SIGINT)), "term": str(signal.getsignal(signal.SIGTERM))},
             None) for a in articles]


def test_pool_workers_die_on_sigterm_even_inside_a_run(single):
    """A forked worker must not inherit the run's SIGTERM-to-KeyboardInterrupt handler: the pool delivers a
    KeyboardInterrupt raised in a task as its result, so such a worker survives the terminate() of a broken
    pool and the pool hangs (seen in `make bench --kill-worker` on 2,400 articles)."""
    from pipeline.guards import sigterm_as_interrupt

    with sigterm_as_interrupt():
        outcomes = list(local_engine.analyze_locally(single["articles"][:2], SETTINGS, workers=2, task=signal_handlers))
    assert {record["term"] for _, record, _ in outcomes} == {str(signal.SIG_DFL)}
    assert {record["int"] for _, record, _ in outcomes} == {str(signal.SIG_IGN)}


@pytest.mark.parametrize("workers", [1, 2])
def test_articles_stream_through_the_engine(single, workers):
    """The engine pulls only what it has in flight: memory does not grow with the corpus."""
    pulled = 0
    ahead = []

    def source():
        nonlocal pulled
        for article in single["articles"]:
            pulled += 1
            yield article

    done = 0
    for _ in local_engine.analyze_locally(source(), SETTINGS, workers=workers):
        done += 1
        ahead.append(pulled - done)
    in_flight = SETTINGS.batch_size * (2 * workers + 1)
    assert done == 30 and max(ahead) <= in_flight


# ------------------------------------------------------------------------------------- interrupted runs
def start_run(cwd: Path) -> subprocess.Popen:
    """``factbox run corpus -o out`` in ``cwd``, in small batches so records are stored as it goes."""
    command = [sys.executable, "-m", "pipeline", "run", "corpus", "-o", "out", "--batch-size", "2",
               "--no-progress"]
    return subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stored(out: Path) -> int:
    return len(list((out / STORE / "records").glob("*/*.json"))) if (out / STORE).exists() else 0


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


# ------------------------------------------------------------------------- the indexed attribute ruler
TRICKY = [
    "I ain't gonna let's go. There's a cat, and there are two. They gotta do it.",
    "Gimme  the   thing, y'all!\n\n It's 5 o'clock; we'd've gone. 'Tis true.\tDone .",
    "Shares of Toyota rose 4 percent to $12.50 on Monday, analysts said in Tokyo.",
]


def stock_pipeline():
    import spacy

    from pipeline.annotate import _add_tokenizer_rules
    from pipeline.config import DEFAULTS

    nlp = spacy.load(DEFAULTS.model)
    _add_tokenizer_rules(nlp)
    return nlp


def test_indexed_attribute_ruler_gives_spacys_annotations(nlp):
    """Same tags, POS, morphology, lemmas, dependencies and entities as the stock attribute_ruler."""
    from test_run import article_text

    texts = [*TRICKY, *(article_text(i) for i in range(20))]
    stock = stock_pipeline()
    fields = ("tag_", "pos_", "morph", "lemma_", "dep_", "head", "ent_type_", "ent_iob_")
    for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert [[str(getattr(t, f)) for f in fields] for t in ours] == \
               [[str(getattr(t, f)) for f in fields] for t in theirs]


# fmt: off
RULES = [
    ([[{"TAG": "NN"}]], {"POS": "NOUN"}),
    ([[{"LOWER": "ai", "TAG": {"IN": ["VBP", "VBZ"]}}]], {"LEMMA": "be"}),
    ([[{"TAG": {"NOT_IN": ["NN", "DT"]}}]], {"MORPH": "Foo=Bar"}),
    ([[{"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "not"}),
    ([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"}),
    ([[{"IS_SPACE": True}]], {"POS": "SPACE"}),
    ([[{"DEP": "nsubj", "LOWER": {"IN": ["it", "there"]}}]], {"POS": "PRON"}),
    ([[{"TAG": "NN"}]], {"POS": "PROPN"}),  # a later rule wins over an earlier one
]
# fmt: on


@pytest.mark.parametrize("words, tags, deps", [
    (["the", "dog", "ai", "n't", "gon", "na", "run"], ["DT", "NN", "VBP", "RB", "VBG", "TO", "VB"],
     ["det", "nsubj", "aux", "neg", "aux", "aux", "ROOT"]),
    (["It", "rains", " ", "there"], ["PRP", "VBZ", "_SP", "EX"], ["nsubj", "ROOT", "dep", "nsubj"]),
])
def test_indexed_attribute_ruler_finds_the_matchers_matches(nlp_blank, words, tags, deps):
    from spacy.tokens import Doc

    from pipeline.annotate import index_attribute_rules

    stock = nlp_blank.add_pipe("attribute_ruler", name="stock_ruler")
    indexed = nlp_blank.add_pipe("attribute_ruler", name="indexed_ruler")
    try:
        for patterns, attrs in RULES:
            stock.add(patterns, attrs)
            indexed.add(patterns, attrs)
        index_attribute_rules(indexed)
        heads = list(range(len(words)))
        doc = Doc(nlp_blank.vocab, words=words, tags=tags, deps=deps, heads=heads)
        assert indexed.match(doc) == sorted(set(stock.match(doc)))
        indexed.add([[{"LOWER": "dog"}]], {"LEMMA": "hound"})  # added later: indexed again
        stock.add([[{"LOWER": "dog"}]], {"LEMMA": "hound"})
        assert indexed.match(doc) == sorted(set(stock.match(doc)))
    finally:
        nlp_blank.remove_pipe("stock_ruler")
        nlp_blank.remove_pipe("indexed_ruler")


@pytest.mark.slow
@pytest.mark.issue(9)
def test_issue9_kill_9_with_workers_leaves_no_orphans_and_the_rerun_finishes(tmp_path):
    """``kill -9`` of a ``--workers 2`` run: its workers die with it and hold no lock, so running the same
    command again finishes, with every article exactly once."""
    import psutil

    make_corpus(tmp_path / "corpus", 40)
    command = [sys.executable, "-m", "pipeline", "run", "corpus", "-o", "out", "--workers", "2",
               "--batch-size", "2", "--no-progress"]
    # no pipes: orphaned workers would keep them open
    proc = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list = []
    try:
        deadline = time.monotonic() + 180
        while stored(tmp_path / "out") < 4 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        workers = psutil.Process(proc.pid).children(recursive=True)
        assert workers, "no worker processes"
        proc.kill()
        proc.wait(timeout=60)
        _, alive = psutil.wait_procs(workers, timeout=15)
        assert not alive, f"workers outlived their parent: {[p.pid for p in alive]}"
        done_before = stored(tmp_path / "out")
        assert 0 < done_before < 40

        rerun = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=600)
        assert rerun.returncode == 0, rerun.stderr
        ids = column(tmp_path / "out", "documents")
        assert sorted(ids) == [f"a{i:04d}" for i in range(40)]  # each article exactly once
        assert f"({40 - done_before} processed, {done_before} unchanged)" in rerun.stderr
    finally:
        for worker in workers:  # never leave an orphan behind, whatever failed above
            try:
                worker.kill()
            except psutil.Error:
                pass
