#!/usr/bin/env python3
"""Runs `crosscheck corpus -` over a corpus with Spark: one process per partition, fed through RDD.pipe.

    spark-submit Scripts/spark/crosscheck_spark.py INPUT... --output DIR [--crosscheck PATH]
        [--group-by FIELD | --partition-by grouping-pass|day] [--partitions N]
        [--corpus-arg ARG ...] [--grouping-arg ARG ...] [--env NAME=VALUE ...]

INPUT: article JSON Lines files, gzip-compressed or not (anything Spark's textFile reads: local paths, hdfs://,
s3a://; globs). Each line is a contract article object {"id", "source", "url", "title", "published", "text"}; every
article needs a unique "id" (without one, `corpus` names it after its line in its partition's stream, which is not
the line in the input).

Partitioning: every article of one story must reach the same `crosscheck corpus` process, which groups the articles
it sees into stories, and in input order (a story is named after its first article). The story key:

  --group-by FIELD            the article's FIELD (and `corpus` runs with `--group-by FIELD`, so both agree
                              exactly). Every article should have the field.
  --partition-by grouping-pass (the default without --group-by) a first, cheap pass: all articles, in input order,
                              through ONE `crosscheck corpus - --mode group` process (grouping only: read, sketch,
                              group; no checks), whose story lines say which article belongs to which story; each
                              article then carries its story key in the field `crosscheck_spark_story` and the
                              second pass runs `corpus --group-by field:crosscheck_spark_story` on every partition.
                              The stories are exactly those of a direct run of `crosscheck corpus -` (same grouping
                              options: pass them with --grouping-arg); the serial first pass costs about a quarter
                              of a direct run's time per byte in `--mode group` on one core, against the checks
                              (about 90% of a direct run's CPU), which run in parallel.
  --partition-by day          the publication day (first 10 characters of `published`, else "undated"): no first
                              pass, but a story whose articles straddle midnight UTC is checked as two stories.

Keys are spread over --partitions partitions by CRC-32 (deterministic across runs and executors, whatever
PYTHONHASHSEED is) and sorted within each partition by (key, input position), so one story's articles reach `corpus`
together and in input order.

Each partition's lines are piped to `CROSSCHECK corpus - ...` (CROSSCHECK from --crosscheck, else the `crosscheck` on
PATH; on a cluster a path valid on every executor, e.g. `./crosscheck` shipped with `spark-submit --files`) with
checkCode=True: a non-zero exit of any `corpus` process (a malformed record: 2; --fail-on: 1) fails the job instead
of silently dropping a partition. The environment of the `corpus` processes is the executor's, plus the driver's
CROSSCHECK_* variables and every --env NAME=VALUE. Its output lines (one JSON object per story) are written to
--output as Spark text part files.

Contract this relies on (CONTRACT.md, `crosscheck corpus`): `crosscheck corpus -` reads article JSON lines on
standard input and writes one JSON line per story on standard output, nothing else on standard output.
"""
import argparse
import json
import os
import shlex
import shutil
import sys
import zlib

STORY_FIELD = "crosscheck_spark_story"


def parse(line):
    """The article object of a line, or None when the line is not a JSON object."""
    try:
        article = json.loads(line)
    except ValueError:
        return None
    return article if isinstance(article, dict) else None


def with_field(line, name, value):
    """The line with one field of its article set (a malformed line is returned as it is: `corpus` reports it)."""
    article = parse(line)
    if article is None:
        return line
    article[name] = value
    return json.dumps(article, ensure_ascii=False, separators=(",", ":"))


def field_key(line, field):
    """The --group-by partitioning key: the field's value as canonical JSON."""
    article = parse(line)
    if article is None:
        return "malformed"
    value = article.get(field)
    return "missing" if value is None else json.dumps(value, sort_keys=True)


def day_key(line):
    """The --partition-by day key: the publication day."""
    article = parse(line)
    if article is None:
        return "malformed"
    published = article.get("published")
    return published[:10] if isinstance(published, str) and len(published) >= 10 else "undated"


