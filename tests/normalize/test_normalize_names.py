"""People resolution: titles off names, one entry per real person, roles collected (no spaCy)."""

from __future__ import annotations

import pytest

from pipeline.normalize import names
from pipeline.normalize.entities import entities
from pipeline.normalize.organizations import organizations
from pipeline.records import Article, Mention


def mention(text: str, start: int, **features) -> Mention:
    return Mention(text, "PERSON", start, start + len(text), 0, features)


@pytest.mark.parametrize(
    "text_in, expected",
    [
        ("President Putin", "Putin"),
        ("Foreign Minister Sergey Lavrov", "Sergey Lavrov"),
        ("Mr. Lee Hsien Loong", "Lee Hsien Loong"),
        ("Gov. Jerry Brown", "Jerry Brown"),
        ("Vladimir Putin", "Vladimir Putin"),
        ("President", ""),
        ("Russian President Vladimir Putin", "Vladimir Putin"),
        ("then-Russian President Dmitry Medvedev", "Dmitry Medvedev"),
        ("Carole King", "Carole King"),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
        ("King Abdullah", "Abdullah"),
        ("  Dr   Jane  Doe ", "Jane Doe"),
    ],
)
def test_strip_titles(text_in, expected):
    assert names.strip_titles(text_in) == expected


def test_strip_titles_with_own_table():
    assert names.strip_titles("Chief Engineer Ada Lovelace", table=["chief", "engineer"]) == "Ada Lovelace"


@pytest.mark.parametrize(
    "text_in, expected",
    [
        ("Putin's", "Putin"),
        ("Senator McCain", "McCain"),
        ("KIM JONG UN", "Kim Jong Un"),
        ("\u201cLavrov\u201d", "Lavrov"),
        ("O'Leary", "O'Leary"),
    ],
)
def test_person_name(text_in, expected):
    assert names.person_name(text_in) == expected


def test_surname_joins_the_full_name_and_name_is_the_fullest():
    people = names.people(
        [
            mention("Putin", 50),
            mention("Vladimir Putin", 0, roles=["Russian President"]),
            mention("Putin", 90, roles=["President"]),
        ]
    )
    assert [(p.name, p.aliases, p.roles, [m.start for m in p.mentions]) for p in people] == [
        ("Vladimir Putin", ("Putin",), ("Russian President", "President"), [0, 50, 90])
    ]


def test_mention_name_feature_wins_over_text():
    [person] = names.people([mention("Russian President Vladimir Putin", 0, name="Vladimir Putin")])
    assert person.name == "Vladimir Putin"
    assert person.mentions[0].text == "Russian President Vladimir Putin"


def test_names_sharing_words_are_different_people():
    people = names.people([mention("Kim Jong Un", 0), mention("Kim Jong Il", 20), mention("Kim", 40)])
    assert [p.name for p in people] == ["Kim Jong Un", "Kim Jong Il", "Kim"]


def test_east_asian_family_name_joins_the_only_person_bearing_it():
    people = names.people([mention("Kim Yong Nam", 0), mention("Kim", 30)])
    assert [(p.name, len(p.mentions)) for p in people] == [("Kim Yong Nam", 2)]


def test_surname_wins_over_a_first_word():
    people = names.people([mention("Wang Yi", 0), mention("Li Wang", 10), mention("Wang", 30), mention("Yi", 40)])
    assert [(p.name, len(p.mentions)) for p in people] == [("Wang Yi", 2), ("Li Wang", 2)]


def test_middle_initial_is_the_same_person():
    people = names.people([mention("George Bush", 0), mention("George W. Bush", 20), mention("Bush", 40)])
    assert [(p.name, p.aliases) for p in people] == [("George W. Bush", ("George Bush", "Bush"))]


def test_roles_are_listed_once():
    [person] = names.people(
        [
            mention("Ri Yong Ho", 0, roles=["Foreign Minister"]),
            mention("Ri Yong Ho", 30, roles=["foreign minister"]),
        ]
    )
    assert person.roles == ("Foreign Minister",)


def test_title_only_mention_is_dropped():
    assert names.people([mention("President", 0)]) == []


def test_organizations_keep_people_and_places_out():
    art = Article(doc_id="t", source="t", text="x" * 200)
    org = [
        Mention("Lavrov", "ORG", 50, 56),
        Mention("the State Duma", "ORG", 60, 74),
        Mention("Moscow", "ORG", 80, 86),
    ]
    people, places, orgs = entities(
        [mention("Sergey Lavrov", 0), mention("Lavrov", 20)], [Mention("Moscow", "PLACE", 30, 36)], org, art
    )
    assert [o.name for o in orgs] == ["State Duma"]
    assert [p.name for p in places] == ["Moscow"]


def test_organization_acronym_alias_and_canonical_name():
    orgs = organizations(
        [
            Mention("ASEAN", "ORG", 0, 5),
            Mention("the Association of Southeast Asian Nations", "ORG", 10, 52, features={"acronym": "ASEAN"}),
            Mention("NDC", "ORG", 60, 63, features={"acronym_of": "the National Defense Committee"}),
            Mention("The National Defense Committee", "ORG", 70, 100),
        ]
    )
    assert [(o.name, o.aliases, len(o.mentions)) for o in orgs] == [
        ("Association of Southeast Asian Nations", ("ASEAN",), 2),
        ("National Defense Committee", ("NDC",), 2),
    ]


def test_legal_suffixes_do_not_split_an_organization():
    orgs = organizations([Mention("Apple Inc.", "ORG", 0, 10), Mention("Apple", "ORG", 20, 25)])
    assert [(o.name, o.aliases) for o in orgs] == [("Apple Inc.", ("Apple",))]


def test_middle_name_joins_the_only_person_bearing_it():
    people = names.people([mention("Luiz Inácio Lula da Silva", 0), mention("Lula", 40)])
    assert [(p.name, p.aliases) for p in people] == [("Luiz Inácio Lula da Silva", ("Lula",))]
