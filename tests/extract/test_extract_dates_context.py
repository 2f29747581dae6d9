"""Dates read in their sentence, end to end with the trained parser: which day a bare time is of, and which side of
the publication a year-less date is on, in sentences invented in the style of wire and broadcast news (issue 11)."""

from __future__ import annotations

import pytest

from pipeline import extract

from helpers import date_values

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, expression, value", [
    # restated in universal time: the local day is the one within a time zone's reach of it
    ("The accident occurred at 1:30 am (2000 GMT Tuesday) as the train crossed a bridge.", "2013-07-03",
     "1:30 am", "2013-07-03T01:30"),
    ("The quake hit at 4:17 am local time (2017 GMT Tuesday). A tsunami warning was lifted at 5:30 am.",
     "2013-11-13", "5:30 am", "2013-11-13T05:30"),
    ("The jet landed at 6 p.m. (2300 GMT Monday) after a long delay.", "2013-11-13", "6 p.m.",
     "2013-11-11T18:00"),
    ("It crashed at 11:40 p.m. Monday (0340 GMT Tuesday).", "2013-11-13", "11:40 p.m. Monday",
     "2013-11-11T23:40"),
])
def test_a_time_restated_in_universal_time_keeps_its_local_day(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a day told in a perfect participle or after "after" + gerund is before the scene
    ("European shares edged lower on Tuesday. The index closed down 0.3 percent, having hit its highest level "
     "since May 2011 on Monday. German data released at 0800 GMT showed the economy shrank.", "2013-01-15",
     "0800 GMT", "2013-01-15T08:00Z"),
    ("Japanese shares fell on Wednesday. The Nikkei ended down 0.4 percent, after rising 2.1 percent on "
     "Tuesday. Gold traded at $1,371 an ounce at 0645 GMT.", "2013-04-17", "0645 GMT", "2013-04-17T06:45Z"),
    # a day a thing's happening is named by still is the day of a time in its relative clause
    ("A powerful earthquake struck on Tuesday. Tuesday's earthquake, which struck at 5:04 p.m., killed 12.",
     "2013-04-18", "5:04 p.m.", "2013-04-16T17:04"),
])
def test_a_day_told_before_the_scene_is_no_day_for_a_later_bare_time(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a clause with a subject of its own is its own clause: its day is not the time's
    ("Crews worked all day today. The temperature dropped to minus 15 degrees at 6 p.m. Eastern time, and the "
     "city opened 40 emergency shelters on Wednesday.", "1998-01-08", "6 p.m. Eastern time", "1998-01-08T18:00"),
    # verbs sharing a subject share the day
    ("He was taken into custody at 3 a.m. and charged Saturday.", "1998-01-08", "3 a.m.", "1998-01-03T03:00"),
])
def test_a_time_takes_the_day_of_its_own_clause_only(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a gerund after "after" tells what came before a present or past verb
    ("The company now expects a loss, after saying in February it would break even.", "2013-05-09", "February",
     "2013-02"),
    # a condition of what would or will be is ahead
    ("She said Tuesday that her party would table a motion if the budget was not revised by mid-November.",
     "1998-10-29", "mid-November", "1998-11"),
    # what is ahead of a happening is ahead of its date too
    ("Lawmakers walked out, accusing the government of silencing critics ahead of local elections in November.",
     "2013-08-21", "November", "2013-11"),
    # a fiscal year is no calendar year's scene
    ("For fiscal 1989, the retailer earned $97.8 million, compared with $88 million in fiscal 1988. "
     "Comparable-store sales climbed 5.2% in December.", "1990-03-14", "December", "1989-12"),
])
def test_the_side_of_now_a_year_less_date_is_on(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a planned happening's day is ahead
    ("The army urged both sides to avoid violence at Friday's planned marches.", "2013-07-08", "Friday",
     "2013-07-12"),
    # from when a thing declared runs is the nearest such day
    ("The minister declared three days of national mourning starting Friday.", "2013-07-25", "Friday",
     "2013-07-26"),
    # "the week" said in the present after a day ahead is this week
    ("Analysts expect the Fed to leave rates unchanged at its meeting next Tuesday. For the week, the Dow is down "
     "1.8 percent.", "1998-05-15", "the week", "1998-W20"),
])
def test_plans_runs_and_this_week(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # what a vote decided is after it, either side of now: the nearest
    ("Peru's Congress voted early today to hold a referendum on July 12.", "1998-05-08", "July 12", "1998-07-12"),
    # a day set is the nearest
    ("Judge Pinsky set a trial date of April 20.", "1998-02-12", "April 20", "1998-04-20"),
    # a close is gone
    ("Brightline will pay 310 crowns per share, a 38 percent premium to Norvik's closing price on Tuesday.",
     "2013-07-31", "Tuesday", "2013-07-30"),
])
def test_decisions_days_set_and_closes(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # what is forecast over a time is ahead; the forecasting's own day is not
    ("The meteorological office forecast more heavy rain over the weekend.", "1998-07-17", "the weekend",
     "1998-W29-WE"),
    ("The office forecast on Tuesday that rain would fall.", "1998-07-17", "Tuesday", "1998-07-14"),
])
def test_what_is_forecast_is_ahead(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # "could not" tells a past inability as often as a future one: the nearest July
    ('"I could not train for a week in July," the runner said Monday.', "2013-08-12", "July", "2013-07"),
    ("The firm said it could meet the target in July.", "2013-08-12", "July", "2014-07"),  # ahead
    # a figure a thing stood at, set off by commas, is a measure taken: the nearest July
    ("Economists warned that unemployment, at 11.8 percent in July, would keep rising.", "2013-08-30", "July",
     "2013-07"),
    ("Unemployment is expected to reach 12 percent in July.", "2013-08-30", "July", "2014-07"),  # a forecast
    # the month a named fiscal year ended in is of that year
    ("In fiscal 1997, which ended in June, the company had its first loss since 1986.", "1998-10-21", "June",
     "1997-06"),
    # a clock time takes no day told as a thing's past long before the publication
    ("The index rose 58 points, topping the previous high set on Oct. 7. Trading was heavy, with 672 million "
     "shares changing hands by 4 p.m. EST.", "1998-02-10", "4 p.m. EST", "1998-02-10T16:00"),
    # a day declared an occasion is named, either side of now: the nearest; what is "to be" done is ahead
    ("The prime minister visited the site Wednesday and declared Friday a national day of mourning, with "
     "funerals to be held Saturday.", "1998-05-21", "Friday", "1998-05-22"),
    ("The prime minister visited the site Wednesday and declared Friday a national day of mourning, with "
     "funerals to be held Saturday.", "1998-05-21", "Saturday", "1998-05-23"),
    ("The governor declared Monday a state holiday.", "1998-05-21", "Monday", "1998-05-18"),  # the nearest
    # the close of an event is no closing price of a gone day
    ("A joint statement is expected at the close of the meeting on Saturday.", "2013-09-05", "Saturday",
     "2013-09-07"),
    ("The Dow rose 20 points from Friday's close.", "2013-05-02", "Friday", "2013-04-26"),  # a closing price
    # a happening named by its day: the nearest, whatever the tense of the sentence
    ("The region is still recovering from the April 20 earthquake.", "2013-06-19", "April 20", "2013-04-20"),
    # what is cancelled through a day is ahead
    ("The airline said yesterday that it had canceled all flights through Sunday.", "1998-09-03", "Sunday",
     "1998-09-06"),
    # a year before a company's results is that year's, not a count
    ("Dillard now expects 1989 earnings to top $4.30 a share.", "1989-10-17", "1989", "1989"),
    ("Analysts expect 1990 sales of 9.6 million cars.", "1990-05-22", "1990", "1990"),
    # the month a commodity is named by is its contract's, ahead
    ("August crude fell 38 cents to $17.20.", "1990-06-07", "August", "1990-08"),
    # "past" a small hour after a day told of is in the night after it
    ("Brennan won the seat in Tuesday's election, in a count that stretched past 3 a.m.", "1998-11-04", "3 a.m.",
     "1998-11-04T03:00"),
    # "retook" tagged as a present by the tagger: its form is a past, and so is its Sunday
    ("The rebels seized parts of the town on Saturday, but Serbian police retook it Sunday after a battle.",
     "1998-07-20", "Sunday", "1998-07-19"),
    ("Analysts say costs exceed estimates on Friday.", "1998-07-20", "Friday", "1998-07-24"),  # a present: ahead
])
def test_readings_of_the_twelfth_round(text, published, expression, value):
    # modals, figures, fiscal ends, declared days, closes of events, named happenings, cancellations, results of
    # a year, contract months, small hours "past", past forms the tagger took for presents
    assert date_values(text, published)[expression] == value


