#!/usr/bin/env python3
"""Checks the contract's reconstruction property of `crosscheck diff` on the strings of the diff-match-patch tests.

    swift build -c release --product crosscheck
    python3 Scripts/check-dmp-reconstruction.py [--data ../shared/data/diff-match-patch-vectors]
                                                [--crosscheck .build/release/crosscheck] [--by word]

OLD/NEW pairs: the two string arguments of every vector that takes two texts (diff_main, diff_bisect, …), the two
texts (text1, text2) of every diff list in a vector's arguments or expected value, and the speed-test pair
(source/speedtest1.txt, source/speedtest2.txt). Each pair is written as two JSON articles to a temporary directory
and diffed with `crosscheck diff OLD.json NEW.json --by word --format json`. A pair passes when:

* the `old` spans of the edits concatenate to the old text exactly, and the `new` spans to the new text;
* every span's `text` equals the slice of its text by code points [start, end);
* every `equal` edit has the same old and new text; inserts have no `old`, deletes no `new`.

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


def diff_texts(value):
    """(text1, text2) of a diff list [[op, text], ...], or None if `value` is not one."""
    if not isinstance(value, list) or not value:
        return None
    if not all(isinstance(d, list) and len(d) == 2 and d[0] in (-1, 0, 1) and isinstance(d[1], str) for d in value):
        return None
    return ("".join(t for op, t in value if op != 1), "".join(t for op, t in value if op != -1))


def pairs_of(vectors):
    pairs = []
    for case in vectors["cases"]:
        call = case.get("actual") or {}
        args = call.get("args") or []
        strings = [a for a in args if isinstance(a, str)]
        if len(strings) >= 2:
            pairs.append((strings[0], strings[1]))
        for value in args + [case.get("expected")]:
            texts = diff_texts(value)
            if texts:
                pairs.append(texts)
    return pairs


def problems(result, old, new):
    """What breaks the reconstruction property, as a list of messages (empty when it holds)."""
    found = []
    joined = {"old": [], "new": []}
    texts = {"old": old, "new": new}
    for index, edit in enumerate(result["edits"]):
        op = edit["op"]
        if (op == "insert") != ("old" not in edit) or (op == "delete") != ("new" not in edit):
            found.append(f"edit {index} ({op}) has the wrong sides")
        for side in ("old", "new"):
            span = edit.get(side)
            if span is None:
                continue
            if span["text"] != texts[side][span["start"]:span["end"]]:
                found.append(f"edit {index} {side} span {span['start']}..<{span['end']} text differs from its slice")
            if span["start"] != sum(len(t) for t in joined[side]):
                found.append(f"edit {index} {side} span does not start where the previous one ended")
            joined[side].append(span["text"])
        if op == "equal" and edit["old"]["text"] != edit["new"]["text"]:
            found.append(f"equal edit {index} has different texts")
    for side in ("old", "new"):
        if "".join(joined[side]) != texts[side]:
            found.append(f"{side} spans do not concatenate to the {side} text")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "diff-match-patch-vectors"))
    parser.add_argument("--crosscheck", default=os.path.join(ROOT, ".build", "release", "crosscheck"))
    parser.add_argument("--by", default="word")
    args = parser.parse_args()
    with open(os.path.join(args.data, "vectors.json"), encoding="utf-8") as f:
        pairs = pairs_of(json.load(f))
    with open(os.path.join(args.data, "source", "speedtest1.txt"), encoding="utf-8") as f:
        speed1 = f.read()
    with open(os.path.join(args.data, "source", "speedtest2.txt"), encoding="utf-8") as f:
        speed2 = f.read()
    pairs.append((speed1, speed2))
    unique = list(dict.fromkeys(pairs))

    passed, failures = 0, []
    with tempfile.TemporaryDirectory() as directory:
        old_path = os.path.join(directory, "old.json")
        new_path = os.path.join(directory, "new.json")
        for number, (old, new) in enumerate(unique):
            for path, text, name in ((old_path, old, "old"), (new_path, new, "new")):
                with open(path, "w", encoding="utf-8") as f:
                    json.dump({"id": name, "text": text}, f, ensure_ascii=False)
            run = subprocess.run([args.crosscheck, "diff", old_path, new_path, "--by", args.by, "--format", "json"],
                                 capture_output=True)
            if run.returncode != 0:
                failures.append((number, [f"exit {run.returncode}: {run.stderr.decode().strip()}"]))
                continue
            found = problems(json.loads(run.stdout), old, new)
            if found:
                failures.append((number, found))
            else:
                passed += 1
    for number, found in failures:
        old, new = unique[number]
        print(f"pair {number} ({len(old)} and {len(new)} code points): {'; '.join(found[:3])}", file=sys.stderr)
    print(f"reconstruction (--by {args.by}): {passed}/{len(unique)} pairs pass "
          f"({len(pairs)} pairs before removing duplicates, including the speed-test pair)")
    sys.exit(0 if passed == len(unique) else 1)


if __name__ == "__main__":
    main()
