"""Temporal normalization: each form of the issue, with a pinned publication date (Friday 2019-04-26)."""

from __future__ import annotations

import pytest

from pipeline.lang.dates import grammar
from pipeline.normalize.dates import dates, normalize
from pipeline.records import Article, Mention

from helpers import document_dates as document

PUBLISHED = "2019-04-26"  # a Friday


def timex(text: str, *, published: str | None = PUBLISHED, tense: str | None = None, day_first: bool = False):
    """Normalize ``text`` as one mention of its own."""
    return normalize(Mention(text, "DATE", 0, len(text), 0, {"tense": tense}), published=published,
                     day_first=day_first)


@pytest.mark.parametrize("text, value", [
    ("October 12, 1948", "1948-10-12"),
    ("26th April, 2019", "2019-04-26"),
    ("12 Oct. 1948", "1948-10-12"),
    ("2019-04-26", "2019-04-26"),
    ("04/26/2019", "2019-04-26"),
    ("26.04.2019", "2019-04-26"),
    ("Friday, April 26, 2019", "2019-04-26"),
    ("the 8th of August 2001", "2001-08-08"),
    ("March 12 2009", "2009-03-12"),
    ("7/8/07", "2007-07-08"),
    ("Christmas 2018", "2018-12-25"),
    ("Black Friday 2018", "2018-11-23"),  # the day after the fourth Thursday of November
    ("Thanksgiving eve 2018", "2018-11-21"),  # the day before it
    ("Election Day 2012", "2012-11-06"),  # the US federal one: the Tuesday after the first Monday of November
    ("Election Day 2016", "2016-11-08"),
    ("Cyber Monday 2018", "2018-11-26"),
    ("Fourth of July 1976", "1976-07-04"),
    ("New Year's 1997", "1997-01-01"),
    ("Veterans Day 2001", "2001-11-11"),
    ("Mother's Day 2019", "2019-05-12"),
    ("26-Apr-2019", "2019-04-26"),
    ("2019/04/26", "2019-04-26"),
    ("Apr. 26th '19", "2019-04-26"),
    ("friday, 03 september 2014", "2014-09-03"),
])
def test_explicit_dates(text, value):
    t = timex(text)
    assert (t.type, t.value, t.start_date, t.end_date, t.precision, t.anchor) == \
        ("DATE", value, value, value, "day", "absolute")


@pytest.mark.parametrize("text, value, start, end", [
    ("Labor Day weekend 2019", "2019-W35-WE", "2019-08-31", "2019-09-01"),  # before a Monday holiday
    ("Thanksgiving weekend 1999", "1999-W47-WE", "1999-11-27", "1999-11-28"),  # after a Thursday one
    ("Easter weekend 1999", "1999-W13-WE", "1999-04-03", "1999-04-04"),  # the one it ends
])
def test_a_holiday_weekend_is_the_weekend_next_to_it(text, value, start, end):
    t = timex(text)
    assert (t.value, t.start_date, t.end_date, t.precision) == (value, start, end, "week")


@pytest.mark.parametrize("text, day_first, value", [
    ("04/05/2019", False, "2019-04-05"),
    ("04/05/2019", True, "2019-05-04"),
    ("26/04/2019", False, "2019-04-26"),  # only one reading is a date
    ("04/26/2019", True, "2019-04-26"),
])
def test_numeric_day_month_order(text, day_first, value):
    assert timex(text, day_first=day_first).value == value


@pytest.mark.parametrize("text, value, start, end, precision, mod", [
    ("July 2000", "2000-07", "2000-07-01", "2000-07-31", "month", None),
    ("1961", "1961", "1961-01-01", "1961-12-31", "year", None),
    ("the 1990s", "199", "1990-01-01", "1999-12-31", "decade", None),
    ("the '70s", "197", "1970-01-01", "1979-12-31", "decade", None),
    ("the 21st century", "20", "2000-01-01", "2099-12-31", "century", None),
    ("mid-2018", "2018", "2018-01-01", "2018-12-31", "year", "MID"),
    ("early 2019", "2019", "2019-01-01", "2019-12-31", "year", "START"),
    ("late 2006", "2006", "2006-01-01", "2006-12-31", "year", "END"),
    ("the end of 2018", "2018", "2018-01-01", "2018-12-31", "year", "END"),
    ("the first quarter of 2020", "2020-Q1", "2020-01-01", "2020-03-31", "quarter", None),
    ("Q3 2019", "2019-Q3", "2019-07-01", "2019-09-30", "quarter", None),
    ("the first half of 2019", "2019-H1", "2019-01-01", "2019-06-30", "half", None),
    ("summer 2013", "2013-SU", "2013-06-01", "2013-08-31", "season", None),
    ("the winter of 2013", "2013-WI", "2013-12-01", "2014-02-28", "season", None),
    ("'82", "1982", "1982-01-01", "1982-12-31", "year", None),
    ("fiscal 2007", "FY2007", None, None, "year", None),
    # a fiscal year over two calendar years is named by the one it ends in
    ("fiscal 2013/14", "FY2014", None, None, "year", None),
    ("fiscal 1989-90", "FY1990", None, None, "year", None),
    ("2012/13 financial year", "FY2013", None, None, "year", None),
    ("1999-2000 fiscal year", "FY2000", None, None, "year", None),
    ("FY2013/14", "FY2014", None, None, "year", None),
])
def test_partial_dates_keep_their_precision(text, value, start, end, precision, mod):
    t = timex(text)
    assert (t.value, t.start_date, t.end_date, t.precision, t.mod) == (value, start, end, precision, mod)


@pytest.mark.parametrize("text, value, start, end", [
    ("July-August 2001", "2001-07/2001-08", "2001-07-01", "2001-08-31"),
    ("2016-2017", "2016/2017", "2016-01-01", "2017-12-31"),
    ("2010-11", "2010/2011", "2010-01-01", "2011-12-31"),
    ("between 2007 and 2012", "2007/2012", "2007-01-01", "2012-12-31"),
    ("from May to June", "2019-05/2019-06", "2019-05-01", "2019-06-30"),
    ("April 25-26, 2019", "2019-04-25/2019-04-26", "2019-04-25", "2019-04-26"),
    ("December 2018 to March", "2018-12/2019-03", "2018-12-01", "2019-03-31"),
])
def test_ranges_are_one_interval(text, value, start, end):
    t = timex(text)
    assert (t.type, t.value, t.start_date, t.end_date) == ("DATE", value, start, end)


@pytest.mark.parametrize("text, tense, value", [
    ("Thursday", "past", "2019-04-25"),
    ("Thursday", "future", "2019-05-02"),
    ("Thursday", None, "2019-04-25"),  # the nearer one
    ("Monday", None, "2019-04-29"),
    ("Friday", "past", "2019-04-26"),
    ("last Friday", None, "2019-04-19"),
    ("next Monday", None, "2019-04-29"),
    ("yesterday", None, "2019-04-25"),
    ("today", None, "2019-04-26"),
    ("tomorrow", None, "2019-04-27"),
    ("the day before yesterday", None, "2019-04-24"),
    ("last week", None, "2019-W16"),
    ("this week", None, "2019-W17"),
    ("next week", None, "2019-W18"),
    ("the weekend", None, "2019-W17-WE"),
    ("the weekend", "future", "2019-W17-WE"),
    ("over the weekend", "past", "2019-W16-WE"),  # the one just gone
    ("last weekend", None, "2019-W16-WE"),
    ("next month", None, "2019-05"),
    ("last month", None, "2019-03"),
    ("last year", None, "2018"),
    ("this year", None, "2019"),
    ("earlier this year", None, "2019"),
    ("two years ago", None, "2017"),
    ("a week from today", None, "2019-05-03"),
    ("two years from now", None, "2021"),
    ("a week ago", None, "2019-04-19"),
    ("less than two weeks ago", None, "2019-04-12"),
    ("two weeks ago", None, "2019-W15"),  # so many weeks back: that week
    ("the previous day", None, "2019-04-25"),
    ("last September", None, "2018-09"),
    ("next March", None, "2020-03"),
    ("this summer", None, "2019-SU"),
    ("last winter", None, "2018-WI"),
    ("the last quarter", None, "2019-Q1"),
    ("third-quarter", None, "2019-Q3"),
    ("the fourth quarter", "past", "2018-Q4"),
    ("the fourth quarter", "future", "2019-Q4"),  # 2018-Q4 ended four months before
    ("the first quarter", "future", "2019-Q1"),  # ended last month: "will report first-quarter results"
    ("the first half", "future", "2019-H1"),  # not over yet
    ("this decade", None, "201"),
    ("now", None, "PRESENT_REF"),
    ("currently", None, "PRESENT_REF"),
    ("recently", None, "PAST_REF"),
    ("several years ago", None, "PAST_REF"),
    ("years ago", None, "PAST_REF"),
    ("decades ago", None, "PAST_REF"),
    ("the future", None, "FUTURE_REF"),
    ("the coming weeks", None, "FUTURE_REF"),
    ("coming months", None, "FUTURE_REF"),  # "in coming months"
    ("the week before last", None, "2019-W15"),
    ("the weekend before last", None, "2019-W15-WE"),
    ("the year before last", None, "2017"),
    ("the month after next", None, "2019-06"),
    ("the spring of last year", None, "2018-SP"),  # a part of a year, like "the third quarter of last year"
    ("the summer of next year", None, "2020-SU"),
    ("the latest week", None, "2019-W16"),  # "in the latest week, money-market assets grew"
    ("the most recent month", None, "2019-03"),
    ("the weeks to come", None, "FUTURE_REF"),
    ("the foreseeable future", None, "FUTURE_REF"),
    ("recent times", None, "PAST_REF"),
    ("a short time ago", None, "PAST_REF"),
    ("moments ago", None, "PAST_REF"),
    ("a little while ago", None, "PAST_REF"),
])
def test_relative_dates_count_from_the_publication_date(text, tense, value):
    t = timex(text, tense=tense)
    assert t.value == value
    assert t.anchor == "publication"


