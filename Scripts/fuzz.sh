#!/usr/bin/env bash
# Fuzzes Crosscheck's parsers with libFuzzer (AddressSanitizer on) for a given time per target.
#   Scripts/fuzz.sh [SECONDS] [TARGET...]     default: 60 seconds, every target
# Targets: gzip articles warc html document quotes claims diff align check (Fuzz/Sources/fuzz-<target>/main.swift).
# Seeds come from Fuzz/Corpus/<target>/ (committed, never modified); inputs libFuzzer finds interesting go to
# Fuzz/.corpus/<target>/, crashes, leaks and timeouts to Fuzz/Findings/<target>/ (both gitignored).
# Reproduce a finding: Fuzz/.build/debug/fuzz-<target> Fuzz/Findings/<target>/crash-...
# Exit status: 0 when no target found anything, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(gzip articles warc html document quotes claims diff align check)
seconds=60
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then seconds=$1; shift; fi
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
  [[ -d Fuzz/Sources/fuzz-$target ]] || { echo "unknown target '$target' (known: ${all_targets[*]})" >&2; exit 2; }
done

echo "== building fuzz targets (-sanitize=fuzzer,address)"
# ld.gold warns about every ASan helper symbol it cannot export; those lines are noise.
build_status=0
build_log=$(swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address 2>&1) || build_status=$?
grep -v "Cannot export local symbol" <<<"$build_log" || true
[[ $build_status -eq 0 ]] || { echo "fuzz build failed" >&2; exit 2; }
bin=$(swift build --package-path Fuzz -c debug --show-bin-path)
# Swift's own crash backtracer misbehaves under ASan; libFuzzer reports the trap and saves the input.
export SWIFT_BACKTRACE=enable=no

found=0
summary=()
for target in "${targets[@]}"; do
  work="Fuzz/.corpus/$target"
  findings="Fuzz/Findings/$target"
  mkdir -p "$work" "$findings"
  log="$findings/last-run.log"
  echo "== fuzz-$target for ${seconds}s"
  status=0
  "$bin/fuzz-$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$work" "Fuzz/Corpus/$target" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  result="ok"
  if [[ $status -ne 0 ]] || ls "$findings" | grep -qE '^(crash|leak|timeout|oom|slow-unit)-'; then
    result="FINDING (see $log)"
    grep -E "^(==[0-9]+==ERROR|SUMMARY|invariant broken|Fatal error|.*artifact_prefix)" "$log" | head -5 || true
    found=1
  fi
  summary+=("$(printf '%-10s %8s s %12s runs %8s exec/s  %s' "$target" "$seconds" "${runs:-?}" "${rate:-?}" "$result")")
done

echo "== summary"
printf '%s\n' "${summary[@]}"
exit $found
