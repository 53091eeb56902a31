#!/usr/bin/env python3
"""Score Crosscheck's sentence splitter on the English "Golden Rules" (pySBD version, 48 cases).

Each case's text is written as a one-article JSON file ({"id", "text"}, no title) to a temporary folder and given to
`crosscheck align FILE FILE --format json` (as the data's README scores it; `--via segment` uses
`crosscheck segment FILE --format json` instead); `documents[0].sentences[*].text` is compared with the expected sentences,
each stripped and with whitespace runs collapsed to one space. Failures are printed, then the score.

Usage:
    Scripts/score-sentences.py [--binary PATH] [--data DIR] [--via align|segment]

Defaults: the binary is $CROSSCHECK_BIN or .build/release/crosscheck; the data folder is $GOLDEN_RULES_DIR or
../shared/data/sentence-golden-rules (relative to the repository root). The data is not part of the repository.
Exit status: 0 when the script ran (whatever the score), 2 when the binary or data is missing.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.environ.get("CROSSCHECK_BIN", ".build/release/crosscheck"))
    parser.add_argument(
        "--data", default=os.environ.get("GOLDEN_RULES_DIR", os.path.join("..", "shared", "data", "sentence-golden-rules"))
    )
    parser.add_argument("--via", choices=["align", "segment"], default="align")
    args = parser.parse_args()
    binary = args.binary if os.path.isabs(args.binary) else os.path.join(ROOT, args.binary)
    data_dir = args.data if os.path.isabs(args.data) else os.path.join(ROOT, args.data)
    data_file = os.path.join(data_dir, "pysbd_golden_rules_en.json")
    if not os.path.exists(binary):
        print(f"score-sentences: no binary at '{binary}' (run `swift build -c release` first)", file=sys.stderr)
        return 2
    if not os.path.exists(data_file):
        print(f"score-sentences: no data at '{data_file}'", file=sys.stderr)
        return 2
    with open(data_file, encoding="utf-8") as handle:
        cases = json.load(handle)

    passed = 0
    with tempfile.TemporaryDirectory() as folder:
        for case in cases:
            path = os.path.join(folder, f"{case['id']}.json")
            with open(path, "w", encoding="utf-8") as handle:
                json.dump({"id": case["id"], "text": case["text"]}, handle, ensure_ascii=False)
            command = [binary, "align", path, path] if args.via == "align" else [binary, "segment", path]
            result = subprocess.run(command + ["--format", "json"], capture_output=True, text=True)
            if result.returncode != 0:
                print(f"FAIL {case['id']} (rule {case['rule_number']}): exit {result.returncode}: {result.stderr.strip()}")
                continue
            got = [collapse(s["text"]) for s in json.loads(result.stdout)["documents"][0]["sentences"]]
            expected = [collapse(s) for s in case["expected"]]
            if got == expected:
                passed += 1
            else:
                print(f"FAIL {case['id']} (rule {case['rule_number']}: {case['rule_title']})")
                print(f"  expected: {json.dumps(expected, ensure_ascii=False)}")
                print(f"  got:      {json.dumps(got, ensure_ascii=False)}")
    print(f"sentence golden rules: {passed}/{len(cases)} passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
