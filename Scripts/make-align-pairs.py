#!/usr/bin/env python3
"""Make version pairs with known sentence links from real articles, for scoring `crosscheck align`.

For every article text (`*.txt`, headline on the first line) the script asks `crosscheck segment --format json` for
its paragraphs and sentences, then builds a second version from those sentences with known changes and records the
gold links between the two versions' sentences. Modes (one pair per article and mode):

  versions   a later version of the same outlet: 1-3 sentences edited (a number, a date, a word, punctuation), 1-2
             added (sentences of another article), 1-2 removed, a paragraph moved, a sentence split in two, two
             sentences merged, typographic noise (straight quotes, no-break spaces, doubled spaces);
  paraphrase 20-40% of the sentences paraphrased (synonyms, clause order, dropped and added words), plus one edit,
             one addition and one removal;
  rewrite    "another outlet's rewrite": 20-30% of the sentences paraphrased and 40-60% rewritten heavily (a new
             frame, clauses rotated, 30-60% of the words dropped, fillers added), 1-3 added, 1-2 added distractors (the start of an
             existing sentence with the end of another article's), 1-3 removed, a paragraph moved, a split, a merge.

The second version is re-segmented with `crosscheck segment`; a pair whose sentences do not come out exactly as
built (the splitter cut an edited sentence differently) is skipped and counted. Output, under OUT (default
`.bench/align/<split>`): `NNNN-<mode>/a.txt`, `b.txt` and `gold.json` =
`{"links": [[i, j], ...], "relations": {"i:j": relation}, "mode": str, "source": str}` with 0-based sentence indices
(a split links one `a` sentence to two `b` sentences, a merge the reverse). The data is only read, never copied into
the repository; `.bench/` is git-ignored.

Usage:
    Scripts/make-align-pairs.py [--split dev|train] [--texts DIR] [--out DIR] [--limit N] [--seed S]
                                [--modes versions,paraphrase,rewrite] [--binary PATH]
"""

import argparse
import glob
import json
import os
import random
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SYNONYMS = {
    "said": ["stated", "noted", "added"], "says": ["states", "notes"], "told": ["informed"],
    "big": ["large"], "large": ["big", "major"], "small": ["minor", "little"], "important": ["key", "crucial"],
    "show": ["indicate", "reveal"], "shows": ["indicates", "reveals"], "showed": ["indicated", "revealed"],
    "began": ["started"], "begin": ["start"], "start": ["begin"], "started": ["began"], "end": ["finish"],
    "help": ["assist"], "helped": ["assisted"], "buy": ["purchase"], "bought": ["purchased"],
    "people": ["individuals", "citizens"], "group": ["organization"], "job": ["position"], "jobs": ["positions"],
    "try": ["attempt"], "tried": ["attempted"], "need": ["require"], "needs": ["requires"], "get": ["obtain"],
    "about": ["roughly", "around"], "many": ["numerous", "several"], "often": ["frequently"], "also": ["too"],
    "however": ["though"], "because": ["since"], "but": ["yet"], "quickly": ["rapidly"], "very": ["highly"],
    "called": ["described"], "asked": ["questioned"], "wants": ["seeks"], "want": ["wish"], "wanted": ["sought"],
    "made": ["created"], "make": ["create"], "country": ["nation"], "government": ["administration"],
    "leader": ["head"], "leaders": ["heads"], "officials": ["authorities"], "official": ["representative"],
    "plan": ["proposal"], "plans": ["proposals"], "attack": ["assault"], "attacks": ["assaults"],
    "support": ["backing"], "problem": ["issue"], "problems": ["issues"], "week": ["seven days"],
    "before": ["prior to"], "after": ["following"], "during": ["throughout"], "against": ["opposing"],
    "despite": ["in spite of"], "around": ["about"], "nearly": ["almost"], "almost": ["nearly"],
    "recent": ["latest"], "new": ["fresh"], "former": ["ex-"], "major": ["significant"], "allow": ["permit"],
    "think": ["believe"], "thinks": ["believes"], "thought": ["believed"], "believe": ["think"],
    "win": ["victory"], "won": ["secured"], "lost": ["failed to win"], "died": ["passed away"],
    "killed": ["slain"], "claimed": ["asserted"], "claims": ["assertions"], "report": ["account"],
}
CONTRACTIONS = {"didn't": "did not", "don't": "do not", "can't": "cannot", "won't": "will not",
                "isn't": "is not", "wasn't": "was not", "it's": "it is", "doesn't": "does not",
                "aren't": "are not", "couldn't": "could not", "wouldn't": "would not"}
