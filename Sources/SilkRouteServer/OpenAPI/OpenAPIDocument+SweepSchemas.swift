extension OpenAPIDocument {
  /// The schema of a departure sweep, the response's `departureSweep` (the request's
  /// `departWindow` is in `RouteOptions`).
  static let sweepSchemas = #"""
          "DepartureSweep": {
            "description": "`DepartureSweep` (SilkRouteAPI): one row per departure of the window, and the best departure per objective among the rows' routes (each the best under `objective`); ties go to the earliest departure.",
            "type": "object", "additionalProperties": false, "required": ["objective", "everyMinutes", "rows", "best"],
            "properties": {
              "objective": {"enum": ["cheapest", "fastest", "greenest"], "description": "The objective each row's route is best under."},
              "everyMinutes": {"type": "integer", "minimum": 1},
              "rows": {"type": "array", "items": {
                "description": "A departure: its route's arrival, cost, door-to-door time (waiting for the first service included) and CO2e, and the route; or, without a route, `noRoute` saying why.",
                "type": "object", "additionalProperties": false, "required": ["departure"],
                "properties": {
                  "departure": {"$ref": "#/components/schemas/Instant"},
                  "arrival": {"$ref": "#/components/schemas/Instant"},
                  "costCents": {"$ref": "#/components/schemas/Cents"},
                  "timeMinutes": {"$ref": "#/components/schemas/Minutes"},
                  "co2Grams": {"$ref": "#/components/schemas/Grams"},
                  "itinerary": {"$ref": "#/components/schemas/Itinerary"},
                  "noRoute": {"type": "string"}
                }}},
              "best": {
                "description": "The departure of the cheapest, fastest and greenest route among the rows, and of the earliest arrival; absent when no departure has a route.",
                "type": "object", "additionalProperties": false,
                "properties": {
                  "cheapest": {"$ref": "#/components/schemas/Instant"},
                  "fastest": {"$ref": "#/components/schemas/Instant"},
                  "greenest": {"$ref": "#/components/schemas/Instant"},
                  "earliestArrival": {"$ref": "#/components/schemas/Instant"}
                }
              }
            }
          },
    """#
}