@pytest.mark.parametrize("text, value", [
    ("Thursday", "XXXX-WXX-4"),
    ("yesterday", "XXXX-XX-XX"),
    ("last week", "XXXX-WXX"),
    ("last year", "XXXX"),
    ("next month", "XXXX-XX"),
    ("August 8", "XXXX-08-08"),
    ("the fourth quarter", "XXXX-Q4"),
    ("this morning", "XXXX-XX-XXTMO"),
])
def test_without_publication_date_relative_dates_stay_unresolved(text, value):
    t = timex(text, published=None)
    assert (t.value, t.start_date, t.end_date, t.anchor) == (value, None, None, "unresolved")


@pytest.mark.parametrize("text, value, mod", [
    ("24 days", "P24D", None),
    ("five years", "P5Y", None),
    ("27-year", "P27Y", None),
    ("two and a half years", "P2.5Y", None),
    ("18 months", "P18M", None),
    ("two consecutive quarters", "P2Q", None),
    ("30 minutes", "PT30M", None),
    ("12-hour", "PT12H", None),
    ("a decade", "P10Y", None),
    ("half a century", "P50Y", None),
    ("the past decade", "P10Y", None),
    ("the next six months", "P6M", None),
    ("the next couple of years", "P2Y", None),
    ("several years", "PXY", None),
    ("a few days", "PXD", None),
    ("about two years", "P2Y", "APPROX"),
    ("more than a week", "P1W", "MORE_THAN"),
    ("nearly five months", "P5M", "LESS_THAN"),
    ("single-day", "P1D", None),
    ("decade-long", "P10Y", None),
    ("yearlong", "P1Y", None),
    ("56-year-old", "P56Y", None),
    ("an hour and a half", "PT1H30M", None),  # a part of an hour or a minute in the smaller unit, as TimeML
    ("half an hour", "PT30M", None),
    ("four and a half hours", "PT4H30M", None),
    ("1.5 minutes", "PT1M30S", None),
    ("two years and a half", "P2.5Y", None),
    ("three hours and nine minutes", "PT3H9M", None),  # lengths of ever smaller units are one
    ("four minutes, 20 seconds", "PT4M20S", None),
    ("two years and six months", "P2Y6M", None),
    ("about one hour and 40 minutes", "PT1H40M", "APPROX"),
    ("41 minutes 8 seconds", "PT41M8S", None),  # a race time, told one unit after the other
    ("two hours six minutes 12 seconds", "PT2H6M12S", None),
    ("12 minutes 47.53 seconds", "PT12M47.53S", None),
])
def test_durations(text, value, mod):
    t = timex(text)
    assert (t.type, t.value, t.mod, t.start_date) == ("DURATION", value, mod, None)


@pytest.mark.parametrize("text, value", [
    ("annually", "P1Y"),
    ("weekly", "P1W"),
    ("semiannually", "P6M"),
    ("half-yearly", "P6M"),
    ("every week", "P1W"),
    ("every other week", "P2W"),
    ("each year", "P1Y"),
    ("twice a year", "P1Y"),
    ("every Monday", "XXXX-WXX-1"),
    ("Mondays", "XXXX-WXX-1"),
    ("Saturday nights", "XXXX-WXX-6TNI"),  # a part of every such day
    ("Friday mornings", "XXXX-WXX-5TMO"),
    ("every summer", "XXXX-SU"),
    ("each autumn", "XXXX-FA"),
    ("every weekend", "XXXX-WXX-WE"),
    ("every quarter", "P3M"),  # as "quarterly": every three months
    ("each quarter", "P3M"),
    ("every other quarter", "P6M"),
    ("five days a week", "P1W"),  # so many days of every week
    ("two nights a week", "P1W"),
])
def test_sets(text, value):
    t = timex(text)
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize("text, tense, value", [
    ("10 a.m.", None, "2019-04-26T10:00"),
    ("6:40 p.m.", None, "2019-04-26T18:40"),
    ("18:00 UTC", None, "2019-04-26T18:00Z"),
    ("0800 GMT", None, "2019-04-26T08:00Z"),
    ("noon", None, "2019-04-26T12:00"),
    ("Monday morning", "past", "2019-04-22TMO"),
    ("this morning", None, "2019-04-26TMO"),
    ("last night", None, "2019-04-25TNI"),
    ("16:00 UTC today", None, "2019-04-26T16:00Z"),
    ("Sat, 27 Apr 2019 08:00:00 +0000", None, "2019-04-27T08:00Z"),
    ("2014-10-09T17:57:39+00:00", None, "2014-10-09T17:57Z"),
])
def test_times(text, tense, value):
    t = timex(text, tense=tense)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize("text", [
    "40 students", "the 70th anniversary", "$1.9 million", "56.2 percent", "won 3-1", "the first time",
    "Boeing 787", "1,500 jobs", "may", "March on", "a second", "the fall of Rome", "",
    "They joined the March for Our Lives.", "He flew to Christmas Island.", "Theresa May said",
    "about a quarter of its dealers", "in his 50s", "Resolution 2231", "a 3:1 ratio",
])
def test_not_dates(text):
    assert grammar().scan(text) == [] or timex(text) is None


@pytest.mark.parametrize("text", ["The blast killed 11 this morning.", "Shares rose to 11 this morning."])
def test_a_bare_number_before_a_part_of_a_day_is_no_clock_time(text):
    assert [text[m.start:m.end] for m in grammar().scan(text)] == ["this morning"]


def test_narrative_year_for_a_dated_history():
    text = ("In July-August 2001, the leader visited Russia. The trip lasted 24 days.\n\n"
            "On August 8, he met Putin.")
    found = document(text)
    assert found["July-August 2001"] == "2001-07/2001-08"
    assert found["24 days"] == "P24D"
    assert found["August 8"] == "2001-08-08"


def test_short_news_item_takes_the_publication_year():
    assert document("The company said on March 3 that it would cut jobs.")["March 3"] == "2019-03-03"


def test_past_date_that_would_be_in_the_future_is_last_year():
    found = document("The plane made its maiden flight on 11 December.", published="2010-01-25")
    assert found["11 December"] == "2009-12-11"


def test_future_verb_keeps_the_coming_date():
    found = document("It will arrive on November 11. It was ordered in November 2006.",
                     published="2005-11-05", tense="future")
    assert found["November 11"] == "2005-11-11"


def test_comparison_date_does_not_set_the_narrative():
    found = document("The index hit its lowest level since 1983. It has not closed above 8,000 since "
                     "February.", published="2009-04-04")
    assert found["February"] == "2009-02"


def test_narrative_needs_a_near_date():
    text = ("In 2001, it was founded.\n\nIt grew. It hired.\n\nIt sold cars. It made trucks.\n\n"
            "On March 3, it opened a plant.")
    assert document(text)["March 3"] == "2019-03-03"


def test_a_planned_future_is_no_narrative():
    found = document("Deliveries start in 2007. Its first stop is on November 11.", published="2005-11-05",
                     tense=None)
    assert found["November 11"] == "2005-11-11"


def test_until_leans_to_the_future():
    found = document("The planes are not due until October.", published="2007-03-19", tense="present")
    assert found["October"] == "2007-10"


