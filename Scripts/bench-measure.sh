# Sourced by the corpus benchmark scripts (bench-corpus.sh, bench-corpus-ab.sh, bench-corpus-quiet.sh).
# measure COMMAND...: runs COMMAND with its output discarded and prints "WALL_S CPU_S PEAK_RSS_MB" (CPU = user + sys,
# from /usr/bin/time); a failing run is still measured and reported on stderr.
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" > /dev/null 2> /dev/null || true
  # The last line: /usr/bin/time puts "Command exited with non-zero status N" before it when the run fails.
  tail -1 "$log" | awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }'
  if grep -q "^Command" "$log"; then echo "warning: $* failed: $(head -1 "$log")" >&2; fi
  rm -f "$log"
}
