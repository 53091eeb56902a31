#!/usr/bin/env python3
"""A stand-in for `crosscheck corpus -`, to check the Spark plumbing before the real command exists.

    python3 Scripts/spark/stand_in_corpus.py [--group-by FIELD]

Follows the same stream contract: article JSON lines on standard input, one JSON line per story on standard output.
Its "stories" are simply the articles sharing a --group-by field or, without it, a publication day (the key the
Spark job partitions by), written as {"story": KEY, "articles": [ids, sorted], "sources": [sorted]}. It checks
nothing; it only makes a wrong partitioning (a story split over two processes) visible as different output.
"""
import argparse
import json
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--group-by", dest="group_by")
    args = parser.parse_args()
    stories = {}
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            article = json.loads(line)
        except ValueError as error:
            print(f"stand-in corpus: -:{number}: {error}", file=sys.stderr)
            return 2
        if args.group_by:
            key = json.dumps(article.get(args.group_by), sort_keys=True)
        else:
            published = article.get("published") or ""
            key = published[:10] if len(published) >= 10 else "undated"
        story = stories.setdefault(key, {"story": key, "articles": [], "sources": set()})
        story["articles"].append(article.get("id"))
        if article.get("source"):
            story["sources"].add(article["source"])
    for key in sorted(stories):
        story = stories[key]
        print(json.dumps({"story": key, "articles": sorted(story["articles"]), "sources": sorted(story["sources"])},
                         sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
