#!/usr/bin/env python3
"""Times `crosscheck diff --by word --format json` against its peers on the pairs of Scripts/make-diff-pairs.py.

    Scripts/bench-peers.sh           # the entry point: builds, makes the pairs and the venv, then runs this
    python bench-peers.py CROSSCHECK PAIR_DIR [--runs 3]

Peers, all in the same run, on the same files:
  ours     `crosscheck diff OLD NEW --by word --format json > /dev/null`: the whole process (reading, tokenizing,
           diffing, moves, writing the contract JSON with both texts and every span).
  git      `git diff --no-index --word-diff=porcelain --diff-algorithm=histogram OLD NEW > /dev/null`: the whole
           process.
  dmp      diff-match-patch (PyPI), `diff_main` + `diff_cleanupSemantic` with its default 1 s timeout, timed inside
           Python (reading the files and the interpreter start are not counted: in its favour).
  difflib  `difflib.SequenceMatcher(None, old.split(), new.split()).get_opcodes()`, timed inside Python; skipped
           where the quadratic estimate from the previous size exceeds 60 s.

Each time is the median of RUNS wall-clock runs (1 run for dmp and difflib from 1 MB up). Also prints CPU time
(user + sys) for the two processes, which is steadier than wall time on a shared machine, our peak memory (max RSS)
on the unrelated 1 MB pair, and the growth exponent of our time from 1 MB to 10 MB.
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


def dmp_time(old, new):
    import diff_match_patch

    dmp = diff_match_patch.diff_match_patch()  # Diff_Timeout = 1.0 (the default)
    start = time.perf_counter()
    cpu = time.process_time()
    diffs = dmp.diff_main(old, new)
    dmp.diff_cleanupSemantic(diffs)
    return time.perf_counter() - start, time.process_time() - cpu


def difflib_time(old, new):
    a, b = old.split(), new.split()
    start = time.perf_counter()
    cpu = time.process_time()
    difflib.SequenceMatcher(None, a, b).get_opcodes()
    return time.perf_counter() - start, time.process_time() - cpu


def peak_memory_kb(command):
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1])


def ms(seconds):
    return "skipped" if seconds is None else f"{seconds * 1000:.1f}"


def ratio(ours, peer):
    return "-" if peer is None or peer == 0 else f"{ours / peer:.3f}"


def main():
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
        with open(old_path, encoding="utf-8") as f:
            old = f.read()
        with open(new_path, encoding="utf-8") as f:
            new = f.read()
        size = len(old.encode()) + len(new.encode())
        slow_runs = 1 if name in SLOW_FROM else args.runs
        ours = median_of(args.runs, lambda: run_process(
            [args.crosscheck, "diff", old_path, new_path, "--by", "word", "--format", "json"]))
        git = median_of(args.runs, lambda: run_process(
            ["git", "diff", "--no-index", "--word-diff=porcelain", "--diff-algorithm=histogram", old_path,
             new_path]))
        dmp = median_of(slow_runs, lambda: dmp_time(old, new))
        estimate = None
        if previous_difflib is not None:
            estimate = previous_difflib[0] * (size / previous_difflib[1]) ** 2
        if name == "unrelated" or (estimate is not None and estimate > 60):
            lib = (None, None)
        else:
            lib = median_of(slow_runs, lambda: difflib_time(old, new))
            previous_difflib = (lib[0], size)
        rows[name] = (size, ours, git, dmp, lib)
        print(f"  {name}: ours {ms(ours[0])} ms, git {ms(git[0])} ms, dmp {ms(dmp[0])} ms, "
              f"difflib {ms(lib[0])} ms", file=sys.stderr, flush=True)

    print()
    print("| pair | bytes (old+new) | ours ms | git ms | dmp ms | difflib ms | ours/git | ours/dmp | ours/difflib "
          "| CPU ours/git |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, (size, ours, git, dmp, lib) in rows.items():
        print(f"| {name} | {size:,} | {ms(ours[0])} | {ms(git[0])} | {ms(dmp[0])} | {ms(lib[0])} | "
              f"{ratio(ours[0], git[0])} | {ratio(ours[0], dmp[0])} | {ratio(ours[0], lib[0])} | "
              f"{ratio(ours[1], git[1])} |")
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
