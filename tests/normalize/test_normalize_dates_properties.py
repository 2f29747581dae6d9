"""Property tests for date normalization: round trips of rendered dates, and no input makes it raise."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from pipeline.lang.dates import grammar, parse_complete_date
from pipeline.normalize.dates import dates, normalize
from pipeline.records import Article, Mention, TimeExpression

# The grammar reads years 1000-2999 in full dates (bare numbers only 1000-2099, see grammar.py).
calendar_dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))
publication = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
WORDS = """in on the last next this early mid- late end of ago two a week weeks year years day month quarter
first third summer winter Monday Thursday August May March 8 23 1999 2001 2019 1990s - and from to between
yesterday today now recently annually every 10 a.m. UTC 18:00 since '82 Q3 same previous following morning , .
""".split()


def mention(text: str) -> Mention:
    return Mention(text, "DATE", 0, len(text), 0, {"tense": None})


@given(st.text(max_size=60), publication)
def test_normalize_never_raises(text, published):
    t = normalize(mention(text), published=published.isoformat() if published else None)
    assert t is None or isinstance(t, TimeExpression)
    if t is not None:
        assert t.value is None or isinstance(t.value, str)
        for bound in (t.start_date, t.end_date):
            assert bound is None or dt.date.fromisoformat(bound)


@given(st.lists(st.sampled_from(WORDS), max_size=25), publication, st.sampled_from([None, "past", "future"]))
def test_documents_of_date_words_never_raise(words, published, tense):
    text = " ".join(words)
    mentions = [Mention(text[f.start:f.end], "DATE", f.start, f.end, 0, {"tense": tense})
                for f in grammar().scan(text)]
    day = published.isoformat() if published else None
    article = Article(doc_id="p", source="p", text=text, published=day)
    for t in dates(mentions, article):
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert text[t.start:t.end] == t.text
        if t.start_date is not None:
            assert dt.date.fromisoformat(t.start_date) <= dt.date.fromisoformat(t.end_date)
        if published is None and t.anchor == "publication":
            raise AssertionError(f"{t.text!r} resolved against a publication date that does not exist")


FULL_FORMATS = ["%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "%b %d, %Y", "%A, %B %d, %Y", "%d %b. %Y", "%B %-d %Y",
                "%m/%d/%Y"]


@given(calendar_dates, st.sampled_from(FULL_FORMATS))
def test_rendered_dates_parse_back(day, fmt):
    text = day.strftime(fmt)
    assert parse_complete_date(text) == day.isoformat()
    t = normalize(mention(text), published="2019-04-26")
    assert (t.value, t.start_date, t.end_date, t.anchor) == ((day.isoformat(),) * 3 + ("absolute",))


@given(calendar_dates, st.sampled_from(["%B %Y", "%b %Y", "%B, %Y", "%B of %Y"]))
def test_rendered_months_parse_back(day, fmt):
    t = normalize(mention(day.strftime(fmt)))
    assert t.value == day.strftime("%Y-%m")
    assert t.start_date == day.replace(day=1).isoformat()
    assert dt.date.fromisoformat(t.end_date).month == day.month


@given(st.integers(min_value=1000, max_value=2099))
def test_years_parse_back(year):
    assert normalize(mention(str(year))).value == str(year)
