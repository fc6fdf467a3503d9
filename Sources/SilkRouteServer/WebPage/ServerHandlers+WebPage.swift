import Foundation
import HTTPTypes
import Hummingbird

extension ServerHandlers {
  /// `GET /` and `GET /app/…`: one file of the web page, with its content type, its security
  /// policy (nothing from elsewhere), `nosniff`, and `no-cache` (a browser revalidates, so a new
  /// binary's page is never mixed with an old one's script).
  static func webAsset(_ asset: WebAsset) -> Response {
    var response = response(asset.bytes, contentType: asset.contentType)
    response.headers[.contentSecurityPolicy] = WebAsset.contentSecurityPolicy
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[.cacheControl] = "no-cache"
    return response
  }
}
