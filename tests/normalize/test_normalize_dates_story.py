"""A story's days and clock times, end to end with the trained parser (issue 11, thirty-eighth round; sentences
invented in the styles of anniversary pieces, obituaries, disaster, politics and crime news): a day told with its
year in the middle of a sentence makes the days told without one in the weeks just after it, in the next
sentences, days of that year, not of the publication year (not a day told in the future, nor one further on, nor
after the story has come back to the present, nor after a day told with its year less than two years ago); a
deadline told in the past may still be just ahead, and what the way was paved for is ahead; "an hour later"
moves the clock time told last, past the days and parts of the day told since on that clock's day."""

from __future__ import annotations

import pytest

from helpers import date_values

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, expected", [
    ("The storm arrived on the night of Jan. 11, 1981, and snow fell for 60 hours. National Guard crews reached "
     "the last of them on the morning of Jan. 14.", "2006-01-13",
     {"the night of Jan. 11, 1981": "1981-01-11TNI", "the morning of Jan. 14": "1981-01-14TMO"}),
    ("When the festival opened on a muddy pasture on April 12, 1974, its organizers expected 20,000 people. "
     "It ended with a thunderstorm that flooded the stage on Sunday, April 14.", "1999-04-09",
     {"April 12, 1974": "1974-04-12", "Sunday, April 14": "1974-04-14"}),
    ("The freighter ran aground off the cape on Oct. 2, 1987, with 31 men aboard. Salvage crews refloated her on "
     "Oct. 20.", "1997-10-02", {"Oct. 2, 1987": "1987-10-02", "Oct. 20": "1987-10-20"}),
])
def test_days_just_after_a_day_told_with_its_year(text, published, expected):
    got = date_values(text, published)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # a day further on than a few weeks is the publication year's
    ("The freighter ran aground off the cape on May 3, 1985, with 31 men aboard. The company reported a loss on "
     "March 5.", "1999-04-09", {"March 5": "1999-03-05"}),
    # a day told in the future is a plan, read against the publication date
    ("The freighter ran aground off the cape on April 12, 1974, with 31 men aboard. A memorial will be unveiled on "
     "April 16.", "1999-04-09", {"April 16": "1999-04-16"}),
    # back to the present: "yesterday" ends the story told
    ("The freighter ran aground off the cape on Jan. 11, 1981, with 31 men aboard. Officials said yesterday that "
     "the road reopened on Jan. 14.", "2006-01-20", {"Jan. 14": "2006-01-14"}),
    # a day told with its year less than two years ago sets no other year
    ("The freighter ran aground off the cape on Dec. 28, 2005, with 31 men aboard. Salvage crews refloated her on "
     "Jan. 3.", "2006-01-20", {"Jan. 3": "2006-01-03"}),
])
def test_days_not_of_the_story_told(text, published, expected):
    got = date_values(text, published)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # a deadline told in the past may still be just ahead
    ("The Assembly passed the budget late Thursday, beating by a day the June 15 deadline set by voters.",
     "2013-06-14", {"June 15": "2013-06-15"}),
    ("Insurers urged the administration to extend the Dec. 23 enrollment deadline.", "2013-12-05",
     {"Dec. 23": "2013-12-23"}),
    # (one gone is gone)
    ("The company missed the March 1 deadline for filing its report.", "2013-03-20", {"March 1": "2013-03-01"}),
    # what the way was paved for is ahead, however far
    ("The court's ruling paved the way for the Oct. 3 vote.", "2013-03-27", {"Oct. 3": "2013-10-03"}),
])
def test_a_deadline_told_in_the_past(text, published, expected):
    got = date_values(text, published)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # a clock time moved, past the parts of its day told since
    ("A student was stabbed in a stairwell at about 10:25 a.m. yesterday. He was reported in stable condition last "
     "night. A classmate was arrested an hour later in a nearby pizzeria.", "1991-03-07",
     {"an hour later": "1991-03-06T11:25"}),
    ("The rocket blasted off at 4:35 a.m. Moscow time on Wednesday, the agency said this afternoon. The satellite "
     "separated from the upper stage about nine hours later.", "1998-06-03",
     {"about nine hours later": "1998-06-03T13:35"}),
    # (not past another day: with no clock of the story's day, a stretch of time)
    ("The robbery happened at 2:10 p.m. on Monday. Police arrested a suspect on Thursday morning, two hours later.",
     "1991-08-20", {"two hours later": "PT2H"}),
])
def test_a_clock_time_moved(text, published, expected):
    got = date_values(text, published)
    assert {k: got.get(k) for k in expected} == expected
