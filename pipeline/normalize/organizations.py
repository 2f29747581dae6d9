"""Organizations: canonical names with aliases, people and places kept out.

No spaCy here. Rules:

1. The name is the mention text without a leading "the", a possessive or doubled spaces. Forms that differ
   only by a legal suffix are one organization ("Apple" and "Apple Inc.").
2. An acronym given in parentheses after a name is an alias of it, and a bare mention of the acronym
   elsewhere in the article is a mention of the same organization ("National Defense Committee (NDC)").
3. Among the forms of one organization the name is the longest form that is not an acronym.
4. A name that is also a resolved person or place of the article is left out.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from ..lang.organizations import RE_LEGAL_SUFFIX
from ..records import EntityMention, Mention, Organization
from .places import clean_name


def _base(name: str) -> str:
    """Grouping key: case-folded, legal suffix off ("Apple Inc." -> "apple")."""
    base = RE_LEGAL_SUFFIX.sub("", name).strip()
    return (base or name).casefold()


def organizations(mentions: Sequence[Mention], *, exclude: Iterable[str] = ()) -> list[Organization]:
    """Resolve organization mentions into one :class:`Organization` per organization.

    Args:
        mentions: ORG mentions (``features``: ``acronym`` given in parentheses after the name,
            ``acronym_of`` on a mention of such an acronym).
        exclude: Names and aliases of the article's people and places (case-insensitive).
    """
    excluded = {n.casefold() for n in exclude}
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    alias_of = {
        m.features["acronym"].casefold(): clean_name(m.text).casefold() for m in ordered if m.features.get("acronym")
    }
    alias_of.update(
        {
            clean_name(m.text).casefold(): clean_name(m.features["acronym_of"]).casefold()
            for m in ordered
            if m.features.get("acronym_of")
        }
    )
    groups: dict[str, list[tuple[Mention, str]]] = {}
    for mention in ordered:
        name = clean_name(mention.text)
        if not name or name.casefold() in excluded:
            continue
        folded = name.casefold()
        target = alias_of.get(folded, folded)
        groups.setdefault(_base(target), []).append((mention, name))
    out = []
    for members in groups.values():
        forms: list[str] = []
        for mention, name in members:
            for form in (name, mention.features.get("acronym")):
                if form and form not in forms:
                    forms.append(form)
        full = [f for f in forms if not (f.isupper() and " " not in f)] or forms
        canonical = max(full, key=lambda f: (len(f.split()), -forms.index(f)))
        out.append(
            Organization(
                name=canonical,
                aliases=tuple(f for f in forms if f != canonical),
                mentions=tuple(EntityMention.of(m) for m, _ in members),
            )
        )
    out.sort(key=lambda o: (o.mentions[0].start, o.name))
    return out
