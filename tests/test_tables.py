"""Every table in pipeline/data parses, is sorted and has no duplicates (see STYLE.md, C)."""

from __future__ import annotations

import json

import pytest

from pipeline import tables

# Files that are documents, not lookup tables: their order is meaningful.
NOT_TABLES = {"record.schema.json"}


@pytest.mark.parametrize("name", tables.data_files())
def test_table_parses(name):
    if name.endswith(".json"):
        assert tables.load_json(name) is not None
    else:
        assert tables.load_lines(name)


@pytest.mark.parametrize("name", [n for n in tables.data_files() if n not in NOT_TABLES])
def test_table_is_sorted_without_duplicates(name):
    text = tables.read_text(name)
    if name.endswith(".json"):
        pairs = json.loads(text, object_pairs_hook=lambda kv: kv)

        def check(node, top: bool):
            """Keys unique everywhere; the top-level map (the table's index) also sorted."""
            if isinstance(node, list) and node and all(isinstance(p, tuple) for p in node):
                keys = [k for k, _ in node]
                assert len(keys) == len(set(keys)), f"{name}: duplicate keys"
                if top:
                    assert keys == sorted(keys, key=str.casefold) or keys == sorted(keys), f"{name}: keys not sorted"
                for _, value in node:
                    check(value, False)
            elif isinstance(node, list):
                for item in node:
                    check(item, False)

        check(pairs, True)
    else:
        items = tables.load_lines(name)
        assert list(items) == sorted(items, key=str.casefold) or list(items) == sorted(items), f"{name}: not sorted"


def test_missing_table_is_a_coded_error():
    from pipeline.errors import TableError

    with pytest.raises(TableError, match="E301"):
        tables.load_json("no_such_table.json")
