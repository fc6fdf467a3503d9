#!/usr/bin/env bash
# The main job on the bundled SCODA network: a route query (the database is built from Data/ on
# first use).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product silkroute
bin="$(swift build -c release --show-bin-path)/silkroute"
"$bin" route Jiaozhou Hamburg --cargo 1xFEU --objective cheapest
echo
"$bin" route Jiaozhou Almaty --objective fastest
