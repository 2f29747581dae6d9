"""Person names: titles off, one entry per real person, under the fullest name the article uses.

No spaCy here: mentions come in as plain records (their ``features["roles"]`` read by the extractor) and
:class:`~pipeline.records.Person` records go out.

Resolution rules, in order:

1. A mention's name is ``features["name"]`` when the extractor gives it (the mention itself may span a
   role: "Russian President Vladimir Putin"), else its text; without forms of address and titles
   ("President Putin" -> "Putin"), without a possessive, with ALL-CAPS names in title case.
2. Names of two or more words are people. Two such names are one person when one holds the other's first
   and last words ("George Bush" / "George W. Bush"); "Kim Jong Un" and "Kim Jong Il" stay two people.
3. A one-word name joins the one person whose last word it is ("Lavrov" -> Sergey Lavrov), or, when
   no one has it as last word, whose first word it is (East Asian family names: "Kim" -> Kim Jong Un,
   "Wang" -> Wang Yi), or else a middle word ("Lula" -> Luiz Inácio Lula da Silva). When two people
   share the word ("Kim" with Kim Jong Un and Kim Jong Il), the mention is not merged: it stays an
   entry of its own rather than being given to the wrong person.
4. The entry's ``name`` is its longest form; other forms are ``aliases``; roles are listed once each in
   order of appearance.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..lang.names import honorifics, in_table, is_role_modifier, titles
from ..records import EntityMention, Mention, Person

RE_POSSESSIVE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$")
RE_SPACES = re.compile(r"\s+")
QUOTES = "\"'\u201c\u201d\u2018\u2019`"


def strip_titles(name: str, *, table: Iterable[str] | None = None) -> str:
    """Remove a leading role or form of address: "Foreign Minister Sergey Lavrov" -> "Sergey Lavrov".

    The words before the name that are titles, forms of address or role modifiers ("Russian",
    "Foreign", "then") are cut up to the last title among them, so "Carole King" and "Martin Luther
    King Jr." keep their names. The result never starts with a word of the title table (it is empty when
    the name held only titles), and stripping twice changes nothing.
    """
    words = [w for w in RE_SPACES.sub(" ", name).strip().split(" ") if w]
    table = frozenset(w.lower() for w in table) if table is not None else titles() | honorifics()
    prefix = 0
    while prefix < len(words) and (
        in_table(words[prefix], table) or words[prefix] in ("-", ",") or is_role_modifier(words[prefix])
    ):
        prefix += 1
    if prefix == len(words):
        return "" if any(in_table(w, table) for w in words) else " ".join(words)
    cut = max((i + 1 for i in range(prefix) if in_table(words[i], table) or words[i] in ("-", ",")), default=0)
    return " ".join(words[cut:])


def person_name(text: str) -> str:
    """The name a mention gives: no titles, possessive or quotes, one space, ALL CAPS title-cased."""
    name = RE_SPACES.sub(" ", text).strip().strip(QUOTES + ",;:")
    name = RE_POSSESSIVE.sub("", name).strip()
    name = strip_titles(name)
    if name.isupper() and len(name) > 3:
        name = " ".join(w.capitalize() for w in name.split(" "))
    return name


def _same_person(a: list[str], b: list[str]) -> bool:
    """Two full names of one person: same first and last words, one's words all in the other."""
    if a[0] != b[0] or a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return all(w in long_ for w in short)


def people(mentions: Sequence[Mention]) -> list[Person]:
    """Resolve person mentions into one :class:`Person` per real person, in order of first mention."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    named = [(m, person_name(m.features.get("name") or m.text)) for m in ordered]
    named = [(m, n) for m, n in named if n]
    # clusters of full names
    clusters: list[list[str]] = []
    for _, name in named:
        words = name.split(" ")
        if len(words) < 2:
            continue
        for cluster in clusters:
            if any(_same_person(words, other.split(" ")) for other in cluster):
                if name not in cluster:
                    cluster.append(name)
                break
        else:
            clusters.append([name])
    cluster_of = {name: i for i, cluster in enumerate(clusters) for name in cluster}

    def short_owner(word: str) -> int | None:
        for position in (-1, 0, None):  # last word, first word, any word: the first kind that matches decides
            owners = {
                i
                for i, cluster in enumerate(clusters)
                for full in cluster
                if (word in full.split(" ")[1:-1] if position is None else full.split(" ")[position] == word)
            }
            if owners:
                return owners.pop() if len(owners) == 1 else None
        return None

    groups: dict[object, list[tuple[Mention, str]]] = {}
    for mention, name in named:
        if name in cluster_of:
            slot: object = cluster_of[name]
        elif " " not in name and (owner := short_owner(name)) is not None:
            slot = owner
        else:
            slot = name.casefold()
        groups.setdefault(slot, []).append((mention, name))

    out = []
    for members in groups.values():
        forms: list[str] = []
        for _, name in members:
            if name not in forms:
                forms.append(name)
        counts = {f: sum(1 for _, n in members if n == f) for f in forms}
        canonical = max(forms, key=lambda f: (len(f.split(" ")), counts[f], -forms.index(f)))
        roles: list[str] = []
        for mention, _ in members:
            for role in mention.features.get("roles", ()):
                if role.casefold() not in (r.casefold() for r in roles):
                    roles.append(role)
        out.append(
            Person(
                name=canonical,
                aliases=tuple(f for f in forms if f != canonical),
                roles=tuple(roles),
                mentions=tuple(EntityMention.of(m) for m, _ in members),
            )
        )
    out.sort(key=lambda p: (p.mentions[0].start, p.name))
    return out
