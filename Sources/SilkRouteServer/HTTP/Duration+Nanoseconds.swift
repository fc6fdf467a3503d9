extension Duration {
  /// Whole nanoseconds, saturating at `Int64`'s bounds.
  var nanoseconds: Int64 {
    let (seconds, attoseconds) = components
    let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
    let (total, carry) = whole.addingReportingOverflow(attoseconds / 1_000_000_000)
    if overflow || carry { return seconds < 0 ? .min : .max }
    return total
  }
}
