/// Where canonical bytes go: an array (to read them) or a hash (to name them).
protocol CanonicalSink {
  mutating func append(_ byte: UInt8)
}

extension CanonicalSink {
  mutating func append(contentsOf bytes: some Sequence<UInt8>) {
    for byte in bytes { append(byte) }
  }
}

extension [UInt8]: CanonicalSink {}
