"""Which side of now a date told in the past or with no tense is on, end to end with the trained parser: "the weekend"
(the one just gone or the coming one, by the tense, the day of the week the story is published, and what the
sentence says of it: a weather outlook, a period reported on), a quarter in its last month, a part of "the year"
still ahead, a day a measure takes effect; in sentences invented in the style of wire and broadcast news (issue 11)."""

from __future__ import annotations

import pytest

from helpers import date_values

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, value", [
    # what forecasters foresee is ahead, whatever the tense of their saying it
    ("The storm eased on Tuesday, but the outlook called for more snow over the weekend.", "2001-02-08",
     "2001-W06-WE"),
    ("Forecasters called for more thunderstorms across Kansas through the weekend.", "1990-06-13", "1990-W24-WE"),
    ("Meteorologists said more flooding was likely over the weekend.", "1990-06-14", "1990-W24-WE"),
    ("Forecasters held out little hope of cooler weather before the weekend.", "1990-06-12", "1990-W24-WE"),
    # not what they tell of the weekend gone
    ("Forecasters said the storm dropped a foot of snow over the weekend.", "1990-06-12", "1990-W23-WE"),
])
def test_the_weekend_forecasters_foresee_is_the_coming_one(text, published, value):
    assert value in date_values(text, published).values()


@pytest.mark.parametrize("text, published, value", [
    # no tense early in the week: the nearest, the one just gone
    ("Mr. Haldane could not be reached for comment over the weekend.", "1990-06-12", "1990-W23-WE"),
    ("An outage left subscribers without service for much of the weekend.", "2013-05-13", "2013-W19-WE"),
    # residents ordered (in the passive) to do something: done then or ahead, the nearest
    ("Thousands of villagers were ordered to leave their homes over the weekend.", "2013-05-13", "2013-W19-WE"),
    # a period reported on: gone, though the report is ahead
    ("Final attendance figures for the weekend will be published today.", "2013-05-13", "2013-W19-WE"),
    # a bare past the tagger reads as a present: its subject is singular
    ("The bank reset its customers' passcodes over the weekend.", "2013-05-14", "2013-W19-WE"),
    # but a deadline, "this weekend", or the middle of the week keep the coming one
    ("Some towns may not have water restored until the weekend.", "2013-05-14", "2013-W20-WE"),
    ("Officials might decide this weekend.", "2013-05-13", "2013-W20-WE"),
    ("The museum could reopen over the weekend.", "2013-05-16", "2013-W20-WE"),
])
def test_the_weekend_told_early_in_the_week_with_no_tense_is_the_one_gone(text, published, value):
    assert value in date_values(text, published).values()


