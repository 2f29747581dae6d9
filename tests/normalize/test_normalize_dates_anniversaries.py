"""Anniversaries, model-free (issue 11, thirty-eighth round; sentences invented in the styles of anniversary pieces
and obituaries): "so many years ago" with the day, weekend or season it is counted from is one expression, that
day, weekend or season so many years back ("Fifty years ago yesterday", "Ten years ago this summer"), and the
story told after it is of that year."""

from __future__ import annotations

import pytest

from helpers import document_dates as document


@pytest.mark.parametrize("text, published, expected", [
    ("Fifty years ago yesterday, the ferry capsized in a squall.", "1994-08-31",
     {"Fifty years ago yesterday": "1944-08-30"}),
    ("Ten years ago this summer, 2,300 workers walked off the job.", "1992-06-20",
     {"Ten years ago this summer": "1982-SU"}),
    ("Twenty-five years ago this weekend, 3,000 people paid 50 cents apiece to hear a fiddler.", "2007-07-14",
     {"Twenty-five years ago this weekend": "1982-W28-WE"}),
    ("A century ago this spring, the first cars rolled off the line.", "2013-04-02",
     {"A century ago this spring": "1913-SP"}),
    ("Half a century ago this weekend, 3,000 people paid 50 cents apiece to hear a fiddler.", "2007-07-14",
     {"Half a century ago this weekend": "1957-W28-WE"}),
    ("The mine closed half a century ago.", "2007-07-14", {"half a century ago": "1957"}),  # fifty years
    # (as before: today, this month)
    ("Twenty-five years ago today, a gunman opened fire in a restaurant.", "1994-08-31",
     {"Twenty-five years ago today": "1969-08-31"}),
    ("Fifty years ago this month, the first satellite was launched.", "2007-10-20",
     {"Fifty years ago this month": "1957-10"}),
])
def test_years_ago_on_a_day_weekend_or_season(text, published, expected):
    assert document(text, published=published) == expected


def test_the_story_after_an_anniversary_is_of_its_year():
    text = ("Fifty years ago yesterday, the ferry capsized in a squall. The boat went down at 4:10 p.m. The following "
            "spring, an inquiry blamed an overloaded deck.")
    assert document(text, published="1994-08-31") == {
        "Fifty years ago yesterday": "1944-08-30", "4:10 p.m.": "1944-08-30T16:10", "The following spring": "1945-SP"}
