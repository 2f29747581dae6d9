"""Years that qualify a thing, end to end with the trained parser (issue 11, thirty-eighth round; sentences invented
in the styles of business, environment, law and sport news): a determined number in a year's range before a plural
noun is a year ("the firm's 1988 accounts", "the 1994 champions"), and so is one before a noun a year qualifies
("discounted 1998 models", "below 1990 levels"); a number that counts ("will cut 2000 jobs", "some 1500
protesters") or is out of a year's range ("the plant's 2500 workers") is none."""

from __future__ import annotations

import pytest

from pipeline import extract

pytestmark = pytest.mark.model


def values(text: str) -> dict[str, str]:
    return {d["text"]: d["value"] for d in extract(text=text, published="1998-10-09")["dates"]}


@pytest.mark.parametrize("text, expected", [
    ("Auditors found irregularities in the firm's 1988 accounts.", {"1988": "1988"}),
    ("The 1994 champions scored the winner in the last minute.", {"1994": "1994"}),
    ("Regulators must still review the deal under the 1996 Telecommunications Act.", {"1996": "1996"}),
    ("Buyers snapped up discounted 1998 models before the new line arrived.", {"1998": "1998"}),
    ("The bill would cut emissions to 7 percent below 1990 levels by 2012.", {"1990": "1990", "2012": "2012"}),
])
def test_a_year_that_qualifies_a_thing(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "The company will cut 2000 jobs by the end of the year.",
    "Some 1500 protesters marched through the capital.",
    "The plant's 2500 workers walked off the job.",
])
def test_a_number_that_counts(text):
    assert not {"2000", "1500", "2500"} & set(values(text))
