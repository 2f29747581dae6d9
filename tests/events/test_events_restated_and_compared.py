"""Dates told twice or compared with, and senses read from the object, end to end with the trained parser (issue
11, thirty-ninth round; sentences invented in the styles of world, markets, commodities, business and crime
news): a counted date set off by a comma right after the date of the same act restates it ("struck targets this
afternoon, less than two weeks after the Aug. 7 bombings"), and dates the act only once; a change counted from a
date beside a dated act ("trading at $276.40 at 2 p.m., up $18 since last Friday") is a baseline, no date of the
act; a date the parser hung on a period's end that has its own date is the reporting's; a participle clause set off
before its verb shares its date also when the parser gave it the verb's subject; a price settling is a market
move, a weapon fired an attack."""

from __future__ import annotations

import pytest

from pipeline import extract

from helpers import assert_dated

pytestmark = pytest.mark.model


def events(text: str, published: str) -> list[dict]:
    return extract(text=text, published=published)["events"]


@pytest.mark.parametrize("text, published, expected, absent", [
    ("American cruise missiles struck targets in Afghanistan and Sudan this afternoon, less than two weeks after "
     "the Aug. 7 bombings of two U.S. embassies.", "1998-08-20",
     {("strike", "1998-08-20TAF"), ("bombing", "1998-08-07")}, {("strike", "1998-08-21")}),
    # the date restated dates the act the count was hung on
    ("Workers learned of the decision at a meeting Monday evening, three days before Thanksgiving.", "1998-11-24",
     {("learn", "1998-11-23TEV")}, {("learn", "1998-11-23")}),
    # (with no date of its own, the act is dated by the count)
    ("The talks resumed less than two weeks after the Aug. 7 bombings.", "1998-08-20",
     {("resume", "1998-08-21")}, set()),
])
def test_a_count_that_restates_the_date_of_the_act(text, published, expected, absent):
    assert_dated(text, published, expected, absent)


@pytest.mark.parametrize("text, published, expected, absent", [
    ("Gold headed for its biggest weekly gain in two years, trading at $276.40 an ounce at 2 p.m. in New York, "
     "up $18 since last Friday.", "1999-09-24", {("trade", "1999-09-24T14:00")}, {("trade", "1999-09-17")}),
    ("The average price of regular gasoline rose to $1.30 a gallon this week, up 19 cents since early February, "
     "the agency said.", "1996-03-08", {("rise", "1996-W10")}, {("rise", "1996-02")}),
    # a perfect of change counts from the date: a rise since then
    ("Prices have risen about 40 percent since January.", "2005-09-03", {("rise", "2005-01")}, set()),
])
def test_a_change_counted_from_a_date_beside_a_dated_act(text, published, expected, absent):
    assert_dated(text, published, expected, absent)


@pytest.mark.parametrize("text, published, expected, absent", [
    ("The company will report results for the quarter ended Sept. 30 on Oct. 20.", "1989-10-02",
     {("report", "1989-10-20")}, {("end", "1988-10-20"), ("end", "1989-10-20")}),
    ("Lockridge will report results for the fiscal third quarter, ended April 30, on June 14.", "1989-05-20",
     {("report", "1989-06-14")}, {("end", "1989-06-14"), ("end", "1988-06-14")}),
])
def test_the_second_date_hung_on_a_period_end(text, published, expected, absent):
    assert_dated(text, published, expected, absent)


def test_testimony_before_a_panel_is_the_day_gone():
    assert_dated("The committee will question the lawyers next week, after the counsel testified before the panel on "
          "Thursday.", "1998-11-23", {("testify", "1998-11-19")}, {("testify", "1998-11-26")})


@pytest.mark.parametrize("text, published, trigger, kind", [
    ("Crude for October delivery settled at a record $66.13 a barrel on Friday.", "2005-09-03", "settle", "market"),
    ("The two companies settled the lawsuit on Friday.", "2005-09-03", "settle", "court"),
    ("Police say the youth fired a deer rifle into a crowded commons area at 7:55 a.m. on Monday.", "1997-10-25",
     "fire", "fight"),
])
def test_the_sense_read_from_the_object(text, published, trigger, kind):
    assert kind in {e["type"] for e in events(text, published) if e["trigger"] == trigger}


@pytest.mark.parametrize("text, published, expected", [
    # the parser made "presidents" the participle's subject: the statement issued is still the meeting's day
    ("The U.S. and Soviet presidents, meeting for seven hours in Helsinki yesterday, issued a joint statement "
     "demanding that Iraq withdraw from Kuwait.", "1990-09-10", {("meet", "1990-09-09"), ("statement", "1990-09-09")}),
    ("Arriving in Paris on Monday, the president met his French counterpart.", "1990-09-10",
     {("arrive", "1990-09-10"), ("meet", "1990-09-10")}),
])
def test_a_participle_clause_before_its_verb(text, published, expected):
    assert_dated(text, published, expected, set())

