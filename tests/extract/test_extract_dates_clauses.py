"""Which side of now a date is on when a clause beside it tells, end to end with the trained parser (issue 11,
thirty-seventh round; sentences invented in the styles of crime, council and Washington copy): a weekday on an
event noun takes the tense of the relative clause right after it, a span a past approval sets and the bound of a
class of things a rule is about are either side of now (the nearest), as is the month prices are measured for; a
harm after a present perfect is gone; a participle of purpose and a fiscal year set no time."""

from __future__ import annotations

import pytest

from helpers import date_values

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, expression, value", [
    # an event noun's weekday, told by the clause on it: gone ("that gutted"), though the nearest Sunday is ahead
    ("Police on Thursday arrested a man suspected of setting fires at seven churches over the past month, "
     "including a blaze early Sunday that gutted a 90-year-old Methodist chapel.", "2013-09-19", "early Sunday",
     "2013-09-15"),
    ("Investigators are still searching for the cause of an explosion Saturday that leveled a fireworks plant.",
     "1998-06-03", "Saturday", "1998-05-30"),
    # (not a thing's clause: "a measure Tuesday that will require" dates the approving, gone)
    ("Oregon voters approved a measure Tuesday that will require the state to set aside lottery money for parks.",
     "1998-11-04", "Tuesday", "1998-11-03"),
])
def test_a_weekday_on_an_event_noun_takes_the_tense_of_its_clause(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a span a past approval sets, hung on the verb: the nearest (ahead here)
    ("The City Council on Wednesday night approved a hiring freeze from Feb. 1 until June 30.", "1991-01-10",
     "Feb. 1", "1991-02-01"),
    ("The City Council on Wednesday night approved a hiring freeze from Feb. 1 until June 30.", "1991-01-10",
     "June 30", "1991-06-30"),
    # the bound of the things a rule to come is about: the nearest
    ("The bill would deny interest deductions on certain high-yield bonds issued after Jan. 1.", "1989-12-08",
     "Jan. 1", "1990-01-01"),
    ("The new rules will apply to cars sold after March 1.", "2013-02-14", "March 1", "2013-03-01"),
    # (told in the past, gone)
    ("The rules applied to cars sold after March 1.", "2013-02-14", "March 1", "2012-03-01"),
])
def test_a_span_set_or_bounded_is_the_nearest(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a harm named by its day after a present perfect is gone
    ("Police in Denver have arrested a suspect in the shooting of a convenience store clerk on Tuesday night.",
     "1998-04-04", "Tuesday night", "1998-03-31TNI"),
    # a participle of purpose has no time of its own: the day is the verb's above it
    ("Health officials will unveil a new anti-smoking campaign aimed at teenagers on Labor Day.", "1998-08-14",
     "Labor Day", "1998-09-07"),
    # the month prices and indicators are measured for is the nearest, whenever they are released
    ("Producer prices for March will be published this morning.", "1989-04-14", "March", "1989-03"),
    ("The Labor Department will release producer prices for December on Thursday.", "1989-01-09", "December",
     "1988-12"),
    # a fiscal year opening the sentence sets no calendar year: it may start in the one before its number
    ("The new fiscal year began Oct. 1 without a spending bill, forcing a shutdown over the Columbus Day weekend.",
     "1990-10-10", "Oct. 1", "1990-10-01"),
    # a day a plan had been set for, seen from the past perfect: either side of now (tomorrow here)
    ("Drivers reached a tentative agreement early Saturday, averting a strike that had been set to begin at 12:01 "
     "a.m. Monday.", "1998-12-20", "12:01 a.m. Monday", "1998-12-21T00:01"),
])
def test_a_clause_beside_the_date_tells_its_side(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # "that year" may point back to a year told after "since"
    ("Heavy rains have pushed the river above flood stage for the first time since the 1993 floods, the Army "
     "Corps of Engineers said Thursday. That year, the river stayed above flood stage for 144 days.", "1998-04-16",
     "That year", "1993"),
    # a past "went" looks ahead to nothing: the storm named by its month is gone
    ("About a third of the money went to victims of the January ice storm in New England.", "1998-10-03",
     "January", "1998-01"),
    # a price at a clock time in a story whose first day is a report's: the publication day; a happening's: its day
    ("Veltrix forecast third-quarter sales that may fall short of estimates. Revenue in the period will be $1.02 "
     "billion, the chipmaker said yesterday in a statement. Shares fell 5 percent to $30.10 at 9:42 a.m. New York "
     "time.", "2013-08-14", "9:42 a.m. New York time", "2013-08-14T09:42"),
    ("Meridian Bancorp and Halsey Financial agreed yesterday to merge in a stock swap. Its shares rose 75 cents to "
     "$18.25 at 4 p.m. in New York Stock Exchange composite trading.", "1991-01-16", "4 p.m.", "1991-01-15T16:00"),
])
def test_what_a_date_points_back_to(text, published, expression, value):
    assert date_values(text, published)[expression] == value
