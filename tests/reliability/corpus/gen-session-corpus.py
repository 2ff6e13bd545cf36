#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the extra malformed session files (RELIABILITY.md G12) into session/ beside this script,
with session/expected.tsv: file, mode (load: SessionFile::load refuses it; validate: it loads and
Session::validate() reports the path), and a fragment of the message. The 66 files of
tests/data/session/malformed/ are reused by the test from their own expected.tsv.
Re-run after editing: python3 gen-session-corpus.py
"""
import copy
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "session")
EXAMPLE = os.path.join(HERE, "..", "..", "..", "docs", "examples", "servicenow-incidents.json")
with open(EXAMPLE, encoding="utf-8") as f:
    base = json.load(f)
cases = []


def add(name, data, mode, fragment):
    if not isinstance(data, bytes):
        data = json.dumps(data, indent=1).encode("utf-8")
    cases.append((name + ".json", data, mode, fragment))


def patched(path, value):
    d = copy.deepcopy(base)
    cur = d
    for k in path[:-1]:
        cur = cur[k]
    if value is KeyError:
        del cur[path[-1]]
    else:
        cur[path[-1]] = value
    return d


# Unknown or wrong formatVersion / format.
for v in (0, 2, 99, -1, 1.5):
    add("format-version-%s" % str(v).replace(".", "_").replace("-", "minus"), patched(["formatVersion"], v), "load", "$.formatVersion")
for v in ("1", None, True, [1], {"v": 1}):
    add("format-version-type-%s" % type(v).__name__, patched(["formatVersion"], v), "load", "$.formatVersion")
add("format-version-missing", patched(["formatVersion"], KeyError), "load", "$.formatVersion")
add("format-other", patched(["format"], "other-format"), "load", "$.format")
add("format-number", patched(["format"], 7), "load", "$.format")
add("format-missing", patched(["format"], KeyError), "load", "$.format")

# Wrong types per field.
for path, value, frag in [
        (["environment"], "env", "$.environment"),
        (["environment", "orgId"], 12, "$.environment.orgId"),
        (["environment", "sandbox"], ["prod"], "$.environment.sandbox"),
        (["environment", "clientId"], {"id": 1}, "$.environment.clientId"),
        (["environment", "platformUrl"], False, "$.environment.platformUrl"),
        (["source"], [], "$.source"),
        (["source", "tableName"], 3, "$.source.tableName"),
        (["source", "columns"], "sys_id", "$.source.columns"),
        (["source", "columns"], [1, 2], "$.source.columns[0]"),
        (["source", "baseConnection"], "conn", "$.source.baseConnection"),
        (["source", "baseConnection", "params"], [1], "$.source.baseConnection.params"),
        (["source", "baseConnection", "name"], 5, "$.source.baseConnection.name"),
        (["target"], 1, "$.target"),
        (["target", "schema"], "s", "$.target.schema"),
        (["target", "schema", "title"], {}, "$.target.schema.title"),
        (["target", "schema", "fieldGroupIds"], "x", "$.target.schema.fieldGroupIds"),
        (["target", "schema", "fieldGroupIds"], ["a", 3], "$.target.schema.fieldGroupIds[1]"),
        (["target", "dataset"], [], "$.target.dataset"),
        (["target", "dataset", "name"], 1.5, "$.target.dataset.name"),
        (["mapping"], {}, "$.mapping"),
        (["mapping"], [7], "$.mapping[0]"),
        (["dataflow"], "flow", "$.dataflow"),
        (["dataflow", "name"], 5, "$.dataflow.name")]:
    add("type-" + "-".join(path) + "-" + type(value).__name__, patched(path, value), "load", frag)
d = copy.deepcopy(base)
d["mapping"][1]["sourceType"] = "FORMULA"
add("mapping-source-type-unknown", d, "load", "$.mapping[1].sourceType")
d = copy.deepcopy(base)
d["mapping"][0]["source"] = 42
add("mapping-source-number", d, "load", "$.mapping[0].source")

# Secrets in params: the file loads, validate() names the path (and save drops the secret).
for key in ("password", "securityToken", "clientSecret", "accessToken"):
    d = copy.deepcopy(base)
    d["source"]["baseConnection"]["params"][key] = "canary-session-secret"
    add("secret-param-" + key, d, "validate", "$.source.baseConnection.params." + key)

# Duplicate keys (StrictJson refuses them; QJsonDocument would keep the last).
raw = json.dumps(base, indent=1)
add("duplicate-top-format", raw.replace('"formatVersion": 1', '"formatVersion": 1, "formatVersion": 1', 1).encode(), "load", "uplicate")
add("duplicate-environment", raw.replace('"sandbox": "prod"', '"sandbox": "prod", "sandbox": "dev"', 1).encode(), "load", "uplicate")
add("duplicate-mapping-row", raw.replace('"sourceType": "ATTRIBUTE"', '"sourceType": "ATTRIBUTE", "sourceType": "STATIC"', 1).encode(), "load", "uplicate")
add("duplicate-escaped", raw.replace('"tableName": "incident"', '"tableName": "incident", "table\\u004eame": "x"', 1).encode(), "load", "uplicate")

# Nesting 1025 inside an opaque object (wizard state), and just deep enough arrays.
add("nesting-1025-wizard", raw[:-1].encode() + b', "wizard": ' + b"[" * 1025 + b"]" * 1025 + b"}", "load", "nest")
add("nesting-1025-objects", b'{"a":' * 1025 + b"1" + b"}" * 1025, "load", "nest")
add("nesting-100000", b"[" * 100000, "load", "nest")

# Invalid UTF-8 and NUL in values of a real session.
for i, bad in enumerate([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]):
    add("utf8-bad-table-%d" % i, raw.encode().replace(b'"incident"', b'"inc' + bad + b'ident"', 1), "load", "UTF-8")
add("nul-in-value", raw.encode().replace(b'"incident"', b'"inc\x00ident"', 1), "load", "$.source.tableName")
add("nul-after-document", raw.encode() + b"\x00", "load", "")
add("bom-then-garbage", b"\xef\xbb\xbf" + b"garbage", "load", "")
add("truncated-half", raw.encode()[: len(raw) // 2], "load", "truncated")
add("truncated-one-byte-short", raw.encode().rstrip()[:-1], "load", "truncated")
add("top-level-array", b"[" + raw.encode() + b"]", "load", "$")
add("top-level-string", b'"session"', "load", "$")
add("top-level-null", b"null", "load", "$")
add("number-huge", raw.replace('"formatVersion": 1', '"formatVersion": 1e999', 1).encode(), "load", "$.formatVersion")

if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)
with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8") as tsv:
    tsv.write("# file\tmode (load | validate)\tmessage fragment\n")
    for name, data, mode, frag in cases:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        tsv.write("%s\t%s\t%s\n" % (name, mode, frag))
print(len(cases), "session files in", OUT)
