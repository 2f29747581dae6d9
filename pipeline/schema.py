"""The JSON Schema of a record (``pipeline/data/record.schema.json``) and the offset check behind it.

``problems(record)`` lists everything wrong with a record dict: schema violations and any mention whose
``text`` is not ``record["text"][start:end]`` (or whose extent does not hold it). An empty list means the
record is valid.
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
    # The same schema with its local references ("#/$defs/...") written out in place: resolving them took
    # two thirds of the validation time, which `factbox report` spends on every record.
    return Draft202012Validator(_inline(schema, schema.get("$defs", {})))


def _inline(node: Any, defs: Mapping[str, Any], seen: tuple[str, ...] = ()) -> Any:
    if isinstance(node, list):
        return [_inline(item, defs, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs and ref[8:] not in seen:
        name = ref[8:]
        target = _inline(defs[name], defs, (*seen, name))
        rest = {k: _inline(v, defs, seen) for k, v in node.items() if k != "$ref"}
        return {**rest, "allOf": [*rest.get("allOf", ()), target]} if rest else target
    return {k: _inline(v, defs, seen) for k, v in node.items()}


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


def is_valid(record: Any) -> bool:
    """Whether ``record`` is a valid record dict (quicker than :func:`problems` when it is)."""
    return isinstance(record, Mapping) and validator().is_valid(record) and not _offset_problems(record)


def problems(record: Mapping[str, Any]) -> list[str]:
    """Schema violations and offset mismatches of one record dict (empty when valid)."""
    found = [f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}"
             for e in sorted(validator().iter_errors(record), key=lambda e: list(map(str, e.absolute_path)))]
    return found or _offset_problems(record)


def _offset_problems(record: Mapping[str, Any]) -> list[str]:
    found = []
    text = record["text"]
    for where, span in _spans(record):
        start, end = span["start"], span["end"]
        if not (0 <= start <= end <= len(text)) or text[start:end] != span["text"]:
            found.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {span['text']!r}")
        extent = (span.get("extent_start"), span.get("extent_end"))
        if extent[0] is not None and not (0 <= extent[0] <= start <= end <= extent[1] <= len(text)):
            found.append(f"{where}: extent {span['extent_start']}:{span['extent_end']} does not hold {start}:{end}")
    return found
