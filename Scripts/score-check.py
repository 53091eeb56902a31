#!/usr/bin/env python3
"""Score `crosscheck check` on the pairs of Scripts/make-check-pairs.py.

For every pair the script runs `crosscheck check a.txt b.txt --format json` and counts:
  recall per kind   the pair's expected kind is reported with evidence overlapping the changed region (in a or b);
  precision         share of reported discrepancies (on perturbed pairs) whose evidence overlaps the changed region
                    in a or b, or whose `details.new` is exactly the changed text (a renamed speaker cited at the
                    mention the quote extractor resolved) (anything else is a false alarm; `info` sentence-edited restating the change counts as
                    correct since it overlaps);
  noise false-alarm share of noise-only pairs with any discrepancy.
Also: severity of quote-wording on quote-punct pairs (expected minor).

Usage: Scripts/score-check.py [--pairs DIR] [--binary PATH] [--verbose]
"""

import argparse
import glob
import json
import os
import subprocess
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def overlaps(e, region, doc_index):
    if region is None:
        return False
    s, t = region
    if s == t:  # insertion point or deletion: touching counts
        return e["docIndex"] == doc_index and e["start"] <= s <= e["end"]
    return e["docIndex"] == doc_index and e["start"] < t and s < e["end"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", default=os.path.join(ROOT, ".bench", "check", "dev"))
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "crosscheck"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    hits, totals = Counter(), Counter()
    correct = reported = 0
    noise_pairs = noise_alarms = 0
    noise_kinds = Counter()
    fp_kinds = Counter()
    punct_sev = Counter()
    for directory in sorted(glob.glob(os.path.join(args.pairs, "*"))):
        gold = json.load(open(os.path.join(directory, "gold.json")))
        out = subprocess.run([args.binary, "check", os.path.join(directory, "a.txt"), os.path.join(directory, "b.txt"),
                              "--format", "json"], capture_output=True, text=True)
        if out.returncode not in (0, 1):
            print(f"{directory}: exit {out.returncode}: {out.stderr.strip()}")
            continue
        result = json.loads(out.stdout)
        found = result["discrepancies"]
        if gold["kind"] is None:
            noise_pairs += 1
            if found:
                noise_alarms += 1
                noise_kinds.update(d["kind"] for d in found)
                if args.verbose:
                    print(f"NOISE {directory}: " + "; ".join(d["summary"] for d in found))
            continue
        variant = gold["variant"]
        totals[variant] += 1
        def relevant(d):
            return any(overlaps(e, gold["a"], 0) or overlaps(e, gold["b"], 1) for e in d["evidence"])
        b_text = open(os.path.join(directory, "b.txt"), encoding="utf-8").read()
        changed = b_text[gold["b"][0]:gold["b"][1]] if gold["b"] else None
        def names_change(d):
            # A discrepancy whose new value is exactly the changed text (a renamed speaker cited at another mention).
            return bool(changed) and d["details"].get("new") == changed
        hit = [d for d in found if d["kind"] == gold["kind"] and (relevant(d) or names_change(d))]
        if hit:
            hits[variant] += 1
            if variant == "quote-punct":
                punct_sev[hit[0]["severity"]] += 1
        elif args.verbose:
            print(f"MISS {directory} ({variant}): " + "; ".join(f'{d["kind"]}: {d["summary"]}' for d in found))
        for d in found:
            reported += 1
            if relevant(d) or names_change(d):
                correct += 1
            else:
                fp_kinds[d["kind"]] += 1
                if args.verbose:
                    print(f"FP {directory} ({variant}): {d['kind']}: {d['summary']}")
    print("recall per kind:")
    for variant in sorted(totals):
        print(f"  {variant:18s} {hits[variant] / totals[variant]:.3f}  ({hits[variant]}/{totals[variant]})")
    all_hits, all_total = sum(hits.values()), sum(totals.values())
    print(f"recall overall     {all_hits / max(1, all_total):.3f}  ({all_hits}/{all_total})")
    print(f"precision          {correct / max(1, reported):.3f}  ({correct}/{reported}); false alarms by kind: "
          f"{dict(fp_kinds.most_common())}")
    print(f"noise false alarms {noise_alarms / max(1, noise_pairs):.3f}  ({noise_alarms}/{noise_pairs}); kinds: "
          f"{dict(noise_kinds.most_common())}")
    print(f"quote-punct severities: {dict(punct_sev)}")


if __name__ == "__main__":
    main()
