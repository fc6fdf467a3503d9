import Foundation

/// A batch row's JSON object as a request and its `id`: decoded as `POST /v1/routes` decodes its
/// body (unknown fields accepted and listed in the answer's warnings), with `id` — the batch's
/// own field — taken out first.
enum BatchRequestDecoding {
  /// The field a row may carry beside the request's: the caller's reference, echoed back.
  static let idField = "id"

  /// The request and id of one JSON object (a line of JSON Lines, an element of an array).
  static func entry(json data: Data, index: Int, line: Int?) -> BatchEntry {
    var id: String?
    let request = Result { () throws(BatchRowError) -> RouteRequest in
      let object: [String: Any]
      do {
        guard let decoded = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
          throw BatchRowError(message: "not a JSON object")
        }
        object = decoded
      } catch let error as BatchRowError {
        throw error
      } catch {
        throw BatchRowError(message: "malformed JSON: \(Self.firstLine(error))")
      }
      id = Self.id(object[idField])
      var request: RouteRequest
      do {
        request = try JSONDecoder().decode(RouteRequest.self, from: data)
      } catch {
        throw BatchRowError(error)
      }
      var fields = object
      fields[idField] = nil
      request.ignoredFields = RouteRequest.unknownFields(in: fields)
      return request
    }
    return BatchEntry(index: index, line: line, id: id, request: request)
  }

  /// An id given as a string or a number, as text.
  static func id(_ value: Any?) -> String? {
    switch value {
    case let text as String: text
    case let number as NSNumber: number.stringValue
    default: nil
    }
  }

  private static func firstLine(_ error: any Error) -> String {
    let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
    return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "unreadable"
  }
}
