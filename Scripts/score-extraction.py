#!/usr/bin/env python3
"""Score crosscheck's HTML main-text extraction on the article-extraction benchmark.

Runs an extractor command over the benchmark's pages and computes the benchmark's metric exactly as upstream
`evaluate.py` (scrapinghub/article-extraction-benchmark) does: tokens are the regex `\\w+`; each text becomes the
multiset of its 4-gram shingles (a text of fewer than 4 tokens is one shorter shingle); per page, tp/fp/fn are the
multiset intersection and differences, normalised by their sum; precision and recall are means over pages
(precision is 1 when fp = fn = 0 and 0 when tp = fp = 0; pages with tp + fp = 0 are skipped for precision, tp + fn = 0
for recall); F1 = 2PR / (P + R) of the means.

Usage (from the repository root, after `swift build -c release`):

    Scripts/score-extraction.py                       # crosscheck extract, all pages in one process
    Scripts/score-extraction.py --per-page            # one crosscheck process per page
    Scripts/score-extraction.py --cmd "other-extractor {files}"
    Scripts/score-extraction.py --pages               # also list per-page precision and recall

The default command is `.build/release/crosscheck extract {files} --format jsonl`. `{files}` (or `{}`) in the command
stands for the page paths: all of them at once (the command must print one JSON object per line, in input order), or
one at a time with --per-page (the command prints one JSON object, or one line). The field `text` is scored. The data
folder holds `ground-truth.json` and `html/<id>.html.gz`; it is only read, never copied.
"""
import argparse
import gzip
import json
import re
import shlex
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

PEERS = [
    ("trafilatura 2.0", 0.958),
    ("newspaper4k", 0.949),
    ("readability.js", 0.947),
    ("goose3", 0.896),
    ("jusText", 0.804),
    ("full page text", 0.665),
]

TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def shingles(text, n=4):
    tokens = TOKEN_RE.findall(text or "")
    result = []
    for i in range(0, max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i:i + n])
        if shingle:
            result.append(shingle)
    return Counter(result)


def tp_fp_fn(true, pred):
    true_shingles = shingles(true)
    pred_shingles = shingles(pred)
    tp = fp = fn = 0.0
    for key in set(true_shingles) | set(pred_shingles):
        t = true_shingles.get(key, 0)
        p = pred_shingles.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    s = tp + fp + fn
    if s > 0:
        tp, fp, fn = tp / s, fp / s, fn / s
    return tp, fp, fn


def precision_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(triples):
    precisions = [precision_score(*t) for t in triples if t[0] + t[1] > 0]
    recalls = [recall_score(*t) for t in triples if t[0] + t[2] > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return precision, recall, f1


def parse_objects(output):
    output = output.strip()
    if not output:
        return []
    try:
        value = json.loads(output)
        return value if isinstance(value, list) else [value]
    except json.JSONDecodeError:
        return [json.loads(line) for line in output.splitlines() if line.strip()]


def run(template, paths):
    quoted = " ".join(shlex.quote(str(p)) for p in paths)
    placeholder = "{files}" if "{files}" in template else "{}"
    command = template.replace(placeholder, quoted)
    done = subprocess.run(command, shell=True, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(f"command failed ({done.returncode}): {command[:200]}\n{done.stderr}")
        sys.exit(3)
    return parse_objects(done.stdout)


def main():
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=root.parent / "shared/data/article-extraction-dev",
                        help="benchmark folder with ground-truth.json and html/ (default: %(default)s)")
    parser.add_argument("--cmd", default=shlex.quote(str(root / ".build/release/crosscheck"))
                        + " extract {files} --format jsonl",
                        help="extractor command; {files} is replaced by the page paths (default: %(default)s)")
    parser.add_argument("--per-page", action="store_true", help="run the command once per page")
    parser.add_argument("--pages", action="store_true", help="print per-page precision and recall, worst first")
    args = parser.parse_args()

    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf8"))
    ids = sorted(truth)
    paths = [args.data / "html" / f"{key}.html.gz" for key in ids]
    html_bytes = sum(len(gzip.decompress(p.read_bytes())) for p in paths)

    started = time.perf_counter()
    if args.per_page:
        predictions = []
        for path in paths:
            objects = run(args.cmd, [path])
            predictions.append(objects[0] if objects else {})
    else:
        predictions = run(args.cmd, paths)
    elapsed = time.perf_counter() - started
    if len(predictions) != len(ids):
        sys.stderr.write(f"expected {len(ids)} articles, got {len(predictions)}\n")
        sys.exit(3)

    triples = [tp_fp_fn(truth[key].get("articleBody", ""), prediction.get("text", ""))
               for key, prediction in zip(ids, predictions)]
    precision, recall, f1 = metrics(triples)

    if args.pages:
        rows = []
        for key, t in zip(ids, triples):
            p, r = precision_score(*t), recall_score(*t)
            rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, key))
        for page_f1, p, r, key in sorted(rows):
            print(f"{page_f1:.3f}  P={p:.3f}  R={r:.3f}  {key[:16]}  {truth[key].get('url', '')[:90]}")
        print()

    print(f"pages: {len(ids)}   html: {html_bytes / 1e6:.1f} MB   wall time: {elapsed:.2f} s   "
          f"throughput: {html_bytes / 1e6 / elapsed:.1f} MB/s (whole command, including start-up and gunzip)")
    print(f"{'crosscheck':<18} precision={precision:.3f}  recall={recall:.3f}  F1={f1:.3f}")
    for name, peer_f1 in PEERS:
        print(f"{name:<18} F1={peer_f1:.3f}  (published, all 181 pages)")


if __name__ == "__main__":
    main()
