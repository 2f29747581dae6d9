"""Document-level entity passes (issue 12): one kind per name, names found again where the model missed
them, lines in capitals read case-aware. Hand-built Docs: ``word/POS[/IOB-LABEL]``, ``\\n`` a line break."""

from __future__ import annotations

import pytest

from pipeline.extractors.entities import find_entities
from pipeline.records import Article

from helpers import entities_found as found
from helpers import line_doc


def build(make_doc, spec: str):
    return line_doc(make_doc, spec, tight_punctuation=True)


@pytest.mark.issue(12)
def test_a_full_name_is_the_person_wherever_it_stands(make_doc):
    doc = build(make_doc, "Sprinter/NOUN Tampa/PROPN/B-GPE Reno/PROPN/B-GPE wins/VERB \\n/SPACE "
                          "Tampa/PROPN/B-PERSON Reno/PROPN/I-PERSON won/VERB ./PUNCT")
    got = found(doc)
    assert got["person"] == ["Tampa Reno", "Tampa Reno"] and got["place"] == []


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "spec",
    [
        # the surname of a person named in full is that person, however the model tagged it
        "Marcus/PROPN/B-PERSON Tulsa/PROPN/I-PERSON spoke/VERB ./PUNCT Tulsa/PROPN/B-GPE left/VERB ./PUNCT",
        "Ulric/PROPN/B-PERSON Vance/PROPN/I-PERSON spoke/VERB ./PUNCT Vance/PROPN/B-ORG left/VERB ./PUNCT",
    ],
)
def test_a_surname_of_a_known_person_is_that_person(make_doc, spec):
    got = found(build(make_doc, spec))
    assert len(got["person"]) == 2 and got["place"] == [] and got["org"] == []


def test_a_surname_introduced_as_a_place_stays_a_place(make_doc):
    doc = build(make_doc, "Marcus/PROPN/B-PERSON Tulsa/PROPN/I-PERSON moved/VERB to/ADP Tulsa/PROPN/B-GPE ./PUNCT")
    assert found(doc)["place"] == ["Tulsa"]


@pytest.mark.issue(12)
def test_in_a_list_of_people_an_unknown_name_is_a_person(make_doc):
    doc = build(make_doc, "Teams/NOUN :/PUNCT Ion/PROPN/B-PERSON Lazar/PROPN/I-PERSON ,/PUNCT "
                          "Dan/PROPN/B-PERSON Pop/PROPN/I-PERSON ,/PUNCT Sorin/PROPN/B-LOC Vrabie/PROPN/I-LOC "
                          ";/PUNCT Radu/PROPN/B-ORG Ene/PROPN/I-ORG")
    assert found(doc)["person"] == ["Ion Lazar", "Dan Pop", "Sorin Vrabie", "Radu Ene"]


@pytest.mark.issue(12)
def test_a_place_of_the_article_is_found_where_the_model_missed_it(make_doc):
    doc = build(make_doc, "Troops/NOUN entered/VERB Zaire/PROPN/B-GPE ./PUNCT Refugees/NOUN left/VERB "
                          "Zaire/PROPN on/ADP Monday/PROPN ./PUNCT")
    assert found(doc)["place"] == ["Zaire", "Zaire"]


@pytest.mark.parametrize(
    "spec",
    [
        # not a word of a person's name, not after a title, not inside a longer name, not lower case
        "Troops/NOUN entered/VERB Zaire/PROPN/B-GPE ./PUNCT Lieutenant/PROPN Zaire/PROPN spoke/VERB ./PUNCT",
        "Troops/NOUN entered/VERB Zaire/PROPN/B-GPE ./PUNCT The/DET Zaire/PROPN Times/PROPN said/VERB ./PUNCT",
        "Troops/NOUN entered/VERB Zaire/PROPN/B-GPE ./PUNCT The/DET zaire/NOUN fell/VERB ./PUNCT",
    ],
)
def test_a_place_is_not_recovered_inside_other_names(make_doc, spec):
    assert found(build(make_doc, spec))["place"] == ["Zaire"]


@pytest.mark.issue(12)
def test_a_line_in_capitals_is_read_case_aware(make_doc):
    doc = build(make_doc, "SOCCER/PROPN/B-ORG -/PUNCT ROMANIA/PROPN BEAT/VERB LITHUANIA/PROPN ./PUNCT \\n/SPACE "
                          "Romania/PROPN/B-GPE beat/VERB Lithuania/PROPN/B-GPE 3-0/NUM ./PUNCT")
    got = found(doc)
    assert got["place"] == ["ROMANIA", "LITHUANIA", "Romania", "Lithuania"]
    assert got["org"] == []


