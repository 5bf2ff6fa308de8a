#!/usr/bin/env bash
# check-fresh-logs.sh: regenerate every fixture set's logs with fresh Go toolchains and check the CLI
# against them (called by .ci/run). The committed logs stay the acceptance tests; this step proves the
# parser on output nobody has seen before (fresh goroutine ids, addresses, timings, paths, and every
# toolchain of the matrix).
#
#   scripts/check-fresh-logs.sh [--keep] [--logs DIR [--module PATH]] [--toolchains "local go1.24.13 ..."]
#
#   (default)      for each fixture set below × each toolchain: copy the set's module (SET/src) to a
#                  temporary directory, run SET/regen.sh --go GO --module-dir TMP/mod --out TMP/logs
#                  (bounded by `timeout 600`), then scripts/check-fresh-logs.mjs on TMP/logs: per log,
#                  the CLI's findings against the fresh facts.json (kind, headline, crash frame, race
#                  report count; none for passing logs).
#   --toolchains   the matrix columns (env CHECK_FRESH_TOOLCHAINS; default "local go1.24.13"): `local` is the
#                  `go` on PATH; goX.Y.Z is fetched ONCE per run through the Go module proxy
#                  (`GOTOOLCHAIN=goX.Y.Z go env GOROOT`, into the usual module cache, so a warm machine
#                  downloads nothing) and its bin/go is handed to every set.
#   --logs DIR     no regeneration: check an existing folder (e.g. test/fixtures/scenarios/logs-go1.26);
#                  needs no Go toolchain. --module names its module path (default: the scenarios').
#   --keep         keep the temporary directory (its path is printed).
#
# FIXTURE SETS: one line each in FIXTURE_SETS below, "DIR MODULE_PATH" (DIR relative to the repository).
# A set plugs in by honouring this interface:
#   DIR/src/         the Go module to build and run (copied, so the set's checkout is never written to);
#                    its go.mod/go.sum pin any dependencies; they download through GOPROXY into the shared
#                    GOMODCACHE (once per machine) - regen.sh runs `go mod download` itself if it needs to.
#   DIR/regen.sh     takes --go GO --module-dir DIR --out DIR, writes the logs (*.log, *.json), exit-codes.tsv
#                    and facts.json (test/fixtures/scenarios/scripts/facts.py's format: per log
#                    crash.signature, crash.first_module_frame, race.count, race.reports[].accesses[]);
#                    exit 0, or 1 when a log missed its expected signature (reported, checked anyway);
#                    exit 3 when a dependency could not be downloaded (its message names the module: the
#                    cell is skipped, loudly); it bounds its own runs with timeouts and re-runs a scenario
#                    that did not reproduce a bounded number of times, printing
#                    `RETRIED  NAME: N attempts with goX.Y.Z` lines, which are repeated here.
#
# Skips (exit 0, said on stdout): no `go` on PATH; a toolchain the proxy does not serve (that column);
# a set whose modules cannot be downloaded (that cell). Nothing else here touches the network.
# Exit status: 1 when a checked log does not match its facts, or a regen.sh timed out / wrote no facts.json.
# Time, measured on the 2-core VM under load from other jobs (load average ~11), scenarios × {go1.26.8,
# go1.24.13}: 150 s with a warm GOCACHE (regen 68 s + 63 s), 347 s with an empty one as on a fresh CI
# machine (regen 186 s + 147 s: most of it builds std and the race runtime per toolchain). A toolchain's
# first download (~70 MB through the proxy) comes on top, once per machine. Each run prints its figures.
# Needs: bash 4, go + a C compiler (-race), python3, GNU timeout, node; dist/cli.js (built when missing).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

FIXTURE_SETS=(
  "test/fixtures/scenarios example.com/triage-fixtures"
)

KEEP=0
LOGS=
LOGS_MODULE=example.com/triage-fixtures
TOOLCHAINS=${CHECK_FRESH_TOOLCHAINS:-local go1.24.13}
while [ $# -gt 0 ]; do
  case $1 in
    --keep) KEEP=1; shift ;;
    --logs) LOGS=$2; shift 2 ;;
    --module) LOGS_MODULE=$2; shift 2 ;;
    --toolchains) TOOLCHAINS=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "check-fresh-logs.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

cd "$ROOT"
# CHECK_FRESH_CLI=FILE checks another CLI build (or a stub, to test this script's plumbing).
CLI=${CHECK_FRESH_CLI:-$ROOT/dist/cli.js}
if [ -z "${CHECK_FRESH_CLI:-}" ] && [ ! -f dist/cli.js ]; then
  echo "== dist/cli.js missing: npm run build"
  npm run build
fi

if [ -n "$LOGS" ]; then
  echo "== check: node dist/cli.js LOG --format json --module $LOGS_MODULE on each log of $LOGS"
  exec node "$ROOT/scripts/check-fresh-logs.mjs" --logs "$LOGS" --module "$LOGS_MODULE" --cli "$CLI"
fi

if ! command -v go >/dev/null 2>&1; then
  echo "== check-fresh-logs: SKIPPED, no \`go\` on PATH (the committed logs remain the acceptance tests)"
  exit 0
