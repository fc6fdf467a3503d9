extension OpenAPIDocument {
  /// The schemas of what makes an answer bookable: `Quote`.
  static let quoteSchemas = #"""
          "Quote": {
            "description": "`Quote` (SilkRouteAPI): the answer's id and how long its prices hold. The same request on the same data always has the same id; any change to a field or to the data gives another.",
            "type": "object",
            "additionalProperties": false,
            "required": ["id"],
            "properties": {
              "id": {"type": "string", "pattern": "^Q-[0-9a-f]{16}$", "description": "FNV-1a 64-bit hash of the normalised request (checked values, city ids, sorted sets) and `dataVersion`."},
              "validUntil": {"type": "string", "description": "Last day (ISO date) every tariff, service, transfer and border crossing the answer's routes use is valid: the earliest of the dataset's tariff period end and their end of validity (the day before a suspension)."},
              "validUntilBy": {"type": "string", "description": "What sets `validUntil`: `tariff period`, `service <id>`, `transfer <id>` or `crossing <name>`."},
              "expired": {"type": "boolean", "const": true, "description": "Present when `validUntil` is already past on `checkedOn` (the server's date): the data's tariffs no longer hold, so the answer records that period's prices and is not an offer to book."},
              "checkedOn": {"type": "string", "description": "With `expired`: the day (ISO date, UTC) the server checked the quote on."},
              "currency": {"$ref": "#/components/schemas/QuoteCurrency"}
            }
          },
          "QuoteCurrency": {
            "description": "`QuoteCurrency` (SilkRouteAPI), with the request's `currency`: each amount converted once from its exact US cents, `cents × unitsPerUSD × 10^minorUnit / 100` rounded half to even.",
            "type": "object",
            "additionalProperties": false,
            "required": ["code", "minorUnit", "unitsPerUSD", "rateDate", "rateSources", "rounding", "totals"],
            "properties": {
              "code": {"type": "string", "pattern": "^[A-Z]{3}$"},
              "minorUnit": {"type": "integer", "minimum": 0, "maximum": 3, "description": "ISO 4217 minor unit: the amounts' decimals (EUR 2, JPY 0, KWD 3)."},
              "unitsPerUSD": {"type": "string", "description": "The rate as the data gives it: a decimal (`7.1328`) or an exact cross rate `a/b` (`713.28/780.47`)."},
              "rateDate": {"type": "string", "description": "ISO date the rate was fixed for."},
              "rateSources": {"type": "array", "items": {"type": "string"}, "description": "Source ids (`GET /v1/names` does not list them; see `Data/sources.csv`)."},
              "rounding": {"type": "string"},
              "totals": {"type": "array", "items": {"type": "integer"}, "description": "Total cost of each route offered in minor units, in the answer's order (the itinerary, the Pareto front or the alternatives)."},
              "stepCosts": {"type": "array", "items": {"type": "integer"}, "description": "With one itinerary: each step's cost in minor units, in step order."}
            }
          },
    """#
}
