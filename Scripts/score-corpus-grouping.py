#!/usr/bin/env python3
"""B-cubed precision, recall and F1 of `crosscheck corpus` stories against a gold story assignment.

    python3 Scripts/score-corpus-grouping.py STORIES.jsonl GOLD.tsv

STORIES.jsonl is the output of `crosscheck corpus` (one story per line, `documents[].id`); GOLD.tsv has
`id<TAB>story` lines (written by make-corpus-stories.py). Prints `bcubed precision=P recall=R f1=F documents=N
predicted_stories=S gold_stories=G`.
"""
import collections
import json
import sys


def main():
    predicted = {}
    stories = 0
    with open(sys.argv[1]) as lines:
        for line in lines:
            story = json.loads(line)
            stories += 1
            for document in story["documents"]:
                predicted[document["id"]] = stories
    gold = {}
    with open(sys.argv[2]) as lines:
        for line in lines:
            ident, story = line.rstrip("\n").split("\t")
            gold[ident] = story
    ids = [i for i in gold if i in predicted]
    by_predicted = collections.defaultdict(list)
    by_gold = collections.defaultdict(list)
    for i in ids:
        by_predicted[predicted[i]].append(i)
        by_gold[gold[i]].append(i)
    pair_counts = collections.Counter((predicted[i], gold[i]) for i in ids)
    precision = sum(pair_counts[(predicted[i], gold[i])] / len(by_predicted[predicted[i]]) for i in ids) / len(ids)
    recall = sum(pair_counts[(predicted[i], gold[i])] / len(by_gold[gold[i]]) for i in ids) / len(ids)
    f1 = 2 * precision * recall / (precision + recall)
    print(f"bcubed precision={precision:.4f} recall={recall:.4f} f1={f1:.4f} documents={len(ids)} "
          f"predicted_stories={stories} gold_stories={len(by_gold)} missing={len(gold) - len(ids)}")


if __name__ == "__main__":
    main()
