#!/usr/bin/env python3
"""Generates a synthetic news corpus (JSONL, gzip) for benchmarks, deterministically.

    python3 Scripts/make-bench-corpus.py OUT.jsonl.gz [--min-compressed-mb 200] [--seed 42]

Each line is a contract article object {"id", "source", "url", "title", "published", "text"} whose text is
made of news-like sentences drawn from a pool of distinct generated sentences: a Zipf-distributed vocabulary of common English words and invented names, numbers,
percentages, dates, quotes with attributions ("..., he said."), paragraphs. The same seed and zlib version give
the same file. Generation stops at the first article after the compressed size reaches the target.
Never commit the output: it is cached under .bench/ (gitignored).
"""
import argparse
import gzip
import itertools
import json
import os
import random

COMMON = """the of and to a in that is was he for it with as his on be at by i this had not are but from or have
an they which one you were her all she there would their we him been has when who will more no if out so said what
up its about into than them can only other new some could time these two may then do first any my now such like our
over man me even most made after also did many before must through back years where much your way well down should
because each just those people how too little state good very make world still own see men work long get here
between both life being under never day same another know while last might us great old year off come since
against go came right used take three government police minister president city council week officials country
report percent million billion people talks ceasefire forces troops election court judge law market prices
company shares bank economy spokesperson statement meeting visit agreement talks crisis war peace aid health
hospital school students workers union strike protest vote parliament party leader opposition region border
capital mayor governor agency investigation evidence witnesses families residents children water energy oil
gas climate storm flood fire earthquake rescue""".split()
CUES = ["said", "told reporters", "added", "said in a statement", "warned", "noted", "told the agency", "wrote"]
SYLLABLES = ["an", "ber", "ca", "dor", "el", "fa", "gu", "har", "is", "jo", "ka", "lin", "mo", "nar", "os",
             "pe", "qu", "ra", "sa", "tor", "u", "ve", "wa", "xi", "ya", "zu"]
OUTLETS = ["Coast Gazette", "Bay Times", "Daily Ledger", "Northern Post", "Metro Wire", "Valley Herald"]


def build_vocabulary(rng):
    names = set()
    while len(names) < 3000:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        names.add(word.capitalize())
    names = sorted(names)
    words = COMMON + names
    weights = list(itertools.accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(len(words))))
    return words, weights, names  # cumulative weights, for random.choices(cum_weights=...)


def sentence(rng, words, weights, names):
    length = rng.randint(8, 30)
    tokens = rng.choices(words, cum_weights=weights, k=length)
    roll = rng.random()
    if roll < 0.15:
        tokens.insert(rng.randrange(len(tokens)), f"{rng.randint(2, 999):,}")
    elif roll < 0.25:
        tokens.insert(rng.randrange(len(tokens)), f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%")
    elif roll < 0.3:
        tokens.insert(rng.randrange(len(tokens)), f"April {rng.randint(1, 30)}")
    text = " ".join(tokens)
    text = text[0].upper() + text[1:]
    if rng.random() < 0.2:
        speaker = f"{rng.choice(names)} {rng.choice(names)}"
        return f"\u201c{text},\u201d {speaker} {rng.choice(CUES)}."
    return text + rng.choice([".", ".", ".", ".", "?", ";"])


def article(rng, number, pool, words, weights):
    paragraphs = []
    for _ in range(rng.randint(4, 14)):
        paragraphs.append(" ".join(rng.choices(pool, k=rng.randint(1, 4))))
    title = " ".join(rng.choices(words, cum_weights=weights, k=rng.randint(5, 11))).capitalize()
    source = rng.choice(OUTLETS)
    return {
        "id": f"bench-{number}",
        "source": source,
        "url": f"https://example.org/{source.split()[0].lower()}/{number}",
        "title": title,
        "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z",
        "text": "\n\n".join(paragraphs),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--min-compressed-mb", type=float, default=200)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--pool", type=int, default=250_000, help="distinct sentences to draw from")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    words, weights, names = build_vocabulary(rng)
    # A pool of distinct sentences (~25 MB, far beyond gzip's 32 KiB window, so repeats do not inflate the
    # compression ratio) keeps generation fast.
    pool = [sentence(rng, words, weights, names) for _ in range(args.pool)]
    target = int(args.min_compressed_mb * 1e6)
    temporary = args.out + ".partial"
    with open(temporary, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=6, fileobj=raw, mtime=0) as out:
            number = 0
            while raw.tell() < target:
                batch = []
                for _ in range(500):
                    number += 1
                    batch.append(json.dumps(article(rng, number, pool, words, weights), ensure_ascii=False,
                                            sort_keys=True))
                out.write(("\n".join(batch) + "\n").encode())
    os.replace(temporary, args.out)
    print(f"{args.out}: {os.path.getsize(args.out) / 1e6:.1f} MB compressed, {number} articles")


if __name__ == "__main__":
    main()
