"""Dated events around anniversaries and holidays, end to end with the trained parser (issue 11, thirty-fifth
round): the day an anniversary is marked is the marking's, not that of the happening it is the anniversary of,
wherever the parser hangs the date; a holiday named on its noun gives way to a day in figures. Sentences invented
in the styles of wire copy."""

from __future__ import annotations

import pytest

from pipeline import extract

pytestmark = pytest.mark.model


def dated(text: str, published: str) -> set[tuple[str, str]]:
    """(trigger, date) of each dated event of ``text``."""
    return {(e["trigger"], e["date"]) for e in extract(text=text, published=published)["events"] if e["date"]}


@pytest.mark.parametrize("text, published, expected, absent", [
    ("Hong Kong will mark the first anniversary of its return to the motherland on Wednesday with fireworks.",
     "1998-06-28", {("anniversary", "1998-07-01")}, {("return", "1998-07-01")}),
    ("North Korea celebrated the 50th anniversary of the founding of its state today with a mass rally.",
     "1998-09-09", {("celebrate", "1998-09-09")}, {("founding", "1998-09-09"), ("found", "1998-09-09")}),
    ("The town celebrated the 200th anniversary of its incorporation yesterday with a parade.", "1998-10-11",
     {("celebrate", "1998-10-10")}, {("incorporation", "1998-10-10")}),
    # a date with its year after the happening is the happening's own
    ("Thousands gathered in the square early this morning to watch the flag-raising ceremony marking National Day, "
     "the 49th anniversary of the founding of the People's Republic on Oct. 1, 1949.", "1998-10-01",
     {("founding", "1949-10-01")}, {("anniversary", "1949-10-01")}),
])
def test_the_day_an_anniversary_is_marked(text, published, expected, absent):
    found = dated(text, published)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("text, published, expected, absent", [
    ("The National Day holiday lasts until October 7.", "1998-10-01", {("holiday", "1998-10-07")},
     {("holiday", "1998-10-01")}),
    ("During the National Day holiday from Oct. 1 to Oct. 7, dealers received 9,000 orders.", "2013-10-08",
     {("holiday", "2013-10-07")}, set()),
    # a holiday alone still names its noun's day
    ("Stores were packed for the Christmas holiday.", "2013-12-27", {("holiday", "2013-12-25")}, set()),
])
def test_a_holiday_named_on_its_noun_beside_a_day_in_figures(text, published, expected, absent):
    found = dated(text, published)
    assert expected <= found
    assert not absent & found
