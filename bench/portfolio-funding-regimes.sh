#!/usr/bin/env bash
# Benchmark: the funding-regimes speed goal. 10,000 runs of a 50-initiative portfolio (in-year funding against a
# multi-year envelope) in under 10 seconds. Runs the simulation's benchmark main class from the test classes (no
# Spring, one JVM), under each shortfall rule, printing the time of each repetition (the first is from a cold JVM)
# and the comparison's headline figures. See bench/README.md.
#
#   bench/portfolio-funding-regimes.sh
#   RUNS=100000 INITIATIVES=200 SEED=2 REPEAT=1 bench/portfolio-funding-regimes.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10000}
INITIATIVES=${INITIATIVES:-50}
SEED=${SEED:-1}
REPEAT=${REPEAT:-3}
MAIN=uk.beacon.portfolio.domain.regimes.FundingRegimeBenchmark

./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory," \
  "$(java -version 2>&1 | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
java -Xmx512m -cp "$classpath" "$MAIN" "$RUNS" "$INITIATIVES" "$SEED" "$REPEAT"
end=$(date +%s.%N)
printf 'Whole process (JVM start to exit, all repetitions): %.2f s\n' "$(echo "$end - $start" | bc)"
