/// Where a batch's rows come from, read in input order one at a time by whichever worker is free
/// (under the run's lock). Each row comes back as a `BatchRow`: a closure that turns it into its
/// request, called on the worker outside the lock, so decoding runs on every core while reading
/// stays in order. ``BatchCSVSource`` and ``BatchJSONSource`` are the two there are.
public protocol BatchSource: SendableMetatype {
  /// The next row (its decoding not yet done), or nil at the end of the input.
  ///
  /// - Parameter index: the row's 0-based position among the batch's requests.
  /// - Throws: when the input cannot be read any further (an I/O error, a header that is not one):
  ///   the batch stops there.
  mutating func nextRow(index: Int) throws -> BatchRow?
}

/// One row read, not yet decoded: gives its ``BatchEntry`` when called (on any thread).
public typealias BatchRow = @Sendable () -> BatchEntry
