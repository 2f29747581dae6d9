"""The set-up cannot drift: the venv is built from the lock alone, exactly as the Makefile builds it.

A lock that misses a package (or an extra one package asks of another, like weasel's ``smart-open[http]``)
made pip resolve afresh and install whatever the index held that day (issue 9). These tests catch that in
CI, not on a user's machine.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _check_lock():
    spec = importlib.util.spec_from_file_location("check_lock", ROOT / "scripts" / "check_lock.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_makefile_installs_without_resolving():
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [line for line in recipe.splitlines() if "pip install" in line]
    assert installs, "the Makefile installs nothing?"
    for line in installs:
        assert "--no-deps" in line, f"resolves dependencies: {line.strip()}"
    assert "pip check" in recipe and "scripts/check_lock.py requirements.lock" in recipe


def test_every_lock_line_is_pinned_and_hashed():
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    blocks = re.findall(r"(?m)^(\S+) \\\n((?:    --hash=sha256:[0-9a-f]{64}(?: \\)?\n)+)", text)
    names = [line for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    assert len(blocks) == len(names) > 50
    for name, _ in blocks:
        assert re.fullmatch(r"[A-Za-z0-9._-]+==[^\s\[\]]+", name), f"not an exact pin without extras: {name}"


def test_installed_environment_is_the_lock():
    """This very venv holds exactly the lock, and the lock is closed under extras (scripts/check_lock.py)."""
    check = _check_lock()
    dists = check.installed()
    pins = check.read_lock(str(ROOT / "requirements.lock"))
    assert check.problems(pins, dists, roots=[("factbox", frozenset({"test", "dask", "dev"}))]) == []


def test_check_lock_finds_a_missing_extra_dependency():
    """Without `requests`, weasel's smart-open[http] is not met: pip check alone would not say so."""
    check = _check_lock()
    dists = check.installed()
    dists.pop("requests")
    found = check.problems({}, dists, roots=[("weasel", frozenset())])
    assert any("smart-open" in line and "requests" in line and "[E903]" in line for line in found), found


def test_check_lock_finds_a_version_off_the_pin():
    check = _check_lock()
    found = check.problems({"spacy": "0.0.1"}, check.installed(), roots=[])
    assert found and "[E902]" in found[0]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_throwaway_venv_builds_from_the_lock(tmp_path):
    """`make install` into a new venv, exactly as a fresh clone does, then load the model offline."""
    venv = tmp_path / "venv"
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("VIRTUAL_ENV", None)
    done = subprocess.run(["make", "-C", str(ROOT), "install", f"VENV={venv}", f"PY={sys.executable}"],
                          capture_output=True, text=True, env=env, timeout=1200)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert "lock closed" in done.stdout
    probe = "from pipeline.annotate import load_nlp; print(load_nlp().meta['name'])"
    loaded = subprocess.run([str(venv / "bin" / "python"), "-c", probe], capture_output=True, text=True,
                            env={**env, "HF_HUB_OFFLINE": "1"}, cwd=tmp_path, timeout=300)
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert loaded.stdout.strip().startswith("core_web_sm")
