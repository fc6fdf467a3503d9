#!/usr/bin/env bash
# The main job on the bundled SCODA network: route queries (the database is built from Data/ on
# first use), then the network and a route drawn into out/ (SVG, PNG, GeoJSON).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product silkroute
bin="$(swift build -c release --show-bin-path)/silkroute"
"$bin" route Jiaozhou Hamburg --cargo 1xFEU --objective cheapest
echo
"$bin" route Jiaozhou Almaty --objective fastest
echo
mkdir -p out
"$bin" diagram --output out/scoda-network.svg
"$bin" diagram --output out/scoda-network.png
"$bin" diagram --format geojson --output out/scoda-network.geojson
"$bin" route Jiaozhou Hamburg --avoid-mode sea,air --diagram out/route-jiaozhou-hamburg-rail.svg >/dev/null
"$bin" route Jiaozhou Hamburg --avoid-mode sea,air --diagram out/route-jiaozhou-hamburg-rail.png >/dev/null
echo "wrote out/route-jiaozhou-hamburg-rail.svg and .png"