def test_a_surname_in_a_capitals_headline_is_the_person(make_doc):
    doc = build(make_doc, "GOLF/NOUN -/PUNCT MORROW/PROPN/B-DATE SHOOTS/VERB 64/NUM \\n/SPACE "
                          "Brad/PROPN/B-PERSON Morrow/PROPN/I-PERSON fired/VERB a/DET 64/NUM ./PUNCT")
    assert found(doc)["person"] == ["MORROW", "Brad Morrow"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "spec, person",
    [
        ("Police/NOUN said/VERB Marcus/PROPN/B-PERSON Dover/PROPN/I-PERSON fired/VERB ./PUNCT "
         "Lieutenant/PROPN Dover/PROPN/B-GPE did/VERB well/ADV ./PUNCT", "Dover"),
        ("Coach/NOUN Austin/PROPN/B-PERSON Jordan/PROPN/I-PERSON spoke/VERB ./PUNCT "
         "Jordan/PROPN/B-GPE said/VERB no/INTJ ./PUNCT", "Jordan"),
    ],
)
def test_a_surname_named_like_a_place_is_the_person(make_doc, spec, person):
    doc = build(make_doc, spec)
    doc[len(doc) - 3].lemma_ = "say"
    got = found(doc)
    assert got["person"][-1] == person and got["place"] == []


@pytest.mark.parametrize(
    "spec",
    [
        "Marcus/PROPN/B-PERSON Dover/PROPN/I-PERSON lives/VERB in/ADP Dover/PROPN/B-GPE ./PUNCT",
        "Marcus/PROPN/B-PERSON Dover/PROPN/I-PERSON met/VERB Dover/PROPN/B-GPE police/NOUN ./PUNCT",
        "Austin/PROPN/B-PERSON Jordan/PROPN/I-PERSON flew/VERB ./PUNCT Jordan/PROPN/B-GPE protested/VERB ./PUNCT",
    ],
)
def test_a_place_named_like_a_person_stays_a_place(make_doc, spec):
    assert found(build(make_doc, spec))["place"][-1:] in (["Dover"], ["Jordan"])


@pytest.mark.issue(12)
def test_a_player_before_his_country_is_a_person(make_doc):
    doc = build(make_doc, "3/NUM -/PUNCT Jens/PROPN Kohl/PROPN (/PUNCT Germany/PROPN/B-GPE )/PUNCT beat/VERB "
                          "Ines/PROPN/B-LOC Bravo/PROPN/I-LOC (/PUNCT Argentina/PROPN/B-GPE )/PUNCT")
    got = found(doc)
    assert got["person"] == ["Jens Kohl", "Ines Bravo"] and got["place"] == ["Germany", "Argentina"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "words, spaces, ents",
    [
        (["Sgt", ".", "Lyle", "Brandt", "said"], [False, True, True, True, False],
         ["O", "O", "B-PERSON", "I-PERSON", "O"]),
        (["Sgt.", "Lyle", "Brandt", "said"], [True, True, True, False], ["B-PERSON", "I-PERSON", "I-PERSON", "O"]),
    ],
)
def test_a_title_is_the_persons_role_not_part_of_the_name(make_doc, words, spaces, ents):
    doc = make_doc(words, spaces=spaces, ents=ents, pos=["PROPN"] * (len(words) - 1) + ["VERB"])
    people = find_entities(doc, Article(doc_id="t", source="t", text=doc.text))["person"]
    assert [(m.text, m.features.get("roles")) for m in people] == [("Lyle Brandt", ["Sgt."])]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "spec, place",
    [
        # a known place the model missed, after a preposition of place or in a list of places
        ("Talks/NOUN will/AUX be/AUX held/VERB in/ADP Dijon/PROPN ./PUNCT", "Dijon"),
        ("Camps/NOUN lie/VERB north/ADV of/ADP Bukavu/PROPN ./PUNCT", "Bukavu"),
        ("Protests/NOUN in/ADP Paris/PROPN/B-GPE ,/PUNCT Marseille/PROPN and/CCONJ Lille/PROPN/B-GPE ./PUNCT",
         "Marseille"),
        # a town the gazetteer does not know, before a state abbreviation
        ("Morgan/PROPN/B-PERSON ,/PUNCT of/ADP Zebulon/PROPN Heights/PROPN ,/PUNCT Md./PROPN/B-GPE ,/PUNCT "
         "was/AUX charged/VERB", "Zebulon Heights"),
    ],
)
def test_a_place_the_model_missed_is_found_in_a_place_context(make_doc, spec, place):
    assert place in found(build(make_doc, spec))["place"]


