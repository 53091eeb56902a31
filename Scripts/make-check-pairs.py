#!/usr/bin/env python3
"""Make article pairs with known discrepancies from real articles, for scoring `crosscheck check`.

For every PolNeAR article (`text/*.txt` plus its gold attributions in `attributions/*.ann`), the script writes
pairs `a.txt` (the article as published) and `b.txt` (a copy with ONE known change), and a `gold.json` naming the
expected discrepancy kind and the changed region in each text (code point offsets, end exclusive):

  quote-wording   a word inside a gold direct quote replaced (or a word inserted)      -> quote-wording (major)
  quote-punct     a comma inside a gold direct quote removed                           -> quote-wording (minor)
  quote-speaker   the gold Source span of a direct quote (a name) replaced by another name -> quote-speaker
  quote-cue       the gold Cue of a direct quote ("said") replaced by "admitted"       -> quote-cue
  number          a number outside quotes changed                                      -> number
  date            a weekday or month name outside quotes changed                       -> date
  entity          a US state name outside quotes replaced by another                   -> entity
  hedge           "reportedly" inserted after "is"/"was" outside quotes                -> hedge
  sentence-added  a sentence of another article appended to a paragraph                -> sentence-added
  sentence-removed a paragraph without quotes removed                                  -> sentence-removed
  noise           typographic noise only: quote styles, dashes, no-break and doubled spaces, a reflowed
                  paragraph                                                            -> nothing

Output under OUT (default `.bench/check/<split>`): `NNNN-<kind>/{a.txt,b.txt,gold.json}` with
`{"kind": str|null, "a": [start, end]|null, "b": [start, end]|null, "source": str}`. The data is only read, never
copied into the repository; `.bench/` is git-ignored.

Usage: Scripts/make-check-pairs.py [--data DIR] [--out DIR] [--seed S] [--limit N]
"""

import argparse
import glob
import json
import os
import random
import re
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
          "December"]
STATES = ["Ohio", "Florida", "Pennsylvania", "Michigan", "Wisconsin", "Iowa", "Nevada", "Arizona", "Virginia",
          "Georgia", "Texas", "California", "Colorado", "Utah", "Minnesota", "Missouri", "Indiana", "Kentucky",
          "Oregon", "Maine"]
NAMES = ["Jordan Whitfield", "Marisol Okafor", "Terrence Lindqvist", "Harriet Castellano"]
WORDS = ["really", "certainly", "simply", "clearly"]


def read_ann(path):
    spans, relations = {}, []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if line.startswith("T") and len(parts) >= 2:
            role, *rest = parts[1].split(" ")
            offs = " ".join(rest).split(";")
            ranges = [tuple(int(x) for x in o.split()) for o in offs]
            spans[parts[0]] = (role, ranges)
        elif line.startswith("E") and len(parts) >= 2:
            rel = {}
            for item in parts[1].split(" "):
                if ":" in item:
                    k, v = item.split(":", 1)
                    rel[k] = v
            relations.append(rel)
    out = []
    for rel in relations:
        def get(k):
            t = rel.get(k)
            return spans[t][1] if t in spans else None
        out.append({"content": get("Content"), "source": get("Source"), "cue": get("Cue")})
    return out


def quote_ranges(text):
    """Code point ranges inside double quotation marks (curly or straight)."""
    ranges, start = [], None
    for i, ch in enumerate(text):
        if ch in "“\"" and start is None:
            start = i
        elif ch in "”\"" and start is not None:
            ranges.append((start, i + 1))
            start = None
        elif ch == "\n" and start is not None and text[i:i + 2] == "\n\n":
            start = None
    return ranges


def inside(pos, ranges):
    return any(s <= pos < e for s, e in ranges)


def body_start(text):
    i = text.find("\n\n")
    return i + 2 if i >= 0 else 0


def replace(text, start, end, new):
    return text[:start] + new + text[end:], (start, end), (start, start + len(new))


