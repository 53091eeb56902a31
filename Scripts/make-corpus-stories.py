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

`--hard` makes the harder, multi-outlet corpus instead (docs/corpus.md, "Evaluation"): stories are events of
recurring topics (a topic has its own people and places). An event has its own facts: people, a place, numbers, a
date, one to three direct quotes with speakers and two or three key phrases. Each outlet covering it writes its own
text (`independent`: new filler sentences of its own length and lead, mentioning a random subset of the facts and
quoting some of the quotes, sometimes only in part), or runs a wire copy of another outlet's text (`wire`: a light
rewrite, as above). Two to four events of one topic happen on the same day (same-topic distractors: the same people
and places, other numbers, quotes and phrases), and versions under one URL work as above. Each line also carries `kind` (`independent` or `wire`). Use a different `--seed`
for the train split (threshold choice) and the evaluation split.
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


def outlet_versions(rng, number, outlet, title, text, when, version_weights, pool, words, weights, extra=None):
    """The 1-3 versions one outlet publishes of a story: each later version an edit of the one before, hours later."""
    slug = outlet.split()[0].lower()
    url = f"https://{slug}.example/news/{number}-{rng.randrange(10**6)}"
    documents = []
    for v in range(rng.choices([1, 2, 3], weights=version_weights)[0]):
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
            **(extra or {}),
            "text": "\n\n".join(" ".join(p) for p in text),
        }))
    return documents


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
        documents += outlet_versions(rng, number, outlet, title, text, when, [45, 35, 20], pool, words, weights)
    return documents


NAME_SYLLABLES = ["bra", "cel", "dri", "fen", "gor", "hal", "ixa", "jun", "kel", "lov", "mir", "nol", "orv", "pim",
                  "qua", "ros", "sten", "tam", "ulv", "vor", "wen", "xan", "yor", "zel"]


