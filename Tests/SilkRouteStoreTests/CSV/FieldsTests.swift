import SilkRoute
import Testing

@testable import SilkRouteStore

/// Typed reads of one record's fields: the value of the right type, or a store error naming the
/// table and column.
@Suite struct FieldsTests {
  var fields: Fields = {
    var fields = Fields(table: "services")
    fields["id"] = .text("s1")
    fields["mode"] = .text("rail")
    fields["transit"] = .integer(2880)
    fields["cost"] = .integer(450_000)
    fields["empty"] = .null
    fields["lat"] = .real(36.3)
    fields["source"] = .list(["a", "b"])
    fields["bidirectional"] = .integer(1)
    return fields
  }()

  @Test func readsEachTypeAsStored() throws {
    #expect(try fields.text("id") == "s1")
    #expect(try fields.choice("mode", Mode.self) == .rail)
    #expect(try fields.minutes("transit") == Minutes(2880))
    #expect(try fields.cents("cost") == Cents(450_000))
    #expect(try fields.optionalCents("empty") == nil && fields.optionalInteger("missing") == nil)
    #expect(try fields.optionalInteger("transit") == 2880)
    #expect(try fields.real("lat") == 36.3)
    #expect(try fields.list("source") == ["a", "b"])
    #expect(try fields.bool("bidirectional"))
  }

  @Test func aMissingOrMistypedValueNamesTableAndColumn() {
    let missing = #expect(throws: StoreError.self) { try fields.text("nope") }
    #expect(missing?.message == "table services, column nope: value missing or of the wrong type")
    #expect(throws: StoreError.self) { try fields.integer("id") }
    #expect(throws: StoreError.self) { try fields.optionalInteger("id") }
    #expect(throws: StoreError.self) { try fields.choice("id", Mode.self) }
    #expect(throws: StoreError.self) { try fields.list("id") }
  }
}
