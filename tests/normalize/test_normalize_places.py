"""Places resolved against the offline gazetteer, ambiguity settled from context (no spaCy)."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.lang.gazetteer import Candidate, Gazetteer, GeoEntry, gazetteer
from pipeline.normalize import places as P
from pipeline.records import Mention


def place(text: str, start: int = 0, **features) -> Mention:
    return Mention(text, "PLACE", start, start + len(text), 0, features)


def resolve(*mentions: Mention):
    return P.places(list(mentions))


# A small hand-made gazetteer: the rules, not the data, are under test.
# fmt: off
GEORGIA_US = GeoEntry("Georgia", "region", "US", 32.7, -83.4, admin1="GA")
GEORGIA = GeoEntry("Georgia", "country", "GE", 41.7, 44.8, population=3_700_000)
ATLANTA = GeoEntry("Atlanta", "city", "US", 33.7, -84.4, population=500_000, admin1="GA")
PARIS = GeoEntry("Paris", "city", "FR", 48.9, 2.3, population=2_100_000)
PARIS_TX = GeoEntry("Paris", "city", "US", 33.7, -95.6, population=25_000, admin1="TX")
TEXAS = GeoEntry("Texas", "region", "US", 31.5, -99.3, admin1="TX")
FAR_EAST = GeoEntry("Far East", "region", None, 35.0, 120.0)
RFE = GeoEntry("Russian Far East", "region", "RU", 55.0, 135.0)
RUSSIA = GeoEntry("Russia", "country", "RU", 55.8, 37.6, population=144_000_000)
BOMBAY = GeoEntry("Mumbai", "city", "IN", 19.1, 72.9, population=12_000_000)
SMALL = [
    (GEORGIA_US, []), (GEORGIA, []), (ATLANTA, []), (PARIS, []), (PARIS_TX, []), (TEXAS, []),
    (FAR_EAST, []), (RFE, ["Far East"]), (RUSSIA, ["Russian Federation"]), (BOMBAY, []),
]
# fmt: on


@pytest.fixture(scope="module")
def small():
    return Gazetteer(
        SMALL,
        alternates=[(BOMBAY, ["Bombay"])],
        aliases={"RF": "Russia"},
        demonyms={"Russian": "RU", "Asian": None},
    )


@pytest.mark.parametrize(
    "names, expected",
    [
        (["Georgia"], [("Georgia", "GE")]),
        (["Atlanta", "Georgia"], [("Atlanta", "US"), ("Georgia", "US")]),
        (["Paris"], [("Paris", "FR")]),
        (["Far East"], [("Far East", None)]),
        (["Russia", "Far East"], [("Russia", "RU"), ("Russian Far East", "RU")]),
        (["RF"], [("Russia", "RU")]),
        (["Bombay"], [("Mumbai", "IN")]),
        (["Atlantis"], [("Atlantis", None)]),
    ],
)
def test_context_settles_ambiguous_names(small, names, expected):
    mentions = [place(n, 10 * i) for i, n in enumerate(names)]
    assert [(p.name, p.country_code) for p in P.places(mentions, gaz=small)] == expected


def test_parenthesized_country_is_a_hard_constraint(small):
    [p] = P.places([place("Paris", country_hint="US")], gaz=small)
    assert (p.name, p.country_code, p.latitude) == ("Paris", "US", 33.7)
    [p] = P.places([place("Paris", country_hint="DE")], gaz=small)
    assert (p.name, p.kind, p.country_code, p.latitude) == ("Paris", None, "DE", None)


def test_qualifier_picks_the_city_in_that_region(small):
    found = P.places([place("Paris, Texas", qualifier="Texas"), place("Texas", 7, qualifies="Paris")], gaz=small)
    assert [(p.name, p.country_code, p.latitude) for p in found] == [
        ("Paris", "US", 33.7),
        ("Texas", "US", 31.5),
    ]


def test_qualifier_prefers_a_region_over_a_country(small):
    found = P.places(
        [place("Atlanta, Georgia", qualifier="Georgia"), place("Georgia", 9, qualifies="Atlanta")], gaz=small
    )
    assert [(p.name, p.kind, p.country_code) for p in found] == [
        ("Atlanta", "city", "US"),
        ("Georgia", "region", "US"),
    ]


def test_alternate_name_needs_context_or_a_big_city():
    small_city = GeoEntry("Hassan", "city", "IN", 13.0, 76.1, population=155_000)
    gaz = Gazetteer([(small_city, [])], alternates=[(small_city, ["Hasan"])])
    assert P.choose(gaz.candidates("Hasan")) is None
    assert P.choose(gaz.candidates("Hasan"), context=Counter({"IN": 1})) == small_city


def test_choose_returns_none_without_candidates():
    assert P.choose([]) is None
    assert P.choose([Candidate(PARIS, "name")], hint="IT") is None


@pytest.mark.parametrize(
    "text, name, kind, code",
    [
        ("DPRK", "North Korea", "country", "KP"),
        ("the Democratic People's Republic of Korea", "North Korea", "country", "KP"),
        ("North Korea's", "North Korea", "country", "KP"),
        ("the Soviet Union", "Soviet Union", "historical_state", "SU"),
        ("USSR", "Soviet Union", "historical_state", "SU"),
        ("the U.S.", "United States", "country", "US"),
        ("Britain", "United Kingdom", "country", "GB"),
        ("Vladivostok", "Vladivostok", "city", "RU"),
        ("Ulan Ude", "Ulan-Ude", "city", "RU"),
        ("Bombay", "Mumbai", "city", "IN"),
        ("New York", "New York City", "city", "US"),
        ("Siberia", "Siberia", "region", "RU"),
        ("the Korean Peninsula", "Korean Peninsula", "peninsula", None),
        ("Europe", "Europe", "continent", None),
        ("the Kremlin", "Kremlin", "landmark", "RU"),
        ("California", "California", "region", "US"),
    ],
)
def test_default_gazetteer_resolves_common_news_places(text, name, kind, code):
    [p] = resolve(place(text))
    assert (p.name, p.kind, p.country_code) == (name, kind, code)
    assert p.latitude is not None and p.longitude is not None


def test_country_coordinates_are_its_capital():
    [p] = resolve(place("Russia"))
    moscow = next(c.entry for c in gazetteer().candidates("Moscow") if c.entry.country_code == "RU")
    assert (p.latitude, p.longitude) == (moscow.latitude, moscow.longitude)


def test_dateline_capitals_resolve_by_their_name_feature():
    [p] = resolve(place("MOSCOW", name="Moscow", dateline=True))
    assert (p.name, p.country_code) == ("Moscow", "RU")


def test_far_east_in_a_russian_context():
    found = resolve(place("Russia"), place("the Far East", 20))
    assert [p.name for p in found] == ["Russia", "Russian Far East"]
    assert [p.name for p in resolve(place("Japan"), place("the Far East", 20))] == ["Japan", "Far East"]


def test_one_entry_per_real_place_with_aliases():
    found = resolve(
        place("North Korea"),
        place("DPRK", 20),
        place("North Korea's", 40),
        place("MOSCOW", 60),
        place("Moscow", 80),
    )
    assert [(p.name, p.aliases, len(p.mentions)) for p in found] == [
        ("North Korea", ("DPRK",), 3),
        ("Moscow", ("MOSCOW",), 2),
    ]


def test_unknown_place_is_kept_with_nulls():
    [p] = resolve(place("Hasan", country_hint="RU"))
    assert (p.name, p.kind, p.country_code, p.latitude, p.geonames_id) == ("Hasan", None, "RU", None, None)


def test_port_of_a_place_is_that_place():
    found = resolve(place("Rajin", country_hint="KP"), place("Rajin Port", 40))
    assert [(p.name, p.aliases) for p in found] == [("Rajin", ("Rajin Port",))]


def test_unresolved_facility_is_a_landmark():
    [p] = resolve(Mention("Suvarnabhumi Airport", "PLACE", 0, 20, 0, {"source": "FAC"}))
    assert (p.name, p.kind, p.latitude) == ("Suvarnabhumi Airport", "landmark", None)


def test_qualifier_is_a_hard_constraint():
    [woodside, _] = resolve(place("Woodside, California", qualifier="California"), place("California", 10))
    assert (woodside.name, woodside.kind, woodside.country_code) == ("Woodside", None, "US")


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "text, features, unresolved, country",
    [
        ("Essex County", {}, "ambiguous", "US"),
        ("Smallvillezz", {}, "unknown", None),
        ("Woodside", {"qualifier": "California"}, "ambiguous", "US"),
    ],
)
def test_an_unresolved_place_says_why(text, features, unresolved, country):
    from pipeline.normalize.places import places as resolve

    [place] = resolve([Mention(text, "PLACE", 0, len(text), 0, features)])
    assert (place.unresolved, place.country_code, place.latitude) == (unresolved, country, None)


@pytest.mark.issue(12)
def test_a_county_is_resolved_inside_the_state_the_text_gives():
    from pipeline.normalize.places import places as resolve

    [county, state] = resolve([Mention("Erie County", "PLACE", 0, 11, 0, {"qualifier": "N.Y."}),
                               Mention("N.Y.", "PLACE", 13, 17, 0, {"qualifies": "Erie County"})])
    assert (county.kind, county.country_code, county.unresolved) == ("county", "US", None)
    assert (state.name, state.kind) == ("New York", "region")