def test_a_time_told_of_an_event_takes_the_day_that_names_it():
    # "the blast" is Monday's explosion: its time is Monday's, not the day of the recovery told first
    text = ("Rescue workers early today recovered the bodies of the last four of 14 miners killed in Monday's "
            "explosion at the mine. The blast ripped through the mine at about 2:15 p.m. during a shift change.")
    assert date_values(text, "1990-07-18")["about 2:15 p.m."] == "1990-07-16T14:15"


@pytest.mark.parametrize("text, published, expression, value", [
    # the harm a date is compared with ("after Saturday's explosion") is the day of a time told of a harm after it
    ("Rescuers on Tuesday recovered the bodies of the last two miners missing after Saturday's explosion at the "
     "mine. The blast occurred at 9:35 a.m. and trapped 14 men.", "2013-04-30", "9:35 a.m.", "2013-04-27T09:35"),
    ("Police said Monday that a warning 40 minutes before Saturday's car bombing had misled them. The bomb "
     "exploded at 3:10 p.m., killing 28 people.", "1998-08-17", "3:10 p.m.", "1998-08-15T15:10"),
    # ... and a harm named as background, not the day of the report that tells it
    ("Tuesday's collision between two subway trains injured 64 people, officials said on Wednesday. The trains "
     "collided at 8:02 a.m.", "2013-05-15", "8:02 a.m.", "2013-05-14T08:02"),
    # but a time of no harm keeps the story's day ("opened higher after yesterday's plunge": noon is today's)
    ("Stocks opened higher today after yesterday's plunge. Trading was heavy by noon.", "1989-10-17", "noon",
     "1989-10-17T12:00"),
    ("Stocks opened higher after yesterday's fall. By noon the Dow was up 20 points.", "1989-10-17", "noon",
     "1989-10-17T12:00"),
])
def test_a_time_told_of_a_harm_takes_the_harm_s_day(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, value", [
    # the night something went on through until a morning named after it is the night before that morning
    ("Rescuers worked through the night and pulled two survivors from the shaft early Thursday.", "2013-04-25",
     "2013-04-24TNI"),
    ("Rescuers reached the wreckage early Tuesday after searching through the night in heavy fog.", "2013-06-04",
     "2013-06-03TNI"),
    ("The senator ended his speech at noon on Wednesday after speaking through the night.", "2013-09-25",
     "2013-09-24TNI"),
    # but not one that went on after the morning, nor after an evening
    ("The bombardment began early Wednesday and continued through the night.", "1990-03-30", "1990-03-28TNI"),
    ("Workers had recovered 28 bodies by Thursday evening and continued searching through the night.", "1998-07-03",
     "1998-07-02TNI"),
    ("Soldiers worked through the night to reinforce dikes after the river rose to a record at 6 a.m. Sunday.",
     "1998-08-17", "1998-08-16TNI"),
])
def test_the_night_that_led_up_to_a_morning_is_the_night_before_it(text, published, value):
    assert date_values(text, published)["the night"] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a bare clock time in a "when" clause on a day is of that day
    ("Gunmen have held the mall since Saturday, when they stormed the building at 12:30 p.m.", "2013-09-24",
     "12:30 p.m.", "2013-09-21T12:30"),
    ("The raid came on Monday, when officers entered the house at 5 a.m.", "2013-09-25", "5 a.m.",
     "2013-09-23T05:00"),
])
def test_a_time_in_a_when_clause_on_a_day_is_of_that_day(text, published, expression, value):
    assert date_values(text, published)[expression] == value


def test_a_count_before_a_plural_noun_is_still_no_year():
    assert "2000" not in date_values("The firm added 2000 jobs last year.", "1990-05-22")