def test_a_known_place_name_without_a_place_context_is_left_alone(make_doc):
    doc = build(make_doc, "Dijon/PROPN mustard/NOUN sold/VERB well/ADV ./PUNCT")
    assert found(doc)["place"] == []


@pytest.mark.issue(12)
def test_a_player_whose_first_name_the_model_left_out_keeps_it(make_doc):
    doc = build(make_doc, "1./NUM Tavin/PROPN Rusk/PROPN/B-PERSON (/PUNCT Jamaica/PROPN/B-GPE )/PUNCT "
                          "10.05/NUM")
    got = found(doc)
    assert got["person"] == ["Tavin Rusk"] and got["place"] == ["Jamaica"]


def test_a_lone_name_before_a_country_at_the_start_is_a_place(make_doc):
    doc = build(make_doc, "Hasan/PROPN/B-PERSON (/PUNCT Russia/PROPN/B-GPE )/PUNCT fell/VERB ./PUNCT")
    assert found(doc)["place"] == ["Hasan", "Russia"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    "spec",
    [
        # a possessive says person, even after a preposition of place and for a word the gazetteer knows
        "Marcus/PROPN/B-PERSON Dover/PROPN/I-PERSON fled/VERB ./PUNCT Police/NOUN waited/VERB near/ADP "
        "Dover/PROPN/B-GPE 's/PART house/NOUN ./PUNCT",
        # after a preposition, a surname the gazetteer does not know is no place ("interest in <surname>")
        "Dana/PROPN/B-PERSON Vrelk/PROPN/I-PERSON fled/VERB ./PUNCT Police/NOUN showed/VERB interest/NOUN "
        "in/ADP Vrelk/PROPN/B-GPE ./PUNCT",
    ],
)
def test_a_surname_after_a_preposition_or_with_a_possessive_is_the_person(make_doc, spec):
    got = found(build(make_doc, spec))
    assert len(got["person"]) == 2 and got["place"] == []


@pytest.mark.issue(12)
def test_a_heading_word_that_only_names_unplaced_subdivisions_is_no_place(make_doc):
    doc = build(make_doc, "RUGBY/PROPN -/PUNCT EASTERN/PROPN/B-GPE BEAT/VERB BAVARIA/PROPN ./PUNCT \\n/SPACE "
                          "The/DET match/NOUN ended/VERB ./PUNCT")
    assert found(doc)["place"] == ["BAVARIA"]


@pytest.mark.issue(12)
def test_the_dateline_place_is_a_place_where_the_model_called_it_an_organization(make_doc):
    from pipeline.ingest import make_article

    doc = build(make_doc, "Leaders/NOUN meet/VERB in/ADP Vellow/PROPN/B-ORG \\n/SPACE VELLOW/PROPN ,/PUNCT "
                          "Bosnia/PROPN 1996-09-10/NUM \\n/SPACE Leaders/NOUN met/VERB in/ADP Vellow/PROPN/B-ORG "
                          "on/ADP Tuesday/PROPN ./PUNCT Talks/NOUN in/ADP Vellow/PROPN ended/VERB ./PUNCT")
    article = make_article(doc.text, source="t", doc_id="t")
    assert article.dateline is not None and article.dateline.place == "Vellow"
    places = [m.text for m in find_entities(doc, article)["place"]]
    assert places == ["Vellow", "VELLOW", "Bosnia", "Vellow", "Vellow"]


@pytest.mark.issue(12)
@pytest.mark.parametrize("nationality", ["Frenchman", "Welshman", "Kenyan"])
def test_a_nationality_before_a_name_is_not_part_of_it(make_doc, nationality):
    doc = build(make_doc, f"outsprinting/VERB {nationality}/PROPN/B-PERSON Luc/PROPN/I-PERSON "
                          "Garrow/PROPN/I-PERSON at/ADP the/DET line/NOUN ./PUNCT")
    assert found(doc)["person"] == ["Luc Garrow"]
