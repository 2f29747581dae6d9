"""Temporal normalization, model-free (issue 11, thirty-sixth round; sentences invented in the styles of its
batches): lengths with "more", sets of a month or of a vague count, halves of a fiscal year, seasons named by the
two years they span (the year they start in), a midnight just passed, a fiscal year told by the words "the fiscal
year", and a price quoted at a time of the session the story is written in."""

from __future__ import annotations

import pytest

from pipeline.normalize.dates import normalize
from pipeline.records import Mention

from helpers import document_dates as document


def timex(text: str):
    return normalize(Mention(text, "DATE", 0, len(text), 0, {}), published="2019-04-26")


@pytest.mark.parametrize("text, kind, value", [
    ("two more years", "DURATION", "P2Y"),  # a length still to come is a length
    ("several more days", "DURATION", "PXD"),
    ("14 more days", "DURATION", "P14D"),
    ("two additional weeks", "DURATION", "P2W"),
    ("every May", "SET", "XXXX-05"),  # a month of every year
    ("each January", "SET", "XXXX-01"),
    ("every April 9", "SET", "XXXX-04-09"),
    ("every few weeks", "SET", "PXW"),  # a vague count
    ("every half hour", "SET", "PT30M"),
])
def test_lengths_and_sets(text, kind, value):
    t = timex(text)
    assert (t.type, t.value) == (kind, value)


@pytest.mark.parametrize("text, published, expected", [
    # a half of a fiscal year is of that fiscal year (``FY``), as its quarters are
    ("The unit earned $9 million in the first half of fiscal 1996.", "1996-05-14",
     {"the first half of fiscal 1996": "FY1996-H1"}),
    ("It expects growth to slow in the second half of fiscal 1997.", "1997-01-14",
     {"the second half of fiscal 1997": "FY1997-H2"}),
    ("Sales rose in the first half of 1996.", "1997-01-14", {"the first half of 1996": "1996-H1"}),
    # a season named by the two years it spans, the second cut short, is the year it starts in; it ends in the
    # later one (written in full, the span of both years stays one interval)
    ("He made 31 appearances in the 2012-13 season.", "2013-05-14", {"2012-13 season": "2012"}),
    ("Schools open for the 2013-14 school year.", "2013-08-14", {"2013-14 school year": "2013"}),
    ("Exports in the 1997/98 main crop season fell.", "1998-05-14", {"1997/98 main crop season": "1997"}),
    ("40 students were accepted for the 2016-2017 academic year.", "2019-04-26", {"2016-2017": "2016/2017"}),
    ("Vietnam exported 1.3 million tonnes in the 2012/13 season, which ended on Sept 30.", "2013-10-14",
     {"2012/13 season": "2012", "Sept 30": "2013-09-30"}),
    # (a fiscal year is named by the year it ends in already)
    ("The deficit was 8 percent of GDP in the 2011/12 fiscal year, which ended on June 30.", "2012-10-14",
     {"2011/12 fiscal year": "FY2012", "June 30": "2012-06-30"}),
    # "the fiscal year", not named by a number, ends in its own year's month
    ("Profit fell 5 percent in the fiscal year ending in June.", "2013-08-14",
     {"the fiscal year": "FY2013", "June": "2013-06"}),
    ("Sales in fiscal 2013, which ends in March, will rise.", "2013-11-14",
     {"fiscal 2013": "FY2013", "March": "2014-03"}),
    # just after a midnight named with its day is that day's start; after it as a bound, its end
    ("The main broke shortly after midnight Monday.", "2013-02-12", {"midnight Monday": "2013-02-11T00:00"}),
    ("Fares rise for tickets bought after midnight Saturday.", "1990-09-01",
     {"midnight Saturday": "1990-09-01T24:00"}),
])
def test_periods_and_spans(text, published, expected):
    assert document(text, published=published) == expected


@pytest.mark.parametrize("text, published, expression, value", [
    # a price quoted at a time of the session is of the day the story is written in when its first day was not
    # told of a market and it told the publication day too
    ("Workers at the copper mine walked off the job early Tuesday. The company said on Wednesday it would keep "
     "shipping from stockpiles. Copper rose 1.2 percent to $7,380 a tonne by 1530 GMT.", "2013-08-21",
     "1530 GMT", "2013-08-21T15:30Z"),
    ("About 8,000 miners downed tools on Wednesday. The company said on Thursday the stoppage was costing it "
     "2,500 ounces a day. Platinum was up 1.2 percent at $1,520 an ounce at 1045 GMT.", "2013-05-09",
     "1045 GMT", "2013-05-09T10:45Z"),
    # a story of a market day keeps it ("today's report" is no session)
    ("Stock prices finished mixed yesterday as investors awaited today's report on retail sales. The average, "
     "which had been up 15 points at midday, closed at 2,689.14.", "1989-09-14", "midday", "1989-09-13T12:00"),
    ("Stock prices plunged Friday. Trading in UAL was halted at 3:07 p.m.", "1989-10-16", "3:07 p.m.",
     "1989-10-13T15:07"),
])
def test_a_price_quoted_at_a_time_of_the_session(text, published, expression, value):
    assert document(text, published=published)[expression] == value
