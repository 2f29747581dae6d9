"""Dates read after a day long gone that a relative clause recalls, national days, the small hours of no day told,
prices quoted at a time of the session, the months of a season of every year and a year back before the month of
its figure, end to end with the trained parser (issue 11; sentences invented in the styles of the thirty-fifth
round)."""

from __future__ import annotations

import pytest

from helpers import date_values

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, expression, value", [
    # a day long gone told in a relative clause is a thing's past: a later sentence's time is of the scene
    ("Vietnam marked National Day on Wednesday in the square where Ho Chi Minh read the declaration of "
     "independence on Sept. 2, 1945. Ambassadors attended a reception that evening. A day earlier, the government "
     "had announced an amnesty.", "1998-09-04", "that evening", "1998-09-02TEV"),
    ("Vietnam marked National Day on Wednesday in the square where Ho Chi Minh read the declaration of "
     "independence on Sept. 2, 1945. Ambassadors attended a reception that evening. A day earlier, the government "
     "had announced an amnesty.", "1998-09-04", "A day earlier", "1998-09-01"),
    ("Sterling rose after Governor Ashworth, who took over from his predecessor on July 1, unveiled the new "
     "guidance. The pound gained half a cent shortly after the announcement at 10:30 a.m.", "2013-08-07",
     "10:30 a.m.", "2013-08-07T10:30"),
    ("Hundreds gathered Thursday to mark the anniversary of the explosion that killed 14 workers on Feb. 14, "
     "1993. A bell tolled at 10:42 a.m., and relatives read the names of the dead.", "2013-02-14", "10:42 a.m.",
     "2013-02-14T10:42"),
    # but a time that points back to it is of it, when it is less than a year gone ("that night")
    ("A grand jury began hearing evidence in the death of an inmate who was found hanged in his cell on July 4, "
     "sources said Thursday. Two guards who checked on him that night were placed on leave.", "1990-09-14",
     "that night", "1990-07-04TNI"),
    # and one of its own sentence is of it
    ("The walkout, which began Feb. 1 after talks collapsed the previous night, halted deliveries.",
     "1990-03-15", "the previous night", "1990-01-31TNI"),
])
def test_a_day_recalled_in_a_relative_clause(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # "that year" is another year than the publication's
    ("The mill exploded on Feb. 14, 1993, killing 14 workers. On Thursday, relatives gathered at the site. "
     "Lawmakers passed tougher rules later that year.", "2013-02-15", "that year", "1993"),
    ("The plant opened in 1987. Output doubled that year.", "1990-05-02", "that year", "1987"),
])
def test_that_year_is_another_year(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a part of the day talked about names no day: a clock time in its clause takes the story's
    ("The declaration of independence was read in Kawit on June 12, 1898. The president will lead a ceremony at "
     "8 a.m. in Kawit before a parade in the afternoon.", "1998-06-12", "8 a.m.", "1998-06-12T08:00"),
])
def test_a_part_of_the_day_names_no_day(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # the small hours past a time of no day told are the publication's
    ("Good evening. After a debate that stretched past 1 a.m., the House early this morning passed a bill.",
     "1998-07-23", "1 a.m.", "1998-07-23T01:00"),
    # a past morning after an evening still ahead today is this morning, not tomorrow's
    ("Good evening. It is Election Day, and polls have just closed in Indiana and Kentucky. Voting will end in 23 "
     "more states at 8 p.m. Eastern. Turnout appears heavy in the Northeast, where polling places opened at 6 a.m. "
     "under clear skies.", "1998-11-03", "6 a.m.", "1998-11-03T06:00"),
    # but the small hours after a late night told stay the next day's, and so does the end of a span of hours
    ("The city's military commander imposed a curfew from 9 p.m. to 5 a.m. and ordered troops to shoot looters.",
     "1998-05-14", "5 a.m.", "1998-05-15T05:00"),
    ("Lawmakers debated until 11 p.m. Monday. The final vote came at 2:15 a.m.", "1998-07-22", "2:15 a.m.",
     "1998-07-21T02:15"),
])
def test_the_small_hours(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a price quoted at a time of the session is of the story's day, not of a report's told since
    ("The central bank cut its key rate on Thursday. Consumer prices rose 4.9 percent in March, figures showed "
     "on Tuesday. The leu fell after the decision before recovering to 4.35 by 4 p.m.", "2013-05-02", "4 p.m.",
     "2013-05-02T16:00"),
    ("The euro zone economy shrank 0.6 percent in the fourth quarter, data showed on Thursday. The European "
     "Central Bank, which left rates at a record low of 0.75 percent last Thursday, will publish new forecasts on "
     "March 7. The euro eased to $1.3340 shortly after 11 a.m. as traders trimmed bets on a recovery.",
     "2013-02-14", "11 a.m.", "2013-02-14T11:00"),
])
def test_a_price_quoted_at_a_time(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # the closing session of a gathering is an event ahead, not a market's close gone
    ("Organizers said 800 delegates had registered, and the foreign minister will address the closing session on "
     "Saturday.", "1998-05-07", "Saturday", "1998-05-09"),
    ("The prime minister will speak at the closing ceremony on Sunday.", "2013-07-24", "Sunday", "2013-07-28"),
    # a closing price is gone
    ("The offer is a 38 percent premium to the closing price on Tuesday.", "2013-07-24", "Tuesday", "2013-07-23"),
])
def test_a_closing_event_is_no_market_close(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a national day many countries keep is the day of the country named near it
    ("India celebrated Independence Day today under tight security.", "1998-08-15", "Independence Day",
     "1998-08-15"),
    ("Filipinos celebrate Independence Day today with festivities in Kawit.", "1998-06-12", "Independence Day",
     "1998-06-12"),
    ("Albanians marked Independence Day yesterday with a ceremony in Vlore.", "1998-11-29", "Independence Day",
     "1998-11-28"),
    ("The president is due back in Abuja on Sept. 28, ahead of Independence Day celebrations.", "2013-09-20",
     "Independence Day", "2013-10-01"),
    ("China received 41 million visitors on Tuesday as the week-long National Day holiday got under way.",
     "2013-10-02", "National Day", "2013-10-01"),
    # the United States' when the text names no other country
    ("Bond prices rallied as traders returned from the Independence Day holiday.", "1990-07-05",
     "Independence Day", "1990-07-04"),
    # or the country the text names, when its sentence names none
    ("The capital was decorated with flags. A week-long holiday begins on National Day, Chinese officials said.",
     "1998-09-28", "National Day", "1998-10-01"),
    # holidays of one country, and of the Christian calendar
    ("Stores reopened after Canada Day.", "2013-07-03", "Canada Day", "2013-07-01"),
    ("Lent begins on Ash Wednesday.", "2013-02-01", "Ash Wednesday", "2013-02-13"),
])
def test_national_days_and_holidays(text, published, expression, value):
    assert date_values(text, published)[expression] == value