@pytest.mark.parametrize("text, published, expression, value", [
    # a place's time is a zone like "local time": the day after it is the time's ("on" ends the TIMEX3)
    ("China launched a satellite at 11:07 a.m. Beijing time on Wednesday, Xinhua reported.", "2013-04-04",
     "11:07 a.m. Beijing time", "2013-04-03T11:07"),
    ("The plane landed at 9 p.m. New York time on Tuesday.", "2013-04-04", "9 p.m. New York time",
     "2013-04-02T21:00"),
    ("The plane landed at 9 p.m. New York time Tuesday.", "2013-04-04", "9 p.m. New York time Tuesday",
     "2013-04-02T21:00"),
    # ... but a weekday or a month is no place ("Time magazine")
    ("At 3 p.m. Monday Time magazine said it would close.", "2013-04-04", "3 p.m. Monday", "2013-04-01T15:00"),
    # a year before a holiday on a noun ("a 1996 Christmas Eve argument"); not "in 1996 Christmas was quiet"
    ("He shot his wife during a 1996 Christmas Eve argument.", "1998-03-18", "1996 Christmas Eve", "1996-12-24"),
    ("In 1996 Christmas was quiet.", "1998-03-18", "1996", "1996"),
    # a happening long past named on a noun is no day for a bare time after it
    ("A jury today convicted a deputy of killing his wife during a 1996 Christmas Eve argument. Jurors returned "
     "their verdict at 2:15 p.m.", "1998-03-18", "2:15 p.m.", "1998-03-18T14:15"),
    # a bare time told ahead is not of a day gone by
    ("Rheinhold will pay $58 a share, a premium to Ashcroft's closing price on Wednesday. Ashcroft shares jumped "
     "24 percent, and Rheinhold will hold a conference call with analysts at 1400 GMT.", "2013-06-20",
     "1400 GMT", "2013-06-20T14:00Z"),
    # the small hours told in the past after an evening time of a day are the next day's
    ("A commuter plane crashed Monday night. It left Greensboro at 8:52 p.m. and vanished from radar four minutes "
     "later. Rescue crews reached the wreckage about 1 a.m. and found eight survivors.", "1998-03-10",
     "about 1 a.m.", "1998-03-10T01:00"),
    # a part of a day told in the past after a day still ahead is of the day gone talked about before
    ("The coalition collapsed yesterday. The prime minister said he would meet the king Thursday. Bond prices "
     "fell sharply in afternoon trading.", "1989-10-17", "afternoon", "1989-10-16TAF"),
    # ... but of the day ahead talked about before
    ("Voters go to the polls next Tuesday. Early voting ended yesterday, the clerk said this morning. Polls will "
     "close at 8 p.m.", "1998-10-29", "8 p.m.", "1998-11-03T20:00"),
    # a day ending a relative clause in the subject is told in the clause's tense, wherever the parser hangs it
    ("The death toll from an earthquake that jolted a mountainous county in Yunnan Province on Tuesday afternoon "
     "has risen to 27.", "2013-10-16", "Tuesday afternoon", "2013-10-15TAF"),
    # "last" before a month and day counts back from the publication
    ("The board said an error caused the collision of two trains last Dec. 4.", "2013-06-10", "last Dec. 4",
     "2012-12-04"),
    ("The vote is set for next March 3.", "2013-06-10", "next March 3", "2014-03-03"),
    # "overnight" before a happening of the night is a time ("the" is the noun's); before other nouns none
    ("At least 25 civilians were killed in the overnight raids.", "1998-12-17", "overnight", "1998-12-16TNI"),
])
def test_place_times_years_of_holidays_and_nights(text, published, expression, value):
    assert date_values(text, published)[expression] == value


def test_overnight_before_a_thing_is_no_time():
    assert date_values("The central bank raised the overnight rate on Tuesday.", "1998-12-17") == {
        "Tuesday": "1998-12-15"}


@pytest.mark.parametrize("text, published, expected", [
    # the minutes of a meeting are a record, no span of minutes
    ("The central bank yesterday released minutes of its October session, which showed a split.", "1990-11-21",
     {"yesterday": "1990-11-20", "October": "1990-10"}),
    ("Policymakers were divided, minutes published on Tuesday showed.", "2013-05-23", {"Tuesday": "2013-05-21"}),
    # minutes that pass stay a time
    ("Firefighters arrived minutes after the blast on Friday.", "2013-05-23", {"minutes": "PTXM", "Friday":
                                                                               "2013-05-17"}),
])
def test_the_minutes_of_a_meeting_are_no_time(text, published, expected):
    assert date_values(text, published) == expected


@pytest.mark.parametrize("text, published, expression, value", [
    # a day's arranged happening told as ahead: the subject of a future verb or of "is expected to", or what a
    # future verb readies for, is the next such day
    ("Tuesday's vote will decide the future of the coalition.", "2013-10-10", "Tuesday", "2013-10-15"),
    ("Tuesday's match will be played behind closed doors.", "2013-10-10", "Tuesday", "2013-10-15"),
    ("Tuesday's presentation of the budget to parliament is expected to draw large protests.", "2013-10-10",
     "Tuesday", "2013-10-15"),
    ("Assistant manager Phil Carver will take charge for Tuesday's trip to Fenwick.", "2013-08-22", "Tuesday",
     "2013-08-27"),
    # ... told in the past it is gone; a hazard is gone whatever follows; a thing looked at is the nearest
    ("Tuesday's meeting was expected to focus on trade.", "2013-10-10", "Tuesday", "2013-10-08"),
    ("Tuesday's explosion will cost the company millions.", "2013-10-10", "Tuesday", "2013-10-08"),
    ("Police will investigate Tuesday's explosion.", "2013-10-10", "Tuesday", "2013-10-08"),
    ("Investors will study Tuesday's figures.", "2013-10-10", "Tuesday", "2013-10-08"),
])
def test_a_days_arranged_happening_told_as_ahead(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a date in a "since" phrase or clause is gone, and sets no scene for the dates after it
    ("Defence lawyers said the men, who have been held since their arrest in May, would appeal.", "2013-01-07",
     "May", "2012-05"),
    ("Mali has been in turmoil since a military coup in March 2012 derailed an election planned for April.",
     "2013-01-15", "April", "2012-04"),
    ("Washington has imposed sanctions on Syria since the uprising began in 2011, and the European Union "
     "tightened its own measures in February.", "2013-04-23", "February", "2013-02"),
    ("The kingdom has taken in 520,000 Syrians since the conflict began in 2011. A similar meeting in Doha in "
     "March raised pledges of $900 million.", "2013-09-10", "March", "2013-03"),
    # what is readied for, named by its day, is the nearest such day
    ("Officials said 14.1 million voters had registered for the March 4 general election.", "2013-01-28",
     "March 4", "2013-03-04"),
    ("The team trained hard for the October 12 final.", "2013-01-28", "October 12", "2012-10-12"),
])
def test_since_clauses_and_what_is_readied_for(text, published, expression, value):
    assert date_values(text, published)[expression] == value


