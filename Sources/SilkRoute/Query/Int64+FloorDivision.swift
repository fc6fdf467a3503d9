extension Int64 {
  /// Division rounding towards negative infinity (days before 1970 stay whole).
  @inlinable func floorDiv(_ divisor: Int64) -> Int64 {
    let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
    return remainder < 0 ? quotient - 1 : quotient
  }
}
