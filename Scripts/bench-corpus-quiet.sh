#!/usr/bin/env bash
# Quiet-moment A/B of two crosscheck binaries on a shared machine: waits until the CPUs have been at least
# IDLE_PERCENT idle for a second (/proc/stat), then runs `zcat` and one pair (base and new, the order alternating)
# of `crosscheck corpus CORPUS ARGS...`, and compares the two outputs with `cmp`; repeats until SECONDS have passed.
# Pairs whose wall time is well under their CPU time ran on a quiet machine; the others met a burst of other work.
#
#   Scripts/bench-corpus-quiet.sh BASE_BIN NEW_BIN CORPUS.jsonl.gz [SECONDS] [IDLE_PERCENT] [-- ARGS...]
#
# ARGS default to `--mode group --jobs 2`. Output: one line per run:
# `time idle% zcat_wall binary wall_s cpu_s peak_rss_mb load`, then whether the pair's outputs are identical.
set -euo pipefail
base=$1
new=$2
corpus=$3
seconds=${4:-300}
threshold=${5:-90}
shift $(($# < 5 ? $# : 5))
[ "${1:-}" = "--" ] && shift
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--mode group --jobs 2)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# shellcheck source=Scripts/bench-measure.sh
source "$(dirname "$0")/bench-measure.sh"

end=$((SECONDS + seconds))
pair=0
while [ $SECONDS -lt $end ]; do
  read -r _ u1 n1 s1 i1 w1 _ < /proc/stat
  sleep 1
  read -r _ u2 n2 s2 i2 w2 _ < /proc/stat
  busy=$(((u2 + n2 + s2) - (u1 + n1 + s1)))
  idle=$(((i2 + w2) - (i1 + w1)))
  percent=$((100 * idle / (busy + idle > 0 ? busy + idle : 1)))
  if [ $percent -lt "$threshold" ]; then
    sleep 4
    continue
  fi
  pair=$((pair + 1))
  if [ $((pair % 2)) -eq 1 ]; then order="base new"; else order="new base"; fi
  read -r zw _ <<< "$(measure zcat "$corpus")"
  for which in $order; do
    bin=$base
    [ "$which" = new ] && bin=$new
    read -r w c r <<< "$(measure "$bin" corpus "$corpus" "${args[@]}" -o "$out/$which.jsonl")"
    echo "$(date -u +%T) idle=$percent% zcat=$zw $which $w $c $r load=$(cut -d' ' -f1 /proc/loadavg)"
  done
  if cmp -s "$out/base.jsonl" "$out/new.jsonl"; then echo "pair $pair: outputs identical"; else
    echo "pair $pair: OUTPUTS DIFFER"
  fi
done
