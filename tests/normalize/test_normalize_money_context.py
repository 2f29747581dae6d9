"""Money in its article (issue 13): the currency from the dateline, places and date; currency_source and
currency_assumed; ids, conversions, per-unit prices from the parse; the decimal comma. No spaCy: mentions
come from the money grammar, places and dates are made by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.lang.money import find
from pipeline.normalize.money import money
from pipeline.records import Article, Dateline, EntityMention, Mention, Place, TimeExpression

D = Decimal


def article(text: str, *, dateline: str | None = None, published: str | None = None) -> Article:
    """``text`` as a wire story: with a dateline, ``PLACE (Reuters) - `` before it."""
    if dateline is None:
        return Article(doc_id="t", source="t", text=text, published=published)
    head = f"{dateline} (Reuters) - "
    line = Dateline(start=0, end=len(head), place=dateline.title(), place_start=0, place_end=len(dateline))
    return Article(doc_id="t", source="t", text=head + text, published=published, dateline=line,
                   body_start=len(head))


def places(text: str, *named: tuple[str, str]) -> list[Place]:
    """Places of the record: ``(name as written, ISO country code)``, every mention of the name."""
    out = []
    for name, code in named:
        starts, at = [], text.find(name)
        while at >= 0:
            starts.append(at)
            at = text.find(name, at + 1)
        out.append(Place(name, kind="city", country_code=code,
                         mentions=tuple(EntityMention(s, s + len(name), name) for s in starts)))
    return out


def mentions(text: str) -> list[Mention]:
    sentence_starts = [0] + [i + 2 for i, c in enumerate(text) if text[i : i + 2] == ". "]
    return [Mention(text[p.start : p.end], "MONEY", p.start, p.end,
                    sum(s <= p.start for s in sentence_starts) - 1, parse=p.alone(p.start)) for p in find(text)]


def amounts(a: Article, *, named=(), dates=()):
    return money(mentions(a.text), a, places=places(a.text, *named), dates=dates)


def currencies(a: Article, **kw):
    return [(m.currency, m.currency_source) for m in amounts(a, **kw)]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text, dateline, published, named, expected",
    [
        # a franc is the franc of the dateline's country, at the date
        ("The insurer lost 900 million francs.", "ZURICH", None, [("Zurich", "CH")], "CHF"),
        ("The bank lost 900 million francs.", "PARIS", "1993-04-02", [("Paris", "FR")], "FRF"),
        ("The bank lost 900 million francs.", "PARIS", "2016-04-02", [("Paris", "FR")], "FRF"),  # nearest in time
        ("Its profit was 3 billion francs.", "BRUSSELS", "1996-05-01", [("Brussels", "BE")], "BEF"),
        ("Its profit was 3 billion francs.", "LUXEMBOURG", "1998-05-01", [("Luxembourg", "LU")], "LUF"),
        ("A sack of millet costs 9,000 CFA francs.", "BAMAKO", "2020-01-01", [("Bamako", "ML")], "XOF"),
        ("A sack of millet costs 9,000 CFA francs.", "LIBREVILLE", "2020-01-01", [("Libreville", "GA")], "XAF"),
        # the places the story names, when there is no dateline
        ("Colombia's treasury sold 2 trillion pesos of bonds.", None, None, [("Colombia", "CO")], "COP"),
        ("Norway's fund earned 400 billion crowns.", None, None, [("Norway", "NO")], "NOK"),
        ("The Senegalese ministry will spend 50 billion CFA francs.", None, None, [], "XOF"),
        # lira: Italy's, or Turkey's before and after the 2005 redenomination
        ("The club paid 9 billion lire.", "MILAN", "1998-01-05", [("Milan", "IT")], "ITL"),
        ("The club paid 9 billion lira.", "ANKARA", "2001-01-05", [("Ankara", "TR")], "TRL"),
        ("The club paid 9 million lira.", "ANKARA", "2012-01-05", [("Ankara", "TR")], "TRY"),
        ("The state printed 9 trillion roubles.", "MOSCOW", "1996-03-03", [("Moscow", "RU")], "RUR"),
        ("Rents rose to 900 pounds a month.", "DUBLIN", "1997-09-09", [("Dublin", "IE")], "IEP"),
        ("A worker earns Rs 30,000 a month.", "LAHORE", None, [("Lahore", "PK")], "PKR"),
        ("The treasury raised 4 trillion shillings.", "DAR ES SALAAM", None, [("Dar Es Salaam", "TZ")], "TZS"),
    ],
)
def test_an_ambiguous_name_takes_the_country_of_the_article(text, dateline, published, named, expected):
    a = article(text, dateline=dateline, published=published)
    [m] = amounts(a, named=named)
    assert (m.currency, m.currency_source, m.currency_assumed) == (expected, "context", True)


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "published, expected",
    [("1991-02-11", ("USD", "name")), ("2009-02-11", ("EUR", "context"))],
)
def test_a_place_never_points_to_a_currency_it_did_not_use_yet(published, expected):
    """Cents in a story from Paris are euro cents only once the euro exists there; before, no clue reads them."""
    a = article("Stamps will cost 60 cents more.", dateline="PARIS", published=published)
    assert currencies(a, named=[("Paris", "FR")]) == [expected]


@pytest.mark.issue(13)
def test_a_change_to_a_dollar_level_is_in_dollars_in_a_story_from_europe():
    a = article("The stock slid a further 40 cents to $11.75 in late trading.", dateline="BRUSSELS",
                published="1990-10-01")
    got = amounts(a, named=[("Brussels", "BE")])
    assert [(m.text, m.currency, m.role) for m in got] == [("40 cents", "USD", "change"), ("$11.75", "USD", "level")]


@pytest.mark.issue(13)
def test_the_date_of_the_sentence_dates_the_currency():
    text = "The loan, 5 quadrillion lira in 2003, is repaid. It costs 2 billion lira now."
    a = article(text, dateline="ISTANBUL", published="2015-06-01")
    at = a.text.index("2003")
    in_2003 = TimeExpression("2003", at, at + 4, "DATE", "2003", "2003-01-01", "2003-12-31", "year", sentence=0)
    assert [m.currency for m in amounts(a, named=[("Istanbul", "TR")], dates=[in_2003])] == ["TRL", "TRY"]


@pytest.mark.issue(13)
def test_the_same_name_reads_the_same_way_throughout_the_article():
    text = ("The Swiss group sold its stake for 2 billion francs. A French rival had offered 1.8 billion francs. "
            "Geneva officials said the 2 billion francs would fund pensions.")
    a = article(text, dateline="GENEVA", published="2019-01-01")
    got = amounts(a, named=[("Geneva", "CH")])
    assert [m.currency for m in got] == ["CHF", "CHF", "CHF"]


@pytest.mark.issue(13)
def test_the_last_currency_named_explicitly_reads_the_bare_name_after_it():
    text = "The fine of 20 million Swiss francs was cut. The 5 million francs left go to charity."
    assert currencies(article(text, dateline="PARIS", published="1990-01-01"), named=[("Paris", "FR")]) == [
        ("CHF", "name"), ("CHF", "context")]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text, dateline, named, expected",
    [
        ("The council will spend $600 million on buses.", "WELLINGTON", [("Wellington", "NZ")], [("NZD", "context")]),
        ("The council will spend $600 million on buses.", "AUCKLAND", [("Auckland", "NZ")], [("NZD", "context")]),
        # wire style: the local dollar marked, so the bare $ is the US dollar
        ("It earned $600 million and its local arm NZ$90 million.", "WELLINGTON", [("Wellington", "NZ")],
         [("USD", "symbol"), ("NZD", "symbol")]),
        # a bare $ is no peso, and places named in the story do not change it
        ("Investors bought $3 billion of bonds.", "BUENOS AIRES", [("Buenos Aires", "AR")], [("USD", "symbol")]),
        ("Canada's miners invested $3 billion.", None, [("Canada", "CA")], [("USD", "symbol")]),
        ("Exports reached ¥900 billion.", "SHANGHAI", [("Shanghai", "CN")], [("CNY", "context")]),
        ("Exports reached ¥900 billion.", "OSAKA", [("Osaka", "JP")], [("JPY", "symbol")]),
        # the word "dollars" reads the places too
        ("Queensland will spend 5 billion dollars.", None, [("Queensland", "AU")], [("AUD", "context")]),
        ("Ohio will spend 5 billion dollars.", None, [("Ohio", "US")], [("USD", "name")]),
    ],
)
def test_dollars_and_the_bare_dollar_sign(text, dateline, named, expected):
    assert currencies(article(text, dateline=dateline), named=named) == expected


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("It paid €40 million.", [("EUR", "symbol", False)]),
        ("It paid USD 40 million.", [("USD", "code", False)]),
        ("It paid 40 million euros.", [("EUR", "name", False)]),
        ("It paid $40 million.", [("USD", "symbol", False)]),
        ("It paid 40 million dollars; tips were 30 cents.", [("USD", "name", False), ("USD", "name", False)]),
        ("It paid Rs 40 crore.", [("INR", "default", True)]),
        ("It paid 40 million kroner.", [("NOK", "default", True)]),
        ("The vase sold for 40,000 francs.", [(None, None, False)]),
        ("The vase sold for 40,000 pesos.", [(None, None, False)]),
    ],
)
def test_currency_source_and_currency_assumed(text, expected):
    got = amounts(article(text))
    assert [(m.currency, m.currency_source, m.currency_assumed) for m in got] == expected


@pytest.mark.issue(13)
def test_a_word_that_is_money_only_in_context():
    assert amounts(article("The team won 12 crowns and scored 30 marks.")) == []
    [m] = amounts(article("The utility will invest 20 billion crowns."))  # money, of a currency no one says
    assert (m.amount, m.currency, m.currency_source) == (D(20_000_000_000), None, None)
    [m] = amounts(article("The state raised 12 billion marks.", dateline="BONN", published="1992-02-02"),
                  named=[("Bonn", "DE")])
    assert (m.currency, m.amount) == ("DEM", D(12_000_000_000))
    [m] = amounts(article("Nokia earned 3 billion marks.", dateline="HELSINKI", published="1997-02-02"),
                  named=[("Helsinki", "FI")])
    assert m.currency == "FIM"


@pytest.mark.issue(13)
def test_ids_and_conversions():
    text = ("It paid 2 billion kronor ($190 million, €175 million) and 5 billion kronor more. "
            "The unit is worth 40 billion yen, or about $270 million, and the fine was 3,000 euros, roughly $3,300. "
            "It lost $381 million, or $0.67 a share, and bids were $20 or $30.")
    got = amounts(article(text))
    by_text = {m.text: m for m in got}
    assert [m.id for m in got] == [f"m{i}" for i in range(1, len(got) + 1)]
    assert by_text["$190 million"].equivalent_of == by_text["2 billion kronor"].id
    assert by_text["€175 million"].equivalent_of == by_text["2 billion kronor"].id
    assert by_text["5 billion kronor"].equivalent_of is None
    assert by_text["about $270 million"].equivalent_of == by_text["40 billion yen"].id
    assert by_text["roughly $3,300"].equivalent_of == by_text["3,000 euros"].id
    assert by_text["$0.67"].equivalent_of is None and by_text["$0.67"].per == "share"
    assert by_text["$30"].equivalent_of is None


@pytest.mark.issue(13)
def test_each_takes_the_unit_the_extractor_read_in_the_parse():
    text = "Drivers will get 500 pesos each."
    a = article(text, dateline="MANILA")
    [found] = find(a.text)
    mention = Mention(a.text[found.start : found.end], "MONEY", found.start, found.end, 0,
                      features={"per": "driver"}, parse=found.alone(found.start))
    [m] = money([mention], a, places=places(a.text, ("Manila", "PH")))
    assert (m.currency, m.per) == ("PHP", "driver")
    [m] = money([Mention(mention.text, "MONEY", mention.start, mention.end, 0, parse=found.alone(found.start))], a)
    assert m.per == "each"  # no parse: "each" as written


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text, dateline, expected",
    [
        ("The monthly rent is 2.750 euros.", "MADRID", D(2750)),
        ("The ticket costs 1.250 pounds.", "LONDON", D("1.25")),
        ("The euro fell to $1.085.", "MADRID", D("1.085")),
        ("The fee is 2.75 euros.", "MADRID", D("2.75")),
    ],
)
def test_a_dot_groups_thousands_only_where_a_decimal_comma_is_written(text, dateline, expected):
    country = {"MADRID": "ES", "LONDON": "GB"}[dateline]
    [m] = amounts(article(text, dateline=dateline), named=[(dateline.title(), country)])
    assert m.amount == expected
