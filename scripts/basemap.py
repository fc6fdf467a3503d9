#!/usr/bin/env python3
"""Regenerates Data/basemap.geojson: the land and country borders drawn under every geo diagram.

Source: Natural Earth 1:110m Admin 0 - Countries (public domain), as bundled by the PyPI package
geopandas 0.14.4 (geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp; the dataset
was removed from geopandas 1.0). Derivation: every country polygon clipped to the map's extent
(EXTENT below: the SCODA network with its sea lanes, the Cape of Good Hope included),
simplified (Douglas-Peucker, TOLERANCE degrees) and rounded to 2 decimals; rings left with
fewer than 4 points are dropped. Standard library only.

Usage: python3 scripts/basemap.py [SHAPEFILE]   (without SHAPEFILE, `pip download`s the wheel)
"""
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = "geopandas==0.14.4"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
EXTENT = (-30.0, -45.0, 160.0, 78.0)  # west, south, east, north (degrees)
TOLERANCE = 0.08
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Data", "basemap.geojson")


def shapefile_from_wheel():
    folder = tempfile.mkdtemp()
    subprocess.run(
        [sys.executable, "-m", "pip", "download", PACKAGE, "--no-deps", "-q", "-d", folder], check=True)
    wheel = [name for name in os.listdir(folder) if name.endswith(".whl")][0]
    with zipfile.ZipFile(os.path.join(folder, wheel)) as archive:
        return archive.read(MEMBER + ".shp"), archive.read(MEMBER + ".dbf")


def read_dbf(data):
    count, header_length, record_length = struct.unpack("<xxxxIHH", data[:12])
    fields = []
    position = 32
    while data[position] != 0x0D:
        name = data[position:position + 11].split(b"\0")[0].decode()
        fields.append((name, data[position + 16]))
        position += 32
    rows = []
    for index in range(count):
        start = header_length + index * record_length + 1
        row = {}
        for name, length in fields:
            row[name] = data[start:start + length].decode("utf-8", "replace").strip()
            start += length
        rows.append(row)
    return rows


def read_polygons(data):
    """Each record's rings, as lists of (lon, lat)."""
    records = []
    position = 100
    while position < len(data):
        _, length = struct.unpack(">ii", data[position:position + 8])
        content = data[position + 8:position + 8 + 2 * length]
        position += 8 + 2 * length
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type != 5:
            records.append([])
            continue
        parts_count, points_count = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack("<%di" % parts_count, content[44:44 + 4 * parts_count]))
        offset = 44 + 4 * parts_count
        points = [struct.unpack("<dd", content[offset + 16 * i:offset + 16 * i + 16]) for i in range(points_count)]
        rings = [points[start:end] for start, end in zip(parts, parts[1:] + [points_count])]
        records.append(rings)
    return records


def clip(ring, extent):
    """Sutherland-Hodgman against the extent's four edges."""
    west, south, east, north = extent
    edges = [
        (lambda p: p[0] >= west, lambda a, b: cut_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: cut_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: cut_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: cut_y(a, b, north)),
    ]
    points = ring[:-1] if ring and ring[0] == ring[-1] else ring
    for inside, cut in edges:
        if not points:
            break
        result = []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    result.append(cut(previous, current))
                result.append(current)
            elif inside(previous):
                result.append(cut(previous, current))
        points = result
    return points + points[:1] if points else []


def cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def simplify(points, tolerance):
    """Douglas-Peucker on an open polyline."""
    if len(points) < 3:
        return points
    (ax, ay), (bx, by) = points[0], points[-1]
    dx, dy = bx - ax, by - ay
    norm = (dx * dx + dy * dy) ** 0.5
    best, index = -1.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        distance = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
        if distance > best:
            best, index = distance, i
    if best <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[:index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def main():
    if len(sys.argv) > 1:
        with open(sys.argv[1], "rb") as shp, open(sys.argv[1][:-4] + ".dbf", "rb") as dbf:
            shp_bytes, dbf_bytes = shp.read(), dbf.read()
    else:
        shp_bytes, dbf_bytes = shapefile_from_wheel()
    rows = read_dbf(dbf_bytes)
    features = []
    for row, rings in zip(rows, read_polygons(shp_bytes)):
        polygon = []
        for ring in rings:
            clipped = clip(ring, EXTENT)
            if len(clipped) < 4:
                continue
            # Simplify the ring as two halves so that its closing point stays.
            half = len(clipped) // 2
            simple = simplify(clipped[:half + 1], TOLERANCE)[:-1] + simplify(clipped[half:], TOLERANCE)
            rounded = []
            for lon, lat in simple:
                point = [round(lon, 2), round(lat, 2)]
                if not rounded or rounded[-1] != point:
                    rounded.append(point)
            if len(rounded) >= 4:
                polygon.append(rounded)
        if polygon:
            features.append({
                "type": "Feature",
                "properties": {"name": row["name"], "iso_a3": row["iso_a3"]},
                "geometry": {"type": "MultiPolygon", "coordinates": [[ring] for ring in polygon]},
            })
    features.sort(key=lambda feature: feature["properties"]["iso_a3"] + feature["properties"]["name"])
    collection = {
        "type": "FeatureCollection",
        "properties": {
            "source": "Natural Earth 1:110m Admin 0 - Countries (public domain), via " + PACKAGE,
            "extent": list(EXTENT),
        },
        "features": features,
    }
    text = json.dumps(collection, separators=(",", ":"), ensure_ascii=False)
    # One feature per line: small diffs when the source changes.
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    with open(OUTPUT, "w", encoding="utf-8") as output:
        output.write(text + "\n")
    print("%s: %d features, %d bytes" % (os.path.normpath(OUTPUT), len(features), len(text) + 1))


if __name__ == "__main__":
    main()
