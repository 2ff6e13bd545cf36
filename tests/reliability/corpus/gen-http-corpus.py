#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the malformed HTTP response corpus (RELIABILITY.md G12) into http/ beside this script.

Each case is NAME.http (a raw HTTP/1.1 answer: status line, headers, blank line, body; the test
fixture adds Content-Length unless the file has one, and closes the connection) and NAME.expect
(key=value lines: request = GET | POST-flow | POST-dataset | TOKEN (a client with a client secret,
so the answer is the IMS token answer), result = error | ok, then kind, status, code, requestId,
message fragment for errors, createId (the id the engine's create parse finds) for ok).
Huge bodies and the deflate bomb are generated at run time by the test, not here.
Re-run after editing: python3 gen-http-corpus.py
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "http")
REASONS = {200: "OK", 201: "Created", 301: "Moved Permanently", 302: "Found", 307: "Temporary Redirect",
           400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 406: "Not Acceptable",
           409: "Conflict", 412: "Precondition Failed", 415: "Unsupported Media Type", 429: "Too Many Requests",
           500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}
cases = []


def case(name, status, body, expect, headers=None, ctype="application/json"):
    if isinstance(body, str):
        body = body.encode("utf-8")
    hdrs = []
    if ctype:
        hdrs.append(("Content-Type", ctype))
    hdrs += headers or []
    head = "HTTP/1.1 %d %s\r\n" % (status, REASONS.get(status, "Whatever"))
    head += "".join("%s: %s\r\n" % h for h in hdrs)
    cases.append((name, head.encode("latin-1") + b"\r\n" + body, expect))


def err(kind, status, code="", rid="", message="", request="GET"):
    e = {"request": request, "result": "error", "kind": kind, "status": str(status), "code": code,
         "requestId": rid, "message": message}
    return e


def ok(request, create_id):
    return {"request": request, "result": "ok", "createId": create_id}


def kind_for(status):
    return "Auth" if status in (401, 403) else "Http"


RID = "rq-7f3c2a9e-0001"
n = 0

# Gateway {"error_code","message"}: with and without x-request-id, as GET and POST.
for code, status, msg in [("401013", 401, "Oauth token is not valid"), ("403010", 401, "Oauth token is missing."),
                          ("403000", 403, "Api Key is required"), ("403003", 403, "Api Key is invalid"),
                          ("400003", 400, "Invalid org"), ("403025", 403, "Profile is not valid"),
                          ("403027", 403, "User region is missing")]:
    for with_rid in (False, True):
        for req in ("GET", "POST-flow"):
            body = json.dumps({"error_code": code, "message": msg})
            case("gateway-%s-%s-%s" % (code, "rid" if with_rid else "norid", req.lower()), status, body,
                 err(kind_for(status), status, code, RID if with_rid else "", msg, req),
                 [("x-request-id", RID)] if with_rid else [])
# error_code as a number (wrong type) still gives the code.
case("gateway-code-as-number", 403, '{"error_code":403003,"message":"Api Key is invalid"}',
     err("Auth", 403, "403003", "", "Api Key is invalid"))

# Flow Service problem details: report.request-id, header, none.
flow_codes = [("FLOW-1439-404", 404, "Not Found", "Connection with id abc not found"),
              ("FLOW-1400-400", 400, "Bad Request", "name is required"),
              ("FLOW-1425-400", 400, "Bad Request", "Dataset schema does not match the target schema"),
              ("FLOW-1404-412", 412, "Precondition Failed", "The etag does not match"),
              ("FLOW-1418-400", 400, "Bad Request", "Connection is used by a flow"),
              ("FLOW-2105-400", 400, "Bad Request", "x-sandbox-name header is missing"),
              ("FLOW-2118-403", 403, "Forbidden", "Sandbox is not accessible"),
              ("FLOW-1412-400", 400, "Bad Request", "Mapping set version unknown"),
              ("FLOW-1500-500", 500, "Internal Server Error", "Unexpected failure"),
              ("FLOW-1503-503", 503, "Service Unavailable", "Try again later")]
for code, status, title, detail in flow_codes:
    for where in ("report", "header", "none"):
        report = {"detailed-message": detail}
        hdrs = []
        rid = ""
        if where == "report":
            report["request-id"] = RID
            rid = RID
        elif where == "header":
            hdrs = [("x-request-id", RID + "-h")]
            rid = RID + "-h"
        body = json.dumps({"type": "https://ns.adobe.com/aep/errors/" + code, "title": title, "status": status,
                           "report": report, "errorMessage": detail, "errorDetails": {}})
        case("flow-%s-%s" % (code, where), status, body, err(kind_for(status), status, code, rid, detail, "POST-flow"),
             hdrs, "application/problem+json")
# Problem with only a title (no detail fields).
case("flow-title-only", 400, '{"type":"https://ns.adobe.com/aep/errors/FLOW-1400-400","title":"Only a title","status":400}',
     err("Http", 400, "FLOW-1400-400", "", "Only a title"))

# Schema Registry.
xdm = [("XDM-3005-400", 400, "Title must be unique"), ("XDM-1006-400", 400, "Accept header is not valid"),
       ("XDM-1007-400", 400, "Accept header needs a version"), ("XDM-1011-400", 400, "Unknown $ref"),
       ("XDM-1012-404", 404, "Schema not found"), ("XDM-1001-400", 400, "Exactly one class is needed"),
       ("XDM-1521-500", 500, "Registry failure")]
for code, status, detail in xdm:
    for with_rid in (False, True):
        report = {"timestamp": "12-04-2026 20:00:00", "detailed-message": detail, "sub-errors": []}
        if with_rid:
            report["registryRequestId"] = RID
        body = json.dumps({"type": "http://ns.adobe.com/aep/errors/" + code, "title": "Registry error",
                           "status": status, "report": report, "detail": detail})
        case("xdm-%s-%s" % (code, "rid" if with_rid else "norid"), status, body,
             err(kind_for(status), status, code, RID if with_rid else "", detail))

# Catalog and Data Prep (same problem shape).
for code, status, detail, req in [("CAT-1000-400", 400, "schemaRef.id is required", "POST-dataset"),
                                  ("CAT-1404-404", 404, "Dataset not found", "GET"),
                                  ("CAT-1500-500", 500, "Catalog failure", "POST-dataset"),
                                  ("DAP-1400-400", 400, "destination is not a leaf", "POST-flow"),
                                  ("DAP-1404-404", 404, "Mapping set not found", "GET")]:
    for with_rid in (False, True):
        report = {"detailed-message": detail}
        if with_rid:
            report["request-id"] = RID
        body = json.dumps({"type": "https://ns.adobe.com/aep/errors/" + code, "title": "Error", "status": status,
                           "report": report})
        case("svc-%s-%s" % (code, "rid" if with_rid else "norid"), status, body,
             err(kind_for(status), status, code, RID if with_rid else "", detail, req))

# Generic bad request (content type), OAuth, legacy, requestId at top level.
case("generic-content-type", 400, '{"type":"/placeholder/type/uri","title":"BadRequestError","detail":"A valid content-type must be specified"}',
     err("Http", 400, "", "", "A valid content-type must be specified", "POST-flow"))
case("generic-content-type-rid", 400, '{"type":"/placeholder/type/uri","title":"BadRequestError","detail":"A valid content-type must be specified"}',
     err("Http", 400, "", RID, "A valid content-type must be specified", "POST-flow"), [("x-request-id", RID)])
for status in (400, 401):
    case("oauth-invalid-client-%d" % status, status, '{"error":"invalid_client","error_description":"invalid client_secret parameter"}',
         err(kind_for(status), status, "invalid_client", "", "invalid client_secret parameter"))
case("oauth-error-only", 400, '{"error":"invalid_scope"}', err("Http", 400, "invalid_scope", "", "invalid_scope"))
case("legacy-code-error", 400, '{"code":"ERR-42","error":"legacy failure text"}', err("Http", 400, "ERR-42", "", "legacy failure text"))
case("legacy-code-number", 500, '{"code":1234,"error":"legacy numeric"}', err("Http", 500, "1234", "", "legacy numeric"))
case("top-request-id", 400, '{"message":"plain message","requestId":"top-rid-9"}', err("Http", 400, "", "top-rid-9", "plain message"))
case("top-request_id", 400, '{"message":"snake message","request_id":"snake-rid-9"}', err("Http", 400, "", "snake-rid-9", "snake message"))
case("errormessage-only", 404, '{"errorMessage":"only errorMessage"}', err("Http", 404, "", "", "only errorMessage"))

# Raw text and HTML error pages for every status.
for status in (400, 401, 403, 404, 406, 409, 412, 415, 429, 500, 502, 503, 504):
    case("text-%d" % status, status, "Upstream said no (%d)" % status, err(kind_for(status), status, "", "", "Upstream said no (%d)" % status), ctype="text/plain")
    html = "<!DOCTYPE html><html><head><title>%d %s</title></head><body><h1>%s</h1><p>nginx</p></body></html>" % (
        status, REASONS[status], REASONS[status])
    case("html-%d" % status, status, html, err(kind_for(status), status, "", "", "without a readable error message"), ctype="text/html")
    case("empty-%d" % status, status, b"", err(kind_for(status), status, "", "", "without a readable error message"), ctype="")
    case("html-%d-rid" % status, status, html, err(kind_for(status), status, "", RID, "without a readable error message"),
         [("x-request-id", RID)], ctype="text/html")
# Error bodies that are not JSON objects.
for i, body in enumerate(['["an","array"]', '"a string"', "42", "null", "true", "{", '{"error_code":', "{\"message\":\"x\"}garbage"]):
    expected = body.strip()[:300]
    case("error-nonobject-%02d" % i, 400, body, err("Http", 400, "", "", expected))

# 2xx answers that cannot be parsed: truncated JSON at many cut points.
flow_answer = json.dumps({"id": "3f1c9d2e-0000-4000-8000-000000000001", "etag": "\"5400d99c-0000-0200-0000-65a0b0c00000\""})
for cut in range(1, len(flow_answer), 3):
    case("trunc-flow-create-%03d" % cut, 201, flow_answer[:cut], err("Parse", 201, "", "", "not valid JSON", "POST-flow"))
list_answer = json.dumps({"items": [{"id": "a", "name": "x [dataflow:1a2b3c4d:flow]"}], "_links": {}})
for cut in (5, 17, 33, 49, 61):
    case("trunc-list-%03d" % cut, 200, list_answer[:cut], err("Parse", 200, "", "", "not valid JSON"))
# Invalid UTF-8, NUL bytes, deep nesting, HTML with 200, garbage after JSON.
for i, bad in enumerate([b"\xff\xfe", b"\xc3\x28", b"\xe2\x82", b"\xf0\x28\x8c\xbc", b"\xed\xa0\x80", b"\xc0\xaf"]):
    case("utf8-invalid-%02d" % i, 200, b'{"id":"' + bad + b'"}', err("Parse", 200, "", "", "not valid JSON"))
for i, where in enumerate([b'{"id":"ab"}\x00', b'\x00{"id":"ab"}', b'{"id"\x00:"ab"}', b'{"id":"ab",\x00"x":1}']):
    case("nul-%02d" % i, 200, where, err("Parse", 200, "", "", "not valid JSON"))
# A raw NUL inside a string: QJsonDocument accepts it (RFC 8259 forbids unescaped control
# characters). Recorded as accepted so a stricter parser shows up as a change here.
case("nul-inside-string-accepted", 201, b'{"id":"a\x00b"}', ok("POST-flow", "a\x00b"))
case("nested-1025-arrays", 200, "[" * 1025 + "]" * 1025, err("Parse", 200, "", "", "not valid JSON"))
case("nested-1025-objects", 200, '{"a":' * 1025 + "1" + "}" * 1025, err("Parse", 200, "", "", "not valid JSON"))
case("nested-5000-unclosed", 200, "[" * 5000, err("Parse", 200, "", "", "not valid JSON"))
case("html-200", 200, "<html><body>Welcome to nginx!</body></html>", err("Parse", 200, "", "", "not valid JSON"), ctype="text/html")
case("html-201-create", 201, "<html><body>Created</body></html>", err("Parse", 201, "", "", "not valid JSON", "POST-flow"), ctype="text/html")
case("garbage-after", 200, '{"items":[]} trailing', err("Parse", 200, "", "", "not valid JSON"))
case("single-quotes", 200, "{'items':[]}", err("Parse", 200, "", "", "not valid JSON"))
case("trailing-comma", 200, '{"items":[1,2,],}', err("Parse", 200, "", "", "not valid JSON"))
case("nan", 200, '{"count":NaN}', err("Parse", 200, "", "", "not valid JSON"))
case("comment", 200, '{"items":[]} // done', err("Parse", 200, "", "", "not valid JSON"))
case("bare-word", 200, "OK", err("Parse", 200, "", "", "not valid JSON"), ctype="text/plain")

# 2xx answers that parse but have the wrong shape: the create parse path finds no id.
for name, body, req in [("id-number", '{"id":12345,"etag":"\\"e\\""}', "POST-flow"),
                        ("id-null", '{"id":null}', "POST-flow"),
                        ("id-object", '{"id":{"value":"x"}}', "POST-flow"),
                        ("id-array", '{"id":["x"]}', "POST-flow"),
                        ("id-bool", '{"id":true}', "POST-flow"),
                        ("id-missing", '{"etag":"\\"e\\""}', "POST-flow"),
                        ("items-object", '{"items":{"id":"x"}}', "POST-flow"),
                        ("array-answer", '[{"id":"x"}]', "POST-flow"),
                        ("empty-object", "{}", "POST-flow"),
                        ("ds-empty-array", "[]", "POST-dataset"),
                        ("ds-number-in-array", "[42]", "POST-dataset"),
                        ("ds-object-no-id", '{"name":"abc"}', "POST-dataset")]:
    case("shape-" + name, 201 if req == "POST-flow" else 201, body, ok(req, ""))
# The good shapes, so the parse path is shown to work (control cases).
case("shape-good-flow", 201, '{"id":"good-flow-id","etag":"\\"e1\\""}', ok("POST-flow", "good-flow-id"))
case("shape-good-dataset", 201, '["@/dataSets/5c8c3c555033b814b69f947f"]', ok("POST-dataset", "5c8c3c555033b814b69f947f"))
case("shape-good-dataset-object", 201, '{"id":"5c8c3c555033b814b69f947e"}', ok("POST-dataset", "5c8c3c555033b814b69f947e"))
# Bare scalars at the top level: Qt 6.4 refuses them, so a create answer like this is ambiguous.
for name, body, req in [("string", '"x"', "POST-flow"), ("number", "7", "POST-flow"), ("null", "null", "POST-flow"),
                        ("ds-string", '"@/dataSets/5c8c3c555033b814b69f947e"', "POST-dataset"),
                        ("ds-number", "12", "POST-dataset"), ("ds-null", "null", "POST-dataset"), ("true", "true", "GET")]:
    case("scalar-top-" + name, 201, body, err("Parse", 201, "", "", "not valid JSON", req))
# Empty 2xx: success without a body, no id (the engine must treat it as ambiguous).
for status in (200, 201):
    for req in ("POST-flow", "POST-dataset"):
        case("empty-%d-%s" % (status, req.lower()), status, b"", ok(req, ""), ctype="")
case("whitespace-200", 200, "  \r\n\t ", ok("POST-flow", ""))

# Redirects are errors (credentials never follow).
for status in (301, 302, 307):
    case("redirect-%d" % status, status, "", err("Http", status, "redirect", "", "redirected"),
         [("Location", "http://127.0.0.2:9/elsewhere")], ctype="")
# 429 with various Retry-After values.
for i, ra in enumerate(["1", "120", "Wed, 21 Oct 2015 07:28:00 GMT", "garbage", "-5", "99999999999"]):
    case("429-retry-after-%d" % i, 429, '{"error_code":"429050","message":"Too many requests"}',
         err("Http", 429, "429050", "", "Too many requests"), [("Retry-After", ra)])
# Wrong Content-Length: declares more than sent → cut off; 2xx.
case("short-body-200", 200, '{"items":[{"id":"a"}', err("Parse", 200, "", "", ""), [("Content-Length", "4000")])
case("short-body-201", 201, '{"id":"x"', err("Parse", 201, "", "", "", "POST-flow"), [("Content-Length", "900")])
case("short-body-empty", 200, b"", err("Parse", 200, "", "", ""), [("Content-Length", "100")], ctype="")

# IMS token answers (the client holds a client secret and asks for a token first).
def tok(name, status, body, kind, code, message, ctype="application/json", rid="", seen_status=None):
    # A token answer that is valid JSON but unusable is refused by the token parser, which has no
    # HTTP status (0); IMS 4xx answers are credential problems (Auth) whatever the status.
    e = err(kind, status if seen_status is None else seen_status, code, rid, message, "TOKEN")
    case("ims-" + name, status, body, e, [("x-request-id", rid)] if rid else [], ctype)


tok("not-json", 200, "access_token=abc", "Parse", "", "not valid JSON", "text/plain")
tok("array", 200, '[{"access_token":"abc"}]', "Parse", "", "not a JSON object", seen_status=0)
tok("empty-object", 200, "{}", "Parse", "", "no access_token", seen_status=0)
tok("token-number", 200, '{"access_token":123,"expires_in":86399}', "Parse", "", "no access_token", seen_status=0)
tok("token-empty", 200, '{"access_token":"","expires_in":86399}', "Parse", "", "no access_token", seen_status=0)
tok("token-null", 200, '{"access_token":null,"expires_in":86399}', "Parse", "", "no access_token", seen_status=0)
for label, value in [("jwt-milliseconds", "86399992"), ("zero", "0"), ("59", "59"), ("negative", "-5"),
                     ("above-48h", "172801"), ("string-garbage", '"soon"'), ("missing", None), ("null", "null"),
                     ("object", '{"s":1}')]:
    body = '{"access_token":"tok","token_type":"bearer"%s}' % ("" if value is None else ',"expires_in":' + value)
    tok("expires-" + label, 200, body, "Parse", "", "implausible expires_in", seen_status=0)
tok("invalid-client-401", 401, '{"error":"invalid_client","error_description":"invalid client_secret parameter"}',
    "Auth", "invalid_client", "invalid client_secret parameter")
tok("invalid-client-400", 400, '{"error":"invalid_client","error_description":"invalid client_id parameter"}',
    "Auth", "invalid_client", "invalid client_id parameter", rid=RID)
tok("invalid-scope", 400, '{"error":"invalid_scope","error_description":"scope not allowed"}', "Auth", "invalid_scope", "scope not allowed")
tok("html-503", 503, "<html><body>Service Unavailable</body></html>", "Http", "", "without a readable error message", "text/html")
tok("truncated", 200, '{"access_token":"abc","expi', "Parse", "", "not valid JSON")

if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)
for name, raw, expect in cases:
    with open(os.path.join(OUT, name + ".http"), "wb") as f:
        f.write(raw)
    with open(os.path.join(OUT, name + ".expect"), "w", encoding="utf-8") as f:
        for k, v in expect.items():
            f.write("%s=%s\n" % (k, v))
print(len(cases), "cases in", OUT)
