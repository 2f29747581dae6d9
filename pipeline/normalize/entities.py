"""Stage 4 for people, places and organizations: Mentions -> canonical, resolved entity records.

The entry point :func:`entities` resolves the three kinds together so that each can keep the others out:
an organization named like a person or a place of the same article is dropped. The rules of each kind are
in :mod:`~pipeline.normalize.names`, :mod:`~pipeline.normalize.places` and
:mod:`~pipeline.normalize.organizations`.
"""

from __future__ import annotations

from typing import Sequence

from ..records import Article, Mention, Organization, Person, Place
from .names import people as resolve_people
from .organizations import organizations as resolve_organizations
from .places import places as resolve_places


def entities(
    people: Sequence[Mention], places: Sequence[Mention], organizations: Sequence[Mention], article: Article
) -> tuple[list[Person], list[Place], list[Organization]]:
    """Resolve the mentions of one article into people, places and organizations, each in text order."""
    persons = resolve_people(people)
    locations = resolve_places(places)
    exclude = [n for p in persons for n in (p.name, *p.aliases)]
    exclude += [n for p in locations for n in (p.name, *p.aliases)]
    orgs = resolve_organizations(organizations, exclude=exclude)
    return persons, locations, orgs
