#!/usr/bin/env python3
"""Seeded random-geometric road-like graphs in 9th DIMACS format, three weights on the same arcs.

Usage: python3 Benchmarks/Peers/random_geometric.py [--nodes 264346] [--seed 1] [--prefix /tmp/rg]
                                                     [--neighbours 2.1] [--spacing 200]

Writes PREFIX-d.gr (distance, metres), PREFIX-t.gr (travel time, seconds), PREFIX-c.gr (CO2, grams,
a multiple of 20) and PREFIX.co (coordinates, millionths of a degree), as the 9th DIMACS Challenge
USA road instances are laid out (USA-road-d.NY.gr, USA-road-t.NY.gr, USA-road-d.NY.co). The three
.gr files list the same arcs (tail, head) in the same order, so that

    silkroute data import --format dimacs --from PREFIX-d.gr --weight cost --from PREFIX-t.gr \
        --weight time --from PREFIX-c.gr --weight co2 --coordinates PREFIX.co --db rg.sqlite

loads one network with three conflicting criteria (SilkRoute reads the distance as cents and the
seconds as minutes: only their order matters to a search).

The graph: NODES points uniform in a square of side sqrt(NODES) x SPACING metres, centred on 0 deg,
0 deg (264,346 nodes give a 103 km square, about New York's); each node joined both ways to its
NEIGHBOURS nearest nodes (grid buckets of SPACING metres; 2.1: the 2 nearest, and the third for a
tenth of the nodes), then the components joined (each to the nearest node of another, repeated until
one is left), so every node reaches every other. The default gives 2.78 arcs per node (736,170 arcs
at seed 1), like USA-road-d.NY (264,346 nodes, 733,846 arcs). Each edge (both arcs) gets a road class: its speed sets the time, its emission factor (a
U-shaped curve in the speed, as for trucks: slow roads and motorways emit more per km than
trunk roads) and a per-arc factor in 0.85...1.15 (load, gradient) set the CO2. So the shortest,
fastest and cleanest routes differ. Weights are at least 1 (time), 1 (distance) and 20 (CO2).

The same arguments give byte-identical files (random.Random(seed), no other source of randomness).
Standard library only.
"""

import argparse
import math
import random
import sys
import time

# (name, share of edges, speed in km/h, grams CO2 per km): illustrative figures for a loaded heavy
# truck (0.8-1.2 kg CO2/km), shaped like the speed curves of emission models such as COPERT
# (lowest at 60-80 km/h), not measured.
ROAD_CLASSES = [
    ("residential", 0.40, 30, 1150),
    ("urban", 0.30, 50, 950),
    ("trunk", 0.18, 70, 820),
    ("highway", 0.09, 90, 870),
    ("motorway", 0.03, 110, 1000),
]
METRES_PER_DEGREE = 111_319.49  # along the equator and any meridian near 0 deg


def place(nodes, side, rng):
    xs = [rng.random() * side for _ in range(nodes)]
    ys = [rng.random() * side for _ in range(nodes)]
    return xs, ys


