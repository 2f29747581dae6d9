"""National days many countries name alike ("Independence Day", "National Day", "Victory Day"): which day is
meant depends on the country the text talks about (``dates_national_days.json``, :mod:`pipeline.lang.dates`).

The country is the one named nearest the holiday in its sentence ("India celebrated Independence Day today",
"Filipinos celebrate Independence Day", "the capital Abuja ... ahead of Independence Day celebrations"), else,
for a day the United States keeps too, the United States when the text names no other country or names it as
well ("traders returned from the Independence Day holiday"), else the first country the text names that keeps
such a day. A country named that keeps no day of that name, or none named at all for a day the United States
does not keep, leaves the holiday unread: no date is better than another country's.
"""

from __future__ import annotations

import re
from typing import Iterator, Mapping

from ...lang.gazetteer import Gazetteer, gazetteer

# a capitalized name of up to three words ("India", "New Delhi", "U.S.", "People's Republic")
RE_NAME = re.compile(r"(?<![\w.])(?:[A-Z][\w.'\u2019-]*)(?:\s+(?:of\s+)?[A-Z][\w.'\u2019-]*){0,2}")
RE_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z])")
PLACE_KINDS = frozenset({"country", "city"})
HOME = "US"  # the country whose holidays go unnamed in its own news ("the Independence Day holiday")


def country_rule(name: str, text: str, start: int, end: int, days: Mapping[str, Mapping[str, str]]) -> str | None:
    """The holiday rule of the national day ``name`` (a key of ``days``) at ``text[start:end]``, for the
    country the text talks about; None when that country keeps no such day or none can be told."""
    table = days.get(name)
    if not table:
        return None
    left = max((m.end() for m in RE_SENTENCE_END.finditer(text, 0, start)), default=0)
    right = RE_SENTENCE_END.search(text, end)
    before = list(_countries(text, left, start))
    after = list(_countries(text, end, right.start() if right else len(text)))
    near = [code for code, _ in sorted(before, key=lambda c: -c[1])] + [code for code, _ in after]
    if near:
        return table.get(near[0])
    named = [code for code, _ in _countries(text, 0, len(text))]
    if HOME in table and (not named or HOME in named):
        return table[HOME]
    return next((table[code] for code in named if code in table), None)


def _countries(text: str, start: int, end: int) -> Iterator[tuple[str, int]]:
    """(country code, offset) of each country, demonym or city named in ``text[start:end]``, in text order."""
    gaz = gazetteer()
    for m in RE_NAME.finditer(text, start, end):
        words = m.group().split()
        # the longest run of words from each word on that names a place ("New Delhi", not "New")
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                phrase = " ".join(words[i:j]).rstrip(",'\u2019")
                code = _code(gaz, phrase)
                if code:
                    yield code, m.start()
                    i = j
                    break
            else:
                i += 1


def _code(gaz: Gazetteer, phrase: str) -> str | None:
    for form in dict.fromkeys((phrase, phrase.rstrip("."))):  # ("India." ends a sentence; "U.S." keeps its dot)
        demonym = gaz.demonym(form)
        if demonym:
            return demonym
        for candidate in gaz.candidates(form):
            entry = candidate.entry
            if entry.kind in PLACE_KINDS and entry.country_code and candidate.how != "alternate" \
                    and (entry.kind == "country" or entry.population >= BIG_CITY):
                return entry.country_code
    return None


BIG_CITY = 500_000  # a city big enough that its name says its country ("Abuja", "Kuala Lumpur")
