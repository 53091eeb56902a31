#!/usr/bin/env python3
"""Score `crosscheck quotes` on PolNeAR (political news attribution relations).

Runs `crosscheck quotes FILE1 FILE2 ... --format jsonl` once over every article of the split and compares the
output with the brat annotations, exactly as the data's README defines the metric:

- Gold direct quotes are the relations whose content contains a double quotation mark; their text is the quoted
  part of the content (from the first double quotation mark to the last; the whole content of a discontinuous
  relation is its parts joined by a space).
- A predicted direct or partial quote (its `parts` joined by a space when split, else its `quote`) matches a gold
  one when the token Jaccard of the two is >= 0.5; matching is one-to-one (greedy, best Jaccard first). Tokens are
  lower-cased word tokens; quotation marks and edge punctuation are ignored. Exact matches have identical token
  sequences (matched one-to-one on their own). Precision, recall and F1 for both.
- Speaker accuracy: share of matched quotes with a gold Source whose predicted `speaker` span overlaps that Source
  span. Unknown-speaker rate: share of those matched quotes with no predicted `speaker`.
- Indirect recall: share of all gold relations whose content is matched (Jaccard >= 0.5) by any prediction.
  Indirect precision: share of predicted indirect quotes whose content matches (Jaccard >= 0.5) some gold relation's
  content (not one-to-one: it says whether the reported content is an annotated attribution at all).

The README's "double quotation mark" is read literally by default (the characters " “ ” „ ‟ « »); NYT articles
write double quotes as two apostrophes (''), which `--double-apostrophes` also counts.

Usage:
    Scripts/score-quotes.py [--split dev|train] [--data DIR] [--binary PATH] [--errors N] [--double-apostrophes]
                             [--min-confidence X] [--dump-errors PATH]

Defaults: split dev; data ../shared/data/polnear-<split> (relative to the repository root, or $POLNEAR_DIR);
binary $CROSSCHECK_BIN or .build/release/crosscheck. `--errors N` prints up to N missed and N spurious quotes and
N wrong speakers. `--dump-errors PATH` writes every error as a JSON line with a `type` (missed, spurious, speaker)
and a rough `category` for sorting them (missed: no-prediction, prediction-matched-elsewhere, boundary; spurious:
extra-piece-of-matched-gold, boundary, inside-unquoted-relation, cueless-low-confidence, unannotated; speaker:
unknown, gold-pronoun, predicted-pronoun, outer-source, same-name-other-mention, other-paragraph, other-sentence,
same-sentence-other-mention), with its context. The data is not part of the repository. Exit status: 0 when the script ran, 2 when the binary or
data is missing or the binary failed.
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOUBLE_MARKS = ["\"", "“", "”", "„", "‟", "«", "»"]
WORD = re.compile(r"\w+(?:['’]\w+)*")


def words(text):
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def jaccard(a, b):
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def parse_ann(path):
    """Relations of a brat file: dicts from role (Source, Cue, Content) to a list of (start, end) spans."""
    spans = {}
    relations = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2:
                continue
            if re.fullmatch(r"T\d+", fields[0]) and re.fullmatch(r"\S+ \d+ \d+(;\d+ \d+)*", fields[1]):
                role, rest = fields[1].split(" ", 1)
                spans[fields[0]] = [tuple(map(int, part.split())) for part in rest.split(";")]
            elif re.fullmatch(r"E\d+", fields[0]):
                relation = {}
                for item in fields[1].split():
                    role, _, ref = item.partition(":")
                    if ref in spans:
                        relation[role] = spans[ref]
                relations.append(relation)
    return relations


def quoted_part(content):
    first = min((content.find(m) for m in DOUBLE_MARKS if m in content), default=-1)
    last = max(content.rfind(m) for m in DOUBLE_MARKS)
    if first < 0:
        return content
    if last <= first:
        return content[first:]
    return content[first : last + 1]


def context(text, span, width=150):
    """The quote with some text around it, for error listings."""
    before = text[max(0, span["start"] - width) : span["start"]]
    after = text[span["end"] : span["end"] + width // 2]
    return f"{before}[[{span['text']}]]{after}".replace("\n", " / ")


def overlaps(span, spans):
    return any(span[0] < end and start < span[1] for start, end in spans)


PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "his", "her", "their", "its", "him", "them"}
OUTER_SOURCES = re.compile(
    r"\b(report(ed|s)?|account|statement|poll|survey|times|post|press|news|journal|tribune|cnn|fox|abc|nbc|cbs|msnbc|"
    r"politico|reuters|website|email|memo|letter|tweet|ad|video|book|release|transcript|excerpts?)\b",
    re.IGNORECASE,
)


def speaker_error(name, text, source, quote):
    """A matched quote whose speaker misses the gold source, with a rough category for sorting errors."""
    speaker = quote.get("speaker")
    source_text = " ".join(text[s:e] for s, e in source)
    start, end = quote["quote"]["start"], quote["quote"]["end"]
    source_start = min(s for s, _ in source)
    between = text[min(source_start, end) : max(source_start, start)] if not start <= source_start < end else ""
    if speaker is None:
        category = "unknown"
    elif source_text.lower().strip(" ,") in PRONOUNS:
        category = "gold-pronoun"
    elif speaker["text"].lower() in PRONOUNS:
        category = "predicted-pronoun"
    elif OUTER_SOURCES.search(source_text):
        category = "outer-source"
    elif speaker["text"].split()[-1:] == source_text.split()[-1:] or speaker["text"].split()[-1:] == source_text.rstrip(" ,").split()[:1]:
        category = "same-name-other-mention"
    elif "\n" in between:
        category = "other-paragraph"
    elif re.search(r"[.?!][”\"']?\s+[A-Z“\"]", between):
        category = "other-sentence"
    else:
        category = "same-sentence-other-mention"
    return quote_error(
        "speaker",
        category,
        name,
        text,
        quote,
        gold=source_text,
        gold_side="before" if source_start < start else ("inside" if source_start < end else "after"),
        predicted=speaker["text"] if speaker else None,
        cue=quote["cue"]["text"] if quote.get("cue") else None,
    )


def quote_error(error_type, category, name, text, predicted_quote, **fields):
    """One error line about a predicted quote: its type and category, document, kind and confidence, the given
    fields, and the quote in its context."""
    return dict(
        type=error_type,
        category=category,
        doc=name,
        kind=predicted_quote["kind"],
        confidence=predicted_quote["confidence"],
        **fields,
        context=context(text, predicted_quote["quote"]),
    )


def spurious_error(name, text, quote, direct_gold, matched_gold, relation_spans):
    """A predicted quote that matches no gold direct quote, sorted by where it lies: over gold quotes that other
    predictions matched (the gold joins what we split), over an unmatched gold quote (boundaries differ too much),
    inside an annotated relation without quotation marks, a cue-less low-confidence scare quote or title, or else
    an unannotated quote."""
    span = (quote["quote"]["start"], quote["quote"]["end"])
    covering = [g for g, (relation, _) in enumerate(direct_gold) if overlaps(span, relation["Content"])]
    if covering and all(g in matched_gold for g in covering):
        category = "extra-piece-of-matched-gold"
    elif covering:
        category = "boundary"
    elif any(overlaps(span, spans) for spans in relation_spans):
        category = "inside-unquoted-relation"
    elif quote.get("cue") is None and quote["confidence"] < 0.35:
        category = "cueless-low-confidence"
    else:
        category = "unannotated"
    return quote_error("spurious", category, name, text, quote, quote=quote["quote"]["text"])


def missed_error(name, gold_words, relation, quoted, matched_pred):
    """A gold direct quote no prediction matched: none overlaps it, the overlapping ones matched other gold quotes
    (we joined what the gold splits), or an unmatched one overlaps it with a Jaccard below 0.5 (boundaries)."""
    overlapping = [
        p for p, q in enumerate(quoted) if overlaps((q["quote"]["start"], q["quote"]["end"]), relation["Content"])
    ]
    if not overlapping:
        category = "no-prediction"
    elif all(p in matched_pred for p in overlapping):
        category = "prediction-matched-elsewhere"
    else:
        category = "boundary"
    return dict(type="missed", category=category, doc=name, gold=" ".join(gold_words))


def greedy(pairs):
    """One-to-one matching from (score, gold, pred) candidates, best score first."""
    used_gold, used_pred, result = set(), set(), []
    for score, g, p in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        result.append((g, p))
    return result


def prf(matches, predicted, gold):
    p = matches / predicted if predicted else 0.0
    r = matches / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--data")
    parser.add_argument("--binary", default=os.environ.get("CROSSCHECK_BIN", ".build/release/crosscheck"))
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument(
        "--dump-errors",
        metavar="PATH",
        help="write every error as one JSON object a line (missed, spurious, speaker), each with a category",
    )
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=None,
        help="pass --min-confidence to crosscheck quotes (drops scare quotes and titles below it)",
    )
    parser.add_argument(
        "--double-apostrophes",
        action="store_true",
        help="also count '' (two apostrophes, the NYT and LaTeX closing double quotation mark) as a double quotation mark",
    )
    args = parser.parse_args()
    if args.double_apostrophes:
        DOUBLE_MARKS.append("''")
        DOUBLE_MARKS.append("``")
    data = args.data or os.environ.get("POLNEAR_DIR") or os.path.join("..", "shared", "data", f"polnear-{args.split}")
    data = data if os.path.isabs(data) else os.path.join(ROOT, data)
    binary = args.binary if os.path.isabs(args.binary) else os.path.join(ROOT, args.binary)
    if not os.path.exists(binary):
        print(f"score-quotes: no binary at '{binary}' (run `swift build -c release` first)", file=sys.stderr)
        return 2
    texts = sorted(glob.glob(os.path.join(data, "text", "*.txt")))
    if not texts:
        print(f"score-quotes: no articles in '{data}/text'", file=sys.stderr)
        return 2

    command = [binary, "quotes", *texts, "--format", "jsonl"]
    if args.min_confidence is not None:
        command += ["--min-confidence", str(args.min_confidence)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        print(f"score-quotes: '{binary}' exited {result.returncode}: {result.stderr.strip()}", file=sys.stderr)
        return 2
    predictions = {}
    for line in result.stdout.splitlines():
        if line.strip():
            quote = json.loads(line)
            predictions.setdefault(quote["doc"], []).append(quote)

    totals = dict(gold=0, pred=0, match=0, exact=0, with_source=0, speaker_ok=0, unknown=0, relations=0, found=0, indirect=0, indirect_ok=0)
    misses, spurious, wrong = [], [], []
    dump = []
    for path in texts:
        name = os.path.basename(path)[:-4]
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        annotations = sorted(glob.glob(os.path.join(data, "attributions", f"{name}_*.ann")))
        relations = parse_ann(annotations[0]) if annotations else []
        preds = predictions.get(name, [])

        gold = []
        for relation in relations:
            content = relation.get("Content")
            if not content:
                continue
            content_text = " ".join(text[s:e] for s, e in content)
            gold.append((relation, content_text, words(content_text)))
        direct_gold = [
            (relation, words(quoted_part(content_text)))
            for relation, content_text, _ in gold
            if any(m in content_text for m in DOUBLE_MARKS)
        ]
        quoted = [q for q in preds if q["kind"] in ("direct", "partial")]
        pred_words = [words(" ".join(p["text"] for p in q["parts"]) if q.get("parts") else q["quote"]["text"]) for q in quoted]

        pairs = []
        exact_pairs = []
        for g, (_, gw) in enumerate(direct_gold):
            for p, pw in enumerate(pred_words):
                score = jaccard(gw, pw)
                if score >= 0.5:
                    pairs.append((score, g, p))
                if gw and gw == pw:
                    exact_pairs.append((1.0, g, p))
        matches = greedy(pairs)
        totals["gold"] += len(direct_gold)
        totals["pred"] += len(quoted)
        totals["match"] += len(matches)
        totals["exact"] += len(greedy(exact_pairs))
        matched_gold = {g for g, _ in matches}
        matched_pred = {p for _, p in matches}
        for g, p in matches:
            relation = direct_gold[g][0]
            source = relation.get("Source")
            if not source:
                continue
            totals["with_source"] += 1
            speaker = quoted[p].get("speaker")
            if speaker is None or not overlaps((speaker["start"], speaker["end"]), source):
                dump.append(speaker_error(name, text, source, quoted[p]))
            if speaker is None:
                totals["unknown"] += 1
                wrong.append((name, " ".join(text[s:e] for s, e in source), None, context(text, quoted[p]["quote"])))
            elif overlaps((speaker["start"], speaker["end"]), source):
                totals["speaker_ok"] += 1
            else:
                wrong.append((name, " ".join(text[s:e] for s, e in source), speaker["text"], context(text, quoted[p]["quote"])))
        for g, (relation, gw) in enumerate(direct_gold):
            if g not in matched_gold:
                misses.append((name, " ".join(gw)))
                dump.append(missed_error(name, gw, relation, quoted, matched_pred))
        for p, q in enumerate(quoted):
            if p not in matched_pred:
                spurious.append((name, q["kind"], q["confidence"], q["quote"]["text"]))
                relation_spans = [relation["Content"] for relation, content_text, _ in gold if not any(m in content_text for m in DOUBLE_MARKS)]
                dump.append(spurious_error(name, text, q, direct_gold, matched_gold, relation_spans))

        all_words = [words(q["quote"]["text"]) for q in preds] + pred_words
        gold_words = [gw for _, _, gw in gold]
        for q in preds:
            if q["kind"] != "indirect":
                continue
            totals["indirect"] += 1
            qw = words(" ".join(p["text"] for p in q["parts"]) if q.get("parts") else q["quote"]["text"])
            if any(jaccard(gw, qw) >= 0.5 for gw in gold_words):
                totals["indirect_ok"] += 1
        for _, _, gw in gold:
            totals["relations"] += 1
            if any(jaccard(gw, pw) >= 0.5 for pw in all_words):
                totals["found"] += 1

    if args.dump_errors:
        with open(args.dump_errors, "w", encoding="utf-8") as handle:
            for item in dump:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    p, r, f = prf(totals["match"], totals["pred"], totals["gold"])
    ep, er, ef = prf(totals["exact"], totals["pred"], totals["gold"])
    with_source = totals["with_source"] or 1
    marks = "with ''" if args.double_apostrophes else "literal marks"
    if args.min_confidence is not None:
        marks += f", --min-confidence {args.min_confidence}"
    print(f"polnear-{args.split} ({marks}): {len(texts)} articles, {totals['gold']} gold direct quotes, {totals['pred']} predicted direct/partial")
    print(f"direct-quote overlap  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"direct-quote exact    P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}")
    print(f"speaker accuracy      {totals['speaker_ok'] / with_source:.3f}  ({totals['speaker_ok']}/{totals['with_source']} matched quotes with a gold source)")
    print(f"unknown speaker       {totals['unknown'] / with_source:.3f}")
    print(f"indirect recall       {totals['found'] / (totals['relations'] or 1):.3f}  ({totals['found']}/{totals['relations']} gold relations)")
    print(f"indirect precision    {totals['indirect_ok'] / (totals['indirect'] or 1):.3f}  ({totals['indirect_ok']}/{totals['indirect']} predicted indirect quotes)")
    if args.errors:
        print("\n# missed gold quotes")
        for item in misses[: args.errors]:
            print(" ", item)
        print("\n# spurious predictions")
        for item in spurious[: args.errors]:
            print(" ", item)
        print("\n# wrong or unknown speakers (doc, gold source, predicted speaker, quote)")
        for item in wrong[: args.errors]:
            print(" ", item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
