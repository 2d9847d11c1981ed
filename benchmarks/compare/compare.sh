#!/usr/bin/env bash
# Laurel's `laurel verify` beside its peers on the same folders (docs/BENCHMARKS.md, issue 19).
# Usage: benchmarks/compare/compare.sh [WORKDIR]   (LAUREL="java -jar examples/target/laurel.jar" by default;
#        set LAUREL to the distribution's bin/laurel to time the launcher; DI_COUNT, JWT_COUNT, RUNS)
# Laurel's rate is inputs ÷ the wall time of its whole process (JVM start included); the peers' rates
# exclude their start-up (module loading; verify-jwt-folder.mjs also reading the files), as in the issue's table.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${1:-${TMPDIR:-/tmp}/laurel-peers}"
laurel="${LAUREL:-java -jar $root/examples/target/laurel.jar}"
template="$root/badges-verify/src/test/resources/vectors/ob3-examples/ob_v3p0_examples_basicOpenBadgeCredential-00.json"
di_count="${DI_COUNT:-2000}"
jwt_count="${JWT_COUNT:-10000}"
runs="${RUNS:-3}"

[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund)
[ -d "$work/di" ] || node "$here/make-peer-folders.mjs" di "$template" "$di_count" "$work/di"
[ -d "$work/jwt" ] || node "$here/make-peer-folders.mjs" jwt "$template" "$jwt_count" "$work/jwt"

laurel_rate() { # LABEL COUNT ARGS...: one timed run of laurel verify, output discarded
  local label="$1" count="$2"; shift 2
  local start end
  start=$(date +%s.%N)
  $laurel verify --format json "$@" > /dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$count" -v l="$label" \
    'BEGIN { printf "%s: %d inputs in %.2f s wall (%.1f/s, JVM start included)\n", l, n, e - s, n / (e - s) }'
}

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  node "$here/verify-folder.mjs" --quiet "$work/di"
  laurel_rate "laurel verify $work/di" "$di_count" --offline "$work/di"
  node "$here/verify-jwt-folder.mjs" "$work/jwt" "$work/did-web/public.jwk.json"
  laurel_rate "laurel verify $work/jwt" "$jwt_count" --offline --url-map "$work/did-web/url-map.json" "$work/jwt"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
