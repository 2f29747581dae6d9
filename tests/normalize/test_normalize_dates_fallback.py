"""dateparser as the fallback for absolute dates spaCy finds and no grammar rule reads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalize.dates import dates, fallback
from pipeline.records import Article, Mention


@pytest.mark.parametrize(
    "text, fields",
    [
        ("the 5th day of September, 2019", {"gran": "day", "year": 2019, "month": 9, "day": 5}),
        ("Sep-05-2019", {"gran": "day", "year": 2019, "month": 9, "day": 5}),
        ("5 Sep", {"gran": "day", "year": None, "month": 9, "day": 5}),  # the year was not in the text
        ("September 2019", {"gran": "month", "year": 2019, "month": 9}),
        ("2019-09-05T10:30", {"type": "TIME", "year": 2019, "month": 9, "day": 5, "time": "10:30"}),
    ],
)
def test_absolute_dates(text, fields):
    spec = fallback.parse(text)
    assert spec is not None
    assert {k: getattr(spec, k) for k in fields} == fields


@pytest.mark.parametrize("text", ["Monday", "3 days ago", "next week", "49", "the age of 56", "", "about a quarter",
                                  "1.1.1", "3.5", "version 2.0.1"])
def test_relative_or_not_dates_are_refused(text):
    assert fallback.parse(text) is None


@pytest.mark.parametrize("text, shaped", [
    ("5/9/2019", True), ("2019-09-05", True), ("26.04.2019", True), ("9/11", True), ("May 5", True),
    ("1.1.1", False), ("3.5", False), ("1.2.3.4", False), ("v2.0", False),
])
def test_only_texts_shaped_like_a_date_reach_dateparser(text, shaped):
    assert bool(fallback.RE_DATE_SHAPE.search(text)) is shaped


@given(st.text(max_size=60))
def test_never_raises(text):
    spec = fallback.parse(text)
    assert spec is None or spec.gran in ("day", "month", "year", "time")


def test_used_only_for_spans_the_ner_calls_dates():
    text = "Talks ended on the 5th day of September, 2019 in Geneva."
    start = text.index("the 5th")
    span = "the 5th day of September, 2019"
    article = Article("d", "d", text, published="2019-09-10")
    from_ner = Mention(span, "DATE", start, start + len(span), 0, {"source": "ner", "tense": "past"})
    from_elsewhere = Mention(span, "DATE", start, start + len(span), 0, {"source": "grammar"})
    [timex] = dates([from_ner], article)
    assert (timex.value, timex.start_date, timex.precision) == ("2019-09-05", "2019-09-05", "day")
    assert dates([from_elsewhere], article) == []