@pytest.mark.parametrize("text, published, expression, value", [
    # what meteorologists forecast until a weekday is ahead, though "forecast" is a past form
    ("The weather service forecast heavy rain until Thursday.", "1998-07-20", "Thursday", "1998-07-23"),
    # a past order in the passive: what was ordered was done then or is ahead, the nearest
    ("Residents of two villages were ordered to leave at 11 p.m. Monday.", "2013-08-14", "11 p.m. Monday",
     "2013-08-12T23:00"),
])
def test_forecasts_until_a_day_and_orders_in_the_passive(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a quarter told in the past in its last month is that quarter (the figures of it so far)
    ("Analysts said consumer spending weakened sharply in the third quarter.", "1991-09-26", "the third quarter",
     "1991-Q3"),
    ("The ministry said customs revenue in the fourth quarter had fallen short of forecasts.", "1998-12-28",
     "the fourth quarter", "1998-Q4"),
    # ... not before its last month: the one of the year before
    ("Analysts said consumer spending weakened sharply in the third quarter.", "1991-08-14", "the third quarter",
     "1990-Q3"),
    # a part of "the year" still ahead, told in the past, is of the year just ended
    ("Factory orders dropped 3% in the last three months of the year.", "1991-02-20",
     "the last three months of the year", "1990-Q4"),
    ("Factory orders will drop in the last three months of the year.", "1991-02-20",
     "the last three months of the year", "1991-Q4"),
    # when a measure takes effect, told in the past, is the nearest such day
    ("The assembly passed a bill raising the gasoline tax beginning Sept. 1.", "1992-07-15", "Sept. 1",
     "1992-09-01"),
    # ... and is no time the story is at
    ("The board approved a rule requiring helmets beginning May 1. The mayor said she would sign it by the end of "
     "the week.", "1992-04-08", "the end of the week", "1992-W15"),
])
def test_quarters_in_their_last_month_parts_of_the_year_and_days_a_measure_takes_effect(text, published,
                                                                                       expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a state imposed until a day, told in the past, runs on from the act: the day ahead
    ("The airline suspended all flights to the island until Monday.", "2013-10-17", "Monday", "2013-10-21"),
    ("The airline grounded its whole fleet until Monday.", "2013-10-17", "Monday", "2013-10-21"),
    ("The ministry last week banned rice exports until the end of February.", "1998-11-03", "the end of February",
     "1999-02"),
    ("Officials closed the harbor to small boats until Wednesday.", "1998-08-03", "Wednesday", "1998-08-05"),
    # ... other acts that lasted until a day, the nearest such day
    ("The agency kept its storm warning in force until midnight Friday.", "1989-02-22", "midnight Friday",
     "1989-02-24T24:00"),
    ("A fire burned until Sunday afternoon.", "2013-10-21", "Sunday afternoon", "2013-10-20TAF"),
    ("The senators debated until Wednesday night.", "1990-03-09", "Wednesday night", "1990-03-07TNI"),
    # a verb after a modal the tagger takes for an adjective keeps the modal's tense
    ("Airlines said the backlog would not clear until Sunday.", "1998-11-27", "Sunday", "1998-11-29"),
])
def test_until_a_day_told_in_the_past(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a baseline told as a level below, above, ahead of or a multiple of a year back is the period named a year back
    ("Retail sales rose 2.1% in October, well below the 6% gain posted a year earlier.", "1989-11-14",
     "a year earlier", "1988-10"),
    ("The backlog at the end of September was 12% above a year earlier.", "1990-10-20", "a year earlier", "1989-09"),
    ("Jobless claims reached 2.3 million last month, nearly double the figure a year earlier.", "1998-04-10",
     "a year earlier", "1997-03"),
    # ... not a price a thing traded above
    ("Its shares, which traded above $20 a year ago, closed at $7.", "1991-04-09", "a year ago", "1990"),
])
def test_a_year_back_below_or_above_a_level(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # what something told in the past came before, named by its weekday, is the nearest such day
    ("Gunmen attacked a polling station on Tuesday, three days before Friday's presidential election.",
     "2013-05-08", "Friday", "2013-05-10"),
    ("The candidates made a final push yesterday before Tuesday's primary.", "1998-05-17", "Tuesday",
     "1998-05-19"),
    ("Fans rioted on Saturday, a day after Friday's match.", "1998-05-17", "Friday", "1998-05-15"),
])
def test_a_weekday_something_came_before(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a span of months told in the present runs from the next such month when its end is gone
    ("The fishing season runs from November to April.", "1998-08-22", "April", "1999-04"),
    ("The fishing season runs from November to April.", "1998-08-22", "November", "1998-11"),
])
def test_a_span_of_months_told_in_the_present(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, value", [
    # "will" the parser hung on the passive's "be": a future all the same
    ("All public schools in the county will be closed Wednesday as the storm moves in.", "2013-01-29", "2013-01-30"),
    ("The bridge will be reopened Friday after repairs, the state said.", "1998-06-09", "1998-06-12"),
])
def test_a_future_passive_with_its_will_hung_on_be(text, published, value):
    assert value in date_values(text, published).values()


