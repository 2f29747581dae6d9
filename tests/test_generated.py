"""Generated tables say what they are: each file of pipeline/data/generated is written by one generator in
scripts/, and one test runs every generator's ``--check`` (the committed file is what it would write now,
from the locked packages or, for the world map, the pinned download)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from pipeline import tables

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def generators() -> dict[str, object]:
    """The scripts that write a table (through ``tables.path``), loaded as modules, by script name."""
    found = {}
    for path in sorted(SCRIPTS.glob("*.py")):
        if "tables.path(" not in path.read_text(encoding="utf-8"):
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found[path.name] = module
    return found


def test_every_generated_table_has_one_generator():
    made = sorted(module.OUT for module in generators().values())
    assert made == [name for name in tables.data_files() if name.startswith(f"{tables.GENERATED}/")]


def test_every_generator_check_passes(capsys):
    failed = [name for name, module in generators().items() if module.main(["--check"]) != 0]
    assert failed == [], capsys.readouterr().out
