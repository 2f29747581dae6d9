"""The date grammar of the base layer: complete dates, an injected lexicon, table errors, the rule registry."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import tables
from pipeline.errors import TableError
from pipeline.lang.dates import Grammar, grammar, lexicon, parse_complete_date


@pytest.mark.parametrize("text, expected", [
    ("26th April, 2019", "2019-04-26"),
    ("April 26, 2019", "2019-04-26"),
    ("Friday, April 26, 2019", "2019-04-26"),
    ("2019-04-26", "2019-04-26"),
    ("04/26/2019", "2019-04-26"),
    ("Sputnik - 26th April, 2019", "2019-04-26"),
    ("April 2019", None),
    ("February 30, 2019", None),
    ("yesterday", None),
    ("", None),
])
def test_parse_complete_date(text, expected):
    assert parse_complete_date(text) == expected


def test_parse_complete_date_day_first():
    assert parse_complete_date("04/05/2019", day_first=True) == "2019-05-04"


def test_a_small_lexicon_can_be_injected():
    lex = lexicon()
    small = type(lex)(**{**lex.__dict__, "months": {"july": 7}})
    g = Grammar(small)
    assert g.parse("July 2000").value is None and g.parse("July 2000").month == 7
    assert g.parse("August 2000") is None


def test_bad_table_raises_coded_error(monkeypatch):
    lexicon.cache_clear()
    monkeypatch.setattr(tables, "load_json", lambda name: {"January": 1})
    try:
        with pytest.raises(TableError, match="E301"):
            lexicon()
    finally:
        lexicon.cache_clear()


def test_every_rule_is_declared_with_a_regex_a_key_and_a_place_in_the_order():
    from pipeline.lang.dates.fragments import fragments
    from pipeline.lang.dates.grammar import FAMILIES, ORDER, definitions

    f = fragments(lexicon())
    patterns = {name for family in FAMILIES for name in family.patterns(f)}
    keys = {name for family in FAMILIES for name in family.keys(lexicon())}
    assert set(definitions()) == set(ORDER) == patterns == keys
    assert len(ORDER) == len(set(ORDER)) == sum(len(family.RULES) for family in FAMILIES)


@given(st.text(max_size=200))
def test_scan_gives_ordered_disjoint_spans(text):
    found = grammar().scan(text)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start


@pytest.mark.parametrize("text, spans", [
    ("in July-August 2001", ["July-August 2001"]),  # a dash joins one expression
    ("in 2016\u20132017", ["2016\u20132017"]),
    ("from 2009 to 2011", ["2009", "2011"]),  # words keep the two ends apart, as TimeML does
    ("between April and June", ["April", "June"]),
    ("from May 3 until May 10", ["May 3", "May 10"]),
])
def test_only_a_dash_joins_a_range_in_running_text(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("The current account deficit widened.", []),
    ("Current assets rose.", []),
    ("The current crisis began.", ["current"]),
    # nor a stream of water or electricity
    ("The raft was swept away by a strong current.", []),
    ("Heavy rains swelled the river, and the current was unusually strong.", []),
    ("Divers fought the current, officials said.", []),
    ("The current of the river carried it a mile downstream.", []),
    ("At current prices, the deal is worth $2 billion.", ["current"]),
])
def test_current_in_an_accounting_term_or_as_a_stream_is_no_date(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("The most recent burglary was reported on Friday.", ["Friday"]),  # the latest of a series
    ("Its more recent models sold well.", []),
    ("The recent floods destroyed crops.", ["recent"]),
    ("Prices have risen in recent weeks.", ["recent weeks"]),
])
def test_most_recent_is_the_latest_not_a_time(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("01/08/1998 18:30:00.00", ["01/08/1998 18:30:00"]),  # a dateline's day and clock time are one
    ("02/27/1998 14:38", ["02/27/1998 14:38"]),
    ("The score was 3:16 on 01/02/1998.", ["01/02/1998"]),  # no clock without a clock's context
])
def test_a_clock_time_after_a_numeric_day_is_one_expression(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("Troops attacked at dawn on Sunday.", ["dawn", "Sunday"]),
    ("The fire was under control by dawn.", ["dawn"]),
    ("A curfew begins at dusk.", ["dusk"]),
    ("They looked at morning papers.", []),  # "at" before a noun the day part qualifies
])
def test_dawn_dusk_and_parts_of_the_day_after_at(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("By the time police arrived, the gunman had fled.", []),  # a conjunction, whatever starts the clause
    ("By the time he came, it was over.", []),
    ("At the time, the company was losing money.", ["the time"]),
    ("By that time, the plant had closed.", ["that time"]),
])
def test_by_the_time_before_a_clause_is_no_date(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("At the moment, no talks are planned.", ["the moment"]),
    ("No talks are planned at the moment.", ["the moment"]),
    ("He was asleep at the moment of impact.", []),
    ("At the moment he arrived, shots rang out.", []),
    ("He retired in fiscal '88.", ["fiscal '88"]),
])
def test_at_the_moment_and_fiscal_years_with_an_apostrophe(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, spans, mod", [
    ("By late afternoon, the rebels controlled the city.", ["late afternoon"], "END"),
    ("In the early morning, shots rang out.", ["the early morning"], "START"),
    ("The late morning session was quiet.", [], None),  # "late" with no trigger before it
])
def test_a_part_of_the_day_with_early_or_late(text, spans, mod):
    found = grammar().scan(text)
    assert [text[f.start:f.end] for f in found] == spans
    assert all(grammar().parse(text[f.start:f.end]).mod == mod for f in found)


@pytest.mark.parametrize("text, spans", [
    ("The economy shrank in the April-June quarter.", ["April-June"]),  # the second month after the first
    ("Sales in March and June rose.", ["March", "June"]),
])
def test_the_second_of_two_months_is_a_date(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, spans, day", [
    ("The law takes effect January first.", ["January first"], 1),
    ("The vote is on March the twenty-first.", ["March the twenty-first"], 21),
    ("He was born on March twenty first, 1950.", ["March twenty first, 1950"], 21),
    ("On the third of June, the rebels attacked.", ["the third of June"], 3),
    ("In his first March in office, he signed the bill.", [], None),  # an ordinal of the month, no day
    ("It posted April third-quarter sales.", ["third-quarter"], None),  # no "April third"
])
def test_a_day_of_the_month_in_words(text, spans, day):
    found = grammar().scan(text)
    assert [text[f.start:f.end] for f in found] == spans
    assert all(grammar().parse(text[f.start:f.end]).day == day for f in found)


@pytest.mark.parametrize("text, spans", [
    ("Jets struck on Saturday, a day after the talks failed.", ["Saturday", "a day"]),
    ("The Fed cut rates a day before the report.", ["a day"]),
    ("It was a day of mourning.", []),
])
def test_a_single_unit_counted_from_an_event_is_a_duration(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("Revenue fell in the quarter that ended Nov. 2.", ["the quarter", "Nov. 2"]),
    ("Sales rose in the year which ended June 30.", ["the year", "June 30"]),
    ("Sales rose in the quarter that analysts watched.", []),
])
def test_a_period_named_by_its_end_in_a_relative_clause(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("Stocks recovered from a morning sell-off.", ["morning"]),  # the part of a day a happening took
    ("Shares were flat in afternoon trading.", ["afternoon"]),
    ("He reads the evening paper.", []),  # a thing, no happening
])
def test_a_bare_part_of_the_day_before_a_happening_is_a_time(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, spans", [
    # "overnight" before a verb, an auxiliary or a preposition is a time; before a noun it qualifies, none
    ("The storm that began overnight has dumped snow.", ["overnight"]),
    ("The search was suspended overnight because of winds.", ["overnight"]),
    ("Teams worked overnight by lantern light.", ["overnight"]),
    ("The overnight rate rose.", []),
    # a four-digit clock time in local time
    ("It sent a distress call at 0347 local time Monday.", ["0347 local time Monday"]),
    # the first or last months of a year, and a season of sport
    ("Sales rose in the first six months of the year.", ["the first six months of the year"]),
    ("Sales rose in the first nine months of 1989.", ["the first nine months", "1989"]),
    ("He scored 11 goals last season and 4 this season.", ["last season", "this season"]),
    ("It was the worst flu season.", []),
    # "following" before a possessive day is a preposition
    ("He was sacked following Saturday's defeat.", ["Saturday"]),
    # so many days on from a day; not "for three days from" it
    ("It opens a week from Friday.", ["a week from Friday"]),
    ("It lies in state for three days from Wednesday.", ["three days", "Wednesday"]),
    ("Sales rose over the three-day weekend.", ["the three-day weekend"]),
    ("They met again the following Saturday.", ["the following Saturday"]),
])
def test_overnight_local_clock_times_parts_of_years_and_seasons(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


@pytest.mark.parametrize("text, gran, part", [
    ("the first six months of the year", "half", 1),
    ("the last six months of 1989", "half", 2),
    ("the first three months of the year", "quarter", 1),
    ("the final three months of 2013", "quarter", 4),
])
def test_the_first_or_last_months_of_a_year_are_a_half_or_a_quarter(text, gran, part):
    spec = grammar().parse(text)
    assert spec.gran == gran and (spec.half if gran == "half" else spec.quarter) == part


@given(st.integers(min_value=1900, max_value=2100), st.sampled_from([-7, -1, 1, 7]))
def test_a_day_counted_from_a_holiday_is_that_many_days_from_it(year, days):
    import datetime as dt

    from pipeline.lang.dates.spec import Spec, place_holiday

    gran = "day" if abs(days) == 1 else "week"
    placed = place_holiday(Spec(gran=gran, holiday="12-25", unit="day", offset=days), year)
    day = dt.date(year, 12, 25) + dt.timedelta(days=days)
    if gran == "day":
        assert (placed.year, placed.month, placed.day, placed.offset) == (year, 12, day.day, 0)
    else:
        assert (placed.year, placed.week) == tuple(day.isocalendar())[:2]


@pytest.mark.parametrize("text, spans", [
    # number words are one number as tens and units or around "hundred", not two numbers side by side
    ("The charter limits presidents to two five-year terms.", ["five-year"]),
    ("He has served three four-year terms.", ["four-year"]),
    ("It lasted twenty-five years.", ["twenty-five years"]),
    ("It lasted one hundred twenty days.", ["one hundred twenty days"]),
])
def test_number_words_side_by_side_are_two_numbers(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans
