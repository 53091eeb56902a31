#!/usr/bin/env python3
"""Scores `crosscheck diff --by word` against the human-annotated token edits of arXivEdits sentence pairs.

    swift build -c release --product crosscheck
    python3 Scripts/score-arxivedits.py [--data ../shared/data/arxivedits-dev/test-dev-half.json]
                                        [--crosscheck .build/release/crosscheck] [--verbose]

For every pair, the two sentences are written as JSON articles to a temporary directory and diffed with
`crosscheck diff OLD.json NEW.json --format json --by word`. Every non-equal, non-cosmetic top-level edit marks the
gold tokens (the sentences split on single spaces) that its `old` span overlaps as changed on the old side and those
its `new` span overlaps on the new side. Scores:

* token F1: changed tokens of both sides, (side, index) pairs, against the union of one gold edit combination; the
  best of the pair's non-empty alternative combinations counts (micro-averaged over all pairs, and macro);
* exact edit ranges: each edit as (old token range or none, new token range or none); edit-level precision, recall
  and F1 against the best combination, and the share of pairs whose edit set equals a gold combination exactly.

Needs data that is not in the repository; nothing from it is copied anywhere.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def token_spans(sentence):
    """(start, end) code point offsets of the tokens of a sentence split on single spaces."""
    spans, offset = [], 0
    for token in sentence.split(" "):
        spans.append((offset, offset + len(token)))
        offset += len(token) + 1
    return spans


def overlapping(spans, start, end):
    """Indices of the (non-empty) tokens that a span [start, end) overlaps."""
    return [i for i, (s, e) in enumerate(spans) if s < e and start < e and s < end]


def predicted(result, old_spans, new_spans):
    """Changed (side, index) tokens and edits as (old range, new range) from crosscheck's JSON."""
    changed, edits = set(), set()
    for edit in result["edits"]:
        if edit["op"] == "equal" or edit.get("cosmetic"):
            continue
        old_range = new_range = None
        if "old" in edit and edit["op"] != "insert":
            hit = overlapping(old_spans, edit["old"]["start"], edit["old"]["end"])
            changed.update(("old", i) for i in hit)
            old_range = (hit[0], hit[-1] + 1) if hit else None
        if "new" in edit and edit["op"] != "delete":
            hit = overlapping(new_spans, edit["new"]["start"], edit["new"]["end"])
            changed.update(("new", i) for i in hit)
            new_range = (hit[0], hit[-1] + 1) if hit else None
        if old_range or new_range:
            edits.add((old_range, new_range))
    return changed, edits


def gold_combinations(pair):
    combos = []
    for k in range(3):
        combination = pair.get(f"edits-combination-{k}") or {}
        if not combination:
            continue
        changed, edits = set(), set()
        for edit in combination.values():
            old = edit.get("sentence-1-token-indices")
            new = edit.get("sentence-2-token-indices")
            if old:
                changed.update(("old", i) for i in range(old[0], old[1]))
            if new:
                changed.update(("new", i) for i in range(new[0], new[1]))
            edits.add((tuple(old) if old else None, tuple(new) if new else None))
        combos.append((changed, edits))
    return combos or [(set(), set())]


def f1(tp, predicted_count, gold_count):
    if predicted_count == 0 and gold_count == 0:
        return 1.0
    return 2 * tp / (predicted_count + gold_count) if predicted_count + gold_count else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "arxivedits-dev",
                                                       "test-dev-half.json"))
    parser.add_argument("--crosscheck", default=os.path.join(ROOT, ".build", "release", "crosscheck"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    with open(args.data, encoding="utf-8") as f:
        pairs = json.load(f)

    totals = {"tp": 0, "pred": 0, "gold": 0, "etp": 0, "epred": 0, "egold": 0}
    macro, exact = [], 0
    with tempfile.TemporaryDirectory() as directory:
        old_path = os.path.join(directory, "old.json")
        new_path = os.path.join(directory, "new.json")
        for key in sorted(pairs, key=int):
            pair = pairs[key]
            old, new = pair["sentence-1"], pair["sentence-2"]
            for path, text, name in ((old_path, old, "old"), (new_path, new, "new")):
                with open(path, "w", encoding="utf-8") as f:
                    json.dump({"id": f"{key}-{name}", "text": text}, f, ensure_ascii=False)
            run = subprocess.run([args.crosscheck, "diff", old_path, new_path, "--format", "json", "--by", "word"],
                                 capture_output=True)
            if run.returncode != 0:
                sys.exit(f"pair {key}: crosscheck failed ({run.returncode}): {run.stderr.decode()}")
            changed, edits = predicted(json.loads(run.stdout), token_spans(old), token_spans(new))
            best = None
            for gold_changed, gold_edits in gold_combinations(pair):
                tp = len(changed & gold_changed)
                score = f1(tp, len(changed), len(gold_changed))
                etp = len(edits & gold_edits)
                candidate = (score, tp, len(gold_changed), etp, len(gold_edits), edits == gold_edits)
                if best is None or candidate[:1] + candidate[3:4] > best[:1] + best[3:4]:
                    best = candidate
            score, tp, gold_count, etp, gold_edit_count, same = best
            macro.append(score)
            exact += same
            totals["tp"] += tp
            totals["pred"] += len(changed)
            totals["gold"] += gold_count
            totals["etp"] += etp
            totals["epred"] += len(edits)
            totals["egold"] += gold_edit_count
            if args.verbose and score < 1:
                print(f"pair {key}: token F1 {score:.2f}, edits {sorted(edits, key=str)}", file=sys.stderr)

    precision = totals["tp"] / totals["pred"] if totals["pred"] else 0
    recall = totals["tp"] / totals["gold"] if totals["gold"] else 0
    eprecision = totals["etp"] / totals["epred"] if totals["epred"] else 0
    erecall = totals["etp"] / totals["egold"] if totals["egold"] else 0
    print(f"pairs: {len(macro)}")
    print(f"token F1 (micro): {f1(totals['tp'], totals['pred'], totals['gold']):.3f} "
          f"(precision {precision:.3f}, recall {recall:.3f})")
    print(f"token F1 (macro over pairs): {sum(macro) / len(macro):.3f}")
    print(f"exact edit ranges: F1 {f1(totals['etp'], totals['epred'], totals['egold']):.3f} "
          f"(precision {eprecision:.3f}, recall {erecall:.3f}); pairs with exactly the gold edits: "
          f"{exact}/{len(macro)}")


if __name__ == "__main__":
    main()
