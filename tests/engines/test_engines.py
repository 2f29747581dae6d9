"""The engines' registry and chunks: unknown engines and missing extras fail before any work."""

from __future__ import annotations

import sys

import pytest

from pipeline import run
from pipeline.engines import chunks, get
from pipeline.errors import ConfigError

from helpers import PARAGRAPH, small_article


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
def test_bad_engine_options_fail_before_any_work(tmp_path, kwargs, code):
    (tmp_path / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    with pytest.raises(ConfigError, match=code):
        run([tmp_path / "a.txt"], tmp_path / "out", **kwargs)
    assert not (tmp_path / "out").exists()


def test_unknown_engine_name_lists_the_engines():
    with pytest.raises(ConfigError, match="local, dask"):
        get("ray")


def test_dask_engine_without_its_extra_fails_before_any_work_E052(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dask[distributed] were not installed
    with pytest.raises(ConfigError, match="E052"):
        run([tmp_path / "a.txt"], tmp_path / "out", engine="dask")
    assert not (tmp_path / "out").exists()
