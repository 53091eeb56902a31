#!/usr/bin/env python3
"""Generates a news corpus with known story groups (gzip JSONL), deterministically, for `crosscheck corpus`.

    python3 Scripts/make-corpus-stories.py OUT.jsonl.gz [--target-mb 500] [--seed 7] [--days 60]

Each story is a base article (15-40 sentences from a pool of distinct generated sentences, plus direct quotes with
speakers) published by one to three outlets. Every outlet's copy is a rewrite (sentences dropped, replaced by
others, words substituted, paragraphs reordered, attribution verbs changed) under its own URL, and each copy has
one to three versions under the same URL (a number changed, a sentence added or removed, a word edited, a quote
reworded), published hours apart. Lines are written in publication order, so many unrelated stories share every
time window. Each line carries the gold story as `story` (grouping never reads it; `--group-by field:story` does);
OUT.gold.tsv lists `id<TAB>story` too. Stops at the first story after `--target-mb` uncompressed megabytes.
The sentence helpers come from make-bench-corpus.py. Never commit the output: keep it under .bench/.
"""
import argparse
import gzip
import heapq
import importlib.util
import json
import os
import random
import re

spec = importlib.util.spec_from_file_location(
    "bench_corpus", os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-bench-corpus.py"))
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

OUTLETS = ["Coast Gazette", "Bay Times", "Daily Ledger", "Northern Post", "Metro Wire", "Valley Herald",
           "River Courier", "Harbor Chronicle"]
START = 1_704_067_200  # 2024-01-01T00:00:00Z


def iso(seconds):
    import time
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def substitute_words(rng, text, words, weights, count):
    tokens = text.split(" ")
    for _ in range(count):
        at = rng.randrange(len(tokens))
        if not tokens[at][:1].isalpha() or not tokens[at].isalpha():
            continue
        tokens[at] = rng.choices(words, cum_weights=weights, k=1)[0]
    return " ".join(tokens)


def change_number(rng, text):
    numbers = list(re.finditer(r"\d+", text))
    if not numbers:
        return None
    match = rng.choice(numbers)
    value = int(match.group()) + rng.randint(1, 9)
    return text[:match.start()] + str(value) + text[match.end():]


def rewrite(rng, paragraphs, pool, words, weights):
    """Another outlet's version of the base: drop, replace and edit sentences, reorder paragraphs."""
    out = []
    for paragraph in paragraphs:
        kept = []
        for s in paragraph:
            roll = rng.random()
            if roll < 0.12:
                continue
            if roll < 0.30 and not s.startswith("\u201c"):
                kept.append(rng.choice(pool))
            elif roll < 0.55:
                if s.startswith("\u201c"):
                    kept.append(s.replace(rng.choice(bench.CUES) + ".", rng.choice(bench.CUES) + "."))
                else:
                    kept.append(substitute_words(rng, s, words, weights, rng.randint(1, 2)))
            else:
                kept.append(s)
        if kept:
            out.append(kept)
    if len(out) > 3:
        middle = out[1:-1]
        rng.shuffle(middle)
        out = [out[0]] + middle + [out[-1]]
    return out


def edit(rng, paragraphs, pool, words, weights):
    """A later version under the same URL: one to three small edits."""
    paragraphs = [list(p) for p in paragraphs]
    for _ in range(rng.randint(1, 3)):
        p = rng.randrange(len(paragraphs))
        s = rng.randrange(len(paragraphs[p]))
        kind = rng.random()
        if kind < 0.3:
            changed = change_number(rng, paragraphs[p][s])
            if changed:
                paragraphs[p][s] = changed
                continue
        if kind < 0.55:
            paragraphs[p].insert(s + 1, rng.choice(pool))
        elif kind < 0.7 and len(paragraphs[p]) > 1:
            del paragraphs[p][s]
        else:
            paragraphs[p][s] = substitute_words(rng, paragraphs[p][s], words, weights, 1)
    return paragraphs


def story_documents(rng, number, start, pool, words, weights, names):
    paragraphs = []
    sentences = rng.randint(15, 40)
    while sentences > 0:
        size = min(sentences, rng.randint(1, 3))
        paragraphs.append(rng.sample(pool, size))
        sentences -= size
    for _ in range(rng.randint(1, 3)):
        quote = bench.sentence(rng, words, weights, names).rstrip(".?;")
        speaker = f"{rng.choice(names)} {rng.choice(names)}"
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1),
                          [f"\u201c{quote},\u201d {speaker} {rng.choice(bench.CUES)}."])
    title = " ".join(rng.choices(words, cum_weights=weights, k=rng.randint(5, 11))).capitalize()
    outlets = rng.sample(OUTLETS, rng.choices([1, 2, 3], weights=[40, 35, 25])[0])
    documents = []
    for o, outlet in enumerate(outlets):
        text = paragraphs if o == 0 else rewrite(rng, paragraphs, pool, words, weights)
        when = start + (0 if o == 0 else rng.randint(600, 12 * 3600))
        slug = outlet.split()[0].lower()
        url = f"https://{slug}.example/news/{number}-{rng.randrange(10**6)}"
        for v in range(rng.choices([1, 2, 3], weights=[45, 35, 20])[0]):
            if v > 0:
                text = edit(rng, text, pool, words, weights)
                when += rng.randint(1800, 18 * 3600)
            documents.append((when, {
                "id": f"s{number}-{slug}-v{v + 1}",
                "source": outlet,
                "url": url,
                "title": title,
                "published": iso(when),
                "story": f"s{number}",
                "text": "\n\n".join(" ".join(p) for p in text),
            }))
    return documents


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--target-mb", type=float, default=500, help="uncompressed size to reach")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--days", type=float, default=60, help="time span of the corpus")
    parser.add_argument("--pool", type=int, default=250_000)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    words, weights, names = bench.build_vocabulary(rng)
    pool = [bench.sentence(rng, words, weights, names) for _ in range(args.pool)]
    target = int(args.target_mb * 1e6)
    # About 13 KB of text per story: spread the stories over the span.
    step = args.days * 86400 / max(target / 13_000, 1)
    pending = []  # (time, order, line): documents not yet written, by time
    written = 0
    order = 0
    number = 0
    stories = 0
    temporary = args.out + ".partial"
    with open(temporary, "wb") as raw, open(args.out.replace(".jsonl.gz", "") + ".gold.tsv", "w") as gold:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=6, fileobj=raw, mtime=0) as out:
            def flush(until):
                nonlocal written
                lines = []
                while pending and (until is None or pending[0][0] < until):
                    _, _, line, ident, story = heapq.heappop(pending)
                    lines.append(line)
                    gold.write(f"{ident}\t{story}\n")
                data = ("\n".join(lines) + "\n").encode() if lines else b""
                out.write(data)
                written += len(data)
            while written < target:
                number += 1
                start = int(START + number * step + rng.randint(0, int(step)))
                for when, document in story_documents(rng, number, start, pool, words, weights, names):
                    order += 1
                    line = json.dumps(document, ensure_ascii=False, sort_keys=True)
                    heapq.heappush(pending, (when, order, line, document["id"], document["story"]))
                stories += 1
                if number % 200 == 0:
                    flush(start)
            flush(None)
    os.replace(temporary, args.out)
    print(f"{args.out}: {written / 1e6:.1f} MB uncompressed, {os.path.getsize(args.out) / 1e6:.1f} MB compressed, "
          f"{order} articles, {stories} stories")


if __name__ == "__main__":
    main()
