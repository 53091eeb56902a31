#!/usr/bin/env python3
"""Runs `crosscheck corpus -` over a corpus with Spark: one process per partition, fed through RDD.pipe.

    spark-submit Scripts/spark/crosscheck_spark.py INPUT... --output DIR [--crosscheck PATH]
        [--group-by FIELD] [--partitions N] [--command "CMD ..."] [--corpus-arg ARG ...]

INPUT: article JSON Lines files, gzip-compressed or not (anything Spark's textFile reads: local paths, hdfs://,
s3a://; globs). Each line is a contract article object {"id", "source", "url", "title", "published", "text"}.

Partitioning: every article of one story must reach the same `crosscheck corpus` process, which groups the articles
it sees into stories. With --group-by FIELD the story key is that field of the article (and `corpus` is run with
`--group-by FIELD`, so both agree exactly); without it the key is the publication day (the first 10 characters of
`published`, or "undated"), and `corpus` groups each day's articles into stories itself: a story whose versions
straddle midnight UTC is then checked as two stories. Keys are spread over --partitions partitions by CRC-32
(deterministic across runs and executors, whatever PYTHONHASHSEED is), and sorted within each partition, so one
story's articles reach `corpus` together and in a stable order.

Each partition's lines are piped to the command (default `CROSSCHECK corpus -`, CROSSCHECK from --crosscheck, else
the `crosscheck` on PATH) with the driver's environment (so CROSSCHECK_* settings and PATH reach the executors) and
checkCode=True: a non-zero exit of any `corpus` process fails the job instead of silently dropping a partition.
Its output lines (one JSON object per story) are written to --output as Spark text part files.

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


def story_key(line, field):
    """The partitioning key of one article line: its --group-by field, else its publication day."""
    try:
        article = json.loads(line)
    except ValueError:
        # A malformed line still goes to some `corpus` process, which reports it (and fails the job).
        return "malformed"
    if not isinstance(article, dict):
        return "malformed"
    if field is not None:
        value = article.get(field)
        return "missing" if value is None else json.dumps(value, sort_keys=True)
    published = article.get("published")
    return published[:10] if isinstance(published, str) and len(published) >= 10 else "undated"


def partition_of(partitions):
    """A deterministic partition function: CRC-32 of the key, modulo the partition count."""
    return lambda key: zlib.crc32(key.encode("utf-8")) % partitions


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="article JSONL files (.gz allowed)")
    parser.add_argument("--output", required=True, help="output directory (must not exist)")
    parser.add_argument("--crosscheck", help="path of the crosscheck executable on every executor")
    parser.add_argument("--group-by", dest="group_by", help="article field naming the story")
    parser.add_argument("--partitions", type=int, default=0, help="partitions (default: Spark's parallelism)")
    parser.add_argument("--command", help="the whole command to pipe each partition through (overrides corpus)")
    parser.add_argument("--corpus-arg", dest="corpus_args", action="append", default=[],
                        help="an extra argument for crosscheck corpus (repeatable)")
    args = parser.parse_args(argv)

    from pyspark import SparkContext  # imported here so --help works without Spark

    if args.command:
        command = shlex.split(args.command)
    else:
        executable = args.crosscheck or shutil.which("crosscheck")
        if executable is None:
            parser.error("no crosscheck on PATH; pass --crosscheck PATH")
        command = [os.path.abspath(executable) if os.path.exists(executable) else executable, "corpus", "-"]
        if args.group_by:
            command += ["--group-by", args.group_by]
        command += args.corpus_args

    sc = SparkContext(appName="crosscheck-corpus")
    try:
        partitions = args.partitions or sc.defaultParallelism
        field = args.group_by
        lines = sc.textFile(",".join(args.inputs)).filter(lambda line: line.strip() != "")
        keyed = lines.map(lambda line: (story_key(line, field), line))
        grouped = keyed.repartitionAndSortWithinPartitions(
            numPartitions=partitions, partitionFunc=partition_of(partitions), keyfunc=lambda key: key)
        # RDD.pipe splits its command string with shlex, so shlex.join keeps paths with spaces whole.
        results = grouped.values().pipe(shlex.join(command), env=dict(os.environ), checkCode=True)
        results.saveAsTextFile(args.output)
    finally:
        sc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