def perturb(kind, text, rels, rng, other_sentences):
    quotes = quote_ranges(text)
    start_body = body_start(text)
    direct = [r for r in rels if r["content"] and any(ch in text[s:e] for s, e in r["content"] for ch in "“\"")]
    if kind in ("quote-wording", "quote-punct", "quote-speaker", "quote-cue"):
        rng.shuffle(direct)
        for r in direct:
            cs, ce = r["content"][0][0], r["content"][-1][1]
            if cs < start_body:
                continue
            inner = [q for q in quotes if cs <= q[0] and q[1] <= ce]
            if not inner:
                continue
            qs, qe = max(inner, key=lambda q: q[1] - q[0])
            if kind == "quote-wording":
                words = [m for m in re.finditer(r"[A-Za-z]{4,}", text[qs:qe])]
                if len(words) < 6:
                    continue
                m = words[len(words) // 2]
                return replace(text, qs + m.start(), qs + m.start(), rng.choice(WORDS) + " ")
            if kind == "quote-punct":
                commas = [m.start() for m in re.finditer(r",(?= [a-z])", text[qs:qe])]
                if not commas:
                    continue
                p = qs + commas[len(commas) // 2]
                return replace(text, p, p + 1, "")
            if kind == "quote-speaker":
                if not r["source"] or len(r["source"]) != 1:
                    continue
                ss, se = r["source"][0]
                name = text[ss:se]
                if not re.fullmatch(r"(?:[A-Z][a-z]+\.? )?[A-Z][a-z]+ [A-Z][a-z]+", name) or inside(ss, quotes):
                    continue
                # The mention attributes the quote itself: it is right before or after the quotation.
                if not (0 <= ss - qe <= 30 or 0 <= qs - se <= 30):
                    continue
                surname = name.split()[-1]
                # The quote must be attributed by this mention itself (the surname is not used elsewhere nearby).
                new_name = rng.choice([n for n in NAMES if n.split()[-1] != surname])
                return replace(text, ss, se, new_name)
            if kind == "quote-cue":
                if not r["cue"] or len(r["cue"]) != 1:
                    continue
                us, ue = r["cue"][0]
                if text[us:ue] not in ("said", "says"):
                    continue
                return replace(text, us, ue, "admitted" if text[us:ue] == "said" else "admits")
        return None
    if kind == "number":
        # Not inside dates and times ("Sept. 11", "2:35 p.m.", "in 10 days"), scores ("21-15") or quotes.
        ms = [m for m in re.finditer(r"(?<![\d,.$:\-])\b([1-9]\d{0,2})\b(?![\d,.%:\-])", text[start_body:])
              if not inside(start_body + m.start(), quotes)
              and not re.search(r"(?:[A-Z][a-z]{2,8}\.?|of|in) $", text[max(0, start_body + m.start() - 12):start_body + m.start()])
              and not re.match(r" (?:[ap]\.m\.|days?|weeks?|months?|years?|hours?|minutes?)\b", text[start_body + m.end():start_body + m.end() + 8])]
        if not ms:
            return None
        m = rng.choice(ms)
        value = int(m.group(1))
        return replace(text, start_body + m.start(), start_body + m.end(), str(value + rng.choice([2, 3, 7])))
    if kind == "date":
        pat = r"\b(" + "|".join(WEEKDAYS + MONTHS) + r")\b"
        ms = [m for m in re.finditer(pat, text[start_body:]) if not inside(start_body + m.start(), quotes)]
        if not ms:
            return None
        m = rng.choice(ms)
        pool = WEEKDAYS if m.group(1) in WEEKDAYS else MONTHS
        new = rng.choice([w for w in pool if w != m.group(1)])
        return replace(text, start_body + m.start(), start_body + m.end(), new)
    if kind == "entity":
        pat = r"\b(" + "|".join(STATES) + r")\b"
        ms = [m for m in re.finditer(pat, text[start_body:]) if not inside(start_body + m.start(), quotes)]
        if not ms:
            return None
        m = rng.choice(ms)
        new = rng.choice([s for s in STATES if s != m.group(1) and s not in text])
        return replace(text, start_body + m.start(), start_body + m.end(), new)
    if kind == "hedge":
        ms = [m for m in re.finditer(r"(?<=[a-z] )(is|was) (?=[a-z]{3,})", text[start_body:])
              if not inside(start_body + m.start(), quotes)]
        if not ms:
            return None
        m = rng.choice(ms)
        at = start_body + m.end()
        return replace(text, at, at, "reportedly ")
    if kind == "sentence-added":
        paragraphs = [m for m in re.finditer(r"[^\n]+(?=\n\n|$)", text[start_body:])
                      if text[start_body + m.end() - 1] == "." and not inside(start_body + m.end() - 1, quotes)]
        if not paragraphs or not other_sentences:
            return None
        m = rng.choice(paragraphs)
        at = start_body + m.end()
        return replace(text, at, at, " " + rng.choice(other_sentences))
    if kind == "sentence-removed":
        paragraphs = [m for m in re.finditer(r"(?<=\n\n)[^\n]+\n\n", text)
                      if m.start() > start_body and not re.search("[“”\"]", m.group(0))
                      and len(m.group(0).split()) >= 8]
        if not paragraphs:
            return None
        m = rng.choice(paragraphs)
        return replace(text, m.start(), m.end(), "")
    if kind == "noise":
        new = text.replace("“", '"').replace("”", '"').replace("’", "'").replace(" — ", " -- ")
        new = re.sub(r"(?<=[a-z]) (?=[A-Z][a-z]+ [A-Z])", "\u00a0", new, count=3)
        new = new.replace(". ", ".  ", 3)
        paras = new.split("\n\n")
        if len(paras) > 3:
            words = paras[2].split(" ")
            lines, line = [], ""
            for w in words:
                if line and len(line) + 1 + len(w) > 72:
                    lines.append(line)
                    line = w
                else:
                    line = (line + " " + w) if line else w
            lines.append(line)
            paras[2] = "\n".join(lines)
        return "\n\n".join(paras), None, None
    return None


KINDS = ["quote-wording", "quote-punct", "quote-speaker", "quote-cue", "number", "date", "entity", "hedge",
         "sentence-added", "sentence-removed", "noise"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "polnear-dev"))
    ap.add_argument("--out", default=os.path.join(ROOT, ".bench", "check", "dev"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    print(f"seed {args.seed}")
    texts = sorted(glob.glob(os.path.join(args.data, "text", "*.txt")))
    if args.limit:
        texts = texts[:args.limit]
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    # Sentences of other articles for additions: simple full-stop splits of body paragraphs without quotes.
    pool = []
    for path in texts:
        t = open(path, encoding="utf-8").read()
        for para in t[body_start(t):].split("\n\n"):
            if '"' in para or "“" in para:
                continue
            for s in re.split(r"(?<=[a-z]\.) (?=[A-Z])", para):
                if 10 <= len(s.split()) <= 30 and s.endswith("."):
                    pool.append((path, s))
    n, made, skipped = 0, {}, {}
    for path in texts:
        text = open(path, encoding="utf-8").read()
        base = os.path.basename(path)[:-4]
        anns = sorted(glob.glob(os.path.join(args.data, "attributions", base + "_*.ann")))
        rels = read_ann(anns[0]) if anns else []
        others = [s for p, s in pool if p != path]
        for kind in KINDS:
            result = perturb(kind, text, rels, rng, others)
            if result is None:
                skipped[kind] = skipped.get(kind, 0) + 1
                continue
            b, ra, rb = result
            if b == text:
                skipped[kind] = skipped.get(kind, 0) + 1
                continue
            expected = None if kind == "noise" else ("quote-wording" if kind == "quote-punct" else kind)
            directory = os.path.join(args.out, f"{n:04d}-{kind}")
            os.makedirs(directory)
            open(os.path.join(directory, "a.txt"), "w", encoding="utf-8").write(text)
            open(os.path.join(directory, "b.txt"), "w", encoding="utf-8").write(b)
            json.dump({"kind": expected, "variant": kind, "a": ra, "b": rb, "source": base},
                      open(os.path.join(directory, "gold.json"), "w"))
            made[kind] = made.get(kind, 0) + 1
            n += 1
    print(f"{n} pairs in {args.out}")
    for kind in KINDS:
        print(f"  {kind:18s} {made.get(kind, 0):4d} made, {skipped.get(kind, 0):3d} articles without a place for it")


if __name__ == "__main__":
    main()
