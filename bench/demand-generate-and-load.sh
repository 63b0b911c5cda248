#!/usr/bin/env bash
# Benchmark: generate synthetic incidents with Beacon's generator, then time DuckDB's own read_csv of
# the same file as the baseline any Beacon importer should be compared with. Both run with a 1 GB
# heap from the packaged jar, the baseline (a benchmark program, so test code) with the test classes
# added to the jar's class path. See bench/README.md.
#
#   bench/demand-generate-and-load.sh            # 10 million incidents, seed 42
#   INCIDENTS=1000000 bench/demand-generate-and-load.sh
#   REBUILD=1 bench/demand-generate-and-load.sh  # rebuild the jar first
set -euo pipefail
cd "$(dirname "$0")/.."

INCIDENTS=${INCIDENTS:-10000000}
SEED=${SEED:-42}
JAR=target/beacon.jar
GENERATOR=uk.beacon.demand.synthetic.GenerateDemand
BASELINE=uk.beacon.demand.bench.DuckDbLoadBaseline

if [ ! -f "$JAR" ] || [ ! -d target/test-classes/uk/beacon/demand/bench ] || [ "${REBUILD:-0}" = 1 ]; then
  echo "Building $JAR"
  ./mvnw -B -q package -DskipTests
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/beacon-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
csv="$work/demand.csv"

# A main class from the fat jar (or from the test classes beside it), without starting Spring.
from_jar() {
  local main=$1
  shift
  java -Xmx1g -cp "$JAR" -Dloader.path=target/test-classes -Dloader.main="$main" \
    org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

seconds_since() {
  awk -v start="$1" -v now="$(date +%s.%N)" 'BEGIN { printf "%.2f", now - start }'
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory," \
  "$(java -version 2>&1 | head -n 1)"

start=$(date +%s.%N)
from_jar "$GENERATOR" --incidents "$INCIDENTS" --seed "$SEED" --out "$csv"
wall=$(seconds_since "$start")
bytes=$(stat -c %s "$csv")
awk -v rows="$INCIDENTS" -v wall="$wall" -v bytes="$bytes" 'BEGIN {
  printf "generate: %d rows in %.2f s including JVM start (%.0f rows/s); file %d bytes (%.0f MB, %.0f bytes/row)\n",
    rows, wall, rows / wall, bytes, bytes / 1e6, bytes / rows }'

from_jar "$BASELINE" "$csv"