def test_the_same_words_give_the_same_date():
    text = "It arrives on November 11. The stop on November 11, maybe eliminated, was a plan."
    found = [t.value for t in dates(
        [Mention("November 11", "DATE", 14, 25, 0, {"tense": "future"}),
         Mention("November 11", "DATE", 38, 49, 1, {"tense": "past"})],
        Article(doc_id="t", source="t", text=text, published="2005-11-05"))]
    assert found == ["2005-11-11", "2005-11-11"]


def test_coordinated_dates_share_the_year():
    found = document("In April and November 2017, a delegation visited.")
    assert (found["April"], found["November 2017"]) == ("2017-04", "2017-11")


@pytest.mark.parametrize("text, published, tense, expression, value", [
    ("Clocks will spring forward on the first Sunday in April.", "1998-10-26", "future", "the first Sunday in April",
     "1999-04-04"),
    ("The primary was held on the second Tuesday of September.", "2013-10-01", "past",
     "the second Tuesday of September", "2013-09-10"),
    ("The vote is set for the last Monday of May 2014.", "2013-05-01", None, "the last Monday of May 2014",
     "2014-05-26"),
])
def test_a_weekday_counted_in_a_month(text, published, tense, expression, value):
    assert document(text, published=published, tense=tense)[expression] == value


@pytest.mark.parametrize("published, value", [
    ("2013-05-27", "2013-W22-WE"),  # told on a Monday: the coming one, five days on
    ("2013-05-26", "2013-W22-WE"),  # on a Sunday: the one after today's
    ("2013-05-23", "2013-W22-WE"),  # on a Thursday: the one after the coming one
])
def test_next_weekend(published, value):
    assert document("The series moves to Milwaukee next weekend.", published=published, tense=None)[
        "next weekend"] == value


def test_month_of_next_year():
    found = document("Dealers will be closed after October of next year.", published="2009-05-15", tense=None)
    assert (found["October"], found["next year"]) == ("2010-10", "2010")


@pytest.mark.parametrize("text, expression, value", [
    # (with no "of", one expression, as TimeML spans it)
    ("The index hit a high in September last year.", "September last year", "2008-09"),
    ("The vote was held on March 3 this year.", "March 3 this year", "2009-03-03"),
    ("The first flight will take place in August or September of this year.", "August", "2009-08"),
    ("In March, last year's winner lost.", "March", "2009-03"),  # a possessive is no year of the month
])
def test_a_month_takes_the_year_counted_after_it(text, expression, value):
    assert document(text, published="2009-10-15")[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("The deal was signed on June 3, 2018. Talks resumed the same day.", "the same day", "2018-06-03"),
    ("The deal was signed on June 3, 2018. Talks resumed the next day.", "the next day", "2018-06-04"),
    ("The firm was founded in 2001. It was sold the following year.", "the following year", "2002"),
    ("It lost $3 billion in the fourth quarter of 2005 and $8 billion for the entire year.",
     "the entire year", "2005"),
    ("Sales fell last month from the previous year.", "the previous year", "2018"),
    ("Sales rose in February compared to the same period last year.", "the same period last year", "2018-02"),
    ("Profit fell from the same period last year.", "the same period last year", "2018-04"),  # no day: a month
    ("On Monday, prices were up 2% from the same day last year.", "the same day last year", "2018-04-22"),
    # the same quarter a year back: that quarter of the year before, not the quarter before
    ("Sales rose 5% in the third quarter from the same quarter last year.", "the same quarter last year", "2017-Q3"),
    ("Output fell in the first quarter, compared with the same quarter a year ago.", "the same quarter a year ago",
     "2018-Q1"),
    ("The plane landed on Tuesday in Everett at 18:00 UTC.", "18:00 UTC", "2019-04-23T18:00Z"),
    # "before" or "after" ending the phrase before a preposition or a conjunction, not what it counts from
    ("The talks ended on Tuesday. He had resigned the day before in a speech.", "the day before", "2019-04-22"),
    ("The talks ended on Tuesday. She arrived the day before and left.", "the day before", "2019-04-22"),
    ("The talks ended on Tuesday. The vote was held the night before in the capital.", "the night before",
     "2019-04-22TNI"),
    ("Sales rose to $5 billion in 2017 from $4 billion the year before.", "the year before", "2016"),
    # "early" or "late" makes "the next year" a part of the year after, not a stretch of time
    ("She was first elected in 1966. Early the next year she cast the deciding vote.", "Early the next year",
     "1967"),
])
def test_anaphoric_dates_count_from_the_last_date(text, expression, value):
    assert document(text)[expression] == value


def test_the_period_is_the_reporting_period_talked_about():
    found = document("Profit rose 5% in the third quarter. Sales for the period rose 3%.", published="1989-11-02")
    assert found == {"the third quarter": "1989-Q3", "the period": "1989-Q3"}
    text = "Third-quarter net income rose 10%. Revenue in the latest period was $2 billion."
    assert document(text, published="1989-11-02")["the latest period"] == "1989-Q3"
    # no period named before, or no money: no date
    assert document("Sales for the period rose 3%.") == {}
    assert document("In the third quarter, the period of martial law ended.").get("the period") is None


def test_a_part_of_a_fiscal_year_owned_by_a_name_takes_its_year():
    found = document("Revenue for the second quarter of Dell's fiscal 2014 fell 2%.", published="2013-08-15")
    assert found == {"the second quarter": "2014-Q2", "fiscal 2014": "FY2014"}  # as "of fiscal 2014" reads


def test_last_or_next_counts_from_the_publication_even_in_a_told_history():
    # PUBLISHED is 2019-04-26; the history is 1987's, but "last September" is the one before publication
    found = document("In 1987, the plant opened, and it closed last September.")
    assert found["last September"] == "2018-09"
    assert document("In 1987, the plant opened. It closed last Christmas.")["last Christmas"] == "2018-12-25"
    assert document("The store will reopen next Easter.", tense="future")["next Easter"] == "2020-04-12"


@pytest.mark.parametrize("text, expression, value", [
    ("The plane landed on Tuesday at 18:00 UTC.", "Tuesday at 18:00 UTC", "2019-04-23T18:00Z"),
    ("It opens at 10 a.m. on March 3, 2019.", "10 a.m.", "2019-03-03T10:00"),  # ("on" ends a TIMEX3)
    ("It opens at 10 a.m. on March 3, 2019.", "March 3, 2019", "2019-03-03"),
    ("Posted Mon, 04 May 2015 13:10:00 GMT.", "Mon, 04 May 2015 13:10:00 GMT", "2015-05-04T13:10Z"),
    ("Talks resume tomorrow at 5pm.", "tomorrow at 5pm", "2019-04-27T17:00"),
    ("At 16:15 UTC, June 1st, he spoke.", "16:15 UTC", "2019-06-01T16:15Z"),  # the day that follows
    ("He will speak tonight at 9 p.m. EST.", "tonight at 9 p.m. EST", "2019-04-26T21:00"),  # the clock wins
    ("He will speak at 9 p.m. tonight.", "9 p.m. tonight", "2019-04-26T21:00"),
    ("Shots rang out last night at 11:30 p.m.", "last night at 11:30 p.m.", "2019-04-25T23:30"),
    ("He left at 6 a.m. this morning.", "6 a.m. this morning", "2019-04-26T06:00"),
    # a clock with no a.m./p.m. is read in the part of the day said with it
    ("He was arrested at 3:00 this afternoon.", "3:00 this afternoon", "2019-04-26T15:00"),
    ("He will speak at eight o'clock tonight.", "eight o'clock tonight", "2019-04-26T20:00"),
    ("The fire started at 11:30 last night.", "11:30 last night", "2019-04-25T23:30"),
    # a bare hour after a word of time, before a part of a day
    ("He repeated the denial at 11 this morning.", "11 this morning", "2019-04-26T11:00"),
    ("He will speak at eight tonight.", "eight tonight", "2019-04-26T20:00"),
    ("They met again at 3 yesterday afternoon.", "3 yesterday afternoon", "2019-04-25T15:00"),
    ("As of 6 this morning, she led by 300 votes.", "6 this morning", "2019-04-26T06:00"),
    ("The pots burned until 7 Thursday morning.", "7 Thursday morning", "2019-04-25T07:00"),
    ("The polls closed at 8 in the evening.", "8 in the evening", "2019-04-26T20:00"),
    ("It was 3:35 in the morning on the East Coast.", "3:35 in the morning", "2019-04-26T03:35"),
    ("He left at 9:00 this morning.", "9:00 this morning", "2019-04-26T09:00"),
    ("The blast came at 5 o'clock in the morning.", "5 o'clock in the morning", "2019-04-26T05:00"),
    ("The vote ends at 3:30 in the afternoon.", "3:30 in the afternoon", "2019-04-26T15:30"),
    ("The bus crashed at about 10:30 Thursday night.", "about 10:30 Thursday night", "2019-04-25T22:30"),
    ("Police came at 2:30 Friday night.", "2:30 Friday night", "2019-04-26T02:30"),
    # with no a.m./p.m. and no part of the day, one to six o'clock is in the afternoon; a 24-hour clock or the
    # small hours say otherwise
    ("The session began at 2:30.", "2:30", "2019-04-26T14:30"),
    ("Results are due at 4 o'clock.", "4 o'clock", "2019-04-26T16:00"),
    ("The meeting ended at 4:30 Central time.", "4:30 Central time", "2019-04-26T16:30"),
    ("The talks resumed at 9:30 Friday.", "9:30 Friday", "2019-04-26T09:30"),
    ("Fighting began at 04:30.", "04:30", "2019-04-26T04:30"),
    ("Fighting began at 3:15 GMT.", "3:15 GMT", "2019-04-26T03:15Z"),
    ("The shots were fired at 2:15 early Friday.", "2:15 early Friday", "2019-04-26T02:15"),
    # a part of a named day
    ("He returned home on the evening of March 3.", "the evening of March 3", "2019-03-03TEV"),
    ("On the morning of Sept. 11, 2001, planes hit.", "the morning of Sept. 11, 2001", "2001-09-11TMO"),
    ("In the early morning of Sunday, rebels attacked.", "the early morning of Sunday", "2019-04-28TMO"),
])
def test_a_day_and_a_time_of_day(text, expression, value):
    assert document(text, tense=None)[expression] == value


