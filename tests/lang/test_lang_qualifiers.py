"""One qualifier table for the date and the money grammar (qualifiers.json)."""

from __future__ import annotations

from pipeline import tables
from pipeline.lang.qualifiers import qualifiers
from pipeline.normalize.money import normalize


def test_one_qualifier_table_for_money_and_durations():
    """Both grammars read qualifiers.json; they differ only where its _doc says they do."""
    money_mods, date_mods = qualifiers("money"), qualifiers("dates")
    differ = {w for w in set(money_mods) & set(date_mods) if money_mods[w] != date_mods[w]}
    assert differ == {"almost", "nearly", "close to"}
    assert all(w in tables.load_json("qualifiers.json")["_doc"] for w in differ)
    assert normalize("almost $5 million").mod == "APPROX"