def memberships(story_line):
    """(input position, story key) for every article of one story line of the grouping pass."""
    story = json.loads(story_line)
    key = story["story"]
    return [(int(document["id"]), key) for document in story["documents"]]


def partition_of(partitions):
    """A deterministic partition function of (story key, position) keys: CRC-32 of the story key."""
    return lambda key: zlib.crc32(str(key[0]).encode("utf-8")) % partitions


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="article JSONL files (.gz allowed)")
    parser.add_argument("--output", required=True, help="output directory (must not exist)")
    parser.add_argument("--crosscheck", help="path of the crosscheck executable on every executor")
    parser.add_argument("--group-by", dest="group_by", help="article field naming the story")
    parser.add_argument("--partition-by", dest="partition_by", choices=["grouping-pass", "day"],
                        default="grouping-pass", help="story key without --group-by (default: grouping-pass)")
    parser.add_argument("--partitions", type=int, default=0, help="partitions (default: Spark's parallelism)")
    parser.add_argument("--corpus-arg", dest="corpus_args", action="append", default=[],
                        help="an extra argument for crosscheck corpus (repeatable)")
    parser.add_argument("--grouping-arg", dest="grouping_args", action="append", default=[],
                        help="an extra argument for the grouping pass, e.g. --window=1d (repeatable)")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="an environment variable for the corpus processes (repeatable)")
    args = parser.parse_args(argv)

    from pyspark import SparkContext  # imported here so --help works without Spark

    executable = args.crosscheck or shutil.which("crosscheck")
    if executable is None:
        parser.error("no crosscheck on PATH; pass --crosscheck PATH")
    if os.path.exists(executable):
        executable = os.path.abspath(executable)
    env = {name: value for name, value in os.environ.items() if name.startswith("CROSSCHECK_")}
    for item in args.env:
        name, separator, value = item.partition("=")
        if not separator or not name:
            parser.error(f"--env '{item}' is not NAME=VALUE")
        env[name] = value

    def pipe(rdd, command):
        # RDD.pipe splits its command string with shlex, so shlex.join keeps paths with spaces whole.
        return rdd.pipe(shlex.join(command), env=env, checkCode=True)

    sc = SparkContext(appName="crosscheck-corpus")
    try:
        partitions = args.partitions or sc.defaultParallelism
        lines = sc.textFile(",".join(args.inputs)).filter(lambda line: line.strip() != "")
        # (position in the input, line): textFile's partitions follow the input files and their byte order.
        indexed = lines.zipWithIndex().map(lambda pair: (pair[1], pair[0]))
        corpus = [executable, "corpus", "-"]
        if args.group_by:
            field = args.group_by
            keyed = indexed.map(lambda pair: ((field_key(pair[1], field), pair[0]), pair[1]))
            # `field:NAME` always means the field, even for a field called "story" (bare `story` is content grouping).
            corpus += ["--group-by", "field:" + field]
        elif args.partition_by == "day":
            keyed = indexed.map(lambda pair: ((day_key(pair[1]), pair[0]), pair[1]))
        else:
            # The grouping pass: one process sees every article in input order, named by its position.
            named = indexed.map(lambda pair: with_field(pair[1], "id", str(pair[0]))).coalesce(1)
            grouping = pipe(named, corpus + ["--mode", "group"] + args.grouping_args)
            members = grouping.flatMap(memberships)
            keyed = indexed.join(members, numPartitions=partitions).map(
                lambda pair: ((int(pair[1][1]), pair[0]), with_field(pair[1][0], STORY_FIELD, pair[1][1])))
            corpus += ["--group-by", "field:" + STORY_FIELD]
        grouped = keyed.repartitionAndSortWithinPartitions(
            numPartitions=partitions, partitionFunc=partition_of(partitions), keyfunc=lambda key: key)
        results = pipe(grouped.values(), corpus + args.corpus_args)
        results.saveAsTextFile(args.output)
    finally:
        sc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
