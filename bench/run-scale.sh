#!/usr/bin/env bash
# Scale check: 100,000 live articles in one category; page 1 vs page 5,000 of the category listing
# (keyset pagination) and opening the newest vs the oldest item, over HTTP on loopback against the
# real MariaDB the test stack starts. Takes about two minutes; figures land in target/bench/scale.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp test -Dtest=ScaleBench -Dsurefire.excludedGroups= -Dsurefire.groups=bench -Dsurefire.failIfNoSpecifiedTests=false
echo
cat target/bench/scale.txt
