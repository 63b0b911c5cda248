#!/usr/bin/env bash
# Benchmark: one "work, not workforce" scenario run, stage by stage (changes, staffing, shift plan and
# simulation for the baseline and the scenario), as the scenario job does it, on a synthetic workload.
# Runs from the test classes without Spring or a database. See bench/README.md.
#
#   bench/capacity-scenarios.sh                         # 40 incidents an hour, 10 s solver limit, 8 workers
#   PER_HOUR=120 bench/capacity-scenarios.sh            # a larger force
#   LIMIT=30 WORKERS=2 WEEKS=4 REPLICATIONS=5 bench/capacity-scenarios.sh
set -euo pipefail
cd "$(dirname "$0")/.."

MAIN=uk.beacon.capacity.bench.ScenarioRunBench

./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory," \
  "$(java -version 2>&1 | head -n 1)"

java -Xmx1g -cp "$classpath" "$MAIN" "${PER_HOUR:-40}" "${LIMIT:-10}" "${WORKERS:-8}" "${WEEKS:-2}" \
  "${REPLICATIONS:-3}" 2>&1 | grep -v '^WARNING'
