#!/usr/bin/env python3
"""Compares the story lines of a Spark run with those of `crosscheck corpus -` run directly on the same input.

    python3 Scripts/spark/compare.py DIRECT.jsonl SPARK_OUTPUT_DIR [--ignore FIELD ...]

Both sides are sets of JSON lines (one per story) in no particular order: each line is parsed and re-serialised with
sorted keys, and the two multisets must be equal. --ignore drops a top-level field from every object first (for
fields that legitimately depend on the run, such as a timing). Prints a summary and the first differences; exits 0
when equal, 1 otherwise.
"""
import argparse
import collections
import glob
import json
import os
import sys


def canonical_lines(paths, ignore):
    counter = collections.Counter()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except ValueError as error:
                    sys.exit(f"{path}:{number}: not JSON: {error}")
                if isinstance(value, dict):
                    for field in ignore:
                        value.pop(field, None)
                counter[json.dumps(value, sort_keys=True, ensure_ascii=False)] += 1
    return counter


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("direct")
    parser.add_argument("spark_output")
    parser.add_argument("--ignore", action="append", default=[])
    args = parser.parse_args()
    parts = sorted(glob.glob(os.path.join(args.spark_output, "part-*")))
    if not parts:
        sys.exit(f"no part files in {args.spark_output}")
    direct = canonical_lines([args.direct], args.ignore)
    spark = canonical_lines(parts, args.ignore)
    only_direct = direct - spark
    only_spark = spark - direct
    print(f"direct: {sum(direct.values())} story lines; spark: {sum(spark.values())} story lines in {len(parts)} parts")
    if not only_direct and not only_spark:
        print("identical (as multisets of canonical JSON lines)")
        return 0
    print(f"{sum(only_direct.values())} lines only in the direct run, {sum(only_spark.values())} only in Spark's")
    for label, lines in (("direct only", only_direct), ("spark only", only_spark)):
        for line in list(lines)[:3]:
            print(f"  {label}: {line[:300]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
