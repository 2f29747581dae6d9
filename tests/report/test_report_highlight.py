"""The report's highlights: tooltips with the normalized values, one highlight per place in the text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from report_records import TEXT, make_record, record_with, visible_text

from pipeline.report import article_html, spans
from pipeline.report.highlight import KINDS, Span, date_tip, money_tip, place_tip, render


@pytest.mark.parametrize(
    "money, expected",
    [
        ({"amount": 77900000, "currency": "USD"}, "77,900,000 USD"),
        ({"amount": 5000000, "amount_high": 6000000, "currency": "EUR"}, "5,000,000-6,000,000 EUR"),
        ({"amount": 0.67, "currency": "GBP", "approximate": True}, "~0.67 GBP (approximate)"),
        (
            {"amount": 34000000, "currency": "USD", "currency_assumed": True},
            "34,000,000 USD (currency assumed)",
        ),
        ({"amount": None, "currency": "USD"}, "money: not normalized"),
        ({"amount": "not a number", "currency": None}, "money: not normalized"),
        ({"amount": 12, "currency": None}, "12 (no currency)"),
        ({"amount": 2000000, "currency": "USD", "mod": "MORE_THAN"}, "2,000,000 USD (more than)"),
        ({"amount": 2.22, "currency": "USD", "per": "share"}, "2.22 USD (per share)"),
        (
            {"amount": 754400000, "currency": "USD", "equivalent_of": "m1", "currency_assumed": True,
             "currency_source": "context"},
            "754,400,000 USD (converts m1, currency assumed from context)",
        ),
    ],
)
def test_money_tooltip(money, expected):
    assert money_tip(money) == expected


@pytest.mark.parametrize(
    "date, expected",
    [
        (
            {
                "type": "DATE",
                "value": "2019-04-25",
                "start_date": "2019-04-25",
                "end_date": "2019-04-25",
                "precision": "day",
            },
            "DATE 2019-04-25 · day",
        ),
        (
            {
                "type": "DATE",
                "value": "2000-07",
                "start_date": "2000-07-01",
                "end_date": "2000-07-31",
                "precision": "month",
                "anchor": "absolute",
            },
            "DATE 2000-07 · 2000-07-01..2000-07-31 · month · anchor absolute",
        ),
        ({"type": "DURATION", "value": "P24D"}, "DURATION P24D"),
        ({"type": "DATE", "value": None}, "DATE: not resolved"),
        ({}, "DATE: not resolved"),
    ],
)
def test_date_tooltip(date, expected):
    assert date_tip(date) == expected


@pytest.mark.parametrize(
    "place, expected",
    [
        (
            {
                "name": "Vladivostok",
                "kind": "city",
                "country_code": "RU",
                "latitude": 43.10562,
                "longitude": 131.87353,
            },
            "Vladivostok · city · RU · 43.11, 131.87",
        ),
        (
            {"name": "Far East", "kind": None, "country_code": None, "latitude": None, "longitude": None},
            "Far East · no coordinates",
        ),
    ],
)
def test_place_tooltip(place, expected):
    assert place_tip(place) == expected


def test_every_kind_is_highlighted_with_its_normalized_value():
    markup = article_html(make_record())
    marks = {
        text: kind for kind, text in re.findall(r'<mark data-k="(\w+)" title="[^"]*">([^<]+)</mark>', markup)
    }
    assert marks == {
        "Ann Lee": "person",
        "Bo Kim": "person",
        "Paris": "place",
        "May 3, 2020": "date",
        "met": "trigger",
        "$5 million": "money",
        "Acme Corp": "org",
        "agreed": "trigger",
        "2019": "date",
    }
    assert 'title="Ann Lee · role: Minister"' in markup
    assert 'title="Paris · city · FR · 48.85, 2.35"' in markup
    assert 'title="5,000,000 USD (currency assumed from context)"' in markup
    assert 'data-k="org" title="Acme Corp · also: Acme"' in markup
    assert visible_text(markup) == TEXT


@pytest.mark.parametrize(
    "found, kept",
    [
        # a longer span wins over one it contains
        ([(0, 10, "org"), (5, 10, "date")], [(0, 10, "org")]),
        # equal length: the kind listed first in KINDS wins (money before date before person ...)
        ([(0, 4, "person"), (0, 4, "money")], [(0, 4, "money")]),
        # touching spans are not overlapping
        ([(0, 4, "person"), (4, 8, "place")], [(0, 4, "person"), (4, 8, "place")]),
        # partial overlap: the longer one stays
        ([(0, 6, "person"), (4, 12, "org")], [(4, 12, "org")]),
        # empty, reversed and out-of-range offsets are dropped
        ([(3, 3, "person"), (5, 2, "place"), (30, 40, "org"), (-1, 2, "date")], []),
    ],
)
def test_overlapping_mentions_keep_one(found, kept):
    record = record_with("x" * 20, found)
    result, dropped = spans(record)
    assert [(s.start, s.end, s.kind) for s in result] == kept
    assert dropped == len(found) - len(kept)


def test_markup_in_the_text_is_escaped():
    text = 'Tom <script>alert("x")</script> & <!-- Jerry -->'
    markup = render(text, [Span(0, 3, "person", 'a "quoted" <tip>')])
    assert "<script>" not in markup and "<!--" not in markup
    assert 'title="a &quot;quoted&quot; &lt;tip&gt;"' in markup
    assert visible_text(markup) == text


@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12), st.sampled_from(sorted(KINDS))), max_size=8),
)
def test_highlighting_never_changes_the_text(text, raw):
    """Whatever the spans, the rendered text is the article's text, character for character (newlines as
    <br>), so every offset in the record points at the same characters on the page."""
    kept, _ = spans(record_with(text, [(start, start + n, kind) for start, n, kind in raw]))
    assert all(a.end <= b.start for a, b in zip(kept, kept[1:], strict=False))
    markup = render(text, kept)
    assert visible_text(markup) == text.replace("\r", "\n")
    assert markup.count("<mark ") == len(kept)
