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


# -- issue 13: per-unit prices, changes and ranges, more forms -------------------------------------------
def _found(text):
    return [(text[p.start : p.end], p.per) for p in find(text)]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Copper fetched $9,100 a tonne on Monday.", [("$9,100", "tonne")]),
        ("The inn charges €180 per night in August.", [("€180", "night")]),
        ("Diesel hit 1.92 euros/litre.", [("1.92 euros", "litre")]),
        ("She quit a $22-an-hour job.", [("$22", "hour")]),
        ("He signed a £2 million-a-year deal.", [("£2 million", "year")]),
        ("Members pay $40 monthly.", [("$40", "month")]),
        ("The board declared 35 cents per share.", [("35 cents", "share")]),
        ("Net income per share fell to $3.10.", [("$3.10", "share")]),
        ("Power costs 12 cents per kilowatt-hour.", [("12 cents", "kilowatt-hour")]),
        ("Plots cost ₹4,000 per square foot.", [("₹4,000", "square foot")]),
        ("It charges $2 per annum.", [("$2", "year")]),
        ("Farmers sold wheat at $6 a bushel in Kansas.", [("$6", "bushel")]),
        ("They sold for $30 apiece.", [("$30", "each")]),
        ("Families earning under $60,000 a year would qualify.", [("under $60,000", "year")]),
        # no per-unit price: a comparison, a noun phrase of its own, a percentage
        ("Sales were $5 million a year earlier.", [("$5 million", None)]),
        ("Profit hit $4bn a record high.", [("$4bn", None)]),
        ("It raised $2 million a few days later.", [("$2 million", None)]),
        ("He paid $3 million a month ago.", [("$3 million", None)]),
        ("Returns were $5 per cent higher.", [("$5", None)]),
    ],
)
def test_per_unit_prices_keep_the_unit_out_of_the_span(text, expected):
    assert _found(text) == expected


def _roles(text):
    return [(text[p.start : p.end], str(p.amount), str(p.amount_high), p.role) for p in find(text)]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gold climbed a further $8 to $2,010.", [("$8", "8", "None", "change"), ("$2,010", "2010", "None", "level")]),
        ("Rents fell by £50 to £950.", [("£50", "50", "None", "change"), ("£950", "950", "None", "level")]),
        ("Tickets cost from $30 to $45.", [("from $30 to $45", "30", "45", None)]),
        ("Salaries ranging from $40,000 to $60,000.", [("from $40,000 to $60,000", "40000", "60000", None)]),
        ("The fee went from $30 to $45.", [("$30", "30", "None", "level"), ("$45", "45", "None", "level")]),
        ("It increased its loan with the fund from €5 billion to €9 billion.",
         [("€5 billion", "5000000000", "None", "level"), ("€9 billion", "9000000000", "None", "level")]),
        ("The carmaker lost $2 billion.", [("$2 billion", "2000000000", "None", None)]),
        ("Shares were up 30 cents.", [("30 cents", "0.30", "None", "change")]),
        ("Bids of $5-$7 a share came in.", [("$5-$7", "5", "7", None)]),
        # the level a change closed at
        ("The stock ended down 12 cents at $8.40.", [("12 cents", "0.12", "None", "change"),
                                                     ("$8.40", "8.40", "None", "level")]),
        ("Bids of $9 came in at noon.", [("$9", "9", "None", None)]),
        # a subunit written once belongs to both ends of the range
        ("Brokers see a dividend of 30 to 35 cents.", [("30 to 35 cents", "0.30", "0.35", None)]),
        ("A loaf costs 80-90 pence now.", [("80-90 pence", "0.80", "0.90", None)]),
        ("Fares of between 40 and 70 cents apply.", [("between 40 and 70 cents", "0.40", "0.70", None)]),
    ],
)
def test_a_change_and_a_level_are_two_amounts_a_range_needs_range_syntax(text, expected):
    assert _roles(text) == expected


@pytest.mark.issue(13)
def test_a_change_takes_the_currency_of_its_level():
    [change, level] = find("The Australian dollar gained a cent to 68.40 U.S. cents.")
    assert change.unit.codes == ("USD",) and level.unit.codes == ("USD",)
    # an ambiguous level narrows the change to the readings both can have, the level's default first
    [change, level] = find("Coffee futures rose 3 cents to $1.42 a pound.")
    assert change.unit.codes[0] == "USD" and "EUR" not in change.unit.codes and "CAD" in change.unit.codes
    [change, level] = find("Shares finished up 6 cents at NZ$3.10.")
    assert change.unit.codes == ("NZD",) and level.role == "level"


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("1 500 000 euros", "1500000", "EUR"),
        ("CHF 2'400", "2400", "CHF"),
        ("$7¾", "7.75", "USD"),
        ("$14 5/8", "14.625", "USD"),
        ("a quarter of a billion dollars", "250000000", "USD"),
        ("two-quarters of a million euros", "500000", "EUR"),
        ("half a penny", "0.005", "GBP"),
        ("up by a euro", "1", "EUR"),
        ("Swiss francs 3 million", "3000000", "CHF"),
        ("rupees 2,500 crore", "25000000000", "INR"),
        ("Nigerian naira 40 billion", "40000000000", "NGN"),
        ("Usd 40 million", "40000000", "USD"),
        ("Sh350 million", "350000000", "KES"),
        ("SDR 300 million", "300000000", "XDR"),
        ("7 quadrillion rials", "7000000000000000", "IRR"),
    ],
)
def test_more_forms(text, amount, currency):
    m = normalize(text)
    assert m is not None, text
    assert (m.amount, m.currency) == (D(amount), currency)


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text",
    [
        "the euro 1.2% higher",
        "They won 30,000 votes",
        "dollars 5",
        "a dollar store",
        "a multimillion-euro contract",
        "In 2019 400 workers left.",
        "It employs 3 000 people.",
        "The Ron 5000 series was launched.",
    ],
)
def test_not_money_either(text):
    assert normalize(text) is None


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text, currency",
    [
        ("Dh3 billion", "AED"),
        ("SR 750 million", "SAR"),
        ("QR 2bn", "QAR"),
        ("KD 40 million", "KWD"),
        ("LE 12 billion", "EGP"),
        ("Tk 200 crore", "BDT"),
        ("Php 8 billion", "PHP"),
        ("TL 30 billion", "TRY"),
        ("GH¢ 2 million", "GHS"),
    ],
)
def test_letter_symbols_of_regional_news(text, currency):
    assert normalize(text).currency == currency
