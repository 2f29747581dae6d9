"""Ingest, finding and reading the inputs: unreadable files, missing paths."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.errors import ConfigError, IngestError
from pipeline.ingest import iter_articles, read_bytes


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