@pytest.mark.parametrize("text, expected", [
    # a quarter said to be fiscal is of a fiscal year (``FY``), named by the calendar year it ends in: told in
    # the past with no year, the quarter that ended last before the publication
    ("Net income rose in its fiscal first quarter.", {"fiscal first quarter": "FY2019-Q1"}),
    ("Revenue in the fiscal fourth quarter fell.", {"the fiscal fourth quarter": "FY2019-Q4"}),
    ("Profit fell in the second fiscal quarter.", {"the second fiscal quarter": "FY2019-Q2"}),
    ("Sales in the first quarter of fiscal 1990 fell.", {"the first quarter of fiscal 1990": "FY1990-Q1"}),
    ("Its fiscal 1989 fourth quarter was weak.", {"fiscal 1989 fourth quarter": "FY1989-Q4"}),
    # of the fiscal year talked about; and the year-earlier quarter and "the fiscal year" follow it
    ("Revenue in fiscal 1989 fell. Profit fell in the first fiscal quarter.",
     {"fiscal 1989": "FY1989", "the first fiscal quarter": "FY1989-Q1"}),
    ("Profit rose in the fiscal second quarter. It earned $3 million in the year-earlier quarter. For the "
     "fiscal year, profit rose.", {"the fiscal second quarter": "FY2019-Q2", "the year-earlier quarter":
                                   "FY2018-Q2", "the fiscal year": "FY2019"}),
    # a calendar quarter is no fiscal one
    ("Calendar third-quarter sales rose.", {"third-quarter": "2018-Q3"}),
])
def test_a_fiscal_quarter(text, expected):
    # published 2019-04-26: the last quarter to end was 2019-Q1; as a fiscal first quarter it begins a fiscal
    # year that ends three quarters later, in 2019 (FY2019); as a fourth quarter, it ends FY2019
    assert document(text) == expected


def test_the_nth_week_of_a_month():
    found = document("Sales rebounded in the last week of March.", published="2009-04-01")
    assert found["the last week of March"] == "2009-W13"


@pytest.mark.parametrize("text, published, expression, value", [
    # the week of the month's n-th Saturday (July 27, 2013; May 4, 2013; Aug. 11, 2012)
    ("Patients waited during the last weekend of July.", "2013-10-10", "the last weekend of July", "2013-W30-WE"),
    ("Crowds came the first weekend in May.", "2013-10-10", "the first weekend in May", "2013-W18-WE"),
    ("It rained the second weekend of August 2012.", "2013-10-10", "the second weekend of August 2012",
     "2012-W32-WE"),
    # a fiscal year keeps its shape under "the end of"
    ("Output will halt at the end of the current fiscal year.", "1989-08-29", "the end of the current fiscal year",
     "FY1989"),
])
def test_nth_weekends_and_fiscal_year_ends(text, published, expression, value):
    assert document(text, published=published)[expression] == value


def test_mentions_no_rule_reads_are_dropped():
    article = Article(doc_id="t", source="t", text="the first time", published=PUBLISHED)
    assert dates([Mention("the first time", "DATE", 0, 14)], article) == []


