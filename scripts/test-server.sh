# Sourced by scripts/e2e.sh and scripts/schemathesis.sh: starts `silkroute serve` on a free
# loopback port for a test run and stops it on exit.
#
# usage: source scripts/test-server.sh NAME [serve options…]
# Sets `port`, `server` (its pid), `work` (a temporary folder removed on exit) and
# `server_died` (a function: true when the server is gone, with its log's tail on stderr).
# --port 0: the kernel picks a free port; the log says which.
test_server_name="$1"
shift
bin="$(swift build --show-bin-path)/silkroute"
[ -x "$bin" ] || swift build --product silkroute
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

SILKROUTE_CACHE="$work/cache" "$bin" serve --host 127.0.0.1 --port 0 "$@" >"$work/server.log" 2>&1 &
server=$!
port=""
for _ in $(seq 1 600); do
  port="$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$work/server.log" | head -n 1)"
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || {
    cat "$work/server.log" >&2
    echo "$test_server_name: the server did not start" >&2
    exit 1
  }
  sleep 0.2
done
[ -n "$port" ] || {
  cat "$work/server.log" >&2
  echo "$test_server_name: the server did not say where it listens" >&2
  exit 1
}
echo "$test_server_name: silkroute serve on 127.0.0.1:$port" >&2

server_died() {
  kill -0 "$server" 2>/dev/null && return 1
  echo "$test_server_name: the server died during the run" >&2
  tail -n 40 "$work/server.log" >&2
  return 0
}
