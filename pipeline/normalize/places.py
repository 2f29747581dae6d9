"""Places: canonical names resolved against the offline gazetteer, one entry per real place.

No spaCy here. Each place mention is looked up in :mod:`pipeline.lang.gazetteer` and, when the name
may be several places, the choice is made from the article's context:

1. A country given with the name decides: "Hasan (Russia)" (``features["country_hint"]``) and
   "Everett, Washington" (``features["qualifier"]``) keep only candidates in that country or state. When
   none is left the place is kept, unresolved, with that country: never forced onto a wrong match
   ("Woodside, California" is not Woodside, New York).
2. Otherwise candidates in a country the article names elsewhere win ("the Far East" in an article about
   Russia is the Russian Far East; "Georgia" beside "Atlanta" is the US state).
3. Then: a match by name beats one by alias, which beats one by an alternate name; a country beats a
   region, which beats a small city; a city of a million people beats a region of the same name ("New
   York"); the larger population breaks ties. A city known only by an alternate name is taken only when
   its country is in context or it has a million people.

Mentions resolved to the same gazetteer entry are one :class:`~pipeline.records.Place` ("DPRK", "North
Korea's" and "the Democratic People's Republic of Korea" -> North Korea); unresolved mentions are grouped
by their cleaned text and keep null coordinates, and a null kind unless spaCy called them a facility
(FAC: airports, buildings, bridges), which makes them a ``landmark``. An unresolved place says why
(``unresolved``): ``unknown`` (the gazetteer has no such name) or ``ambiguous`` (it has several and the
article does not say which, or none in the country the text gives); its country is kept when the text
gives it or every candidate shares it ("Essex County": US).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Sequence

from ..lang.gazetteer import Candidate, Gazetteer, GeoEntry, gazetteer, key
from ..records import EntityMention, Mention, Place

HOW_SCORE = {"name": 3.0, "alias": 2.0, "alternate": 1.0}
KIND_SCORE = {"country": 3.0, "historical_state": 3.0, "union": 3.0, "continent": 3.0, "city": 2.0}
OTHER_KIND_SCORE = 2.5
CONTEXT_BONUS = 10.0
BIG_CITY = 500_000
HUGE_CITY = 1_000_000
QUALIFIER_KINDS = frozenset({"country", "region"})
# "Rajin Port", "Port of Busan": the port of a place named in the article is that place.
RE_PORT = re.compile(r"^(?:port of (?P<pre>.+)|(?P<post>.+?) (?:port|harbou?r|seaport))$", re.I)


def clean_name(text: str) -> str:
    """A readable name from mention text: no leading "the", no possessive, one space."""
    name = " ".join(text.split()).strip(" ,;:")
    if name[:4].lower() == "the ":
        name = name[4:]
    for suffix in ("'s", "\u2019s"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            name = name[: -len(suffix)]
    if name.endswith(("s'", "s\u2019")):
        name = name[:-1]
    return name


def surface(mention: Mention) -> str:
    """The place name of a mention: ``features["name"]`` when the extractor gives one ("the US government"
    -> "US"), else the text without its qualifier ("Mobile, Alabama" -> "Mobile")."""
    if mention.features.get("name"):
        return mention.features["name"]
    text = mention.text
    if mention.features.get("qualifier") and "," in text:
        text = text.rsplit(",", 1)[0]
    return text


def _score(cand: Candidate, context: Counter, *, qualifies: bool) -> float:
    e = cand.entry
    score = HOW_SCORE[cand.how] + KIND_SCORE.get(e.kind, OTHER_KIND_SCORE)
    if e.kind == "city":
        score += 2.0 if e.population >= HUGE_CITY else 1.5 if e.population >= BIG_CITY else 0.0
    if qualifies and e.kind in QUALIFIER_KINDS:
        score += CONTEXT_BONUS
    if e.country_code and context.get(e.country_code):
        score += CONTEXT_BONUS
    return score + math.log10(e.population + 1) / 100


def choose(
    cands: Sequence[Candidate],
    *,
    context: Counter | None = None,
    hint: str | None = None,
    within: Sequence[GeoEntry] = (),
    qualifies: bool = False,
) -> GeoEntry | None:
    """Pick the place a name means among gazetteer candidates, or None when none fits or two fit equally.

    Args:
        cands: What the gazetteer found for the name.
        context: Country codes named in the article, with counts.
        hint: A country the text gives for this very mention (from "Hasan (Russia)"): a hard constraint.
        within: Places the text says this one lies in ("Everett, Washington"): a hard constraint too.
        qualifies: This mention qualifies another ("Washington" in "Everett, Washington"): prefer
            countries and regions.
    """
    context = context or Counter()
    pool = list(cands)
    if hint:
        pool = [c for c in pool if c.entry.country_code == hint]
    if within:
        pool = [c for c in pool if any(_inside(c.entry, w) for w in within)]
    pool = [
        c
        for c in pool
        if c.how != "alternate" or context.get(c.entry.country_code or "") or c.entry.population >= HUGE_CITY
    ]
    if not pool:
        return None
    scored = sorted(((_score(c, context, qualifies=qualifies), c.entry) for c in pool), key=lambda x: -x[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0] and scored[0][1] != scored[1][1]:
        return None  # "Essex County" in five states, nothing in the article to choose by: ambiguous
    return scored[0][1]


def _qualifier_country(gaz: Gazetteer, mention: Mention) -> str | None:
    """The country of a mention's qualifier ("Woodside, California" -> US), for a place left unresolved."""
    qualifier = mention.features.get("qualifier")
    if not qualifier:
        return None
    codes = {c.entry.country_code for c in gaz.candidates(qualifier) if c.entry.kind in QUALIFIER_KINDS}
    return codes.pop() if len(codes) == 1 else None


