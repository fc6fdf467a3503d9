import Foundation
import SilkRoute

/// The JSON every front-end writes: the HTTP API's bodies, `silkroute route --format json` and
/// `silkroute cities --format json` are byte for byte what this encoder makes (compact, keys
/// sorted; pipe the CLI's output through `jq` to read it): the shared ``JSONOutput``
/// configuration, compact.
public enum APIJSON {
  public static func encode<T: Encodable>(_ value: T) throws -> Data {
    try JSONOutput.encode(value)
  }
}
