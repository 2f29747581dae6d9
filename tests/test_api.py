"""The public Python surface: `from pipeline import extract, run`."""

from __future__ import annotations

import importlib


def test_public_functions_survive_subpackage_imports():
    importlib.import_module("pipeline.extractors")
    importlib.import_module("pipeline.normalize")
    importlib.import_module("pipeline.run")
    import pipeline
    from pipeline import extract, run

    assert callable(extract) and extract.__module__ == "pipeline.run"
    assert callable(run) and run.__module__ == "pipeline.run"
    assert pipeline.__all__ == ["RunSummary", "__version__", "extract", "run"]