FILLERS = ["on Monday", "this week", "according to officials", "in a statement", "last year", "so far",
           "once again", "in recent days", "for now", "at the time"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
STARTERS = {"The", "He", "She", "It", "They", "But", "This", "That", "In", "A", "An", "We", "There", "Those",
            "These", "His", "Her", "Their", "Its", "On", "At", "As", "And", "So", "For", "When", "If"}


def segment(binary, paths):
    out = subprocess.run([binary, "segment", *paths, "--format", "json"], check=True, capture_output=True)
    return json.loads(out.stdout)["documents"]


def paragraphs_of(doc):
    """[(role, [sentence index...])] for headline and body paragraphs."""
    result = []
    sentences = doc["sentences"]
    k = 0
    for paragraph in doc["paragraphs"]:
        if paragraph["role"] == "furniture":
            continue
        span = paragraph["span"]
        members = []
        while k < len(sentences) and sentences[k]["start"] < span["end"]:
            if sentences[k]["start"] >= span["start"]:
                members.append(k)
            k += 1
        if members:
            result.append((paragraph["role"], members))
    return result


def words(text):
    return text.split(" ")


def edit_sentence(rng, text):
    """A small edit: a number, a weekday, a word, a punctuation mark; never a new sentence boundary."""
    w = words(text)
    choices = []
    for k, token in enumerate(w):
        core = token.strip(",.;:!?\"“”'’()")
        if re.fullmatch(r"\d+", core) and k < len(w) - 1:
            choices.append(("number", k, core))
        if core in WEEKDAYS:
            choices.append(("weekday", k, core))
        if core.lower() in SYNONYMS and k > 0:
            choices.append(("synonym", k, core))
    if choices and rng.random() < 0.8:
        kind, k, core = rng.choice(choices)
        if kind == "number":
            new = str(int(core) + rng.randint(1, 9))
        elif kind == "weekday":
            new = rng.choice([d for d in WEEKDAYS if d != core])
        else:
            new = rng.choice(SYNONYMS[core.lower()])
        w[k] = w[k].replace(core, new, 1)
        return " ".join(w)
    if len(w) > 6:
        k = rng.randrange(1, len(w) - 2)
        if rng.random() < 0.5 and not re.search(r"[.!?]", w[k]):
            del w[k]
        else:
            w.insert(k, rng.choice(["also", "reportedly", "still", "now", "indeed"]))
        return " ".join(w)
    return text.replace(",", "", 1) if "," in text else text


def paraphrase(rng, text, strength):
    """Synonyms, expanded contractions, a dropped or added phrase, clause reordering."""
    w = words(text)
    for k, token in enumerate(w):
        core = token.strip(",.;:!?\"“”'’()")
        lower = core.lower().replace("’", "'")
        if lower in CONTRACTIONS and rng.random() < 0.8:
            w[k] = token.replace(core, CONTRACTIONS[lower], 1)
        elif core.lower() in SYNONYMS and k > 0 and core.islower() and rng.random() < strength:
            w[k] = token.replace(core, rng.choice(SYNONYMS[core.lower()]), 1)
    for _ in range(int(strength * 3)):
        if len(w) > 8 and rng.random() < 0.5:
            k = rng.randrange(1, len(w) - 2)
            if not re.search(r"[.!?\"“”]", w[k]) and w[k][:1].islower():
                del w[k]
        if rng.random() < 0.4 and len(w) > 4:
            k = rng.randrange(1, len(w) - 1)
            if not re.search(r"[.!?\"“”]", w[k - 1]):
                w.insert(k, rng.choice(FILLERS))
    out = " ".join(w)
    # "A, B." -> "B, A." when both halves are plain clauses.
    m = re.fullmatch(r"([A-Z][^,\"“”]{15,}), ([a-z][^,\"“”]{15,})\.", out)
    if m and rng.random() < strength:
        first, second = m.group(1), m.group(2)
        if first.split(" ")[0] not in STARTERS or first.split(" ")[0] in {"The", "A", "An"}:
            lead = first if first.split(" ")[0] not in {"The", "A", "An"} else first[0].lower() + first[1:]
            out = second[0].upper() + second[1:] + ", " + lead + "."
    return out


def rewrite(rng, text):
    """A heavy rewrite: synonyms, a new frame, clauses rotated, 30-60% of the words dropped, fillers added."""
    out = paraphrase(rng, text, 0.9)
    m = re.fullmatch(r"(.{20,}), ([A-Z][a-z]+(?: [A-Z][a-z]+)*) said\.", out)
    if m:
        out = f"According to {m.group(2)}, {m.group(1)[0].lower() + m.group(1)[1:]}."
    # Rotate comma-separated chunks ("A, B, C." -> "B, C, A.").
    chunks = out.rstrip(".").split(", ")
    if len(chunks) >= 3 and out.endswith(".") and not re.search(r"[\"“”]", out) and rng.random() < 0.5:
        k = rng.randrange(1, len(chunks))
        rotated = chunks[k:] + chunks[:k]
        out = ", ".join(rotated)
        out = out[0].upper() + out[1:] + "."
    w = words(out)
    keep = []
    drop = rng.uniform(0.3, 0.6)
    for k, token in enumerate(w):
        protected = k == 0 or k == len(w) - 1 or re.search(r"[.!?\"“”]", token)
        if not protected and rng.random() < drop:
            continue
        keep.append(token)
    for _ in range(rng.randint(1, 3)):
        if len(keep) > 3:
            k = rng.randrange(1, len(keep) - 1)
            if not re.search(r"[.!?\"“”]", keep[k - 1]):
                keep.insert(k, rng.choice(FILLERS))
    return " ".join(keep)


def distractor(rng, text, donor):
    """A new sentence that shares its first words with an existing sentence and ends like another article's."""
    w, d = words(text), words(donor)
    if len(w) < 8 or len(d) < 8:
        return None
    head = [t for t in w[: int(len(w) * 0.4)] if not re.search(r"[.!?\"“”]", t)]
    tail = [t for t in d[int(len(d) * 0.5):]]
    if not head or not tail or not re.search(r"[.!?][\"”]?$", tail[-1]):
        return None
    return " ".join(head + [t for t in tail])


def split_sentence(text):
    """Two sentences from one at ', and ' / ', but ' / '; ' near the middle, or None."""
    if not text.endswith(".") or "“" in text or '"' in text:
        return None
    for sep, lead in ((", and ", "And "), (", but ", "But "), ("; ", "")):
        k = text.find(sep, len(text) // 4)
        if 0 < k < 3 * len(text) // 4:
            first = text[:k] + "."
            rest = text[k + len(sep):]
            second = lead + rest if lead else rest[0].upper() + rest[1:]
            if len(first) > 25 and len(second) > 25:
                return first, second
    return None


def merge_sentences(first, second):
    if not first.endswith(".") or first.endswith("..") or re.search(r"[\"“”]", first + second):
        return None
    head = second.split(" ")[0]
    if head in STARTERS and head not in {"And", "So", "But"}:
        second = second[0].lower() + second[1:]
    return first[:-1] + (", and " if rng_choice_and(first) else "; ") + second


def rng_choice_and(first):
    return len(first) % 2 == 0


def typographic_noise(rng, text):
    if rng.random() < 0.5:
        text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    if rng.random() < 0.3:
        text = text.replace(" ", "  ", 1)
    if rng.random() < 0.3:
        k = text.find(" ")
        if k > 0:
            text = text[:k] + "\u00a0" + text[k + 1:]
    return text


class Item:
    """A sentence of the new version and the old sentences it comes from."""

    def __init__(self, text, origins, relation):
        self.text, self.origins, self.relation = text, origins, relation


def build(rng, mode, doc, texts, donors):
    paragraphs = paragraphs_of(doc)
    if len(paragraphs) < 4:
        return None
    headline = paragraphs[0] if paragraphs[0][0] == "headline" else None
    body = [members for role, members in paragraphs if role == "body"]
    para_items = [[Item(texts[i], [i], "identical") for i in members] for members in body]
    all_items = lambda: [item for para in para_items for item in para]

    def pick(pred=lambda item: True):
        pool = [item for item in all_items() if item.relation == "identical" and pred(item)]
        return rng.choice(pool) if pool else None

    n = len(all_items())
    plan = {"versions": dict(edit=rng.randint(1, 3), add=rng.randint(1, 2), remove=rng.randint(1, 2), move=1,
                             split=1, merge=1, paraphrase=0, heavy=0),
            "paraphrase": dict(edit=1, add=1, remove=1, move=0, split=0, merge=0,
                               paraphrase=max(1, int(n * rng.uniform(0.2, 0.4))), heavy=0),
            "rewrite": dict(edit=0, add=rng.randint(1, 3), remove=rng.randint(1, 3), move=1, split=1, merge=1,
                            paraphrase=max(1, int(n * rng.uniform(0.2, 0.3))),
                            heavy=max(1, int(n * rng.uniform(0.4, 0.6))), distract=rng.randint(1, 2))}[mode]
    for _ in range(plan["split"]):
        item = pick(lambda it: split_sentence(it.text) is not None)
        if item:
            a, b = split_sentence(item.text)
            for para in para_items:
                if item in para:
                    k = para.index(item)
                    para[k:k + 1] = [Item(a, item.origins, "split"), Item(b, item.origins, "split")]
    for _ in range(plan["merge"]):
        for _attempt in range(10):
            para = rng.choice(para_items)
            if len(para) < 2:
                continue
            k = rng.randrange(len(para) - 1)
            x, y = para[k], para[k + 1]
            if x.relation != "identical" or y.relation != "identical":
                continue
            merged = merge_sentences(x.text, y.text)
            if merged:
                para[k:k + 2] = [Item(merged, x.origins + y.origins, "merged")]
                break
    for _ in range(plan["remove"]):
        item = pick()
        if item:
            for para in para_items:
                if item in para:
                    para.remove(item)
    for _ in range(plan["edit"]):
        item = pick()
        if item:
            new = edit_sentence(rng, item.text)
            if new != item.text:
                item.text, item.relation = new, "edited"
    for _ in range(plan["paraphrase"]):
        item = pick()
        if item:
            new = paraphrase(rng, item.text, 0.5)
            if new != item.text:
                item.text, item.relation = new, "edited"
    for _ in range(plan["heavy"]):
        item = pick()
        if item:
            new = rewrite(rng, item.text)
            if new != item.text:
                item.text, item.relation = new, "edited"
    for _ in range(plan.get("distract", 0)):
        item = pick()
        made = item and distractor(rng, item.text, rng.choice(donors))
        if made:
            para = rng.choice(para_items)
            para.insert(rng.randint(0, len(para)), Item(made, [], "unique"))
    for _ in range(plan["add"]):
        donor = rng.choice(donors)
        para = rng.choice(para_items)
        para.insert(rng.randint(0, len(para)), Item(donor, [], "unique"))
    para_items = [para for para in para_items if para]
    if plan["move"] and len(para_items) >= 4:
        k = rng.randrange(len(para_items))
        para = para_items.pop(k)
        target = rng.choice([t for t in range(len(para_items) + 1) if abs(t - k) >= 2] or [0])
        para_items.insert(target, para)
        for item in para:
            if item.relation in ("identical", "edited"):
                item.relation = "moved"
    for para in para_items:
        for item in para:
            if item.relation == "identical" and rng.random() < 0.2:
                item.text = typographic_noise(rng, item.text)
    head_items = [Item(texts[i], [i], "identical") for i in headline[1]] if headline else []
    lines = []
    if head_items:
        lines.append(" ".join(item.text for item in head_items))
    for para in para_items:
        lines.append(" ".join(item.text for item in para))
    return "\n\n".join(lines) + "\n", head_items + [item for para in para_items for item in para]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--texts")
    parser.add_argument("--out")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--modes", default="versions,paraphrase,rewrite")
    parser.add_argument("--binary", default=os.environ.get("CROSSCHECK_BIN", os.path.join(ROOT, ".build/release/crosscheck")))
    args = parser.parse_args()
    texts_dir = args.texts or os.path.join(ROOT, "..", "shared", "data", f"polnear-{args.split}", "text")
    out_dir = args.out or os.path.join(ROOT, ".bench", "align", args.split)
    paths = sorted(glob.glob(os.path.join(texts_dir, "*.txt")))
    if not paths:
        print(f"no texts under {texts_dir}", file=sys.stderr)
        return 2
    if not os.path.exists(args.binary):
        print(f"no binary at {args.binary} (swift build -c release --product crosscheck)", file=sys.stderr)
        return 2
    if args.limit:
        paths = paths[: args.limit]
    rng = random.Random(args.seed)
    docs = []
    for k in range(0, len(paths), 50):
        docs += segment(args.binary, paths[k:k + 50])
    sentence_texts = [[s["text"] for s in doc["sentences"]] for doc in docs]
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    pending = []
    for index, (path, doc) in enumerate(zip(paths, docs)):
        texts = sentence_texts[index]
        for mode in args.modes.split(","):
            donors = [t for k, other in enumerate(sentence_texts) if k != index for t in other[1:]
                      if 60 < len(t) < 250 and re.search(r"[.!?][\"”]?$", t)]
            built = build(rng, mode, doc, texts, donors)
            if not built:
                continue
            text_b, items = built
            folder = os.path.join(out_dir, f"{index:04d}-{mode}")
            os.makedirs(folder)
            shutil.copyfile(path, os.path.join(folder, "a.txt"))
            with open(os.path.join(folder, "b.txt"), "w", encoding="utf-8") as f:
                f.write(text_b)
            pending.append((folder, items, mode, os.path.basename(path)))
    made = skipped = 0
    for k in range(0, len(pending), 50):
        batch = pending[k:k + 50]
        segmented = segment(args.binary, [os.path.join(folder, "b.txt") for folder, *_ in batch])
        for (folder, items, mode, source), doc in zip(batch, segmented):
            got = [re.sub(r"\s+", " ", s["text"]) for s in doc["sentences"]]
            want = [re.sub(r"\s+", " ", item.text.strip()) for item in items]
            if got != want:
                shutil.rmtree(folder)
                skipped += 1
                continue
            links, relations = [], {}
            for j, item in enumerate(items):
                for i in item.origins:
                    links.append([i, j])
                    relations[f"{i}:{j}"] = item.relation
            with open(os.path.join(folder, "gold.json"), "w", encoding="utf-8") as f:
                json.dump({"links": links, "relations": relations, "mode": mode, "source": source}, f)
            made += 1
    print(f"{made} pairs in {os.path.relpath(out_dir, ROOT)} ({skipped} skipped: re-segmentation differed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
