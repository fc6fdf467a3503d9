extension OpenAPIDocument {
  /// The schemas of an answer: `RouteResponse`, its itineraries, steps, totals, document plans,
  /// alternatives, disruption impacts and B/L drafts.
  static let routeSchemas = #"""
          "RouteResponse": {
            "description": "`RouteResponse` (SilkRouteAPI): the answer, stamped so that a booking can be reproduced.",
            "type": "object",
            "additionalProperties": false,
            "required": ["apiVersion", "dataVersion"],
            "dependentRequired": {"paretoFront": ["paretoCriteria"], "paretoCriteria": ["paretoFront"], "paretoApproximation": ["paretoFront"], "paretoIncomplete": ["paretoFront"]},
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
              "quote": {"$ref": "#/components/schemas/Quote"},
              "itinerary": {"$ref": "#/components/schemas/Itinerary"},
              "paretoFront": {"type": "array", "items": {"$ref": "#/components/schemas/Itinerary"}},
              "paretoCriteria": {"type": "array", "items": {"$ref": "#/components/schemas/Criterion"}},
              "paretoIncomplete": {
                "description": "Set when the search stopped at the server's time or label limit after it had found routes: the routes listed are Pareto-optimal, and every Pareto-optimal route below `provedBelow` in `criterion` is among them; more may exist beyond it.",
                "type": "object", "additionalProperties": false, "required": ["stoppedBy", "reason", "criterion", "provedBelow", "statement"],
                "properties": {"stoppedBy": {"enum": ["time-limit", "label-limit", "limit"]}, "reason": {"type": "string"}, "criterion": {"$ref": "#/components/schemas/Criterion"}, "provedBelow": {"type": "integer", "description": "In the criterion's unit: US cents, minutes, grams of CO2e or documents."}, "statement": {"type": "string"}}
              },
              "paretoApproximation": {
                "description": "With `paretoEpsilon`: the front is ε-approximate, not exact.",
                "type": "object", "additionalProperties": false, "required": ["epsilon", "guarantee"],
                "properties": {"epsilon": {"type": "number", "exclusiveMinimum": 0, "maximum": 10, "description": "The tolerance E applied (the request's, to six decimals)."}, "guarantee": {"type": "string", "description": "What the front guarantees, in words."}}
              },
              "alternatives": {"type": "array", "items": {"$ref": "#/components/schemas/AlternativeRoute"}},
              "disruption": {"$ref": "#/components/schemas/DisruptionImpact"},
              "emissions": {"$ref": "#/components/schemas/EmissionsReport"},
              "billOfLadingDraft": {"$ref": "#/components/schemas/BillOfLadingDraft"},
              "containerOffer": {"$ref": "#/components/schemas/ContainerOffer"},
              "departureSweep": {"$ref": "#/components/schemas/DepartureSweep"},
              "warnings": {"type": "array", "description": "Parts of the request accepted but not applied as given: fields unknown to this API version, a `paretoEpsilon` below 0.000001 (the exact front is answered).",
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
            "description": "`ItineraryStep`: one step's own fields plus `step` naming its kind. The steps add up to the totals: cost is the sum of the steps' costs, time the sum of their times plus every leg's `waitMinutes`, CO2 the sum of the legs' and transfers' (hub operations') CO2.",
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
            "required": ["step", "transfer", "kind", "from", "to", "timeMinutes", "costCents", "co2Grams"],
            "properties": {
              "step": {"const": "transfer"},
              "transfer": {"type": "string"},
              "kind": {"enum": ["mode-change", "gauge-change", "transshipment"]},
              "from": {"$ref": "#/components/schemas/TerminalRef"},
              "to": {"$ref": "#/components/schemas/TerminalRef"},
              "timeMinutes": {"$ref": "#/components/schemas/Minutes"},
              "costCents": {"$ref": "#/components/schemas/Cents"},
              "co2Grams": {"$ref": "#/components/schemas/Grams", "description": "The hub operation's well-to-wheel CO2e (handling at the port, airport or rail terminal)."}
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
              "declaredValue": {"$ref": "#/components/schemas/Cents"},
              "loadedKilograms": {"type": "integer", "minimum": 1, "description": "Containers carrying a known loose cargo (a container offer): its weight, which per-kg tariffs and CO2e count instead of the GLEC default of 10,000 kg a TEU."},
              "additionalContainers": {"type": "array", "description": "Mixed equipment: containers of the other type shipped with `quantity` × `unit` (`2xFEU+1xTEU` is 2 FEU with 1 TEU here).", "items": {"type": "object", "additionalProperties": false, "required": ["unit", "count"], "properties": {"unit": {"enum": ["TEU", "FEU"]}, "count": {"type": "integer", "minimum": 1}}}}
            }
          },
          "ContainerOffer": {
            "description": "`ContainerOffer`: a loose cargo in the cheapest mix of containers that carries its weight, routed as the request asks, beside the loose route (`itinerary`).",
            "type": "object",
            "additionalProperties": false,
            "required": ["containers", "itinerary", "mixesCompared"],
            "properties": {
              "containers": {"$ref": "#/components/schemas/Cargo", "description": "The mix (`unit`, `quantity`, `additionalContainers`), with the loose cargo's weight as `loadedKilograms`."},
              "itinerary": {"$ref": "#/components/schemas/Itinerary", "description": "The mix's route; its totals are the sums of its steps."},
              "mixesCompared": {"type": "integer", "minimum": 1, "description": "Container mixes routed and compared: every mix none of whose containers is spare."},
              "looseCostCents": {"$ref": "#/components/schemas/Cents", "description": "The loose route's cost."},
              "savingCents": {"type": "integer", "description": "The loose cost less the containers' cost, US cents: positive when the containers are cheaper."},
              "cheaper": {"enum": ["containers", "loose", "same"], "description": "Which answer costs less."}
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
    """#
}