@pytest.mark.parametrize("text, published, expression, value", [
    # a date the parser hangs on the report told after it is of the clause before it, in that clause's tense
    ("The government and rebel leaders will resume peace talks in Nairobi, Kenya, on June 20, regional mediators "
     "said on Monday.", "1998-04-28", "June 20", "1998-06-20"),
    ("The two leaders will hold a summit in Manila, the Philippines, on June 8, officials said on Tuesday.",
     "1998-04-28", "June 8", "1998-06-08"),
    ("The rebels ambushed a convoy near the border on April 12, army officials said on Monday.", "1998-04-27",
     "April 12", "1998-04-12"),
    # ... not one set apart by a semicolon
    ("It was the third flood this year; in May, engineers had warned that the levee would fail.", "1998-09-08",
     "May", "1998-05"),
])
def test_a_date_hung_on_the_report_after_it_takes_the_reported_clause_tense(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # "since" counts from a time gone, whatever year the text talked of before
    ("Managers warned that demand would stay weak until the middle of next year. The shares have lost 9 percent "
     "since the start of the year.", "2013-07-25", "the start of the year", "2013"),
    # a forecast the tagger took for a bare form after a past perfect looks ahead, to the nearest quarter
    ("The chief executive said the company had returned to profit in October and forecast first-quarter sales of "
     "$80 million.", "2013-01-24", "first-quarter", "2013-Q1"),
])
def test_since_and_a_forecast_told_with_a_past_perfect(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # thirty-fourth round: a calendar day a past act looks ahead to is on either side of now (the nearest): the end
    # of a halt or a move ...
    ("The ministry said it had suspended all ferry services to the islands until Dec. 2.", "1998-11-20", "Dec. 2",
     "1998-12-02"),
    ("Rangers closed the canyon trails through Oct. 20.", "2013-10-12", "Oct. 20", "2013-10-20"),
    ("About 9,000 companies had requested extensions to Sept. 15.", "1990-04-18", "Sept. 15", "1990-09-15"),
    ("The agency on Monday put off the launch by a week, to no earlier than April 4.", "1998-03-25", "April 4",
     "1998-04-04"),
    # ... a purpose, or a thing to be done ...
    ("The House voted 228-201 on Tuesday to keep the agencies running through Dec. 11.", "2013-10-16", "Dec. 11",
     "2013-12-11"),
    ("Monday's ruling cleared the way for the merger to close by Aug. 30.", "1989-08-09", "Aug. 30", "1989-08-30"),
    ("Mr. Hale said the March survey, to be published April 6, would settle the question.", "1990-03-20",
     "April 6", "1990-04-06"),
    # ... a day set, or once set
    ("The panel set May 9 for a hearing on the petition.", "2013-04-23", "May 9", "2013-05-09"),
    ("The first date, Feb. 26, was dropped after the singer fell ill.", "1998-02-03", "Feb. 26", "1998-02-26"),
    ("The bank had initially set a Jan. 31 deadline for the bids.", "1990-01-15", "Jan. 31", "1990-01-31"),
    ("The ship was originally scheduled to sail Aug. 4 but engine trouble kept it in port.", "1989-08-20",
     "Aug. 4", "1989-08-04"),
    ("The commission set municipal elections on Feb. 9, ending weeks of dispute.", "1998-01-20", "Feb. 9",
     "1998-02-09"),
    # what lies ahead of a day told is ahead, and the period a figure is for is the nearest
    ("The party held its congress on Saturday, ahead of the country's entry into the alliance on March 12.",
     "1998-01-26", "March 12", "1998-03-12"),
    ("Profit for the period through Dec. 31 will be about $4 million, the company said.", "1990-01-25", "Dec. 31",
     "1989-12-31"),
    # a range's end is on or after its start
    ("The fares apply to seats bought from today through May 31.", "1989-03-02", "May 31", "1989-05-31"),
    # a weekday so told stays the last one, and a day simply done is gone
    ("The envoy flew to Cairo to sign the accord on Monday.", "1998-03-12", "Monday", "1998-03-09"),
    ("The plant was shut by the storm on June 3.", "1990-03-12", "June 3", "1989-06-03"),
])
def test_a_day_a_past_act_looks_ahead_to(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # thirty-fourth round: what is undone or appealed is done, whatever the tense of the undoing
    ("Protesters urged the council to reverse its Nov. 28 vote on the bridge.", "1990-01-09", "Nov. 28",
     "1989-11-28"),
    ("The senate voted to repeal the Jan. 4 decree.", "2013-03-04", "Jan. 4", "2013-01-04"),
    ("The club will appeal Saturday's ruling.", "1998-05-13", "Saturday", "1998-05-09"),
    # a harm named by its day (its number hung on the month), under a verb of the future: the nearest
    ("Investigators plan to publish their report on the Aug. 2 derailment by the spring.", "1998-12-10", "Aug. 2",
     "1998-08-02"),
    # a market's move named by its day is gone, whatever the tense
    ("Thursday's 300-point slide remains fresh in traders' minds.", "1989-10-16", "Thursday", "1989-10-12"),
    # a time clause told in the present under a future verb is ahead
    ("Once the December rains hit, the roads will be impassable.", "1989-11-08", "December", "1989-12"),
])
def test_a_day_undone_a_harm_named_and_a_time_clause_ahead(text, published, expression, value):
    assert date_values(text, published)[expression] == value
