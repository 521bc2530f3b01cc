#!/usr/bin/env bash
# Public site load: builds the app, generates 50,000 live articles in a real MariaDB, then runs the
# packaged jar (production profile, its own process) under 50 kept-alive connections on loopback
# for 10 s each against the home page, an article, page 1,001 of a 20,000-item category and a
# search (newest first, then best match) — once with the in-process page cache, once without (then
# also at 8 connections and at 1).
# About fifteen minutes; figures land in target/bench/public.txt.
#   BENCH_SECONDS      measured seconds per page (default 10)
#   BENCH_WARM_UP      seconds of load on each page before the uncached run measures any (default 30: the JIT
#                      needs about a minute of load to compile the uncached render paths on 2 cores)
#   BENCH_CONNECTIONS  concurrent connections (default 50)
#   BENCH_JVM          the app's JVM options (default "-Xmx256m -XX:+UseSerialGC"); with
#                      -XX:NativeMemoryTracking=summary, where memory goes lands in target/bench/memory-*.txt
#   BENCH_CACHE        page-cache sizes to run with, in order (default "5000,0"; 0 is off)
#   BENCH_PAGES        only these pages, by the start of their label (e.g. "search,article")
#   BENCH_JFR=true     also record a Java Flight Recording of each app run into target/bench/
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q surefire:test -Dtest=PublicSiteBench -Dsurefire.excludedGroups= -Dsurefire.groups=bench \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.seconds="${BENCH_SECONDS:-10}" -Dbench.warm-up="${BENCH_WARM_UP:-30}" \
  -Dbench.connections="${BENCH_CONNECTIONS:-50}" -Dbench.jvm="${BENCH_JVM:--Xmx256m -XX:+UseSerialGC}" \
  -Dbench.cached-pages="${BENCH_CACHE:-5000,0}" -Dbench.pages="${BENCH_PAGES:-}" -Dbench.jfr="${BENCH_JFR:-false}"
echo
cat target/bench/public.txt
