import Foundation
import SilkRoute

/// xoshiro256** seeded through SplitMix64 (Blackman and Vigna, "Scrambled linear pseudorandom
/// number generators", ACM TOMS 47(4), 2021, doi:10.1145/3460772).
///
/// The generator's own `nextDouble`, `next(below:)` and `shuffle` are used instead of the
/// standard library's `random(in:using:)` so the stream of values, and hence a generated network,
/// does not depend on how a toolchain version maps random bits to ranges.
struct SeededGenerator: RandomNumberGenerator {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  init(seed: UInt64) {
    var splitMix = SplitMix64(seed: seed)
    state = (splitMix.next(), splitMix.next(), splitMix.next(), splitMix.next())
  }

  /// An independent stream for one part of the generator (so that changing how many numbers one
  /// stage draws does not change the others).
  init(seed: UInt64, stream: UInt64) {
    self.init(seed: seed ^ (stream &* 0xD134_2543_DE82_EF95))
  }

  mutating func next() -> UInt64 {
    let result = rotate(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = rotate(state.3, 45)
    return result
  }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

  /// Uniform in [0, 1), 53 bits.
  mutating func nextDouble() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// Uniform in [low, high).
  mutating func nextDouble(_ low: Double, _ high: Double) -> Double { low + (high - low) * nextDouble() }

  /// Uniform in 0..<bound (Lemire's multiply-shift; the bias is below 2^-32 for the bounds used).
  mutating func next(below bound: Int) -> Int {
    guard bound > 1 else { return 0 }
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// Uniform in the closed range.
  mutating func next(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + next(below: range.count)
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool { nextDouble() < p }

  /// A standard normal deviate (Box-Muller).
  mutating func nextGaussian() -> Double {
    let u = max(nextDouble(), 0x1p-53)
    let v = nextDouble()
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
  }

  /// Fisher-Yates, with this generator's own index draws.
  mutating func shuffle<T>(_ array: inout [T]) {
    guard array.count > 1 else { return }
    for i in stride(from: array.count - 1, to: 0, by: -1) {
      array.swapAt(i, next(below: i + 1))
    }
  }
}