def invented_name(rng):
    """A name outside the filler vocabulary (so its frequency is the facts' own)."""
    return "".join(rng.choice(NAME_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_topic(rng):
    return {
        "people": [f"{invented_name(rng)} {invented_name(rng)}" for _ in range(rng.randint(2, 4))],
        "places": [invented_name(rng) for _ in range(rng.randint(1, 2))],
    }


def make_event(rng, topic, words, weights, names):
    """The facts of one event: what independent outlets share."""
    rare = words[60:]
    people = rng.sample(topic["people"], rng.randint(1, len(topic["people"])))
    people += [f"{invented_name(rng)} {invented_name(rng)}" for _ in range(rng.randint(1, 2))]
    numbers = [rng.choice([f"{rng.randint(11, 9999):,}", f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%",
                           f"${rng.randint(2, 900)} million"]) for _ in range(rng.randint(2, 5))]
    quotes = []
    for _ in range(rng.randint(1, 3)):
        quote = " ".join(filler(rng, words, weights, 8, 22))
        quotes.append((quote, rng.choice(people)))
    phrases = [" ".join(rng.sample(rare, rng.randint(2, 3))) for _ in range(rng.randint(2, 3))]
    return {
        "people": people,
        "places": rng.sample(topic["places"], 1) + [invented_name(rng)],
        "numbers": numbers,
        "date": f"{rng.choice(['March', 'April', 'May', 'June'])} {rng.randint(1, 30)}",
        "quotes": quotes,
        "phrases": phrases,
    }


def filler(rng, words, weights, low, high):
    tokens = rng.choices(words, cum_weights=weights, k=rng.randint(low, high))
    return tokens


def independent_text(rng, event, words, weights):
    """One outlet's own article on the event: new sentences, a subset of the facts, some quotes."""
    facts = [("person", p) for p in event["people"]] + [("place", p) for p in event["places"]]
    facts += [("number", n) for n in event["numbers"]] + [("phrase", p) for p in event["phrases"]]
    facts.append(("date", event["date"]))
    mentioned = [f for f in facts if rng.random() < 0.65] or [rng.choice(facts)]
    sentences = []
    for _ in range(rng.randint(6, 28)):
        tokens = filler(rng, words, weights, 8, 24)
        for _ in range(rng.choice([0, 1, 1, 2])):
            kind, value = rng.choice(mentioned)
            if kind == "place":
                value = "in " + value
            elif kind == "date":
                value = "on " + value
            tokens.insert(rng.randrange(len(tokens) + 1), value)
        text = " ".join(tokens)
        sentences.append(text[0].upper() + text[1:] + ".")
    # A lead of its own: the outlet's pick of facts up front.
    lead = [v for _, v in rng.sample(mentioned, min(len(mentioned), rng.randint(1, 3)))]
    sentences.insert(0, " ".join(filler(rng, words, weights, 3, 8)).capitalize() + " " + " and ".join(lead)
                     + " " + " ".join(filler(rng, words, weights, 3, 8)) + ".")
    for quote, speaker in event["quotes"]:
        if rng.random() < 0.6:
            tokens = quote.split(" ")
            if rng.random() < 0.4 and len(tokens) > 8:
                start = rng.randrange(len(tokens) - 6)
                tokens = tokens[start:start + rng.randint(6, len(tokens) - start)]
            text = " ".join(tokens)
            sentences.insert(rng.randrange(1, len(sentences) + 1),
                             f"\u201c{text[0].upper() + text[1:]},\u201d {speaker} {rng.choice(bench.CUES)}.")
    paragraphs = []
    while sentences:
        size = min(len(sentences), rng.randint(1, 3))
        paragraphs.append(sentences[:size])
        sentences = sentences[size:]
    return paragraphs


def hard_documents(rng, number, start, event, pool, words, weights, names):
    """One event's articles: independent outlets, wire copies, versions."""
    title_words = rng.choices(words, cum_weights=weights, k=rng.randint(4, 9))
    outlets = rng.sample(OUTLETS, rng.choices([1, 2, 3, 4], weights=[25, 35, 25, 15])[0])
    documents = []
    texts = []
    for o, outlet in enumerate(outlets):
        if texts and rng.random() < 0.3:
            kind = "wire"
            text = rewrite(rng, rng.choice(texts), pool, words, weights)
        else:
            kind = "independent"
            text = independent_text(rng, event, words, weights)
        texts.append(text)
        title = " ".join(title_words + [rng.choice(event["people"]).split()[-1]]).capitalize()
        when = start + (0 if o == 0 else rng.randint(600, 20 * 3600))
        documents += outlet_versions(
            rng, number, outlet, title, text, when, [55, 30, 15], pool, words, weights, extra={"kind": kind})
    return documents


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--target-mb", type=float, default=500, help="uncompressed size to reach")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--days", type=float, default=60, help="time span of the corpus")
    parser.add_argument("--pool", type=int, default=250_000)
    parser.add_argument("--hard", action="store_true",
                        help="independent outlet versions and same-topic distractors (see above)")
    parser.add_argument("--topics", type=int, default=400, help="recurring topics (--hard)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    words, weights, names = bench.build_vocabulary(rng)
    pool = [bench.sentence(rng, words, weights, names) for _ in range(args.pool)]
    target = int(args.target_mb * 1e6)
    # About 13 KB of text per story: spread the stories over the span.
    step = args.days * 86400 / max(target / 13_000, 1)
    topics = [make_topic(rng) for _ in range(args.topics)] if args.hard else []
    day_events = []  # --hard: (topic, day start) of the events still to come on a topic's day
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
                if args.hard:
                    # Two to four events of one topic on one day: same-topic distractors.
                    if not day_events:
                        topic = rng.choice(topics)
                        day_events = [topic] * rng.choices([1, 2, 3, 4], weights=[30, 35, 25, 10])[0]
                        day_start = start
                    event = make_event(rng, day_events.pop(), words, weights, names)
                    start = day_start + rng.randint(0, 8 * 3600)
                    made = hard_documents(rng, number, start, event, pool, words, weights, names)
                else:
                    made = story_documents(rng, number, start, pool, words, weights, names)
                for when, document in made:
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
