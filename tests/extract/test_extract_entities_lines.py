"""Entity passes over lines (issue 12): no entity across a line break or a score, teams on results lines.

Hand-built Docs (no trained model): each token is ``word/POS[/IOB-LABEL]``; ``\\n`` is a line break token.
"""

from __future__ import annotations

import pytest

from helpers import entities_found as found
from helpers import line_doc


def build(make_doc, spec: str):
    return line_doc(make_doc, spec)


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "spec, people",
    [
        # a person entity running over a score, a number or a line break is cut there
        ("( ( PUNCT R./PROPN/B-PERSON Bandara/PROPN/I-PERSON 77/NUM/I-PERSON ,/PUNCT "
         "T./PROPN/B-PERSON Silva/PROPN/I-PERSON 3-38/NUM/I-PERSON )/PUNCT", ["R. Bandara", "T. Silva"]),
        ("Luis/PROPN/B-PERSON Ortega/PROPN/I-PERSON \\n/SPACE/I-PERSON Results/NOUN/I-PERSON follow/VERB",
         ["Luis Ortega"]),
        # "of" and a known place end a person's name
        ("the/DET lawyer/NOUN ,/PUNCT Mark/PROPN/B-PERSON Dunn/PROPN/I-PERSON of/ADP/I-PERSON "
         "Sugar/PROPN/I-PERSON Land/PROPN/I-PERSON ./PUNCT", ["Mark Dunn"]),
    ],
)
def test_person_names_end_at_their_last_name_word(make_doc, spec, people):
    spec = spec.replace("( ( PUNCT", "(/PUNCT")
    assert found(build(make_doc, spec))["person"] == people


def test_person_of_place_gives_the_place(make_doc):
    doc = build(make_doc, "Mark/PROPN/B-PERSON Dunn/PROPN/I-PERSON of/ADP/I-PERSON Sugar/PROPN/I-PERSON "
                          "Land/PROPN/I-PERSON spoke/VERB")
    assert found(doc)["place"] == ["Sugar Land"]


def test_a_place_name_ends_before_a_lower_case_word(make_doc):
    doc = build(make_doc, "ships/NOUN arrive/VERB in/ADP the/DET Gulf/PROPN/B-LOC within/ADP/I-LOC days/NOUN")
    assert found(doc)["place"] == ["Gulf"]


@pytest.mark.issue(12)
def test_on_a_results_line_cities_are_teams_and_countries_national_sides(make_doc):
    doc = build(make_doc, "Results/NOUN :/PUNCT \\n/SPACE Detroit/PROPN/B-GPE 6/NUM Cleveland/PROPN/B-GPE "
                          "4/NUM \\n/SPACE Romania/PROPN/B-GPE 3/NUM Lithuania/PROPN/B-GPE 0/NUM")
    got = found(doc)
    assert got["org"] == ["Detroit", "Cleveland"]
    assert got["place"] == ["Romania", "Lithuania"]


def test_a_city_in_prose_with_one_number_stays_a_place(make_doc):
    doc = build(make_doc, "Detroit/PROPN/B-GPE lost/VERB 6/NUM games/NOUN in/ADP a/DET row/NOUN ./PUNCT")
    assert found(doc)["place"] == ["Detroit"]


def test_a_country_named_like_a_person_is_a_place(make_doc):
    doc = build(make_doc, "Pakistan/PROPN/B-GPE beat/VERB Sri/PROPN/B-PERSON Lanka/PROPN/I-PERSON ./PUNCT")
    got = found(doc)
    assert got["place"] == ["Pakistan", "Sri Lanka"] and got["person"] == []


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "spec, orgs, places",
    [
        # results and standings the model left untagged: the names between the numbers are teams
        ("Results/NOUN :/PUNCT \\n/SPACE Harwick/PROPN 3/NUM Dunmore/PROPN Rovers/PROPN 1/NUM \\n/SPACE "
         "Kelvale/NOUN 5/NUM 4/NUM 1/NUM 0/NUM 12/NUM", ["Harwick", "Dunmore Rovers", "Kelvale"], []),
        # after a separator; a country is its national side
        ("Saturday/PROPN 's/PART results/NOUN :/PUNCT Harwick/PROPN 2/NUM ,/PUNCT Romania/PROPN 1/NUM", ["Harwick"],
         ["Romania"]),
        # a team after the rider's country in parentheses
        ("1./NUM Ivo/PROPN/B-PERSON Marsk/PROPN/I-PERSON (/PUNCT Denmark/PROPN/B-GPE )/PUNCT Velox/PROPN "
         "4/NUM hours/NOUN 31/NUM minutes/NOUN", ["Velox"], ["Denmark"]),
    ],
)
def test_teams_the_model_left_untagged_on_results_lines(make_doc, spec, orgs, places):
    got = found(build(make_doc, spec))
    assert got["org"] == orgs and got["place"] == places


