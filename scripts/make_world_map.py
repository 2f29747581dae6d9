"""Generate ``pipeline/data/generated/world.json``: country outlines for the report's offline world map.

The source is Natural Earth's 1:110m admin-0 countries (public domain) as packaged in the npm package
``world-atlas@2.0.2`` (TopoJSON, ISC licence, by Mike Bostock), pinned by the sha256 of its
``countries-110m.json``. Fetch it once with the ordinary npm client and run this script on it; the report
itself never touches the network::

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/make_world_map.py /tmp/package/countries-110m.json
    .venv/bin/python scripts/make_world_map.py --check [/tmp/package/countries-110m.json]

``--check`` exits 1 when the committed file differs from what this script writes. Without the source it
checks what needs no download: the file's form, its pinned source, and every country's ISO code against
the locked pycountry (the outlines themselves are re-derived only from the source).

Each country becomes one SVG path in plain equirectangular coordinates (x = longitude, y = -latitude, in
degrees, one decimal), so the browser places a point with no projection code. Countries are keyed by their
ISO 3166-1 alpha-2 code (from the ISO numeric id, kept as ``id``, with pycountry), so the report can shade
the countries named by ``places[].country_code``. Output is deterministic (sorted, fixed rounding).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pycountry

from pipeline import tables

OUT = "generated/world.json"
SOURCE_SHA256 = "2516c915867c7baf18ddec727aec46c315541a07cfb3d79a6559b05d5e94eee8"  # countries-110m.json
# Natural Earth features without an ISO numeric id; Kosovo's user-assigned code is the one CLDR uses.
# fmt: off
NO_ISO_ID = {"Kosovo": "XK"}
# fmt: on


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute (lon, lat) points of every arc of a quantized TopoJSON topology (delta-encoded)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """Stitch a ring from arc indexes (a negative index ~i is arc i reversed), dropping shared endpoints."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def path(polygons: list[list[list[int]]], arcs: list[list[tuple[float, float]]]) -> str:
    """SVG path data of a list of polygons (each a list of rings), x = lon, y = -lat, one decimal."""
    parts = []
    for polygon in polygons:
        for indexes in polygon:
            coords: list[tuple[float, float]] = []
            for lon, lat in ring(indexes, arcs):
                point = (round(lon, 1) + 0.0, round(-lat, 1) + 0.0)
                if not coords or point != coords[-1]:
                    coords.append(point)
            if len(coords) < 4:  # a ring that collapsed to a line or a point at this precision
                continue
            coords = unwrap(coords)
            copies = [coords]
            if max(x for x, _ in coords) > 180 or min(x for x, _ in coords) < -180:
                # a ring across the antimeridian (Russia, Fiji): draw it once more, a world-width away;
                # the map's viewBox clips both copies at +-180 degrees
                shift = -360 if max(x for x, _ in coords) > 180 else 360
                copies.append([(round(x + shift, 1) + 0.0, y) for x, y in coords])
            for copy in copies:
                text = " ".join(f"{x:g},{y:g}" for x, y in copy[:-1])
                parts.append(f"M{text}Z")
    return "".join(parts)


def unwrap(coords: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make a ring's longitudes continuous (no 360-degree jumps where it crosses the antimeridian)."""
    out = [coords[0]]
    for x, y in coords[1:]:
        prev = out[-1][0]
        while x - prev > 180:
            x -= 360
        while prev - x > 180:
            x += 360
        out.append((round(x, 1) + 0.0, y))
    return out


def build(source: str) -> dict:
    """The table, from the TopoJSON file ``source`` (it must be the pinned one, see SOURCE_SHA256)."""
    raw = Path(source).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"{source}: sha256 {digest} is not the pinned world-atlas 2.0.2 countries-110m.json")
    topology = json.loads(raw.decode("utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        d = path(polygons, arcs)
        if d:
            iso = geometry.get("id")
            countries.append({"cc": iso_code(name, iso), "id": iso, "name": name, "d": d})
    countries.sort(key=lambda c: (c["name"], c["cc"] or ""))
    return {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), via world-atlas 2.0.2 (ISC)",
        "source_sha256": SOURCE_SHA256,
        "projection": "equirectangular: x = longitude, y = -latitude (degrees)",
        "countries": countries,
    }


def iso_code(name: str, iso_numeric: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country, from its ISO numeric id (pycountry) or NO_ISO_ID."""
    country = pycountry.countries.get(numeric=iso_numeric) if iso_numeric else None
    return country.alpha_2 if country else NO_ISO_ID.get(name)


def render(table: dict) -> str:
    return json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def check_offline() -> list[str]:
    """What can be checked without the source: the committed file is in this script's form, made from the
    pinned source, and each country's code is the one the locked pycountry gives for its ISO numeric id."""
    text = tables.read_text(OUT)
    table = json.loads(text)
    problems = [] if render(table) == text else ["not in the form this script writes"]
    if table.get("source_sha256") != SOURCE_SHA256:
        problems.append("not made from the pinned source")
    for country in table["countries"]:
        if country["cc"] != iso_code(country["name"], country.get("id")):
            problems.append(f"{country['name']}: code {country['cc']} is not pycountry's for id {country.get('id')}")
    return problems


def main(argv: list[str]) -> int:
    """``SOURCE``: write the table; ``--check [SOURCE]``: compare (exit 1 when the committed file differs)."""
    sources = [a for a in argv if not a.startswith("--")]
    if "--check" in argv:
        if sources:
            problems = [] if render(build(sources[0])) == tables.read_text(OUT) else ["outlines or codes differ"]
        else:
            problems = check_offline()
            print(f"{OUT}: outlines not re-derived (pass the source file to check them too)")
        for problem in problems:
            print(f"{OUT}: {problem}: run scripts/make_world_map.py SOURCE")
        print(f"{OUT} is {'out of date' if problems else 'up to date'}")
        return 1 if problems else 0
    if not sources:
        raise SystemExit(__doc__)
    target = tables.path(OUT)
    table = build(sources[0])
    target.write_text(render(table), encoding="utf-8")
    print(f"{target}: {len(table['countries'])} countries, {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