def test_a_national_day_of_a_country_that_keeps_none_is_no_date():
    # Estonia's Victory Day (June 23) is not in the table: no date rather than another country's
    assert "Victory Day" not in date_values("Estonians will mark Victory Day with parades.", "1998-06-20")


@pytest.mark.parametrize("text, published, expression, value", [
    # the months of a season told in the present are of every year
    ("Storms are common during the monsoon season, which runs from June to September.", "2013-06-20", "September",
     "XXXX-09"),
    ("Landslides are common in the rainy season, which usually starts in June.", "2013-05-05", "June", "XXXX-06"),
    # not one told in the past, nor this year's season
    ("The rainy season, which began in June, has killed 40 people.", "2013-07-05", "June", "2013-06"),
    ("It is the fourth named storm of a hurricane season that runs from June 1 through Nov. 30.", "2013-08-02",
     "Nov. 30", "2013-11-30"),
    # nor the season ahead
    ("Traders hope business will pick up in the wedding season, which starts in November.", "1998-09-10",
     "November", "1998-11"),
    ("The league will add two playoff teams next season, which opens Sept. 9.", "1990-03-14", "Sept. 9",
     "1990-09-09"),
])
def test_the_months_of_a_season_of_every_year(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a baseline before the month the figure is of: that month, a year back
    ("China's exports rose 13.9 percent from a year earlier to 13.6 billion dollars in February, officials said.",
     "1998-03-25", "a year earlier", "1997-02"),
    ("Japan's trade surplus expanded 34.5 percent from a year earlier to 1.21 trillion yen in October.",
     "1998-11-24", "a year earlier", "1997-10"),
    # not a month another figure is compared at
    ("Loans rose 6.2% from a year earlier, down from 7.0% in February.", "1990-04-10", "a year earlier", "1989"),
])
def test_a_year_back_before_the_month_of_the_figure(text, published, expression, value):
    assert date_values(text, published)[expression] == value
