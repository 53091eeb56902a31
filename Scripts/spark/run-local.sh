#!/usr/bin/env bash
# Runs the Spark corpus job (Scripts/spark/crosscheck_spark.py) in local mode on a small fixture corpus and compares
# its story lines with those of `crosscheck corpus -` run directly on the same articles.
#
#   Scripts/spark/run-local.sh               # the real thing: needs `crosscheck corpus` (issue #9)
#   Scripts/spark/run-local.sh --stand-in    # the Spark plumbing only, with Scripts/spark/stand_in_corpus.py
#   PARTITIONS=4 SPARK_MASTER='local[2]' Scripts/spark/run-local.sh
#
# Creates a virtual environment in .bench/venv-spark with pyspark pinned (pip; Java 17 must be on PATH), builds
# crosscheck in release, and writes everything under .bench/spark-run/ (git-ignored): the input corpus (the bundled
# four-version story Fixtures/stories.jsonl.gz, plus a small generated corpus of unrelated articles over many days),
# direct.jsonl (corpus run directly) and spark-out/ (Spark's part files). Exits 0 when both runs give the same story
# lines, 1 when they differ. Extra arguments after the options are passed to crosscheck corpus (--corpus-arg).
set -euo pipefail
cd "$(dirname "$0")/../.."

pyspark_version=3.5.9
stand_in=0
corpus_args=()
for argument in "$@"; do
  case "$argument" in
    --stand-in) stand_in=1 ;;
    *) corpus_args+=("$argument") ;;
  esac
done

command -v java >/dev/null || { echo "java is not on PATH (Spark needs Java 17)" >&2; exit 2; }
venv=.bench/venv-spark
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
if ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$pyspark_version')" 2>/dev/null; then
  "$venv/bin/pip" install -q "pyspark==$pyspark_version"
fi

work=.bench/spark-run
rm -rf "$work"
mkdir -p "$work/input"
cp Fixtures/stories.jsonl.gz "$work/input/stories.jsonl.gz"
python3 Scripts/make-bench-corpus.py "$work/input/generated.jsonl.gz" --min-compressed-mb 0.1 --pool 2000 --seed 5 >&2

if [ "$stand_in" -eq 1 ]; then
  command=(python3 "$PWD/Scripts/spark/stand_in_corpus.py")
  job_command=(--command "${command[*]}")
else
  swift build -c release --product crosscheck >&2
  crosscheck="$(swift build -c release --show-bin-path)/crosscheck"
  if ! "$crosscheck" --help | grep -qE "^ +corpus( |$)"; then
    echo "this crosscheck has no corpus command yet (issue #9); try --stand-in to check the Spark plumbing" >&2
    exit 2
  fi
  command=("$crosscheck" corpus - "${corpus_args[@]}")
  job_command=(--crosscheck "$crosscheck")
  for extra in "${corpus_args[@]}"; do job_command+=(--corpus-arg "$extra"); done
fi

# The direct run: every article through one process.
gzip -dc "$work"/input/*.jsonl.gz | "${command[@]}" >"$work/direct.jsonl"

# The Spark run: local mode, several partitions, one process per partition.
PYSPARK_PYTHON="$PWD/$venv/bin/python" "$venv/bin/spark-submit" --master "${SPARK_MASTER:-local[2]}" \
  --conf spark.ui.enabled=false --conf spark.log.level=WARN \
  Scripts/spark/crosscheck_spark.py "$work"/input/*.jsonl.gz --output "$work/spark-out" \
  --partitions "${PARTITIONS:-4}" "${job_command[@]}" 2> >(grep -v -e '^\s*$' -e ' INFO ' -e WARN -e 'Setting default log level' >&2)

python3 Scripts/spark/compare.py "$work/direct.jsonl" "$work/spark-out"
