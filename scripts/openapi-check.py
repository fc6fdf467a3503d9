#!/usr/bin/env python3
"""Checks the service's OpenAPI document and the responses a test run got against it.

usage: openapi-check.py DOCUMENT EXCHANGES

DOCUMENT is the body of `GET /openapi.json`. EXCHANGES is a JSON array of the requests a test sent
and what the server answered:

    {"method": "POST", "path": "/v1/routes", "requestBody": "{...}" or null,
     "status": 200, "headers": {"content-type": "...", "content-length": "...", "allow": "..."},
     "body": "..."}

It fails (exit 1, every problem listed) when
  - the document is not valid OpenAPI 3.1 (openapi-spec-validator);
  - a response's status is not documented for its operation (an unknown path must answer 404 as
    `#/components/responses/NotFound`; a documented path with another method 405 as
    `#/components/responses/MethodNotAllowed`, its `Allow` listing exactly the documented methods);
  - a response's content type is not documented for that status, or a JSON body does not validate
    against its schema (jsonschema, draft 2020-12, `$ref`s resolved inside the document);
  - a HEAD response has a body, or a content type the GET does not document;
  - the request body of a 2xx answer does not validate against the operation's request schema;
  - an operation of the document was never exercised, or a discriminator value was never seen in
    a response (so a new `oneOf` branch needs a request that produces it).
Exit 2 when openapi-spec-validator or jsonschema is missing: `bash scripts/setup.sh` installs them.
"""

import json
import re
import sys

try:
    import jsonschema
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012
except ImportError as error:
    print(
        f"openapi-check: {error} ({sys.executable}); `bash scripts/setup.sh` installs "
        "openapi-spec-validator and jsonschema",
        file=sys.stderr,
    )
    sys.exit(2)

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
BASE = "urn:silkroute:openapi"


def pointer_token(text):
    return text.replace("~", "~0").replace("/", "~1")


def resolve_local(document, value, pointer):
    """Follows a local `$ref` (response objects) and returns the target with its JSON pointer."""
    while isinstance(value, dict) and "$ref" in value:
        reference = value["$ref"]
        if not reference.startswith("#/"):
            raise ValueError(f"only local references are supported: {reference}")
        pointer = reference[1:]
        value = document
        for token in pointer[1:].split("/"):
            value = value[token.replace("~1", "/").replace("~0", "~")]
    return value, pointer


def media_type(header):
    return (header or "").split(";")[0].strip().lower()


def is_json(media):
    return media == "application/json" or media.endswith("+json")


