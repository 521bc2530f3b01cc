#!/usr/bin/env bash
# Public site load: 50,000 generated live articles, then 50 concurrent connections on loopback for
# 10 s each against the home page, an article, page 1,001 of a 20,000-item category and a search —
# once with the in-process page cache, once without. About four minutes; figures land in
# target/bench/public.txt. BENCH_SECONDS and BENCH_CONNECTIONS change the run length and load.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/bench/public.txt
for pages in 5000 0; do
  ./mvnw -B -ntp -q test -Dtest=PublicSiteBench -Dsurefire.excludedGroups= -Dsurefire.groups=bench \
    -Dsurefire.failIfNoSpecifiedTests=false -Dmasthead.site.cached-pages="$pages" \
    -Dbench.seconds="${BENCH_SECONDS:-10}" -Dbench.connections="${BENCH_CONNECTIONS:-50}" \
    -DargLine="-Xmx384m -XX:+UseSerialGC"
done
echo
cat target/bench/public.txt