def test_duplicate_mentions_give_one_expression():
    text = "On Thursday, they met."
    m = Mention("Thursday", "DATE", 3, 11, 0, {"tense": "past"})
    article = Article(doc_id="t", source="t", text=text, published=PUBLISHED)
    assert [t.value for t in dates([m, m], article)] == ["2019-04-25"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("text, expression, value", [
    ("The company had previously announced the cuts.", "previously", "PAST_REF"),
    ("At the time, the firm employed 500 people.", "the time", "PAST_REF"),
    # "at the time" is PAST_REF, as the issue's annotators have it, even after a dated past ("that time" is
    # that date)
    ("In 2005, he joined the firm. At the time, it employed 500 people.", "the time", "PAST_REF"),
    ("The deal closes by June 10. If no price is agreed by that time, talks end.", "that time", "2019-06-10"),
    ("Police are now searching for the suspect.", "now", "PRESENT_REF"),
])
def test_issue11_vague_and_anaphoric_references(text, expression, value):
    assert document(text, tense=None)[expression] == value


@pytest.mark.issue(11)
def test_issue11_by_the_time_is_no_date():
    assert "the time" not in document("By the time he arrived, the shop had closed.")


@pytest.mark.issue(11)
@pytest.mark.parametrize("text, tense, value", [
    ("The company reported third-quarter results. Profit rose 5% in the quarter.", "past", "2018-Q3"),
    ("Profit rose 5% in the quarter.", "past", "2019-Q1"),  # the quarter that ended before publication
    ("Sales are expected to grow in the quarter.", "present", "2019-Q2"),
    ("Profit rose in the third quarter, against a loss in the preceding quarter.", "past", "2018-Q2"),
])
def test_issue11_the_quarter_is_the_quarter_the_article_is_about(text, tense, value):
    found = document(text, tense=tense)
    assert found.get("the quarter", found.get("the preceding quarter")) == value


@pytest.mark.issue(11)
@pytest.mark.parametrize("tense, value", [
    ("future", "2019-04-30"), ("present", "2019-04-30"), ("past", "2019-04-23"),
])
def test_issue11_a_weekday_follows_the_tense(tense, value):
    assert timex("Tuesday", tense=tense).value == value


@pytest.mark.issue(11)
def test_issue11_a_time_of_day_takes_the_day_of_its_own_clause():
    text = "The bank was robbed on Monday. At 10 p.m., a car exploded in the city on Thursday."
    mentions = [Mention(text[f.start:f.end], "DATE", f.start, f.end, 0 if f.start < 30 else 1,
                        {"tense": "past", "verb": 0 if f.start < 30 else 50})
                for f in grammar().scan(text)]
    found = {t.text: t.value for t in dates(mentions, Article(doc_id="t", source="t", text=text,
                                                             published=PUBLISHED))}
    assert found["10 p.m."] == "2019-04-25T22:00"


def test_an_ordinal_period_is_a_quarter_only_in_a_sentence_about_money():
    assert document("Net income in the third period rose 5% to $3 million.", published="1989-11-02") == \
        {"the third period": "1989-Q3"}
    assert document("Revenue in the second period of 1989 was flat.") == {"the second period of 1989": "1989-Q2"}
    assert document("He scored twice in the third period.") == {}
    assert document("The second period of the talks was tense.") == {}
    assert document("Sales rose in the same period.") == {}  # no quarter said


def test_a_half_of_the_year_named_alone_takes_its_year_from_the_context():
    assert document("Profit fell 5% in the second half.", published="1999-02-10") == {"the second half": "1998-H2"}
    assert document("Second-half profit rose 5%.", published="1998-11-10") == {"Second-half": "1998-H2"}
    assert document("In 1996, net income fell in the first half.")["the first half"] == "1996-H1"
    assert document("Profit will rise in the first half.", published="1999-02-10",
                    tense="future")["the first half"] == "1999-H1"
    assert document("The first half of the film is slow, and he scored in the second half.") == {}
    # an amount of money says it is a sentence about money
    assert document("During the first half, the company lost $10 million.") == {"the first half": "2019-H1"}
    assert document("The team led 2-0 in the first half.") == {}
    # so do a company's or an economy's outlook and what it will do in it (the half to come, not the one gone)
    assert document("The bank expects expenses to decline in the second half.", published="2013-04-17",
                    tense="future") == {"the second half": "2013-H2"}
    assert document("The company will open a plant in the second half.", published="1989-01-18",
                    tense="future") == {"the second half": "1989-H2"}
    assert document("He expects second-half earnings to rise.", published="1989-01-18",
                    tense="future") == {"second-half": "1988-H2"}  # (a figure reported after it ends)
    assert document("The club's shares rose as he scored in the second half.") == {}
    # thirty-fourth round: so do a return to profit, a sale, an improvement in conditions or activity
    assert document("The retailer expects a return to profitability in the second half.", published="1990-05-02",
                    tense="future") == {"the second half": "1990-H2"}
    assert document("A sale of the unit is expected in the second half.", published="1998-03-02",
                    tense="future") == {"the second half": "1998-H2"}
    assert document("The team showed some improvement in the second half, scoring twice.") == {}


def test_a_quarter_named_alone_in_a_game_is_no_date():
    assert document("He scored 12 of his 38 points in the fourth quarter.") == {}
    assert document("The index fell 50 points in the fourth quarter.") == {"the fourth quarter": "2018-Q4"}
    assert document("The Lakers won the third quarter of 2019's final game.")["the third quarter of 2019"] == "2019-Q3"


def test_a_fiscal_year_named_relative_to_now_counts_from_the_publication_year():
    found = document("This fiscal year sales will rise, after a loss in the previous fiscal year. "
                     "Next fiscal year looks better than last fiscal year did.", published="1998-10-27")
    assert found == {"This fiscal year": "FY1998", "the previous fiscal year": "FY1997",
                     "Next fiscal year": "FY1999", "last fiscal year": "FY1997"}


def test_a_relative_fiscal_year_is_no_side_of_a_range():
    found = document("NEW YORK, Oct. 27, 1998 - The current fiscal year ends in June.", published="1998-10-27")
    assert found["Oct. 27, 1998"] == "1998-10-27"
    assert found["The current fiscal year"] == "FY1998"


def test_this_past_weekend_is_the_last_one_and_keeps_its_this():
    found = document("Markets fell this past weekend, after a calm this past week.", published="2009-03-03")
    assert found == {"this past weekend": "2009-W09-WE", "this past week": "2009-W09"}


@pytest.mark.parametrize("tense", [None, "present", "future"])
def test_a_weekday_after_since_is_the_one_gone(tense):
    # "has been missing since Tuesday" (present perfect): the Tuesday before the publication day
    assert document("He has been missing since Tuesday.", tense=tense) == {"Tuesday": "2019-04-23"}
    # published on a Friday, "since Friday" is the Friday before: "today" would name the publication day
    assert document("He has been missing since Friday.", tense=tense) == {"Friday": "2019-04-19"}


def test_a_period_after_a_possessive_year_takes_that_year():
    assert document("Last year's third quarter was weak.", published="1989-11-02") == {
        "Last year": "1988", "third quarter": "1988-Q3"}
    assert document("1988's fourth quarter was strong.", published="1989-11-02") == {
        "1988": "1988", "fourth quarter": "1988-Q4"}


@pytest.mark.parametrize("text, expected", [
    ("The company's 1988 fourth-quarter results were weak.", {"1988 fourth-quarter": "1988-Q4"}),
    ("In the 1989 first half, profit rose.", {"the 1989 first half": "1989-H1"}),
    ("He scored in the 1988 second half.", {"the 1988 second half": "1988-H2"}),  # a year makes it a date
])
def test_a_year_before_a_quarter_or_half_is_one_expression(text, expected):
    assert document(text, published="1989-10-27") == expected


@pytest.mark.parametrize("text, expected", [
    ("Fourth-quarter profit fell.", {"Fourth-quarter": "1988-Q4"}),  # in October: last year's, now over
    ("Third-quarter profit fell 5%.", {"Third-quarter": "1989-Q3"}),
    ("In 1988, profit fell in the fourth quarter.", {"1988": "1988", "the fourth quarter": "1988-Q4"}),
])
def test_a_quarter_told_in_the_past_has_ended(text, expected):
    assert document(text, published="1989-10-27") == expected
    assert document("It expects fourth-quarter profit to rise.", published="1989-10-27", tense="future") == {
        "fourth-quarter": "1989-Q4"}


def test_the_year_before_a_hyphen_is_the_compound():
    assert document("Profit rose from a year-ago level.", published="1989-11-02") == {"year-ago": "1988"}


@pytest.mark.parametrize("text, expected", [
    # the period last talked about, a year back
    ("Third-quarter profit rose 12%. In the year-earlier quarter, it earned $5 million.",
     {"Third-quarter": "1989-Q3", "the year-earlier quarter": "1988-Q3"}),
    ("Third-quarter profit rose 12% from the year-earlier period.",
     {"Third-quarter": "1989-Q3", "the year-earlier period": "1988-Q3"}),
    ("Profit rose from the year-ago quarter.", {"the year-ago quarter": "1988-Q3"}),  # the last one reported
])
def test_the_year_earlier_period_is_the_period_talked_about_a_year_back(text, expected):
    assert document(text, published="1989-11-02") == expected


@pytest.mark.parametrize("text, value, mod", [
    ("the end of the third quarter of 2009", "2009-Q3", "END"),
    ("the start of the fourth quarter of 2009", "2009-Q4", "START"),
    ("the middle of the second half of 2010", "2010-H2", "MID"),
])
def test_the_part_of_a_quarter_or_half_is_a_mod(text, value, mod):
    found = timex(text)
    assert (found.value, found.mod) == (value, mod)


@pytest.mark.parametrize("text, expected", [
    ("For the week ended Oct. 13, sales rose.", {"the week": "2018-W41", "Oct. 13": "2018-10-13"}),
    ("A loss for the quarter ended Sept. 30.", {"the quarter": "2018-Q3", "Sept. 30": "2018-09-30"}),
    ("Sales for the month ending March 31 fell.", {"the month": "2019-03", "March 31": "2019-03-31"}),
    ("Earnings for the first half, which ended June 30, doubled.",
     {"the first half": "2018-H1", "June 30": "2018-06-30"}),
    # a fiscal quarter is of the fiscal year it begins: the one ending three quarters after Sept. 30
    ("A loss in its fiscal first quarter ended Sept. 30.", {"fiscal first quarter": "FY2019-Q1",
                                                             "Sept. 30": "2018-09-30"}),
    ("Sales in the fiscal fourth quarter, ended Sept. 30, fell.", {"the fiscal fourth quarter": "FY2018-Q4",
                                                                   "Sept. 30": "2018-09-30"}),
])
def test_a_period_that_ended_on_a_day_is_the_one_holding_it(text, expected):
    # published 2019-04-26: Oct. 13 and Sept. 30 are the last ones, so their week and quarter are 2018's
    assert document(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "ended" is the verb of another clause: June is June, not the month of Friday
    ("The strike, which began in June, ended on Friday.", {"June": "2018-06", "Friday": "2019-04-26"}),
    ("The strike, called in June, ended on Friday.", {"June": "2018-06", "Friday": "2019-04-26"}),
    ("The talks began in March and ended Tuesday.", {"March": "2019-03", "Tuesday": "2019-04-23"}),
])
def test_a_named_month_before_ended_is_not_the_period_of_that_day(text, expected):
    assert document(text) == expected


@pytest.mark.parametrize("text, expression, value", [
    ("Oil prices have doubled since the Aug. 2 invasion.", "Aug. 2", "2018-08-02"),  # published 2019-04-26
    ("She has been missing since the Saturday party.", "Saturday", "2019-04-20"),
])
def test_a_date_in_a_since_phrase_after_the_is_gone(text, expression, value):
    assert document(text, tense=None)[expression] == value


def test_the_year_of_a_future_verb_is_not_a_year_already_over():
    text = "The minister, who took office in May 2017, will cut the deficit by the end of the year."
    assert document(text, tense="future")["the end of the year"] == "2019"  # published 2019-04-26
    told = "He took office in May 2017 and resigned at the end of the year."
    assert document(told)["the end of the year"] == "2017"


