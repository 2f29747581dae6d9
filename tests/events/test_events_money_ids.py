"""Events point to their amounts by id (issue 13): ``money_ids`` beside ``money``, and events.csv ``money_id``."""

from __future__ import annotations

from decimal import Decimal

from pipeline import events
from pipeline.extractors.sentences import sentences
from pipeline.records import Article, MoneyAmount, Record, TimeExpression
from pipeline.write import record_to_dict, rows

from helpers import parsed

ROWS = """
In in ADP IN prep 3
2016 2016 NUM CD pobj 0
exports export NOUN NNS nsubj 3
reached reach VERB VBD ROOT 3
€ € SYM $ nmod 5
40 40 NUM CD dobj 3
million million NUM CD nummod 5
and and CCONJ CC cc 5
imports import NOUN NNS conj 3
€ € SYM $ nmod 10
12 12 NUM CD dobj 3
million million NUM CD nummod 10
. . PUNCT . punct 3
"""


def _amount(text: str, phrase: str, ident: str) -> MoneyAmount:
    start = text.index(phrase)
    return MoneyAmount(phrase, start, start + len(phrase), Decimal(1), "EUR", id=ident, currency_source="symbol")


def test_an_event_lists_the_ids_of_its_amounts_in_the_order_of_their_texts(make_doc):
    doc = parsed(make_doc, ROWS)
    text = doc.text
    article = Article(doc_id="d", source="d", text=text)
    cash = [_amount(text, "€ 12 million", "m2"), _amount(text, "€ 40 million", "m1")]
    year = TimeExpression("2016", text.index("2016"), text.index("2016") + 4, "DATE", "2016", "2016-01-01",
                          "2016-12-31", "year")
    # exports reached ...: the exports, and their reaching, which carries the amounts
    [event] = [e for e in events.build(article, sentences(doc), [year], money=cash) if e.trigger == "reach"]
    assert event.money == ("€ 40 million", "€ 12 million")
    assert event.money_ids == ("m1", "m2")
    record = record_to_dict(Record(article=article, model={}, money=tuple(cash), events=(event,)))
    assert record["events"][0]["money_ids"] == ["m1", "m2"]
    [row] = rows(record)["events"]
    assert row["money_id"] == ["d:m1", "d:m2"]  # written "d:m1; d:m2", the money_id of money.csv
    assert [r["money_id"] for r in rows(record)["money"]] == ["d:m1", "d:m2"]
