#!/usr/bin/env bash
# Property-based tests of the HTTP service against its own OpenAPI document: starts
# `silkroute serve` on a free loopback port, runs a bounded `schemathesis run` (every endpoint,
# schema-valid and invalid requests, responses checked against the document, no 5xx, no answer
# slower than the search budget allows), stops the server and exits non-zero on any failure.
#
# usage: bash scripts/schemathesis.sh        (after `swift build`; CI runs it after scripts/test.sh)
# SCHEMATHESIS_MAX_EXAMPLES (default 1000 per operation; hypothesis stops earlier when it has
# covered the schema) and SCHEMATHESIS_SEED (default 20261207) bound and fix the run: about 2,600
# requests (1,300 before POST /v1/matrix), a few minutes on two cores with a debug build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# --matrix-time-limit 2: a generated all-by-all matrix (a Pareto front or twenty alternatives per
# cell) answers within the run's --max-response-time, its late cells carrying budget-exceeded; with
# 5 s the run took 8.3 minutes on a loaded machine (2,629 cases), with 2 s 4.9 minutes.
# shellcheck source=scripts/test-server.sh
source scripts/test-server.sh schemathesis --matrix-time-limit 2

status=0
(
  cd "$work"  # schemathesis writes its reports and cache into the working folder
  SCHEMATHESIS_HOOKS="$OLDPWD/scripts/schemathesis_hooks.py" \
    "$OLDPWD/.build/openapi-venv/bin/schemathesis" --config-file "$OLDPWD/scripts/schemathesis.toml" \
    run "http://127.0.0.1:$port/openapi.json" \
    --workers 1 --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-1000}" --seed "${SCHEMATHESIS_SEED:-20261207}" \
    --generation-database none --request-timeout 30 --max-response-time 15 --no-color
) || status=$?
if server_died; then status=1; fi
exit $status
