"""The gazetteer and word tables of the base layer: lookup keys, acronyms, demonyms, table errors, sorting."""

from __future__ import annotations

import json
import re

import pytest

from pipeline import tables
from pipeline.errors import TableError
from pipeline.lang.gazetteer import Gazetteer, GeoEntry, gazetteer, key

PARIS = GeoEntry("Paris", "city", "FR", 48.9, 2.3, population=2_100_000)


def test_acronyms_match_only_acronyms():
    assert gazetteer().candidates("GAO") == []
    assert [c.entry.name for c in gazetteer().candidates("US")] == ["United States"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the United States", "united states"),
        ("North Korea's", "north korea"),
        ("Airbus'", "airbus"),
        ("  New   York ", "new york"),
        ("U.S.", "u.s."),
        ("Texas", "texas"),
    ],
)
def test_key(text, expected):
    assert key(text) == expected


@pytest.mark.parametrize("word, expected", [("Russian", "RU"), ("Russians", "RU"), ("Asian", ""), ("Putin", None)])
def test_demonym(word, expected):
    assert gazetteer().demonym(word) == expected


def test_alias_to_unknown_place_is_a_table_error():
    with pytest.raises(TableError, match="E301"):
        Gazetteer([(PARIS, [])], aliases={"Lutetia": "Parisii"})


def test_unknown_kind_is_a_table_error():
    with pytest.raises(TableError, match="E301"):
        Gazetteer([(GeoEntry("Atlantis", "myth"), [])])


RE_CODE = re.compile(r"^[A-Z]{2}$")


@pytest.mark.parametrize(
    "name",
    [
        "person_titles.txt",
        "person_honorifics.txt",
        "org_designators.txt",
        "org_descriptors.txt",
        "product_descriptors.txt",
        "news_agencies.txt",
    ],
)
def test_word_tables_are_sorted_and_unique(name):
    items = tables.load_lines(name)
    assert list(items) == sorted(set(items))


@pytest.mark.parametrize("name", ["place_aliases.json", "demonyms.json", "country_names.json"])
def test_map_tables_are_sorted(name):
    data = tables.load_json(name)
    assert list(data) == sorted(data)
    assert all(v is None or (isinstance(v, str) and v) for v in data.values())


def test_places_table_rows():
    rows = tables.load_json("places.json")
    assert [(r["name"], r["kind"]) for r in rows] == sorted({(r["name"], r["kind"]) for r in rows})
    for r in rows:
        assert r["country_code"] is None or RE_CODE.match(r["country_code"]), r
        assert -90 <= r["latitude"] <= 90 and -180 <= r["longitude"] <= 180, r
    assert json.loads(json.dumps(rows)) == rows


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "abbreviation, region, code, admin1",
    [("N.Y.", "New York", "US", "NY"), ("Pa.", "Pennsylvania", "US", "PA"), ("Vt.", "Vermont", "US", "VT"),
     ("Wash.", "Washington", "US", "WA"), ("Calif.", "California", "US", "CA"), ("Ont.", "Ontario", "CA", "08")],
)
def test_state_and_province_abbreviations_are_their_regions(abbreviation, region, code, admin1):
    cands = gazetteer().candidates(abbreviation)
    assert [(c.entry.name, c.entry.kind, c.entry.country_code, c.entry.admin1) for c in cands] == [
        (region, "region", code, admin1)]
    assert cands[0].entry.latitude is not None


def test_place_abbreviations_table_names_regions():
    for abbreviation, (code, region) in tables.load_json("place_abbreviations.json").items():
        assert abbreviation.endswith(".") and RE_CODE.match(code), abbreviation
        assert any(c.entry.kind == "region" and c.entry.country_code == code
                   for c in gazetteer().candidates(region)), region


@pytest.mark.issue(12)
def test_us_counties_are_places_in_their_state():
    cands = gazetteer().candidates("Erie County")
    assert {c.entry.admin1 for c in cands} >= {"NY", "PA", "OH"}
    assert all(c.entry.kind == "county" and c.entry.country_code == "US" for c in cands)


def test_canadian_provinces_have_coordinates():
    entry = next(c.entry for c in gazetteer().candidates("Ontario") if c.entry.kind == "region")
    assert entry.country_code == "CA" and entry.latitude is not None and entry.admin1 == "08"


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "short, country",
    [("Bosnia", "Bosnia and Herzegovina"), ("Antigua", "Antigua and Barbuda"), ("St. Lucia", "Saint Lucia"),
     ("St Kitts and Nevis", "Saint Kitts and Nevis")],
)
def test_the_short_names_of_countries_are_those_countries(short, country):
    [cand] = gazetteer().candidates(short)
    assert (cand.entry.kind, cand.entry.name) == ("country", country)
