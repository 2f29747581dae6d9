"""Golden regression tests on the seed article (pytest-regressions).

After an intended improvement: ``pytest tests/test_golden.py --force-regen``, then review the diff.
"""

from __future__ import annotations

import pytest

from pipeline.write import COLUMNS, rows, to_csv
from pipeline.write.identities import EntityIndex

pytestmark = pytest.mark.model


def test_seed_record(seed_record, data_regression):
    record = {k: v for k, v in seed_record.items() if k != "text"}  # the text is pinned by its sha256
    data_regression.check(record)


def test_seed_csv_rows(seed_record, file_regression):
    index = EntityIndex()
    index.add(seed_record)
    tables = {**rows(seed_record, index), "entities": list(index.rows())}
    text = "".join(f"# {name}.csv\n{to_csv(name, tables[name])}\n" for name in COLUMNS if name != "errors")
    file_regression.check(text, extension=".csv")
