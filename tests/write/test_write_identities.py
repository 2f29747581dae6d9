"""Corpus-level entity ids (issue 12): stable, order-free, names merged only when the corpus allows."""

from __future__ import annotations

import pytest

from pipeline.write.identities import EntityIndex, org_key, person_key, slug


def record(doc_id, people=(), places=(), organizations=()):
    def ents(items):
        return [{"name": name, "aliases": list(aliases), "mentions": [{"start": i, "end": i + 1, "text": "x"}],
                 **extra} for i, (name, aliases, extra) in enumerate(items)]

    return {"doc_id": doc_id, "people": ents(people), "places": ents(places), "organizations": ents(organizations)}


def ids(index, table, doc_id, n=1):
    prefix = {"people": "p", "places": "l", "organizations": "o"}[table]
    return [index.entity_id(table, f"{doc_id}:{prefix}{i}") for i in range(1, n + 1)]


@pytest.mark.parametrize(
    "name, key",
    [("James Kopp", "james-kopp"), ("James C. Kopp", "james-kopp"), ("JAMES KOPP", "james-kopp"),
     ("William Clay Ford Jr.", "william-ford"), ("José Müller", "jose-muller"), ("Kopp", None)],
)
def test_person_key(name, key):
    assert person_key(name) == key


@pytest.mark.parametrize("name, key", [("Apple Inc.", "apple"), ("The Apple Company", "apple"),
                                       ("Ford Motor Co.", "ford-motor"), ("AT&T", "at-t")])
def test_org_key(name, key):
    assert org_key(name) == key


def test_slug_of_a_name_without_latin_letters_is_a_hash():
    assert len(slug("金正恩")) == 12 and slug("金正恩") == slug("金正恩")


@pytest.mark.issue(12)
def test_a_surname_joins_the_one_full_name_that_claims_it():
    index = EntityIndex()
    index.add(record("a", people=[("James Kopp", (), {})]))
    index.add(record("b", people=[("James C. Kopp", ("Kopp",), {})]))
    index.add(record("c", people=[("Kopp", (), {})]))
    assert ids(index, "people", "a") + ids(index, "people", "b") + ids(index, "people", "c") == [
        "person:james-kopp"] * 3
    [row] = list(index.rows())
    assert row == {"entity_id": "person:james-kopp", "kind": "person", "name": "James C. Kopp",
                   "aliases": ["James Kopp", "Kopp"], "articles": 3, "mentions": 3}


def test_a_surname_two_full_names_claim_stays_its_own():
    index = EntityIndex()
    index.add(record("a", people=[("James Kopp", (), {})]))
    index.add(record("b", people=[("Ellen Kopp", (), {})]))
    index.add(record("c", people=[("Kopp", (), {})]))
    assert ids(index, "people", "c") == ["person:kopp"]


def test_places_take_the_gazetteer_id_or_a_name_key():
    index = EntityIndex()
    index.add(record("a", places=[
        ("Paris", (), {"geonames_id": 2988507, "kind": "city", "country_code": "FR"}),
        ("Ontario", (), {"geonames_id": None, "kind": "region", "country_code": "CA"}),
        ("Essex County", (), {"geonames_id": None, "kind": None, "country_code": "US", "unresolved": "ambiguous"}),
        ("Smallville", (), {"geonames_id": None, "kind": None, "country_code": None, "unresolved": "unknown"}),
    ]))
    assert ids(index, "places", "a", 4) == ["geonames:2988507", "place:ca:ontario", "place:us:essex-county",
                                            "place:smallville"]


def test_an_acronym_joins_the_organization_it_abbreviates():
    index = EntityIndex()
    index.add(record("a", organizations=[("National Defense Committee", ("NDC",), {})]))
    index.add(record("b", organizations=[("NDC", (), {}), ("Apple Inc.", (), {})]))
    index.add(record("c", organizations=[("Apple", (), {})]))
    assert ids(index, "organizations", "b", 2) == ["org:national-defense-committee", "org:apple"]
    assert ids(index, "organizations", "c") == ["org:apple"]


def test_ids_and_rows_do_not_depend_on_the_order_of_articles():
    recs = [record("a", people=[("James Kopp", (), {})]), record("b", people=[("Kopp", (), {})]),
            record("c", people=[("Ellen Marsh", (), {})], organizations=[("Apple", (), {})])]
    one, two = EntityIndex(), EntityIndex()
    for r in recs:
        one.add(r)
    for r in reversed(recs):
        two.add(r)
    assert list(one.rows()) == list(two.rows())
    assert ids(one, "people", "b") == ids(two, "people", "b") == ["person:james-kopp"]
