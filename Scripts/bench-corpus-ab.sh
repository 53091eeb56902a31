#!/usr/bin/env bash
# Same-run A/B of the corpus reading/grouping pipeline: two crosscheck binaries (e.g. a build of the base commit
# and of the branch) run alternately on one corpus, with `zcat` in the same run, for `--mode group` and
# `--mode diff` at one and two jobs; every pair of outputs is compared with `cmp`. The machine is shared, so each
# row reports wall and CPU (user + sys) and the load average is printed.
#
#   Scripts/bench-corpus-ab.sh BASE_BIN NEW_BIN CORPUS.jsonl.gz [ROUNDS] [CONFIGS]
#
# CONFIGS is a comma-separated list of the configurations below (default: group-j2,group-j1,diff-j2,diff-j1);
# check-j2 and check-j1 run the default check mode, e.g. `... cs-125.jsonl.gz 2 check-j2,group-j2`.
#
# Output: one line per run: `round config binary wall_s cpu_s peak_rss_mb zcat_wall/wall`, then `cmp` results.
set -euo pipefail
base=$1
new=$2
corpus=$3
rounds=${4:-2}
selected=",${5:-group-j2,group-j1,diff-j2,diff-j1},"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# shellcheck source=Scripts/bench-measure.sh
source "$(dirname "$0")/bench-measure.sh"

configs=(
  "group-j2|--mode group --jobs 2"
  "group-j1|--mode group --jobs 1"
  "diff-j2|--group-by field:story --mode diff --jobs 2"
  "diff-j1|--group-by field:story --mode diff --jobs 1"
  "check-j2|--jobs 2"
  "check-j1|--jobs 1"
)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-9s %-4s %7s %7s %8s %10s\n' round config bin wall_s cpu_s rss_mb zcat/ours
for round in $(seq 1 "$rounds"); do
  read -r zw zc _ <<< "$(measure zcat "$corpus")"
  printf '%-6s %-9s %-4s %7s %7s %8s %10s\n' "$round" zcat - "$zw" "$zc" - 1.00
  for config in "${configs[@]}"; do
    name=${config%%|*}
    args=${config#*|}
    [[ $selected == *",$name,"* ]] || continue
    # Alternate which binary goes first.
    if [ $((round % 2)) -eq 1 ]; then order="base new"; else order="new base"; fi
    for which in $order; do
      bin=$base
      [ "$which" = new ] && bin=$new
      # shellcheck disable=SC2086
      read -r w c r <<< "$(measure "$bin" corpus "$corpus" $args -o "$out/$name-$which.jsonl")"
      printf '%-6s %-9s %-4s %7s %7s %8s %10s\n' "$round" "$name" "$which" "$w" "$c" "$r" \
        "$(echo "$zw / $w" | bc -l | xargs printf '%.2f')"
    done
    if cmp -s "$out/$name-base.jsonl" "$out/$name-new.jsonl"; then
      echo "       $name: outputs identical"
    else
      echo "       $name: OUTPUTS DIFFER"
    fi
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