def test_a_month_named_again_and_told_ahead_is_not_the_past_one():
    text = ("South Sudan shut down its oil output in January 2012, and the two countries fought a brief border war "
            "in April. A similar deal signed in September collapsed within weeks. An official said exports could "
            "resume in April if the deal holds.")
    mentions = [(d["text"], d["value"]) for d in extract(text=text, published="2013-02-27")["dates"]]
    assert (mentions[1], mentions[-1]) == (("April", "2012-04"), ("April", "2013-04"))


@pytest.mark.parametrize("text, published, expression, value", [
    # only a date opening its sentence sets the scene for the sentences after it
    ("Northern Arrow bought the stake for $1.1 billion in 2008. The company reported a first-quarter loss of "
     "$212 million in May after a writedown.", "2013-06-04", "May", "2013-05"),
    ("For all of 1988, profit slipped to $19.5 million from $22.1 million in 1987. The strike, which began in "
     "early November, ended Jan. 6.", "1989-01-18", "early November", "1988-11"),
    ("In July-August 2001, Kim paid a visit to Russia. The trip lasted 24 days. On August 8, Putin held a brief "
     "meeting with Kim.", "2019-04-26", "August 8", "2001-08-08"),
    ("In 1986 the company lost its chairman. In March it sold its trucking unit.", "1990-06-01", "March",
     "1986-03"),
    # ... a month or a day told earlier in its own sentence does, a bare year told in passing does not (the
    # development set's annotators read 202 of 217 such months against the publication date)
    ("Ferris was arrested at his home in March 2012 and convicted in November.", "2013-04-12", "November",
     "2012-11"),
    ("The airline bought 12 jets in 2007 and sold four of them in March.", "2013-06-04", "March", "2013-03"),
    ("The banks discussed a combination in 1996 but broke off talks that December.", "1998-09-22", "December",
     "1996-12"),
    # a meeting set for a day is ahead; a hazard named by its month, told ahead, is the nearest
    ("The board adopted a rights plan and scheduled a special shareholders meeting for May 18.", "1989-03-22",
     "May 18", "1989-05-18"),
    ("The board had scheduled a meeting for May 18 but canceled it.", "1989-03-22", "May 18", "1988-05-18"),
    ("Atlantic Tanker Co. agreed today to pay $12 million to settle federal and state claims stemming from the "
     "spill of 280,000 gallons of heavy fuel oil into Narragansett Bay in June.", "1989-07-27", "June", "1989-06"),
])
def test_scenes_open_sentences_meetings_set_and_hazards_ahead(text, published, expression, value):
    assert date_values(text, published)[expression] == value


def test_the_future_of_something_is_no_time():
    assert date_values("Tuesday's vote will decide the future of the coalition. Prices may rise in the future.",
                       "2013-10-10") == {"Tuesday": "2013-10-15", "the future": "FUTURE_REF"}


@pytest.mark.parametrize("text, published, expression, value", [
    # a bare participle joined to a bare present (a misparse) is past
    ("A gunman who held four bank employees hostage in suburban Kansas City for nine hours surrendered to police "
     "at 1:20 a.m. Sunday, ending a standoff.", "1998-06-08", "1:20 a.m. Sunday", "1998-06-07T01:20"),
    # "closes" with a subject is a verb, not a closing price gone
    ("The coach wants another striker before the transfer window closes on Monday.", "2013-08-31", "Monday",
     "2013-09-02"),
    ("Shares rose 2 percent from Friday's close.", "2013-08-31", "Friday", "2013-08-30"),
])
def test_participles_after_a_present_and_closes_that_are_verbs(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a harm named by its date is the nearest, whatever the verb (the season said on the noun is the timex)
    ("China's grain output is expected to hit a record this year despite the summer floods in the Yangtze "
     "valley.", "1998-12-28", "summer", "1998-SU"),
    # a report is told from now: a year told before in its sentence is not its scene
    ("Sahra's profit rose 14 percent in 2012 despite high fuel prices, the company said in April.", "2013-06-18",
     "April", "2013-04"),
])
def test_harms_named_by_a_date_and_reports_told_from_now(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # "in August of that year": the month takes the year talked about, and "that year" stays that year
    ("The company was founded in 1994. It opened its first store in August of that year.", "2013-04-11",
     "August", "1994-08"),
    ("The company was founded in 1994. It opened its first store in August of that year.", "2013-04-11",
     "that year", "1994"),
    ("But in 1995 curators moved the paintings into storage, and the building closed in April of the following "
     "year.", "1998-04-30", "April", "1996-04"),
    ("But in 1995 curators moved the paintings into storage, and the building closed in April of the following "
     "year.", "1998-04-30", "the following year", "1996"),
    # a year after "in" before the subject of its clause is a year, not a count
    ("In 1988 workers struck for a week.", "1990-05-22", "1988", "1988"),
])
def test_months_of_that_year_and_years_before_a_subject(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # "the following spring", "the previous winter": counted from the date talked about, else from the publication
    ("In 1993, floods wiped out half his fields, and the following spring he borrowed against his land.",
     "1998-08-11", "the following spring", "1994-SP"),
    ("The following spring will be wet, forecasters said.", "1998-08-11", "The following spring", "1999-SP"),
    # before a year, the last one begun before it; before a finer date, the last one over by then
    ("The department began the program in 1989 after a flu outbreak killed 14 residents the previous winter.",
     "1998-10-29", "the previous winter", "1988-WI"),
    ("In March 1995 the plant closed. The previous winter had been harsh.", "1998-10-29", "The previous winter",
     "1994-WI"),
])
def test_a_season_following_the_date_talked_about(text, published, expression, value):
    assert date_values(text, published)[expression] == value


def test_a_bare_time_takes_no_day_from_a_level_compared_with():
    text = ("Shares of Arcadia Systems lost two-thirds of their value this afternoon. Trading resumed at 3:30, with "
            "Arcadia at 11 1/4, down from 34 at yesterday's close.")
    assert date_values(text, "1998-06-10")["3:30"] == "1998-06-10T15:30"


