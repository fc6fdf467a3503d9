extension OpenAPIDocument {
  /// The paths of the planner's web page (``WebAsset``): `GET /` and its files under `/app/`,
  /// each with its `HEAD`; closes `paths`. The page is a client of the operations above and of
  /// nothing else.
  static let webPagePaths = #"""
        "/": {
          "get": {
            "operationId": "webPage",
            "summary": "The planner's web page: a route form, the route on a map with its steps and document plan, the cost-versus-time Pareto chart, alternatives and what-if beside the baseline.",
            "description": "Plain HTML with its script and style under `/app/`, compiled into the server: no file beside the binary, nothing loaded from elsewhere (`Content-Security-Policy: default-src 'self'`). The page speaks only this document's operations (`/v1/routes`, `/v1/cities`, `/v1/network.geojson`, `/openapi.json`), so its requests are examples of the API.",
            "responses": {
              "200": {"description": "The page.", "content": {"text/html": {"schema": {"type": "string"}}}}
            }
          },
          "head": {"operationId": "webPageHead", "summary": "The headers of GET /.", "responses": {"200": {"$ref": "#/components/responses/HeadOK"}}}
        },
        "/app/app.css": {
          "get": {"operationId": "webPageStyle", "summary": "The web page's style sheet.",
            "responses": {"200": {"description": "CSS.", "content": {"text/css": {"schema": {"type": "string"}}}}}},
          "head": {"operationId": "webPageStyleHead", "summary": "The headers of GET /app/app.css.", "responses": {"200": {"$ref": "#/components/responses/HeadOK"}}}
        },
        "/app/api.js": {
          "get": {"operationId": "webPageAPIScript", "summary": "The web page's API client (a JavaScript module): the requests it sends and the response fields it reads.",
            "responses": {"200": {"description": "JavaScript.", "content": {"text/javascript": {"schema": {"type": "string"}}}}}},
          "head": {"operationId": "webPageAPIScriptHead", "summary": "The headers of GET /app/api.js.", "responses": {"200": {"$ref": "#/components/responses/HeadOK"}}}
        },
        "/app/map.js": {
          "get": {"operationId": "webPageMapScript", "summary": "The web page's map (a JavaScript module): GeoJSON drawn as SVG in the diagrams' equirectangular projection.",
            "responses": {"200": {"description": "JavaScript.", "content": {"text/javascript": {"schema": {"type": "string"}}}}}},
          "head": {"operationId": "webPageMapScriptHead", "summary": "The headers of GET /app/map.js.", "responses": {"200": {"$ref": "#/components/responses/HeadOK"}}}
        },
        "/app/chart.js": {
          "get": {"operationId": "webPageChartScript", "summary": "The web page's Pareto chart (a JavaScript module): cost against time, one point per route.",
            "responses": {"200": {"description": "JavaScript.", "content": {"text/javascript": {"schema": {"type": "string"}}}}}},
          "head": {"operationId": "webPageChartScriptHead", "summary": "The headers of GET /app/chart.js.", "responses": {"200": {"$ref": "#/components/responses/HeadOK"}}}
        },
        "/app/app.js": {
          "get": {"operationId": "webPageScript", "summary": "The web page's form and answer (a JavaScript module).",
            "responses": {"200": {"description": "JavaScript.", "content": {"text/javascript": {"schema": {"type": "string"}}}}}},
          "head": {"operationId": "webPageScriptHead", "summary": "The headers of GET /app/app.js.", "responses": {"200": {"$ref": "#/components/responses/HeadOK"}}}
        }
      },
    """#
}
