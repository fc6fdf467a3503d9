/// One way to book a route, searched together with the others in one queue: leg by leg, or under
/// one operator's through B/L (its services only, its fee paid once at the start).
/// ``products(for:)`` lists those a query may use.
struct BookingProduct {
  var mode: LabelSearch.DocumentMode
  var fee: Int64 = 0
  /// The operator issuing the through B/L: only the services it may contract (nil = every usable
  /// arc of the graph).
  var operatorIndex: Int?

  /// The ways to book a route for `graph`'s query: leg by leg, and under the through B/L of every
  /// operator that takes goods in charge at the origin and delivers at the destination. Without
  /// document regimes in the network, one product that ignores documents.
  static func products(for graph: QueryGraph) -> [BookingProduct] {
    let network = graph.network
    guard network.documentsModelled else { return [BookingProduct(mode: .ignore)] }
    var products = [BookingProduct(mode: .segmented)]
    let originCountry = network.city(graph.origin).country
    let destinationCountry = network.city(graph.destination).country
    for (index, record) in network.records.operators.enumerated()
    where record.places.contains(originCountry) && record.places.contains(destinationCountry) {
      products.append(
        BookingProduct(
          mode: .singleOperator(absorbsRegimeBreaks: record.absorbsRegimeBreaks),
          fee: record.fee.rawValue, operatorIndex: index))
    }
    return products
  }
}
