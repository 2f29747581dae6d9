"""Wire copy end to end with the trained model (issue 12): datelines, agencies, state abbreviations, titles.

The articles are invented, in the layouts of AP and Reuters copy.
"""

from __future__ import annotations

import pytest

from pipeline import extract

pytestmark = pytest.mark.model

AP_STORY = (
    "Police seek driver in crash\n"
    "DOVER, Del. (AP) -- Sgt. Lyle Brandt said Tuesday the car was stolen in Kent County. "
    "Brandt said the driver fled toward Newark.\n"
)
REUTERS_STORY = (
    "SOCCER - ROMANIA BEAT LITHUANIA IN QUALIFIER .\n"
    "BUCHAREST 1996-10-09\n"
    "Romania beat Lithuania 3-0 in a World Cup qualifier on Wednesday .\n"
)


def test_an_ap_dateline_gives_place_state_and_agency_never_the_title():
    record = extract(text=AP_STORY, published="2000-01-04")
    assert record["title"] == "Police seek driver in crash"
    assert (record["dateline"]["place"], record["dateline"]["agency"]) == ("Dover", "AP")
    places = {p["name"]: p for p in record["places"]}
    assert places["Delaware"]["kind"] == "region" and places["Dover"]["country_code"] == "US"
    assert places["Dover"]["latitude"] == pytest.approx(39.16, abs=0.05)  # Dover, Delaware, not Dover, England
    assert [o["name"] for o in record["organizations"]] == ["AP"]
    assert all("AP" not in e["organizations"] for e in record["events"])  # the agency is no participant
    [person] = [p for p in record["people"] if p["name"] == "Lyle Brandt"]
    assert person["roles"] == ["Sgt."] and len(person["mentions"]) == 2


def test_a_reuters_heading_is_the_title_and_its_capitals_are_read_case_aware():
    record = extract(text=REUTERS_STORY)
    assert record["title"] == "SOCCER - ROMANIA BEAT LITHUANIA IN QUALIFIER ."
    assert record["published"] == "1996-10-09"
    mentions = sorted(m["text"] for p in record["places"] for m in p["mentions"])
    assert mentions == ["BUCHAREST", "LITHUANIA", "Lithuania", "ROMANIA", "Romania"]