@pytest.mark.parametrize("text, expression, value", [
    ("Trading was suspended for a second consecutive day.", "a second consecutive day", "2019-04-26"),
    ("Stocks rose for the third straight session.", "the third straight session", "2019-04-26"),
    ("Shares gained for the fourth week in a row.", "the fourth week in a row", "2019-W17"),
    ("The firm posted a loss for the third consecutive quarter.", "the third consecutive quarter", "2019-Q1"),
    ("Prices fell on Monday, April 22, for a fifth straight day.", "a fifth straight day", "2019-04-22"),
])
def test_the_period_of_a_run_is_the_one_talked_about(text, expression, value):
    assert document(text)[expression] == value


def test_an_ordinal_period_without_a_run_is_no_date():
    assert document("It was the second day of the trial.") == {}


@pytest.mark.parametrize("text, expression, value", [
    # a day told in the present is ahead unless just gone (published 2019-04-26)
    ("The new law takes effect on January 1.", "January 1", "2020-01-01"),
    ("The offer expires Nov. 15.", "Nov. 15", "2019-11-15"),
    ("The deadline is April 15.", "April 15", "2019-04-15"),
])
def test_a_day_in_the_present_tense_is_a_plan_unless_just_gone(text, expression, value):
    assert document(text, tense="present")[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    # a week or weekend named by one of its days (published 2019-04-26)
    ("Results are due in the week of May 6.", "the week of May 6", "2019-W19"),
    ("The trial opens the week of Jan. 8, 2018.", "the week of Jan. 8, 2018", "2018-W02"),
    ("The rally took place on the weekend of April 13.", "the weekend of April 13", "2019-W15-WE"),
])
def test_a_week_named_by_one_of_its_days(text, expression, value):
    assert document(text, tense=None)[expression] == value


@pytest.mark.parametrize("text, expected", [
    # a weekday coordinated with the day before it comes after it (published Friday 2019-04-26)
    ("Landfall is expected late Thursday or early Friday.", {"late Thursday": "2019-05-02",
                                                           "early Friday": "2019-05-03"}),
    ("The talks will be held on Friday and Saturday.", {"Friday": "2019-04-26", "Saturday": "2019-04-27"}),
])
def test_a_weekday_coordinated_with_an_earlier_one_follows_it(text, expected):
    assert document(text, tense="future") == expected


def test_a_coordinated_pair_of_months_is_read_in_order():
    text = "The company expects results to improve, citing strong orders in March and April."
    assert document(text, tense="future") == {"March": "2019-03", "April": "2019-04"}
    past = document("Sales were strong in December and January.", published="2019-02-10")
    assert past == {"December": "2018-12", "January": "2019-01"}


def test_the_year_earlier_period_is_of_the_reporting_period_and_no_new_topic():
    text = ("Third-quarter profit fell. The plant, closed in August, cost $10 million. Sales were flat, "
            "compared with the year-earlier period. Analysts had expected more for the quarter.")
    found = document(text, published="1989-10-27")
    assert found["the year-earlier period"] == "1988-Q3"  # not August's month a year back
    assert found["the quarter"] == "1989-Q3"  # the baseline does not become the period talked about


def test_days_later_than_a_month_talked_about_are_counted_from_that_month():
    text = "On Monday, talks resumed. In November, Baghdad expelled them, and they returned three weeks later."
    found = document(text, published="1998-03-01")
    assert found["three weeks later"] == "1997-12"
    assert document("On Monday, talks broke down. Two days later, they resumed.",
                    published="1998-03-01")["Two days later"] == "1998-02-25"


@pytest.mark.parametrize("text, expression, value", [
    # minutes or hours after a clock time are a clock time (across midnight too, keeping its zone)
    ("The plane left at 9:12 p.m. and lost radar contact four minutes later.", "four minutes later",
     "2019-04-26T21:16"),
    ("Power failed at 11:30 p.m. Thursday. It returned two hours later.", "two hours later", "2019-04-26T01:30"),
    ("The blast came at 0645 GMT; the first warning came an hour earlier.", "an hour earlier", "2019-04-26T05:45Z"),
    # after a day with no clock time, the stretch it is
    ("He was shot on Monday and died an hour later.", "an hour later", "PT1H"),
    ("Police arrived 90 minutes later.", "90 minutes later", "PT90M"),
])
def test_minutes_and_hours_later_move_the_clock_time_talked_about(text, expression, value):
    assert document(text)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("Sales fell in the most recent quarter.", "the most recent quarter", "2019-Q1"),
    ("The other day, the chairman resigned.", "The other day", "PAST_REF"),
])
def test_the_most_recent_quarter_and_the_other_day(text, expression, value):
    assert document(text)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    # the small hours after a late night the text told of are the next day's
    ("Debate began at 10 a.m. on Monday and ran past midnight. The vote came at 2:15 a.m.", "2:15 a.m.",
     "2019-04-23T02:15"),
    ("Talks began at 9 p.m. on Monday. At 11 p.m. they broke. The deal came at 3 a.m.", "3 a.m.",
     "2019-04-23T03:00"),
    ("Police arrived at 10 a.m. on Monday. The gunman had fired at 3 a.m.", "3 a.m.", "2019-04-22T03:00"),
])
def test_small_hours_after_a_late_night_are_the_next_day(text, expression, value):
    assert document(text)[expression] == value


def test_a_relative_clause_date_is_background_not_the_scene():
    from pipeline.lang.dates import grammar as load_grammar
    from pipeline.normalize.dates.resolve import Clues
    from pipeline.normalize.dates.timeline import Timeline

    spec = load_grammar().parse("March 2011")
    background, scene = Timeline(), Timeline()
    background.update(spec, spec, Clues(tense="past", prep="in", relative=True))
    scene.update(spec, spec, Clues(tense="past", prep="in"))
    assert background.narrative is None and scene.narrative is not None


@pytest.mark.parametrize("text, expression, value", [
    ("For the fiscal year ended March 31, net income rose 20%.", "the fiscal year", "FY2019"),
    ("In the fiscal year, sales fell.", "the fiscal year", "FY2019"),
    ("In 2016, sales fell. In the fiscal year, profit rose.", "the fiscal year", "FY2016"),
])
def test_the_fiscal_year(text, expression, value):
    assert document(text)[expression] == value


def test_a_fiscal_year_is_named_for_the_year_it_ends_in():
    # begun Oct. 1, 2019, it ends on Sept. 30, 2020: fiscal 2020
    text = "The deficit will narrow in the fiscal year beginning Oct. 1."
    assert document(text, tense="future")["the fiscal year"] == "FY2020"


def test_the_fiscal_year_after_a_quarter_is_the_publications():
    # a quarter named before is no year: a fiscal year may begin in the calendar year before it is named for
    assert document("Profit rose in the last quarter. The fiscal year began well.")["The fiscal year"] == "FY2019"


@pytest.mark.parametrize("text, expression, value", [
    # a part of the day with no day of its own is one of the day the sentence names after it
    ("Thursday was calm. In the morning, rebels attacked the town, officials said on Wednesday.", "the morning",
     "2019-04-24TMO"),
    ("Thursday was calm. Troops attacked at dawn on Sunday.", "dawn", "2019-04-21TMO"),  # its own clause's day
])
def test_a_part_of_the_day_before_a_later_day_of_its_sentence(text, expression, value):
    assert document(text)[expression] == value


def test_a_return_to_the_present_ends_the_history_told():
    text = ("The company was founded in 1975. It had acquired the chain in 1986.\n"
            "Its shares fell yesterday. The stock had traded as high as $67 in March.")
    assert document(text)["March"] == "2019-03"
    assert document("It had acquired the chain in 1986. The stock had traded as high as $67 in March.")[
        "March"] == "1986-03"


@pytest.mark.parametrize("text, tense, value", [
    ("In 1990 the firm lost money. The sale was completed the next year.", "past", "1991"),
    ("In 1990 the firm lost money. Over the next year, it cut 500 jobs.", "past", "P1Y"),  # a span
    ("Prices will rise over the next year.", "future", "P1Y"),
])
def test_the_next_year_told_in_the_past_is_the_year_after(text, tense, value):
    assert document(text, tense=tense)["the next year"] == value


