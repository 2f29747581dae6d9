"""Stage 5, corpus level: one identity per person, place and organization across all articles.

Each article's record resolves its own entities (``people[]``, ``places[]``, ``organizations[]``); this
module gives every one of them an ``entity_id`` that is the same in every article and every run, and lists
each corpus-level entity once (``entities.csv``). It sees only names: :meth:`EntityIndex.add` keeps, per
entity of an article, its kind, names, gazetteer id and mention count (never the text), so a corpus of any
size is indexed in little memory; :meth:`EntityIndex.resolve` then decides the identities.

- **Places**: the gazetteer's id, ``geonames:2988507``; a place the gazetteer has without a GeoNames id
  (a region of ``places.json``, a county) is ``place:<country>:<name>``; a place left unresolved is
  ``place:<name>`` (with its hinted country when it has one).
- **People**: ``person:<first>-<last>`` from the normalized full name: accents and case folded, initials
  and generation suffixes left out, so "James Kopp", "James C. Kopp" and "JAMES KOPP" are one person. A
  person an article names only by one word ("Kopp") joins the one full name of the corpus whose last word
  it is; when two full names share it ("James Kopp", "Ellen Kopp") or none has it, it stays its own.
- **Organizations**: ``org:<name>`` from the name without "the", a legal suffix or punctuation ("Apple
  Inc." = "Apple"); an acronym ("NDC") joins the one organization whose alias it is.

Ids are plain lower-case ASCII slugs (``-`` between words); a name with no Latin letters gets the first 12
hex digits of its SHA-256 instead. Everything is sorted before it is counted or written: the result does
not depend on the order articles come in.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping

from ..lang.organizations import RE_LEGAL_SUFFIX

KINDS = {"people": "person", "places": "place", "organizations": "organization"}
PREFIXES = {"people": "p", "places": "l", "organizations": "o"}
RE_NON_SLUG = re.compile(r"[^a-z0-9]+")
RE_INITIAL = re.compile(r"^[a-z]\.?$")
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def fold(text: str) -> str:
    """Accents off, case folded, straight apostrophes: "Müller" -> "muller"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def slug(text: str) -> str:
    """A lower-case ASCII id part ("James Kopp" -> "james-kopp"); a hash when no Latin letter is left."""
    made = RE_NON_SLUG.sub("-", fold(text)).strip("-")
    return made or hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def person_words(name: str) -> list[str]:
    """The words that identify a person: folded, without initials, generation suffixes and punctuation."""
    words = [w.strip(".,'\"") for w in fold(name).replace("-", " - ").split()]
    return [w for w in words if w and w != "-" and not RE_INITIAL.match(w) and w.rstrip(".") not in GENERATIONS]


def person_key(name: str) -> str | None:
    """``first-last`` of a full name ("James C. Kopp" -> "james-kopp"); None for a one-word name."""
    words = person_words(name)
    if len(words) < 2:
        return None
    return slug(f"{words[0]} {words[-1]}")


def org_key(name: str) -> str:
    """An organization's key: no leading "the", legal suffix or punctuation ("Apple Inc." -> "apple")."""
    text = name.strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    base = RE_LEGAL_SUFFIX.sub("", text).strip() or text
    return slug(base)


@dataclass
class _Item:
    """One entity of one article, as the index keeps it."""

    table: str
    doc_id: str
    local_id: str
    name: str
    aliases: tuple[str, ...]
    mentions: int
    place: tuple[Any, ...] = ()  # geonames_id, kind, country_code (places only)


@dataclass
class _Entity:
    kind: str
    names: Counter = field(default_factory=Counter)
    docs: set = field(default_factory=set)
    mentions: int = 0


