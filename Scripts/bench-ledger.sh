#!/usr/bin/env bash
# Quote ledger benchmark: `crosscheck ledger add` throughput (articles/s, quotes/s) on a generated corpus.
#
#   Scripts/bench-ledger.sh                       # 10 MB (compressed) generated corpus, 3 runs
#   MB=40 RUNS=5 Scripts/bench-ledger.sh
#
# Generates a synthetic corpus with Scripts/make-bench-corpus.py (cached under .bench/, gitignored; sentences and
# quotes drawn from a pool of 20,000, so the same quote recurs across articles and outlets and gets grouped), then
# RUNS times: adds it to a fresh ledger (release build, one process, default batch of 200 articles per
# transaction) and, for comparison, extracts the same quotes without storing them (`crosscheck quotes`). Prints
# every run and the medians: articles/s and quotes/s of `ledger add`, and the share of its time the database
# takes (ledger add time minus quote extraction time). A second `ledger add` of the same corpus measures the
# idempotent re-add (every article skipped).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-3}
mb=${MB:-10}
mkdir -p .bench
corpus=.bench/ledger-corpus-${mb}mb.jsonl.gz
if [ ! -f "$corpus" ]; then
  python3 Scripts/make-bench-corpus.py "$corpus" --min-compressed-mb "$mb" --pool 20000 --seed 9 >&2
fi
swift build -c release --product crosscheck >&2
crosscheck="$(swift build -c release --show-bin-path)/crosscheck"

now() { python3 -c 'import time; print(time.monotonic())'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

article_rates=()
quote_rates=()
db_shares=()
for ((i = 1; i <= runs; i++)); do
  db=.bench/ledger-bench.sqlite
  rm -f "$db" "$db-wal" "$db-shm"
  start=$(now)
  report=$("$crosscheck" ledger add "$corpus" --db "$db" --format json)
  end=$(now)
  start_q=$(now)
  "$crosscheck" quotes "$corpus" --format jsonl >/dev/null
  end_q=$(now)
  start_r=$(now)
  "$crosscheck" ledger add "$corpus" --db "$db" --format json >/dev/null
  end_r=$(now)
  read -r articles quotes grouped < <(python3 -c '
import json, sys
r = json.loads(sys.argv[1])["added"]
print(r["articlesAdded"], r["quotesAdded"], r["quotesGrouped"])' "$report")
  line=$(python3 -c '
import sys
a, q, g, t0, t1, q0, q1, r0, r1 = map(float, sys.argv[1:])
add, extract, readd = t1 - t0, q1 - q0, r1 - r0
print(f"{a / add:.0f} {q / add:.0f} {max(0.0, (add - extract) / add) * 100:.0f} "
      f"articles={a:.0f} quotes={q:.0f} grouped={g:.0f} add_s={add:.2f} extract_only_s={extract:.2f} readd_s={readd:.2f}")
' "$articles" "$quotes" "$grouped" "$start" "$end" "$start_q" "$end_q" "$start_r" "$end_r")
  read -r ar qr share rest <<<"$line"
  echo "run $i: $rest articles_per_s=$ar quotes_per_s=$qr db_share=${share}%"
  article_rates+=("$ar")
  quote_rates+=("$qr")
  db_shares+=("$share")
done
size=$(du -k .bench/ledger-bench.sqlite | cut -f1)
echo "ledger add: median $(printf '%s\n' "${article_rates[@]}" | median) articles/s," \
  "$(printf '%s\n' "${quote_rates[@]}" | median) quotes/s over $runs runs;" \
  "database share of the time $(printf '%s\n' "${db_shares[@]}" | median)%; ledger file ${size} KiB"
