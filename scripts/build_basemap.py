"""Build the basemap of :func:`conflictlens.plot.map` from Natural Earth admin-0 outlines.

Source: Natural Earth 1:110m "Admin 0 - Countries" (public domain), as shipped in the
``geopandas/datasets/naturalearth_lowres/`` folder of the geopandas 0.14.4 wheel on PyPI (wheels
before 1.0 bundle it). The shapefile is read with the pure-Python ``pyshp`` package, which is needed
by this script only (``pip install pyshp``); nothing is downloaded at run time by the library.

Usage::

    pip download geopandas==0.14.4 --no-deps -d /tmp/gpd
    python scripts/build_basemap.py /tmp/gpd/geopandas-0.14.4-py3-none-any.whl
    python scripts/update_manifest.py

Output: ``src/conflictlens/_data/basemap/admin0_110m.json`` — ``{"source", "licence", "countries":
[{"name", "iso_a3", "continent", "rings": [[[lon, lat], ...], ...]}]}`` with coordinates rounded to
0.01 degrees and rings simplified (Douglas-Peucker, tolerance 0.05 degrees), written with sorted
keys so the output is byte-reproducible.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "conflictlens" / "_data" / "basemap"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
TOLERANCE = 0.05
DIGITS = 2
# The .dbf text is ISO-8859-1 (its .cpg says so; pyshp defaults to UTF-8 and fails on "Côte").
ENCODING = "latin-1"


def _perp_distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker simplification (iterative, so deep rings cannot overflow the stack)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = _perp_distance(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if best > tol and idx > 0:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _reader(source: Path):
    import shapefile  # pyshp: build-time only

    if source.suffix == ".whl":
        zf = zipfile.ZipFile(source)
        files = {ext: io.BytesIO(zf.read(f"{MEMBER}.{ext}")) for ext in ("shp", "shx", "dbf")}
        return shapefile.Reader(
            shp=files["shp"], shx=files["shx"], dbf=files["dbf"], encoding=ENCODING
        )
    return shapefile.Reader(str(source / "naturalearth_lowres"), encoding=ENCODING)


def build(source: Path) -> dict:
    """Read the shapefile at ``source`` (wheel or folder) and return the basemap document."""
    reader = _reader(source)
    names = [f[0] for f in reader.fields[1:]]
    countries = []
    for shape_rec in reader.iterShapeRecords():
        rec = dict(zip(names, shape_rec.record, strict=True))
        shape = shape_rec.shape
        bounds = [*shape.parts, len(shape.points)]
        rings = []
        for a, b in itertools.pairwise(bounds):
            ring = [(round(x, DIGITS), round(y, DIGITS)) for x, y in shape.points[a:b]]
            ring = simplify(ring, TOLERANCE)
            if len(ring) >= 4:
                rings.append([list(p) for p in ring])
        if rings:
            countries.append(
                {
                    "name": rec["name"],
                    "iso_a3": rec["iso_a3"],
                    "continent": rec["continent"],
                    "rings": rings,
                }
            )
    countries.sort(key=lambda c: c["name"])
    return {
        "source": "Natural Earth 1:110m Admin 0 - Countries, via geopandas 0.14.4 "
        "datasets/naturalearth_lowres",
        "licence": "public domain (Natural Earth)",
        "countries": countries,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path, help="geopandas<1.0 wheel or naturalearth_lowres dir")
    args = parser.parse_args()
    doc = build(args.source)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "admin0_110m.json"
    path.write_text(json.dumps(doc, sort_keys=True, separators=(",", ":")) + "\n")
    n = sum(len(r) for c in doc["countries"] for r in c["rings"])
    print(f"{len(doc['countries'])} countries, {n} points, {path.stat().st_size} bytes -> {path}")


if __name__ == "__main__":
    main()
