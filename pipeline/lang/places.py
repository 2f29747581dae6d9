"""Place words: what before or around a name says it is a place, or a country's government.

Which places a name may be is the gazetteer's job (:mod:`.gazetteer`); these are the closed words around
place names that the extractor's rules read.
"""

from __future__ import annotations

# fmt: off
# A lower-case word of direction before a place name belongs to the mention ("central London").
DIRECTIONS = frozenset({
    "central", "downtown", "uptown", "northern", "southern", "eastern", "western", "north", "south", "east",
    "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
    "south-west", "northeastern", "northwestern", "southeastern", "southwestern", "greater", "inner", "outer",
})
# "The US government", "the government of Canada": a country named as its government.
GOVERNMENT_NOUNS = frozenset({"government", "governments"})
# Words before a name that say it is a place ("in Ulan-Ude", "from X").
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "near", "from", "to", "into", "outside", "inside", "via", "across", "around", "toward",
    "towards", "through", "between",
})
# "north of X", "west of X": a compass point before "of" introduces a place.
COMPASS_POINTS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outside",
})
# Nouns that introduce a settlement's name with "of" ("the city of X", "the outskirts of X").
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "capital", "port", "suburb", "outskirts"})
# fmt: on