@pytest.mark.parametrize("text, published, value", [
    # a relative clause on the subject keeps its own day across a place in commas, whatever the main verb's tense
    ("The storm that hit Lubbock, Texas, on Wednesday will cost insurers millions.", "2013-05-06", "2013-05-01"),
    ("The storm that hit Lubbock on Wednesday will cost insurers millions.", "2013-05-06", "2013-05-01"),
    # without the clause the day is the next one
    ("The storm will hit Lubbock, Texas, on Wednesday.", "2013-05-06", "2013-05-08"),
])
def test_a_relative_clause_on_the_subject_across_a_place_in_commas(text, published, value):
    assert date_values(text, published)["Wednesday"] == value


def test_a_clock_time_before_a_capitalised_on_ends_its_sentence():
    # "p.m. On": a new sentence, not "10 p.m. on Sunday"; the bare time keeps the day talked about before
    values = date_values("Lawmakers said today that his admission Monday night had not ended it. He spoke for four "
                         "minutes at 10 p.m. On Sunday afternoon, he had answered questions.", "1998-08-18")
    assert values["10 p.m."] == "1998-08-17T22:00"
    assert values["Sunday afternoon"] == "1998-08-16TAF"
    # a lower-case "on" is a preposition, which ends a TIMEX3: the time and its day are two, on the same day
    values = date_values("He spoke at 10 p.m. on Sunday.", "1998-08-18")
    assert (values["10 p.m."], values["Sunday"]) == ("1998-08-16T22:00", "1998-08-16")


@pytest.mark.parametrize("text, published, expression, value", [
    # a day on the noun a past verb of planning sets is after the setting: the nearest
    ("The council also scheduled a March 12 vote on a proposed increase in the sales tax.", "1991-01-10",
     "March 12", "1991-03-12"),
    ("The council scheduled a Jan. 5 vote on the tax.", "1991-01-10", "Jan. 5", "1991-01-05"),
    # what a permission won lets happen is after it: the nearest
    ("Brennard Stores won court approval yesterday to close 38 of its 112 stores by the end of April.",
     "1991-02-27", "the end of April", "1991-04"),
    ("The company got permission to build the plant in March.", "1991-01-10", "March", "1991-03"),
])
def test_what_is_set_or_permitted_is_after_it(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, value", [
    # "the month": the month the figures are of, not the report's (nor a level compared with)
    ("Sales at big retailers grew in December at the slowest pace since 1982. Hadley said yesterday that sales "
     "rose 0.8% in the five weeks ended Jan. 5. Dunmore posted a 2.4% decline for the month.", "1991-01-09",
     "1990-12"),
    ("The jobless rate eased to 7.3 percent in September from 7.4 percent in August, the office said today. The "
     "number of unemployed fell by 24,000 during the month.", "1998-10-20", "1998-09"),
    ("The trade deficit narrowed to $8.17 billion in May from a revised $10.2 billion in April, the department "
     "reported yesterday. Exports rose 2.3% during the month.", "1989-07-28", "1989-05"),
    # a day of the story told after the month: that day's month
    ("In February, sales fell. On March 5, the store closed. Sales rose 3% for the month.", "1991-04-09",
     "1991-03"),
    # no month told: the publication's
    ("Sales rose 3% for the month.", "1991-01-09", "1991-01"),
])
def test_the_month_is_the_month_talked_about(text, published, value):
    assert date_values(text, published)["the month"] == value


@pytest.mark.parametrize("text, published, value", [
    # after a day still ahead in another month, "the end of the month" is the month of the telling
    ("Ruiz will take over as chief executive on Oct. 1. Brandt, 64, will retire at the end of the month.",
     "1990-09-12", "1990-09"),
    ("The union said it would strike on May 1 unless talks resumed by the end of the month.", "1989-04-18",
     "1989-04"),
    # after a day gone, or a month named, that day's or that month's
    ("The board met on May 3. By the end of the month, it had fired the superintendent.", "1998-06-03", "1998-05"),
    ("Talks will resume in October. By the end of the month, a deal is expected.", "1998-06-03", "1998-10"),
])
def test_the_end_of_the_month_after_a_day_ahead_is_this_month(text, published, value):
    assert date_values(text, published)["the end of the month"] == value


@pytest.mark.parametrize("text, expression, value", [
    # a date of every year has no year
    ("The town has held a parade every Fourth of July since 1911.", "Fourth of July", "XXXX-07-04"),
    ("Crowds have come to see the windows every December since 1950.", "every December", "XXXX-12"),
    ("Families hold a vigil each April 9.", "each April 9", "XXXX-04-09"),
    # a word of habit elsewhere is no yearly date ("before poaching usually peaks in June": this June)
    ("Rangers must be hired before poaching usually peaks in June.", "June", "1998-06"),
])
def test_a_date_of_every_year_has_no_year(text, expression, value):
    assert date_values(text, "1998-05-14")[expression] == value


def test_a_harm_named_by_its_date_told_by_a_past_verb_is_gone():
    # the nearest February would be ahead; charged in it, it is gone
    assert date_values("Jury selection began Monday in the trial of two brothers charged in the February "
                       "firebombing of a Bronx social club.", "1990-12-05")["February"] == "1990-02"
    # told now, the nearest
    assert date_values("China's grain output will hit a record despite the summer floods.",
                       "1998-12-28")["summer"] == "1998-SU"


@pytest.mark.parametrize("text, published, expression, value", [
    # a date inside the object of a past verb that looks ahead is after the verb: the nearest
    ("French unions called on Monday for a nationwide day of strikes and protests on Sept. 10.", "2013-08-26",
     "Sept. 10", "2013-09-10"),
    ("Republican aides predicted a vote by Oct. 17.", "1990-10-09", "Oct. 17", "1990-10-17"),
    # not a report of what is gone
    ("The company reported a loss in November.", "2013-08-26", "November", "2012-11"),
    # nor a plan of the past perfect
    ("The board had approved a hiring freeze from Feb. 1.", "1991-01-10", "Feb. 1", "1990-02-01"),
])
def test_a_date_in_the_object_of_a_verb_looking_ahead(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    ("The other two are believed to have left the country in August.", "1998-11-05", "August", "1998-08"),
    ("He is thought to have fled to Brazil in August.", "1998-11-05", "August", "1998-08"),
    # a plan's perfect infinitive is ahead; "was to have ended" a plan that did not come
    ("The company is expected to have finished the work by August.", "1998-11-05", "August", "1999-08"),
    ("The tour, which began June 2 in Miami, was to have ended Sept. 16.", "1989-08-08", "Sept. 16", "1989-09-16"),
])
def test_a_perfect_infinitive_is_done_before(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # what is done retroactively reaches back
    ("A spokesman said the new pact takes effect retroactively to Jan. 1.", "1990-02-13", "Jan. 1", "1990-01-01"),
    ("The duties will be collected retroactively from early summer.", "1990-11-19", "early summer", "1990-SU"),
])
def test_retroactively_reaches_back(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # "would" told days ago is ahead of now; told months ago, ahead of the telling: the nearest
    ("Feld said in an interview Tuesday that a larger trial would begin in the fall.", "1990-03-22", "the fall",
     "1990-FA"),
    ("He announced in April that he would step down at the end of June.", "1990-03-22", "the end of June",
     "1990-06"),
])
def test_would_after_a_dated_report(text, published, expression, value):
    assert date_values(text, published)[expression] == value


