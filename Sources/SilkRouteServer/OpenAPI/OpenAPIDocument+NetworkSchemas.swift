extension OpenAPIDocument {
  /// The schemas of the network's listings and maps (`City`, the GeoJSON features) and the
  /// shared scalars (modes, units, instants); closes the document.
  static let networkSchemas = #"""
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
          "BasemapFeatureCollection": {
            "description": "RFC 7946 FeatureCollection of the countries of Natural Earth 1:110m: longitude, latitude.",
            "type": "object",
            "required": ["type", "features"],
            "properties": {
              "type": {"const": "FeatureCollection"},
              "properties": {"type": "object", "description": "Where the basemap comes from (source, extent west-south-east-north)."},
              "features": {"type": "array", "items": {
                "type": "object",
                "required": ["type", "properties", "geometry"],
                "properties": {
                  "type": {"const": "Feature"},
                  "properties": {"type": "object", "properties": {
                    "name": {"type": "string"},
                    "iso_a3": {"type": "string", "description": "ISO 3166-1 alpha-3, or -99 where Natural Earth gives none."}
                  }},
                  "geometry": {"type": "object", "required": ["type", "coordinates"], "properties": {
                    "type": {"const": "MultiPolygon"},
                    "coordinates": {"type": "array", "items": {"type": "array", "items": {"type": "array",
                      "items": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2}}}}
                  }}
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
