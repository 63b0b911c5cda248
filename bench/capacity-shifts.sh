#!/usr/bin/env bash
# Benchmark: the shift designer's speed goal. A weekly design at hourly resolution, 8/10/12-hour shifts
# starting on any hour (504 candidate shifts), a synthetic police response profile of 20 to 80 on duty:
# proven optimal in under 30 seconds. Runs the designer's main class from the test classes (no Spring),
# printing the time, the optimal flag and the gap. See bench/README.md.
#
#   bench/capacity-shifts.sh                  # the goal, with 8 and with 2 solver workers
#   ALL=1 bench/capacity-shifts.sh            # also the harder rules: minimum 5 per shift, 1-hour briefing overlap
#   LIMIT=120 bench/capacity-shifts.sh        # the solver's time limit in seconds (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."

LIMIT=${LIMIT:-60}
MAIN=uk.beacon.capacity.domain.shifts.ShiftDesignBenchmark

./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory," \
  "$(java -version 2>&1 | head -n 1)"

run() {
  echo
  echo "== workers $1, minimum per shift $2, briefing overlap $3 h"
  java -Xmx1g -cp "$classpath" "$MAIN" "$LIMIT" "$1" "$2" "$3" 2>&1 | grep -v '^WARNING' | tail -n 4
}

run 8 1 0
run 2 1 0
if [ "${ALL:-0}" = 1 ]; then
  run 8 1 1
  run 8 5 0
  run 8 5 1
fi
