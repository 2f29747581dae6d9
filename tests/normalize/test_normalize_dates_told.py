"""Temporal normalization, model-free (issue 11, thirty-seventh round; sentences invented in the styles of its
batches): an unknown count of decades or centuries in their own unit, lengths in quarters, with a
fraction ("4-1/2 years") or in sitting days, "a second" after a length that is an ordinal, a month told with the
year it is of ("in July last year": one expression, as TimeML spans it), and the day of a price quoted at a clock
time in a story that opens on a part of a day or tells no day (a span's first day is none)."""

from __future__ import annotations

import pytest

from pipeline.normalize.dates import normalize
from pipeline.records import Mention

from helpers import document_dates as document


def timex(text: str):
    return normalize(Mention(text, "DURATION", 0, len(text), 0, {}), published="2013-05-01")


@pytest.mark.parametrize("text, value", [
    ("decades", "PXDE"),  # an unknown count of decades, as TimeML writes it (not so many years)
    ("several decades", "PXDE"),
    ("centuries", "PXCE"),
    ("decades-long", "PXY"),  # (as MEANTIME writes the adjective)
    ("two decades", "P20Y"),  # a known count stays in years
    ("a decade", "P10Y"),
])
def test_an_unknown_count_of_decades(text, value):
    assert timex(text).value == value


@pytest.mark.parametrize("text, expected", [
    # "a second" after a length is an ordinal, not one more second
    ("Aid has reached the area over the past ten days, and a second convoy left on Thursday.",
     {"the past ten days": "P10D", "Thursday": "2013-04-25"}),
    ("The climb took two hours, and a second team set out at noon.", {"two hours": "PT2H", "noon": "2013-05-01T12:00"}),
    # (a minute and a second are one length)
    ("The record run lasted four minutes and a second.", {"four minutes and a second": "PT4M1S"}),
])
def test_a_second_after_a_length_is_an_ordinal(text, expected):
    assert document(text, published="2013-05-01") == expected


@pytest.mark.parametrize("text, expected", [
    ("Floods in the province killed 57 people in July last year.", {"July last year": "2012-07"}),
    ("The probe crossed into interstellar space around August 25 last year.",
     {"August 25 last year": "2012-08-25"}),
    ("Elections are due in March next year.", {"March next year": "2014-03"}),
    # with "of", two expressions, as MEANTIME writes "October of next year"
    ("The talks opened in June of last year.", {"June": "2012-06", "last year": "2012"}),
    # a possessive year names something else
    ("In November last year's winner lost.", {"November": "2012-11", "last year": "2012"}),
])
def test_a_month_told_with_its_year(text, expected):
    assert document(text, published="2013-05-01") == expected


def test_a_month_ahead_told_with_this_year():
    assert document("The plant will reopen in September this year.", published="2013-05-01", tense="future") == {
        "September this year": "2013-09"}


@pytest.mark.parametrize("text, published, expression, value", [
    # a story of a market that opens on a part of a day keeps that day for its clock times
    ("Stock prices rallied yesterday afternoon as oil prices retreated. The average, down as much as 38 points at "
     "11 a.m. EDT, closed at 2612.15.", "1990-09-12", "11 a.m. EDT", "1990-09-11T11:00"),
    # a story that tells no day: the day it is written in
    ("Cocoa arrivals rose 7 percent in February. London cocoa for May delivery traded 1.6 percent lower at 3:15 "
     "p.m.", "2013-03-05", "3:15 p.m.", "2013-03-05T15:15"),
    # (but a story of a day that is no market's keeps it: "robbed an armored truck Saturday afternoon")
    ("Police are searching tonight for two men who robbed an armored truck Saturday afternoon. The pair escaped "
     "with about $180,000 at 3:50 p.m.", "1998-03-08", "3:50 p.m.", "1998-03-07T15:50"),
])
def test_a_price_quoted_at_a_clock_time(text, published, expression, value):
    assert document(text, published=published)[expression] == value


def test_a_spans_first_day_is_no_storys_first_day():
    found = document("Cocoa arrivals reached 1.05 million tonnes from Oct. 1 to March 3. London cocoa for May "
                     "delivery traded 1.6 percent lower at 3:15 p.m.", published="2013-03-05")
    assert not found["3:15 p.m."].startswith("2012-10-01")


@pytest.mark.parametrize("text, expected", [
    # quarters counted in quarters, as MEANTIME writes them ("two consecutive quarters" P2Q)
    ("It ended six consecutive quarters of contraction.", {"six consecutive quarters": "P6Q"}),
    # a whole number and a half written with a fraction
    ("Starts rose to their highest level in 4-1/2 years.", {"4-1/2 years": "P4.5Y"}),
    ("The dollar retreated from a 2 1/2-year high.", {"2 1/2-year": "P2.5Y"}),
    # days of an institution's calendar
    ("Lawmakers will have just nine legislative days to pass a bill.", {"just nine legislative days": "P9D"}),
    # a rate per quarter, but not a fraction
    ("The unit spends $1.2 billion per quarter.", {"per quarter": "P1Q"}),
    ("The movement took a quarter of the vote.", {}),
    ("Late rains cut grain output by a quarter.", {}),
])
def test_lengths_in_quarters_halves_and_sitting_days(text, expected):
    assert document(text, published="2013-05-01") == expected
