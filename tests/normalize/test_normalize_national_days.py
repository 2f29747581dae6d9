"""National days many countries name alike: the day of the country the text talks about (no model needed)."""

from __future__ import annotations

import pytest

from pipeline.lang.dates import lexicon
from pipeline.lang.dates.lexicon import NATIONAL, Lexicon
from pipeline.lang.dates.spec import holiday_date
from pipeline.normalize.dates.national import country_rule

DAYS = lexicon().national_days


def rule(text: str, name: str = "independence day") -> str | None:
    start = text.lower().index(name)
    return country_rule(name, text, start, start + len(name), DAYS)


@pytest.mark.parametrize("text, expected", [
    ("India celebrated Independence Day today.", "08-15"),  # a country named before it in its sentence
    ("Filipinos celebrate Independence Day today.", "06-12"),  # a demonym
    ("NEW DELHI, India (AP) -- He used his Independence Day speech to offer talks with Pakistan.", "08-15"),
    ("He is due back in Abuja ahead of Independence Day celebrations.", "10-01"),  # a big city's country
    ("Independence Day was quiet in Mexico.", "09-16"),  # named after it, none before
    ("Traders returned from the Independence Day holiday.", "07-04"),  # no country named: the United States'
    ("Kenya's shilling firmed. Banks were shut for Independence Day.", "12-12"),  # the text's country
    ("U.S. stocks fell. Kenya's shilling firmed. Banks were shut for Independence Day.", "07-04"),  # both named
])
def test_the_country_of_a_national_day(text, expected):
    assert rule(text) == expected


def test_a_country_that_keeps_no_such_day_reads_none():
    assert rule("Estonians will mark Victory Day with parades.", "victory day") is None
    assert rule("Britain marked National Day quietly.", "national day") is None


def test_a_day_no_country_keeps_without_a_country_named_reads_none():
    assert rule("Crowds gathered for National Day.", "national day") is None


def test_the_table_is_well_formed():
    assert DAYS["independence day"]["US"] == "07-04" and DAYS["national day"]["CN"] == "10-01"
    assert lexicon().holidays["independence day"] == NATIONAL + "independence day"
    assert holiday_date(NATIONAL + "independence day", 1998) is None  # no day before the country is known


def test_a_lexicon_may_have_no_national_days():
    lex = lexicon()
    fields = {name: getattr(lex, name) for name in Lexicon.__dataclass_fields__ if name != "national_days"}
    assert Lexicon(**fields).national_days == {}
