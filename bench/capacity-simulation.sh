#!/usr/bin/env bash
# Benchmark: the capacity module's response simulation on one core. Prints the time for a year of
# about 1 million incidents in a fresh JVM (goal under 5 s) and events per second after warm-up (goal
# at least 1 million). Compiles the code (offline when the Maven repository already has everything)
# and runs SimulationBenchmark from the test classes, without starting Spring. See bench/README.md.
#
#   bench/capacity-simulation.sh                     # 1 million incidents
#   INCIDENTS=2000000 bench/capacity-simulation.sh
set -euo pipefail
cd "$(dirname "$0")/.."

INCIDENTS=${INCIDENTS:-1000000}
MAIN=uk.beacon.capacity.bench.SimulationBenchmark

./mvnw -q -o test-compile 2>/dev/null || ./mvnw -q test-compile

# One core: pinned with taskset where it exists, and the JIT and GC kept to one thread's worth of work.
pin=()
if command -v taskset > /dev/null; then
  pin=(taskset -c 0)
fi

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory," \
  "$(java -version 2>&1 | head -n 1)"

start=$(date +%s.%N)
"${pin[@]}" java -Xmx1g -XX:ActiveProcessorCount=1 -cp target/classes:target/test-classes "$MAIN" "$INCIDENTS"
awk -v start="$start" -v now="$(date +%s.%N)" \
  'BEGIN { printf "whole process, JVM start and both measurements included: %.2f s\n", now - start }'
