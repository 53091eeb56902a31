#!/usr/bin/env python3
"""Scores Crosscheck's diff-match-patch port against google/diff-match-patch's language-neutral test vectors.

Usage (from the repository root):
    swift build -c release --product crosscheck
    python3 Scripts/score-dmp-vectors.py [--vectors ../shared/data/diff-match-patch-vectors/vectors.json]
                                         [--binary .build/release/crosscheck] [--verbose]

The vectors are evaluation data and are never copied into this repository. Each supported call is sent to the
hidden `crosscheck _dmp-vector` subcommand (one JSON line per call) and compared with the expected value. Diffs are
compared twice: exactly (same op list) and by edit distance (same number of inserted plus deleted code points, and
both texts reconstructed). Every vector we do not evaluate is listed with the reason.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Functions whose semantics Crosscheck ports, and what their result is.
DIFF_RESULT = {"diff_main", "diff_bisect", "diff_cleanupMerge", "diff_cleanupSemantic",
               "diff_cleanupSemanticLossless", "diff_cleanupEfficiency"}
VALUE_RESULT = {"diff_commonPrefix", "diff_commonSuffix", "diff_commonOverlap", "diff_halfMatch",
                "diff_levenshtein", "diff_text1", "diff_text2", "diff_xIndex"}

# Functions we do not port, with the reason.
OUT_OF_SCOPE = {
    "diff_linesToChars": "line-mode speedup (checklines) not ported; `--by line` diffs interned lines instead",
    "diff_toDelta": "delta serialisation is part of patching, not diffing",
    "diff_fromDelta": "delta serialisation is part of patching, not diffing",
    "diff_prettyHtml": "rendering: crosscheck has its own text/markdown/html formats",
    "match_alphabet": "fuzzy matching (Bitap) is not part of the diff engine",
    "match_bitap": "fuzzy matching (Bitap) is not part of the diff engine",
    "match_main": "fuzzy matching (Bitap) is not part of the diff engine",
    "patch_apply": "patching is not part of the diff engine",
    "patch_fromText": "patching is not part of the diff engine",
    "patch_toText": "patching is not part of the diff engine",
    "str": "patch object printing is not part of the diff engine",
    "attr:diffs": "patch object attributes are not part of the diff engine",
}


def distance(diffs):
    return sum(len(t) for op, t in diffs if op != 0)


def text1(diffs):
    return "".join(t for op, t in diffs if op != 1)


def text2(diffs):
    return "".join(t for op, t in diffs if op != -1)


def canonical(value):
    """JSON round trip so tuples and lists compare equal."""
    return json.loads(json.dumps(value))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vectors", default=os.path.join(ROOT, "..", "shared", "data", "diff-match-patch-vectors",
                                                          "vectors.json"))
    parser.add_argument("--binary", default=None, help="crosscheck executable (default: .build/release, then debug)")
    parser.add_argument("--verbose", action="store_true", help="print every differing vector with both results")
    args = parser.parse_args()

    binary = args.binary
    if binary is None:
        for candidate in ("release", "debug"):
            path = os.path.join(ROOT, ".build", candidate, "crosscheck")
            if os.path.exists(path):
                binary = path
                break
    if binary is None or not os.path.exists(binary):
        sys.exit("crosscheck binary not found; run `swift build -c release --product crosscheck` first")

    with open(args.vectors, encoding="utf-8") as f:
        data = json.load(f)

    calls = []  # (case, role, call) where role is "actual", "expected" or "engine"
    skipped = collections.Counter()
    for case in data["cases"]:
        fn = case["actual"]["fn"]
        if fn in DIFF_RESULT or fn in VALUE_RESULT:
            calls.append((case, "actual", case["actual"]))
            if case["kind"] == "equivalence":
                calls.append((case, "expected", case["expected"]))
            if fn == "diff_main" and case["kind"] == "value":
                calls.append((case, "engine", {"fn": "crosscheck_diff", "args": case["actual"]["args"][:2]}))
        else:
            skipped[(fn, OUT_OF_SCOPE.get(fn, "not ported"))] += 1

    request = "".join(json.dumps({"id": f"{i}", "fn": call["fn"], "args": call["args"],
                                  "settings": case.get("settings", {})}) + "\n"
                      for i, (case, _, call) in enumerate(calls))
    output = subprocess.run([binary, "_dmp-vector"], input=request, capture_output=True, text=True, check=True).stdout
    responses = {r["id"]: r for r in map(json.loads, output.splitlines())}

    results = {}
    for i, (case, role, call) in enumerate(calls):
        results.setdefault(case["id"], {})[role] = responses.get(str(i), {"error": "no response"})

    per_fn = collections.defaultdict(lambda: {"cases": 0, "exact": 0, "distance": 0})
    differences = []
    for case in data["cases"]:
        if case["id"] not in results:
            continue
        fn = case["actual"]["fn"]
        ours = results[case["id"]]["actual"]
        stats = per_fn[fn]
        stats["cases"] += 1
        if "error" in ours:
            differences.append((case, "error", ours["error"], None))
            continue
        got = canonical(ours["result"])
        if case["kind"] == "equivalence":
            other = results[case["id"]]["expected"]
            want = canonical(other.get("result"))
        else:
            want = canonical(case["expected"])
        if got == want:
            stats["exact"] += 1
            stats["distance"] += 1
            continue
        if fn in DIFF_RESULT and isinstance(got, list) and isinstance(want, list):
            same_texts = text1(got) == text1(want) and text2(got) == text2(want)
            if same_texts and distance(got) == distance(want):
                stats["distance"] += 1
                differences.append((case, "same edit distance, different alignment (tie-break)", got, want))
            elif same_texts:
                differences.append((case, f"edit distance {distance(got)} vs {distance(want)}", got, want))
            else:
                differences.append((case, "texts differ (invalid result)", got, want))
        else:
            differences.append((case, "value differs", got, want))

    print(f"diff-match-patch vectors: {args.vectors}")
    print(f"binary: {binary}\n")
    print(f"{'function':32} {'cases':>5} {'exact':>6} {'same distance':>14}")
    total = {"cases": 0, "exact": 0, "distance": 0}
    for fn in sorted(per_fn):
        s = per_fn[fn]
        for k in total:
            total[k] += s[k]
        print(f"{fn:32} {s['cases']:5} {s['exact']:6} {s['distance']:14}")
    print(f"{'total':32} {total['cases']:5} {total['exact']:6} {total['distance']:14}")
    diff_main = [c for c in data["cases"] if c["actual"]["fn"] == "diff_main"]
    print(f"\nexact agreement: {total['exact']}/{total['cases']} "
          f"({100.0 * total['exact'] / max(total['cases'], 1):.1f}%); "
          f"edit distance or value agreement: {total['distance']}/{total['cases']}; "
          f"diff_main cases: {len(diff_main)}")
    equivalences = [c["id"] for c in diff_main if c["kind"] == "equivalence"]
    if equivalences:
        print(f"note: {', '.join(equivalences)} compare checklines=true with checklines=false; the port ignores "
              "checklines, so these agree by construction")

    # Crosscheck's production engine (patience anchoring and work bound, no diff-match-patch shortcuts) on the same
    # diff_main inputs: the texts must be reconstructed and the edit distance should be no larger than the reference's.
    engine_cases = [c for c in data["cases"] if "engine" in results.get(c["id"], {})]
    engine_equal = engine_smaller = 0
    engine_notes = []
    for case in engine_cases:
        ours = results[case["id"]]["engine"]
        want = canonical(case["expected"])
        got = canonical(ours.get("result"))
        if not isinstance(got, list) or text1(got) != text1(want) or text2(got) != text2(want):
            engine_notes.append(f"  {case['id']}: invalid result {ours.get('error', '')}")
        elif distance(got) == distance(want):
            engine_equal += 1
        elif distance(got) < distance(want):
            engine_smaller += 1
            engine_notes.append(f"  {case['id']}: engine distance {distance(got)} < reference {distance(want)} "
                                "(the reference's half-match speedup is not minimal)")
        else:
            engine_notes.append(f"  {case['id']}: engine distance {distance(got)} > reference {distance(want)}")
    print(f"\nCrosscheck engine (default options) on diff_main inputs: same edit distance {engine_equal}/"
          f"{len(engine_cases)}, smaller {engine_smaller}")
    for note in engine_notes:
        print(note)

    print("\nvectors where we differ:" if differences else "\nvectors where we differ: none")
    for case, reason, got, want in differences:
        print(f"  {case['id']}: {reason}")
        if args.verbose and want is not None:
            print(f"    ours:     {json.dumps(got, ensure_ascii=False)[:300]}")
            print(f"    expected: {json.dumps(want, ensure_ascii=False)[:300]}")

    print("\nnot evaluated (out of scope):")
    for (fn, reason), count in sorted(skipped.items()):
        print(f"  {fn} ({count} vectors): {reason}")
    timing = [s for s in data.get("skipped_statements", []) if s.get("test") == "testDiffMain"]
    print(f"  testDiffMain statements the extractor skipped ({len(timing)}): the Diff_Timeout timing assertions are "
          "timing-dependent (Crosscheck bounds work deterministically with DiffOptions.maxCost instead of a clock), "
          "the rest exercise line mode (not ported) or None inputs (not expressible in Swift)")
    other = collections.Counter(s.get("test") for s in data.get("skipped_statements", [])
                                if s.get("test") != "testDiffMain")
    if other:
        print("  statements the vector extractor could not turn into cases: "
              + ", ".join(f"{t} ({n})" for t, n in sorted(other.items())))


if __name__ == "__main__":
    main()
