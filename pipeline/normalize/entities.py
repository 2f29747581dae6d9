"""Entity resolution (first version: group mentions by their text, minus a leading 'the')."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

from ..records import Article, EntityMention, Mention, Organization, Person, Place

RE_THE = re.compile(r"^the\s+", re.I)
RE_POSSESSIVE = re.compile(r"['\u2019]s$")


def canonical(text: str) -> str:
    return RE_POSSESSIVE.sub("", RE_THE.sub("", text.strip()))


def _group(mentions: Sequence[Mention]) -> dict[str, list[EntityMention]]:
    groups: dict[str, list[EntityMention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        groups[canonical(m.text)].append(EntityMention(m.start, m.end, m.text, m.sentence))
    return groups


def entities(
    people: Sequence[Mention], places: Sequence[Mention], organizations: Sequence[Mention], article: Article
) -> tuple[list[Person], list[Place], list[Organization]]:
    """Resolve mentions into one entry per entity name."""
    return (
        [Person(name, mentions=tuple(ms)) for name, ms in _group(people).items()],
        [Place(name, mentions=tuple(ms)) for name, ms in _group(places).items()],
        [Organization(name, mentions=tuple(ms)) for name, ms in _group(organizations).items()],
    )
