#!/usr/bin/env bash
# Installs, once, the system packages SilkRoute builds against (SQLite and Graphviz headers) and
# the Python packages the OpenAPI conformance test runs (in .build/openapi-venv). Quiet when all is
# there already.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(libsqlite3-dev libgraphviz-dev graphviz pkg-config python3 python3-venv)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH (install Swift 6.1 or later)" >&2; exit 1; }

# openapi-spec-validator and jsonschema (PyPI; Debian has no openapi-spec-validator) for
# scripts/openapi-check.py, which Tests/SilkRouteServerTests runs with .build/openapi-venv/bin/python3,
# and schemathesis for scripts/schemathesis.sh (CI). The venv is made again when it is missing, broken
# or its requirements file changed.
venv=.build/openapi-venv
requirements=scripts/openapi-check-requirements.txt
if ! cmp -s "$requirements" "$venv/requirements.txt" \
  || ! "$venv/bin/python3" -c 'import importlib.util as u, sys
sys.exit(not all(u.find_spec(m) for m in ("jsonschema", "openapi_spec_validator", "referencing", "schemathesis")))' 2>/dev/null; then
  echo "setup: installing $(grep -v '^#' "$requirements" | tr '\n' ' ')into $venv" >&2
  rm -rf "$venv"
  mkdir -p .build
  python3 -m venv "$venv"
  "$venv/bin/python3" -m pip install --quiet --disable-pip-version-check -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
fi
