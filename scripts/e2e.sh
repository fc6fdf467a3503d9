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
bin="$(swift build --show-bin-path)/silkroute"
[ -x "$bin" ] || swift build --product silkroute
out="out/e2e"
mkdir -p "$out"
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

SILKROUTE_CACHE="$work/cache" "$bin" serve --host 127.0.0.1 --port 0 >"$work/server.log" 2>&1 &
server=$!
port=""
for _ in $(seq 1 600); do
  port="$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$work/server.log" | head -n 1)"
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "e2e: the server did not start" >&2; exit 1; }
  sleep 0.2
done
[ -n "$port" ] || { cat "$work/server.log" >&2; echo "e2e: the server did not say where it listens" >&2; exit 1; }
echo "e2e: silkroute serve on 127.0.0.1:$port" >&2

status=0
.build/openapi-venv/bin/python3 scripts/e2e.py "http://127.0.0.1:$port" "$out" || status=$?
if ! kill -0 "$server" 2>/dev/null; then
  echo "e2e: the server died during the run" >&2
  tail -n 40 "$work/server.log" >&2
  status=1
fi
if [ "$status" -eq 0 ] && [ "${E2E_DOCS:-}" = 1 ]; then
  cp "$out/page.png" docs/web-page.png
  echo "e2e: docs/web-page.png updated" >&2
fi
exit $status
