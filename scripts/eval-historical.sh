#!/usr/bin/env bash
# eval-historical.sh: measure the diagnosis on real historical Kubernetes-ecosystem bugs with their real
# sources. For each bug below it fetches the project's source at the version just before the fix through
# the Go module proxy (`go mod download`, into the usual module cache), runs the CLI on the crash log YOU
# supply, and prints one row: the culprit write the CLI names, its object source and fix kind, and whether
# that is the write the maintainers fixed.
#
#   scripts/eval-historical.sh LOG_DIR [BUG…]
#
#   LOG_DIR  a folder of logs named BUG.log (e.g. k8s-85364.log), each the crash log as the bug's issue or
#            pull request printed it. This project does not ship them: they are other projects' text.
#   BUG…     only these bugs (default: all). A bug whose log is missing is listed as "no log".
#
# Needs go, node and a built dist/ (npm run build; EVAL_CLI=path/cli.js measures another build). Prints "write named: K of N" at the end, N counting
# the bugs that have both a log and a source through the proxy.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_DIR=${1:?usage: scripts/eval-historical.sh LOG_DIR [BUG...]}
shift
CLI=${EVAL_CLI:-$ROOT/dist/cli.js}

# BUG ~ module@version just before the fix ("-" when the proxy has no such version) ~ the fixed write:
# file, then a regular expression its code matches ~ the maintainers' fix.
BUGS=(
  "k8s-85331~k8s.io/kubernetes@v1.17.0-beta.1~pkg/controller/endpointslice/endpointslice_controller.go~(service\\.Annotations|endpointSlice\\.Labels)\\[~remove-write (#85359)"
  "k8s-85364~k8s.io/kubernetes@v1.17.0-beta.1~pkg/controller/endpointslice/utils.go~endpointSlice\\.Annotations~deepcopy-before-mutate (#85368)"
  "k8s-38985~k8s.io/kubernetes@v1.5.1~pkg/controller/daemon/daemoncontroller.go~Status\\.~deepcopy-before-mutate"
  "kubesphere-3469~-~pkg/models/resources/v1alpha3/node/nodes.go~Annotations\\[~deepcopy-before-mutate (#3529)"
  "tilt-3868~github.com/tilt-dev/tilt@v0.17.8~internal/k8s/container.go~(ContainerStatuses\\[i\\] = cs|cs\\.Image = )~deepcopy-before-mutate"
  "datadog-36625~-~-~-~deepcopy-before-mutate"
  "rancher-36101~-~pkg/controllers/managementuser/nodesyncer/nodessyncer.go~delete\\(machine\\.Status\\.NodeAnnotations~rebuild the map (#36412)"
  "capi-11722~sigs.k8s.io/cluster-api@v1.9.4~internal/controllers/machineset/machineset_controller_test.go~NewClientBuilder\\(\\)~per-test-scheme (#11728)"
)

# The module's directory in the module cache, or nothing when the proxy does not serve that version.
module_dir() {
  local tmp dir
  tmp=$(mktemp -d)
  dir=$(cd "$tmp" && GOFLAGS=-mod=mod go mod download -json "$1" 2>/dev/null |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{const j=JSON.parse(s);process.stdout.write(j.Error?"":j.Dir||"")}catch{}})')
  rm -rf "$tmp"
  printf '%s' "$dir"
}

# One JSON report → "file:line|code|source kind|fix kind" of the first finding's culprit, or "-|reason".
culprit_of() {
  node -e '
    let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
      try {
        const f = JSON.parse(s).findings?.[0];
        const c = f?.culprit;
        if (!c) {
          const at = f?.crashFrame ? `crashed at ${f.crashFrame.file.replace(/^.*?\/(pkg|internal|cmd)\//, "$1/")}:${f.crashFrame.line}` : "";
          process.stdout.write(`-|${(f?.culpritReason ?? at ?? "no finding").slice(0, 90)}|-|-`);
          return;
        }
        const m = c.mutation;
        process.stdout.write(`${m.file}:${m.line}|${m.code}|${c.objectSource?.kind ?? "none"}|${c.fixKind}`);
      } catch { process.stdout.write("-|unreadable report|-|-"); }
    });'
}

named=0
counted=0
printf '%-16s %-6s %-58s %-22s %-24s %s\n' BUG NAMED CULPRIT SOURCE FIX MAINTAINERS
for row in "${BUGS[@]}"; do
  IFS='~' read -r bug module file code fix <<<"$row"
  if [ $# -gt 0 ] && [[ " $* " != *" $bug "* ]]; then continue; fi
  log=$LOG_DIR/$bug.log
  if [ ! -f "$log" ]; then
    printf '%-16s %-6s %s\n' "$bug" - "no log in $LOG_DIR"
    continue
  fi
  [ -f "$CLI" ] || { echo "eval-historical: $CLI missing; run npm run build" >&2; exit 2; }
  dir=
  [ "$module" != - ] && dir=$(module_dir "$module")
  if [ -n "$dir" ]; then
    report=$(node "$CLI" "$log" --format json --source-root "$dir" --module "${module%@*}" 2>/dev/null)
  else
    report=$(node "$CLI" "$log" --format json 2>/dev/null)
  fi
  IFS='|' read -r where what kind fixkind <<<"$(printf '%s' "$report" | culprit_of)"
  verdict=n/a
  if [ -n "$dir" ]; then
    counted=$((counted + 1))
    verdict=no
    if [ "${where%:*}" = "$file" ] && printf '%s' "$what" | grep -qE -- "$code"; then
      verdict=yes
      named=$((named + 1))
    fi
  fi
  shown=$where
  [ "$where" = - ] && shown="none: $what"
  [ -z "$dir" ] && shown="$shown (no source: ${module})"
  printf '%-16s %-6s %-58s %-22s %-24s %s\n' "$bug" "$verdict" "${shown:0:58}" "$kind" "$fixkind" "$fix"
done
echo "write named: $named of $counted (bugs with a log and a source through the module proxy)"
