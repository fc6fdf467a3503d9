#!/usr/bin/env bash
# The whole test suite: everything in parallel, then the suites that assert latencies (request
# deadlines, budgets, load) on their own, so that the CPU-bound fuzzers and brute-force checks do
# not starve their clocks on a two-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
timed='RequestBodyTests|RequestFuzzTests|BookingServiceBudgetTests|ServerLoadTests|ServeUnderLoadTests|SearchLaneTests'
swift test --skip-build --skip "$timed"
swift test --skip-build --filter "$timed"
