"""Seasons and weekends said on a noun (extractors/seasons.py), over hand-built Docs, and their values."""

from __future__ import annotations

import pytest

from pipeline.extractors.seasons import named_on_nouns

from helpers import date_values


def parsed(make_doc, rows, spaces=None):
    """A Doc from (word, lemma, pos, tag, dep, head) rows."""
    words, lemmas, pos, tags, deps, heads = (list(c) for c in zip(*rows, strict=True))
    return make_doc(words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads)


SUMMER_FLOODS = [("despite", "despite", "ADP", "IN", "ROOT", 0), ("the", "the", "DET", "DT", "det", 3),
                 ("summer", "summer", "NOUN", "NN", "compound", 3), ("floods", "flood", "NOUN", "NNS", "pobj", 0)]
WEEKEND_ANCHOR = [("the", "the", "DET", "DT", "det", 2), ("weekend", "weekend", "NOUN", "NN", "compound", 2),
                  ("anchor", "anchor", "NOUN", "NN", "nsubj", 3), ("quit", "quit", "VERB", "VBD", "ROOT", 3)]
WINTER_STORM = [("a", "a", "DET", "DT", "det", 2), ("winter", "winter", "NOUN", "NN", "compound", 2),
                ("storm", "storm", "NOUN", "NN", "nsubj", 3), ("hit", "hit", "VERB", "VBD", "ROOT", 3)]
WEEKEND_RAINS = [("weekend", "weekend", "NOUN", "NN", "compound", 1), ("rains", "rain", "NOUN", "NNS", "nsubj", 2),
                 ("eased", "ease", "VERB", "VBD", "ROOT", 2)]
WET_SPRING = [("a", "a", "DET", "DT", "det", 3), ("cold", "cold", "ADJ", "JJ", "amod", 3),
              ("wet", "wet", "ADJ", "JJ", "amod", 3), ("spring", "spring", "NOUN", "NN", "nsubj", 4),
              ("hurt", "hurt", "VERB", "VBD", "ROOT", 4)]
HOT_SPRING = [("a", "a", "DET", "DT", "det", 2), ("hot", "hot", "ADJ", "JJ", "amod", 2),
              ("spring", "spring", "NOUN", "NN", "nsubj", 3), ("froze", "freeze", "VERB", "VBD", "ROOT", 3)]
SHARP_FALL = [("a", "a", "DET", "DT", "det", 2), ("sharp", "sharp", "ADJ", "JJ", "amod", 2),
              ("fall", "fall", "NOUN", "NN", "dobj", 3), ("followed", "follow", "VERB", "VBD", "ROOT", 3)]

WINTER_GAMES = [("at", "at", "ADP", "IN", "ROOT", 0), ("the", "the", "DET", "DT", "det", 3),
                ("Winter", "Winter", "PROPN", "NNP", "compound", 3), ("Games", "Games", "PROPN", "NNPS", "pobj", 0)]
FOUR_WEEKENDS = [("four", "four", "NUM", "CD", "nummod", 2), ("weekend", "weekend", "NOUN", "NN", "compound", 2),
                 ("closings", "closing", "NOUN", "NNS", "ROOT", 2)]
WINTER_PLOWING = [("its", "its", "PRON", "PRP$", "poss", 3), ("winter", "winter", "NOUN", "NN", "compound", 2),
                  ("plowing", "plowing", "NOUN", "NN", "compound", 3), ("budget", "budget", "NOUN", "NN", "ROOT", 3)]


@pytest.mark.parametrize("rows, expected", [
    (SUMMER_FLOODS, [("summer", "summer")]),  # the time of a happening
    (WEEKEND_RAINS, [("weekend", "the weekend")]),  # a weekend is read as "the weekend"
    (WET_SPRING, [("spring", "spring")]),  # a season described
    (WEEKEND_ANCHOR, []),  # a kind of anchor
    (WINTER_STORM, []),  # a kind of storm
    (HOT_SPRING, []),  # a spring of water
    (SHARP_FALL, []),  # a decline
    (WINTER_GAMES, []),  # a name
    (FOUR_WEEKENDS, []),  # many weekends, no one time
    (WINTER_PLOWING, []),  # a kind named on the way to the noun
])
def test_a_season_or_a_weekend_said_on_a_noun(make_doc, rows, expected):
    doc = parsed(make_doc, rows)
    assert [(doc.text[s:e], reading) for s, e, reading in named_on_nouns(doc, [])] == expected


def test_a_span_already_found_is_left_alone(make_doc):
    doc = parsed(make_doc, SUMMER_FLOODS)
    assert named_on_nouns(doc, [(11, 17)]) == []


def test_a_season_in_a_phrase_a_date_owns_is_left_alone(make_doc):
    rows = [("This", "this", "DET", "DT", "det", 1), ("year", "year", "NOUN", "NN", "poss", 5),
            ("'s", "'s", "PART", "POS", "case", 1), ("autumn", "autumn", "NOUN", "NN", "compound", 5),
            ("grain", "grain", "NOUN", "NN", "compound", 5), ("harvest", "harvest", "NOUN", "NN", "ROOT", 5)]
    doc = parsed(make_doc, rows, spaces=[True, False, True, True, True, False])
    assert named_on_nouns(doc, [(0, 9)]) == []  # "This year" found: its harvest is this year's
    assert named_on_nouns(doc, []) == [(12, 18, "autumn")]


@pytest.mark.model
@pytest.mark.parametrize("text, published, expression, value", [
    # thirty-fourth round: with the model, the season or weekend takes the tense's year or weekend
    ("Rescuers searched Monday for survivors of a weekend earthquake that killed 40 people.", "1998-04-27",
     "weekend", "1998-W17-WE"),
    ("Second-quarter profit fell 22 percent as a cold, wet spring kept shoppers away.", "2013-07-25", "spring",
     "2013-SP"),
    ("Wheat output rose despite the summer floods along the river.", "1998-10-20", "summer", "1998-SU"),
    ("The airline said it would trim its fall schedule by 8 percent.", "1990-08-14", "fall", "1990-FA"),
])
def test_a_season_or_a_weekend_on_a_noun_is_dated(text, published, expression, value):
    assert date_values(text, published)[expression] == value