fi
for c in python3 node; do
  command -v "$c" >/dev/null || { echo "check-fresh-logs.sh: needs $c" >&2; exit 2; }
done
if command -v timeout >/dev/null; then TIMEOUT=timeout
elif command -v gtimeout >/dev/null; then TIMEOUT=gtimeout
else echo "check-fresh-logs.sh: needs GNU timeout (coreutils)" >&2; exit 2; fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/check-fresh-logs.XXXXXX")
if [ "$KEEP" = 1 ]; then echo "== keeping $TMP"; else trap 'rm -rf "$TMP"' EXIT; fi
T0=$(date +%s)

# Resolve each toolchain once: `local` is the go on PATH; goX.Y.Z comes through the module proxy.
GOS=()
NAMES=()
SKIPPED=()
for tc in $TOOLCHAINS; do
  if [ "$tc" = local ]; then
    GOS+=("$(command -v go)")
    NAMES+=("$(go env GOVERSION) (local)")
    continue
  fi
  START=$(date +%s)
  if root=$(cd / && GOTOOLCHAIN=$tc GOFLAGS= GOWORK=off $TIMEOUT 600 go env GOROOT 2>&1) && [ -x "$root/bin/go" ]; then
    GOS+=("$root/bin/go")
    NAMES+=("$tc")
    echo "== toolchain $tc: $root ($(( $(date +%s) - START )) s)"
  else
    echo "== SKIP toolchain $tc: not fetched through the module proxy ($(go env GOPROXY)): $(printf '%s' "$root" | tail -n 3)"
    SKIPPED+=("toolchain $tc")
  fi
done

FAILED=()
SUMMARY=()
for set in "${FIXTURE_SETS[@]}"; do
  read -r dir module <<< "$set"
  for i in "${!GOS[@]}"; do
    go_bin=${GOS[$i]}
    name=${NAMES[$i]}
    cell="$dir × $name"
    work=$TMP/$(printf '%s' "$dir-$i" | tr '/ ' '__')
    mkdir -p "$work/mod" "$work/logs"
    cp -a "$ROOT/$dir/src/." "$work/mod/"
    echo "== $cell: regen.sh --go $go_bin --module-dir $work/mod --out $work/logs"
    START=$(date +%s)
    set +e
    $TIMEOUT 600 bash "$ROOT/$dir/regen.sh" --go "$go_bin" --module-dir "$work/mod" --out "$work/logs" \
      > "$work/regen.out" 2>&1
    RC=$?
    set -e
    SECS=$(( $(date +%s) - START ))
    echo "   regen.sh: exit $RC after $SECS s"
    # scenarios that reproduced only on a later attempt (scheduling), with toolchain and attempt count
    grep -E '^RETRIED ' "$work/regen.out" | sed 's/^/   /' || true
    if [ "$RC" = 3 ]; then
      echo "   SKIP $cell: a download failed:"
      grep -v '^ok ' "$work/regen.out" | tail -n 5 | sed 's/^/     /'
      SKIPPED+=("$cell")
      continue
    fi
    if [ "$RC" != 0 ] && { [ "$RC" = 124 ] || [ ! -s "$work/logs/facts.json" ]; }; then
      tail -n 40 "$work/regen.out" >&2
      [ "$RC" = 124 ] && echo "check-fresh-logs.sh: $cell: regen.sh timed out (600 s)" >&2
      echo "check-fresh-logs.sh: $cell: regen.sh failed (use --keep to keep $work/regen.out)" >&2
      FAILED+=("$cell (regen.sh exit $RC)")
      continue
    fi
    if [ "$RC" != 0 ]; then
      # a scheduling-dependent scenario kept another shape after its retries: facts.json describes the
      # logs as they came out, so the CLI is still checked against the truth; say which scenarios moved
      echo "   note: these logs did not take their expected shape (checked against their fresh facts anyway):"
      grep -E '^(MISSING|NO-MATCH) ' "$work/regen.out" | sed 's/^/     /' || true
    fi
    echo "   check: node dist/cli.js LOG --format json --module $module on each log"
    if node "$ROOT/scripts/check-fresh-logs.mjs" --logs "$work/logs" --module "$module" --cli "$CLI" \
      > "$work/check.out" 2>&1; then
      tail -n 1 "$work/check.out" | sed 's/^/   /'
    else
      sed 's/^/   /' "$work/check.out"
      FAILED+=("$cell")
    fi
    SUMMARY+=("$cell: regen ${SECS} s, $(tail -n 1 "$work/check.out" | sed -E 's/ \(.*//')")
  done
done

echo "== check-fresh-logs: $(( $(date +%s) - T0 )) s in all"
for s in ${SUMMARY[@]+"${SUMMARY[@]}"}; do echo "   $s"; done
for s in ${SKIPPED[@]+"${SKIPPED[@]}"}; do echo "   SKIPPED $s"; done
if [ ${#FAILED[@]} -gt 0 ]; then
  for f in "${FAILED[@]}"; do echo "   FAILED $f" >&2; done
  exit 1
fi
