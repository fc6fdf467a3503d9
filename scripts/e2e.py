#!/usr/bin/env python3
"""End-to-end test of the planner's web page in a real headless Chromium.

usage: e2e.py BASE_URL OUT_DIR        (scripts/e2e.sh starts the server and runs it)

Chromium (Debian's package) is driven over the DevTools protocol on a pipe
(`--remote-debugging-pipe`: JSON messages ending in NUL on file descriptors 3 and 4), so the
driver needs nothing but Python's standard library; jsonschema (in .build/openapi-venv, from
scripts/setup.sh) checks the page's requests against the API's schema.

What it checks, as a planner would see it:
  - the page loads with no console error, no uncaught exception and no failed or refused load;
    city completion comes from /v1/cities; the land layer is drawn if and only if the API
    documents /v1/basemap.geojson;
  - Jiaozhou -> Hamburg typed into the form and submitted with a mouse click: the route's legs
    appear on the map (one path per leg, along the network's services) and the steps table
    shows, row by row, the steps the API answers when this script sends the page's request itself;
  - a click on another point of the Pareto chart changes the route on the map and the table
    to that route of the front;
  - a what-if (a crossing closed): the disrupted route as the API answers it, the baseline under
    it on the map, and the two side by side; alternatives side by side, one shown on a click;
  - the API contract under the page: every response field the page reads (FIELDS_READ in
    /app/api.js) is in the live /openapi.json, and every request it sent validates against
    RouteRequest with no field the API ignores (no `warnings`).
Screenshots go to OUT_DIR (page.png after the answer, pareto.png after the click, what-if.png).
"""

import base64
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

