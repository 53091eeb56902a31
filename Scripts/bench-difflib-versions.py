#!/usr/bin/env python3
"""Peer for `crosscheck corpus --mode diff`: Python difflib word diffs of every version against the previous
version of its story, over the records of a corpus made by make-corpus-stories.py.

    python3 Scripts/bench-difflib-versions.py CORPUS.jsonl.gz [--seconds 20]

Versions are records with the same gold `story` field and the same URL (what `--mode diff` pairs; the file is in
publication order, so "previous" is the previous line of that story and URL). Each pair is `difflib.SequenceMatcher(None, old.split(), new.split()).get_opcodes()`. Only the
diff calls are timed for the diff-only rates, and the run stops after --seconds of diffing; the end-to-end rates
divide the same pairs by the whole run's time (gunzip, JSON parsing, grouping by story and URL, splitting and
diffing the part of the corpus read). Prints `difflib pairs=<n> seconds=<s> pairs_per_s=<n/s> cpu_pairs_per_s=<n/s>
e2e_pairs_per_s=<n/s> e2e_cpu_pairs_per_s=<n/s>`.
"""
import argparse
import difflib
import gzip
import json
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    run_start, run_start_cpu = time.perf_counter(), time.process_time()
    previous = {}
    pairs = 0
    wall = 0.0
    cpu = 0.0
    with gzip.open(args.corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            words = record["text"].split()
            key = (record["story"], record.get("url"))
            old = previous.get(key)
            previous[key] = words
            if old is None:
                continue
            start, start_cpu = time.perf_counter(), time.process_time()
            difflib.SequenceMatcher(None, old, words).get_opcodes()
            wall += time.perf_counter() - start
            cpu += time.process_time() - start_cpu
            pairs += 1
            if wall >= args.seconds:
                break
    e2e_wall = time.perf_counter() - run_start
    e2e_cpu = time.process_time() - run_start_cpu
    print(f"difflib pairs={pairs} seconds={wall:.2f} pairs_per_s={pairs / wall:.0f} cpu_pairs_per_s={pairs / cpu:.0f}"
          f" e2e_pairs_per_s={pairs / e2e_wall:.0f} e2e_cpu_pairs_per_s={pairs / e2e_cpu:.0f}")


if __name__ == "__main__":
    main()
