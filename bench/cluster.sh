#!/usr/bin/env bash
# A local cluster without Docker (issue 18), on loopback only: MariaDB primary and replica (two mariadbd from the
# same binaries, real GTID replication), S3Proxy, Keycloak, two packaged app nodes and Varnish with xkey in front
# (docker/varnish/cluster.vcl). It checks what a newsroom relies on with several nodes, measures readers through
# Varnish against one node alone, stops everything it started and prints "N passed, M failed" last; exit status 0
# only when nothing failed. Bounded: the build gets 20 minutes, the checks 15. Results: target/cluster/result.txt.
# Needs Debian's varnish, varnish-modules and wrk: installed when CI=true, else named when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
[ -x /usr/sbin/varnishd ] || missing+=(varnish)
ls /usr/lib/*/varnish/vmods/libvmod_xkey.so > /dev/null 2>&1 || missing+=(varnish-modules)
command -v wrk > /dev/null || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "${CI:-}" = "true" ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" > /dev/null
  else
    echo "bench/cluster.sh needs Debian packages that are missing: ${missing[*]} (apt-get install ${missing[*]})" >&2
    exit 2
  fi
fi
rm -f target/cluster/result.txt
timeout 1200 ./mvnw -B -ntp -q package -DskipTests
timeout 900 ./mvnw -B -ntp -q surefire:test -Dtest=ClusterCheck -Dsurefire.excludedGroups= -Dsurefire.groups=bench \
  -Dsurefire.failIfNoSpecifiedTests=false > target/cluster-run.log 2>&1 || true
echo
if [ ! -f target/cluster/result.txt ]; then
  tail -30 target/cluster-run.log
  echo "0 passed, 1 failed (the check did not run to its end; see target/cluster-run.log)"
  exit 1
fi
cat target/cluster/result.txt
tail -1 target/cluster/result.txt | grep -q ", 0 failed$"