@pytest.mark.parametrize("text, expression, value", [
    # "a year earlier" as the baseline of a figure is the figure's period a year back
    ("Profit rose in the second quarter. It rose to $1.3 billion in the April-June period from $1 billion a "
     "year ago.", "a year ago", "2018-Q2"),
    ("Profit rose in the fourth quarter. Net income rose to $312 million from $274 million a year earlier.",
     "a year earlier", "2017-Q4"),
    ("Coal output fell 38% in January from a year earlier.", "a year earlier", "2018-01"),
    # the period of the figure, not the day it was reported
    ("Harbor reported a jump in fourth-quarter profit on Wednesday, as legal costs declined from a year "
     "earlier.", "a year earlier", "2017-Q4"),
    # after a year named, a year back; "last year" is the year before
    ("Sales in 2012 rose 5% from a year earlier.", "a year earlier", "2011"),
    # right after the quarter talked about, that quarter a year back, figure or not
    ("Profit rose in the fourth quarter. A year earlier, the company had cut 500 jobs.", "A year earlier",
     "2017-Q4"),
    # but not a period talked about before a day: a year before that day's year
    ("Profit rose in the fourth quarter. On Monday, the firm said it was sold a year earlier.", "a year earlier",
     "2018"),
    ("Profit rose in the fourth quarter, up from last year.", "last year", "2018"),
    # the period talked about, in the year named, compared with (and no new topic: "the quarter" stays this year's)
    ("Profit rose in the second quarter, from $2 million in the 2018 period.", "the 2018 period", "2018-Q2"),
    ("Exports rose in the first half, up from the same period of 2017.", "the same period of 2017", "2017-H1"),
    ("Profit rose in the third quarter, from $2 million in the same quarter of 2016.", "the same quarter of 2016",
     "2016-Q3"),
    ("Profit rose in the third quarter, from $2 million in the same quarter of 2016. Sales in the quarter fell.",
     "the quarter", "2018-Q3"),
    ("Profit rose in the third quarter. For the nine months, net was $9 million, against $7 million in the 2017 "
     "period.", "the 2017 period", "2017"),  # (a span of months named before it: that year)
    ("Profit rose in the first quarter. For the nine months, net was $9 million, against $7 million a year "
     "earlier.", "a year earlier", "2018"),
    # the same quarter of the year before, compared with, is no new topic: "the quarter" after it is still this year's
    ("First-quarter profit doubled, compared with $2 million in the first quarter of 2018. Output in the quarter "
     "rose.", "the quarter", "2019-Q1"),
    ("Profit rose in the first quarter, from $2 million in the 2017 period. Sales in the quarter fell.",
     "the quarter", "2019-Q1"),
    # the day a figure is of, a year back (not the day it was told, nor a day that ends a period)
    ("Saturday's sales were up 9% from a year earlier.", "a year earlier", "2018-04-20"),
    ("Profit for the three months to March 31, 2019, fell from a year earlier.", "a year earlier", "2018"),
])
def test_a_year_earlier_as_a_baseline_is_the_period_compared(text, expression, value):
    assert document(text)[expression] == value


def test_the_new_year_is_the_one_to_come():
    assert document("A memorial is planned for the new year.", tense="future") == {"the new year": "2020"}
    assert "the New Year" not in document("Parties were held for the New Year.")  # a holiday, not "the new year"


@pytest.mark.parametrize("text, expression, value", [
    ("The economy shrank in the January-March quarter.", "January-March", "2019-Q1"),  # a calendar quarter
    ("Sales rose in the January-February period.", "January-February", "2019-01/2019-02"),
    ("In July-August 2001, he visited Russia.", "July-August 2001", "2001-07/2001-08"),
])
def test_two_months_of_a_quarter_named_as_a_quarter(text, expression, value):
    assert document(text)[expression] == value


def test_a_bare_time_told_in_the_past_is_not_of_a_day_ahead():
    text = "Voters went to the polls on Monday. Results are expected by Friday. Polls closed at 5 p.m."
    assert document(text, published="2013-03-05", tense=["past", "future", "past"])["5 p.m."] == "2013-03-04T17:00"


@pytest.mark.parametrize("text, published, tenses, expression, value", [
    # a part of a day gone, told in the story, is that day ("yesterday afternoon" is yesterday)
    ("A ferry hit a pier on May 2. The captain was tested yesterday afternoon. Results are expected Monday. "
     "Service resumed at 6 p.m.", "2013-05-10", ["past", "past", "future", "past"], "6 p.m.", "2013-05-09T18:00"),
    # ... and the small hours after a night told of are the next day's
    ("The Senate voted late Wednesday night. The deal funds the government until January 15. The president "
     "signed the bill at about 12:30 a.m.", "2013-10-17", ["past", "present", "past"], "about 12:30 a.m.",
     "2013-10-17T00:30"),
    ("The board met in a packed hall on Tuesday night. A ruling is expected next week. The vote came shortly "
     "before 11 p.m.", "1990-02-22", ["past", "future", "past"], "11 p.m.", "1990-02-20T23:00"),
])
def test_a_bare_time_told_in_the_past_takes_the_part_of_a_day_gone(text, published, tenses, expression, value):
    assert document(text, published=published, tense=tenses)[expression] == value



def test_a_day_named_as_a_point_of_comparison_is_not_the_day_talked_about():
    # "after yesterday's fall" compares; the bare time that follows is on the day the sentence is about
    found = document("This morning, stocks opened higher after yesterday's sharp fall. By noon the index was up.",
                     published="1998-01-08")
    assert found["yesterday"] == "1998-01-07"
    assert found["noon"] == "1998-01-08T12:00"
    # a day that opens the sentence still is
    assert document("Yesterday, stocks fell. By noon the index was down.", published="1998-01-08")["noon"] == \
        "1998-01-07T12:00"


def test_soon_after_an_event_is_no_reference_to_the_future():
    assert "Soon" not in document("Soon afterward, he quit.") and "soon" not in document("He quit soon after.")
    assert document("The rules will change soon.", tense="future")["soon"] == "FUTURE_REF"


def test_a_part_of_a_day_named_by_no_date_is_not_read_on_its_own():
    assert document("On the evening of the vote, all was calm.") == {}
    assert document("It happened on the night of June 3-4.") == {"June 3-4": "2018-06-03/2018-06-04"}


def test_a_month_told_in_the_present_after_in_is_a_plan():
    assert document("The measure takes effect in October.", published="1998-01-22", tense="present")["October"] \
        == "1998-10"
    # a month just gone is still the one gone, and "as of" a month is no plan
    assert document("Sales in December account for half.", published="1998-01-22", tense="present")["December"] \
        == "1997-12"
    assert document("As of October, the store accounts for 70%.", published="1998-01-22",
                    tense="present")["October"] == "1997-10"


def test_a_winter_across_two_years_is_the_first_one_s():
    assert document("It happened in the winter of 1988-89.") == {"the winter of 1988-89": "1988-WI"}


@pytest.mark.parametrize("text, expression, value", [
    ("in nineteen ninety-six, the country voted.", "nineteen ninety-six", "1996"),
    ("it ended in twenty oh two.", "twenty oh two", "2002"),
    ("the plan runs until twenty twenty.", "twenty twenty", "2020"),
    ("during the nineteen nineties, it grew.", "the nineteen nineties", "199"),
])
def test_a_year_said_in_words(text, expression, value):
    assert document(text)[expression] == value


def test_numbers_in_words_are_no_year_without_a_word_of_time_before():
    assert document("nineteen people died.") == {}
    assert document("The score was nineteen twenty at the half.") == {}


def test_a_vague_number_of_units_ago_is_a_time_gone():
    assert document("It began just days ago.") == {"days ago": "PAST_REF"}


@pytest.mark.parametrize("text, tense, value", [
    ("this Wednesday", None, "1998-01-21"),  # the publication's week (a Monday's)
    ("this Sunday", "past", "1998-01-18"),  # "it happened this Sunday": the day before
    ("this Sunday", "future", "1998-01-25"),
    ("this past Sunday", None, "1998-01-18"),
])
def test_this_weekday_is_in_the_publication_week_unless_the_tense_says_otherwise(text, tense, value):
    assert document(f"It is {text}.", published="1998-01-19", tense=tense)[text] == value


def test_the_day_after_an_event_is_the_day_after_the_one_talked_about():
    found = document("The vote was held on Monday. The day after the vote, the president resigned.",
                     published="1998-01-22")
    assert found == {"Monday": "1998-01-19", "The day": "1998-01-20"}
    found = document("The war ended in 1991. The year after the war, the economy grew.", published="1998-01-22")
    assert found["The year"] == "1992"


def test_the_year_to_a_month_is_no_year_talked_about():
    assert document("Exports fell 3 percent in the year to March.", published="2010-07-05") == {"March": "2010-03"}
    # but a fiscal year named by the month it ends in is that fiscal year
    assert document("The deficit will peak in the financial year to March 2015.", published="2013-03-20") == {
        "the financial year": "FY2015", "March 2015": "2015-03"}
    # and this fiscal year is the one holding the day it is said to end on
    assert document("The deficit for the current fiscal year, which ends March 31, is forecast to shrink.",
                    published="2013-11-12", tense="present")["the current fiscal year"] == "FY2014"


