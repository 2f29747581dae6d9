"""The only conftest: shared fixtures and the hypothesis profile.

- ``nlp_blank``: ``spacy.blank("en")`` for hand-built Docs (no trained model needed).
- ``make_doc(words, ents=..., spaces=...)``: a Doc built by hand, entities as IOB tags.
- ``nlp``: the trained pipeline (tests using it are marked ``model``).
- ``seed_path`` / ``seed_text`` / ``seed_record``: the seed article and its extracted record (model).

The tests mirror the package: ``ingest/``, ``lang/``, ``extract/``, ``normalize/``, ``events/``, ``engines/``,
``report/``, ``evaluate/``, ``write/`` (file names are prefixed by their folder, so no ``__init__.py`` is needed), and
``test_<module>.py`` for a top-level module; helpers that are no fixtures are in ``helpers.py`` (and, for the
report's tests only, ``report/report_records.py`` and ``report/report_browser.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, settings
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_5f391cd5317a882c.txt"
SHARED = ROOT.parent / "shared"

settings.register_profile("default", deadline=None, max_examples=200,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", parent=settings.get_profile("default"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.fixture(scope="session")
def nlp_blank():
    return spacy.blank("en")


@pytest.fixture(scope="session")
def make_doc(nlp_blank):
    def make(words, ents=None, spaces=None, **attrs):
        return Doc(nlp_blank.vocab, words=words, spaces=spaces, ents=ents, **attrs)

    return make


@pytest.fixture(scope="session")
def nlp():
    from pipeline.annotate import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record():
    """The seed's record, extracted as `factbox extract corpus/<seed>` run from the project root would."""
    from pipeline import extract

    cwd = Path.cwd()
    os.chdir(ROOT)  # the record's `source` is the path as given: keep it relative, like `make run`
    try:
        return extract(SEED.relative_to(ROOT))
    finally:
        os.chdir(cwd)


def pytest_collection_modifyitems(items):
    for item in items:
        if "seed_record" in getattr(item, "fixturenames", ()) or "nlp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.model)
