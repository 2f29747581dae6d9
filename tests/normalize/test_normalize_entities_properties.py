"""Property tests of the entity normalizers and the entity scorer: any input, no exception, sane output."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.lang.gazetteer import gazetteer, key
from pipeline.lang.names import is_title
from pipeline.normalize import names
from pipeline.normalize.entities import entities
from pipeline.normalize.places import clean_name
from pipeline.records import Article, Mention

WORDS = st.sampled_from(
    [
        "President",
        "Mr.",
        "Foreign",
        "Minister",
        "Russian",
        "Vladimir",
        "Putin",
        "Kim",
        "Jong",
        "Un",
        "the",
        "of",
        "-",
        "King",
        "Jr.",
        "DPRK",
        "Moscow",
        "then-Russian",
        "",
        " ",
    ]
)
NAMEISH = st.one_of(st.text(max_size=40), st.lists(WORDS, max_size=8).map(" ".join))


@given(NAMEISH)
def test_strip_titles_is_idempotent_and_leaves_no_leading_title(text):
    once = names.strip_titles(text)
    assert names.strip_titles(once) == once
    assert not once or not is_title(once.split(" ")[0])


@given(NAMEISH)
def test_person_name_never_raises(text):
    assert isinstance(names.person_name(text), str)


@given(NAMEISH)
def test_place_lookups_never_raise(text):
    assert isinstance(clean_name(text), str)
    assert isinstance(key(text), str)
    for cand in gazetteer().candidates(text):
        assert cand.entry.name and cand.how in ("name", "alias", "alternate")
    gazetteer().demonym(text)


SPAN_TEXT = "Vladimir Putin met Kim Jong Un in Moscow, Russia. DPRK and the Kremlin; Lavrov, ASEAN (NDC)."


@st.composite
def mentions(draw, label):
    start = draw(st.integers(0, len(SPAN_TEXT) - 1))
    end = draw(st.integers(start + 1, len(SPAN_TEXT)))
    features = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "roles": st.lists(st.text(max_size=10), max_size=2),
                "country_hint": st.sampled_from(["RU", "KP", "ZZ"]),
                "qualifier": st.sampled_from(["Russia", "Nowhere"]),
                "qualifies": st.sampled_from(["Moscow", "X"]),
                "acronym": st.sampled_from(["NDC", "ASEAN"]),
                "name": NAMEISH,
            },
        )
    )
    return Mention(SPAN_TEXT[start:end], label, start, end, 0, features)


@given(
    st.lists(mentions("PERSON"), max_size=6),
    st.lists(mentions("PLACE"), max_size=6),
    st.lists(mentions("ORG"), max_size=6),
)
def test_entities_never_raise_and_keep_every_mention_offset(people, places, orgs):
    art = Article(doc_id="p", source="p", text=SPAN_TEXT)
    persons, locations, organizations = entities(people, places, orgs, art)
    for group in (*persons, *locations, *organizations):
        assert group.name
        for m in group.mentions:
            assert SPAN_TEXT[m.start : m.end] == m.text
    assert sum(len(p.mentions) for p in locations) <= len(places)
    assert sum(len(p.mentions) for p in persons) <= len(people)
    for p in locations:
        assert p.country_code is None or len(p.country_code) == 2
        assert (p.latitude is None) == (p.longitude is None)
