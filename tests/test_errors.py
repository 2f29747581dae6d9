"""Every message in pipeline/errors.py: coded as named, used by the code, written nowhere else, in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.errors import Errors

ROOT = Path(__file__).resolve().parent.parent
CODES = sorted(name for name in vars(Errors) if re.fullmatch(r"[EW]\d{3}", name))
SOURCES = {path: path.read_text(encoding="utf-8") for path in (ROOT / "pipeline").rglob("*.py")
           if path.name != "errors.py"}


@pytest.mark.parametrize("code", CODES)
def test_message_starts_with_its_code(code):
    assert getattr(Errors, code).startswith(f"[{code}] ")


@pytest.mark.parametrize("code", CODES)
def test_every_code_is_used(code):
    assert any(f"Errors.{code}" in text for text in SOURCES.values()), f"{code} is never raised or recorded"


def test_no_coded_message_is_written_outside_errors_py():
    inline = [f"{path.relative_to(ROOT)}: {m.group()}" for path, text in SOURCES.items()
              for m in re.finditer(r"""["']\[[EW]\d{3}\]""", text)]
    assert inline == []


def test_the_readme_table_names_every_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Errors and warnings", 1)[1].split("\n## ", 1)[0]
    listed = set()
    for cell in re.findall(r"^\| ([EW][\d–, EW]+) \|", section, flags=re.M):
        for part in cell.split(","):
            first, _, last = part.strip().partition("–")
            prefix, start = first[0], int(first[1:])
            end = int(last[1:]) if last else start
            listed |= {f"{prefix}{n:03d}" for n in range(start, end + 1)}
    assert listed == set(CODES)
