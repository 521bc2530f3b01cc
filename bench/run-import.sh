#!/usr/bin/env bash
# WordPress import speed and memory (issue 15): an export of BENCH_POSTS (default 2,000) posts of 8-20 paragraphs
# (about 8 KB each) imported into the test stack's real MariaDB. Figures land in target/bench/import.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp test -Dtest=ImportBench -Dsurefire.excludedGroups= -Dsurefire.groups=bench -Dsurefire.failIfNoSpecifiedTests=false
echo
cat target/bench/import.txt