def test_an_aircraft_model_number_is_no_year():
    found = date_values("The Beechcraft 1900, operated by Sierra Basin Air, left the airport at 6:12 p.m. A Saab 2000 "
                        "landed in 1998.", "1998-11-23")
    assert "1900" not in found and "2000" not in found and found["1998"] == "1998"


def test_a_perfect_participle_is_done_before():
    # "having cut it ... in July": before the verb it hangs from, whatever that verb's tense
    assert date_values("The central bank is expected to leave its rate at 0.75 percent, having cut it to that "
                       "record low in July.", "2013-04-03")["July"] == "2012-07"


@pytest.mark.parametrize("text, published, expression, value", [
    # the weekday said with a year-less day names its year (March 3, 1989 is a Friday; March 3, 1988 is not)
    ("The offer was extended yesterday until Friday, March 3.", "1989-02-23", "Friday, March 3", "1989-03-03"),
    ("The vote is set for Thursday, Jan. 4.", "1989-02-23", "Thursday, Jan. 4", "1990-01-04"),
    ("He left on Wed., Feb. 1.", "1989-02-23", "Wed., Feb. 1", "1989-02-01"),
    # twelve in the morning is the first hour after midnight
    ("The ordinance took effect at 12:01 this morning.", "1998-10-01", "12:01 this morning", "1998-10-01T00:01"),
    ("The session ended at 12:30 this afternoon.", "1998-10-01", "12:30 this afternoon", "1998-10-01T12:30"),
    # what a past order or permission lets happen is the nearest such day, not the one gone
    ("The judge told jurors to return Thursday morning.", "1991-10-08", "Thursday morning", "1991-10-10TMO"),
    ("The judge allowed her to remain free through Christmas.", "1998-12-22", "Christmas", "1998-12-25"),
    ("He told reporters he resigned on Monday.", "1991-10-08", "Monday", "1991-10-07"),
])
def test_weekdays_that_name_years_twelve_in_the_morning_and_orders(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # "past" before a weekday is "this past" only with "this" or "the": "get past Friday" is the coming one
    ("Once we get past Friday, it's a dead market.", "1990-12-20", "Friday", "1990-12-21"),
    ("Prices rose this past Friday.", "1990-12-20", "this past Friday", "1990-12-14"),
    # a holiday a few days ahead is that one, even told in the past
    ("Underwriters held back deals until after the Thanksgiving holiday.", "1990-11-19", "Thanksgiving",
     "1990-11-22"),
    ("Sales jumped at Christmas.", "1990-11-19", "Christmas", "1989-12-25"),
    # "the week to June 9" is the week ending June 9
    ("Cases fell to 41 in the week to June 9.", "2013-06-20", "the week", "2013-W23"),
    # a bare "cut" joined to a verb under "would" is no past
    ("Ardent said it would stop developing the drug and cut 120 jobs by the end of June.", "2013-02-15",
     "the end of June", "2013-06"),
    ("He cut prices in May and raised them in June.", "2013-02-15", "May", "2012-05"),
])
def test_past_before_a_weekday_holidays_just_ahead_weeks_to_a_day_and_bare_cuts(text, published, expression, value):
    assert date_values(text, published)[expression] == value


def test_a_state_said_with_its_verb_takes_the_verb_s_tense():
    # "at 5:20 a.m." hangs from "unarmed" in the parse: it is the walking out's, told in the past, so the small
    # hours after the evening the text told of
    text = ("The standoff began at 7:15 p.m. Thursday when deputies tried to serve an order. He walked out unarmed "
            "at 5:20 a.m. and was booked into jail.")
    assert date_values(text, "2013-04-12")["5:20 a.m."] == "2013-04-12T05:20"
    # an attribute after a comma keeps its own date: "a dividend, payable Dec. 1"
    assert date_values("The board declared a dividend, payable Dec. 1.", "1989-11-20")["Dec. 1"] == "1989-12-01"


@pytest.mark.parametrize("text, published, expected", [
    # the bare day coordinated with a month's day is a date of its own, in that month
    ("Heavy rains flooded the site on June 19 and 20.", "2013-07-03", {"June 19": "2013-06-19", "20": "2013-06-20"}),
    ("The vote is on June 3 or 4.", "2013-05-03", {"June 3": "2013-06-03", "4": "2013-06-04"}),
    # not a count after it, nor a smaller number
    ("On May 5 and 6 percent of voters stayed home.", "2013-07-03", {"May 5": "2013-05-05"}),
    ("He arrived on March 13 and 2 others followed.", "2013-07-03", {"March 13": "2013-03-13"}),
])
def test_a_day_paired_with_a_month_s_day(text, published, expected):
    assert date_values(text, published) == expected


@pytest.mark.parametrize("text, published, value", [
    # midweek, "this weekend" is the coming one even after a past verb; early in the week, the one gone
    ("Soybeans tumbled yesterday as forecasts called for rain this weekend.", "1989-06-21", "1989-W25-WE"),
    ("Police arrested 20 people this weekend.", "1989-06-19", "1989-W24-WE"),
    ("Police arrested 20 people over the weekend.", "1989-06-21", "1989-W24-WE"),
])
def test_this_weekend_midweek_is_the_coming_one(text, published, value):
    assert value in date_values(text, published).values()


