#!/usr/bin/env bash
# Benchmark: the portfolio optimiser's speed goal. 200 initiatives, a 10-year horizon, start years free within
# the horizon, with dependencies: optimal or within 1% in under 20 seconds. Runs the optimiser's benchmark main
# class from the test classes (no Spring), printing the time, the optimal flag and the gap. See bench/README.md.
#
#   bench/portfolio-optimisation.sh               # the goal: the service's strategies, then CP-SAT's mix of 8 and 2, seeds 1-3
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
  echo "== $1, seed $3"
  java -Xmx1g $4 -cp "$classpath" "$MAIN" "$LIMIT" "$2" "$3" $EXTRA 2>&1 | grep -v '^WARNING' | grep -v '^  ' | tail -n 5
}

# The service's default: three named CP-SAT strategies, one thread each (beacon.portfolio.optimisation.subsolvers);
# then CP-SAT's own mix of 8 and of 2 workers, for comparison.
for seed in $SEEDS; do
  run "strategies max_lp, reduced_costs, quick_restart (the service's default)" 3 "$seed" \
    -Dsubsolvers=max_lp,reduced_costs,quick_restart
  run "CP-SAT's own mix, 8 workers" 8 "$seed" ""
  run "CP-SAT's own mix, 2 workers" 2 "$seed" ""
done
