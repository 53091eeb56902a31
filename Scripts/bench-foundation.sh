#!/usr/bin/env bash
# Foundation benchmark: streaming gzip inflate, ours (crosscheck-bench inflate, i.e. Crosscheck's InputReader)
# against `zcat`, on the same >= 200 MB JSONL.gz, in the same run.
#
#   Scripts/bench-foundation.sh            # generates .bench/news-200mb.jsonl.gz once (cached, gitignored)
#   RUNS=5 Scripts/bench-foundation.sh     # more runs per tool
#
# Prints the median wall time of each tool over RUNS runs (default 3, alternating) and the ratio zcat/ours
# (above 1 means ours is faster). Target: >= 1.5. Then the tokenizer against a C byte loop, and HTML extraction
# throughput (Scripts/bench-extract.sh) when the article-extraction dev pages are present.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-3}
corpus=.bench/news-200mb.jsonl.gz
mkdir -p .bench
if [ ! -f "$corpus" ]; then
  echo "generating $corpus (seed 42; about a minute)..." >&2
  python3 Scripts/make-bench-corpus.py "$corpus" --min-compressed-mb 200 --seed 42 >&2
fi

swift build -c release --package-path Benchmarks >&2
bench="$(swift build -c release --package-path Benchmarks --show-bin-path)/crosscheck-bench"

# Wall time of a command in seconds (stdout discarded).
wall() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

compressed=$(stat -c %s "$corpus" 2>/dev/null || stat -f %z "$corpus")
decompressed=$("$bench" inflate "$corpus" | sed -n 's/.*bytes=\([0-9]*\) .*/\1/p')
echo "corpus: $corpus, $((compressed / 1000000)) MB compressed, $((decompressed / 1000000)) MB decompressed"

zcat_times=()
ours_times=()
for ((i = 1; i <= runs; i++)); do
  zcat_times+=("$(wall zcat "$corpus")")
  ours_times+=("$(wall "$bench" inflate "$corpus")")
done
zcat_median=$(median "${zcat_times[@]}")
ours_median=$(median "${ours_times[@]}")
echo "zcat:                      ${zcat_times[*]} s  (median $zcat_median s)"
echo "crosscheck-bench inflate:  ${ours_times[*]} s  (median $ours_median s)"
echo "ratio zcat/ours: $(echo "scale=2; $zcat_median / $ours_median" | bc)  (target >= 1.5)"
echo "ours: $(echo "scale=0; $decompressed / 1000000 / $ours_median" | bc) MB/s decompressed"

# Tokenizer throughput: ours against a C byte loop (Benchmarks/peers/byteloop.c), same ~100 MB of article text.
text=.bench/news-100mb.txt
if [ ! -f "$text" ]; then
  echo "extracting $text from $corpus..." >&2
  python3 - "$corpus" "$text" <<'PY'
import gzip, json, sys
out, total = open(sys.argv[2], "w", encoding="utf-8"), 0
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        text = json.loads(line)["text"]
        out.write(text + "\n\n")
        total += len(text.encode()) + 2
        if total >= 100_000_000:
            break
PY
fi
cc -O2 -o .bench/byteloop Benchmarks/peers/byteloop.c
ours_line=$("$bench" tokenize "$text" --repeat 3)
c_line=$(.bench/byteloop "$text" 3)
ours_rate=$(echo "$ours_line" | sed -n 's/.*mb_per_s=\([0-9.]*\).*/\1/p')
c_rate=$(echo "$c_line" | sed -n 's/.*mb_per_s=\([0-9.]*\).*/\1/p')
echo "tokenize, crosscheck:   $ours_line"
echo "tokenize, C byte loop:  $c_line"
echo "tokenize ratio ours/C byte loop: $(echo "scale=2; $ours_rate / $c_rate" | bc)  (ours $(printf %.0f "$ours_rate") MB/s; target >= 200 MB/s)"

# HTML extraction throughput (Scripts/bench-extract.sh; skipped when the dev pages are not there).
Scripts/bench-extract.sh | tail -n 1
