#!/usr/bin/env bash
# Governance: verifying every trail (RECORDS records x ENTRIES entries, hash-chain checks) and writing the
# register's CSV of RECORDS records, in the domain code alone (no database). Compiles the code (offline
# when the Maven repository already has everything) and runs GovernanceBench from the test classes.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile 2>/dev/null || ./mvnw -q test-compile
start=$(date +%s%N)
java -Xmx1g -cp target/classes:target/test-classes \
  uk.beacon.governance.bench.GovernanceBench "${RECORDS:-2000}" "${ENTRIES:-20}"
end=$(date +%s%N)
echo "whole process, JVM start included: $(( (end - start) / 1000000 )) ms"
