#!/usr/bin/env bash
# Smoke test of the README's main job, `./airlock serve --demo`, on the embedded defaults (H2 and a
# local web root under one data directory): starts it on a loopback port, submits a leak-shaped
# workbook and a harmless one through the API as the demo publisher, and checks that the first is
# BLOCKED, the second PASSED and then PUBLISHED into the web root, and that the audit log verifies.
# Exits non-zero, with the server's log, on any other outcome. Used by .ci/run.
#   scripts/smoke-serve.sh [DATA_DIR] [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-target/smoke-serve}"
port="${2:-18181}"
base="http://127.0.0.1:$port"
rm -rf "$data"
mkdir -p "$data"
log="$data/serve.log"

./airlock serve --demo --port "$port" --data "$data/gate" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT

fail() {
  echo "smoke-serve: $*" >&2
  echo "--- server log (last 40 lines) ---" >&2
  tail -40 "$log" >&2 || true
  exit 1
}

for _ in $(seq 1 180); do
  if curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; then
    break
  fi
  kill -0 "$server" 2>/dev/null || fail "the server exited before it was up"
  sleep 1
done
curl -fs "$base/actuator/health" | grep -q '"UP"' || fail "not healthy after 180 s"

./airlock generate ice-very-hidden aggregate -o "$data/site" >/dev/null

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

submit() {
  curl -fs -u publisher:demo -F "file=@$1" -F "target=statistics/detention.xlsx" "$base/api/v1/submissions" | json "['id']"
}

leak=$(submit "$data/site/ice-very-hidden.xlsx") || fail "submitting the leak failed"
state=$(curl -fs -u publisher:demo "$base/api/v1/submissions/$leak?wait=60" | json "['state']")
[ "$state" = "BLOCKED" ] || fail "the ICE-style workbook ended $state, expected BLOCKED"

clean=$(submit "$data/site/aggregate.xlsx") || fail "submitting the clean workbook failed"
state=$(curl -fs -u publisher:demo "$base/api/v1/submissions/$clean?wait=60" | json "['state']")
[ "$state" = "PASSED" ] || fail "the aggregate workbook ended $state, expected PASSED"
state=$(curl -fs -u publisher:demo -X POST "$base/api/v1/submissions/$clean/publish" | json "['state']")
[ "$state" = "PUBLISHED" ] || fail "publishing ended $state, expected PUBLISHED"
cmp -s "$data/site/aggregate.xlsx" "$data/gate/webroot/statistics/detention.xlsx" \
  || fail "the published file is not in the web root as submitted"

valid=$(curl -fs -u auditor:demo "$base/api/v1/audit/verify" | json "['valid']")
[ "$valid" = "True" ] || fail "the audit log does not verify"

echo "smoke-serve: ok — leak BLOCKED, clean file PASSED and PUBLISHED, audit log verifies ($base, data in $data)"