def describe(instance, limit=160):
    text = json.dumps(instance, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def explain(error):
    """Readable lines for one validation error; a failed `oneOf` with a discriminator is explained
    by the branch its discriminator value names, or by the value no branch documents."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    discriminator = schema.get("discriminator")
    if error.validator == "oneOf" and isinstance(discriminator, dict) and isinstance(error.instance, dict):
        name = discriminator.get("propertyName")
        mapping = discriminator.get("mapping", {})
        value = error.instance.get(name)
        if value not in mapping:
            return [f"at {error.json_path}: {name} {value!r} is not documented (documented: {', '.join(mapping)})"]
        target = mapping[value]
        branches = [i for i, branch in enumerate(schema.get("oneOf", [])) if branch.get("$ref") == target]
        lines = []
        for sub in error.context or []:
            if sub.schema_path and sub.schema_path[0] in branches:
                lines.extend(explain(sub))
        if lines:
            return lines
    message = error.message if len(error.message) < 240 else f"{describe(error.instance)} fails {error.validator}"
    return [f"at {error.json_path}: {message}"]


def schema_errors(registry, pointer, instance):
    """Every validation error of `instance` against the schema at `pointer`, as readable lines;
    the same error at many array indices is said once, with a count."""
    validator = jsonschema.Draft202012Validator({"$ref": f"{BASE}#{pointer}"}, registry=registry)
    counts = {}
    for error in validator.iter_errors(instance):
        for line in explain(error):
            key = re.sub(r"\[[0-9]+\]", "[*]", line)
            counts[key] = counts.get(key, 0) + 1
    return [line if count == 1 else f"{line} (×{count})" for line, count in sorted(counts.items())]


def discriminators(value, found):
    """(propertyName, mapping keys) of every discriminator in the document."""
    if isinstance(value, dict):
        discriminator = value.get("discriminator")
        if isinstance(discriminator, dict) and "propertyName" in discriminator:
            found.append((discriminator["propertyName"], sorted(discriminator.get("mapping", {}))))
        for item in value.values():
            discriminators(item, found)
    elif isinstance(value, list):
        for item in value:
            discriminators(item, found)
    return found


def collect_values(value, name, seen):
    if isinstance(value, dict):
        if isinstance(value.get(name), str):
            seen.add(value[name])
        for item in value.values():
            collect_values(item, name, seen)
    elif isinstance(value, list):
        for item in value:
            collect_values(item, name, seen)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as file:
        document = json.load(file)
    with open(argv[2], encoding="utf-8") as file:
        exchanges = json.load(file)

    problems = []
    for error in OpenAPIV31SpecValidator(document).iter_errors():
        problems.append(f"document: {error.message[:300]} (at {'/'.join(str(p) for p in error.absolute_path)})")
    if problems:
        # Response checks against an invalid document would only add noise.
        print("\n".join(problems))
        print(f"openapi-check: the document is not valid OpenAPI {document.get('openapi')}")
        return 1

    registry = Registry().with_resource(BASE, DRAFT202012.create_resource(document))
    paths = document.get("paths", {})
    exercised = set()
    statuses_seen = set()
    bodies = []

    for exchange in exchanges:
        method = exchange["method"].lower()
        path = exchange["path"].split("?")[0]
        status = exchange["status"]
        headers = {name.lower(): value for name, value in exchange.get("headers", {}).items()}
        body = exchange.get("body") or ""
        request_text = exchange.get("requestBody") or ""
        shown = request_text if len(request_text) <= 90 else request_text[:89] + "…"
        name = f"{exchange['method']} {exchange['path']}{' ' + shown if shown else ''} → {status}"
        item = paths.get(path)
        operation = item.get(method) if item else None

        if item is None:
            if status != 404:
                problems.append(f"{name}: an undocumented path must answer 404")
                continue
            response, pointer = resolve_local(document, {"$ref": "#/components/responses/NotFound"}, "")
        elif operation is None:
            if status != 405:
                problems.append(f"{name}: {exchange['method']} is not documented for {path}, so it must answer 405")
                continue
            documented = sorted(m.upper() for m in item if m in METHODS)
            allowed = sorted(m.strip() for m in headers.get("allow", "").split(",") if m.strip())
            if allowed != documented:
                problems.append(f"{name}: Allow is {headers.get('allow')!r}, the document has {', '.join(documented)}")
            response, pointer = resolve_local(document, {"$ref": "#/components/responses/MethodNotAllowed"}, "")
        else:
            exercised.add((path, method))
            statuses_seen.add((path, method, str(status)))
            responses = operation.get("responses", {})
            if str(status) not in responses:
                problems.append(f"{name}: status {status} is not documented (documented: {', '.join(sorted(responses))})")
                continue
            base = f"/paths/{pointer_token(path)}/{method}/responses/{status}"
            response, pointer = resolve_local(document, responses[str(status)], base)
            request_body = exchange.get("requestBody")
            if 200 <= status < 300 and request_body is not None and "requestBody" in operation:
                request_content = operation["requestBody"].get("content", {})
                if "application/json" in request_content:
                    request_pointer = f"/paths/{pointer_token(path)}/{method}/requestBody/content/application~1json/schema"
                    for line in schema_errors(registry, request_pointer, json.loads(request_body)):
                        problems.append(f"{name}: the request was answered but its body fails the request schema {line}")

        content_type = media_type(headers.get("content-type"))
        if method == "head":
            if body:
                problems.append(f"{name}: a HEAD response has a body ({len(body)} characters)")
            get = item.get("get") if item else None
            if get is not None and str(status) in get.get("responses", {}):
                get_response, _ = resolve_local(document, get["responses"][str(status)], "")
                documented_types = {media_type(key) for key in get_response.get("content", {})}
                if documented_types and content_type not in documented_types:
                    problems.append(f"{name}: content type {content_type!r} is not one GET documents: {sorted(documented_types)}")
            for header, spec in response.get("headers", {}).items():
                spec, _ = resolve_local(document, spec, "")
                if spec.get("required") and header.lower() not in headers:
                    problems.append(f"{name}: the documented header {header} is missing")
            continue

        for header, spec in response.get("headers", {}).items():
            spec, _ = resolve_local(document, spec, "")
            if spec.get("required") and header.lower() not in headers:
                problems.append(f"{name}: the documented header {header} is missing")
        content = response.get("content", {})
        if not content:
            if body:
                problems.append(f"{name}: the response documents no body but has one ({content_type})")
            continue
        matches = [key for key in content if media_type(key) == content_type]
        if not matches:
            problems.append(f"{name}: content type {content_type!r} is not documented (documented: {', '.join(content)})")
            continue
        media = matches[0]
        if "schema" not in content[media]:
            continue
        schema_pointer = f"{pointer}/content/{pointer_token(media)}/schema"
        if content_type == "application/jsonl":
            # JSON Lines: the schema is that of each line.
            try:
                instances = [json.loads(line) for line in body.split("\n") if line]
            except ValueError as error:
                problems.append(f"{name}: a line of the body is not JSON: {error}")
                continue
            if not instances:
                problems.append(f"{name}: the JSON Lines body has no line")
            bodies.extend(instances)
        elif is_json(content_type):
            try:
                instances = [json.loads(body)]
            except ValueError as error:
                problems.append(f"{name}: the body is not JSON: {error}")
                continue
            bodies.extend(instances)
        else:
            instances = [body]
        for instance in instances:
            for line in schema_errors(registry, schema_pointer, instance):
                problems.append(f"{name}: {line}")

    for path, item in paths.items():
        for method in item:
            if method in METHODS and (path, method) not in exercised:
                problems.append(f"{method.upper()} {path}: documented but no test request exercised it")

    for property_name, values in discriminators(document, []):
        seen = set()
        for body in bodies:
            collect_values(body, property_name, seen)
        missing = [value for value in values if value not in seen]
        if missing:
            problems.append(
                f"discriminator {property_name!r}: no response had {', '.join(missing)}: add a request that produces it"
            )

    untested = [
        f"{method.upper()} {path} {status}"
        for path, item in paths.items()
        for method, operation in item.items()
        if method in METHODS
        for status in operation.get("responses", {})
        if (path, method, status) not in statuses_seen
    ]
    if untested:
        print(f"openapi-check: documented but not produced by this run: {', '.join(untested)}")
    if problems:
        print("\n".join(problems))
        print(f"openapi-check: {len(problems)} problem(s) in {len(exchanges)} responses")
        return 1
    print(
        f"openapi-check: the document is valid OpenAPI {document['openapi']}; "
        f"{len(exchanges)} responses validate against it"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
