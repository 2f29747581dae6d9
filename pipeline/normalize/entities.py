"""Stage 4 for people, places and organizations: Mentions -> canonical, resolved entity records.

The entry point :func:`entities` resolves the three kinds together so that each can inform the others:
an organization named like a person or a place of the same article is dropped, and the demonyms in
people's roles ("Georgian President") are context for resolving places. The rules of each kind are
in :mod:`~pipeline.normalize.names`, :mod:`~pipeline.normalize.places` and
:mod:`~pipeline.normalize.organizations`.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..lang.gazetteer import gazetteer
from ..records import Article, Mention, Organization, Person, Place
from .names import people as resolve_people
from .organizations import organizations as resolve_organizations
from .places import places as resolve_places


def role_countries(people: Sequence[Person]) -> Counter:
    """Countries the people's roles name by demonym ("Georgian President" -> GE): context for places."""
    gaz = gazetteer()
    found: Counter = Counter()
    for person in people:
        for role in person.roles:
            words = role.replace("-", " ").split()
            for i, word in enumerate(words):
                for form in (" ".join(words[i : i + 2]), word):  # "North Korean" before "Korean"
                    code = gaz.demonym(form) if form[:1].isupper() else None
                    if code:
                        found[code] += 1
                        break
    return found


def entities(
    people: Sequence[Mention], places: Sequence[Mention], organizations: Sequence[Mention], article: Article
) -> tuple[list[Person], list[Place], list[Organization]]:
    """Resolve the mentions of one article into people, places and organizations, each in text order."""
    persons = resolve_people(people)
    locations = resolve_places(places, context=role_countries(persons))
    exclude = [n for p in persons for n in (p.name, *p.aliases)]
    exclude += [n for p in locations for n in (p.name, *p.aliases)]
    orgs = resolve_organizations(organizations, exclude=exclude)
    return persons, locations, orgs