@pytest.mark.parametrize("text, published, expression, value", [
    # the act charged is done; a fire set is no date set; a harm named by its month is never ahead
    ("A man accused of setting a January fire that killed three children pleaded not guilty.", "2013-09-30",
     "January", "2013-01"),
    ("He is suspected of stealing paintings in December.", "2013-09-30", "December", "2012-12"),
    ("Doctors blame the March floods.", "2013-09-30", "March", "2013-03"),
    ("The board scheduled a March 12 vote.", "2013-09-30", "March 12", "2014-03-12"),
])
def test_acts_charged_and_harms_named_by_their_month_are_gone(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a participle with a subject of its own and no auxiliary is a past the tagger missed
    ("Workers at the Kroonvlei platinum mine downed tools on Thursday, the second wildcat strike there in a month.",
     "2013-09-10", "Thursday", "2013-09-05"),
    # not a causative ("have service restored until the weekend") nor what is prepared for
    ("Officials warned that some customers might not have service restored until the weekend.", "1990-02-13",
     "the weekend", "1990-W07-WE"),
])
def test_a_participle_with_its_own_subject_is_a_past(text, published, expression, value):
    assert date_values(text, published)[expression] == value


def test_midmorning_and_midafternoon_are_parts_of_the_day():
    values = date_values("By midmorning detectives had seized 40 cars, and by midafternoon they had made 12 arrests.",
                         "1991-04-26")
    assert values == {"midmorning": "1991-04-26TMO", "midafternoon": "1991-04-26TAF"}


def test_the_holiday_weekend_is_a_weekend():
    assert date_values("Americans will drive at least 100 miles over the holiday weekend.",
                       "1998-11-25")["the holiday weekend"] == "1998-W48-WE"


@pytest.mark.parametrize("text, published, expression, value", [
    # a bare present of intention joined to a plain past plans ahead
    ("Opponents held a march downtown last night and plan another rally Saturday.", "1998-10-28", "Saturday",
     "1998-10-31"),
    # not a noun the tagger took for a verb: "reported mosaic virus and freeze damage from an April 8 cold snap"
    ("Tour members reported mosaic virus and freeze damage from an April 8 cold snap.", "1990-05-15", "April 8",
     "1990-04-08"),
    # a happening named with a past relative clause is gone, even when told in the present
    ("He says crews have fought 200 fires since May 1, including a blaze on Sunday that burned 3,000 acres.",
     "1998-07-02", "Sunday", "1998-06-28"),
])
def test_plans_joined_to_a_past_and_happenings_told_in_a_past_clause(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a part of the day of a trading session is the story's day, not a day told since
    ("Workers ended a 12-day strike on Wednesday. Members voted late Tuesday to approve the contract. Copper rose "
     "0.4 percent in afternoon trade.", "2013-03-13", "afternoon", "2013-03-13TAF"),
    # unless its sentence told a day of its own
    ("Stocks fell yesterday. The yen fell to 141.20 in Tokyo today, and bonds dropped in afternoon trading.",
     "1989-05-24", "afternoon", "1989-05-24TAF"),
    # a price quoted at a clock time of the session, after a day told since
    ("Spot gold fell 4 percent on Thursday. The metal had risen on Wednesday after the Fed's meeting. Gold was down "
     "4.3 percent at $1,291.40 an ounce at 1430 GMT.", "2013-06-20", "1430 GMT", "2013-06-20T14:30Z"),
    # a month told in a relative clause of the sentence is no day of its own
    ("Portugal sold bonds on Wednesday, down from 3.41 percent at a similar sale on March 7. Its borrowing costs, "
     "which peaked last July, stood at 4.97 percent at midday.", "2013-04-03", "midday", "2013-04-03T12:00"),
    # a report's day is the story's day when no day was told before it, only periods
    ("Sales in the fiscal year ending in June 2014 will be $2.6 billion, the company said today. Profit in the "
     "quarter that ended June 30 rose 9 percent. The shares fell 6.2 percent to $24.18 at 4:45 p.m.", "2013-07-30",
     "4:45 p.m.", "2013-07-30T16:45"),
])
def test_a_trading_session_is_of_the_storys_day(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # "that day" told in the past after a day still ahead is the day the story began with
    ("Tokai agreed to buy Redfield. The companies announced the agreement late Friday and said the offer will "
     "begin by Thursday. It is expected to expire April 20. Redfield shares had closed that day at $17.125.",
     "1990-03-26", "that day", "1990-03-23"),
    # told ahead, it is that day ahead
    ("The companies announced the agreement late Friday. The offer will expire April 20, and the board will meet "
     "that day.", "1990-03-26", "that day", "1990-04-20"),
])
def test_that_day_told_in_the_past_after_a_day_ahead(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a level compared with is gone, whatever the tense
    ("Non-performing loans now account for about 35 percent of all loans, up from 26 percent in March.",
     "1998-08-14", "March", "1998-03"),
    ("Only 41 of its 88 rigs were working at the end of November, compared with 79 in January.", "1998-12-10",
     "January", "1998-01"),
    # not a change to come: the day it takes effect
    ("The board voted yesterday to raise bus fares to $1.75 from $1.50 on Sept. 1.", "1998-06-23", "Sept. 1",
     "1998-09-01"),
    # a happening named with its date, told in the present: the nearest
    ("The strike follows the collapse of wage talks on Tuesday, the third breakdown since January.", "2013-03-07",
     "Tuesday", "2013-03-05"),
])
def test_baselines_and_happenings_told_in_the_present(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # what something came before, told in the past, may be just ahead
    ("Police fired tear gas on Tuesday to break up clashes at a rally, less than two weeks before the March 4 "
     "general election.", "2013-02-20", "March 4", "2013-03-04"),
    ("The commissioner warned Tuesday that she expected more bank closings before spring.", "1991-01-17", "spring",
     "1991-SP"),
    ("With two weeks left before the Nov. 3 election, the candidates met last night in a debate.", "1998-10-20",
     "Nov. 3", "1998-11-03"),
    # not one long gone ahead: "fled to Mexico before Christmas", in September, is last Christmas
    ("Investigators believe he fled to Mexico before Christmas.", "1998-09-30", "Christmas", "1997-12-25"),
    # a deadline given, told in the past, the nearest ("until the end of June to release")
    ("The ministers gave the military rulers until the end of June to release political prisoners.", "1998-03-19",
     "the end of June", "1998-06"),
])
def test_what_something_comes_before_and_deadlines_given(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a month naming a contract is ahead, whatever the verb's tense
    ("March soybeans on the Chicago Board of Trade settled 8 1/2 cents lower at $6.61 a bushel.", "1998-01-13",
     "March", "1998-03"),
    ("July arabica closed on Tuesday at 118.45 cents per lb, down 4.30 cents.", "1998-05-20", "July", "1998-07"),
])
def test_contract_months_of_more_commodities(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # closings of plants or stores are no market close: the verb's tense holds
    ("The chain said it will decide on the closings in May.", "1990-03-20", "May", "1990-05"),
    # a former plan is either side of now: the nearest
    ("The accord averted a walkout that had been threatened for March 2.", "1990-02-27", "March 2", "1990-03-02"),
    ("The hearing, originally set for Jan. 9, was moved.", "1990-12-20", "Jan. 9", "1991-01-09"),
    # a deadline a thing is done by, told now: the nearest
    ("The discount applies to seats booked by May 4 for flights in June.", "1990-04-27", "May 4", "1990-05-04"),
    ("The discount applied to seats booked by May 4.", "1990-05-10", "May 4", "1990-05-04"),
    # a state to be had by a day is ahead, whatever the parse of its object
    ("Crews hoped to have it contained by Thursday.", "1991-08-03", "Thursday", "1991-08-08"),
    ("Crews hope to have the blaze contained by Thursday.", "1991-08-03", "Thursday", "1991-08-08"),
    # a cause cited for what is ahead is named by its date: the nearest
    ("The chain said profit will fall short, citing heavy discounting in November.", "1991-01-22", "November",
     "1990-11"),
])
def test_former_plans_deadlines_states_causes_and_closings(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # what a past vote or decision settles is still to be done: ahead
    ("The school board voted 6-3 last night to close two elementary schools in June.", "1990-10-17", "June",
     "1991-06"),
    ("Drivers voted to end their strike and return to work Monday, union leaders said yesterday.", "1998-03-12",
     "Monday", "1998-03-16"),
    ("The county decided on Tuesday to ask voters in November to approve a bond.", "1998-04-09", "November",
     "1998-11"),
    # ... from a vote with a month of its own, the nearest
    ("The trustees voted in October to shut the library in March.", "1991-01-15", "March", "1991-03"),
    # not what was agreed, nor a date of the vote's own
    ("The board voted in June to close the school.", "1990-10-17", "June", "1990-06"),
    # a verb of intention that names no plan of its own tells a past act; one that does, either side
    ("The merger was first proposed in April.", "1990-10-17", "April", "1990-04"),
    ("The strike was called in March.", "1990-10-17", "March", "1990-03"),
    ("The vote was expected in February.", "1990-10-17", "February", "1991-02"),
])
def test_what_a_vote_settles_is_ahead_and_what_was_proposed_is_gone(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a present the tagger took for a base form is a present: what is played on a weekday is ahead
    ("Hartlepool play their last home game against Bury on Saturday.", "2013-04-23", "Saturday", "2013-04-27"),
    # ... but a past of the same form is a past
    ("Moreau hurt his knee in training on Saturday.", "2013-04-23", "Saturday", "2013-04-20"),
    # a name's "do" and a noun's "can" are no auxiliaries
    ("Fishermen from Porto do Son found the wreck on Sunday.", "2013-04-23", "Sunday", "2013-04-21"),
    ("A boat capsized off Vila do Conde late Friday.", "2013-04-23", "late Friday", "2013-04-19"),
    ("Police traced the fire to a gasoline can bought on April 11.", "2013-04-23", "April 11", "2013-04-11"),
    # a report told "late on" a day is the report's
    ("The company said late on Monday it would appeal.", "2013-04-24", "Monday", "2013-04-22"),
    # ... and one told "in" a month, where the parser hangs the month on the clause reported
    ("The union said in March it would strike again.", "2013-10-10", "March", "2013-03"),
    # a close is gone, however the date is hung
    ("The offer is a 20 percent premium over Kestrel's closing price Monday.", "2013-04-24", "Monday", "2013-04-22"),
    ("The report, released after Friday's close, showed a rise.", "2013-04-23", "Friday", "2013-04-19"),
])
def test_misread_tenses_names_and_closes(text, published, expression, value):
    assert date_values(text, published)[expression] == value