def buckets(xs, ys, cell):
    """Node indices per grid cell, as a dict (column, row) -> list."""
    grid = {}
    for node in range(len(xs)):
        grid.setdefault((int(xs[node] // cell), int(ys[node] // cell)), []).append(node)
    return grid


def ring_cells(cx, cy, ring):
    """The cells `ring` steps from (cx, cy): the border of a (2 ring + 1)-cell square."""
    if ring == 0:
        return [(cx, cy)]
    cells = []
    for gx in range(cx - ring, cx + ring + 1):
        cells.append((gx, cy - ring))
        cells.append((gx, cy + ring))
    for gy in range(cy - ring + 1, cy + ring):
        cells.append((cx - ring, gy))
        cells.append((cx + ring, gy))
    return cells


def nearest(node, xs, ys, grid, cell, count, exclude=None):
    """The `count` nodes nearest to `node` (ties by index), searching rings of cells outwards;
    `exclude(other)` skips candidates."""
    x, y = xs[node], ys[node]
    cx, cy = int(x // cell), int(y // cell)
    found = []
    limit = max(1, math.isqrt(len(xs))) + 2
    for ring in range(limit + 1):
        for key in ring_cells(cx, cy, ring):
            for other in grid.get(key, ()):
                if other == node or (exclude is not None and exclude(other)):
                    continue
                found.append(((xs[other] - x) ** 2 + (ys[other] - y) ** 2, other))
        # Every node closer than `ring` cells is found: enough once the count-th is that close.
        if len(found) >= count:
            found.sort()
            if found[count - 1][0] <= (ring * cell) ** 2:
                break
    found.sort()
    return [other for _, other in found[:count]]


def find(parent, node):
    while parent[node] != node:
        parent[node] = parent[parent[node]]
        node = parent[node]
    return node


def join_components(edges, xs, ys, grid, cell):
    """Adds edges until the graph is connected: each component but the largest is joined to the
    nearest node outside it, in rounds (at least halving the components each round)."""
    parent = list(range(len(xs)))
    for a, b in edges:
        ra, rb = find(parent, a), find(parent, b)
        if ra != rb:
            parent[ra] = rb
    added = 0
    while True:
        members = {}
        for node in range(len(xs)):
            members.setdefault(find(parent, node), []).append(node)
        if len(members) <= 1:
            return added
        largest = max(members, key=lambda root: (len(members[root]), -root))
        for root in sorted(members):
            if root == largest:
                continue
            current = find(parent, root)
            best = None
            for node in members[root]:
                near = nearest(node, xs, ys, grid, cell, 1, lambda other: find(parent, other) == current)
                if near:
                    d = (xs[near[0]] - xs[node]) ** 2 + (ys[near[0]] - ys[node]) ** 2
                    if best is None or (d, node, near[0]) < best:
                        best = (d, node, near[0])
            if best is None:
                continue
            _, a, b = best
            edges.add((min(a, b), max(a, b)))
            parent[find(parent, a)] = find(parent, b)
            added += 1


def weights(a, b, xs, ys, rng):
    """(distance in m, [time a->b, time b->a] in s, [co2 a->b, co2 b->a] in g) of the edge a-b."""
    metres = max(1, round(math.hypot(xs[a] - xs[b], ys[a] - ys[b])))
    pick = rng.random()
    for _, share, speed, grams_per_km in ROAD_CLASSES:
        pick -= share
        if pick < 0:
            break
    seconds = max(1, round(metres / (speed / 3.6)))
    co2 = []
    for _ in range(2):
        grams = metres / 1000 * grams_per_km * rng.uniform(0.85, 1.15)
        co2.append(max(20, 20 * round(grams / 20)))
    return metres, seconds, co2


def write(prefix, xs, ys, arcs, seed):
    nodes = len(xs)
    header = f"c random geometric graph, {nodes} nodes, {len(arcs)} arcs, seed {seed}"
    for suffix, index, what in [("d", 2, "distance in metres"), ("t", 3, "travel time in seconds"),
                                ("c", 4, "CO2 in grams (multiples of 20)")]:
        with open(f"{prefix}-{suffix}.gr", "w", encoding="ascii", newline="\n") as out:
            out.write(f"{header}\nc weight: {what}\np sp {nodes} {len(arcs)}\n")
            out.write("".join(f"a {arc[0] + 1} {arc[1] + 1} {arc[index]}\n" for arc in arcs))
    with open(f"{prefix}.co", "w", encoding="ascii", newline="\n") as out:
        out.write(f"{header}\nc longitude and latitude in millionths of a degree\np aux sp co {nodes}\n")
        lines = []
        for node in range(nodes):
            lon = round(xs[node] / METRES_PER_DEGREE * 1_000_000)
            lat = round(ys[node] / METRES_PER_DEGREE * 1_000_000)
            lines.append(f"v {node + 1} {lon} {lat}\n")
        out.write("".join(lines))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=264_346)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--prefix", default="rg")
    parser.add_argument("--neighbours", type=float, default=2.1,
                        help="nearest nodes each node joins both ways (a fraction: that share joins one more)")
    parser.add_argument("--spacing", type=float, default=200.0, help="mean spacing of the nodes in metres")
    args = parser.parse_args(argv)
    if args.nodes < 2 or args.neighbours < 1 or args.neighbours >= args.nodes or args.spacing <= 0:
        parser.error("need --nodes >= 2, 1 <= --neighbours < --nodes and --spacing > 0")
    started = time.monotonic()
    rng = random.Random(args.seed)
    side = math.sqrt(args.nodes) * args.spacing
    xs, ys = place(args.nodes, side, rng)
    # Centre the square on 0 deg, 0 deg.
    xs = [x - side / 2 for x in xs]
    ys = [y - side / 2 for y in ys]
    cell = args.spacing
    grid = buckets(xs, ys, cell)
    edges = set()
    whole = int(args.neighbours)
    for node in range(args.nodes):
        count = whole + (1 if rng.random() < args.neighbours - whole else 0)
        for other in nearest(node, xs, ys, grid, cell, count):
            edges.add((min(node, other), max(node, other)))
    joins = join_components(edges, xs, ys, grid, cell)
    arcs = []
    for a, b in sorted(edges):
        metres, seconds, co2 = weights(a, b, xs, ys, rng)
        arcs.append((a, b, metres, seconds, co2[0]))
        arcs.append((b, a, metres, seconds, co2[1]))
    arcs.sort(key=lambda arc: (arc[0], arc[1]))
    write(args.prefix, xs, ys, arcs, args.seed)
    print(f"{args.nodes} nodes, {len(arcs)} arcs ({len(arcs) / args.nodes:.2f} per node, {joins} joining "
          f"edges) in {time.monotonic() - started:.1f} s: {args.prefix}-d.gr, -t.gr, -c.gr, .co",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
