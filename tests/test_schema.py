"""The record JSON Schema: valid itself, and what it rejects."""

from __future__ import annotations

import copy

import pytest

from pipeline.schema import problems, validator


def test_schema_is_a_valid_json_schema():
    assert validator() is not None


@pytest.mark.model
def test_seed_record_is_valid(seed_record):
    assert problems(seed_record) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "path, value, message",
    [
        (("published",), "26 April 2019", "does not match"),
        (("sha256",), "abc", "does not match"),
        (("schema_version",), "0.1", "was expected"),
        (("money", 0, "currency"), "dollars", "does not match"),
        (("dates", 0, "type"), "WHEN", "is not one of"),
        (("people", 0, "mentions", 0, "start"), 0, "mentions[0]: text[0:"),
    ],
)
def test_schema_rejects(seed_record, path, value, message):
    record = copy.deepcopy(seed_record)
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    found = problems(record)
    assert found and message in " ".join(found)


@pytest.mark.model
def test_every_documented_type_code_is_valid(seed_record):
    # the schema admits the code of every type in events_types.json (transport T1, sports S1, life L1...)
    from pipeline.lang.events import type_table

    for name, entry in type_table().items():
        record = copy.deepcopy(seed_record)
        record["events"][0]["type"], record["events"][0]["type_code"] = name, entry["code"]
        assert not [p for p in problems(record) if "type_code" in p], name
