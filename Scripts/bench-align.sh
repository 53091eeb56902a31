#!/usr/bin/env bash
# Sentence alignment benchmark: `Alignment(documents:)` on generated versions of one story, one core.
#
#   Scripts/bench-align.sh                  # story text from ../shared/data/polnear-dev/text/*.txt
#   TEXTS_DIR=path/to/txt Scripts/bench-align.sh
#
# Concatenates the article texts (read only) into .bench/align/story.txt (git-ignored), builds the Benchmarks/
# package in release mode and runs `crosscheck-bench align`:
#   1. 20 versions x 2,000 words (target <= 2 s),
#   2. 2 versions x 10,000 words (target <= 100 ms),
#   3. growth with the number of documents: 2, 5, 10, 20, 40 versions x 2,000 words (time and peak memory).
# Documents are analysed (tokens, sentences) before timing; the figure is the alignment alone, best of 3 runs.
set -euo pipefail
cd "$(dirname "$0")/.."

texts_dir=${TEXTS_DIR:-../shared/data/polnear-dev/text}
shopt -s nullglob
texts=("$texts_dir"/*.txt)
if [ ${#texts[@]} -eq 0 ]; then
  echo "no texts under $texts_dir (set TEXTS_DIR); skipping the align benchmark" >&2
  exit 0
fi
mkdir -p .bench/align
story=.bench/align/story.txt
: > "$story"
for t in "${texts[@]}"; do
  tail -n +3 "$t" >> "$story"
  printf '\n\n' >> "$story"
done

swift build -c release --package-path Benchmarks >&2
bench="$(swift build -c release --package-path Benchmarks --show-bin-path)/crosscheck-bench"

echo "20 versions x 2,000 words (target <= 2 s):"
"$bench" align "$story" --words 2000 --versions 20
echo "2 versions x 10,000 words (target <= 0.1 s):"
"$bench" align "$story" --words 10000 --versions 2
echo "growth with document count (2,000 words each):"
"$bench" align "$story" --words 2000 --versions 2,5,10,20,40
