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

  /// A two-criteria search keeps no settled copy: its labels are smaller, and as many more of them
  /// fit the same memory.
  @Test func twoCriteriaLabelsFitTheSameMemory() {
    #expect(SearchLimits.bytesPerTwoCriteriaLabel <= 104)
    #expect(MemoryLayout<LabelSearch.Label>.stride == 64)
    #expect(MemoryLayout<LabelSearch.QueueEntry>.stride == 40)
    let size = SearchLimits.bytesPerTwoCriteriaLabel
    let labels = SearchLimits.labels(inMemoryOf: 1_000, bytesPerLabel: size)
    #expect(labels == 1_000 * SearchLimits.bytesPerLabel / size)
    #expect(labels > 1_000)
    #expect(SearchLimits.labels(inMemoryOf: .max, bytesPerLabel: size) == .max / size)
    #expect(SearchLimits.labels(inMemoryOf: 0, bytesPerLabel: size) == 1)
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
    #expect(message.hasPrefix("the search exceeded its memory of 64 MiB before it finished"), "\(message)")
  }
}
