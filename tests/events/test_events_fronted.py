"""Dated events the parser hangs badly, end to end with the trained parser (issue 11, thirty-sixth round;
sentences invented in the styles of obituaries, crisis wire copy and company news): a date right after a fronted
participle's clause is the participle's, a date after a gerund a verb's "on" or "about" phrase is about is the
verb's, a party congress is a gathering, and a half of a fiscal year dates what happened in it."""

from __future__ import annotations

import pytest

from pipeline import extract

pytestmark = pytest.mark.model


def dated(text: str, published: str) -> set[tuple[str, str]]:
    """(trigger, date) of each dated event of ``text``."""
    return {(e["trigger"], e["date"]) for e in extract(text=text, published=published)["events"] if e["date"]}


@pytest.mark.parametrize("text, published, expected, absent", [
    ("Born in Hamburg, Germany, in 1906, she fled to the United States in 1937 and joined DuPont.", "1992-05-14",
     {("bear", "1906"), ("flee", "1937")}, {("flee", "1906"), ("bear", "1937")}),
    ("Born in Asheville, N.C., on July 17, 1913, Dr. Whitcombe joined the faculty of the university in 1946.",
     "1998-05-14", {("bear", "1913-07-17"), ("join", "1946")}, {("join", "1913-07-17"), ("bear", "1946")}),
    # (a participle that names no date of its own takes none)
    ("Speaking to reporters on Tuesday, the minister said the talks would resume.", "1992-05-14",
     {("say", "1992-05-12")}, set()),
    ("Russia devalued the rouble and declared a 90-day moratorium on repaying some foreign debts on Monday.",
     "1998-08-18", {("declare", "1998-08-17")}, {("repay", "1998-08-17")}),
    ("The Federal Reserve unexpectedly held off on reducing its bond-buying programme on Wednesday.", "2013-09-19",
     {("hold", "2013-09-18")}, {("reduce", "2013-09-18")}),
    ("The party will hold an emergency congress in mid-December.", "1989-11-14", {("congress", "1989-12")}, set()),
    ("Delegates to this week's party congress voted today.", "1989-11-14", {("party congress", "1989-W46")},
     set()),
    # (but the Congress is no gathering, and talk about a plan is no plan: "walking" is next spring's)
    ("Greenspan, who testified before Congress earlier this month, warned of turmoil.", "1998-01-27",
     {("testify", "1998-01")}, {("Congress", "1998-01")}),
    ("He was already talking about walking around Shikoku next spring.", "1998-01-27", {("walk", "1998-SP")},
     {("talk", "1998-SP")}),
    ("The unit earned $9 million in the first half of fiscal 1996.", "1996-05-14", {("earn", "FY1996-H1")}, set()),
])
def test_dates_the_parser_hangs_badly(text, published, expected, absent):
    found = dated(text, published)
    assert expected <= found and not absent & found
