"""Which side of the publication a date falls on, and which day a clock time is of, end to end with the trained
parser (issue 11, thirty-ninth round; sentences invented in the styles of politics, world, business, markets,
disaster and broadcast news): "before" a panel or a judge is in front of them, not ahead of what they are; what is
wanted before a day is ahead; a participle on the subject shares the verb's time, unless it is a state running on
until a day; a participle right after its noun tells a thing done; what one went on to do is done; the second
date the parser hung on a period's end is the verb's ("will report results for the quarter ended Sept. 30 on
Oct. 20"); "the new year" told in January is the one begun; a capitalised "Tomorrow" after a clock time opens the
next sentence. Clock times: "shortly after midnight" after an early day told is that day's start; the small hours
after an evening of the same clause are the next day's; "that morning" may point back to the day of a happening
named on a noun; a morning after the midnight that ended yesterday is today's."""

from __future__ import annotations

import pytest

from helpers import date_values

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, expected", [
    # in front of someone: the testimony is the Thursday gone, whatever the main clause's future
    ("The committee will question the lawyers next week, after the counsel testified for 12 hours before the panel "
     "on Thursday.", "1998-11-23", {"Thursday": "1998-11-19"}),
    ("The firm will hold talks next week, after its chairman testified before Congress on Thursday.", "1998-11-23",
     {"Thursday": "1998-11-19"}),
    # what is wanted before a day is ahead of the saying
    ("Republican leaders said they wanted a vote on the floor before Christmas.", "1998-10-08",
     {"Christmas": "1998-12-25"}),
    # a participle on the subject tells the time of its verb
    ("OPEC ministers, meeting in Vienna on Tuesday, agreed to keep output at high levels.", "2003-03-16",
     {"Tuesday": "2003-03-11"}),
    # a participle right after its noun tells a thing done
    ("Crude settled at $35.38 a barrel, down $2.45 for the week and about $2 below the 12-year high reached on "
     "Wednesday.", "2003-03-16", {"Wednesday": "2003-03-12"}),
    # what one went on to do is done
    ("Last year's audience award winner went on to win best picture at the academy awards in February.",
     "2013-09-05", {"February": "2013-02"}),
    # the date of the reporting, hung on the quarter's end
    ("The company will report results for the quarter ended Sept. 30 on Oct. 20.", "1989-10-02",
     {"Sept. 30": "1989-09-30", "Oct. 20": "1989-10-20"}),
    ("Lockridge will report results for the fiscal third quarter, ended April 30, on June 14.", "1989-05-20",
     {"April 30": "1989-04-30", "June 14": "1989-06-14"}),
    # the new year told in January is the one just begun
    ("Stocks slumped yesterday in the heaviest selling of the new year.", "1990-01-05", {"the new year": "1990"}),
])
def test_the_side_of_the_publication(text, published, expected):
    got = date_values(text, published)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # a state running on until a day is no time of the verb's past
    ("President Delancey, vacationing in Hawaii until Jan. 4, called two senators on Friday.", "2013-12-28",
     {"Jan. 4": "2014-01-04"}),
    # an order's state, and what goes along with a planned act, keep the nearest and the future
    ("The governor ordered flags at the Capitol flown at half-staff through Monday.", "1998-11-06",
     {"Monday": "1998-11-09"}),
    ("A private funeral will be held next week, followed by a memorial service in the spring.", "2013-12-06",
     {"the spring": "2014-SP"}),
    # a weekday in the object of a past act is the nearest
    ("The union announced a strike on Wednesday.", "1991-01-05", {"Wednesday": "1991-01-02"}),
    ("The county approved a $120 million bond issue for new schools in Tuesday's election.", "1998-11-05",
     {"Tuesday": "1998-11-03"}),
    ("Economists expect the economy to slow sharply in the new year.", "1989-12-03", {"the new year": "1990"}),
])
def test_what_stays_as_it_was(text, published, expected):
    got = date_values(text, published)
    assert {k: got.get(k) for k in expected} == expected


def test_a_day_word_in_capitals_after_a_clock_time_opens_a_sentence():
    got = date_values("The president plans to address the nation at 10 p.m. Tomorrow he leaves for a two-week "
                      "vacation. He will speak at 9 a.m. tomorrow in Boston.", "1998-08-17")
    assert got["10 p.m."] == "1998-08-17T22:00"
    assert got["Tomorrow"] == "1998-08-18"
    assert got["9 a.m. tomorrow"] == "1998-08-18T09:00"


@pytest.mark.parametrize("text, published, expected", [
    # after the midnight that opens an early day told
    ("Tornadoes tore across central Florida early Monday, killing at least 38 people. The first one touched down "
     "near Kissimmee shortly after midnight.", "1998-02-24", {"midnight": "1998-02-23T00:00"}),
    # (but past a day's midnight is the next day's start)
    ("Talks began on Monday. They ran past midnight, and the deal was signed at 2 a.m.", "1998-02-24",
     {"midnight": "1998-02-24T00:00", "2 a.m.": "1998-02-24T02:00"}),
    # the small hours after an evening of the same clause
    ("The board of Stanhope Insurance Group ousted its chairman and chief executive, Martin Greer, early yesterday "
     "after a meeting that began Wednesday evening and ran until 2 a.m. Directors named the company's president "
     "acting chief executive.", "1989-01-27", {"Wednesday evening": "1989-01-25TEV", "2 a.m.": "1989-01-26T02:00"}),
    # "that morning" after a day named on a happening
    ("A grand jury on Friday indicted a boy on three counts of murder in the Oct. 1 shooting at Cedar Ridge High "
     "School. Police say the youth stabbed his mother at home that morning before driving to school, where he "
     "fired a deer rifle into a crowded commons area at 7:55 a.m.", "1997-10-25",
     {"Friday": "1997-10-24", "that morning": "1997-10-01TMO", "7:55 a.m.": "1997-10-01T07:55"}),
    # a morning after the midnight that ended a day
    ("The U.N. deadline passed at midnight with no sign that Baghdad would back down, and the White House said "
     "this morning that the president would decide alone. Iraqi radio, in a broadcast at 10 a.m. Baghdad time, "
     "urged Muslims to prepare for a holy struggle.", "1991-01-16",
     {"midnight": "1991-01-15T24:00", "10 a.m. Baghdad time": "1991-01-16T10:00"}),
])
def test_the_day_of_a_clock_time(text, published, expected):
    got = date_values(text, published)
    assert {k: got.get(k) for k in expected} == expected
