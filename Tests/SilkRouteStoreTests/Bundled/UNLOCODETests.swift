import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// "Every city that has a UN/LOCODE carries it" (issue 14): the codes in `cities.csv` come from the
/// UNECE code lists cited in `sources.csv` (`unece-locode-2014-1`, `unece-locode-2012-1`, …); a city
/// without one says why in its note.
@Suite struct UNLOCODETests {
  let data: NetworkData

  init() throws {
    data = try BundledFixture.load().data
  }

  /// A UN/LOCODE is the ISO 3166 country code and three letters or digits 2–9.
  static func isWellFormed(_ code: String) -> Bool {
    let characters = Array(code)
    guard characters.count == 5 else { return false }
    let country = characters[0..<2].allSatisfy { $0.isASCII && $0.isUppercase }
    let place = characters[2...].allSatisfy { $0.isASCII && ($0.isUppercase || ("2"..."9").contains($0)) }
    return country && place
  }

  @Test func everyCityHasItsCountrysCodeOrSaysWhyNot() {
    for city in data.cities where city.status != .transit {
      if city.locode.isEmpty {
        #expect(city.note.contains("UN/LOCODE"), "\(city.id) has no UN/LOCODE and its note does not say why")
      } else {
        #expect(Self.isWellFormed(city.locode), "\(city.id): \(city.locode)")
        #expect(city.locode.hasPrefix(city.country), "\(city.id): \(city.locode) is not in \(city.country)")
      }
    }
  }

  @Test func noTwoCitiesShareACode() {
    let coded = data.cities.map(\.locode).filter { !$0.isEmpty }
    let repeated = Dictionary(grouping: coded, by: { $0 }).filter { $0.value.count > 1 }.keys
    #expect(repeated.isEmpty, "shared: \(repeated.sorted())")
  }

  /// Every city whose code comes from a dated code list cites that list.
  @Test func codesCiteTheCodeListTheyCameFrom() {
    let lists = Set(data.sources.map(\.id).filter { $0.hasPrefix("unece-locode") || $0.hasPrefix("locode-") })
    for city in data.cities where !city.locode.isEmpty {
      #expect(city.sources.contains(where: lists.contains), "\(city.id) cites no code list")
    }
  }
}
