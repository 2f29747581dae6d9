"""Dates one clause shares with the next, end to end with the trained parser (issue 11, thirty-seventh round;
sentences invented in the styles of company, market and awards news): a verb whose past is its bare form is past
with a singular subject or beside a past, a date the parser hung on the next clause's subject is the first
clause's, "for the first time since" names no date of the clause, and a year after a participle describing the
object is the participle's; a span a verb sets a thing for is the thing's; a contest's result dates what it wins;
a count or a rate with a fraction compared with names a baseline; an adverb of time hung on a noun of the object's
phrase, or right after the subject, is the verb's."""

from __future__ import annotations

import pytest

from pipeline import extract

pytestmark = pytest.mark.model


def dated(text: str, published: str) -> set[tuple[str, str]]:
    """(trigger, date) of each dated event of ``text``."""
    return {(e["trigger"], e["date"]) for e in extract(text=text, published=published)["events"] if e["date"]}


@pytest.mark.parametrize("text, published, expected, absent", [
    # "reset" with a singular subject is a past, which the conjunct shares
    ("The company reset all customer passwords over the weekend and notified the FBI.", "2013-10-28",
     {("reset", "2013-W43-WE"), ("notify", "2013-W43-WE")}, set()),
    ("The retailer cut prices on Friday and extended its store hours.", "2013-11-25",
     {("cut", "2013-11-22"), ("extend", "2013-11-22")}, set()),
    # a date the parser hung on the next clause's subject, and a baseline after "for the first time since"
    ("Lisbon's PSI-20 index tumbled 5 percent on Wednesday and bond yields jumped above 8 percent for the first "
     "time since November.", "2013-07-05", {("tumble", "2013-07-03"), ("jump", "2013-07-03")},
     {("jump", "2012-11")}),
    # a year after a participle describing the object is the participle's, not the verb's
    ('"Titanic" won eleven Academy Awards last night, tying the record set by "Ben-Hur" in 1960.', "1998-03-24",
     {("win", "1998-03-23TNI"), ("tie", "1998-03-23TNI"), ("set", "1960")}, {("tie", "1960")}),
    # a span a verb sets a thing for is the thing's, not the setting's
    ("Provincial authorities ordered a curfew in the town from 8 p.m. Sunday until Tuesday morning.", "1991-01-10",
     {("curfew", "1991-01-06T20:00"), ("curfew", "1991-01-08TMO")}, {("order", "1991-01-06T20:00")}),
    ("The City Council on Wednesday night approved a hiring freeze from Feb. 1 until June 30.", "1991-01-10",
     {("approve", "1991-01-09TNI"), ("hiring freeze", "1991-02-01"), ("hiring freeze", "1991-06-30")},
     {("approve", "1991-02-01")}),
    ("Crandall Partners yesterday extended its tender offer for Beaumont Foods until midnight Friday.", "1989-03-01",
     {("extend", "1989-02-28"), ("tender offer", "1989-03-03T24:00")}, {("extend", "1989-03-03T24:00")}),
    # a contest's result dates what it wins
    ("The Oakland Redwoods clinched the final playoff spot in the Western Conference with a 104-99 victory over "
     "Denver on Wednesday night.", "2013-04-18", {("clinch", "2013-04-17TNI"), ("victory", "2013-04-17TNI")}, set()),
    ("Northgate City moved five points clear at the top of the table with a 2-0 win over Kingsbury on Saturday.",
     "2013-03-04", {("move", "2013-03-02")}, set()),
    # (not one denied, over a span: "with no victories since")
    ("The team had struggled this spring, with no victories since the start of March.", "2013-04-29",
     {("struggle", "2013-SP")}, {("struggle", "2013-03")}),
])
def test_dates_shared_by_clauses(text, published, expected, absent):
    got = dated(text, published)
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize("text, published, expected, absent", [
    # a count or a rate with a fraction compared with: the date after it is a baseline, no date of the change
    ("China's coal mine deaths fell to 1,384 last year, from about 6,000 a decade ago.", "1998-01-20",
     {("fall", "1997")}, {("fall", "1988")}),
    ("The federal funds rate traded at about 9 1/16% yesterday, up from 8 3/4% a week earlier.", "1989-02-15",
     {("trade", "1989-02-14")}, {("trade", "1989-02-07")}),
])
def test_baselines_of_counts_and_fractions(text, published, expected, absent):
    got = dated(text, published)
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize("text, published, expected", [
    # an adverb of time the parser hung on a noun of a phrase of the object, or right after the subject
    ("The airline grounded its seven other planes of the same type this morning, and investigators will hold a "
     "briefing at 2 o'clock this afternoon.", "1998-06-03", {("ground", "1998-06-03TMO")}),
    ("Traffic last month, measured in revenue passenger miles, fell 4.6% from March 1989.", "1990-04-10",
     {("fall", "1990-03")}),
])
def test_adverbs_of_time_hung_on_nouns(text, published, expected):
    assert expected <= dated(text, published)


def test_a_date_right_after_a_happening_subject_is_not_the_verbs():
    got = dated("Some warned that the Fed's credit tightening earlier this month could slow activity by the spring.",
                "1989-01-20")
    assert ("slow", "1989-01") not in got
