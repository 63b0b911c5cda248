#!/usr/bin/env bash
# Erlang staffing for 168 hours x 20 work types (goal: under 50 ms). Compiles the code (offline
# when the Maven repository already has everything) and runs ErlangStaffingBench from the test
# classes; the capacity domain needs nothing but the JDK. RUNS sets the number of repetitions.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile 2>/dev/null || ./mvnw -q test-compile
start=$(date +%s%N)
java -Xmx256m -cp target/classes:target/test-classes uk.beacon.capacity.bench.ErlangStaffingBench "${RUNS:-200}"
end=$(date +%s%N)
echo "whole process, JVM start included: $(( (end - start) / 1000000 )) ms"
