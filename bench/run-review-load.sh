#!/usr/bin/env bash
# Review and reading under load (issue 14): 20 approvers and 20 savers for BENCH_SECONDS (default 60), then 200
# readers for as long while MariaDB is stopped and started again, against the test stack's real MariaDB and
# Keycloak on loopback. Fails if any answer is other than expected; figures land in target/bench/review-load.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp test -Dtest=ReviewLoadBench -Dsurefire.excludedGroups= -Dsurefire.groups=bench -Dsurefire.failIfNoSpecifiedTests=false
echo
cat target/bench/review-load.txt
