#!/usr/bin/env bash
# End-to-end test of the web page in a real headless browser: installs Chromium from Debian's
# archive (once), starts `silkroute serve` on a free loopback port, runs scripts/e2e.py against it
# (the page loads without a console error; Jiaozhou -> Hamburg through the form; the route on the
# map and the steps table as the API answers; a Pareto point clicked changes the route; the fields
# the page reads are in /openapi.json), writes screenshots to out/e2e/, stops the server.
#
# usage: bash scripts/e2e.sh              (after `swift build`; CI runs it after scripts/test.sh)
#        E2E_DOCS=1 bash scripts/e2e.sh   (also copies the screenshot to docs/web-page.png)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if ! command -v chromium >/dev/null; then
  echo "e2e: installing chromium (Debian)" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
out="out/e2e"
mkdir -p "$out"
# shellcheck source=scripts/test-server.sh
source scripts/test-server.sh e2e

status=0
.build/openapi-venv/bin/python3 scripts/e2e.py "http://127.0.0.1:$port" "$out" || status=$?
if server_died; then status=1; fi
if [ "$status" -eq 0 ] && [ "${E2E_DOCS:-}" = 1 ]; then
  cp "$out/page.png" docs/web-page.png
  echo "e2e: docs/web-page.png updated" >&2
fi
exit $status