@pytest.mark.parametrize(
    "spec",
    [
        # a calendar word, a title, a name after an initial, prose with one number: no team
        "Played/VERB on/ADP \\n/SPACE Saturday/PROPN 3/NUM 2/NUM 1/NUM",
        "Coach/PROPN 3/NUM wins/NOUN 2/NUM losses/NOUN 1/NUM draw/NOUN",
        "bowling/NOUN :/PUNCT N./PROPN Kharal/PROPN 3-38/NUM ,/PUNCT 10/NUM overs/NOUN",
        "Harwick/PROPN won/VERB 3/NUM games/NOUN in/ADP a/DET row/NOUN ./PUNCT",
    ],
)
def test_no_team_where_the_words_are_no_team(make_doc, spec):
    assert found(build(make_doc, spec))["org"] == []


def test_after_a_player_and_a_comma_an_untagged_name_is_a_player(make_doc):
    doc = build(make_doc, "Batting/NOUN :/PUNCT A./PROPN/B-PERSON Rahim/PROPN/I-PERSON 92/NUM ,/PUNCT "
                          "Farid/PROPN Zaman/PROPN 44/NUM ,/PUNCT extras/NOUN 12/NUM")
    got = found(doc)
    assert got["person"] == ["A. Rahim", "Farid Zaman"] and got["org"] == []


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "spec, people",
    [
        # a comma, a semicolon or a spaced dash separates names; a hyphen inside a name does not
        ("Backs/NOUN :/PUNCT Ifor/PROPN/B-PERSON Wyn/PROPN/I-PERSON ,/PUNCT/I-PERSON Gethin/PROPN/I-PERSON "
         "Rowe/PROPN/I-PERSON", ["Ifor Wyn", "Gethin Rowe"]),
        # (an organization span cut at its semicolon; the list of players then makes both pieces people)
        ("Squad/NOUN :/PUNCT Ifor/PROPN/B-ORG Wyn/PROPN/I-ORG ;/PUNCT/I-ORG Gethin/PROPN/I-ORG Rowe/PROPN/I-ORG "
         ",/PUNCT Tomos/PROPN/B-PERSON Ellis/PROPN/I-PERSON ,/PUNCT Bryn/PROPN/B-PERSON Hale/PROPN/I-PERSON "
         ",/PUNCT Cai/PROPN/B-PERSON Lloyd/PROPN/I-PERSON",
         ["Ifor Wyn", "Gethin Rowe", "Tomos Ellis", "Bryn Hale", "Cai Lloyd"]),
    ],
)
def test_a_name_ends_at_a_separator(make_doc, spec, people):
    assert found(build(make_doc, spec))["person"] == people


def test_a_spaced_dash_ends_a_name_a_hyphen_does_not(make_doc):
    words = ["Wales", "-", "Ifor", "Wyn", ";", "Huw", "Pryce", "-", "Rowe", ",", "Tomos", "Ellis"]
    spaces = [True, True, True, False, True, True, False, False, False, True, True, False]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O",
            "B-PERSON", "I-PERSON"]
    doc = make_doc(words, spaces=spaces, ents=ents, pos=["PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN",
                                                         "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN"])
    got = found(doc)
    assert got["place"] == ["Wales"] and got["person"] == ["Ifor Wyn", "Huw Pryce-Rowe", "Tomos Ellis"]