TIMEOUT = 60


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Browser:
    """Headless Chromium with one page, spoken to over the DevTools pipe."""

    def __init__(self, executable):
        self.profile = tempfile.mkdtemp(prefix="silkroute-e2e-")
        to_read, self.to_write = os.pipe()
        self.from_read, from_write = os.pipe()
        flags = [
            "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
            f"--user-data-dir={self.profile}", "--window-size=1400,1000", "about:blank",
        ]
        command = " ".join(f"'{part}'" for part in [executable] + flags)
        # Chromium's own messages go to a file: a pipe nobody reads could fill and stall it.
        self.log = tempfile.TemporaryFile()
        # bash puts the pipe ends on the descriptors Chromium reads (3) and writes (4).
        self.process = subprocess.Popen(
            ["bash", "-c", f"exec {command} 3<&{to_read} 4>&{from_write}"],
            pass_fds=(to_read, from_write), stdout=subprocess.DEVNULL, stderr=self.log)
        os.close(to_read)
        os.close(from_write)
        self.messages = queue.Queue()
        self.events = []
        self.next_id = 0
        self.session = None
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        buffer = b""
        while True:
            chunk = os.read(self.from_read, 1 << 16)
            if not chunk:
                self.messages.put(None)
                return
            buffer += chunk
            while b"\0" in buffer:
                message, buffer = buffer.split(b"\0", 1)
                self.messages.put(json.loads(message))

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                reply = self.messages.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                raise Failure(f"Chromium did not answer {method} within {TIMEOUT} s")
            if reply is None:
                self.log.seek(0)
                raise Failure(f"Chromium closed the pipe during {method}: {self.log.read().decode(errors='replace')[-2000:]}")
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise Failure(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def open_page(self):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False})

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise Failure(f"evaluating {expression[:80]!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, what, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise Failure(f"timed out after {timeout} s waiting for {what}")

    def click(self, selector):
        """A real mouse click at the middle of the element (pressed and released)."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return null;"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        check(box is not None, f"no element {selector} to click")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1})

    def type_into(self, selector, text):
        self.click(selector)
        self.evaluate(f"document.querySelector({json.dumps(selector)}).select()")
        self.send("Input.insertText", {"text": text})

    def errors(self):
        """Console errors, uncaught exceptions and failed loads seen so far."""
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append("console: " + " ".join(str(a.get("value", a.get("description"))) for a in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                found.append("exception: " + str(details.get("exception", {}).get("description", details.get("text"))))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                found.append(f"log ({entry.get('source')}): {entry.get('text')} {entry.get('url', '')}")
        return found

    def screenshot(self, path):
        height = self.evaluate("Math.ceil(document.documentElement.scrollHeight)")
        self.send("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": min(int(height), 4000), "deviceScaleFactor": 1, "mobile": False})
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        self.send("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except Failure:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
        shutil.rmtree(self.profile, ignore_errors=True)


# The API's units as the page shows them (the rules of money, duration, kilograms and stepCells in
# /app/api.js), from the API's integers.
def money(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def duration(minutes):
    sign = "-" if minutes < 0 else ""
    minutes = abs(minutes)
    parts = []
    if minutes // 1440:
        parts.append(f"{minutes // 1440}d")
    if minutes % 1440 // 60:
        parts.append(f"{minutes % 1440 // 60}h")
    if minutes % 60 or not parts:
        parts.append(f"{minutes % 60}m")
    return sign + " ".join(parts)


def kilograms(grams):
    sign = "-" if grams < 0 else ""
    tenths = (abs(grams) + 50) // 100
    return f"{sign}{tenths // 10}.{tenths % 10}"


def step_cells(step):
    kind = step["step"]
    place = {
        "leg": lambda: f"{step['from']['city']['name']} → {step['to']['city']['name']}",
        "transfer": lambda: f"{step['from']['name']} → {step['to']['name']}",
        "border": lambda: f"{step['name']} ({step['fromTerritory']} → {step['toTerritory']})",
        "fee": lambda: step["at"]["name"],
        "document": lambda: f"{step['at']['name']}: {step['reason']}",
    }.get(kind, lambda: "")()
    party = {"leg": "carrierName", "fee": "operatorName", "document": "regime"}.get(kind)
    return [
        kind, place, step["mode"] if kind == "leg" else "", step[party] if party else "",
        str(step["distanceKm"]) if kind == "leg" else "", duration(step["timeMinutes"]), money(step["costCents"]),
        kilograms(step["co2Grams"]) if isinstance(step.get("co2Grams"), int) else "",
    ]


def expected_rows(itinerary):
    return [[str(i + 1)] + step_cells(step) for i, step in enumerate(itinerary["steps"])]


def api(base, path, body=None):
    request = urllib.request.Request(
        base + path, data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        return json.load(response)


TABLE_ROWS = "[...document.querySelectorAll('#steps tbody tr')].map(r => [...r.cells].map(c => c.textContent))"
MAP_STATE = ("(() => { const g = document.querySelector('#map .route.selected'); if (!g) return null;"
             " return {services: g.dataset.services, legs: [...g.querySelectorAll('path.leg')].map(p => p.getAttribute('d').length)}; })()")


def check_route_shown(browser, itinerary, what):
    legs = [s["service"] for s in itinerary["steps"] if s["step"] == "leg"]
    shown = browser.evaluate(MAP_STATE)
    check(shown is not None, f"{what}: no route on the map")
    check(shown["services"] == " ".join(legs), f"{what}: the map shows services {shown['services']!r}, the API's route {legs}")
    check(len(shown["legs"]) == len(legs) and all(n > 10 for n in shown["legs"]), f"{what}: the map draws {shown['legs']} for {len(legs)} legs")
    rows = browser.evaluate(TABLE_ROWS)
    expected = expected_rows(itinerary)
    check(len(rows) == len(expected), f"{what}: the table has {len(rows)} rows, the API's route {len(expected)} steps")
    for number, (row, want) in enumerate(zip(rows, expected), start=1):
        check(row == want, f"{what}: step {number} reads {row}, the API's JSON gives {want}")


def check_contract(browser, document, requests):
    schemas = document["components"]["schemas"]
    fields = browser.evaluate("window.silkroute.fieldsRead")
    check(fields, "the page does not say which fields it reads (window.silkroute.fieldsRead)")
    for name, keys in fields.items():
        schema_name, *nested = name.split(".")
        check(schema_name in schemas, f"the page reads schema {schema_name}, which /openapi.json does not define")
        schema = schemas[schema_name]
        for key in nested:
            schema = schema.get("properties", {}).get(key, {})
        properties = schema.get("properties", {})
        for key in keys:
            check(key in properties, f"the page reads {name}.{key}, which /openapi.json does not list")
    try:
        import jsonschema
        import referencing
    except ImportError:
        raise Failure("jsonschema is missing: run scripts/e2e.sh (it uses .build/openapi-venv from scripts/setup.sh)")
    resource = referencing.Resource.from_contents(document, default_specification=referencing.jsonschema.DRAFT202012)
    registry = referencing.Registry().with_resource("urn:openapi", resource)
    validator = jsonschema.Draft202012Validator({"$ref": "urn:openapi#/components/schemas/RouteRequest"}, registry=registry)
    for purpose, request in requests.items():
        errors = [e.message for e in validator.iter_errors(request)]
        check(not errors, f"the page's {purpose} request does not validate against RouteRequest: {errors}")


def run(base, out):
    os.makedirs(out, exist_ok=True)
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    check(executable, "chromium is not installed (scripts/e2e.sh installs Debian's package)")
    document = api(base, "/openapi.json")
    browser = Browser(executable)
    started = time.monotonic()
    try:
        browser.open_page()
        browser.send("Page.navigate", {"url": base + "/"})
        state = browser.wait_for("document.body && ['ready', 'problem'].includes(document.body.dataset.state) && document.body.dataset.state", "the page to load the network")
        check(state == "ready", f"the page did not start: {browser.evaluate('document.querySelector(`#problem`).textContent')}")
        check(not browser.errors(), f"errors while loading the page: {browser.errors()}")
        options = browser.evaluate("[...document.querySelectorAll('#city-names option')].map(o => o.value)")
        cities = [c["name"] for c in api(base, "/v1/cities")]
        check(options == cities, f"the completion lists {len(options)} names, /v1/cities {len(cities)}")
        has_basemap = "/v1/basemap.geojson" in document["paths"]
        land = browser.evaluate("[...document.querySelectorAll('#map .land path')].map(p => p.getAttribute('d').length)")
        check(bool(land and land[0] > 100) == has_basemap, f"land layer {land} while the API {'documents' if has_basemap else 'has no'} /v1/basemap.geojson")
        print(f"e2e: page ready ({len(options)} cities, basemap {'drawn' if has_basemap else 'not offered'}) in {time.monotonic() - started:.1f} s")

        browser.type_into("#from", "Jiaozhou")
        browser.type_into("#to", "Hamburg")
        browser.click("#submit")
        state = browser.wait_for("['answered', 'problem'].includes(document.body.dataset.state) && document.body.dataset.state", "the answer")
        check(state == "answered", f"the page shows a problem: {browser.evaluate('document.querySelector(`#problem`).textContent')}")
        requests = {p: json.loads(t) for p, t in browser.evaluate(
            "[...document.querySelectorAll('pre.request')].map(p => [p.dataset.purpose, p.textContent])")}
        check(set(requests) == {"route", "pareto"}, f"the page sent {sorted(requests)}, expected a route and a Pareto front")
        check(requests["route"]["from"] == "Jiaozhou" and requests["route"]["to"] == "Hamburg", f"the form sent {requests['route']}")
        answer = api(base, "/v1/routes", requests["route"])
        front_answer = api(base, "/v1/routes", requests["pareto"])
        for purpose, response in (("route", answer), ("pareto", front_answer)):
            check(not response.get("warnings"), f"the API ignored fields of the page's {purpose} request: {response.get('warnings')}")
        check_contract(browser, document, requests)
        check_route_shown(browser, answer["itinerary"], "the answer")
        browser.screenshot(os.path.join(out, "page.png"))
        print(f"e2e: Jiaozhou -> Hamburg shown, {len(answer['itinerary']['steps'])} steps as the API answers them")

        front = front_answer["paretoFront"]
        points = browser.evaluate("document.querySelectorAll('#chart circle.point').length")
        check(points == len(front) and len(front) >= 2, f"the chart has {points} points, the API's front {len(front)} routes")
        current = browser.evaluate(MAP_STATE)["services"]
        legs = lambda it: " ".join(s["service"] for s in it["steps"] if s["step"] == "leg")
        others = [i for i, it in enumerate(front) if legs(it) != current]
        check(others, "every route of the front is the one shown: no point to click")
        chosen = others[-1]
        browser.click(f"#chart circle.point[data-index='{chosen}']")
        browser.wait_for(f"document.querySelector('#map .route.selected')?.dataset.services !== {json.dumps(current)}", "the route to change after the click")
        check_route_shown(browser, front[chosen], f"Pareto route {chosen + 1}")
        check(browser.evaluate(f"document.querySelector('#chart circle.point[data-index=\"{chosen}\"]').classList.contains('selected')"),
              "the clicked point is not marked as selected")
        browser.screenshot(os.path.join(out, "pareto.png"))
        print(f"e2e: Pareto point {chosen + 1} of {len(front)} clicked: the map and the table show its route")

        # A what-if: the same shipment with Brest-Malaszewicze closed, beside the baseline.
        browser.type_into("#close", "Brest-Malaszewicze")
        browser.evaluate("document.body.dataset.state = 'asking'")
        browser.click("#submit")
        state = browser.wait_for("['answered', 'problem'].includes(document.body.dataset.state) && document.body.dataset.state", "the what-if answer")
        check(state == "answered", f"the what-if shows a problem: {browser.evaluate('document.querySelector(`#problem`).textContent')}")
        request = json.loads(browser.evaluate("document.querySelector('pre.request[data-purpose=route]').textContent"))
        check(request.get("disruptions") == {"close": ["Brest-Malaszewicze"]}, f"the what-if request is {request}")
        impact = api(base, "/v1/routes", request)["disruption"]
        check_route_shown(browser, impact["disrupted"], "the what-if")
        baseline = browser.evaluate("document.querySelector('#map .route.other')?.querySelectorAll('path.leg').length")
        check(baseline == sum(1 for s in impact["baseline"]["steps"] if s["step"] == "leg"), f"the baseline is drawn with {baseline} legs")
        cards = browser.evaluate("[...document.querySelectorAll('#compare .card strong')].map(c => c.textContent)")
        check(cards == ["Baseline", "Disrupted"], f"the what-if cards are {cards}")
        browser.screenshot(os.path.join(out, "what-if.png"))
        print(f"e2e: what-if (Brest-Malaszewicze closed) beside the baseline: {'rerouted' if impact['rerouted'] else 'same route'}")

        # Alternatives: the best route and two others side by side; a card clicked shows its route.
        browser.type_into("#close", "")
        browser.type_into("#alternatives", "2")
        browser.evaluate("document.body.dataset.state = 'asking'")
        browser.click("#submit")
        state = browser.wait_for("['answered', 'problem'].includes(document.body.dataset.state) && document.body.dataset.state", "the alternatives")
        check(state == "answered", f"the alternatives show a problem: {browser.evaluate('document.querySelector(`#problem`).textContent')}")
        sent = [p for p in browser.evaluate("[...document.querySelectorAll('pre.request')].map(p => p.dataset.purpose)")]
        check(sent == ["route"], f"with alternatives the page sent {sent} (a front cannot go with alternatives)")
        request = json.loads(browser.evaluate("document.querySelector('pre.request[data-purpose=route]').textContent"))
        check(request.get("alternatives") == 2 and "disruptions" not in request, f"the alternatives request is {request}")
        alternatives = api(base, "/v1/routes", request)["alternatives"]
        cards = browser.evaluate("[...document.querySelectorAll('#compare .card strong')].map(c => c.textContent)")
        check(cards == ["Best"] + [f"Alternative {a['rank']}" for a in alternatives[1:]], f"the alternatives cards are {cards}")
        check_route_shown(browser, alternatives[0]["itinerary"], "the best of the alternatives")
        browser.click("#compare .card:last-child")
        check_route_shown(browser, alternatives[-1]["itinerary"], f"alternative {alternatives[-1]['rank']}")
        print(f"e2e: {len(alternatives)} alternatives side by side, the last one shown on a click")
        check(not browser.errors(), f"console errors: {browser.errors()}")
    finally:
        browser.close()


def main():
    if len(sys.argv) != 3:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 64
    try:
        run(sys.argv[1].rstrip("/"), sys.argv[2])
    except Failure as failure:
        print(f"e2e: FAILED: {failure}", file=sys.stderr)
        return 1
    print("e2e: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
