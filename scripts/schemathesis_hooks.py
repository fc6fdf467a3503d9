"""Schemathesis hooks for scripts/schemathesis.sh.

A request the OpenAPI schema accepts must be answered, unless the planner refuses it for what no
JSON Schema can say: which names the network knows, whether a route exists, whether the search
fits its budget, the date checks a pattern cannot make (a day the month does not have, a
deadline not after the departure, a departure window that ends before it starts or holds more
than 366 departures), and sums across an array (the containers of a mixed cargo, 1 to 10,000 in
all). So `positive_data_acceptance` lets 422 through (see
schemathesis.toml) and this check narrows it to those refusals: any other 422 to a schema-valid
request (an unsupported combination, a field out of range) means the schema says less than the
server checks, and fails the run.
"""

import schemathesis

PLANNER_REFUSALS = {
    "urn:silkroute:problem:" + kind
    for kind in (
        "unknown-city",
        "ambiguous-city",
        "unknown-name",
        "same-origin-and-destination",
        "no-route",
        "search-too-large",
        "budget-exceeded",
        "invalid-query",
        "matrix-too-large",
    )
}

DATE_REFUSALS = (
    "is not an ISO 8601 date-time",
    "is not after the departure",
    "is not after the window's start",
    "holds more than",
)
SUM_REFUSALS = ("containers in all",)


@schemathesis.check
def schema_valid_requests_refused_only_by_the_planner(ctx, response, case):
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 422:
        return None
    problem = response.json()
    kind = problem.get("type", "")
    detail = problem.get("detail", "")
    if kind in PLANNER_REFUSALS:
        return None
    if kind == "urn:silkroute:problem:invalid-field" and any(
        words in detail for words in DATE_REFUSALS + SUM_REFUSALS
    ):
        return None
    raise AssertionError(
        f"a request the schema accepts was refused with {kind} ({problem.get('field')}): {detail}; "
        "the schema should refuse it too"
    )
