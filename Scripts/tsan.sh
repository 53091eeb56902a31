#!/usr/bin/env bash
# Runs the concurrent tests under ThreadSanitizer: parallel document analysis, quote and claim extraction, HTML
# extraction (libxml2) and checks through a task group (Tests/CrosscheckTests/ConcurrencyTests.swift).
#
#   Scripts/tsan.sh                 # the concurrent suites
#   Scripts/tsan.sh SUITE...        # other suites, by name
#
# Builds into .build-tsan (a full debug build with -sanitize=thread; several minutes the first time) so the normal
# build stays untouched. Exit status: swift test's (non-zero when a test fails or TSan reports a race).
set -euo pipefail
cd "$(dirname "$0")/.."

suites=("$@")
[[ ${#suites[@]} -eq 0 ]] && suites=(ConcurrencyTests)
filter=$(IFS='|'; echo "${suites[*]}")
# Stop at the first report and fail the run; Swift's backtracer and TSan both want the crash signals.
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1 second_deadlock_stack=1}"
export SWIFT_BACKTRACE=enable=no
swift test --sanitize=thread --scratch-path .build-tsan --filter "$filter"
