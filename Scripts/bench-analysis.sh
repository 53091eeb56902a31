#!/usr/bin/env bash
# Analysis throughput, one core: quote extraction and claim extraction (each including the Document analysis they
# need: tokens, paragraphs, sentences) over ~20 MB of generated news-like articles, in the same run as the tokenizer
# alone on the same text, so the ratios are comparable on a noisy machine.
#
#   Scripts/bench-analysis.sh            # generates .bench/news-small.jsonl.gz once (seed 43, gitignored)
#
# Prints wall-clock MB/s and thread-CPU MB/s (the latter is what one core delivers when other processes compete).
# Targets: quotes >= 20 MB/s per core, claims >= 20 MB/s per core.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .bench
corpus=.bench/news-small.jsonl.gz
text=.bench/news-small.txt
if [ ! -f "$corpus" ]; then
  python3 Scripts/make-bench-corpus.py "$corpus" --min-compressed-mb 8 --seed 43 >&2
fi
if [ ! -f "$text" ]; then
  python3 - "$corpus" "$text" <<'PY'
import gzip, json, sys
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        out.write(json.loads(line)["text"] + "\n\n")
PY
fi
swift build -c release --package-path Benchmarks >&2
bench="$(swift build -c release --package-path Benchmarks --show-bin-path)/crosscheck-bench"
echo "tokenize: $("$bench" tokenize "$text" --repeat 3)"
echo "quotes:   $("$bench" quotes "$text" --repeat 3)"
echo "claims:   $("$bench" claims "$corpus" --repeat 3)"
