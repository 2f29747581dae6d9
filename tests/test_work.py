"""The per-article work: failures that stop one article only, batches retried one by one, long articles
analysed piece by piece."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline import extract, run
from pipeline.cache import STORE, RecordStore
from pipeline.config import check_settings
from pipeline.schema import problems
from pipeline.work import analyze_articles, failure_for

from helpers import PARAGRAPH, long_text, small_article


def test_failure_for_a_plain_exception_is_E201():
    failure = failure_for(small_article(), "analyze", ValueError("boom"))
    assert (failure.code, failure.stage, failure.doc_id) == ("E201", "analyze", "d1")
    assert "ValueError: boom" in failure.message


@pytest.mark.model
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
