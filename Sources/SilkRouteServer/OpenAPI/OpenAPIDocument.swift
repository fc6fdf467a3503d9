/// The OpenAPI 3.1 description served at `GET /openapi.json`: the one place the HTTP contract is
/// written down.
///
/// It is JSON written by hand, in one raw string, rather than built in Swift: Codable cannot be
/// turned into JSON Schema without reflection, so a builder would be hand-written too, only in a
/// notation no OpenAPI tool reads; as a string, the bytes reviewed here are the bytes served, and
/// they can be pasted into any validator. What keeps it true is the test suite, not the notation:
/// `OpenAPIConformanceTests` sends every endpoint its successes and each kind of error, and
/// `scripts/openapi-check.py` validates the document (openapi-spec-validator) and every response
/// body against the schema of its operation, status and content type (jsonschema). Response
/// schemas say `additionalProperties: false` and list as `required` every key the encoder always
/// writes, so a field added to a Codable type (or a new `step` kind) fails that test until it is
/// documented here.
///
/// Schemas are named after the Swift types they describe (`Itinerary`, `Leg`, `TransferStep`,
/// `DocumentPlan`, `BillOfLadingDraft`…; `City` is `CityListing`, `Problem` is ``ProblemDetails``).
enum OpenAPIDocument {
  static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "SilkRoute",
        "version": "1",
        "summary": "Multimodal freight routes on the China-SCO (SCODA) logistics network.",
        "description": "Money is in US cents, time in minutes, CO2e in grams, distance in kilometres (integers); instants are ISO 8601 UTC minutes (`2026-12-01T08:00Z`). Unknown JSON fields in a request body are ignored. Errors are RFC 9457 problem details (application/problem+json) whose `type` is a `urn:silkroute:problem:` URN and whose `field` names the offending request field by its JSON path. A request the planner cannot answer (unknown or ambiguous city, no route, search too large, over its time budget) is 422, not 404: the resource /v1/routes exists, the content cannot be processed. Every route request has a budget (the server's `--search-time-limit`, 5 s by default, and `--search-label-limit` labels per search); heavy requests (a Pareto front, alternatives, `arriveBy`, via points) run a bounded number at a time, and one that cannot get a search thread in time is refused with 503 and `Retry-After`. The body must arrive within `--body-timeout` (10 s by default; 408 otherwise). An unknown path answers 404 (`#/components/responses/NotFound`), a known path with another method 405 with `Allow` (`#/components/responses/MethodNotAllowed`). HEAD answers wherever GET does, with the GET's headers and no body. Response schemas forbid keys they do not list: the server's tests validate every response they receive against this document."
      },
      "servers": [{"url": "http://127.0.0.1:8080"}],
      "paths": {
        "/v1/routes": {
          "post": {
            "operationId": "route",
            "summary": "Quote a shipment: the best route, a Pareto front or alternatives.",
            "description": "With `pareto` the response holds `paretoFront` and `paretoCriteria`; with `alternatives`, `alternatives`; otherwise `itinerary`. The body may be at most 65536 bytes and must arrive within the server's body timeout.",
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RouteRequest"},
                "example": {"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": 1}, "objective": "cheapest"}}}
            },
            "responses": {
              "200": {"description": "The quote, stamped with the API and data versions.",
                "headers": {"Server-Timing": {"$ref": "#/components/headers/ServerTiming"}},
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RouteResponse"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "408": {"$ref": "#/components/responses/RequestTimeout"},
              "413": {"$ref": "#/components/responses/ContentTooLarge"},
              "422": {"$ref": "#/components/responses/UnprocessableContent"},
              "500": {"$ref": "#/components/responses/InternalError"},
              "503": {"$ref": "#/components/responses/ServiceUnavailable"}
            }
          }
        },
        "/v1/names": {
          "get": {
            "operationId": "names",
            "summary": "Every country, carrier, border crossing or strait, and place a request may name (besides cities: /v1/cities).",
            "responses": {
              "200": {"description": "The names by kind, in data order.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NameCatalog"}}}}
            }
          },
          "head": {
            "operationId": "namesHead",
            "summary": "The headers of GET /v1/names.",
            "responses": {"200": {"$ref": "#/components/responses/HeadOK"}}
          }
        },
        "/v1/cities": {
          "get": {
            "operationId": "cities",
            "summary": "The cities of the network and their terminals.",
            "responses": {
              "200": {"description": "Every city, in data order.",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/City"}}}}}
            }
          },
          "head": {
            "operationId": "citiesHead",
            "summary": "The headers of GET /v1/cities.",
            "responses": {"200": {"$ref": "#/components/responses/HeadOK"}}
          }
        },
        "/v1/network.svg": {
          "get": {
            "operationId": "networkSVG",
            "summary": "The whole network as a map (SVG, rendered by Graphviz at start-up).",
            "responses": {
              "200": {"description": "The map.", "content": {"image/svg+xml": {"schema": {"type": "string"}}}},
              "500": {"$ref": "#/components/responses/InternalError"}
            }
          },
          "head": {
            "operationId": "networkSVGHead",
            "summary": "The headers of GET /v1/network.svg.",
            "responses": {"200": {"$ref": "#/components/responses/HeadOK"}, "500": {"$ref": "#/components/responses/HeadFailed"}}
          }
        },
        "/v1/network.geojson": {
          "get": {
            "operationId": "networkGeoJSON",
            "summary": "The whole network as an RFC 7946 FeatureCollection: terminals as points, services and transfers between cities as line strings.",
            "responses": {
              "200": {"description": "The network.",
                "content": {"application/geo+json": {"schema": {"$ref": "#/components/schemas/NetworkFeatureCollection"}}}},
              "500": {"$ref": "#/components/responses/InternalError"}
            }
          },
          "head": {
            "operationId": "networkGeoJSONHead",
            "summary": "The headers of GET /v1/network.geojson.",
            "responses": {"200": {"$ref": "#/components/responses/HeadOK"}, "500": {"$ref": "#/components/responses/HeadFailed"}}
          }
        },
        "/healthz": {
          "get": {
            "operationId": "health",
            "summary": "Liveness, with the API and data versions.",
            "responses": {
              "200": {"description": "Up.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}
            }
          },
          "head": {
            "operationId": "healthHead",
            "summary": "Liveness without a body.",
            "responses": {"200": {"$ref": "#/components/responses/HeadOK"}}
          }
        },
        "/openapi.json": {
          "get": {
            "operationId": "openAPI",
            "summary": "This document.",
            "responses": {
              "200": {"description": "OpenAPI 3.1.",
                "content": {"application/json": {"schema": {"type": "object", "required": ["openapi", "info", "paths", "components"],
                  "properties": {"openapi": {"const": "3.1.0"}}}}}}
            }
          },
          "head": {
            "operationId": "openAPIHead",
            "summary": "The headers of GET /openapi.json.",
            "responses": {"200": {"$ref": "#/components/responses/HeadOK"}}
          }
        }
      },
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
                "urn:silkroute:problem:budget-exceeded", "urn:silkroute:problem:unsupported-combination"]}}}]}}}
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
            "allOf": [
              {"not": {"required": ["pareto", "alternatives"]}},
              {"if": {"required": ["arriveBy"]}, "then": {
                "not": {"anyOf": [{"required": ["depart"]}, {"required": ["pareto"]}, {"required": ["alternatives"]},
                  {"required": ["constraints"], "properties": {"constraints": {"anyOf": [{"required": ["deadline"]}, {"required": ["maxDurationMinutes"]}]}}}]}}},
              {"if": {"required": ["billOfLadingDraft"], "properties": {"billOfLadingDraft": {"const": true}}}, "then": {
                "not": {"anyOf": [{"required": ["pareto"]}, {"required": ["alternatives"]}]}}},
              {"if": {"required": ["constraints"], "properties": {"constraints": {"required": ["deadline"]}}}, "then": {"required": ["depart"]}}
            ],
            "description": "`RouteRequest` (SilkRouteAPI): the one request model; `silkroute route` maps its flags onto the same fields (README, \"One request, every front-end\"). Unknown fields, at any depth, are accepted so that a client may send fields of a later API version, and the response lists each in `warnings`. Combinations that cannot be answered are refused with 422 `unsupported-combination` naming both fields: `pareto` with `alternatives`; `arriveBy` with `depart`, `pareto`, `alternatives`, `constraints.deadline` or `constraints.maxDurationMinutes`; `billOfLadingDraft` with `pareto` or `alternatives`; `constraints.deadline` without `depart` or with `constraints.maxDurationMinutes`.",
            "properties": {
              "from": {"type": "string", "minLength": 1, "description": "City name, id, alias or UN/LOCODE (case, diacritics and punctuation ignored)."},
              "to": {"type": "string", "minLength": 1},
              "cargo": {
                "type": "object", "required": ["unit", "count"], "additionalProperties": true,
                "if": {"properties": {"unit": {"pattern": "^[Kk][Gg]$"}}}, "else": {"properties": {"count": {"maximum": 10000}}},
                "properties": {
                  "unit": {"type": "string", "pattern": "^([Tt][Ee][Uu]|[Ff][Ee][Uu]|[Kk][Gg])$", "description": "`TEU`, `FEU` or `kg`, case ignored. Default: 1 FEU."},
                  "count": {"type": "integer", "minimum": 1, "maximum": 100000000, "description": "Containers for TEU/FEU (at most 10,000), kilograms for kg (at most 100,000,000)."},
                  "cargoClass": {"enum": ["general", "reefer", "dangerous", "ecommerce"]},
                  "declaredValueUSD": {"type": "string", "pattern": "^[0-9]{1,12}(\\.[0-9]{1,2})?$", "description": "Declared value of the goods: each leg's liability limit is shown against it."}
                }
              },
              "objective": {"enum": ["cheapest", "fastest", "greenest"], "default": "cheapest", "description": "Also orders a Pareto front and ranks alternatives."},
              "pareto": {"type": "array", "minItems": 2, "items": {"$ref": "#/components/schemas/Criterion"},
                "allOf": [{"not": {"items": {"const": "cost"}}}, {"not": {"items": {"const": "time"}}}, {"not": {"items": {"const": "co2"}}}, {"not": {"items": {"const": "documents"}}}],
                "description": "Two or more different criteria (a repeated one counts once). With it the response holds `paretoFront`, ordered by the objective."},
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
              "billOfLadingDraft": {"type": "boolean", "description": "Also draft the multimodal transport document (FIATA FBL fields) for the route."}
            }
          },
          "RouteResponse": {
            "description": "`RouteResponse` (SilkRouteAPI): the answer, stamped so that a booking can be reproduced.",
            "type": "object",
            "additionalProperties": false,
            "required": ["apiVersion", "dataVersion"],
            "dependentRequired": {"paretoFront": ["paretoCriteria"], "paretoCriteria": ["paretoFront"]},
            "properties": {
              "apiVersion": {"const": "1"},
              "dataVersion": {"type": "string", "description": "Content hash of the dataset."},
              "dataAsOf": {"type": "string", "description": "The dataset edition's as-of date: the date its network and tariffs describe."},
              "networkDate": {"type": "string", "description": "The date whose network the answer uses: the request's `asOf`, else the departure's date, else `dataAsOf`."},
              "tariffDates": {
                "description": "Earliest and latest tariff date of the services used (ISO dates), when known.",
                "type": "object", "additionalProperties": false, "required": ["earliest", "latest"],
                "properties": {"earliest": {"type": "string"}, "latest": {"type": "string"}}
              },
              "itinerary": {"$ref": "#/components/schemas/Itinerary"},
              "paretoFront": {"type": "array", "items": {"$ref": "#/components/schemas/Itinerary"}},
              "paretoCriteria": {"type": "array", "items": {"$ref": "#/components/schemas/Criterion"}},
              "alternatives": {"type": "array", "items": {"$ref": "#/components/schemas/AlternativeRoute"}},
              "disruption": {"$ref": "#/components/schemas/DisruptionImpact"},
              "billOfLadingDraft": {"$ref": "#/components/schemas/BillOfLadingDraft"},
              "warnings": {"type": "array", "description": "Fields of the request accepted but not applied (unknown to this API version).",
                "items": {"type": "object", "additionalProperties": false, "required": ["field", "message"],
                  "properties": {"field": {"type": "string", "description": "JSON path, e.g. `constraints.maxCo2Grams`."}, "message": {"type": "string"}}}}
            }
          },
          "Itinerary": {
            "description": "`Itinerary`: the steps in travel order, the totals and the document plan, as `silkroute route --format json` prints them.",
            "type": "object",
            "additionalProperties": false,
            "required": ["origin", "destination", "cargo", "objective", "steps", "totals"],
            "properties": {
              "origin": {"$ref": "#/components/schemas/CityRef"},
              "destination": {"$ref": "#/components/schemas/CityRef"},
              "cargo": {"$ref": "#/components/schemas/Cargo"},
              "objective": {"enum": ["cheapest", "fastest", "greenest"]},
              "steps": {"type": "array", "items": {"$ref": "#/components/schemas/ItineraryStep"}},
              "totals": {"$ref": "#/components/schemas/Totals"},
              "departure": {"$ref": "#/components/schemas/Instant", "description": "When the cargo was ready at the origin (queries with `depart`)."},
              "arrival": {"$ref": "#/components/schemas/Instant", "description": "When it reaches the destination (queries with `depart`)."},
              "documentPlan": {"$ref": "#/components/schemas/DocumentPlan"}
            }
          },
          "ItineraryStep": {
            "description": "`ItineraryStep`: one step's own fields plus `step` naming its kind. The steps add up to the totals: cost is the sum of the steps' costs, time the sum of their times plus every leg's `waitMinutes`, CO2 the sum of the legs' CO2.",
            "oneOf": [
              {"$ref": "#/components/schemas/FeeStep"},
              {"$ref": "#/components/schemas/Leg"},
              {"$ref": "#/components/schemas/TransferStep"},
              {"$ref": "#/components/schemas/BorderStep"},
              {"$ref": "#/components/schemas/DocumentStep"}
            ],
            "discriminator": {
              "propertyName": "step",
              "mapping": {
                "fee": "#/components/schemas/FeeStep",
                "leg": "#/components/schemas/Leg",
                "transfer": "#/components/schemas/TransferStep",
                "border": "#/components/schemas/BorderStep",
                "document": "#/components/schemas/DocumentStep"
              }
            }
          },
          "Leg": {
            "description": "Travel on one service.",
            "type": "object",
            "additionalProperties": false,
            "required": ["step", "service", "mode", "carrier", "carrierName", "from", "to", "distanceKm", "timeMinutes", "costCents",
              "co2Grams", "passages", "waitMinutes", "document"],
            "properties": {
              "step": {"const": "leg"},
              "service": {"type": "string"},
              "mode": {"$ref": "#/components/schemas/Mode"},
              "carrier": {"type": "string"},
              "carrierName": {"type": "string"},
              "from": {"$ref": "#/components/schemas/TerminalRef"},
              "to": {"$ref": "#/components/schemas/TerminalRef"},
              "distanceKm": {"$ref": "#/components/schemas/Kilometres"},
              "timeMinutes": {"$ref": "#/components/schemas/Minutes"},
              "costCents": {"$ref": "#/components/schemas/Cents"},
              "co2Grams": {"$ref": "#/components/schemas/Grams"},
              "passages": {"type": "array", "items": {"type": "string"}, "description": "Straits, canals and border passages on the way."},
              "departsAt": {"$ref": "#/components/schemas/Instant", "description": "Scheduled departure (timetabled queries)."},
              "arrivesAt": {"$ref": "#/components/schemas/Instant"},
              "waitMinutes": {"$ref": "#/components/schemas/Minutes", "description": "Waiting for this departure: in the route's time, not in `timeMinutes`."},
              "document": {"$ref": "#/components/schemas/DocumentRegime"}
            }
          },
          "TransferStep": {
            "description": "Handling between two terminals (mode change, gauge change, transshipment).",
            "type": "object",
            "additionalProperties": false,
            "required": ["step", "transfer", "kind", "from", "to", "timeMinutes", "costCents"],
            "properties": {
              "step": {"const": "transfer"},
              "transfer": {"type": "string"},
              "kind": {"enum": ["mode-change", "gauge-change", "transshipment"]},
              "from": {"$ref": "#/components/schemas/TerminalRef"},
              "to": {"$ref": "#/components/schemas/TerminalRef"},
              "timeMinutes": {"$ref": "#/components/schemas/Minutes"},
              "costCents": {"$ref": "#/components/schemas/Cents"}
            }
          },
          "BorderStep": {
            "description": "Entry into another customs territory.",
            "type": "object",
            "additionalProperties": false,
            "required": ["step", "name", "kind", "fromTerritory", "toTerritory", "at", "timeMinutes", "costCents", "inTransit"],
            "properties": {
              "step": {"const": "border"},
              "name": {"type": "string"},
              "kind": {"enum": ["land", "entry"]},
              "fromTerritory": {"type": "string"},
              "toTerritory": {"type": "string"},
              "at": {"$ref": "#/components/schemas/CityRef", "description": "The city where clearance happens."},
              "timeMinutes": {"$ref": "#/components/schemas/Minutes"},
              "costCents": {"$ref": "#/components/schemas/Cents"},
              "inTransit": {"type": "boolean", "description": "Cleared as goods in transit (TIR, SMGS) rather than for import."}
            }
          },
          "FeeStep": {
            "description": "The multimodal transport operator's fee for a through B/L, charged at the place of receipt (always the first step of such a route).",
            "type": "object",
            "additionalProperties": false,
            "required": ["step", "operatorID", "operatorName", "at", "reason", "timeMinutes", "costCents"],
            "properties": {
              "step": {"const": "fee"},
              "operatorID": {"type": "string"},
              "operatorName": {"type": "string"},
              "at": {"$ref": "#/components/schemas/CityRef"},
              "reason": {"type": "string"},
              "timeMinutes": {"$ref": "#/components/schemas/Minutes"},
              "costCents": {"$ref": "#/components/schemas/Cents"}
            }
          },
          "DocumentStep": {
            "description": "A new transport document started in mid-route (re-consignment, a new carrier's document).",
            "type": "object",
            "additionalProperties": false,
            "required": ["step", "regime", "at", "reason", "timeMinutes", "costCents"],
            "properties": {
              "step": {"const": "document"},
              "regime": {"$ref": "#/components/schemas/DocumentRegime"},
              "at": {"$ref": "#/components/schemas/CityRef"},
              "reason": {"type": "string"},
              "timeMinutes": {"$ref": "#/components/schemas/Minutes"},
              "costCents": {"$ref": "#/components/schemas/Cents"}
            }
          },
          "Totals": {
            "type": "object",
            "additionalProperties": false,
            "required": ["costCents", "timeMinutes", "co2Grams", "distanceKm", "legs", "transfers", "borderCrossings", "documents", "modes"],
            "properties": {
              "costCents": {"$ref": "#/components/schemas/Cents"},
              "timeMinutes": {"$ref": "#/components/schemas/Minutes"},
              "co2Grams": {"$ref": "#/components/schemas/Grams"},
              "distanceKm": {"$ref": "#/components/schemas/Kilometres"},
              "legs": {"type": "integer", "minimum": 0},
              "transfers": {"type": "integer", "minimum": 0},
              "borderCrossings": {"type": "integer", "minimum": 0},
              "documents": {"type": "integer", "minimum": 0, "description": "Transport documents the cargo travels under."},
              "modes": {"type": "array", "items": {"$ref": "#/components/schemas/Mode"}, "description": "In travel order of first use."}
            }
          },
          "CityRef": {
            "type": "object",
            "additionalProperties": false,
            "required": ["id", "name", "country"],
            "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "country": {"type": "string"}}
          },
          "TerminalRef": {
            "type": "object",
            "additionalProperties": false,
            "required": ["id", "name", "mode", "city"],
            "properties": {
              "id": {"type": "string"},
              "name": {"type": "string"},
              "mode": {"$ref": "#/components/schemas/Mode"},
              "gaugeMm": {"type": "integer", "description": "Rail terminals only."},
              "city": {"$ref": "#/components/schemas/CityRef"}
            }
          },
          "Cargo": {
            "type": "object",
            "additionalProperties": false,
            "required": ["unit", "quantity", "cargoClass"],
            "properties": {
              "unit": {"enum": ["TEU", "FEU", "kg"]},
              "quantity": {"type": "integer", "minimum": 1, "description": "Containers for TEU/FEU, kilograms for kg."},
              "cargoClass": {"$ref": "#/components/schemas/CargoClass"},
              "declaredValue": {"$ref": "#/components/schemas/Cents"}
            }
          },
          "DocumentPlan": {
            "description": "Which transport documents the route travels under, who issues them, the liability of each leg and, when one through B/L is impossible, why.",
            "type": "object",
            "additionalProperties": false,
            "required": ["kind", "documents"],
            "properties": {
              "kind": {"enum": ["through-bl", "single-carrier-document", "segmented"]},
              "issuer": {"type": "string", "description": "The operator issuing the through B/L."},
              "documents": {"type": "array", "items": {"$ref": "#/components/schemas/TransportDocument"}},
              "reason": {"type": "string", "description": "Why one through B/L is impossible (segmented plans)."},
              "throughBillOfLadingAvailableFrom": {"type": "string"},
              "liability": {"$ref": "#/components/schemas/LiabilityExposure"}
            }
          },
          "TransportDocument": {
            "type": "object",
            "additionalProperties": false,
            "required": ["type", "issuer", "from", "to", "legs"],
            "properties": {
              "type": {"type": "string", "description": "`multimodal-bl` or a document regime id (`smgs`, `ocean-bl`…)."},
              "issuer": {"type": "string"},
              "from": {"$ref": "#/components/schemas/CityRef"},
              "to": {"$ref": "#/components/schemas/CityRef"},
              "legs": {"type": "array", "items": {"type": "integer", "minimum": 1}, "description": "1-based numbers of the legs it covers."},
              "underlying": {"type": "array", "items": {"$ref": "#/components/schemas/TransportDocument"},
                "description": "The carriers' own documents underneath a through B/L."}
            }
          },
          "LiabilityExposure": {
            "description": "Liability limits per leg (network system) against the declared value.",
            "type": "object",
            "additionalProperties": false,
            "required": ["legs"],
            "properties": {
              "declaredValueCents": {"$ref": "#/components/schemas/Cents"},
              "usdPerSDR": {"type": "string", "pattern": "^[0-9]+\\.[0-9]{1,4}$", "description": "US dollars per SDR from the dataset's edition; absent when the dataset states none (limits in SDR only)."},
              "sdrRateDate": {"type": "string", "description": "ISO date of the SDR rate."},
              "legs": {"type": "array", "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["leg", "regime", "convention"],
                "properties": {
                  "leg": {"type": "integer", "minimum": 1},
                  "regime": {"$ref": "#/components/schemas/DocumentRegime"},
                  "convention": {"type": "string"},
                  "limitSDR": {"type": "integer", "description": "Limit for the whole consignment in hundredths of an SDR."},
                  "limitCents": {"$ref": "#/components/schemas/Cents"},
                  "uncoveredCents": {"$ref": "#/components/schemas/Cents", "description": "Declared value minus the limit, when positive."}
                }
              }},
              "uninsuredGapCents": {"$ref": "#/components/schemas/Cents", "description": "The largest uncovered amount over the legs."}
            }
          },
          "AlternativeRoute": {
            "type": "object",
            "additionalProperties": false,
            "required": ["rank", "itinerary", "distinction"],
            "properties": {
              "rank": {"type": "integer", "minimum": 1},
              "itinerary": {"$ref": "#/components/schemas/Itinerary"},
              "distinction": {"type": "string", "description": "What sets it apart from the best route."}
            }
          },
          "DisruptionImpact": {
            "description": "The route in a disrupted network beside the undisrupted baseline.",
            "type": "object",
            "additionalProperties": false,
            "required": ["disrupted", "rerouted", "costChange", "timeChange", "co2Change"],
            "properties": {
              "baseline": {"$ref": "#/components/schemas/Itinerary"},
              "disrupted": {"$ref": "#/components/schemas/Itinerary"},
              "rerouted": {"type": "boolean"},
              "costChange": {"$ref": "#/components/schemas/Cents"},
              "timeChange": {"$ref": "#/components/schemas/Minutes"},
              "co2Change": {"$ref": "#/components/schemas/Grams"}
            }
          },
          "BillOfLadingDraft": {
            "description": "A draft FIATA FBL / UNCTAD-ICC multimodal transport document; parties are placeholders.",
            "type": "object",
            "additionalProperties": false,
            "required": ["documentType", "shipper", "consignee", "notifyParty", "placeOfReceipt", "placeOfDelivery",
              "dateOfTakingInCharge", "expectedDateOfDelivery", "intendedRoute", "modes", "placesOfTransshipment", "goods",
              "freight", "freightTotalCents", "numberOfOriginals", "liability"],
            "properties": {
              "documentType": {"type": "string"},
              "multimodalTransportOperator": {"type": "string"},
              "shipper": {"type": "string"},
              "consignee": {"type": "string"},
              "notifyParty": {"type": "string"},
              "placeOfReceipt": {"type": "string"},
              "placeOfDelivery": {"type": "string"},
              "dateOfTakingInCharge": {"type": "string", "description": "ISO 8601, or `to be advised`."},
              "expectedDateOfDelivery": {"type": "string"},
              "intendedRoute": {"type": "array", "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["mode", "carrier", "from", "to", "document"],
                "properties": {
                  "mode": {"$ref": "#/components/schemas/Mode"},
                  "carrier": {"type": "string"},
                  "from": {"type": "string"},
                  "to": {"type": "string"},
                  "document": {"$ref": "#/components/schemas/DocumentRegime"}
                }
              }},
              "modes": {"type": "array", "items": {"$ref": "#/components/schemas/Mode"}},
              "placesOfTransshipment": {"type": "array", "items": {"type": "string"}},
              "goods": {"type": "string"},
              "declaredValueCents": {"$ref": "#/components/schemas/Cents"},
              "freight": {"type": "array", "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["mode", "amountCents"],
                "properties": {"mode": {"type": "string"}, "amountCents": {"$ref": "#/components/schemas/Cents"}}
              }},
              "freightTotalCents": {"$ref": "#/components/schemas/Cents"},
              "numberOfOriginals": {"type": "integer", "minimum": 1},
              "liability": {"type": "string"},
              "warning": {"type": "string", "description": "Set when the draft is indicative only."}
            }
          },
          "City": {
            "description": "`CityListing`: a city and its terminals, as `silkroute cities --format json` prints it.",
            "type": "object",
            "additionalProperties": false,
            "required": ["id", "name", "country", "latitude", "longitude", "aliases", "status", "terminals"],
            "properties": {
              "id": {"type": "string"},
              "name": {"type": "string"},
              "country": {"type": "string", "description": "ISO 3166-1 alpha-2."},
              "latitude": {"type": "number", "minimum": -90, "maximum": 90},
              "longitude": {"type": "number", "minimum": -180, "maximum": 180},
              "locode": {"type": "string"},
              "aliases": {"type": "array", "items": {"type": "string"}},
              "status": {"enum": ["confirmed", "inferred"]},
              "terminals": {"type": "array", "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "mode", "name"],
                "properties": {
                  "id": {"type": "string"},
                  "mode": {"$ref": "#/components/schemas/Mode"},
                  "name": {"type": "string"},
                  "gaugeMm": {"type": "integer", "description": "Rail terminals only."}
                }
              }}
            }
          },
          "NetworkFeatureCollection": {
            "description": "RFC 7946 FeatureCollection of the whole network.",
            "type": "object",
            "additionalProperties": false,
            "required": ["type", "features"],
            "properties": {
              "type": {"const": "FeatureCollection"},
              "bbox": {"type": "array", "items": {"type": "number"}, "minItems": 4, "maxItems": 4, "description": "West, south, east, north."},
              "features": {"type": "array", "items": {"oneOf": [
                {"$ref": "#/components/schemas/TerminalFeature"},
                {"$ref": "#/components/schemas/ServiceFeature"},
                {"$ref": "#/components/schemas/TransferFeature"}
              ]}}
            }
          },
          "TerminalFeature": {
            "type": "object",
            "additionalProperties": false,
            "required": ["type", "id", "geometry", "properties"],
            "properties": {
              "type": {"const": "Feature"},
              "id": {"type": "string", "pattern": "^terminal:"},
              "geometry": {"$ref": "#/components/schemas/Point"},
              "properties": {
                "type": "object",
                "additionalProperties": false,
                "required": ["kind", "id", "name", "mode", "city", "city_name", "country", "marker-color", "marker-size"],
                "properties": {
                  "kind": {"const": "terminal"},
                  "id": {"type": "string"},
                  "name": {"type": "string"},
                  "mode": {"$ref": "#/components/schemas/Mode"},
                  "city": {"type": "string"},
                  "city_name": {"type": "string"},
                  "country": {"type": "string"},
                  "gauge_mm": {"type": "integer"},
                  "locode": {"type": "string"},
                  "marker-color": {"type": "string"},
                  "marker-size": {"enum": ["small", "medium", "large"]}
                }
              }
            }
          },
          "ServiceFeature": {
            "type": "object",
            "additionalProperties": false,
            "required": ["type", "id", "geometry", "properties"],
            "properties": {
              "type": {"const": "Feature"},
              "id": {"type": "string", "pattern": "^service:"},
              "geometry": {"$ref": "#/components/schemas/LineString"},
              "properties": {
                "type": "object",
                "additionalProperties": false,
                "required": ["kind", "id", "mode", "carrier", "carrier_name", "from", "to", "from_city", "to_city", "bidirectional",
                  "distance_km", "time_minutes", "time", "co2_g_per_tkm", "co2_kg_per_feu", "cost_usd_per_feu", "per_teu_usd",
                  "per_feu_usd", "per_kg_usd", "min_charge_usd", "cargo_classes", "passages", "line", "stroke", "stroke-width"],
                "properties": {
                  "kind": {"const": "service"},
                  "id": {"type": "string"},
                  "mode": {"$ref": "#/components/schemas/Mode"},
                  "carrier": {"type": "string"},
                  "carrier_name": {"type": "string"},
                  "from": {"type": "string"},
                  "to": {"type": "string"},
                  "from_city": {"type": "string"},
                  "to_city": {"type": "string"},
                  "bidirectional": {"type": "boolean"},
                  "distance_km": {"type": "integer"},
                  "time_minutes": {"type": "integer"},
                  "time": {"type": "string", "description": "Compact, e.g. `2d4h`."},
                  "co2_g_per_tkm": {"type": "integer"},
                  "co2_kg_per_feu": {"type": "number"},
                  "cost_usd_per_feu": {"type": ["number", "null"]},
                  "per_teu_usd": {"type": ["number", "null"]},
                  "per_feu_usd": {"type": ["number", "null"]},
                  "per_kg_usd": {"type": ["number", "null"]},
                  "min_charge_usd": {"type": ["number", "null"]},
                  "cargo_classes": {"type": "array", "items": {"$ref": "#/components/schemas/CargoClass"}},
                  "passages": {"type": "array", "items": {"type": "string"}},
                  "line": {"enum": ["sea-lanes", "great-circle", "straight"]},
                  "stroke": {"type": "string"},
                  "stroke-width": {"type": "integer"},
                  "tariff_date": {"type": "string"}
                }
              }
            }
          },
          "TransferFeature": {
            "type": "object",
            "additionalProperties": false,
            "required": ["type", "id", "geometry", "properties"],
            "properties": {
              "type": {"const": "Feature"},
              "id": {"type": "string", "pattern": "^transfer:"},
              "geometry": {"$ref": "#/components/schemas/LineString"},
              "properties": {
                "type": "object",
                "additionalProperties": false,
                "required": ["kind", "id", "transfer_kind", "from", "to", "time_minutes", "time", "cost_usd_per_feu", "stroke", "stroke-width"],
                "properties": {
                  "kind": {"const": "transfer"},
                  "id": {"type": "string"},
                  "transfer_kind": {"enum": ["mode-change", "gauge-change", "transshipment"]},
                  "from": {"type": "string"},
                  "to": {"type": "string"},
                  "time_minutes": {"type": "integer"},
                  "time": {"type": "string"},
                  "cost_usd_per_feu": {"type": ["number", "null"]},
                  "stroke": {"type": "string"},
                  "stroke-width": {"type": "integer"}
                }
              }
            }
          },
          "Position": {
            "description": "`[longitude, latitude]`, 5 decimals.",
            "type": "array", "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180}, {"type": "number", "minimum": -90, "maximum": 90}],
            "minItems": 2, "maxItems": 2
          },
          "Point": {
            "type": "object", "additionalProperties": false, "required": ["type", "coordinates"],
            "properties": {"type": {"const": "Point"}, "coordinates": {"$ref": "#/components/schemas/Position"}}
          },
          "LineString": {
            "type": "object", "additionalProperties": false, "required": ["type", "coordinates"],
            "properties": {"type": {"const": "LineString"}, "coordinates": {"type": "array", "minItems": 2, "items": {"$ref": "#/components/schemas/Position"}}}
          },
          "Mode": {"enum": ["sea", "rail", "road", "air"]},
          "DateTime": {
            "description": "An ISO 8601 instant to the minute: `2026-12-01T08:00Z`, `2026-12-01T16:00+08:00` or `+0800`, seconds `:00` allowed, or a date `2026-12-01` (midnight UTC). The offset is `Z` or ±hh:mm with hh ≤ 14; a day the month does not have (`2026-02-30`) is refused with 422.",
            "type": "string",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ]([01][0-9]|2[0-3]):[0-5][0-9](:00)?([Zz]|[+-](0[0-9]|1[0-4]):?[0-5][0-9]))?$"
          },
          "CargoClass": {"enum": ["general", "reefer", "dangerous", "ecommerce"]},
          "Criterion": {"enum": ["cost", "time", "co2", "documents"]},
          "DocumentRegime": {"enum": ["ocean-bl", "cim", "smgs", "cim-smgs", "cmr", "cmr-tir", "awb"]},
          "Cents": {"type": "integer", "description": "US cents."},
          "Minutes": {"type": "integer", "description": "Minutes."},
          "Grams": {"type": "integer", "description": "Grams of CO2e."},
          "Kilometres": {"type": "integer", "description": "Kilometres."},
          "Instant": {"type": "string", "pattern": "^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}Z$", "description": "ISO 8601 UTC to the minute."}
        }
      }
    }
    """#
}
