"""Dated events from invented news sentences, end to end with the trained parser (issue 11, thirteenth round):
dates the parser hangs on the wrong word, happenings had inside a dated event, and the night's happenings.

Each case is a sentence of the kind the issue describes, not a sentence of any article.
"""

from __future__ import annotations

import pytest

from pipeline import extract

pytestmark = pytest.mark.model


def dated(text: str, published: str) -> set[tuple[str, str]]:
    """(trigger, date) of each dated event of ``text``."""
    return {(e["trigger"], e["date"]) for e in extract(text=text, published=published)["events"] if e["date"]}


@pytest.mark.parametrize("text, published, expected, absent", [
    # a clock time right after the event noun of "before"/"after" is the noun's, wherever the parser hangs it
    ("The trains had been travelling on the same track for four minutes before the crash at 21:37, officials "
     "said.", "2013-07-25", {("crash", "2013-07-25T21:37")}, {("travel", "2013-07-25T21:37")}),
    ("Two hours after the explosion at 9:15 a.m., firefighters were still searching the site.", "1998-03-04",
     {("explosion", "1998-03-04T09:15")}, set()),
    # what an object is won or lost in happens in that dated event
    ("Election officials say the governing coalition won 41 of 76 seats in Sunday's parliamentary election.",
     "2013-06-28", {("win", "2013-06-23"), ("election", "2013-06-23")}, set()),
    ("The minister announced new taxes in Tuesday's budget speech.", "2013-06-28",
     {("announce", "2013-06-25"), ("speech", "2013-06-25")}, set()),
    # the happenings of a night: "the overnight raids" is a time, "the overnight rate" is none
    ("Iraqi officials say at least 25 civilians were killed in the overnight raids.", "1998-12-17",
     {("kill", "1998-12-16TNI"), ("raid", "1998-12-16TNI")}, set()),
    ("The central bank raised the overnight rate on Tuesday.", "1998-12-17", {("raise", "1998-12-15")}, set()),
    # what is heard is an event, and so is the hearing; conjoined happenings heard share the time
    ("Heavy gunfire and explosions were heard again on Monday morning.", "2013-09-24",
     {("gunfire", "2013-09-23TMO"), ("explosion", "2013-09-23TMO"), ("hear", "2013-09-23TMO")}, set()),
    # "observe" is a light verb only before an event noun
    ("Astronomers observed the comet on Monday.", "2013-09-24", {("observe", "2013-09-23")}, set()),
])
def test_dates_hung_elsewhere_events_within_events_and_nights(text, published, expected, absent):
    found = dated(text, published)
    assert expected <= found
    assert not absent & found