@pytest.mark.parametrize("text, published, expected", [
    # a range of days written with "to" or "through" is its two ends, the second a day of the first's month
    ("The minister will visit Japan from May 12 to 16.", "2013-04-30", {"May 12": "2013-05-12", "16": "2013-05-16"}),
    ("The fair runs from Sept. 3 through 7.", "2013-04-30", {"Sept. 3": "2013-09-03", "7": "2013-09-07"}),
    # one written with a dash stays one interval
    ("The fair runs Sept. 3-7.", "2013-04-30", {"Sept. 3-7": "2013-09-03/2013-09-07"}),
    # a range's end is no count
    ("The index rose from 12 to 16 percent.", "2013-04-30", {}),
])
def test_a_range_of_days_with_to_is_its_two_ends(text, published, expected):
    assert date_values(text, published) == expected


def test_each_other_is_no_set():
    found = date_values("Two robberies occurred within an hour of each other Sunday afternoon.", "1990-09-28")
    assert found["Sunday afternoon"] == "1990-09-23TAF"


@pytest.mark.parametrize("text, published, expression, value", [
    # thirty-third round: what is scheduled "for trial on" a day is ahead, from a past perfect the nearest
    ("The case had been scheduled for trial on May 27th.", "1998-04-01", "May 27th", "1998-05-27"),
    # but a delay "for two weeks in September" tells no plan
    ("The move was delayed for two weeks in September after a dispute.", "1998-10-01", "September", "1998-09"),
    # a weekday under a present perfect is gone ...
    ("The court's decision Monday to throw out his confession has left prosecutors scrambling.", "2013-03-08",
     "Monday", "2013-03-04"),
    # ... unless it is what the act is for, or until
    ("The government has declared a national day of mourning for Friday.", "2013-04-24", "Friday", "2013-04-26"),
    # "since the start of the year" counts from the publication's year, whatever year was told before
    ("The Dow set its high on Oct. 9, 2007. The index has gained 9% since the start of the year.", "2013-03-06",
     "the start of the year", "2013"),
    # an appeal named on a thing looks to no time of its own: the nearest ...
    ("Troops sealed off squares ahead of marches called by the Brotherhood to denounce the July 3 coup.",
     "2013-08-30", "July 3", "2013-07-03"),
    ("The workstations, originally scheduled to ship in February, began reaching customers last week.",
     "1990-04-10", "February", "1990-02"),
    # ... but a plan so named is ahead
    ("The talks, set to run through Thursday, follow last month's decision.", "1989-06-23", "Thursday",
     "1989-06-29"),
])
def test_plans_perfects_and_the_year_since(text, published, expression, value):
    assert date_values(text, published)[expression] == value
