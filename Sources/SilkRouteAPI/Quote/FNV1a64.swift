/// FNV-1a, 64 bits, over the bytes appended.
struct FNV1a64: CanonicalSink {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func append(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
  }
}
