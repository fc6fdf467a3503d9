import SilkRoute

/// A batch's results as CSV (RFC 4180, with a header row): one row per input row, in input order —
/// its position (`index` from 0, input `line`), `id`, cities, `status` (`ok` or `error`), the totals
/// of its route (US dollars to the cent, minutes, grams of CO2e), the route's summary, and the
/// error's field (JSON path = input column) and message; for a loose cargo, the container offer's
/// mix (`2xTEU`) and its cost beside.
public enum BatchCSV {
  public static let header =
    "index,line,id,from,to,status,cost_usd,time_minutes,co2_grams,route,error_field,error,"
    + "container_offer,container_offer_cost_usd\r\n"

  /// The row of `result`, its error phrased by `message`.
  public static func row(_ result: BatchResult, message: (BatchFailure) -> String) -> String {
    var fields = [
      "\(result.index)", result.line.map(String.init) ?? "", result.id ?? "", result.request?.from ?? "",
      result.request?.to ?? "",
    ]
    switch result.result {
    case .success: fields.append("ok")
    case .failure: fields.append("error")
    }
    if let route = result.route {
      let totals = route.totals
      fields += [
        totals.costCents.dollarsText, "\(totals.timeMinutes.rawValue)", "\(totals.co2Grams.rawValue)",
        BatchLine<String>.summary(route),
      ]
    } else {
      fields += ["", "", "", ""]
    }
    if case .failure(let failure) = result.result {
      fields += [failure.field(in: result.request) ?? "", message(failure)]
    } else {
      fields += ["", ""]
    }
    if case .success(let response) = result.result, let offer = response.containerOffer {
      fields += [
        offer.containers.containerLoads.map(\.description).joined(separator: "+"),
        offer.itinerary.totals.costCents.dollarsText,
      ]
    } else {
      fields += ["", ""]
    }
    return MatrixCSV.line(fields)
  }
}
