"""Regenerate ``pipeline/report/assets/world.json``: country outlines for the report's offline world map.

The source is Natural Earth's 1:110m admin-0 countries (public domain) as packaged in the npm package
``world-atlas@2.0.2`` (TopoJSON, ISC licence, by Mike Bostock). Fetch it once with the ordinary npm client
and run this script on it; the report itself never touches the network::

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/make_world_map.py /tmp/package/countries-110m.json

Each country becomes one SVG path in plain equirectangular coordinates (x = longitude, y = -latitude, in
degrees, one decimal), so the browser places a point with no projection code. Countries are keyed by their
ISO 3166-1 alpha-2 code (from the ISO numeric id with pycountry), so the report can shade the countries
named by ``places[].country_code``. Output is deterministic (sorted, fixed rounding).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "report" / "assets" / "world.json"
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


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        country = pycountry.countries.get(numeric=geometry["id"]) if "id" in geometry else None
        code = country.alpha_2 if country else NO_ISO_ID.get(name)
        d = path(polygons, arcs)
        if d:
            countries.append({"cc": code, "name": name, "d": d})
    countries.sort(key=lambda c: (c["name"], c["cc"] or ""))
    data = {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), via world-atlas 2.0.2 (ISC)",
        "projection": "equirectangular: x = longitude, y = -latitude (degrees)",
        "countries": countries,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
