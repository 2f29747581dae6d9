"""The JSON Schema of a record (``pipeline/data/record.schema.json``) and the offset check behind it.

``problems(record)`` lists everything wrong with a record dict: schema violations and any mention whose
``text`` is not ``record["text"][start:end]``. An empty list means the record is valid.
"""

from __future__ import annotations

import functools
from typing import Any, Iterator, Mapping

from . import tables


@functools.cache
def validator():
    from jsonschema import Draft202012Validator

    schema = tables.load_json("record.schema.json")
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _spans(record: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for kind in ("people", "places", "organizations"):
        for i, entity in enumerate(record.get(kind, ())):
            for j, m in enumerate(entity.get("mentions", ())):
                yield f"{kind}[{i}].mentions[{j}]", m
    for kind in ("money", "dates"):
        for i, item in enumerate(record.get(kind, ())):
            yield f"{kind}[{i}]", item
    for i, event in enumerate(record.get("events", ())):
        yield f"events[{i}]", {"start": event["start"], "end": event["end"], "text": event["sentence"]}


def problems(record: Mapping[str, Any]) -> list[str]:
    """Schema violations and offset mismatches of one record dict (empty when valid)."""
    found = [f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}"
             for e in sorted(validator().iter_errors(record), key=lambda e: list(map(str, e.absolute_path)))]
    if found:
        return found
    text = record["text"]
    for where, span in _spans(record):
        start, end = span["start"], span["end"]
        if not (0 <= start <= end <= len(text)) or text[start:end] != span["text"]:
            found.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {span['text']!r}")
    return found
