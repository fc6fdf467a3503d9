import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The pixels of an 8-bit RGB or RGBA, non-interlaced PNG (what Graphviz's cairo renderer
/// writes), decoded with the system's zlib (`uncompress`, loaded at run time) and the five PNG
/// row filters. Only for tests: nil for anything else.
struct PNGPixels {
  let width: Int
  let height: Int
  private let channels: Int
  private let bytes: [UInt8]

  /// The colour at (`x`, `y`) from the top left, as `#rrggbb`.
  func colour(x: Int, y: Int) -> String? {
    guard x >= 0, y >= 0, x < width, y < height else { return nil }
    let start = (y * width + x) * channels
    return String(format: "#%02x%02x%02x", bytes[start], bytes[start + 1], bytes[start + 2])
  }

  init?(_ data: Data) {
    let png = [UInt8](data)
    guard png.count > 33, png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
      return nil
    }
    func integer(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    width = integer(16)
    height = integer(20)
    let (depth, colourType, interlace) = (png[24], png[25], png[28])
    guard depth == 8, colourType == 2 || colourType == 6, interlace == 0 else { return nil }
    channels = colourType == 6 ? 4 : 3
    var compressed: [UInt8] = []
    var offset = 8
    while offset + 8 <= png.count {
      let length = integer(offset)
      let type = String(decoding: png[offset + 4..<offset + 8], as: UTF8.self)
      if type == "IDAT" { compressed += png[offset + 8..<offset + 8 + length] }
      offset += 12 + length
    }
    let stride = width * channels
    guard let raw = Self.inflate(compressed, size: height * (stride + 1)) else { return nil }
    var pixels = [UInt8](repeating: 0, count: height * stride)
    for row in 0..<height {
      let filter = raw[row * (stride + 1)]
      for column in 0..<stride {
        let value = Int(raw[row * (stride + 1) + 1 + column])
        let left = column >= channels ? Int(pixels[row * stride + column - channels]) : 0
        let up = row > 0 ? Int(pixels[(row - 1) * stride + column]) : 0
        let upLeft = row > 0 && column >= channels ? Int(pixels[(row - 1) * stride + column - channels]) : 0
        let predicted: Int
        switch filter {
        case 1: predicted = left
        case 2: predicted = up
        case 3: predicted = (left + up) / 2
        case 4:
          let p = left + up - upLeft
          let (pa, pb, pc) = (abs(p - left), abs(p - up), abs(p - upLeft))
          predicted = pa <= pb && pa <= pc ? left : (pb <= pc ? up : upLeft)
        default: predicted = 0
        }
        pixels[row * stride + column] = UInt8((value + predicted) & 0xFF)
      }
    }
    bytes = pixels
  }

  private typealias Uncompress =
    @convention(c) (
      UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<UInt>, UnsafePointer<UInt8>, UInt
    ) -> Int32

  /// zlib's `uncompress` of `data` into exactly `size` bytes.
  private static func inflate(_ data: [UInt8], size: Int) -> [UInt8]? {
    guard let library = dlopen("libz.so.1", RTLD_NOW) ?? dlopen("libz.dylib", RTLD_NOW),
      let symbol = dlsym(library, "uncompress")
    else { return nil }
    let uncompress = unsafeBitCast(symbol, to: Uncompress.self)
    var output = [UInt8](repeating: 0, count: size)
    var length = UInt(size)
    let status = output.withUnsafeMutableBufferPointer { out in
      data.withUnsafeBufferPointer { input in
        guard let target = out.baseAddress, let source = input.baseAddress else { return Int32(-1) }
        return uncompress(target, &length, source, UInt(data.count))
      }
    }
    return status == 0 && Int(length) == size ? output : nil
  }
}
