#!/usr/bin/env bash
# Whole-process benchmark of demand imports and profiles, as issue 3 asks:
#  1. generates N canonical incidents (default 10 million) with a fixed seed, filling only the columns every
#     row must have (about 720 MB, near the 650 MB the issue supposes); BENCH_COLUMNS=all fills every column
#     (arrival and clear times, units, place, outcome: about 1.6 GB);
#  2. times DuckDB's own read_csv of that file (the baseline; median of 3 runs each);
#  3. starts Beacon from the jar with the heap capped at 1 GB, uploads the file through the API and
#     times the import job from the POST to "succeeded" (BENCH_IMPORT_RUNS times, 3 by default, deleting
#     the import between runs; the median counts);
#  4. times each profile grouping through the API (median of repeated runs).
# It prints each figure. Usage: bench/demand-import.sh [incidents] [profile-runs]
set -euo pipefail
cd "$(dirname "$0")/.."

INCIDENTS=${1:-10000000}
RUNS=${2:-21}
IMPORT_RUNS=${BENCH_IMPORT_RUNS:-3}
PASSWORD=bench-password-1
PORT=${BENCH_PORT:-18080}
WORK=$(mktemp -d /tmp/beacon-bench.XXXXXX)
trap 'kill "${BEACON_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/beacon.jar ] && [ -d target/test-classes/uk/beacon/demand/bench ] || ./mvnw -B -q package -DskipTests
JAR=target/beacon.jar
# A main class from the jar, or from the test classes beside it (the DuckDB baseline), without starting Spring.
launch() {
  java -Xmx1g -cp "$JAR" -Dloader.path=target/test-classes -Dloader.main="$1" \
    org.springframework.boot.loader.launch.PropertiesLauncher "${@:2}"
}
now() { date +%s.%N; }
seconds() { echo "$2 - $1" | bc -l | xargs printf '%.2f'; }

if [ -n "${BENCH_FILE:-}" ]; then
  # A canonical CSV of your own instead of a generated one; INCIDENTS must be its number of rows.
  cp "$BENCH_FILE" "$WORK/demand.csv"
  ls -l "$WORK/demand.csv" | awk '{printf "file: %.0f MB (given)\n", $5 / 1048576}'
else
  echo "== Generating $INCIDENTS incidents"
  launch uk.beacon.demand.synthetic.GenerateDemand --incidents "$INCIDENTS" --seed 42 --out "$WORK/demand.csv" \
    --format csv --force metropolitan --columns "${BENCH_COLUMNS:-required}"
  ls -l "$WORK/demand.csv" | awk '{printf "file: %.0f MB\n", $5 / 1048576}'
fi

echo "== DuckDB read_csv baseline"
BASELINE_OUT=$(launch uk.beacon.demand.bench.DuckDbLoadBaseline "$WORK/demand.csv")
echo "$BASELINE_OUT"
# DuckDB's read_csv into an in-memory table, into a table of a database file, and parse only.
BASELINE=$(echo "$BASELINE_OUT" | grep '^duckdb read_csv:' | sed -E 's/.* in ([0-9.]+) s.*/\1/')
PARSE_ONLY=$(echo "$BASELINE_OUT" | grep '^duckdb read_csv, parse and count only' | sed -E 's/.* in ([0-9.]+) s.*/\1/')
ON_DISK=$(echo "$BASELINE_OUT" | grep '^duckdb read_csv into a database file' | sed -E 's/.* in ([0-9.]+) s.*/\1/')

echo "== Beacon import through the API (heap capped at 1 GB)"
BEACON_DATA_DIR="$WORK/data" BEACON_DEMO_PASSWORD=$PASSWORD \
  java -Xmx1g -jar "$JAR" --server.port="$PORT" --beacon.demand.demo-data=false ${BEACON_ARGS:-} > "$WORK/beacon.log" 2>&1 &
