"""Dates around reporting periods and clock times, end to end with the trained parser (issue 11, thirty-sixth
round; sentences invented in the styles of its batches): the month a period still running ends in, a clock time
whose clause names a bound, not a day, and a gerund after a preposition, of the tense of the verb above it."""

from __future__ import annotations

import pytest

from helpers import date_values

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, expected", [
    # a period still running ends in the nearest such month, whatever the tense of the verb above it; the period
    # is the one ending then
    ("Ridgeline Outdoor Inc. cut its forecast for the quarter ending in June.", "2013-05-14",
     {"the quarter": "2013-Q2", "June": "2013-06"}),
    ("Sales rose 4 percent in the quarter that ended in September.", "2013-10-14",
     {"the quarter": "2013-Q3", "September": "2013-09"}),
    # a week ending on a weekday, reported in the past, is gone
    ("Claims rose in the week ending Friday, the department reported.", "1989-09-13",
     {"the week": "1989-W36", "Friday": "1989-09-08"}),
])
def test_a_period_named_by_the_month_it_ends_in(text, published, expected):
    found = date_values(text, published)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, published, expression, value", [
    # a "since" date in the clause is a bound, not the clock time's day
    ("Ridgeline cut its forecast, the company said today in a statement. The shares declined 8.9 percent to "
     "$31.07 at 10:31 a.m. in New York, the biggest drop since Nov. 20.", "2013-05-14", "10:31 a.m.",
     "2013-05-14T10:31"),
])
def test_a_bound_in_the_clause_is_no_day_of_a_clock_time(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # the parser's object of "in" is a gerund of the verb's tense: ahead
    ("Churches across Croatia will ring their bells in mourning on Sunday.", "1991-11-20", "Sunday", "1991-11-24"),
    # (told in the past, gone: "blocked inspectors from entering a building on Tuesday")
    ("Guards blocked inspectors from entering the building on Tuesday.", "1991-11-20", "Tuesday", "1991-11-19"),
])
def test_a_gerund_after_a_preposition_takes_the_tense_above(text, published, expression, value):
    assert date_values(text, published)[expression] == value