def _shared_country(cands: Sequence[Candidate]) -> str | None:
    """The country every candidate of a name lies in ("Essex County": US), else None."""
    codes = {c.entry.country_code for c in cands}
    return codes.pop() if len(codes) == 1 else None


def _inside(entry: GeoEntry, outer: GeoEntry) -> bool:
    if entry.country_code != outer.country_code or entry == outer:
        return False
    return outer.kind == "country" or outer.admin1 is None or outer.admin1 == entry.admin1


def places(mentions: Sequence[Mention], *, gaz: Gazetteer | None = None, context: Counter | None = None) -> list[Place]:
    """Resolve place mentions into one :class:`Place` per real place, in order of first mention.

    ``context`` adds countries the article names otherwise (by demonyms in people's roles).
    """
    gaz = gaz or gazetteer()
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    lookups = [(m, surface(m), gaz.candidates(surface(m))) for m in ordered]

    def pick(mention: Mention, cands: Sequence[Candidate], context: Counter) -> GeoEntry | None:
        within: list[GeoEntry] = []
        if q := mention.features.get("qualifier"):
            within = [c.entry for c in gaz.candidates(q) if c.entry.kind in QUALIFIER_KINDS]
        qualifies = mention.features.get("qualifies")
        if isinstance(qualifies, str):
            # "Georgia" in "Atlanta, Georgia" is the region or country holding Atlanta
            inner = [c.entry for c in gaz.candidates(qualifies) if c.how != "alternate"]
            holding = [c for c in cands if any(_inside(e, c.entry) for e in inner)]
            cands = holding or cands
        return choose(
            cands,
            context=context,
            hint=mention.features.get("country_hint"),
            within=within,
            qualifies=bool(qualifies),
        )

    # first pass without context: the countries the article names
    context = Counter(context or {})
    own: list[str | None] = []
    for mention, _name, cands in lookups:
        code = mention.features.get("country_hint")
        entry = pick(mention, cands, Counter())
        if (
            code is None
            and entry is not None
            and entry.country_code
            and (entry.kind == "country" or sum(c.how != "alternate" for c in cands) == 1)
        ):
            code = entry.country_code
        own.append(code)
        if code:
            context[code] += 1

    groups: dict[object, list[tuple[Mention, str]]] = {}
    unresolved: dict[object, str] = {}
    chosen: dict[object, GeoEntry | None] = {}
    hints: dict[object, str | None] = {}
    for (mention, name, cands), code in zip(lookups, own, strict=True):
        # a name does not vouch for itself: "Georgia" alone is the country, beside "Atlanta" the state
        others = context - Counter({code: 1}) if code else context
        entry = pick(mention, cands, others)
        hint = mention.features.get("country_hint") or _qualifier_country(gaz, mention) or _shared_country(cands)
        slot: object = entry if entry is not None else ("?", key(name), hint)
        if entry is None:
            unresolved[slot] = "ambiguous" if cands else "unknown"
        groups.setdefault(slot, []).append((mention, name))
        chosen[slot] = entry
        hints.setdefault(slot, hint)

    out = []
    for slot, members in groups.items():
        entry = chosen[slot]
        forms: list[str] = []
        for _, name in members:
            form = clean_name(name)
            if form and form not in forms:
                forms.append(form)
        if entry is not None:
            out.append(
                Place(
                    name=entry.name,
                    kind=entry.kind,
                    country_code=entry.country_code,
                    latitude=entry.latitude,
                    longitude=entry.longitude,
                    aliases=tuple(f for f in forms if f != entry.name),
                    geonames_id=entry.geonames_id,
                    mentions=tuple(EntityMention.of(m) for m, _ in members),
                )
            )
        elif forms:
            facility = any(m.features.get("source") == "FAC" for m, _ in members)
            out.append(
                Place(
                    name=forms[0],
                    kind="landmark" if facility else None,
                    country_code=hints[slot],
                    aliases=tuple(forms[1:]),
                    mentions=tuple(EntityMention.of(m) for m, _ in members),
                    unresolved=unresolved[slot],
                )
            )
    out = _merge_ports(out)
    out.sort(key=lambda p: (p.mentions[0].start, p.name))
    return out


def _merge_ports(found: list[Place]) -> list[Place]:
    """Fold an unresolved "X Port" / "Port of X" into the place X of the same article."""
    by_name = {p.name.casefold(): i for i, p in enumerate(found)}
    merged: dict[int, Place] = dict(enumerate(found))
    for i, place in enumerate(found):
        m = RE_PORT.match(place.name)
        if place.kind is not None or not m:
            continue
        j = by_name.get((m["pre"] or m["post"]).casefold())
        if j is None or j == i or j not in merged:
            continue
        host = merged[j]
        merged[j] = Place(
            name=host.name,
            kind=host.kind,
            country_code=host.country_code,
            latitude=host.latitude,
            longitude=host.longitude,
            aliases=tuple(dict.fromkeys((*host.aliases, place.name, *place.aliases))),
            geonames_id=host.geonames_id,
            mentions=tuple(sorted((*host.mentions, *place.mentions), key=lambda e: (e.start, e.end))),
            unresolved=host.unresolved,
        )
        del merged[i]
    return list(merged.values())
