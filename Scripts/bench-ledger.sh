#!/usr/bin/env bash
# Quote ledger benchmark: `crosscheck ledger add` throughput (articles/s, quotes/s) on a generated corpus.
#
#   Scripts/bench-ledger.sh                       # 5 MB (compressed) generated corpus (5,500 articles), 3 runs
#   MB=20 RUNS=5 Scripts/bench-ledger.sh
#
# Generates a synthetic corpus with Scripts/make-bench-corpus.py (cached under .bench/, gitignored; sentences and
# quotes drawn from a pool of 20,000, so the same quote recurs across articles and outlets and gets grouped), then
# RUNS times: adds it to a fresh ledger (release build, one process, default batch of 200 articles per
# transaction) and, for comparison, extracts the same quotes without storing them (`crosscheck quotes`). Rates are
# per second of CPU time (user + system of the process, /usr/bin/time), which the other work on a shared machine
# disturbs far less than wall time (printed too). Prints every run and the medians: articles/s and quotes/s of
# `ledger add`, and the share of its CPU time the ledger takes (ledger add minus quote extraction). A second
# `ledger add` of the same corpus measures the idempotent re-add (every article skipped).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-3}
mb=${MB:-5}
mkdir -p .bench
corpus=.bench/ledger-corpus-${mb}mb.jsonl.gz
if [ ! -f "$corpus" ]; then
  python3 Scripts/make-bench-corpus.py "$corpus" --min-compressed-mb "$mb" --pool 20000 --seed 9 >&2
fi
swift build -c release --product crosscheck >&2
crosscheck="$(swift build -c release --show-bin-path)/crosscheck"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# Runs a command, printing "wall_s cpu_s" (cpu = user + system of the process) on the last line of $timing.
timing=$(mktemp)
trap 'rm -f "$timing"' EXIT
timed() { /usr/bin/time -f "%e %U %S" -o "$timing" "$@"; }
cpu_of() { awk '{ printf "%.2f", $2 + $3 }' "$timing"; }
wall_of() { awk '{ printf "%.2f", $1 }' "$timing"; }

article_rates=()
quote_rates=()
db_shares=()
for ((i = 1; i <= runs; i++)); do
  db=.bench/ledger-bench.sqlite
  rm -f "$db" "$db-wal" "$db-shm"
  report=$(timed "$crosscheck" ledger add "$corpus" --db "$db" --format json)
  add_cpu=$(cpu_of)
  add_wall=$(wall_of)
  timed "$crosscheck" quotes "$corpus" --format jsonl >/dev/null
  extract_cpu=$(cpu_of)
  timed "$crosscheck" ledger add "$corpus" --db "$db" --format json >/dev/null
  readd_cpu=$(cpu_of)
  line=$(python3 -c '
import json, sys
r = json.loads(sys.argv[1])["added"]
add, wall, extract, readd = map(float, sys.argv[2:])
a, q, g = r["articlesAdded"], r["quotesAdded"], r["quotesGrouped"]
print(f"{a / add:.0f} {q / add:.0f} {max(0.0, (add - extract) / add) * 100:.0f} "
      f"articles={a} quotes={q} grouped={g} add_cpu_s={add:.2f} add_wall_s={wall:.2f} "
      f"extract_only_cpu_s={extract:.2f} readd_cpu_s={readd:.2f}")
' "$report" "$add_cpu" "$add_wall" "$extract_cpu" "$readd_cpu")
  read -r ar qr share rest <<<"$line"
  echo "run $i: $rest articles_per_cpu_s=$ar quotes_per_cpu_s=$qr db_share=${share}%"
  article_rates+=("$ar")
  quote_rates+=("$qr")
  db_shares+=("$share")
done
size=$(du -k .bench/ledger-bench.sqlite | cut -f1)
echo "ledger add: median $(printf '%s\n' "${article_rates[@]}" | median) articles/s," \
  "$(printf '%s\n' "${quote_rates[@]}" | median) quotes/s of CPU time over $runs runs;" \
  "database share of the time $(printf '%s\n' "${db_shares[@]}" | median)%; ledger file ${size} KiB"
