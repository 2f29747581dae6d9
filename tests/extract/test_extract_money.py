"""Money extractor: grammar spans over the text, spaCy MONEY additions, parse-aware qualifiers.

Docs are built by hand on ``spacy.blank("en")``; only the last test needs the trained pipeline.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from pipeline.extractors.money import money as extract_money
from pipeline.records import Article

from helpers import parsed


def _article(text: str) -> Article:
    return Article(doc_id="t", source="test", text=text)


def _spans(doc):
    return [
        (m.text, m.label, doc.text[m.start : m.end] == m.text) for m in extract_money(doc, _article(doc.text))
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Boeing won a US$ 40 billion deal.", ["US$ 40 billion"]),
        ("Sales were USD34.6 million, up from RUB 1.2 trillion.", ["USD34.6 million", "RUB 1.2 trillion"]),
        (
            "Gazprom paid 5 billion roubles and 420 million Finnish markka.",
            ["5 billion roubles", "420 million Finnish markka"],
        ),
        ("He gave two million dollars to charity.", ["two million dollars"]),
        ("It costs $5-6 million to build.", ["$5-6 million"]),
        (
            "They will pay between $12 million and $20 million for it.",
            ["between $12 million and $20 million"],
        ),
        ("Shares rose 5 percent in 2009 to 1,100 points.", []),
    ],
)
def test_extract_finds_grammar_amounts_without_ner(nlp_blank, text, expected):
    doc = nlp_blank(text)
    assert [t for t, _, _ in _spans(doc)] == expected
    assert all(label == "MONEY" and same for _, label, same in _spans(doc))


def test_extract_adds_spacy_money_the_grammar_cannot_read(make_doc):
    words = ["They", "want", "200", "million", "per", "jet", "."]
    doc = make_doc(words, ents=["O", "O", "B-MONEY", "I-MONEY", "O", "O", "O"])
    mentions = extract_money(doc, _article(doc.text))
    assert [(m.text, m.features["source"]) for m in mentions] == [("200 million", "spacy")]


def test_extract_keeps_out_spacy_money_the_grammar_refuses_in_context(make_doc):
    words = ["The", "yen", "traded", "at", "92.27", "yen", "to", "the", "dollar", "."]
    doc = make_doc(words, ents=["O", "O", "O", "O", "B-MONEY", "I-MONEY", "O", "O", "O", "O"])
    assert extract_money(doc, _article(doc.text)) == []


def test_extract_does_not_duplicate_spacy_and_grammar_spans(make_doc):
    words = ["It", "cost", "about", "$", "5", "million", "."]
    spaces = [True, True, True, False, True, False, False]
    doc = make_doc(words, spaces=spaces, ents=["O", "O", "B-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "O"])
    assert [m.text for m in extract_money(doc, _article(doc.text))] == ["about $5 million"]


@pytest.mark.parametrize(
    "dep, expected",
    [
        ("prep", "$5 million"),  # "a dispute over $5 million": over heads the amount
        ("quantmod", "over $5 million"),  # "losses of over $5 million": over modifies it
    ],
)
def test_extract_drops_a_qualifier_that_is_a_preposition(make_doc, dep, expected):
    words = ["a", "dispute", "over", "$", "5", "million"]
    spaces = [True, True, True, False, True, False]
    heads = [1, 1, 1 if dep == "prep" else 5, 5, 5, 2 if dep == "prep" else 1]
    deps = ["det", "ROOT", dep, "quantmod", "compound", "pobj" if dep == "prep" else "nmod"]
    doc = make_doc(words, spaces=spaces, heads=heads, deps=deps)
    assert [m.text for m in extract_money(doc, _article(doc.text))] == [expected]


def _ellipsis_doc(make_doc, last_dep):
    words = ["US$", "5", "billion", "on", "top", "of", "the", "four", "billion", "it", "got", "."]
    spaces = [False, True, True, True, True, True, True, True, True, True, False, False]
    heads = [2, 2, 10, 10, 3, 4, 8, 8, 5, 10, 10, 10]
    deps = [
        "quantmod",
        "compound",
        "dobj",
        "prep",
        "pobj",
        "prep",
        "det",
        "compound",
        last_dep,
        "nsubj",
        "ROOT",
        "punct",
    ]
    ents = ["B-MONEY", "I-MONEY", "I-MONEY", "O", "O", "O", "O", "B-CARDINAL", "I-CARDINAL", "O", "O", "O"]
    return make_doc(words, spaces=spaces, heads=heads, deps=deps, ents=ents)


def test_extract_elliptical_amount_after_money(make_doc):
    doc = _ellipsis_doc(make_doc, "pobj")
    mentions = extract_money(doc, _article(doc.text))
    assert [(m.text, m.features["source"]) for m in mentions] == [
        ("US$5 billion", "grammar"),
        ("four billion", "ellipsis"),
    ]


def test_extract_counted_number_is_not_money(make_doc):
    doc = _ellipsis_doc(make_doc, "nummod")
    assert [m.text for m in extract_money(doc, _article(doc.text))] == ["US$5 billion"]


def test_extract_sentence_index(make_doc):
    words = ["Paid", "$", "5", ".", "Then", "€", "6", "."]
    spaces = [True, False, False, True, True, False, False, False]
    doc = make_doc(words, spaces=spaces, sent_starts=[True, False, False, False, True, False, False, False])
    assert [(m.text, m.sentence) for m in extract_money(doc, _article(doc.text))] == [("$5", 0), ("€6", 1)]


@pytest.mark.model
def test_seed_article_money(seed_path):
    from pipeline.run import extract

    record = extract(seed_path)
    got = sorted((Decimal(m["amount"]), m["currency"]) for m in record["money"])
    assert got == sorted(
        [
            (Decimal("77900000"), "USD"),
            (Decimal("34000000"), "USD"),
            (Decimal("32000000"), "USD"),
            (Decimal("1900000"), "USD"),
        ]
    )
    assert all(m["currency_source"] == "symbol" and not m["currency_assumed"] for m in record["money"])
    assert [m["id"] for m in record["money"]] == ["m1", "m2", "m3", "m4"]


@pytest.mark.parametrize(
    "text",
    [
        "Boeing won a US$ 40 billion deal.",
        "They will pay between $12 million and $20 million for it.",
        "The bill came to about $3.2 million, or nearly 5 billion roubles.",
        "Exports rose $2 to $80 a barrel.",
    ],
)
def test_grammar_mentions_carry_the_reading_of_their_text(nlp_blank, text):
    """Parse once: the extractor's reading is the one the normalizer would make of the mention's text."""
    from pipeline.normalize.money import parse

    mentions = extract_money(nlp_blank(text), _article(text))
    # what only the words around say (a per-unit phrase, a change word) is not in the mention's text
    context_free = {"per": None, "role": None, "per_end": None}
    assert mentions and all(replace(m.parse, **context_free) == replace(parse(m.text), **context_free)
                            for m in mentions)


def test_the_normalizer_reads_no_text_it_was_handed_a_reading_of(nlp_blank, monkeypatch):
    import importlib

    normalizer = importlib.import_module("pipeline.normalize.money")
    text = "It paid about $3.2 million."
    mentions = extract_money(nlp_blank(text), _article(text))
    monkeypatch.setattr(normalizer, "parse", lambda *args, **kwargs: pytest.fail("read again"))
    [amount] = normalizer.money(mentions, _article(text))
    assert (amount.text, amount.amount, amount.currency, amount.mod) == ("about $3.2 million", Decimal("3200000"),
                                                                         "USD", "APPROX")


EACH_FOR = """
The the DET DT det 1
bank bank NOUN NN nsubj 2
offered offer VERB VBD ROOT 2
900 900 NUM CD nummod 4
crowns crown NOUN NNS dobj 2
each each DET DT advmod 2
for for ADP IN prep 2
the the DET DT det 9
remaining remain VERB VBG amod 9
bonds bond NOUN NNS pobj 6
. . PUNCT . punct 2
"""

EACH_SUBJECT = """
Nurses nurse NOUN NNS nsubj 2
will will AUX MD aux 2
get get VERB VB ROOT 2
$ $ SYM $ nmod 4
300 300 NUM CD dobj 2
each each DET DT advmod 2
. . PUNCT . punct 2
"""

EACH_OBJECT = """
They they PRON PRP nsubj 1
bought buy VERB VBD ROOT 1
500 500 NUM CD nummod 3
tickets ticket NOUN NNS dobj 1
at at ADP IN prep 1
$ $ SYM $ nmod 6
20 20 NUM CD pobj 4
apiece apiece ADV RB advmod 1
. . PUNCT . punct 1
"""


@pytest.mark.issue(13)
@pytest.mark.parametrize("rows, unit", [(EACH_FOR, "bond"), (EACH_SUBJECT, "nurse"), (EACH_OBJECT, "ticket")])
def test_each_is_the_noun_the_parse_says(make_doc, rows, unit):
    doc = parsed(make_doc, rows)
    [m] = [m for m in extract_money(doc, _article(doc.text)) if m.parse.per == "each"]
    assert m.features["per"] == unit
