/// The OpenAPI 3.1 description served at `GET /openapi.json`, written by hand to match
/// ``ServerHandlers`` (the tests check that it parses and lists every ``ServerEndpoint``).
enum OpenAPIDocument {
  static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "SilkRoute",
        "version": "1",
        "summary": "Multimodal freight routes on the China-SCO (SCODA) logistics network.",
        "description": "Money is in US cents, time in minutes, CO2e in grams (integers). Unknown JSON fields in a request body are ignored. Errors are RFC 9457 problem details (application/problem+json) whose `type` is a `urn:silkroute:problem:` URN and whose `field` names the offending request field by its JSON path. A request the planner cannot answer (unknown or ambiguous city, no route, search too large) is 422, not 404: the resource /v1/routes exists, the content cannot be processed."
      },
      "servers": [{"url": "http://127.0.0.1:8080"}],
      "paths": {
        "/v1/routes": {
          "post": {
            "operationId": "route",
            "summary": "Quote a shipment: the best route, a Pareto front or alternatives.",
            "description": "With `pareto` the response holds `paretoFront`; with `alternatives`, `alternatives`; otherwise `itinerary`. The body may be at most 65536 bytes.",
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RouteRequest"},
                "example": {"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": 1}, "objective": "cheapest"}}}
            },
            "responses": {
              "200": {"description": "The quote, stamped with the API and data versions.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RouteResponse"}}}},
              "400": {"$ref": "#/components/responses/Problem"},
              "413": {"$ref": "#/components/responses/Problem"},
              "422": {"$ref": "#/components/responses/Problem"}
            }
          }
        },
        "/v1/cities": {
          "get": {
            "operationId": "cities",
            "summary": "The cities of the network and their terminals.",
            "responses": {
              "200": {"description": "Every city.",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/City"}}}}}
            }
          }
        },
        "/v1/network.svg": {
          "get": {
            "operationId": "networkSVG",
            "summary": "The whole network as a map (SVG, rendered by Graphviz).",
            "responses": {
              "200": {"description": "The map.", "content": {"image/svg+xml": {"schema": {"type": "string"}}}},
              "500": {"$ref": "#/components/responses/Problem"}
            }
          }
        },
        "/v1/network.geojson": {
          "get": {
            "operationId": "networkGeoJSON",
            "summary": "The whole network as an RFC 7946 FeatureCollection: terminals as points, services and transfers as line strings.",
            "responses": {
              "200": {"description": "The network.",
                "content": {"application/geo+json": {"schema": {"type": "object", "required": ["type", "features"],
                  "properties": {"type": {"const": "FeatureCollection"}, "features": {"type": "array", "items": {"type": "object"}}}}}}},
              "500": {"$ref": "#/components/responses/Problem"}
            }
          }
        },
        "/healthz": {
          "get": {
            "operationId": "health",
            "summary": "Liveness, with the API and data versions.",
            "responses": {
              "200": {"description": "Up.",
                "content": {"application/json": {"schema": {"type": "object", "required": ["status", "apiVersion", "dataVersion"],
                  "properties": {"status": {"const": "ok"}, "apiVersion": {"type": "string"}, "dataVersion": {"type": "string"}}}}}}
            }
          }
        },
        "/openapi.json": {
          "get": {
            "operationId": "openAPI",
            "summary": "This document.",
            "responses": {"200": {"description": "OpenAPI 3.1.", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        }
      },
      "components": {
        "responses": {
          "Problem": {
            "description": "An RFC 9457 problem. 400: the body is not JSON or not a JSON object. 413: the body is over 65536 bytes. 422: a field is missing, of the wrong type or invalid (`field` names it), or the planner has no answer (unknown or ambiguous city, no route, search too large). Unknown paths give 404, known paths with another method 405 (with `Allow`).",
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
          }
        },
        "schemas": {
          "Problem": {
            "type": "object",
            "required": ["type", "title", "status", "detail"],
            "properties": {
              "type": {"type": "string", "description": "`urn:silkroute:problem:…` (malformed-json, invalid-field, body-too-large, unknown-city, ambiguous-city, same-origin-and-destination, no-route, unknown-name, invalid-query, search-too-large, internal, diagram-failed, export-failed) or `about:blank`."},
              "title": {"type": "string"},
              "status": {"type": "integer"},
              "detail": {"type": "string"},
              "field": {"type": "string", "description": "JSON path of the request field at fault, e.g. `cargo.unit` or `constraints.via[0]`."}
            }
          },
          "RouteRequest": {
            "type": "object",
            "required": ["from", "to"],
            "additionalProperties": true,
            "properties": {
              "from": {"type": "string", "description": "City name, id or alias (case, diacritics and punctuation ignored)."},
              "to": {"type": "string"},
              "cargo": {
                "type": "object", "required": ["unit", "count"],
                "properties": {
                  "unit": {"enum": ["TEU", "FEU", "kg"], "description": "Case ignored. Default: 1 FEU."},
                  "count": {"type": "integer", "minimum": 1, "description": "Containers for TEU/FEU, kilograms for kg."},
                  "cargoClass": {"enum": ["general", "reefer", "dangerous", "ecommerce"]},
                  "declaredValueUSD": {"type": "string", "pattern": "^[0-9]{1,12}(\\.[0-9]{1,2})?$"}
                }
              },
              "objective": {"enum": ["cheapest", "fastest", "greenest"], "default": "cheapest"},
              "pareto": {"type": "array", "minItems": 2, "items": {"enum": ["cost", "time", "co2", "documents"]}},
              "alternatives": {"type": "integer", "minimum": 1, "maximum": 20},
              "depart": {"type": "string", "description": "ISO 8601 date-time, e.g. 2026-12-01T08:00Z: timetabled waiting counts."},
              "constraints": {
                "type": "object",
                "properties": {
                  "avoidCountries": {"type": "array", "items": {"type": "string"}},
                  "avoidModes": {"type": "array", "items": {"enum": ["sea", "rail", "road", "air"]}},
                  "avoidCarriers": {"type": "array", "items": {"type": "string"}},
                  "avoidCrossings": {"type": "array", "items": {"type": "string"}},
                  "via": {"type": "array", "items": {"type": "string"}},
                  "maxLegs": {"type": "integer", "minimum": 1},
                  "maxTransfers": {"type": "integer", "minimum": 0},
                  "budgetUSD": {"type": "string", "pattern": "^[0-9]{1,12}(\\.[0-9]{1,2})?$"},
                  "maxDurationMinutes": {"type": "integer", "minimum": 1},
                  "singleBillOfLading": {"type": "boolean"}
                }
              }
            }
          },
          "RouteResponse": {
            "type": "object",
            "required": ["apiVersion", "dataVersion"],
            "properties": {
              "apiVersion": {"const": "1"},
              "dataVersion": {"type": "string", "description": "Content hash of the dataset."},
              "tariffDates": {"type": "object", "properties": {"earliest": {"type": "string"}, "latest": {"type": "string"}}},
              "itinerary": {"$ref": "#/components/schemas/Itinerary"},
              "paretoFront": {"type": "array", "items": {"$ref": "#/components/schemas/Itinerary"}},
              "paretoCriteria": {"type": "array", "items": {"enum": ["cost", "time", "co2", "documents"]}},
              "alternatives": {"type": "array", "items": {"type": "object"}}
            }
          },
          "Itinerary": {
            "type": "object",
            "description": "Legs, transfers, customs, totals (`costCents`, minutes, grams) and the document plan, as `silkroute route --format json` prints them.",
            "properties": {"legs": {"type": "array", "items": {"type": "object"}}, "totals": {"type": "object"}}
          },
          "City": {
            "type": "object",
            "required": ["id", "name", "country", "latitude", "longitude", "aliases", "status", "terminals"],
            "properties": {
              "id": {"type": "string"}, "name": {"type": "string"}, "country": {"type": "string"},
              "latitude": {"type": "number"}, "longitude": {"type": "number"}, "locode": {"type": "string"},
              "aliases": {"type": "array", "items": {"type": "string"}}, "status": {"type": "string"},
              "terminals": {"type": "array", "items": {"type": "object", "required": ["id", "mode", "name"],
                "properties": {"id": {"type": "string"}, "mode": {"enum": ["sea", "rail", "road", "air"]},
                  "name": {"type": "string"}, "gaugeMm": {"type": "integer"}}}}
            }
          }
        }
      }
    }
    """#
}
