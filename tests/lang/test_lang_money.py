"""The money grammar of the base layer: finding amounts, reading numbers, building and checking the lexicon."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from pipeline import tables
from pipeline.errors import TableError
from pipeline.lang.money import find, lexicon, parse_number
from pipeline.lang.qualifiers import qualifiers
from pipeline.normalize.money import normalize

D = Decimal


@pytest.mark.parametrize(
    "text, expected",
    [
        ("rose from $5 million to $6 million", [("$5 million", None), ("$6 million", None)]),
        ("cut by $200 to $399", [("$200", None), ("$399", None)]),
        ("$199 and $249 respectively", [("$199", None), ("$249", None)]),
        ("$381 million, or $0.67 per share", [("$381 million", None), ("$0.67", None)]),
        ("US$40 billion (GB£20.1 billion)", [("US$40 billion", None), ("GB£20.1 billion", None)]),
        ("$ 20,000.00 $ 37,305.97", [("$ 20,000.00", None), ("$ 37,305.97", None)]),
        ("10 $ 30 $", [("10 $", None), ("30 $", None)]),
        ("Brent rose 50 cents to $85.10 a barrel", [("50 cents", None), ("$85.10", None)]),
        ("Oil rose $2 to $80", [("$2", None), ("$80", None)]),
        ("Shares jumped 20 pence to 310p", [("20 pence", None), ("310p", None)]),
        ("10 rmb 20 usd", [("10 rmb", None), ("20 usd", None)]),
    ],
)
def test_find_keeps_changes_and_lists_apart(text, expected):
    assert [(p_text, None) for p_text in (text[p.start : p.end] for p in find(text))] == expected


@pytest.mark.parametrize(
    "digits, value",
    [
        ("1,234.56", "1234.56"),
        ("1.234.567", "1234567"),
        ("1.234,5", "1234.5"),
        ("3,5", "3.5"),
        ("12,345", "12345"),
        ("0.67", "0.67"),
        (".50", "0.50"),
        ("1,2,3", None),
        ("12,34,567", "1234567"),
        ("12,345,67", None),
        ("1.2.3", None),
    ],
)
def test_parse_number(digits, value):
    assert parse_number(digits) == (D(value) if value else None)


MONEY_TABLES = (
    "generated/currency_names.json",
    "currency_aliases.json",
    "currency_minor_units.json",
    "money_multipliers.json",
    "money_number_words.json",
    "money_change_words.json",
    "money_per_units.json",
)


def _tables():
    """The arguments of ``lexicon.build``: the money tables, with the qualifiers the money grammar reads."""
    parts = [copy.deepcopy(tables.load_json(name)) for name in MONEY_TABLES]
    return [*parts[:5], dict(qualifiers("money")), *parts[5:]]


def test_lexicon_builds_from_shipped_tables():
    lx = lexicon.default_lexicon()
    assert {"USD", "EUR", "GBP", "JPY", "FIM", "DEM", "FRF", "ITL"} <= lx.currencies
    assert lx.symbols["$"].codes[0] == "USD" and not lx.symbols["$"].explicit
    assert lx.names["finnish markka"].codes == ("FIM",)


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda t: t[1]["defaults"].pop("$"), "give its reading"),
        (lambda t: t[1]["sticky_defaults"].__setitem__("$", "zorkmid"), "no name 'zorkmid'"),
        (lambda t: t[1]["defaults"].__setitem__("$", "EUR"), "is not one of"),
        (lambda t: t[1]["defaults"].__setitem__("zorkmid", "USD"), "no table has"),
        (lambda t: t[1]["names"].__setitem__("zorkmids", ["ZZZ"]), "unknown currency codes"),
        (lambda t: t[3]["words"].__setitem__("zillion", "-5"), "not a positive number"),
        (lambda t: t[5].__setitem__("about", "ROUGHLY"), "mods must be"),
    ],
)
def test_lexicon_rejects_bad_tables(edit, message):
    parts = _tables()
    edit(parts)
    with pytest.raises(TableError, match="E301") as info:
        lexicon.build(*parts)
    assert message in str(info.value)


def test_lexicon_can_be_injected():
    parts = _tables()
    parts[1]["defaults"]["$"] = "CAD"
    small = lexicon.build(*parts)
    assert normalize("$5", lexicon=small).currency == "CAD"
    assert normalize("$5").currency == "USD"


@pytest.mark.parametrize("name", MONEY_TABLES)
def test_money_tables_are_sorted_and_documented(name):
    table = tables.load_json(name)
    assert isinstance(table, dict) and ("_doc" in table or "_source" in table)
    for section in table.values():
        if isinstance(section, dict):
            assert list(section) == sorted(section), f"{name}: keys not sorted"
        elif isinstance(section, list):
            assert section == sorted(section) and len(set(section)) == len(section), f"{name}: list not sorted"
