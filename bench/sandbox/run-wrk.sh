#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Benchmark (not a test): requests/s of the sandbox's hottest read,
#   GET …/connections/{id}/explore?objectType=table&object=incident
# with wrk -t2 -c16 -d5s on loopback. Target: >= 2000 requests/s.
# Usage: bench/sandbox/run-wrk.sh [path/to/aep-sandbox]   (default: build/bin/aep-sandbox)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-$here/../../build/bin/aep-sandbox}
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 2; }
[ -x "$binary" ] || { echo "no aep-sandbox at $binary (build it, or pass its path)" >&2; exit 2; }

work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

"$binary" --print-url >"$work/url" 2>"$work/stderr" &
server=$!
for _ in $(seq 50); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(head -n1 "$work/url")
[ -n "$url" ] || { echo "aep-sandbox did not start:" >&2; cat "$work/stderr" >&2; exit 1; }

token=$(curl -sf -X POST "$url/ims/token/v3" \
    -d grant_type=client_credentials -d client_id=demo-client-id \
    -d client_secret=demo-client-secret -d scope=openid \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "no token" >&2; exit 1; }

headers=(-H "Authorization: Bearer $token" -H "x-api-key: demo-client-id"
         -H "x-gw-ims-org-id: DEMO0000000000000000ORG0@AdobeOrg" -H "x-sandbox-name: prod")
connection=$(curl -sf "${headers[@]}" \
    "$url/data/foundation/flowservice/connections?property=connectionSpec.id==eb13cb25-47ab-407f-ba89-c0125281c563" \
    | sed -n 's/.*"id":"\([0-9a-f-]\{36\}\)".*/\1/p' | head -n1)
[ -n "$connection" ] || { echo "no demo ServiceNow connection" >&2; exit 1; }
path="/data/foundation/flowservice/connections/$connection/explore?objectType=table&object=incident"
status=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$url$path")
[ "$status" = 200 ] || { echo "explore answered $status" >&2; exit 1; }

cat >"$work/headers.lua" <<LUA
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["x-api-key"] = "demo-client-id"
wrk.headers["x-gw-ims-org-id"] = "DEMO0000000000000000ORG0@AdobeOrg"
wrk.headers["x-sandbox-name"] = "prod"
LUA

wrk -t2 -c16 -d5s -s "$work/headers.lua" "$url$path" | tee "$work/wrk.txt"
rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/wrk.txt")
non2xx=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$work/wrk.txt")
echo
echo "explore(table=incident): ${rps:-?} requests/s (target >= 2000)${non2xx:+, non-2xx: $non2xx}"
