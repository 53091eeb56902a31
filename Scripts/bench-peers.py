#!/usr/bin/env python3
"""Times `crosscheck diff --by word --format json` against its peers on the pairs of Scripts/make-diff-pairs.py.

    Scripts/bench-peers.sh           # the entry point: builds, makes the pairs and the venv, then runs this
    python bench-peers.py CROSSCHECK PAIR_DIR [--runs 3]
    python bench-peers.py --peer dmp|difflib OLD NEW    # one peer run as its own process (used by the above)

Every peer is timed the same way: as a whole process, wall clock, from start to exit, output discarded (starting
up and reading the files count for everyone):
  ours     `crosscheck diff OLD NEW --by word --format json > /dev/null` (reading, tokenizing, diffing, moves,
           writing the contract JSON with both texts and every span).
  git      `git diff --no-index --word-diff=porcelain --diff-algorithm=histogram OLD NEW > /dev/null`.
  dmp      `python bench-peers.py --peer dmp OLD NEW`: diff-match-patch (PyPI), `diff_main` + `diff_cleanupSemantic`
           with its default 1 s timeout. The table also shows the time of those two calls alone, measured inside
           that process ("dmp call ms"), for reference.
  difflib  `python bench-peers.py --peer difflib OLD NEW`: `difflib.SequenceMatcher(None, old.split(),
           new.split()).get_opcodes()`; skipped where the quadratic estimate from the previous size exceeds 60 s.

Each time is the median of RUNS runs (1 run for dmp and difflib from 1 MB up). Also prints CPU time (user + sys) of
ours and git, which is steadier than wall time on a shared machine, our peak memory (max RSS) on the unrelated 1 MB
pair, and the growth exponent of our time from 1 MB to 10 MB.
"""
import argparse
import difflib
import math
import os
import resource
import statistics
import subprocess
import sys
import time

SIZES = ["1k", "10k", "100k", "1m", "10m"]
SLOW_FROM = {"1m", "10m", "unrelated"}


def run_process(command):
    """Wall and CPU seconds of one run of a command, stdout discarded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        sys.exit(f"{command[0]} failed ({result.returncode}): {result.stderr.decode()[:300]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def median_of(runs, measure):
    samples = [measure() for _ in range(runs)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def run_peer(name, old_path, new_path):
    """The `--peer` mode: reads both files, runs one peer, prints the seconds its call took (inside this process)."""
    with open(old_path, encoding="utf-8") as f:
        old = f.read()
    with open(new_path, encoding="utf-8") as f:
        new = f.read()
    start = time.perf_counter()
    if name == "dmp":
        import diff_match_patch

        dmp = diff_match_patch.diff_match_patch()  # Diff_Timeout = 1.0 (the default)
        diffs = dmp.diff_main(old, new)
        dmp.diff_cleanupSemantic(diffs)
    else:
        difflib.SequenceMatcher(None, old.split(), new.split()).get_opcodes()
    print(time.perf_counter() - start)


def peer_process(name, old_path, new_path):
    """Wall seconds of the peer's whole process, and the seconds of its call measured inside it."""
    command = [sys.executable, os.path.abspath(__file__), "--peer", name, old_path, new_path]
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{name} failed: {result.stderr[:300]}")
    return wall, float(result.stdout.strip())


def peak_memory_kb(command):
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1])


def ms(seconds):
    return "skipped" if seconds is None else f"{seconds * 1000:.1f}"


def ratio(ours, peer):
    return "-" if peer is None or peer == 0 else f"{ours / peer:.3f}"


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--peer":
        run_peer(sys.argv[2], sys.argv[3], sys.argv[4])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("crosscheck")
    parser.add_argument("pairs")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = {}
    previous_difflib = None
    for name in SIZES + ["unrelated"]:
        old_path = os.path.join(args.pairs, f"{name}-old.txt")
        new_path = os.path.join(args.pairs, f"{name}-new.txt")
        size = os.path.getsize(old_path) + os.path.getsize(new_path)
        slow_runs = 1 if name in SLOW_FROM else args.runs
        ours = median_of(args.runs, lambda: run_process(
            [args.crosscheck, "diff", old_path, new_path, "--by", "word", "--format", "json"]))
        git = median_of(args.runs, lambda: run_process(
            ["git", "diff", "--no-index", "--word-diff=porcelain", "--diff-algorithm=histogram", old_path,
             new_path]))
        dmp = median_of(slow_runs, lambda: peer_process("dmp", old_path, new_path))
        estimate = None
        if previous_difflib is not None:
            estimate = previous_difflib[0] * (size / previous_difflib[1]) ** 2
        if name == "unrelated" or (estimate is not None and estimate > 60):
            lib = (None, None)
        else:
            lib = median_of(slow_runs, lambda: peer_process("difflib", old_path, new_path))
            previous_difflib = (lib[0], size)
        rows[name] = (size, ours, git, dmp, lib)
        print(f"  {name}: ours {ms(ours[0])} ms, git {ms(git[0])} ms, dmp {ms(dmp[0])} ms, "
              f"difflib {ms(lib[0])} ms", file=sys.stderr, flush=True)

    print()
    print("| pair | bytes (old+new) | ours ms | git ms | dmp ms | difflib ms | ours/git | ours/dmp | ours/difflib "
          "| CPU ours/git | dmp call ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, (size, ours, git, dmp, lib) in rows.items():
        print(f"| {name} | {size:,} | {ms(ours[0])} | {ms(git[0])} | {ms(dmp[0])} | {ms(lib[0])} | "
              f"{ratio(ours[0], git[0])} | {ratio(ours[0], dmp[0])} | {ratio(ours[0], lib[0])} | "
              f"{ratio(ours[1], git[1])} | {ms(dmp[1])} |")
    print()
    unrelated = [args.crosscheck, "diff", os.path.join(args.pairs, "unrelated-old.txt"),
                 os.path.join(args.pairs, "unrelated-new.txt"), "--by", "word", "--format", "json"]
    peak = peak_memory_kb(unrelated)
    wall = rows["unrelated"][1][0]
    print(f"unrelated 1 MB pair: {wall * 1000:.0f} ms (target <= 1000), peak memory {peak / 1024:.0f} MB "
          f"(target <= 200)")
    (s1, o1, *_), (s10, o10, *_) = rows["1m"], rows["10m"]
    growth = math.log(o10[0] / o1[0]) / math.log(s10 / s1)
    growth_cpu = math.log(o10[1] / o1[1]) / math.log(s10 / s1)
    print(f"growth of our time 1 MB -> 10 MB: n^{growth:.2f} wall, n^{growth_cpu:.2f} CPU (target <= n^1.15)")


if __name__ == "__main__":
    main()
