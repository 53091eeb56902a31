#!/usr/bin/env python3
"""Score `crosscheck align` on version pairs made by Scripts/make-align-pairs.py.

For every pair folder (a.txt, b.txt, gold.json) the script runs `crosscheck align a.txt b.txt --format json` and
turns each group into links: every sentence of document 0 in the group with every sentence of document 1. Gold links
are compared with these: link precision, recall and F1 (micro-averaged over all pairs), overall and per mode, and the
relation accuracy on correctly found links (gold `identical` also accepts `moved` when the sentence sits in a moved
paragraph, as the gold says `moved` there).

Usage:
    Scripts/score-align.py [--pairs DIR] [--binary PATH] [--jobs N] [-- extra align options]
    Scripts/score-align.py --sweep [--pairs .bench/align/train]    # grid search of the thresholds

Defaults: pairs from .bench/align/dev, the binary $CROSSCHECK_BIN or .build/release/crosscheck.
"""

import argparse
import concurrent.futures
import glob
import itertools
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_pair(binary, folder, extra):
    out = subprocess.run(
        [binary, "align", os.path.join(folder, "a.txt"), os.path.join(folder, "b.txt"), "--format", "json", *extra],
        check=True, capture_output=True)
    result = json.loads(out.stdout)
    links, relations = set(), {}
    for group in result["groups"]:
        a = [m["sentence"] for m in group["members"] if m["doc"] == 0]
        b = [m["sentence"] for m in group["members"] if m["doc"] == 1]
        for i in a:
            for j in b:
                links.add((i, j))
                relations[(i, j)] = group["relation"]
    return links, relations


def score(pairs, binary, extra, jobs, verbose=True):
    totals = {}
    relation_ok = relation_all = 0
    errors = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(run_pair, binary, folder, extra): folder for folder in pairs}
        for future, folder in ((f, futures[f]) for f in futures):
            gold = json.load(open(os.path.join(folder, "gold.json")))
            want = {tuple(link) for link in gold["links"]}
            got, relations = future.result()
            for key in ("all", gold["mode"]):
                t = totals.setdefault(key, [0, 0, 0])
                t[0] += len(got & want)
                t[1] += len(got)
                t[2] += len(want)
            for link in got & want:
                expected = gold["relations"][f"{link[0]}:{link[1]}"]
                relation_all += 1
                if relations[link] == expected:
                    relation_ok += 1
            if got != want:
                errors.append((folder, sorted(want - got), sorted(got - want)))
    rows = {}
    for key, (tp, n_got, n_want) in sorted(totals.items()):
        p = tp / n_got if n_got else 1.0
        r = tp / n_want if n_want else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows[key] = (p, r, f, n_want)
        if verbose:
            print(f"{key:11s} links={n_want:5d}  P={p:.4f} R={r:.4f} F1={f:.4f}")
    if verbose:
        print(f"relation accuracy on found links: {relation_ok / max(relation_all, 1):.4f} ({relation_all} links)")
    return rows, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", default=os.path.join(ROOT, ".bench", "align", "dev"))
    parser.add_argument("--binary", default=os.environ.get("CROSSCHECK_BIN", os.path.join(ROOT, ".build/release/crosscheck")))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("extra", nargs="*")
    args = parser.parse_args()
    pairs = sorted(p for p in glob.glob(os.path.join(args.pairs, "*")) if os.path.exists(os.path.join(p, "gold.json")))
    if not pairs:
        print(f"no pairs under {args.pairs} (run Scripts/make-align-pairs.py)", file=sys.stderr)
        return 2
    if not os.path.exists(args.binary):
        print(f"no binary at {args.binary}", file=sys.stderr)
        return 2
    if not args.sweep:
        print(f"{len(pairs)} pairs from {os.path.relpath(args.pairs, ROOT)}")
        _, errors = score(pairs, args.binary, args.extra, args.jobs)
        for folder, missing, extra in errors[: args.show_errors]:
            print(f"{os.path.relpath(folder, ROOT)}: missing {missing} extra {extra}")
        return 0
    grid = {
        "--link-threshold": [0.3, 0.42, 0.55],
        "--move-threshold": [0.42, 0.55, 0.7],
        "--gap-threshold": [0.1, 0.25, 0.4],
        "--split-threshold": [0.5],
    }
    best = None
    for values in itertools.product(*grid.values()):
        extra = [str(x) for pair in zip(grid.keys(), values) for x in pair]
        rows, _ = score(pairs, args.binary, extra, args.jobs, verbose=False)
        f = rows["all"][2]
        print(" ".join(extra), f"F1={f:.4f}", flush=True)
        if best is None or f > best[0]:
            best = (f, extra)
    print("best:", " ".join(best[1]), f"F1={best[0]:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
