import Testing

@testable import SilkRouteServer

/// Durations handed to NIO as whole nanoseconds, saturating instead of overflowing.
@Suite struct DurationNanosecondsTests {
  @Test func wholeNanoseconds() {
    #expect(Duration.seconds(30).nanoseconds == 30_000_000_000)
    #expect(Duration.milliseconds(1500).nanoseconds == 1_500_000_000)
    #expect(Duration.nanoseconds(7).nanoseconds == 7)
    #expect(Duration.zero.nanoseconds == 0)
    #expect(Duration.milliseconds(-2).nanoseconds == -2_000_000)
  }

  @Test func saturatesAtTheBounds() {
    #expect(Duration.seconds(Int64.max).nanoseconds == .max)
    #expect(Duration.seconds(Int64.min).nanoseconds == .min)
    #expect(Duration.seconds(9_223_372_036).nanoseconds == 9_223_372_036_000_000_000)
    #expect(Duration.seconds(9_223_372_037).nanoseconds == .max)
  }
}
