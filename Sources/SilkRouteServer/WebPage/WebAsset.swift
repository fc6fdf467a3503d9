import Foundation

/// One file of the planner's web page (`GET /` and its scripts and style under `/app/`): its path,
/// its content type and its bytes, compiled into the binary (SwiftPM `embedInCode` resources of
/// `WebPage/Assets/`), so that one copied `silkroute` binary serves the page with no file beside it
/// and no network (the page loads nothing from elsewhere: its `Content-Security-Policy` says so).
///
/// The page is plain HTML, CSS and JavaScript modules, with no build step: the files under
/// `WebPage/Assets/` are the bytes served. It speaks only the public HTTP API (`/v1/…`,
/// `/openapi.json`), so it is also that API's living example.
struct WebAsset: Sendable, Hashable {
  /// The URL path, e.g. `/` or `/app/app.js`.
  let path: String
  /// The `Content-Type` it is served with.
  let contentType: String
  /// The file's bytes.
  let bytes: Data

  static let html = "text/html; charset=utf-8"
  static let javaScript = "text/javascript; charset=utf-8"
  static let css = "text/css; charset=utf-8"

  /// `GET /`: the page.
  static let page = WebAsset(path: "/", contentType: html, bytes: Data(PackageResources.index_html))

  /// Every file of the page, the page first: the router serves each at its path, and
  /// ``ServerEndpoint/all`` lists them (so `openapi.json` documents them, `HEAD` answers beside
  /// each `GET`, and any other path under `/app/` is a 404 problem).
  static let all: [WebAsset] = [
    page,
    WebAsset(path: "/app/app.css", contentType: css, bytes: Data(PackageResources.app_css)),
    WebAsset(path: "/app/api.js", contentType: javaScript, bytes: Data(PackageResources.api_js)),
    WebAsset(path: "/app/map.js", contentType: javaScript, bytes: Data(PackageResources.map_js)),
    WebAsset(path: "/app/chart.js", contentType: javaScript, bytes: Data(PackageResources.chart_js)),
    WebAsset(path: "/app/app.js", contentType: javaScript, bytes: Data(PackageResources.app_js)),
  ]

  /// The policy every file is served with: scripts, styles, images and requests from this server
  /// only (no CDN, no inline script), and no framing by another site.
  static let contentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
}
