#!/usr/bin/env bash
# Benchmark: the portfolio optimiser's speed goal. 200 initiatives, a 10-year horizon, start years free within
# the horizon, with dependencies: optimal or within 1% in under 20 seconds. Runs the optimiser's benchmark main
# class from the test classes (no Spring), printing the time, the optimal flag and the gap. See bench/README.md.
#
#   bench/portfolio-optimisation.sh               # the goal, with 8 and with 2 solver workers, seeds 1 to 3
#   MARGINAL=1 bench/portfolio-optimisation.sh    # also time the ten re-solves for the marginal value of budget
#   LIMIT=60 SEEDS="1 2" bench/portfolio-optimisation.sh
set -euo pipefail
cd "$(dirname "$0")/.."

LIMIT=${LIMIT:-20}
SEEDS=${SEEDS:-1 2 3}
MAIN=uk.beacon.portfolio.domain.optimisation.OptimisationBenchmark
EXTRA=""
if [ "${MARGINAL:-0}" = 1 ]; then EXTRA=marginal; fi

./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory," \
  "$(java -version 2>&1 | head -n 1)"

run() {
  echo
  echo "== workers $1, seed $2"
  java -Xmx1g -cp "$classpath" "$MAIN" "$LIMIT" "$1" "$2" $EXTRA 2>&1 | grep -v '^WARNING' | grep -v '^  ' | tail -n 5
}

for seed in $SEEDS; do
  run 8 "$seed"
  run 2 "$seed"
done
