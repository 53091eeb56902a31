#!/usr/bin/env bash
# HTML extraction benchmark: HTMLExtractor throughput over the article-extraction dev pages, one core.
#
#   Scripts/bench-extract.sh                      # pages from ../shared/data/article-extraction-dev/html/*.html.gz
#   PAGES_DIR=path/to/html RUNS=5 Scripts/bench-extract.sh
#
# Runs `crosscheck-bench html PAGE...` (the Benchmarks/ package, release build) RUNS times (default 3). Each run reads
# and inflates every page first, then times the extraction alone (charset decoding, parsing, metadata, scoring) in one
# thread; the figure is decompressed HTML bytes / extraction seconds. Prints every run and the median MB/s.
# Target: >= 20 MB/s per core. The pages are only read, never copied. Without them the script says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-3}
pages_dir=${PAGES_DIR:-../shared/data/article-extraction-dev/html}
shopt -s nullglob
pages=("$pages_dir"/*.html.gz "$pages_dir"/*.html)
if [ ${#pages[@]} -eq 0 ]; then
  echo "no pages under $pages_dir (set PAGES_DIR); skipping the html extraction benchmark" >&2
  exit 0
fi

swift build -c release --package-path Benchmarks >&2
bench="$(swift build -c release --package-path Benchmarks --show-bin-path)/crosscheck-bench"

rates=()
for ((i = 1; i <= runs; i++)); do
  line=$("$bench" html "${pages[@]}")
  echo "run $i: $line"
  rates+=("$(echo "$line" | sed -n 's/.*mb_per_s=\([0-9.]*\).*/\1/p')")
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
echo "html extraction: ${#pages[@]} pages, median $(printf %.1f "$median") MB/s over $runs runs (target >= 20 MB/s per core)"