def test_the_weekend_after_since_is_the_one_gone():
    # "have died since the weekend" (a Friday article): the weekend just gone, whatever the tense
    assert document("Ten people have died since the weekend.", tense=None) == {"the weekend": "2019-W16-WE"}
    assert document("They will meet at the weekend.", tense=None) == {"the weekend": "2019-W17-WE"}


@pytest.mark.parametrize("text, value", [
    ("about 11 p.m. Thursday", "2019-04-25T23:00"),
    ("around noon", "2019-04-26T12:00"),
])
def test_an_approximate_time_keeps_its_modifier(text, value):
    t = timex(text, tense="past")
    assert (t.value, t.mod) == (value, "APPROX")


def test_lengths_of_units_out_of_order_are_not_one():
    found = [(f.start, f.end) for f in grammar().scan("It took two days and three years.")]
    assert len(found) == 2


def test_a_full_year_and_midyear_are_the_year_talked_about():
    assert document("The carmaker raised its full-year outlook.", published="2013-07-24",
                    tense="present") == {"full-year": "2013"}
    assert document("The agency hopes to sell the bank by midyear.", published="1990-01-10",
                    tense="future") == {"midyear": "1990"}
    assert document("Growth should pick up by mid-year.", published="1990-01-10",
                    tense="future") == {"mid-year": "1990"}
    # a kind of figure, no year of its own
    assert document("It was the first full-year decline since 2009.", published="2013-02-14") == {"2009": "2009"}
    assert document("Shareholders are expected to vote by midsummer.", published="1989-03-22",
                    tense="future") == {"midsummer": "1989-SU"}


def test_a_bare_plural_span_of_a_happening_or_counted_from_one():
    assert document("The deal was signed, ending months of speculation.") == {"months": "PXM"}
    assert document("Most fell ill hours after eating the salad.") == {"hours": "PTXH"}
    # not a unit of energy, a number of hours, nor a meeting's minutes
    assert document("The plant will supply 3.5 billion kilowatt-hours of power.") == {}
    assert document("Crews logged more than 5,000 hours of overtime.") == {}
    assert document("Minutes of the meeting, ending weeks of silence, were released.") == {"weeks": "PXW"}


def test_a_rate_of_things_counted_is_a_set_but_not_a_speed_or_a_flow():
    assert document("The line carries some 40 trains a day.") == {"a day": "P1D"}
    assert document("The Philippines is hit by an average of 20 typhoons a year.") == {"a year": "P1Y"}
    assert document("The storm moved northwest at 12 miles an hour.") == {}
    assert document("Members pumped 23.1 million barrels a day.") == {}
    assert document("Five people died a day after the blast.") == {"a day": "P1D"}  # (counted from, a length)
    assert document("It will close 789, or about a quarter, of its 3,200 dealers.") == {}  # a share


def test_that_season_is_the_one_of_the_year_talked_about():
    assert document("The two firms first talked in 1995 but broke off talks that fall.", published="1998-02-26") \
        == {"1995": "1995", "that fall": "1995-FA"}
    assert document("He was hired in 1990. That summer, he moved to Paris.", published="1998-02-26")["That summer"] \
        == "1990-SU"
    assert "that fall" not in document("Loans that fall due in March will be rolled over.", published="1998-02-26")


@pytest.mark.parametrize("text, value", [
    ("five-year", "P5Y"),
    ("forty five minutes", "PT45M"),
    ("two hundred years", "P200Y"),
])
def test_durations_of_number_words(text, value):
    assert timex(text).value == value


@pytest.mark.parametrize("text, tense, published, value", [
    # the months of the quarter the publication falls in, named as a quarter, are this quarter, whatever the tense
    ("Floods could cut growth in the July-September quarter.", "future", "2013-08-16", "2013-Q3"),
    ("Growth slowed in the July-September quarter, the ministry said.", "past", "2013-08-16", "2013-Q3"),
    # another quarter keeps the tense's reading
    ("Sales will rise in the April-June quarter.", "future", "2013-08-16", "2014-Q2"),
    ("Sales rose in the April-June quarter.", "past", "2013-08-16", "2013-Q2"),
])
def test_a_month_range_named_as_the_quarter_under_way_is_this_quarter(text, tense, published, value):
    found = document(text, tense=tense, published=published)
    assert next(v for k, v in found.items() if "-" in k) == value


@pytest.mark.parametrize("text, tense, published, value", [
    # a quarter named by the month it ends in is that calendar quarter, of the year the tense says
    ("The retailer posted a loss in the June quarter.", "past", "1990-08-16", "1990-Q2"),
    ("Analysts expect shipments to peak in the December quarter.", "future", "2013-08-16", "2013-Q4"),
    ("Revenue fell in the September quarter of 2012.", "past", "2013-08-16", "2012-Q3"),
])
def test_a_quarter_named_by_its_last_month(text, tense, published, value):
    found = document(text, tense=tense, published=published)
    assert next(v for k, v in found.items() if "quarter" in k) == value


@pytest.mark.parametrize("text", ["Sales in the October quarter rose.", "The April-June quarter was weak."])
def test_a_month_that_ends_no_calendar_quarter_or_a_range_is_no_month_quarter(text):
    found = [text[f.start:f.end] for f in grammar().scan(text)]
    assert "October quarter" not in " ".join(found) and "June quarter" not in found


@pytest.mark.parametrize("published, value", [("1998-02-09", "1997-WI"), ("1998-12-20", "1997-WI")])
def test_last_winter_told_in_winter_is_the_year_before(published, value):
    assert timex("last winter", published=published).value == value


@pytest.mark.parametrize("text, published, value", [
    # "last Monday" in a Tuesday article is not yesterday (that would be "yesterday"), but a week before
    ("last Monday", "1990-02-06", "1990-01-29"),
    ("last Sunday", "1990-02-06", "1990-02-04"),
    # "next Wednesday" told on a Tuesday is the one of the week after, not tomorrow
    ("next Wednesday", "1998-01-13", "1998-01-21"),
    ("next Friday", "1998-01-13", "1998-01-16"),
    # "this past Monday" in a Tuesday article is the day before
    ("this past Monday", "1990-02-06", "1990-02-05"),
])
def test_last_or_next_weekday_skips_the_day_next_to_the_publication(text, published, value):
    assert document(f"It is {text}.", published=published, tense=None)[text] == value


@pytest.mark.parametrize("text, expression, value", [
    # a "when" clause told of a year is of that year
    ("The mill last cut jobs in 1991, when 80 workers were laid off just before Christmas.", "Christmas",
     "1991-12-25"),
    ("The plant closed in 1992, when its owners went bankrupt in March.", "March", "1992-03"),
])
def test_a_when_clause_of_a_year_is_of_that_year(text, expression, value):
    assert document(text, published="1998-06-10")[expression] == value


@pytest.mark.parametrize("text, expected", [
    # "earlier in the week", "later in the month": the period, "earlier" and "later" apart (as MEANTIME marks them)
    ("Prices rose later in the month.", {"the month": "2013-06"}),
    # a span, then the time it was spent in: two expressions
    ("He spoke on the floor for more than 21 hours earlier this week.",
     {"more than 21 hours": "PT21H", "earlier this week": "2013-W25"}),
    # but "ago this month" is one
    ("Two years ago this month, the plant closed.", {"Two years ago this month": "2011-06"}),
])
def test_a_span_spent_earlier_this_week(text, expected):
    assert document(text, published="2013-06-21") == expected


@pytest.mark.parametrize("text, expected", [
    # "ago tonight", "ago this morning": that part of the same day, so many years back (a clock time then too)
    ("A year ago tonight, guards opened the gates.", {"A year ago tonight": "2012-06-21TNI"}),
    ("Ten years ago this morning, at 8:32 a.m., the mountain exploded.",
     {"Ten years ago this morning": "2003-06-21TMO", "8:32 a.m.": "2003-06-21T08:32"}),
    ("A decade ago this evening, the show opened.", {"A decade ago this evening": "2003-06-21TEV"}),
])
def test_a_part_of_a_day_so_many_years_ago(text, expected):
    assert document(text, published="2013-06-21") == expected



@pytest.mark.parametrize("text, expected", [
    # a part of every such weekday
    ("Union members meet every Monday night at a church.", {"every Monday night": "XXXX-WXX-1TNI"}),
    ("Admission is free every Tuesday evening.", {"every Tuesday evening": "XXXX-WXX-2TEV"}),
    # the new fiscal year: the fiscal year to come
    ("A deal must be reached before the new fiscal year begins.", {"the new fiscal year": "FY1991"}),
])
def test_a_part_of_every_weekday_and_the_new_fiscal_year(text, expected):
    assert document(text, published="1990-09-25") == expected
