#!/usr/bin/env python3
"""Seeded sample shipments for `silkroute batch`: N rows of random pairs of distinct cities of
Data/cities.csv, each with a random objective and cargo, sometimes an avoided mode or a transfer
limit (the mix of BatchSample in SilkRouteAPI, not its exact rows: Python's generator differs).

    scripts/batch-sample.py 10000 --seed 2026 > /tmp/shipments.csv
    scripts/batch-sample.py 10000 --seed 2026 --jsonl > /tmp/shipments.jsonl
"""
import argparse
import csv
import json
import random
import sys
from pathlib import Path

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("count", type=int)
parser.add_argument("--seed", type=int, default=2026)
parser.add_argument("--jsonl", action="store_true", help="JSON Lines instead of CSV")
args = parser.parse_args()

data = Path(__file__).resolve().parent.parent / "Data" / "cities.csv"
with data.open(newline="", encoding="utf-8") as file:
    cities = [row["id"] for row in csv.DictReader(file)]
rng = random.Random(args.seed)
columns = ["id", "from", "to", "cargo.unit", "cargo.count", "objective",
           "constraints.avoidModes", "constraints.maxTransfers"]
writer = None if args.jsonl else csv.writer(sys.stdout, lineterminator="\n")
if writer:
    writer.writerow(columns)
for number in range(1, args.count + 1):
    origin, destination = rng.sample(cities, 2)
    unit = rng.choice(["TEU", "FEU", "kg"])
    count = rng.randint(100, 20_099) if unit == "kg" else rng.randint(1, 4)
    objective = rng.choice(["cheapest", "fastest", "greenest"])
    roll = rng.randrange(6)
    modes = ["air"] if roll == 0 else []
    transfers = rng.randint(1, 3) if roll == 1 else None
    if writer:
        writer.writerow([f"S{number}", origin, destination, unit, count, objective, ";".join(modes),
                         "" if transfers is None else transfers])
    else:
        row = {"id": f"S{number}", "from": origin, "to": destination,
               "cargo": {"unit": unit, "count": count}, "objective": objective}
        constraints = {}
        if modes:
            constraints["avoidModes"] = modes
        if transfers is not None:
            constraints["maxTransfers"] = transfers
        if constraints:
            row["constraints"] = constraints
        print(json.dumps(row))
