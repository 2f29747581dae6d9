"""Ingest, finding and reading the inputs: unreadable files, missing paths."""

from __future__ import annotations

import pytest

from pipeline.errors import ConfigError
from pipeline.ingest import iter_articles


def test_iter_articles_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Some text here.", encoding="utf-8")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pipeline.ingest.files.open", deny, raising=False)  # root reads any file: deny by hand
    [failure] = list(iter_articles([path]))
    assert failure.code == "E103" and "Permission denied" in failure.message


def test_iter_articles_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(ConfigError, match="E005"):
        list(iter_articles([tmp_path / "nope"]))
