#!/usr/bin/env python3
"""Scores `crosscheck claims` on Microsoft Recognizers-Text English specs.

Usage (from the project root, after `swift build -c release`):
    python3 Scripts/score-claims.py [--data ../shared/data/recognizers-text-dev] [--binary .build/release/crosscheck]
        [--show-errors KIND]

Every Input of every `Specs/**/English/*.json` file becomes one article (JSON line) with `published` set to the
case's ReferenceDateTime; all of them go through ONE `crosscheck claims --format jsonl` run. For the gold entities
of type number, percentage, currency, dimension and datetimeV2.date (cases marked NotSupported for dotnet are
skipped):
  - span recall: share of gold entities overlapped by a predicted claim of a compatible kind
    (number→any numeric claim: number|percent|money|quantity|duration, since the gold marks every number,
    including those inside amounts; percentage→percent, currency→money, dimension→quantity|duration, date→date);
  - value accuracy: share whose best-overlapping compatible claim has the gold value (numbers within 1e-6 relative;
    percent as 15 or 0.15; money by amount; dates as ISO YYYY-MM-DD equal to one of the gold values or matching
    the timex, X being a wildcard). Entities without a gold value count against value accuracy only if predicted.
Nothing from the data is written into the repository; the temporary JSONL lives in a temporary directory.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile

COMPATIBLE = {
    "number": {"number", "percent", "money", "quantity", "duration"},
    "percentage": {"percent"},
    "currency": {"money"},
    "dimension": {"quantity", "duration"},
    "datetimeV2.date": {"date"},
}
NAMES = {"number": "number", "percentage": "percent", "currency": "money", "dimension": "dimension",
         "datetimeV2.date": "date"}


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def number_of(value):
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def timex_matches(timex, iso):
    if not isinstance(timex, str) or len(timex) != len(iso):
        return False
    return all(t == "X" or t == c for t, c in zip(timex, iso))


def value_ok(kind, gold, predicted):
    res = gold["Resolution"] or {}
    if kind == "number":
        p = number_of(predicted)
        try:
            return p is not None and close(p, float(res["value"]))
        except (KeyError, TypeError, ValueError):
            return False
    if kind == "percentage":
        p = number_of(predicted)
        try:
            g = float(str(res["value"]).rstrip("%"))
        except (KeyError, TypeError, ValueError):
            return False
        return p is not None and (close(p, g) or close(p * 100, g))
    if kind in ("currency", "dimension"):
        p = number_of(predicted)
        try:
            return p is not None and close(p, float(res["value"]))
        except (KeyError, TypeError, ValueError):
            return False
    if kind == "datetimeV2.date":
        if not isinstance(predicted, str):
            return False
        for v in res.get("values", []):
            if predicted == v.get("value") or timex_matches(v.get("timex"), predicted):
                return True
        return False
    return False


def has_gold_value(kind, gold):
    res = gold.get("Resolution") or {}
    if kind == "datetimeV2.date":
        return bool(res.get("values"))
    return res.get("value") is not None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data/recognizers-text-dev")
    parser.add_argument("--binary", default=".build/release/crosscheck")
    parser.add_argument("--show-errors", default=None, help="print misses of one kind (number, percent, ...)")
    args = parser.parse_args()

    articles, golds = [], []
    for path in sorted(glob.glob(os.path.join(args.data, "Specs", "**", "English", "*.json"), recursive=True)):
        with open(path, encoding="utf-8-sig") as f:
            cases = json.load(f)
        rel = os.path.relpath(path, args.data)
        for i, case in enumerate(cases):
            if "dotnet" in str(case.get("NotSupported", "")).lower():
                continue
            entities = [r for r in case.get("Results", []) if r.get("TypeName") in COMPATIBLE]
            if not entities:
                continue
            doc = f"{rel}#{i}"
            article = {"id": doc, "text": case["Input"]}
            ref = (case.get("Context") or {}).get("ReferenceDateTime")
            if ref:
                article["published"] = ref
            articles.append(article)
            for e in entities:
                golds.append((doc, e))

    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "inputs.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        out = subprocess.run([args.binary, "claims", inp, "--format", "jsonl"], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"crosscheck failed: {out.stderr.strip()}")
    predicted = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        c = json.loads(line)
        predicted[c["doc"]].append(c)

    stats = collections.defaultdict(lambda: [0, 0, 0])  # total, recalled, value-correct
    errors = []
    for doc, g in golds:
        kind = g["TypeName"]
        start, end = g["Start"], g["End"] + 1
        best, best_overlap = None, 0
        for c in predicted[doc]:
            if c["kind"] not in COMPATIBLE[kind]:
                continue
            overlap = min(end, c["span"]["end"]) - max(start, c["span"]["start"])
            if overlap > best_overlap:
                best, best_overlap = c, overlap
        s = stats[NAMES[kind]]
        s[0] += 1
        if best is not None:
            s[1] += 1
        ok = best is not None and has_gold_value(kind, g) and value_ok(kind, g, best.get("value"))
        if ok:
            s[2] += 1
        elif NAMES[kind] == args.show_errors:
            errors.append((g["Text"], (g.get("Resolution") or {}), best and (best["span"]["text"], best.get("value"))))

    total = [sum(s[i] for s in stats.values()) for i in range(3)]
    print(f"{'kind':<10} {'gold':>5} {'recall':>7} {'value':>7}")
    for name in ["number", "percent", "money", "dimension", "date"]:
        s = stats.get(name, [0, 0, 0])
        if s[0]:
            print(f"{name:<10} {s[0]:>5} {s[1] / s[0]:>7.3f} {s[2] / s[0]:>7.3f}")
    print(f"{'overall':<10} {total[0]:>5} {total[1] / total[0]:>7.3f} {total[2] / total[0]:>7.3f}")
    for e in errors:
        print("MISS", json.dumps(e, ensure_ascii=False)[:300])


if __name__ == "__main__":
    main()
