import Testing

@testable import SilkRoute

@Suite struct SearchLimitsTests {
  /// The default label limit is the labels that fit 1 GiB, a label counted with its queue entry
  /// and settled copy.
  @Test func theDefaultLimitIsAMemoryBudget() {
    #expect(SearchLimits.bytesPerLabel >= 150 && SearchLimits.bytesPerLabel <= 256)
    #expect(SearchLimits.defaultLabels == (1 << 30) / SearchLimits.bytesPerLabel)
    #expect(
      SearchLimits().memory <= 1 << 30 && SearchLimits().memory > (1 << 30) - SearchLimits.bytesPerLabel)
    #expect(SearchLimits(memory: 512 << 20).labels == (512 << 20) / SearchLimits.bytesPerLabel)
    #expect(SearchLimits(memory: 1).labels == 1)
  }

  @Test(arguments: [
    (0, "0 B"), (1_000, "1000 B"), (1_024, "1 KiB"), (1_536, "1.5 KiB"), (1 << 30, "1 GiB"),
    (5 * (1 << 29), "2.5 GiB"), (300 << 20, "300 MiB"),
  ])
  func bytesReadAsBinaryUnits(bytes: Int, text: String) {
    #expect(SearchLimits.bytesText(bytes) == text)
  }

  @Test func theErrorStatesTheMemory() {
    let message = RoutingError.searchTooLarge(labels: SearchLimits(memory: 64 << 20).labels).description
    #expect(message.hasPrefix("the search exceeded its memory of 64 MiB ("), "\(message)")
  }
}
