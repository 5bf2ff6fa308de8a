#!/usr/bin/env bash
# check-k8s-real.sh: regenerate test/fixtures/k8s-real (the real client-go / controller-runtime scenarios)
# with Go 1.26 and one older era, and check the CLI's findings and culprits on the fresh logs against its
# expected.json (scripts/check-k8s-real.mjs).
#
#   scripts/check-k8s-real.sh [--go-versions "1.26 1.21"] [--keep]
#
# Needs go (any; GOTOOLCHAIN fetches each era's toolchain through the module proxy), the module proxy,
# a C compiler (-race), GNU timeout, node and dist/cli.js. Without go or without the proxy it says so and
# skips (exit 0): the committed logs remain the acceptance tests (test/analyze/k8s-real.test.ts).
# Modules and toolchains land in the machine's module cache, builds in its build cache, so a second run in
# the same CI job reuses them. Time (2-core VM under load, cold build cache): see the fixture README.
# Exit status: 1 when a fresh log does not match expected.json; a cell that did not reproduce (scheduling)
# or an era whose toolchain or modules could not be downloaded is reported loudly but does not fail.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSIONS="1.26 1.21"
KEEP=0
while [ $# -gt 0 ]; do
  case $1 in
    --go-versions) VERSIONS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "check-k8s-real.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
cd "$ROOT"
if ! command -v go >/dev/null 2>&1; then
  echo "check-k8s-real.sh: SKIPPED: no go on PATH (the committed logs remain the acceptance tests)"; exit 0
fi
if ! (cd test/fixtures/k8s-real && timeout 300 go mod download k8s.io/client-go >/dev/null 2>&1); then
  echo "check-k8s-real.sh: SKIPPED: the Go module proxy is not reachable (go mod download k8s.io/client-go failed)"; exit 0
fi
[ -f dist/cli.js ] || npm run build
TMP=$(mktemp -d "${TMPDIR:-/tmp}/check-k8s-real.XXXXXX")
if [ "$KEEP" = 1 ]; then echo "== keeping $TMP"; else trap 'rm -rf "$TMP"' EXIT; fi

start=$(date +%s)
set +e
test/fixtures/k8s-real/regen.sh --go-versions "$VERSIONS" --out "$TMP/logs"
regen=$?
set -e
echo "== regen.sh: exit $regen, $(( $(date +%s) - start )) s"
case $regen in
  0) ;;
  1) echo "== some cells did not take their shape (scheduling): reported above, not a failure" ;;
  3) echo "== an era was skipped (toolchain or module download failed): reported above, not a failure" ;;
  *) echo "check-k8s-real.sh: regen.sh failed (exit $regen)" >&2; exit 1 ;;
esac
node scripts/check-k8s-real.mjs --logs "$TMP/logs"
