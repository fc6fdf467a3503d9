extension OpenAPIDocument {
  /// Components: the headers and shared responses (each kind of error), and the schemas of
  /// the requests and listings (`RouteRequest`, its `RouteOptions`, `MatrixRequest`, `MatrixLine`, `BatchRequest`, `BatchLine`,
  /// `NameCatalog`, `Problem`, `Health`).
  static let components = #"""
      "components": {
        "headers": {
          "ContentLength": {"description": "Length of the body the GET answers, in bytes.", "required": true, "schema": {"type": "integer", "minimum": 0}},
          "Allow": {"description": "The methods the path answers, e.g. `GET, HEAD`.", "required": true, "schema": {"type": "string"}},
          "ServerTiming": {"description": "`search;dur=12.3`: the milliseconds the answer took on its search thread (searches, itineraries, encoding), within the server's search budget; on every answer and planner refusal of POST /v1/routes.", "schema": {"type": "string", "pattern": "^search;dur=[0-9]+\\.[0-9]$"}},
          "RetryAfter": {"description": "Seconds to wait before trying again (with `overloaded`).", "schema": {"type": "string", "pattern": "^[0-9]+$"}}
        },
        "responses": {
          "HeadOK": {
            "description": "The GET's status and headers (content type, content length), no body.",
            "headers": {"Content-Length": {"$ref": "#/components/headers/ContentLength"}}
          },
          "HeadFailed": {"description": "The GET would answer a 500 problem; HEAD gives its headers, no body."},
          "HeadRefused": {"description": "The GET would answer a 403 problem; HEAD gives its headers, no body."},
          "DiagramTooLarge": {
            "description": "The network has more services than the server draws whole (`silkroute serve --diagram-service-limit`); the detail says how many, the limit, and how to draw part of the network with `silkroute diagram`.",
            "content": {"application/problem+json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Problem"},
              {"properties": {"status": {"const": 403}, "type": {"const": "urn:silkroute:problem:diagram-too-large"}}}]}}}
          },
          "BadRequest": {
            "description": "The body is not JSON or not a JSON object (`malformed-json`), or cannot be read as HTTP, e.g. a chunk size that is not hexadecimal (`malformed-body`: the connection is then closed).",
            "content": {"application/problem+json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Problem"},
              {"properties": {"status": {"const": 400}, "type": {"enum": ["urn:silkroute:problem:malformed-json", "urn:silkroute:problem:malformed-body"]}}}]}}}
          },
          "RequestTimeout": {
            "description": "The body did not arrive within the server's body timeout; the connection is closed.",
            "content": {"application/problem+json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Problem"},
              {"properties": {"status": {"const": 408}, "type": {"const": "urn:silkroute:problem:body-timeout"}}}]}}}
          },
          "ServiceUnavailable": {
            "description": "Every search thread of the request's kind is busy and it waited too long for one (`overloaded`, with `Retry-After`), or its search was cancelled because the client went away (`cancelled`).",
            "headers": {"Retry-After": {"$ref": "#/components/headers/RetryAfter"}},
            "content": {"application/problem+json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Problem"},
              {"properties": {"status": {"const": 503}, "type": {"enum": ["urn:silkroute:problem:overloaded", "urn:silkroute:problem:cancelled"]}}}]}}}
          },
          "NotFound": {
            "description": "No resource at this path.",
            "content": {"application/problem+json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Problem"},
              {"properties": {"status": {"const": 404}, "type": {"const": "about:blank"}}}]}}}
          },
          "MethodNotAllowed": {
            "description": "The path exists but not with this method; `Allow` lists the methods it answers.",
            "headers": {"Allow": {"$ref": "#/components/headers/Allow"}},
            "content": {"application/problem+json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Problem"},
              {"properties": {"status": {"const": 405}, "type": {"const": "about:blank"}}}]}}}
          },
          "ContentTooLarge": {
            "description": "The body is over 65536 bytes.",
            "content": {"application/problem+json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Problem"},
              {"properties": {"status": {"const": 413}, "type": {"const": "urn:silkroute:problem:body-too-large"}}}]}}}
          },
          "UnprocessableContent": {
            "headers": {"Server-Timing": {"$ref": "#/components/headers/ServerTiming"}},
            "description": "A field is missing, of the wrong type or invalid (`field` names it), two fields cannot be combined (`unsupported-combination`: `field` names one, `detail` both), or the planner has no answer: unknown or ambiguous city (`field` is `from`, `to` or `constraints.via[i]`), same origin and destination, no route, unknown name, invalid query, search too large (past the label limit), over its time budget (`budget-exceeded`).",
            "content": {"application/problem+json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Problem"},
              {"properties": {"status": {"const": 422}, "type": {"enum": [
                "urn:silkroute:problem:invalid-field", "urn:silkroute:problem:unknown-city", "urn:silkroute:problem:ambiguous-city",
                "urn:silkroute:problem:same-origin-and-destination", "urn:silkroute:problem:no-route", "urn:silkroute:problem:unknown-name",
                "urn:silkroute:problem:invalid-query", "urn:silkroute:problem:search-too-large",
                "urn:silkroute:problem:budget-exceeded", "urn:silkroute:problem:unsupported-combination",
                "urn:silkroute:problem:matrix-too-large", "urn:silkroute:problem:batch-too-large"]}}}]}}}
          },
          "InternalError": {
            "description": "The server could not answer; the detail reveals no internals.",
            "content": {"application/problem+json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Problem"},
              {"properties": {"status": {"const": 500}, "type": {"enum": [
                "urn:silkroute:problem:internal", "urn:silkroute:problem:diagram-failed", "urn:silkroute:problem:export-failed"]}}}]}}}
          }
        },
        "schemas": {
          "NameCatalog": {
            "description": "`NameListing.Catalog` (SilkRouteAPI): what `constraints.avoidCountries`, `constraints.avoidCarriers`, `constraints.avoidCrossings` and `disruptions` may name (an id or the name).",
            "type": "object", "additionalProperties": false, "required": ["countries", "carriers", "crossings", "places"],
            "properties": {
              "countries": {"type": "array", "items": {"$ref": "#/components/schemas/NameListing"}},
              "carriers": {"type": "array", "items": {"$ref": "#/components/schemas/NameListing"}},
              "crossings": {"type": "array", "items": {"$ref": "#/components/schemas/NameListing"}},
              "places": {"type": "array", "items": {"$ref": "#/components/schemas/NameListing"}}
            }
          },
          "NameListing": {
            "type": "object", "additionalProperties": false, "required": ["id", "name", "type"],
            "properties": {
              "id": {"type": "string"}, "name": {"type": "string"},
              "type": {"enum": ["country", "carrier", "border-crossing", "strait", "city", "terminal", "service", "transfer"]}
            }
          },
          "Problem": {
            "description": "RFC 9457 problem details (`ProblemDetails`).",
            "type": "object",
            "additionalProperties": false,
            "required": ["type", "title", "status", "detail"],
            "properties": {
              "type": {"type": "string", "description": "A `urn:silkroute:problem:…` URN or `about:blank`."},
              "title": {"type": "string"},
              "status": {"type": "integer"},
              "detail": {"type": "string"},
              "field": {"type": "string", "description": "JSON path of the request field at fault, e.g. `cargo.unit` or `constraints.via[0]`."}
            }
          },
          "Health": {
            "type": "object",
            "additionalProperties": false,
            "required": ["status", "apiVersion", "dataVersion"],
            "properties": {"status": {"const": "ok"}, "apiVersion": {"type": "string"}, "dataVersion": {"type": "string"}}
          },
          "RouteRequest": {
            "type": "object",
            "required": ["from", "to"],
            "additionalProperties": true,
            "description": "`RouteRequest` (SilkRouteAPI): the one request model; `silkroute route` maps its flags onto the same fields (README, \"One request, every front-end\"). Unknown fields, at any depth, are accepted so that a client may send fields of a later API version, and the response lists each in `warnings`. Combinations that cannot be answered are refused with 422 `unsupported-combination` naming both fields: `pareto` with `alternatives`; `arriveBy` with `depart`, `pareto`, `alternatives`, `constraints.deadline` or `constraints.maxDurationMinutes`; `billOfLadingDraft` with `pareto` or `alternatives`; `constraints.deadline` without `depart` or with `constraints.maxDurationMinutes`; `paretoEpsilon` without `pareto`; `departWindow` with `depart`, `arriveBy`, `pareto`, `alternatives`, `constraints.deadline` or `billOfLadingDraft`.",
            "allOf": [{"$ref": "#/components/schemas/RouteOptions"}],
            "properties": {
              "from": {"type": "string", "minLength": 1, "description": "City name, id, alias or UN/LOCODE (case, diacritics and punctuation ignored)."},
              "to": {"type": "string", "minLength": 1}
            }
          },
          "MatrixRequest": {
            "description": "`RouteMatrix` (SilkRouteAPI): a `RouteRequest` asked of every origin–destination pair, its `from` and `to` each `\"all\"` (every city) or a list of cities (each once; a city's cell to itself is skipped). Every field but `from` and `to` is the request's, with the same checks; a name the request shares with every cell (via, countries, carriers, crossings, places) or a city of either list that the network does not know is refused before any cell (`field` `from[1]`). A departure sweep (`departWindow`) is refused: a cell answers one departure.",
            "type": "object",
            "required": ["from", "to"],
            "additionalProperties": true,
            "allOf": [{"$ref": "#/components/schemas/RouteOptions"}],
            "properties": {
              "from": {"$ref": "#/components/schemas/CitySelection"},
              "to": {"$ref": "#/components/schemas/CitySelection"}
            }
          },
          "MatrixLine": {
            "description": "`MatrixLine` (SilkRouteAPI): one cell of a matrix, one line of `application/jsonl`: its cities (name and id) and either the cell's `RouteResponse` or its problem (as `POST /v1/routes` would answer the cell's request).",
            "type": "object", "additionalProperties": false, "required": ["from", "fromId", "to", "toId"],
            "oneOf": [{"required": ["response"]}, {"required": ["error"]}],
            "properties": {
              "from": {"type": "string"}, "fromId": {"type": "string"}, "to": {"type": "string"}, "toId": {"type": "string"},
              "response": {"$ref": "#/components/schemas/RouteResponse"},
              "error": {"$ref": "#/components/schemas/Problem"}
            }
          },
          "BatchRequest": {
            "description": "One request of a batch: a `RouteRequest` (every field as `POST /v1/routes` takes it) and an optional `id`, echoed in its `BatchLine`.",
            "type": "object",
            "additionalProperties": true,
            "allOf": [{"$ref": "#/components/schemas/RouteRequest"}],
            "properties": {"id": {"type": ["string", "number"]}}
          },
          "BatchLine": {
            "description": "`BatchLine` (SilkRouteAPI): one request of a batch, one line of `application/jsonl`: its position (`index` from 0; `line` of the body, absent for a JSON array), `id`, cities, `status`, and either its `RouteResponse` with its route's totals and summary (the route, else the first of the front or the alternatives) or its problem (as `POST /v1/routes` would answer the request; a line that is not a request: `malformed-json`, or `invalid-field` with `field`).",
            "type": "object", "additionalProperties": false, "required": ["index", "status"],
            "oneOf": [{"required": ["response"], "properties": {"status": {"const": "ok"}}},
              {"required": ["error"], "properties": {"status": {"const": "error"}}}],
            "properties": {
              "index": {"type": "integer", "minimum": 0}, "line": {"type": "integer", "minimum": 1},
              "id": {"type": "string"}, "from": {"type": "string"}, "to": {"type": "string"},
              "status": {"enum": ["ok", "error"]},
              "costCents": {"type": "integer"}, "timeMinutes": {"type": "integer"}, "co2Grams": {"type": "integer"},
              "route": {"type": "string"},
              "response": {"$ref": "#/components/schemas/RouteResponse"},
              "error": {"$ref": "#/components/schemas/Problem"}
            }
          },
          "CitySelection": {
            "description": "`CitySelection`: `\"all\"`, or cities by name, id, alias or UN/LOCODE.",
            "oneOf": [{"const": "all"}, {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}]
          },
          "RouteOptions": {
            "description": "The fields of a `RouteRequest` besides its cities, shared by `POST /v1/routes` and `POST /v1/matrix`.",
            "type": "object",
            "additionalProperties": true,
            "allOf": [
              {"not": {"required": ["pareto", "alternatives"]}},
              {"if": {"required": ["arriveBy"]}, "then": {
                "not": {"anyOf": [{"required": ["depart"]}, {"required": ["pareto"]}, {"required": ["alternatives"]},
                  {"required": ["constraints"], "properties": {"constraints": {"anyOf": [{"required": ["deadline"]}, {"required": ["maxDurationMinutes"]}]}}}]}}},
              {"if": {"required": ["billOfLadingDraft"], "properties": {"billOfLadingDraft": {"const": true}}}, "then": {
                "not": {"anyOf": [{"required": ["pareto"]}, {"required": ["alternatives"]}]}}},
              {"if": {"required": ["constraints"], "properties": {"constraints": {"required": ["deadline"]}}}, "then": {"required": ["depart"]}},
              {"if": {"required": ["paretoEpsilon"]}, "then": {"required": ["pareto"]}},
              {"if": {"required": ["departWindow"]}, "then": {
                "not": {"anyOf": [{"required": ["depart"]}, {"required": ["arriveBy"]}, {"required": ["pareto"]}, {"required": ["alternatives"]},
                  {"required": ["constraints"], "properties": {"constraints": {"required": ["deadline"]}}},
                  {"required": ["billOfLadingDraft"], "properties": {"billOfLadingDraft": {"const": true}}}]}}}
            ],
            "properties": {
              "cargo": {
                "type": "object", "anyOf": [{"required": ["unit", "count"], "not": {"required": ["items"]}}, {"required": ["items"], "not": {"anyOf": [{"required": ["unit"]}, {"required": ["count"]}]}}], "additionalProperties": true,
                "if": {"properties": {"unit": {"pattern": "^[Kk][Gg]$"}}}, "else": {"properties": {"count": {"maximum": 10000}}},
                "properties": {
                  "unit": {"type": "string", "pattern": "^([Tt][Ee][Uu]|[Ff][Ee][Uu]|[Kk][Gg])$", "description": "`TEU`, `FEU` or `kg`, case ignored. Default: 1 FEU."},
                  "count": {"type": "integer", "minimum": 1, "maximum": 100000000, "description": "Containers for TEU/FEU (at most 10,000), kilograms for kg (at most 100,000,000)."},
                  "cargoClass": {"enum": ["general", "reefer", "dangerous", "ecommerce"]},
                  "declaredValueUSD": {"type": "string", "pattern": "^[0-9]{1,12}(\\.[0-9]{1,2})?$", "description": "Declared value of the goods: each leg's liability limit is shown against it."},
                  "items": {"type": "array", "minItems": 1, "description": "Mixed equipment instead of `unit` and `count` (not both: 422): each container type priced at its own rate on each leg, per-kg legs on the total payload, CO2 on the total payload.", "items": {"type": "object", "required": ["unit", "count"], "additionalProperties": true, "properties": {"unit": {"type": "string", "pattern": "^([Tt][Ee][Uu]|[Ff][Ee][Uu])$"}, "count": {"type": "integer", "minimum": 1, "maximum": 10000}}}}
                }
              },
              "objective": {"enum": ["cheapest", "fastest", "greenest"], "default": "cheapest", "description": "Also orders a Pareto front and ranks alternatives."},
              "pareto": {"type": "array", "minItems": 2, "items": {"$ref": "#/components/schemas/Criterion"},
                "allOf": [{"not": {"items": {"const": "cost"}}}, {"not": {"items": {"const": "time"}}}, {"not": {"items": {"const": "co2"}}}, {"not": {"items": {"const": "documents"}}}],
                "description": "Two or more different criteria (a repeated one counts once). With it the response holds `paretoFront`, ordered by the objective."},
              "paretoEpsilon": {"type": "number", "exclusiveMinimum": 0, "maximum": 10, "description": "With `pareto`: an ε-approximate front instead of the exact one — every Pareto-optimal route is within a factor 1 + E of a route listed, in every criterion — stated in the response's `paretoApproximation`. Decimals past the sixth are dropped; below 0.000001 the exact front is answered, with a warning."},
              "alternatives": {"type": "integer", "minimum": 1, "maximum": 20, "description": "With it the response holds `alternatives`."},
              "depart": {"$ref": "#/components/schemas/DateTime", "description": "Ready time at the origin, e.g. 2026-12-01T08:00Z: timetabled waiting counts."},
              "arriveBy": {"$ref": "#/components/schemas/DateTime", "description": "At the destination: the best route under the objective that arrives in time, departing as late as possible (with `fastest`: the latest departure that arrives in time)."},
              "asOf": {"$ref": "#/components/schemas/DateTime", "description": "A date (2021-06-01): route on the network as it was or is planned on that day (only services, transfers and crossings valid then). Default: the departure's date, else the dataset's as-of date."},
              "constraints": {
                "type": "object", "additionalProperties": true,
                "not": {"required": ["deadline", "maxDurationMinutes"]},
                "properties": {
                  "avoidCountries": {"type": "array", "items": {"type": "string", "minLength": 1}},
                  "avoidModes": {"type": "array", "items": {"$ref": "#/components/schemas/Mode"}},
                  "avoidCarriers": {"type": "array", "items": {"type": "string", "minLength": 1}},
                  "avoidCrossings": {"type": "array", "items": {"type": "string", "minLength": 1}},
                  "via": {"type": "array", "items": {"type": "string", "minLength": 1}},
                  "maxLegs": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807},
                  "maxTransfers": {"type": "integer", "minimum": 0, "maximum": 9223372036854775807},
                  "budgetUSD": {"type": "string", "pattern": "^[0-9]{1,12}(\\.[0-9]{1,2})?$"},
                  "maxDurationMinutes": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807, "description": "Longest door-to-door time, waits included."},
                  "deadline": {"$ref": "#/components/schemas/DateTime", "description": "Arrive by this instant (needs `depart`)."},
                  "singleBillOfLading": {"type": "boolean", "description": "Only routes under one transport document."}
                }
              },
              "disruptions": {
                "type": "object", "additionalProperties": true,
                "description": "A what-if: single-route answers carry `disruption`, the change against the undisrupted network; fronts and alternatives are those of the disrupted network.",
                "properties": {
                  "close": {"type": "array", "items": {"type": "string", "minLength": 1}, "description": "Cities, terminals, services, transfers, border crossings (`Brest-Malaszewicze`) or straits (`Suez`)."},
                  "delays": {"type": "array", "items": {
                    "type": "object", "required": ["target", "delayMinutes"], "additionalProperties": true,
                    "properties": {"target": {"type": "string", "minLength": 1}, "delayMinutes": {"type": "integer", "minimum": 1, "maximum": 527040, "description": "At most a year (366 days)."}}}}
                }
              },
              "billOfLadingDraft": {"type": "boolean", "description": "Also draft the multimodal transport document (FIATA FBL fields) for the route."},
              "departWindow": {
                "description": "`RouteRequest.DepartWindowSpec`: a departure sweep — the best route under the objective for each departure from `from` to `to` (included when a step lands on it), every `everyMinutes`, each exactly the answer to the same request with `depart` set to it; at most 366 departures. With it the response holds `departureSweep` instead of `itinerary`. Not with `depart`, `arriveBy`, `pareto`, `alternatives`, `constraints.deadline` or `billOfLadingDraft` (422 naming both fields); `constraints.maxDurationMinutes` bounds each route. Not in a matrix.",
                "type": "object", "required": ["from", "to"], "additionalProperties": true,
                "properties": {
                  "from": {"$ref": "#/components/schemas/DateTime", "description": "The first departure: a date (midnight UTC) or date-time."},
                  "to": {"$ref": "#/components/schemas/DateTime", "description": "The last departure, after `from`."},
                  "everyMinutes": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807, "default": 1440, "description": "Minutes between departures (1440: daily)."}
                }
              },
              "currency": {"type": "string", "pattern": "^[A-Za-z]{3}$", "description": "ISO 4217 code (`EUR`, `CNY`, `RUB`, `KZT`…, any case): the response's `quote.currency` gives the amounts in it at the dated rate of `Data/exchange_rates.csv`. A code the data has no rate for is 422 `invalid-query` naming the closest. Budgets stay in US dollars."},
              "containerOffer": {"type": "boolean", "default": true, "description": "For a loose cargo (`kg`): also price it in the cheapest mix of TEU and FEU that carries its weight (28,180 kg a TEU, 26,730 kg an FEU), routed as the request asks, in the response's `containerOffer`. On unless false; single-route answers only (not fronts, alternatives or sweeps). CLI: `--no-container-offer`."}
            }
          },
    """#
}
