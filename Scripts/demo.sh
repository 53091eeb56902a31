#!/usr/bin/env bash
# The main job on the bundled fixtures, for a newcomer on a fresh Debian/Ubuntu machine with the Swift toolchain:
# installs the missing system packages, builds Crosscheck in release mode, and writes reports about the bundled
# Guterres story (Fixtures/) into Reports/.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/install-deps.sh
swift build -c release --product crosscheck
bin=.build/release/crosscheck
mkdir -p Reports

# 1. The articles as Crosscheck reads them (plain text, JSON lines, gzip) and how it segments them.
"$bin" extract Fixtures/guterres-moscow.txt Fixtures/guterres-moscow-edited.txt Fixtures/guterres-moscow-outlet-b.txt \
  -o Reports/guterres-articles.jsonl
"$bin" segment Fixtures/guterres-moscow.txt -o Reports/guterres-moscow.segments.json
"$bin" segment Fixtures/guterres-moscow.txt --format text -o Reports/guterres-moscow.segments.txt

# 2. Quotes with their speakers, and the checkable claims, of the seed and of another outlet's version.
for story in guterres-moscow guterres-moscow-outlet-b; do
  "$bin" quotes "Fixtures/$story.txt" --format text -o "Reports/$story.quotes.txt"
  "$bin" claims "Fixtures/$story.txt" --format jsonl -o "Reports/$story.claims.jsonl"
done

# 3. The review reports: what disagrees between versions and outlets, with evidence, side by side.
"$bin" report Fixtures/guterres-moscow.txt Fixtures/guterres-moscow-edited.txt -o Reports/guterres-edited.html
"$bin" report Fixtures/guterres-moscow.txt Fixtures/guterres-moscow-edited.txt -o Reports/guterres-edited.md
"$bin" report Fixtures/guterres-moscow.txt Fixtures/guterres-moscow-edited.txt -o Reports/guterres-edited.json
"$bin" report Fixtures/guterres-moscow.txt Fixtures/guterres-moscow-typographic.txt Fixtures/guterres-moscow-edited.txt \
  Fixtures/guterres-moscow-outlet-b.txt -o Reports/guterres-outlets.html
"$bin" check Fixtures/guterres-moscow.txt Fixtures/guterres-moscow-outlet-b.txt --format text \
  -o Reports/guterres-outlet-b.check.txt

# 4. What changed between the seed and its later version (word diff with moves), and how the four versions align.
"$bin" diff Fixtures/guterres-moscow.txt Fixtures/guterres-moscow-edited.txt -o Reports/guterres-edited.diff.html
"$bin" diff Fixtures/guterres-moscow.txt Fixtures/guterres-moscow-edited.txt -o Reports/guterres-edited.diff.md
"$bin" align Fixtures/guterres-moscow.txt Fixtures/guterres-moscow-edited.txt Fixtures/guterres-moscow-outlet-b.txt \
  Fixtures/guterres-moscow-typographic.txt -o Reports/guterres-alignment.html
# 5. The quote ledger: the four versions' quotes in a database (a temporary one), and the quotes that disagree.
ledger=$(mktemp -d)
"$bin" ledger add Fixtures/stories.jsonl.gz --db "$ledger/ledger.sqlite" --format text >&2
"$bin" ledger conflicts --db "$ledger/ledger.sqlite" --format text -o Reports/guterres-ledger.conflicts.txt
"$bin" ledger conflicts --db "$ledger/ledger.sqlite" --format json -o Reports/guterres-ledger.conflicts.json
rm -rf "$ledger"
echo "reports written to Reports/ (open Reports/guterres-edited.html and Reports/guterres-outlets.html in a browser):" >&2
ls Reports >&2