class EntityIndex:
    """The names of a corpus's entities, and the identities decided from them.

    Feed it record dicts with :meth:`add` (in any order), call :meth:`resolve`, then read
    :meth:`entity_id` for each article's entity and :meth:`rows` for ``entities.csv``.
    """

    def __init__(self) -> None:
        self._items: list[_Item] = []
        self._ids: dict[tuple[str, str], str] | None = None

    def add(self, record: Mapping[str, Any]) -> None:
        """Index the people, places and organizations of one record dict (names and counts only)."""
        doc = record["doc_id"]
        for table, prefix in PREFIXES.items():
            for i, ent in enumerate(ordered(record.get(table, ())), 1):
                place = (ent.get("geonames_id"), ent.get("kind"), ent.get("country_code")) if table == "places" else ()
                self._items.append(_Item(table, doc, f"{doc}:{prefix}{i}", ent["name"],
                                         tuple(ent.get("aliases") or ()), len(ent.get("mentions") or ()), place))
        self._ids = None

    def resolve(self) -> None:
        """Decide every entity's id (called by :meth:`entity_id` and :meth:`rows` when needed)."""
        items = sorted(self._items, key=lambda it: (it.table, it.doc_id, it.local_id))
        ids: dict[tuple[str, str], str] = {}
        # people: full-name keys first, then one-word names that one full name of the corpus claims
        by_last: dict[str, set[str]] = {}
        for it in items:
            if it.table == "people":
                for name in (it.name, *it.aliases):
                    key = person_key(name)
                    if key:
                        by_last.setdefault(person_words(name)[-1], set()).add(key)
        acronyms: dict[str, set[str]] = {}
        for it in items:
            if it.table == "organizations":
                for alias in it.aliases:
                    if alias.isupper() and " " not in alias:
                        acronyms.setdefault(alias, set()).add(org_key(it.name))
        for it in items:
            ids[(it.table, it.local_id)] = self._identify(it, by_last, acronyms)
        self._ids = ids

    @staticmethod
    def _identify(it: _Item, by_last: Mapping[str, set[str]], acronyms: Mapping[str, set[str]]) -> str:
        if it.table == "places":
            geonames_id, kind, country = it.place
            if geonames_id:
                return f"geonames:{geonames_id}"
            if kind:
                return f"place:{(country or 'xx').lower()}:{slug(it.name)}"
            return f"place:{(country or '').lower() + ':' if country else ''}{slug(it.name)}"
        if it.table == "people":
            key = person_key(it.name)
            if key is None:
                words = person_words(it.name)
                owners = by_last.get(words[-1], set()) if words else set()
                key = next(iter(owners)) if len(owners) == 1 else slug(it.name)
            return f"person:{key}"
        key = org_key(it.name)
        owners = acronyms.get(it.name, set()) - {key}
        if it.name.isupper() and " " not in it.name and len(owners) == 1:
            key = next(iter(owners))
        return f"org:{key}"

    def entity_id(self, table: str, local_id: str) -> str | None:
        """The corpus id of an article's entity (``table``: people, places or organizations; ``local_id``:
        its ``doc_id:pN``/``lN``/``oN``), or None when the index has not seen it."""
        if self._ids is None:
            self.resolve()
        assert self._ids is not None
        return self._ids.get((table, local_id))

    def count(self) -> int:
        """How many corpus-level entities the records added so far hold."""
        if self._ids is None:
            self.resolve()
        assert self._ids is not None
        return len(set(self._ids.values()))

    def rows(self) -> Iterator[dict[str, Any]]:
        """The rows of ``entities.csv``: each corpus-level entity once, sorted by id, with its most used
        name (ties: the longest, then the first in order), other names, article and mention counts."""
        if self._ids is None:
            self.resolve()
        assert self._ids is not None
        entities: dict[str, _Entity] = {}
        for it in self._items:
            eid = self._ids[(it.table, it.local_id)]
            ent = entities.setdefault(eid, _Entity(KINDS[it.table]))
            ent.names[it.name] += 1
            for alias in it.aliases:
                ent.names[alias] += 0
            ent.docs.add(it.doc_id)
            ent.mentions += it.mentions
        for eid in sorted(entities):
            ent = entities[eid]
            name = max(sorted(ent.names), key=lambda n: (ent.names[n], len(n)))
            aliases = sorted(n for n in ent.names if n != name)
            yield {"entity_id": eid, "kind": ent.kind, "name": name, "aliases": aliases,
                   "articles": len(ent.docs), "mentions": ent.mentions}


def ordered(entities: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """An article's entities in the order their ``doc_id:pN`` ids count them: by first mention, then name."""
    return sorted(entities, key=lambda x: (min((m["start"] for m in x.get("mentions") or ()), default=-1),
                                           x["name"]))
