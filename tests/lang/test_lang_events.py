"""The event vocabulary of the base layer: trigger lookup, event nouns, the documented types, coded table errors."""

from __future__ import annotations

import json

import pytest

from pipeline import tables
from pipeline.errors import TableError
from pipeline.lang import events as vocabulary


@pytest.mark.parametrize(
    "lemma, pos, text, expected",
    [
        ("talk", "noun", "talks", "consult"),
        ("visit", "verb", "", "consult"),
        ("state", "verb", "", "statement"),
        ("state", "noun", "state", None),
        ("sign", "verb", "", "diplomatic cooperation"),
        ("establish", "verb", "", None),
        ("relation", "noun", "relations", "diplomatic cooperation"),
    ],
)
def test_trigger_lookup(lemma, pos, text, expected):
    assert vocabulary.lookup(lemma, pos=pos, text=text) == expected


def test_unknown_triggers_are_other():
    assert vocabulary.event_type("frobnicate") == vocabulary.event_type(None) == "other"


def test_a_small_table_can_be_injected():
    assert vocabulary.event_type("parley", table={"parley": "talks"}) == "talks"
    assert vocabulary.is_event_noun("parley", table={"parley": "talks"})
    assert not vocabulary.is_event_noun("document")


def test_every_trigger_type_is_documented():
    triggers = tables.load_json("events_triggers.json")
    assert set(triggers.values()) <= set(vocabulary.types())
    for name in ("events_triggers.json", "events_types.json"):
        table = tables.load_json(name)
        assert list(table) == sorted(table), name


def test_a_bad_trigger_table_is_a_coded_error(monkeypatch):
    monkeypatch.setattr(tables, "load_json", lambda name: {"meet": "rendezvous"} if "triggers" in name
                        else json.loads('{"other": "anything"}'))
    vocabulary.triggers.cache_clear()
    vocabulary.types.cache_clear()
    try:
        with pytest.raises(TableError, match="E301"):
            vocabulary.triggers()
    finally:
        vocabulary.triggers.cache_clear()
        vocabulary.types.cache_clear()