BEACON_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 0.5
done
# A signed-in session, as the pages use: HTTP Basic checks the password's bcrypt hash on every
# request (tens of milliseconds of CPU by design), which would compete with the import being timed.
JAR_COOKIES="$WORK/cookies.txt"
TOKEN=$(curl -s -c "$JAR_COOKIES" "http://127.0.0.1:$PORT/sign-in" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p')
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "username=analyst.metropolitan" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN" "http://127.0.0.1:$PORT/sign-in"
# Each import is timed from the POST to "succeeded"; between runs the import is deleted, so that the next
# is not refused as the same file again. The first run is in a JVM just started; the median is reported.
import_once() {
  local start uploaded end job state
  start=$(now)
  # The file goes as the request body (the API also takes multipart forms, which Tomcat parses far more
  # slowly: set BENCH_MULTIPART=1 to time that way instead).
  if [ -n "${BENCH_MULTIPART:-}" ]; then
    job=$(curl -sf -u "analyst.metropolitan:$PASSWORD" -F "file=@$WORK/demand.csv" -F format=cad \
      -F mapping=beacon-canonical "http://127.0.0.1:$PORT/api/v1/forces/metropolitan/demand/imports" \
      | sed -E 's/.*"id":"([^"]+)".*/\1/')
  else
    job=$(curl -sf -u "analyst.metropolitan:$PASSWORD" -X POST -T "$WORK/demand.csv" -H "Content-Type: text/csv" \
      "http://127.0.0.1:$PORT/api/v1/forces/metropolitan/demand/imports?format=cad&mapping=beacon-canonical&fileName=demand.csv" \
      | sed -E 's/.*"id":"([^"]+)".*/\1/')
  fi
  uploaded=$(now)
  while :; do
    state=$(curl -sf -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/api/v1/jobs/$job" | sed -E 's/.*"state":"([a-z]+)".*/\1/')
    [ "$state" = succeeded ] || [ "$state" = failed ] && break
    sleep 0.1
  done
  end=$(now)
  if [ "$state" != succeeded ]; then
    curl -s -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/api/v1/jobs/$job" >&2; echo >&2
    exit 1
  fi
  echo "$(seconds "$start" "$end") $(seconds "$start" "$uploaded")"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

IMPORT_TIMES=()
for RUN in $(seq 1 "$IMPORT_RUNS"); do
  read -r TOOK UPLOAD < <(import_once)
  IMPORT_TIMES+=("$TOOK")
  echo "beacon import run $RUN: $TOOK s ($(echo "$INCIDENTS / $TOOK" | bc) incidents/s); upload (curl to Beacon, saved with its checksum) $UPLOAD s"
  if [ "$RUN" -lt "$IMPORT_RUNS" ]; then
    IMPORT_ID=$(curl -sf -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/api/v1/forces/metropolitan/demand/imports" \
      | sed -E 's/^[^{]*\{"id":"([^"]+)".*/\1/')
    curl -sf -u "analyst.metropolitan:$PASSWORD" -X DELETE \
      "http://127.0.0.1:$PORT/api/v1/forces/metropolitan/demand/imports/$IMPORT_ID" > /dev/null
  fi
done
IMPORT=$(printf '%s\n' "${IMPORT_TIMES[@]}" | median)
echo "beacon import: $INCIDENTS incidents in $IMPORT s ($(echo "$INCIDENTS / $IMPORT" | bc) incidents/s; median of $IMPORT_RUNS runs)"
# Like for like: an import keeps its rows in the force's database file, as DuckDB's load into a file does.
echo "ratio to duckdb read_csv into a database file (like for like): $(echo "$IMPORT / $ON_DISK" | bc -l | xargs printf '%.2f')"
echo "ratio to duckdb read_csv into an in-memory table: $(echo "$IMPORT / $BASELINE" | bc -l | xargs printf '%.2f')"
echo "ratio to duckdb read_csv parse only: $(echo "$IMPORT / $PARSE_ONLY" | bc -l | xargs printf '%.2f')"
[ -n "${BENCH_KEEP_LOG:-}" ] && cp "$WORK/beacon.log" "$BENCH_KEEP_LOG"
echo "phases of each run, from Beacon's log:"
grep -E "read, checked and stored by DuckDB" "$WORK/beacon.log" | sed -E 's/.* : /  /'

ps -o rss= -p "$BEACON_PID" | awk '{printf "beacon resident memory after import: %.0f MB\n", $1 / 1024}'

echo "== Profiles through the API ($RUNS runs each, median)"
for BY in workType rawType month hourOfWeek priority area; do
  URL="http://127.0.0.1:$PORT/api/v1/forces/metropolitan/demand/profile?from=1990-01&to=2100-12&by=$BY"
  curl -s -b "$JAR_COOKIES" "$URL" | grep -q '"rows"' || { echo "profile by $BY did not answer" >&2; exit 1; }
  TIMES=()
  for _ in $(seq 1 "$RUNS"); do
    TIMES+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$JAR_COOKIES" "$URL")")
  done
  MEDIAN=$(printf '%s\n' "${TIMES[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "profile by $BY: median $(echo "$MEDIAN * 1000" | bc -l | xargs printf '%.0f') ms"
done
