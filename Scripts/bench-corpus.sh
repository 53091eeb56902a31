#!/usr/bin/env bash
# Corpus benchmark: `crosscheck corpus` end to end against `zcat` on the same generated corpus, version diffs
# against Python difflib, peak memory at two corpus sizes, and grouping quality (B-cubed) against the generator's
# gold stories. Everything is measured in this one run (the machine is shared and noisy).
#
#   Scripts/bench-corpus.sh                 # generates .bench/corpus-stories-{500,125}.jsonl.gz once (seed 7)
#   SIZES="500 125" JOBS=2 Scripts/bench-corpus.sh
#   SKIP_CHECK=1 Scripts/bench-corpus.sh    # skip the (slow) full-check runs
#
# Table rows: zcat; corpus --mode group (read, sketch, group, write); corpus (default mode: check every story);
# corpus --mode diff grouped by the gold story field (pairs/s, one job) vs difflib; peak RSS (/usr/bin/time -v)
# of each crosscheck run at both sizes; B-cubed precision/recall/F1 of the content grouping.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=${JOBS:-2}
sizes=(${SIZES:-500 125})
mkdir -p .bench
for size in "${sizes[@]}"; do
  corpus=.bench/corpus-stories-$size.jsonl.gz
  if [ ! -f "$corpus" ]; then
    echo "generating $corpus (seed 7)..." >&2
    python3 Scripts/make-corpus-stories.py "$corpus" --target-mb "$size" --days $((size / 8 + 1)) --seed 7 >&2
  fi
done

swift build -c release --product crosscheck >&2
bin=.build/release/crosscheck

# Runs a command under /usr/bin/time; prints "<wall seconds> <user+sys seconds> <peak RSS MB>".
# shellcheck source=Scripts/bench-measure.sh
source Scripts/bench-measure.sh

rows=()
row() { rows+=("$(printf '| %s | %s | %s | %s | %s | %s |' "$@")"); }

for size in "${sizes[@]}"; do
  corpus=.bench/corpus-stories-$size.jsonl.gz
  mb=$(python3 -c "import gzip,sys; f=gzip.open(sys.argv[1]); n=0
while True:
    b=f.read(1<<22)
    if not b: break
    n+=len(b)
print(n/1e6)" "$corpus")
  echo "== $corpus: $(printf '%.0f' "$mb") MB uncompressed" >&2
  read -r zw zc _ <<< "$(measure zcat "$corpus")"
  row "zcat > /dev/null, $size" "$zw" "$zc" "$(echo "$mb / $zw" | bc -l | xargs printf '%.0f')" "1.00" "—"
  read -r gw gc gr <<< "$(measure $bin corpus "$corpus" --mode group --jobs "$jobs" -o .bench/corpus-group-$size.jsonl)"
  row "corpus --mode group --jobs $jobs, $size" "$gw" "$gc" "$(echo "$mb / $gw" | bc -l | xargs printf '%.0f')" \
    "$(echo "$zw / $gw" | bc -l | xargs printf '%.2f')" "$gr"
  if [ -z "${SKIP_CHECK:-}" ]; then
    read -r cw cc cr <<< "$(measure $bin corpus "$corpus" --jobs "$jobs" -o .bench/corpus-check-$size.jsonl)"
    row "corpus --jobs $jobs (check), $size" "$cw" "$cc" "$(echo "$mb / $cw" | bc -l | xargs printf '%.1f')" \
      "$(echo "$zw / $cw" | bc -l | xargs printf '%.3f')" "$cr"
  fi
  gold=.bench/corpus-stories-$size.gold.tsv
  echo "grouping $size: $(python3 Scripts/score-corpus-grouping.py .bench/corpus-group-$size.jsonl "$gold")" >&2
done

# Version diffs: ours (one job, end to end) vs difflib (diff calls only), on the smallest corpus.
small=.bench/corpus-stories-${sizes[-1]}.jsonl.gz
read -r dw dc dr <<< "$(measure $bin corpus "$small" --group-by field:story --mode diff --jobs 1 -o .bench/corpus-diff.jsonl)"
pairs=$(python3 -c "import json,sys; print(sum(len(json.loads(l).get('versions') or []) for l in open(sys.argv[1])))" .bench/corpus-diff.jsonl)
story_cpu=$($bin corpus "$small" --group-by field:story --mode diff --jobs 1 -o .bench/corpus-diff.jsonl --summary 2>&1 >/dev/null \
  | sed -n 's/.*"storyCPUSeconds":\([0-9.]*\).*/\1/p')
difflib=$(python3 Scripts/bench-difflib-versions.py "$small" --seconds "${DIFFLIB_SECONDS:-20}")
echo "$difflib" >&2
dl_rate=$(echo "$difflib" | sed -n 's/.* pairs_per_s=\([0-9]*\).*/\1/p')
dl_cpu_rate=$(echo "$difflib" | sed -n 's/.*cpu_pairs_per_s=\([0-9]*\).*/\1/p')
ours_rate=$(echo "$pairs / $dw" | bc -l | xargs printf '%.0f')
ours_cpu_rate=$(echo "$pairs / $dc" | bc -l | xargs printf '%.0f')

echo
echo "| Run | wall s | CPU s | MB/s (wall) | zcat time / ours | peak RSS MB |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "version diffs (${sizes[-1]} MB corpus, one job, end to end incl. reading and JSON): $pairs pairs in ${dw} s wall /" \
  "${dc} s CPU = $ours_rate pairs/s wall, $ours_cpu_rate pairs/s CPU; peak RSS $dr MB"
echo "diff work only (documents + word diffs + line encoding, worker CPU time): $(echo "$pairs / $story_cpu" | bc -l | xargs printf '%.0f') pairs/s" \
  "-> ours/difflib $(echo "$pairs / $story_cpu / $dl_cpu_rate" | bc -l | xargs printf '%.1f')x (CPU, diff calls only on both sides)"
dl_e2e_cpu_rate=$(echo "$difflib" | sed -n 's/.*e2e_cpu_pairs_per_s=\([0-9]*\).*/\1/p')
echo "end to end on both sides (reading gzip JSONL, parsing, grouping, diffing; CPU): ours $ours_cpu_rate pairs/s," \
  "difflib $dl_e2e_cpu_rate pairs/s -> ours/difflib $(echo "$ours_cpu_rate / $dl_e2e_cpu_rate" | bc -l | xargs printf '%.1f')x"
echo "$difflib  -> ours end to end / difflib diff-only: $(echo "$ours_rate / $dl_rate" | bc -l | xargs printf '%.1f')x (wall)," \
  "$(echo "$ours_cpu_rate / $dl_cpu_rate" | bc -l | xargs printf '%.1f')x (CPU)"
for size in "${sizes[@]}"; do
  echo "B-cubed $size: $(python3 Scripts/score-corpus-grouping.py .bench/corpus-group-$size.jsonl .bench/corpus-stories-$size.gold.tsv)"
done
