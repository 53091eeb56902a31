#!/usr/bin/env bash
# Diff benchmark: `crosscheck diff --by word --format json` against git's word diff, diff-match-patch and Python's
# difflib, in the same run, on generated edited article pairs (1 KB to 10 MB, fixed seed) and an unrelated 1 MB pair.
#
#   Scripts/bench-peers.sh            # medians of 3 runs (1 run for the slow peers from 1 MB up)
#   RUNS=5 Scripts/bench-peers.sh
#   STATIC=0 Scripts/bench-peers.sh   # time the default (dynamically linked) release build instead
#   NO_PIE=1 Scripts/bench-peers.sh   # time the static build linked without position independence
#
# Generates .bench/diff/*.txt once (Scripts/make-diff-pairs.py, seed 7) and a venv with diff-match-patch under
# .bench/venv (both gitignored), builds crosscheck in release mode, then prints a Markdown table of medians (ms) and
# ratios ours/peer, our peak memory on the unrelated pair, and the growth exponent of our time from 1 MB to 10 MB
# (Scripts/bench-peers.py documents each measurement). Every peer is timed the same way, as a whole process (start-up
# and file reading included): ours, git, and diff-match-patch and difflib each in their own Python process.
# Targets: ours/git <= 1.0 at 100 KB, 1 MB and 10 MB; ours/dmp <= 0.1; growth <= n^1.15; unrelated 1 MB pair
# <= 1 s and <= 200 MB.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-3}
pairs=.bench/diff
if [ ! -f "$pairs/10m-new.txt" ] || [ ! -f "$pairs/unrelated-new.txt" ]; then
  echo "generating $pairs (seed 7)..." >&2
  python3 Scripts/make-diff-pairs.py "$pairs" --seed 7
fi
venv=.bench/venv
if ! "$venv/bin/python" -c "import diff_match_patch" 2>/dev/null; then
  echo "creating $venv with diff-match-patch..." >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet diff-match-patch
fi
# The shipped build (Scripts/build-static.sh: the Swift runtime linked statically), which starts faster than the
# default build, which matters for the small pairs. STATIC=0 uses the default build; NO_PIE=1 (passed on to
# Scripts/build-static.sh) times the build that is not position-independent.
if [ "${STATIC:-1}" = 1 ]; then
  crosscheck="$(Scripts/build-static.sh)"
else
  swift build -c release --product crosscheck >&2
  crosscheck="$(swift build -c release --show-bin-path)/crosscheck"
fi

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "git: $(git --version), diff-match-patch $("$venv/bin/python" -c 'import diff_match_patch as d; print(d.__version__)'), $("$venv/bin/python" --version)"
"$venv/bin/python" Scripts/bench-peers.py "$crosscheck" "$pairs" --runs "$runs"
