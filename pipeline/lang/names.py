"""Person names: titles, forms of address, the words of a role, name particles and generation suffixes.

The long lists are package data read through :mod:`pipeline.tables` (``person_titles.txt``,
``person_honorifics.txt``); the short closed ones are code. Lookups are case-insensitive and accept a
final period ("Gov.") and a plural ("ministers").
"""

from __future__ import annotations

import functools
import re

from .. import tables
from .gazetteer import gazetteer

# Words that may precede a title in a role besides demonyms ("Foreign Minister", "Deputy Speaker").
# fmt: off
ROLE_MODIFIERS = frozenset({
    "foreign", "prime", "deputy", "vice", "chief", "executive", "general", "senior", "junior", "first",
    "state", "defence", "defense", "finance", "interior", "trade", "economy", "economic", "education",
    "health", "energy", "justice", "home", "federal", "national", "regional", "supreme", "grand", "assistant",
    "associate", "managing", "principal", "presiding", "lord", "high", "special", "permanent", "sitting",
})
# Words that mark a past or temporary holder of a role; kept in the role text ("then-Russian President").
PAST_MARKERS = frozenset({"then", "former", "ex", "late", "acting", "interim", "outgoing", "incoming"})
# Lower-case particles inside personal names ("Abdulaziz bin Salman", "Ursula von der Leyen")
NAME_PARTICLES = frozenset({"al", "bin", "bint", "binti", "da", "das", "de", "del", "della", "der", "di", "dos",
                            "du", "el", "ibn", "la", "le", "ten", "ter", "van", "von"})
# fmt: on
# Generation suffixes that end a name ("Abdullah II", "Martin Luther King Jr.").
RE_GENERATION = re.compile(r"^(?:II|III|IV|V|VI|Jr\.?|Sr\.?)$")


@functools.cache
def titles() -> frozenset[str]:
    """Lower-case title words from ``person_titles.txt``."""
    return frozenset(tables.load_lines("person_titles.txt"))


@functools.cache
def honorifics() -> frozenset[str]:
    """Lower-case forms of address from ``person_honorifics.txt``."""
    return frozenset(tables.load_lines("person_honorifics.txt"))


def in_table(word: str, table: frozenset[str]) -> bool:
    """Is ``word`` in a lower-case word table, case-insensitive, with a final period or a plural "s"? An
    abbreviation matches without its period too ("Sgt" for "sgt.": the tokenizer may split the period off)."""
    low = word.lower()
    return (low in table or low.rstrip(".") in table or f"{low}." in table
            or (low.endswith("s") and low[:-1] in table))


def is_title(word: str, *, table: frozenset[str] | None = None) -> bool:
    """True for a title word ("President", "ministers", "Gov."), case-insensitive, plural accepted."""
    return in_table(word, titles() if table is None else table)


def is_honorific(word: str) -> bool:
    """True for a form of address ("Mr", "Mrs.", "Dr")."""
    return in_table(word, honorifics())


def is_role_modifier(word: str) -> bool:
    """A word that may stand before a title in a role ("Russian", "Foreign", "then-Russian", "Deputy")."""
    low = word.lower()
    if low in ROLE_MODIFIERS or low.split("-")[0] in PAST_MARKERS:
        return True
    return word[:1].isupper() and gazetteer().demonym(word) is not None
