"""One JSONL line -> one :class:`Article`: the ``text`` field with ``id``, ``title``, ``url`` (or
``source``) and ``published`` (or ``date``) as metadata, every field checked for its type."""

from __future__ import annotations

import json
from typing import Any, Mapping

from ..config import DEFAULTS
from ..errors import Errors, IngestError
from ..records import Article
from . import build

# A JSON string escape takes no more than 6 bytes per character (\uXXXX), so a line of these many bytes per
# character plus the overhead always holds an article of max_chars characters: reading stops there.
JSON_BYTES_PER_CHAR = 6
JSON_OVERHEAD = 1 << 20  # a JSONL line's other fields (title, url, ...)


def _json_type(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "an array",
            dict: "an object"}.get(type(value), "null")


def _jsonl_id(value: Any, where: str, default: str) -> str:
    """A JSONL ``id`` as the record's doc_id: a string exactly as given, an integer as its decimal string
    (so ``42`` and ``"42"`` are the same id, and the second is a duplicate), missing or empty: ``default``."""
    if value is None or value == "":
        return default
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise IngestError(Errors.E114.format(source=where, field="id", expected="a string or an integer",
                                         got=_json_type(value)))



def read_jsonl_line(
    line: bytes | str,
    *,
    source: str,
    lineno: int,
    default_id: str,
    max_chars: int = DEFAULTS.max_chars,
    day_first: bool = False,
) -> Article:
    """Turn one JSONL line into an Article.

    Raises:
        IngestError: not JSON (E105), JSON but not an object (E112), no ``text`` string (E106), an empty
            ``text`` (E113), a field of the wrong type (E114: ``id``, ``title``, ``url``/``source``), too long
            (E109).
    """
    where = f"{source}:{lineno}"
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise IngestError(Errors.E105.format(source=where, reason=exc)) from exc
    if not isinstance(obj, Mapping):
        raise IngestError(Errors.E112.format(source=where, kind=_json_type(obj)))
    text = obj.get("text")
    if not isinstance(text, str):
        raise IngestError(Errors.E106.format(source=where))
    doc_id = _jsonl_id(obj.get("id"), where, default_id)
    title, url = (_string_field(obj, name, where) for name in ("title", "url"))
    url = url or _string_field(obj, "source", where)
    try:
        return build.make_article(
            text, source=where, doc_id=doc_id, title=title, url=url,
            published=obj.get("published") or obj.get("date") or None, max_chars=max_chars, day_first=day_first,
        )
    except IngestError as exc:
        if exc.code == "E101":  # nothing left of the text: say so of the field, not of "the file"
            raise IngestError(Errors.E113.format(source=where)) from None
        raise


def _string_field(obj: Mapping[str, Any], name: str, where: str) -> str | None:
    """An optional string field of a JSONL line: its value, None when missing, null or empty; E114 when it is
    anything but a string (so every record written passes the record schema)."""
    value = obj.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise IngestError(Errors.E114.format(source=where, field=name, expected="a string", got=_json_type(value)))
    return value

