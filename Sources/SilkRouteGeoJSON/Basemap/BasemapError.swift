/// Why a basemap could not be read.
public struct BasemapError: Error, Sendable, CustomStringConvertible {
  public let message: String
  public var description: String { message }
}
