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
  /// The whole document, in the order it is served (each part is a run of its lines).
  static let json = [
    paths, webPagePaths, components, routeSchemas, sweepSchemas, emissionsSchemas, quoteSchemas,
    networkSchemas,
  ].joined(separator: "\n")

  /// The document's head (version, info, server) and its paths: one operation per endpoint (the
  /// web page's follow in ``webPagePaths``, which closes `paths`).
  static let paths = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "SilkRoute",
        "version": "1",
        "summary": "Multimodal freight routes on the China-SCO (SCODA) logistics network.",
        "description": "Money is in US cents, time in minutes, CO2e in grams, distance in kilometres (integers); instants are ISO 8601 UTC minutes (`2026-12-01T08:00Z`). Unknown JSON fields in a request body are ignored. Errors are RFC 9457 problem details (application/problem+json) whose `type` is a `urn:silkroute:problem:` URN and whose `field` names the offending request field by its JSON path. A request the planner cannot answer (unknown or ambiguous city, no route, search too large, over its time budget) is 422, not 404: the resource /v1/routes exists, the content cannot be processed. Every route request has a budget (the server's `--search-time-limit`, 5 s by default, and `--search-label-limit` labels per search); heavy requests (a Pareto front, alternatives, `arriveBy`, a departure sweep, via points) run a bounded number at a time, and one that cannot get a search thread in time is refused with 503 and `Retry-After`. The body must arrive within `--body-timeout` (10 s by default; 408 otherwise). An unknown path answers 404 (`#/components/responses/NotFound`), a known path with another method 405 with `Allow` (`#/components/responses/MethodNotAllowed`). HEAD answers wherever GET does, with the GET's headers and no body. Response schemas forbid keys they do not list: the server's tests validate every response they receive against this document."
      },
      "servers": [{"url": "http://127.0.0.1:8080"}],
      "paths": {
        "/v1/routes": {
          "post": {
            "operationId": "route",
            "summary": "Quote a shipment: the best route, a Pareto front or alternatives.",
            "description": "With `pareto` the response holds `paretoFront` and `paretoCriteria`; with `alternatives`, `alternatives`; with `departWindow`, `departureSweep`; otherwise `itinerary`. The body may be at most 65536 bytes and must arrive within the server's body timeout.",
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
        "/v1/matrix": {
          "post": {
            "operationId": "matrix",
            "summary": "An origin–destination matrix: one route request asked of every pair of cities, streamed as the cells finish.",
            "description": "Every cell is the answer `POST /v1/routes` gives its request (the same `RouteResponse`), or that answer's problem, and the other cells go on; a city's cell to itself is skipped. The matrix is checked before the first byte (a bad field, an unknown city of either list or another unknown name, more cells than the server's `--matrix-cell-limit`, 10,000 by default: 422). Its cells run on every core, in the order origin by origin, and are written as they finish (not in that order): JSON Lines (`application/jsonl`, one `MatrixLine` per cell), or CSV with `Accept: text/csv` (a header, then one row per route: `route` numbers the routes of a front or alternatives; or the cell's problem `detail` in `error`). Each cell keeps to the server's search limits, and the whole matrix to `--matrix-time-limit` (60 s by default): cells it stops carry `budget-exceeded`. A matrix waits for a heavy search thread like a Pareto front (503 with `Retry-After` past the queue timeout), and stops computing when the client goes away.",
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MatrixRequest"},
                "example": {"from": ["Jiaozhou", "Almaty"], "to": "all", "objective": "fastest"}}}
            },
            "responses": {
              "200": {"description": "The cells, as they finish.",
                "content": {
                  "application/jsonl": {"schema": {"$ref": "#/components/schemas/MatrixLine"}},
                  "text/csv": {"schema": {"type": "string", "pattern": "^from,to,route,cost_usd,time_minutes,co2_grams,distance_km,legs,transfers,documents,modes,error\\r\\n"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "408": {"$ref": "#/components/responses/RequestTimeout"},
              "413": {"$ref": "#/components/responses/ContentTooLarge"},
              "422": {"$ref": "#/components/responses/UnprocessableContent"},
              "500": {"$ref": "#/components/responses/InternalError"},
              "503": {"$ref": "#/components/responses/ServiceUnavailable"}
            }
          }
        },
        "/v1/batch": {
          "post": {
            "operationId": "batch",
            "summary": "Quote many shipments: one route request per line, answered in order, streamed as they finish.",
            "description": "The body is JSON Lines (`application/jsonl`: one `RouteRequest` per line, exactly as `POST /v1/routes` takes it; blank lines skipped) or a JSON array of them; each may carry an `id` (a string or number), echoed in its line. The answer is JSON Lines, one `BatchLine` per request in input order (`index` from 0, `line` of the body): the request's `RouteResponse` (the same as `POST /v1/routes` gives it) and its route's totals, or its problem (`field` the JSON path to blame), and the other requests go on. At most the server's `--matrix-cell-limit` requests (10,000 by default: 422 `batch-too-large` otherwise) in a body of at most 8 MiB (413). The batch runs like a matrix: on every core, each request under the server's search limits and the whole batch within `--matrix-time-limit` (later requests carry `budget-exceeded`); it waits for a heavy search thread (503 with `Retry-After`) and stops computing when the client goes away.",
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {"schema": {"description": "A JSON array of `BatchRequest`s (or JSON Lines, as with `application/jsonl`): any JSON is read, and an element that is not a `BatchRequest` (not an object, a field of the wrong type) is answered with its line's problem while the others go on; only a body that is not JSON (400 `malformed-json`) or is empty (400) is refused whole."},
                  "example": [{"id": "PO-1", "from": "Jiaozhou", "to": "Almaty"}, {"id": "PO-2", "from": "Xi'an", "to": "Duisburg", "objective": "fastest"}]},
                "application/jsonl": {"schema": {"description": "JSON Lines: one `BatchRequest` per line; a line that is not one is answered with its problem while the others go on."}}}
            },
            "responses": {
              "200": {"description": "One line per request, in input order, as they finish.",
                "content": {"application/jsonl": {"schema": {"$ref": "#/components/schemas/BatchLine"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "408": {"$ref": "#/components/responses/RequestTimeout"},
              "413": {"description": "The body is over the server's batch body limit (8 MiB by default).",
                "content": {"application/problem+json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Problem"},
                  {"properties": {"status": {"const": 413}, "type": {"const": "urn:silkroute:problem:body-too-large"}}}]}}}},
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
            "summary": "The whole network as a map (SVG, rendered by Graphviz).",
            "description": "Drawn on the first request, not at start-up, then kept: later requests get the same bytes, and requests that arrive while it is drawn wait for that one drawing (on a large network the first answer can take minutes). A network with more services than the server's `--diagram-service-limit` (20,000 by default) is never drawn whole: the answer is 403 `diagram-too-large`, whose detail says the limit and how to draw part of the network (`silkroute diagram` with `--mode`, `--country`, `--from` and `--hops`).",
            "responses": {
              "200": {"description": "The map.", "content": {"image/svg+xml": {"schema": {"type": "string"}}}},
              "403": {"$ref": "#/components/responses/DiagramTooLarge"},
              "500": {"$ref": "#/components/responses/InternalError"}
            }
          },
          "head": {
            "operationId": "networkSVGHead",
            "summary": "The headers of GET /v1/network.svg (drawing the map first if it is the first request).",
            "responses": {"200": {"$ref": "#/components/responses/HeadOK"}, "403": {"$ref": "#/components/responses/HeadRefused"},
              "500": {"$ref": "#/components/responses/HeadFailed"}}
          }
        },
        "/v1/network.geojson": {
          "get": {
            "operationId": "networkGeoJSON",
            "summary": "The whole network as an RFC 7946 FeatureCollection: terminals as points, services and transfers between cities as line strings.",
            "description": "Made on the first request, not at start-up, then kept: later requests get the same bytes.",
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
        "/v1/basemap.geojson": {
          "get": {
            "operationId": "basemapGeoJSON",
            "summary": "The land under the maps: the countries of Natural Earth 1:110m (public domain) as an RFC 7946 FeatureCollection of MultiPolygons, clipped to the network's part of the world and simplified.",
            "description": "The same land the SVG, PNG and PDF maps draw under the network (`Data/basemap.geojson`, compiled into the binary). Fixed bytes; draw it under `/v1/network.geojson`.",
            "responses": {
              "200": {"description": "The basemap.",
                "content": {"application/geo+json": {"schema": {"$ref": "#/components/schemas/BasemapFeatureCollection"}}}}
            }
          },
          "head": {
            "operationId": "basemapGeoJSONHead",
            "summary": "The headers of GET /v1/basemap.geojson.",
            "responses": {"200": {"$ref": "#/components/responses/HeadOK"}}
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
        },
    """#
}
