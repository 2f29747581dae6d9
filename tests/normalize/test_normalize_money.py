"""Money normalizer: every form news uses -> (amount, ISO 4217 currency), no spaCy needed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.normalize.money import money, normalize, parse, render
from pipeline.records import Article, Mention

D = Decimal
ROOT = Path(__file__).resolve().parent.parent

# fmt: off
FORMS = [
    # text,                                  amount,          currency, assumed (without any context)
    ("$77.9 million",                        "77900000",      "USD", False),
    ("US$ 40 billion",                       "40000000000",   "USD", False),
    ("US$40 billion",                        "40000000000",   "USD", False),
    ("U.S. $5 million",                      "5000000",       "USD", False),
    ("$1.2bn",                               "1200000000",    "USD", False),
    ("€3.5 mln",                             "3500000",       "EUR", False),
    ("£20.1 billion",                        "20100000000",   "GBP", False),
    ("GB£20.1 billion",                      "20100000000",   "GBP", False),
    ("GBP 27 million",                       "27000000",      "GBP", False),
    ("USD34.6 million",                      "34600000",      "USD", False),
    ("USD 1,234.56",                         "1234.56",       "USD", False),
    ("RUB 1.2 trillion",                     "1200000000000", "RUB", False),
    ("5 billion rubles",                     "5000000000",    "RUB", True),
    ("5 billion roubles",                    "5000000000",    "RUB", True),
    ("10 billion Russian roubles",           "10000000000",   "RUB", False),
    ("¥500",                                 "500",           "JPY", False),
    ("420 million Finnish markka",           "420000000",     "FIM", False),
    ("3 million Deutschmarks",               "3000000",       "DEM", False),
    ("250 million Dutch guilders",           "250000000",     "NLG", False),
    ("528 million French francs",            "528000000",     "FRF", False),
    ("10,000 Swiss francs",                  "10000",         "CHF", False),
    ("C$16.4 million",                       "16400000",      "CAD", False),
    ("c $ 16.4 million",                     "16400000",      "CAD", False),
    ("CA$1 billion",                         "1000000000",    "CAD", False),
    ("HK$10 billion",                        "10000000000",   "HKD", False),
    ("hk $ 10.05 billion",                   "10050000000",   "HKD", False),
    ("A$2.5 million",                        "2500000",       "AUD", False),
    ("AU$52.5 million",                      "52500000",      "AUD", False),
    ("NZ$300",                               "300",           "NZD", False),
    ("S$1.75 billion",                       "1750000000",    "SGD", False),
    ("SGD1.75-billion",                      "1750000000",    "SGD", False),
    ("R$ 4 billion",                         "4000000000",    "BRL", False),
    ("50 cents",                             "0.50",          "USD", False),
    ("12-cent",                              "0.12",          "USD", False),
    ("470 pence",                            "4.70",          "GBP", False),
    ("50p",                                  "0.50",          "GBP", False),
    ("one penny",                            "0.01",          "GBP", True),
    ("99 kopecks",                           "0.99",          "RUB", False),
    ("$94,000",                              "94000",         "USD", False),
    ("$ 94,000",                             "94000",         "USD", False),
    ("$10000",                               "10000",         "USD", False),
    ("$0.67",                                "0.67",          "USD", False),
    ("$.50",                                 "0.50",          "USD", False),
    ("two million dollars",                  "2000000",       "USD", False),
    ("five million yen",                     "5000000",       "JPY", False),
    ("thirteen dollars and forty-five cents", "13.45",        "USD", False),
    ("thirteen dollars forty five",          "13.45",         "USD", False),
    ("3 dollars 50 cents",                   "3.50",          "USD", False),
    ("10 $ 30 cent",                         "10.30",         "USD", False),
    ("a dozen dollars",                      "12",            "USD", False),
    ("half a million dollars",               "500000",        "USD", False),
    ("two and a half billion euros",         "2500000000",    "EUR", False),
    ("one hundred and twenty five dollars",  "125",           "USD", False),
    ("one-yen",                              "1",             "JPY", False),
    ("five-million-dollar",                  "5000000",       "USD", False),
    ("$1.5-billion",                         "1500000000",    "USD", False),
    ("$300k",                                "300000",        "USD", False),
    ("£3.5m",                                "3500000",       "GBP", False),
    ("Rs 500 crore",                         "5000000000",    "INR", True),
    ("Rs. 5 lakh",                           "500000",        "INR", True),
    ("₹2,000 crore",                         "20000000000",   "INR", False),
    ("100元",                                "100",           "CNY", False),
    ("9.9 billion yuan",                     "9900000000",    "CNY", False),
    ("40 rmb",                               "40",            "CNY", False),
    ("RMB 40",                               "40",            "CNY", False),
    ("100 chinese yuan",                     "100",           "CNY", False),
    ("10 us dollar",                         "10",            "USD", False),
    ("125 million australian dollars",       "125000000",     "AUD", False),
    ("100 ₡",                                "100",           "CRC", False),
    ("100₾",                                 "100",           "GEL", False),
    ("100,000 ₭",                            "100000",        "LAK", False),
    ("10 €",                                 "10",            "EUR", False),
    ("€2 million",                           "2000000",       "EUR", False),
    ("323 million euros",                    "323000000",     "EUR", False),
    ("EUR 3,5 million",                      "3500000",       "EUR", False),
    ("5 million Czech crowns",               "5000000",       "CZK", False),
    ("NIS 5 million",                        "5000000",       "ILS", False),
    ("R500",                                 "500",           "ZAR", False),
    ("RM5 million",                          "5000000",       "MYR", False),
    ("DM5m",                                 "5000000",       "DEM", False),
    ("USD$23 billion dollar",                "23000000000",   "USD", False),
    ("$9.99 US dollars",                     "9.99",          "USD", False),
    ("$249 USD",                             "249",           "USD", False),
    ("$100 Canadian.",                       "100",           "CAD", False),
    ("700 billion USD",                      "700000000000",  "USD", False),
    ("5 million TRY",                        "5000000",       "TRY", False),
    ("1,015 francs",                         "1015",          None,  False),
    ("20 billion pesos",                     "20000000000",   None,  False),
    ("10 bucks",                             "10",            "USD", False),
    ("20 usd",                               "20",            "USD", False),
    ("rmb 10",                               "10",            "CNY", False),
    ("35 lakh rupees",                       "3500000",       "INR", True),
    ("12,34,567.89 rupees",                  "1234567.89",    "INR", True),
    ("half million usd",                     "500000",        "USD", False),
    ("a quarter million us dollars",         "250000",        "USD", False),
    ("three quarters billion us dollars",    "750000000",     "USD", False),
    ("250 million guilders",                 "250000000",     "NLG", True),
    ("5 billion escudos",                    "5000000000",    "PTE", True),
    ("1 Cent",                               "0.01",          "USD", False),
    ("78.25 cents per pound",                "0.7825",        "USD", False),
    ("50 US cents",                          "0.50",          "USD", False),
    ("45 Australian cents",                  "0.45",          "AUD", False),
    ("20 euro cents",                        "0.20",          "EUR", False),
    ("₹1.2 lakh crore",                      "1200000000000", "INR", False),
    ("twenty one dollars",                   "21",            "USD", False),
    ("one million two hundred thousand dollars", "1200000",   "USD", False),
    ("two thousand and five dollars",        "2005",          "USD", False),
    ("two dozen dollars",                    "24",            "USD", False),
]
# fmt: on


@pytest.mark.parametrize("text, amount, currency, assumed", FORMS)
def test_normalize_forms(text, amount, currency, assumed):
    m = normalize(text)
    assert m is not None, text
    assert (m.amount, m.currency, m.currency_assumed) == (D(amount), currency, assumed)


@pytest.mark.parametrize(
    "text, low, high, currency",
    [
        ("$5-6 million", "5000000", "6000000", "USD"),
        ("$5 to $6 million", "5000000", "6000000", "USD"),
        ("between $12 million and $20 million", "12000000", "20000000", "USD"),
        ("about US$16 million to $28 million", "16000000", "28000000", "USD"),
        ("$500,000 to $1 million", "500000", "1000000", "USD"),
        ("5-6 billion rubles", "5000000000", "6000000000", "RUB"),
        ("US$3,000 to 5,000", "3000", "5000", "USD"),
        ("€10–12 million", "10000000", "12000000", "EUR"),
        ("range from €50 to €500", "50", "500", "EUR"),
    ],
)
def test_normalize_ranges(text, low, high, currency):
    m = normalize(text)
    assert (m.amount, m.amount_high, m.currency) == (D(low), D(high), currency)
    assert m.text == text.removeprefix("range ")


@pytest.mark.parametrize(
    "text, mod, approximate, span",
    [
        ("about $3 million", "APPROX", True, "about $3 million"),
        ("around $9.99", "APPROX", True, "around $9.99"),
        ("nearly US$36 billion", "APPROX", True, "nearly US$36 billion"),
        ("approx. €5 million", "APPROX", True, "approx. €5 million"),
        ("more than $10 million", "MORE_THAN", False, "more than $10 million"),
        ("over $6.7 billion", "MORE_THAN", False, "over $6.7 billion"),
        ("less than $80", "LESS_THAN", False, "less than $80"),
        ("up to CA$7.5 billion", "EQUAL_OR_LESS", False, "up to CA$7.5 billion"),
        ("at least £1m", "EQUAL_OR_MORE", False, "at least £1m"),
        ("$3 million", None, False, "$3 million"),
    ],
)
def test_normalize_qualifiers(text, mod, approximate, span):
    m = normalize(text)
    assert (m.mod, m.approximate, m.text) == (mod, approximate, span)


@pytest.mark.parametrize(
    "text, currency",
    [
        ("billions of dollars", "USD"),
        ("hundreds of millions of dollars", "USD"),
        ("several million euros", "EUR"),
        ("a few hundred million US dollars", "USD"),
    ],
)
def test_normalize_vague_amounts(text, currency):
    m = normalize(text)
    assert (m.amount, m.currency, m.approximate) == (None, currency, True)


@pytest.mark.parametrize(
    "text",
    [
        "5 percent",
        "56.2%",
        "in 2009",
        "the 70th anniversary",
        "24 days",
        "40",
        "1,100 dealerships",
        "the Dow crossed the 10,000 mark",
        "above the 5000 marks",
        "Ke$ha",
        "$AAPL",
        "A$AP Rocky",
        "A380",
        "TOP 10",
        "COP 26",
        "PHP 5",
        "5 pounds of flour",
        "a 200-pound man",
        "in 2009 dollars",
        "92.27 yen to the dollar",
        "$1.35 against the euro",
        "two Afghani soldiers",
        "the real reasons",
        "Airbus has won a contract",
        "R 500",
        "Rapper 50 Cent",
        "rub it in 5 times",
        "1.30 dollars against the pound",
        "5 m",
        "dollar",
        "the euro rose",
        "",
        "   ",
        "$",
        "5 DM",
        "multibillion-dollar",
        "a multimillion-pound deal",
        "The party won 12 million votes",
        "Euro 2024",
        "a dollar store",
        "a pound of sugar",
    ],
)
def test_not_money(text):
    assert normalize(text) is None


@pytest.mark.parametrize(
    "text, span",
    [
        ("one one one dollars", "one dollars"),
        ("twenty thirty dollars", "thirty dollars"),
        ("includes a $20,000 cash payment", "$20,000"),
        ("A $5 million grant", "$5 million"),
        ("the Government's $700 billion bail out", "$700 billion"),
        ("the cost is $4.25 and 32 is the quantity", "$4.25"),
        ("sold for $0.67 a share", "$0.67"),
        ("could run into a few hundred million US dollars.", "a few hundred million US dollars"),
        ("a 12-cent-a-share dividend", "12-cent"),
    ],
)
def test_normalize_span(text, span):
    m = normalize(text)
    assert (m.text, text[m.start : m.end]) == (span, span)


def test_normalize_bare_amount_needs_a_currency():
    assert normalize("four billion") is None
    m = normalize("four billion", currency="USD")
    assert (m.amount, m.currency, m.currency_assumed) == (D(4_000_000_000), "USD", True)


def test_normalize_mention_keeps_offsets():
    m = normalize(Mention("$1.9 million", "MONEY", 100, 112, 3))
    assert (m.start, m.end, m.sentence, m.amount) == (100, 112, 3, D(1_900_000))


ARTICLE = Article(doc_id="t", source="test", text="")


def _mentions(*items):
    return [Mention(text, "MONEY", start, start + len(text), sentence) for text, start, sentence in items]


def test_money_bare_amount_borrows_currency_from_the_amount_before():
    out = money(_mentions(("US$5 billion", 10, 2), ("four billion", 50, 2)), ARTICLE)
    assert [(m.amount, m.currency, m.currency_assumed) for m in out] == [
        (D(5_000_000_000), "USD", False),
        (D(4_000_000_000), "USD", True),
    ]


def test_money_bare_amount_without_currency_is_dropped():
    assert money(_mentions(("200 million", 10, 4)), ARTICLE) == []
    assert money(_mentions(("€5", 0, 0), ("200 million", 10, 4)), ARTICLE)[1:] == []


def test_money_bare_word_takes_the_last_explicit_currency():
    out = money(_mentions(("5 million Swiss francs", 0, 0), ("3 million francs", 40, 5)), ARTICLE)
    assert [(m.currency, m.currency_assumed) for m in out] == [("CHF", False), ("CHF", True)]
    out = money(_mentions(("A$1.2 billion", 0, 0), ("45 cents", 20, 0)), ARTICLE)
    assert [(m.currency, m.currency_assumed) for m in out] == [("AUD", False), ("AUD", True)]


def test_money_bare_dollar_sign_stays_usd():
    out = money(_mentions(("C$5 million", 0, 0), ("$3.8 million", 13, 0)), ARTICLE)
    assert [(m.currency, m.currency_source, m.currency_assumed) for m in out] == [
        ("CAD", "symbol", False), ("USD", "symbol", False)]


def test_money_skips_overlapping_and_unreadable_mentions():
    out = money(_mentions(("$5 million", 0, 0), ("5 million", 1, 0), ("n/a", 20, 0)), ARTICLE)
    assert [m.text for m in out] == ["$5 million"]


@pytest.mark.parametrize(
    "style, expected",
    [
        ("code", "USD 1,234.5"),
        ("code_after", "1,234.5 USD"),
        ("symbol", "US$1,234.5"),
        ("name", "1,234.5 us dollar"),
    ],
)
def test_render(style, expected):
    assert render(D("1234.5"), "USD", style=style) == expected


def test_parse_returns_none_for_non_strings():
    assert parse(None) is None  # type: ignore[arg-type]
    assert parse("") is None


# -- tables --------------------------------------------------------------------------------------------
