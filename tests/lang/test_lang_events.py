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


@pytest.mark.parametrize("kind, code", [
    ("statement", "01"), ("appeal", "02"), ("consult", "04"), ("assault", "18"), ("mass violence", "20"),
    ("earnings", "E1"), ("market", "E3"), ("disaster", "H1"), ("accident", "H2"), ("election", "P1"),
    ("other", None),
])
def test_types_carry_cameo_root_codes_and_the_documented_codes(kind, code):
    assert vocabulary.type_code(kind) == code


def test_every_cameo_root_code_is_a_type():
    codes = {vocabulary.type_code(k) for k in vocabulary.types()}
    assert {f"{n:02d}" for n in range(1, 21)} <= codes


@pytest.mark.parametrize("noun, kind", [
    ("shooting", "assault"), ("signing", "diplomatic cooperation"), ("deployment", "force posture"),
    ("negotiation", "consult"), ("kidnapping", "assault"), ("shipping", "sales"),
])
def test_a_noun_derived_from_an_event_verb_is_an_event_noun(noun, kind):
    assert vocabulary.is_event_noun(noun)
    assert vocabulary.lookup(noun, pos="noun") == kind


@pytest.mark.parametrize("noun", ["signal", "building", "government", "nation", "thing", "document"])
def test_other_nouns_are_not_event_nouns(noun):
    assert not vocabulary.is_event_noun(noun)


def test_a_listed_pair_wins_over_its_head():
    assert vocabulary.lookup("press conference", pos="noun", text="conference") == "statement"
    assert vocabulary.lookup("conference", pos="noun", text="conference") == "consult"


def test_word_and_verb_classes():
    assert "market" in vocabulary.word_class("shares")
    assert "labor" in vocabulary.word_class("jobs")
    assert "be" in vocabulary.verbs("never_trigger") and "hold" in vocabulary.verbs("light")


@pytest.mark.parametrize("table, name", [
    ({"meet": [{"object": "no such class", "type": "consult"}]}, "events_senses.json"),
    ({"meet": [{"object": "person", "subject": "person", "type": "consult"}]}, "events_senses.json"),
    ({"meet": [{"object": "person", "type": "rendezvous"}]}, "events_senses.json"),
    ({"other": {"code": "21", "description": "x"}}, "events_types.json"),
])
def test_bad_sense_and_type_tables_are_coded_errors(monkeypatch, table, name):
    real = tables.load_json
    monkeypatch.setattr(tables, "load_json", lambda n: table if n == name else real(n))
    for loader in (vocabulary.senses, vocabulary.type_table, vocabulary.types):
        loader.cache_clear()
    try:
        with pytest.raises(TableError, match="E301"):
            vocabulary.senses() if name == "events_senses.json" else vocabulary.type_table()
    finally:
        for loader in (vocabulary.senses, vocabulary.type_table, vocabulary.types):
            loader.cache_clear()


@pytest.mark.parametrize("lemma, lower, expected", [
    ("stag", "staged", "stage"),   # the lemmatizer's cut: "stage" is a light verb of the tables
    ("hop", "hoping", "hope"),
    ("hop", "hopes", "hope"),      # "hopes" tagged VBZ: the same cut
    ("instal", "installed", "install"),  # the British base where the tables have the American one
    ("ax", "axed", "axe"),
    ("stage", "staged", "stage"),  # already right
    ("stag", "stag", "stag"),      # not an inflected form
    ("sing", "singing", "sing"),   # "singe" is not in the tables
])
def test_a_verb_lemma_cut_short_is_repaired_from_the_tables(lemma, lower, expected):
    assert vocabulary.repaired_lemma(lemma, lower) == expected
