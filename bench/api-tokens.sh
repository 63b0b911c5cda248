#!/usr/bin/env bash
# Benchmark: the cost of signing in on every API request, HTTP Basic (a bcrypt check of the password each time,
# by design) against a personal API token (an HMAC-SHA-256 and two indexed reads). Starts Beacon from the jar
# with a fresh data directory, waits for City of London's demo demand import, makes a token for
# analyst.city-of-london, then sends the same calls CONCURRENCY at a time (20 by default) each way and prints
# p50, p95 and the rate. Calls: the signed-in user (GET /api/v1/me) and City of London's demand profile by
# work type (GET /api/v1/forces/city-of-london/demand/profile). See bench/README.md.
#
#   bench/api-tokens.sh                       # 20 at a time, 400 calls of each kind each way
#   CALLS=1000 CONCURRENCY=40 bench/api-tokens.sh
#   REBUILD=1 bench/api-tokens.sh             # rebuild target/beacon.jar first
set -euo pipefail
cd "$(dirname "$0")/.."

CALLS=${CALLS:-400}
CONCURRENCY=${CONCURRENCY:-20}
PORT=${BENCH_PORT:-18094}
PASSWORD=bench-password-1
USER_NAME=analyst.city-of-london
BASE="http://127.0.0.1:$PORT"
JAR=target/beacon.jar
WORK=$(mktemp -d "${TMPDIR:-/tmp}/beacon-bench.XXXXXX")
trap 'kill "${BEACON_PID:-}" 2>/dev/null || true; wait "${BEACON_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

if [ ! -f "$JAR" ] || [ "${REBUILD:-0}" = 1 ]; then
  echo "Building $JAR"
  ./mvnw -B -q package -DskipTests
fi

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory," \
  "$(java -version 2>&1 | head -n 1)"

# A small synthetic Metropolitan year, so that its import does not compete with the calls being timed.
BEACON_DATA_DIR="$WORK/data" BEACON_DEMO_PASSWORD=$PASSWORD \
  java -Xmx1g -jar "$JAR" --server.port="$PORT" --beacon.demand.demo-met-incidents=1000 > "$WORK/beacon.log" 2>&1 &
BEACON_PID=$!
for _ in $(seq 1 240); do
  curl -sf "$BASE/actuator/health" > /dev/null 2>&1 && break
  kill -0 "$BEACON_PID" 2> /dev/null || { echo "Beacon did not start:" >&2; tail -n 30 "$WORK/beacon.log" >&2; exit 1; }
  sleep 0.5
done
echo "Beacon started on port $PORT"

# The demo imports run as jobs: wait until none of City of London's is queued or running.
for _ in $(seq 1 240); do
  jobs=$(curl -sf -u "$USER_NAME:$PASSWORD" "$BASE/api/v1/jobs")
  if [ "$jobs" != "[]" ] && ! grep -qE '"state":"(queued|running)"' <<< "$jobs"; then
    break
  fi
  sleep 0.5
done
grep -q '"state":"succeeded"' <<< "$jobs" || { echo "City of London's demo import did not succeed: $jobs" >&2; exit 1; }

TOKEN=$(curl -sf -u "$USER_NAME:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"name": "Benchmark", "expiresInDays": 1}' "$BASE/api/v1/me/api-tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
[[ "$TOKEN" == bcn_* ]] || { echo "Could not make a token" >&2; exit 1; }

# Sends $CALLS calls to $2 with the auth arguments in $1, CONCURRENCY at a time; prints one "status seconds" line each.
run() {
  local auth=$1 url=$2 count=$3
  seq 1 "$count" | xargs -P "$CONCURRENCY" -I{} sh -c \
    "curl -s -o /dev/null -w '%{http_code} %{time_total}\n' $auth '$url'"
}

report() {
  local label=$1 file=$2 wall=$3
  local failed
  failed=$(awk '$1 != 200' "$file" | wc -l)
  [ "$failed" -eq 0 ] || { echo "$label: $failed calls did not answer 200" >&2; sort "$file" | uniq -c | head >&2; exit 1; }
  sort -n -k2 "$file" | awk -v label="$label" -v wall="$wall" '
    { t[NR] = $2 }
    END {
      p50 = t[int(NR * 0.50 + 0.5)]; p95 = t[int(NR * 0.95 + 0.5)]; p99 = t[int(NR * 0.99 + 0.5)]
      printf "%-34s p50 %6.0f ms   p95 %6.0f ms   p99 %6.0f ms   %6.1f calls/s (%d calls)\n",
        label, p50 * 1000, p95 * 1000, p99 * 1000, NR / wall, NR
    }'
}

BASIC="-u $USER_NAME:$PASSWORD"
BEARER="-H 'Authorization: Bearer $TOKEN'"
ME="$BASE/api/v1/me"
PROFILE="$BASE/api/v1/forces/city-of-london/demand/profile?from=2021-01&to=2021-06&by=workType"

echo "== Warming up (the JIT, the connection pool, DuckDB's caches)"
for pass in 1 2; do
  run "$BASIC" "$PROFILE" 100 > /dev/null
  run "$BEARER" "$PROFILE" 100 > /dev/null
  run "$BASIC" "$ME" 100 > /dev/null
  run "$BEARER" "$ME" 100 > /dev/null
done

echo "== $CALLS calls of each kind, $CONCURRENCY at a time (curl's time_total for each call)"
for kind in ME PROFILE; do
  url=${!kind}
  for auth in BASIC BEARER; do
    start=$(date +%s.%N)
    run "${!auth}" "$url" "$CALLS" > "$WORK/$kind-$auth.txt"
    wall=$(awk -v start="$start" -v now="$(date +%s.%N)" 'BEGIN { print now - start }')
    name=$([ "$kind" = ME ] && echo "GET /api/v1/me" || echo "GET …/demand/profile")
    how=$([ "$auth" = BASIC ] && echo "HTTP Basic" || echo "API token")
    report "$name, $how" "$WORK/$kind-$auth.txt" "$wall"
  done
done
ps -o rss= -p "$BEACON_PID" | awk '{printf "beacon resident memory: %.0f MB\n", $1 / 1024}'
