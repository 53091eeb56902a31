#!/usr/bin/env python3
"""Generates realistic edited article pairs for diff benchmarks, deterministically.

    python3 Scripts/make-diff-pairs.py OUT_DIR [--seed 7] [--sizes 1k,10k,100k,1m,10m]

For each size it writes OUT_DIR/SIZE-old.txt and OUT_DIR/SIZE-new.txt: a plain-text news article (headline, blank
line, paragraphs of news-like sentences from Scripts/make-bench-corpus.py's generator, all distinct) of about that
many bytes, and a later version of it with an editor's changes spread over the whole text:

* about 3% of sentences get 1-3 words replaced, inserted or deleted; 1% get punctuation or quote-style changes;
* about 1.5% of sentences are deleted and as many new ones inserted;
* at least three changes in every pair (word edits and an inserted sentence in the smallest);
* about one paragraph in 40 is moved elsewhere (a third of those also get a third of their words changed).

It also writes unrelated-old.txt / unrelated-new.txt: two independent 1 MB articles (nothing in common but the
vocabulary). The same seed gives the same files. Output goes under .bench/ (gitignored); never commit it.
"""
import argparse
import importlib.util
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("corpus", os.path.join(HERE, "make-bench-corpus.py"))
corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus)

SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}


class Writer:
    def __init__(self, rng):
        self.rng = rng
        self.words, self.weights, self.names = corpus.build_vocabulary(rng)

    def sentence(self):
        return corpus.sentence(self.rng, self.words, self.weights, self.names)

    def article(self, size):
        """Paragraphs (lists of sentences) totalling about `size` bytes."""
        paragraphs, total = [], 0
        while total < size:
            paragraph = [self.sentence() for _ in range(self.rng.randint(1, 4))]
            paragraphs.append(paragraph)
            total += sum(len(s) + 1 for s in paragraph) + 1
        return paragraphs

    def edit_words(self, sentence, fraction=None):
        rng = self.rng
        tokens = sentence.split(" ")
        count = max(1, int(len(tokens) * fraction)) if fraction else rng.randint(1, 3)
        for _ in range(count):
            i = rng.randrange(len(tokens))
            roll = rng.random()
            word = rng.choices(self.words, cum_weights=self.weights, k=1)[0]
            if roll < 0.5:
                tokens[i] = word
            elif roll < 0.75:
                tokens.insert(i, word)
            elif len(tokens) > 3:
                del tokens[i]
        return " ".join(tokens)

    def edit_punctuation(self, sentence):
        rng = self.rng
        choices = [
            lambda s: s.replace(",", "", 1),
            lambda s: s.replace(" ", ", ", 1),
            lambda s: s.replace("\u201c", '"').replace("\u201d", '"'),
            lambda s: s[:-1] + "!" if s.endswith(".") else s + ".",
        ]
        return rng.choice(choices)(sentence)


def render(title, paragraphs):
    return title + "\n\n" + "\n\n".join(" ".join(p) for p in paragraphs if p) + "\n"


def edited(writer, paragraphs):
    rng = writer.rng
    new = []
    changes = 0
    for paragraph in paragraphs:
        out = []
        for sentence in paragraph:
            roll = rng.random()
            changes += roll < 0.055
            if roll < 0.03:
                out.append(writer.edit_words(sentence))
            elif roll < 0.04:
                out.append(writer.edit_punctuation(sentence))
            elif roll < 0.055:
                continue  # deleted
            else:
                out.append(sentence)
            if rng.random() < 0.015:
                out.append(writer.sentence())  # inserted
                changes += 1
        new.append(out)
    # Small articles get at least three changes: word edits and an inserted sentence.
    while changes < 3:
        paragraph = new[rng.randrange(len(new))]
        if paragraph:
            k = rng.randrange(len(paragraph))
            paragraph[k] = writer.edit_words(paragraph[k])
            if changes == 0:
                paragraph.insert(k + 1, writer.sentence())
            changes += 1
    # Moves: about one paragraph in 40, to a random place at least 3 paragraphs away.
    for _ in range(max(1, len(new) // 40)):
        if len(new) < 8:
            break
        source = rng.randrange(len(new))
        paragraph = new.pop(source)
        if rng.random() < 1 / 3:
            paragraph = [writer.edit_words(s, fraction=0.33) for s in paragraph]
        target = rng.randrange(len(new))
        while abs(target - source) < 3:
            target = rng.randrange(len(new))
        new.insert(target, paragraph)
    return new


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sizes", default=",".join(SIZES))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name in args.sizes.split(","):
        writer = Writer(random.Random(f"{args.seed}-{name}"))
        title = writer.sentence().rstrip(".?;")
        old = writer.article(SIZES[name])
        new = edited(writer, old)
        for suffix, paragraphs in (("old", old), ("new", new)):
            with open(os.path.join(args.out, f"{name}-{suffix}.txt"), "w", encoding="utf-8") as f:
                f.write(render(title, paragraphs))
    writer = Writer(random.Random(f"{args.seed}-unrelated"))
    for suffix in ("old", "new"):
        title = writer.sentence().rstrip(".?;")
        with open(os.path.join(args.out, f"unrelated-{suffix}.txt"), "w", encoding="utf-8") as f:
            f.write(render(title, writer.article(1_000_000)))


if __name__ == "__main__":
    main()
