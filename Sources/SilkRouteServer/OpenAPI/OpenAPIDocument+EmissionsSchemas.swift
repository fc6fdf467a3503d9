extension OpenAPIDocument {
  /// The schemas of a route's emissions report (`EmissionsReport`, its legs and hubs).
  static let emissionsSchemas = #"""
          "EmissionsReport": {
            "description": "`EmissionsReport`: the itinerary's greenhouse gas emissions following ISO 14083:2023 and the GLEC Framework v3 (default intensity values, payload-based allocation), every leg and hub operation with its activity, factors and their sources. `totals.wtwGrams` equals the itinerary's `totals.co2Grams`.",
            "type": "object",
            "additionalProperties": false,
            "required": ["method", "payloadKg", "legs", "hubs", "totals"],
            "properties": {
              "method": {"type": "string"},
              "payloadKg": {"type": "integer"},
              "legs": {"type": "array", "items": {"$ref": "#/components/schemas/EmissionsLeg"}},
              "hubs": {"type": "array", "items": {"$ref": "#/components/schemas/EmissionsHub"}},
              "totals": {
                "type": "object", "additionalProperties": false,
                "required": ["wtwGrams", "transportWtwGrams", "hubWtwGrams", "distanceKm", "tonneKm"],
                "properties": {
                  "wtwGrams": {"$ref": "#/components/schemas/Grams", "description": "Well-to-wheel, legs and hubs: the route's CO2e."},
                  "ttwGrams": {"$ref": "#/components/schemas/Grams", "description": "Tank-to-wheel, when every element's TTW factor is known."},
                  "transportWtwGrams": {"$ref": "#/components/schemas/Grams"},
                  "hubWtwGrams": {"$ref": "#/components/schemas/Grams"},
                  "distanceKm": {"$ref": "#/components/schemas/Kilometres"},
                  "tonneKm": {"type": "integer", "description": "Transport activity, whole tonne-kilometres."},
                  "wtwMilligramsPerTkm": {"type": "integer", "description": "Whole-chain WTW intensity (hubs included), mg CO2e per tonne-km."},
                  "ttwMilligramsPerTkm": {"type": "integer", "description": "Whole-chain TTW intensity, mg CO2e per tonne-km."}
                }
              }
            }
          },
          "EmissionsLeg": {
            "description": "A transport chain element: one leg, its activity and intensity factors.",
            "type": "object",
            "additionalProperties": false,
            "required": ["service", "mode", "from", "to", "distanceKm", "payloadKg", "tonneKm", "wtwGrams", "sources"],
            "properties": {
              "service": {"type": "string"},
              "mode": {"$ref": "#/components/schemas/Mode"},
              "from": {"type": "string", "description": "Terminal id."},
              "to": {"type": "string", "description": "Terminal id."},
              "distanceKm": {"$ref": "#/components/schemas/Kilometres"},
              "payloadKg": {"type": "integer"},
              "tonneKm": {"type": "integer"},
              "energy": {"type": "string", "description": "Energy carrier: diesel, electricity, marine-diesel, jet-kerosene or mixed."},
              "wtwGramsPerTkm": {"type": "integer", "description": "Well-to-wheel intensity factor, g CO2e per tonne-km."},
              "ttwGramsPerTkm": {"type": "integer", "description": "Tank-to-wheel intensity factor, g CO2e per tonne-km."},
              "wtwGrams": {"$ref": "#/components/schemas/Grams"},
              "ttwGrams": {"$ref": "#/components/schemas/Grams"},
              "sources": {"type": "array", "items": {"type": "string"}, "description": "Source ids (`silkroute sources`)."}
            }
          },
          "EmissionsHub": {
            "description": "A hub operation: a transfer's handling at a port, rail terminal or airport.",
            "type": "object",
            "additionalProperties": false,
            "required": ["transfer", "kind", "terminal", "hubMode", "payloadKg", "wtwGrams", "ttwGrams", "sources"],
            "properties": {
              "transfer": {"type": "string"},
              "kind": {"enum": ["mode-change", "gauge-change", "transshipment"]},
              "terminal": {"type": "string", "description": "Terminal id where the cargo is handled."},
              "hubMode": {"$ref": "#/components/schemas/Mode"},
              "payloadKg": {"type": "integer"},
              "wtwGramsPerTonne": {"type": "integer", "description": "Well-to-wheel g CO2e per tonne handled; absent where the data gives no hub factor (then zero is counted)."},
              "ttwGramsPerTonne": {"type": "integer"},
              "wtwGrams": {"$ref": "#/components/schemas/Grams"},
              "ttwGrams": {"$ref": "#/components/schemas/Grams"},
              "sources": {"type": "array", "items": {"type": "string"}}
            }
          },
    """#
}
