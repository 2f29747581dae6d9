"""What keeps an output folder whole: signals held during the commit, one run at a time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from pipeline import run
from pipeline.guards import output_lock, signals_held

from helpers import PARAGRAPH


def test_signals_during_the_commit_are_held_until_it_is_done():
    steps = []
    with pytest.raises(KeyboardInterrupt):
        with signals_held():
            os.kill(os.getpid(), signal.SIGINT)
            steps.append("renamed everything")
    assert steps == ["renamed everything"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


@pytest.mark.model
def test_a_second_run_on_the_same_folder_is_refused_E058(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    (tmp_path / "out").mkdir()
    with output_lock(tmp_path / "out"):  # as if another run were writing to out/
        command = [sys.executable, "-m", "pipeline", "run", "corpus", "-o", "out", "--no-progress"]
        result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2 and "[E058]" in result.stderr
    assert run([tmp_path / "corpus"], tmp_path / "out").ok  # free again afterwards
