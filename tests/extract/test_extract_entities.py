"""Extractor tests for people, places and organizations, on hand-built Docs (no trained model).

Each Doc is written as ``word/POS[/IOB-LABEL]`` tokens, so a test states exactly what spaCy would have
said and checks what the extractor makes of it.
"""

from __future__ import annotations

import pytest

from pipeline.extractors import EXTRACTORS, entities
from pipeline.records import Article, Dateline


def build(make_doc, spec: str):
    """A Doc from "word/POS[/B-LABEL|I-LABEL]" tokens separated by spaces; a word ending in "~" has no
    space after it ("People~/PROPN 's/PART" -> "People's")."""
    words, spaces, pos, ents, tags = [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        word = parts[0]
        spaces.append(not word.endswith("~"))
        words.append(word.rstrip("~"))
        pos.append(parts[1])
        ents.append(parts[2] if len(parts) > 2 and parts[2] else "O")
        tags.append("POS" if word in ("'s", "\u2019s") else "")
    return make_doc(words, ents=ents, pos=pos, tags=tags, spaces=spaces)


def run(doc, **article):
    art = Article(doc_id=article.pop("doc_id", "t"), source="t", text=doc.text, **article)
    found = entities.find_entities(doc, art)
    for mentions in found.values():
        for m in mentions:
            assert doc.text[m.start : m.end] == m.text
    return found


def texts(found, kind):
    return [m.text for m in found[kind]]


def extents(doc, found, kind):
    """The noun phrase of each mention ("the U.S."): its extent when wider than the name, else the name."""
    return [doc.text[slice(*m.features["extent"])] if "extent" in m.features else m.text for m in found[kind]]


def test_extractors_are_registered():
    assert {"people", "places", "organizations"} <= set(EXTRACTORS)


def test_extractors_share_one_pass(make_doc):
    doc = build(make_doc, "Sergey/PROPN/B-PERSON Lavrov/PROPN/I-PERSON visited/VERB Moscow/PROPN/B-GPE ./PUNCT")
    art = Article(doc_id="one", source="t", text=doc.text)
    assert [m.text for m in EXTRACTORS["people"](doc, art)] == ["Sergey Lavrov"]
    assert [m.text for m in EXTRACTORS["places"](doc, art)] == ["Moscow"]
    assert EXTRACTORS["organizations"](doc, art) == []


@pytest.mark.parametrize(
    "spec, expected",
    [
        # a surname spaCy called ORG
        (
            "Sergey/PROPN/B-PERSON Lavrov/PROPN/I-PERSON spoke/VERB ./PUNCT Lavrov/PROPN/B-ORG left/VERB ./PUNCT",
            ["Sergey Lavrov", "Lavrov"],
        ),
        # a surname spaCy missed
        (
            "Valentina/PROPN/B-PERSON Matvienko/PROPN/I-PERSON spoke/VERB ./PUNCT Matvienko/PROPN left/VERB ./PUNCT",
            ["Valentina Matvienko", "Matvienko"],
        ),
        # an East Asian family name shared by two people is left alone
        (
            "Kim/PROPN/B-PERSON Jong/PROPN/I-PERSON Un/PROPN/I-PERSON and/CCONJ Kim/PROPN/B-PERSON "
            "Jong/PROPN/I-PERSON "
            "Il/PROPN/I-PERSON met/VERB ./PUNCT Kim/PROPN left/VERB ./PUNCT",
            ["Kim Jong Un", "Kim Jong Il"],
        ),
        # the surname is a word of an organization's name: the bare word is the company
        (
            "William/PROPN/B-PERSON Clay/PROPN/I-PERSON Ford/PROPN/I-PERSON runs/VERB Ford/PROPN/B-ORG "
            "Motor/PROPN/I-ORG "
            "Company/PROPN/I-ORG ./PUNCT Ford/PROPN/B-ORG lost/VERB ./PUNCT",
            ["William Clay Ford"],
        ),
    ],
)
def test_surnames_join_the_person_named_in_full(make_doc, spec, expected):
    assert texts(run(build(make_doc, spec)), "person") == expected


@pytest.mark.parametrize(
    "spec, name, roles",
    [
        (
            "Russian/ADJ/B-NORP President/PROPN Vladimir/PROPN/B-PERSON Putin/PROPN/I-PERSON met/VERB ./PUNCT",
            "Vladimir Putin",
            ["Russian President"],
        ),
        (
            "then~/ADV -~/PUNCT Russian/ADJ/B-NORP President/PROPN Dmitry/PROPN/B-PERSON "
            "Medvedev/PROPN/I-PERSON "
            "met/VERB ./PUNCT",
            "Dmitry Medvedev",
            ["then-Russian President"],
        ),
        (
            "North/ADJ/B-NORP Korean/ADJ/I-NORP leader/NOUN Kim/PROPN/B-PERSON Jong/PROPN/I-PERSON "
            "Un/PROPN/I-PERSON "
            "met/VERB ./PUNCT",
            "Kim Jong Un",
            ["North Korean leader"],
        ),
        (
            "In/ADP 2002/NUM/B-DATE ,/PUNCT Chairman/PROPN of/ADP the/DET National/PROPN/B-ORG "
            "Defense/PROPN/I-ORG "
            "Committee/PROPN/I-ORG (/PUNCT NDC/PROPN )/PUNCT of/ADP North/PROPN/B-GPE Korea/PROPN/I-GPE "
            "Kim/PROPN/B-PERSON Jong/PROPN/I-PERSON Il/PROPN/I-PERSON traveled/VERB ./PUNCT",
            "Kim Jong Il",
            ["Chairman of the National Defense Committee ( NDC ) of North Korea"],
        ),
        (
            "Ri/PROPN/B-PERSON Yong/PROPN/I-PERSON Ho/PROPN/I-PERSON met/VERB the/DET Deputy/PROPN "
            "Speaker/PROPN of/ADP "
            "the/DET North/ADJ/B-NORP Korean/ADJ/I-NORP parliament/NOUN Ahn/PROPN/B-PERSON "
            "Dong/PROPN/I-PERSON "
            "Chun/PROPN/I-PERSON ./PUNCT",
            "Ahn Dong Chun",
            ["Deputy Speaker of the North Korean parliament"],
        ),
        (
            "Putin/PROPN/B-PERSON received/VERB the/DET president/NOUN of/ADP the/DET Presidium/PROPN/B-ORG "
            ",/PUNCT "
            "Kim/PROPN/B-PERSON Yong/PROPN/I-PERSON Nam/PROPN/I-PERSON ,/PUNCT in/ADP Moscow/PROPN/B-GPE "
            "./PUNCT",
            "Kim Yong Nam",
            ["president of the Presidium"],
        ),
        (
            "Jusman/PROPN/B-PERSON Djamal/PROPN/I-PERSON ,/PUNCT minister/NOUN of/ADP transport/NOUN for/ADP "
            "Indonesia/PROPN/B-GPE ,/PUNCT said/VERB ./PUNCT",
            "Jusman Djamal",
            ["minister of transport for Indonesia"],
        ),
        # a title inside spaCy's span is not part of the name
        ("President/PROPN/B-PERSON Putin/PROPN/I-PERSON spoke/VERB ./PUNCT", "Putin", ["President"]),
        # no role: a plural is not one person's role
        ("Biden/PROPN/B-PERSON told/VERB reporters/NOUN Xi/PROPN/B-PERSON was/AUX ./PUNCT", "Xi", []),
        # no role: a verb, a preposition or a comma clause stands between
        ("led/VERB by/ADP Kazbek/PROPN/B-PERSON Taisayev/PROPN/I-PERSON ./PUNCT", "Kazbek Taisayev", []),
        (
            "As/ADP president/NOUN ,/PUNCT Vladimir/PROPN/B-PERSON Putin/PROPN/I-PERSON signed/VERB ./PUNCT",
            "Vladimir Putin",
            [],
        ),
    ],
)
def test_roles_come_from_the_words_around_the_name(make_doc, spec, name, roles):
    people = run(build(make_doc, spec))["person"]
    mention = next(m for m in people if m.features["name"] == name)
    assert mention.text == name
    assert list(mention.features.get("roles", [])) == roles


@pytest.mark.parametrize(
    "spec, expected",
    [
        # name words spaCy left out of the span
        ("Minister/PROPN Choe/PROPN/B-PERSON Son/PROPN/I-PERSON Hui/PROPN said/VERB ./PUNCT", ["Choe Son Hui"]),
        # a name spaCy missed after a title
        ("Jordan/PROPN/B-GPE 's/PART King/PROPN Abdullah/PROPN II/PROPN spoke/VERB ./PUNCT", ["Abdullah II"]),
        # a country named like a person of the article stays a country
        (
            "Michael/PROPN/B-PERSON Jordan/PROPN/I-PERSON flew/VERB ./PUNCT Jordan/PROPN/B-GPE 's/PART "
            "king/NOUN spoke/VERB ./PUNCT",
            ["Michael Jordan"],
        ),
    ],
)
def test_names_spacy_cut_or_missed(make_doc, spec, expected):
    assert texts(run(build(make_doc, spec)), "person") == expected


@pytest.mark.parametrize(
    "spec, people, orgs",
    [
        ("electronics/NOUN retailer/NOUN Best/PROPN/B-PERSON Buy/PROPN/I-PERSON grew/VERB", [], ["Best Buy"]),
        ("web/NOUN browser/NOUN Safari/PROPN/B-PERSON is/AUX fast/ADJ", [], []),
        ("replacing/VERB the/DET PowerBook/PROPN/B-PERSON ./PUNCT", [], []),
        (
            "Cerberus/PROPN/B-ORG Capital/PROPN/I-ORG Management/PROPN/I-ORG bought/VERB it/PRON ./PUNCT "
            "Cerberus/PROPN/B-PERSON agreed/VERB ./PUNCT",
            [],
            ["Cerberus Capital Management", "Cerberus"],
        ),
    ],
)
def test_descriptors_and_articles_say_a_name_is_no_person(make_doc, spec, people, orgs):
    found = run(build(make_doc, spec))
    assert texts(found, "person") == people
    assert texts(found, "org") == orgs


def test_a_one_word_name_before_a_title_and_a_person_is_a_company(make_doc):
    doc = build(
        make_doc,
        "Ryanair/PROPN/B-PERSON CEO/PROPN ,/PUNCT Michael/PROPN/B-PERSON O'Leary/PROPN/I-PERSON "
        "said/VERB Ryanair/PROPN/B-PERSON grew/VERB ./PUNCT",
    )
    found = run(doc)
    assert texts(found, "person") == ["Michael O'Leary"]
    assert texts(found, "org") == ["Ryanair", "Ryanair"]


@pytest.mark.parametrize(
    "spec, places, orgs",
    [
        # ORG names the gazetteer knows as countries
        (
            "the/DET/B-ORG Democratic/PROPN/I-ORG People~/PROPN/I-ORG 's/PART/I-ORG Republic/PROPN/I-ORG "
            "of/ADP/I-ORG "
            "Korea/PROPN/I-ORG (~/PUNCT DPRK~/PROPN/B-ORG )/PUNCT",
            ["Democratic People's Republic of Korea", "DPRK"],
            [],
        ),
        # a city spaCy called ORG, introduced as a place
        ("talks/NOUN in/ADP Ulan-Ude/PROPN/B-ORG ./PUNCT", ["Ulan-Ude"], []),
        # a company named like a city stays a company without a locative cue
        ("Japanese/ADJ/B-NORP automaker/NOUN Toyota/PROPN/B-ORG grew/VERB ./PUNCT", [], ["Toyota"]),
        # a name ending in an organization word is an organization
        ("Russian/PROPN/B-FAC Railways/PROPN/I-FAC continues/VERB ./PUNCT", [], ["Russian Railways"]),
        # demonyms and events are not places
        (
            "Russian/ADJ/B-GPE ships/NOUN at/ADP the/DET Paris/PROPN/B-FAC Air/PROPN/I-FAC Show/PROPN/I-FAC",
            [],
            [],
        ),
        # a coordination of two places is two places
        (
            "the/DET/B-LOC Far/PROPN/I-LOC East/PROPN/I-LOC and/CCONJ/I-LOC Siberia/PROPN/I-LOC ./PUNCT",
            ["Far East", "Siberia"],
            [],
        ),
        # a place joined by a dash to something else
        ("San/PROPN/B-GPE Jose/PROPN/I-GPE -/PUNCT/I-GPE Cisco/PROPN/I-GPE said/VERB", ["San Jose"], []),
        # a country's government is a mention of the country
        (
            "the/DET/B-ORG Canadian/PROPN/I-ORG Government/PROPN/I-ORG said/VERB",
            ["Canadian Government"],
            [],
        ),
        ("the/DET US/PROPN/B-GPE government/NOUN said/VERB", ["US"], []),
        # lower-case directions are outside the name (inside its extent)
        ("in/ADP central/ADJ London/PROPN/B-GPE ./PUNCT", ["London"], []),
        # a country name spaCy did not tag
        ("exports/NOUN to/ADP UK/PROPN rose/VERB ./PUNCT", ["UK"], []),
    ],
)
def test_places_are_corrected_from_the_gazetteer(make_doc, spec, places, orgs):
    found = run(build(make_doc, spec))
    assert texts(found, "place") == places
    assert texts(found, "org") == orgs


@pytest.mark.parametrize(
    "spec, places",
    [
        ("US/PROPN/B-GPE automaker/NOUN GM/PROPN/B-ORG plans/VERB ./PUNCT", []),
        (
            "U.S./PROPN/B-GPE President/PROPN Barack/PROPN/B-PERSON Obama/PROPN/I-PERSON spoke/VERB ./PUNCT",
            [],
        ),
        ("US/PROPN/B-GPE stock/NOUN markets/NOUN fell/VERB ./PUNCT", ["US"]),
        ("Russia/PROPN/B-GPE 's/PART exports/NOUN fell/VERB ./PUNCT", ["Russia"]),
    ],
)
def test_a_place_describing_a_named_entity_is_an_affiliation(make_doc, spec, places):
    assert texts(run(build(make_doc, spec)), "place") == places


def test_a_name_before_a_parenthesized_country_is_a_place_in_it(make_doc):
    doc = build(
        make_doc,
        "the/DET Hasan/PROPN/B-PERSON (/PUNCT Russia/PROPN/B-GPE )/PUNCT -/PUNCT Rajin/PROPN "
        "(/PUNCT North/PROPN/B-GPE Korea/PROPN/I-GPE )/PUNCT section/NOUN",
    )
    found = run(doc)
    assert found["person"] == []
    hints = {m.text: m.features.get("country_hint") for m in found["place"]}
    assert hints == {"Hasan": "RU", "Russia": None, "Rajin": "KP", "North Korea": None}


@pytest.mark.parametrize(
    "spec, names, phrases",
    [
        ("the/DET US/PROPN/B-GPE government/NOUN said/VERB", ["US"], ["the US government"]),
        ("in/ADP central/ADJ London/PROPN/B-GPE ./PUNCT", ["London"], ["central London"]),
        ("troops/NOUN in/ADP northern/ADJ Rangoon/PROPN/B-GPE ./PUNCT", ["Rangoon"], ["northern Rangoon"]),
        ("in/ADP the/DET/B-GPE Netherlands/PROPN/I-GPE ./PUNCT", ["Netherlands"], ["the Netherlands"]),
        ("the/DET/B-LOC Far/PROPN/I-LOC East/PROPN/I-LOC and/CCONJ/I-LOC Siberia/PROPN/I-LOC ./PUNCT",
         ["Far East", "Siberia"], ["the Far East", "Siberia"]),
        # a capitalized "The" inside a sentence is part of the name
        ("talks/NOUN in/ADP The/DET/B-GPE Hague/PROPN/I-GPE ./PUNCT", ["The Hague"], ["The Hague"]),
    ],
)
def test_place_names_are_bare_and_extents_hold_the_noun_phrase(make_doc, spec, names, phrases):
    doc = build(make_doc, spec)
    found = run(doc)
    assert texts(found, "place") == names
    assert extents(doc, found, "place") == phrases


def test_city_and_region_are_two_mentions_the_city_qualified(make_doc):
    doc = build(make_doc, "plant/NOUN in/ADP Mobile/PROPN/B-GPE ,/PUNCT Alabama/PROPN/B-GPE ./PUNCT")
    found = run(doc)
    places = found["place"]
    assert [(m.text, m.features.get("qualifier"), m.features.get("qualifies")) for m in places] == [
        ("Mobile", "Alabama", None),
        ("Alabama", None, "Mobile"),
    ]
    assert extents(doc, found, "place") == ["Mobile , Alabama", "Alabama"]


def test_dateline_region_qualifies_the_dateline_place(make_doc):
    doc = build(
        make_doc,
        "WOODSIDE~/PROPN/B-GPE ,/PUNCT California/PROPN/B-GPE (~/PUNCT AP~/PROPN/B-ORG )/PUNCT "
        "Biden/PROPN/B-PERSON spoke/VERB ./PUNCT",
    )
    text = doc.text
    region = text.index("California")
    dateline = Dateline(start=0, end=text.index("Biden"), place="Woodside", place_start=0, place_end=8, agency="AP",
                        region="California", region_start=region, region_end=region + 10)
    places = run(doc, dateline=dateline)["place"]
    assert [(m.text, m.features.get("qualifier"), m.features.get("qualifies")) for m in places] == [
        ("WOODSIDE", "California", None),
        ("California", None, "Woodside"),
    ]


def test_dateline_date_is_not_a_region(make_doc):
    doc = build(
        make_doc,
        "LONDON~/PROPN/B-GPE ,/PUNCT March/PROPN/B-DATE 3~/NUM/I-DATE (~/PUNCT Reuters~/PROPN/B-ORG )/PUNCT "
        "-/PUNCT Oil/NOUN rose/VERB ./PUNCT",
    )
    text = doc.text
    date_start = text.index("March")
    dateline = Dateline(start=0, end=text.index("Oil"), place="London", place_start=0, place_end=6, agency="Reuters",
                        date_text="March 3", date_start=date_start, date_end=date_start + 7)
    places = run(doc, dateline=dateline)["place"]
    assert [m.text for m in places] == ["LONDON"]


def test_a_list_of_places_is_not_qualified(make_doc):
    doc = build(make_doc, "in/ADP Paris/PROPN/B-GPE ,/PUNCT London/PROPN/B-GPE and/CCONJ Rome/PROPN/B-GPE")
    assert texts(run(doc), "place") == ["Paris", "London", "Rome"]


def test_acronym_in_parentheses_is_an_alias_and_a_mention(make_doc):
    doc = build(
        make_doc,
        "the/DET/B-ORG National/PROPN/I-ORG Defense/PROPN/I-ORG Committee/PROPN/I-ORG "
        "(/PUNCT NDC/PROPN )/PUNCT met/VERB",
    )
    orgs = run(doc)["org"]
    assert [(m.text, m.features.get("acronym"), m.features.get("acronym_of")) for m in orgs] == [
        ("National Defense Committee", "NDC", None),
        ("NDC", None, "National Defense Committee"),
    ]


def test_dateline_place_and_agencies_byline_is_no_person(make_doc):
    doc = build(
        make_doc,
        "(~/PUNCT @~/PUNCT FahadShabbir~/PROPN/B-PERSON )/PUNCT MOSCOW/PROPN/B-GPE (~/PUNCT "
        "UrduPoint/PROPN/B-ORG News/PROPN/I-ORG &/CCONJ/I-ORG Sputnik~/PROPN/I-ORG )/PUNCT "
        "Putin/PROPN/B-PERSON spoke/VERB ./PUNCT",
    )
    text = doc.text
    start = text.index("MOSCOW")
    dateline = Dateline(
        start=start,
        end=text.index("Putin"),
        place="Moscow",
        place_start=start,
        place_end=start + 6,
        agency="UrduPoint News & Sputnik",
    )
    found = run(doc, dateline=dateline, byline="@FahadShabbir", body_start=text.index("Putin"))
    assert texts(found, "person") == ["Putin"]
    assert [(m.text, m.features["name"]) for m in found["place"]] == [("MOSCOW", "Moscow")]
    assert texts(found, "org") == ["UrduPoint News", "Sputnik"]


def test_news_agencies_are_organizations(make_doc):
    doc = build(make_doc, "Reuters/PROPN/B-PERSON reported/VERB ./PUNCT")
    found = run(doc)
    assert texts(found, "person") == [] and texts(found, "org") == ["Reuters"]


def test_possessive_and_its_article_leave_the_mention(make_doc):
    doc = build(
        make_doc,
        "the/DET/B-GPE United/PROPN/I-GPE Kingdom/PROPN/I-GPE 's/PART/I-GPE Royal/PROPN/B-ORG "
        "Air/PROPN/I-ORG Force/PROPN/I-ORG",
    )
    assert texts(run(doc), "place") == ["United Kingdom"]


def test_empty_doc(make_doc):
    assert run(make_doc([])) == {"person": [], "place": [], "org": []}


def test_seed_people_and_places(seed_record):
    record = seed_record
    people = {p["name"] for p in record["people"]}
    places = {p["name"] for p in record["places"]}
    assert len(people) == len(record["people"]) and len(places) == len(record["places"])
    assert not people & places
    assert not {o["name"] for o in record["organizations"]} & (people | places)
    for kind in ("people", "places", "organizations"):
        for entity in record[kind]:
            for m in entity["mentions"]:
                assert record["text"][m["start"] : m["end"]] == m["text"]


def test_a_name_cut_at_a_particle_is_one_person(make_doc):
    doc = build(
        make_doc,
        "Minister/NOUN Prince/PROPN/B-PERSON Abdulaziz/PROPN/I-PERSON bin/PROPN/B-PERSON Salman/PROPN/I-PERSON "
        "said/VERB ./PUNCT",
    )
    assert texts(run(doc), "person") == ["Abdulaziz bin Salman"]
