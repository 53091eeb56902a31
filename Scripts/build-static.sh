#!/usr/bin/env bash
# The shipped Linux build of `crosscheck`: release, with the Swift runtime (and Foundation) linked statically. Prints
# the binary's path on standard output.
#
#   Scripts/build-static.sh                 # .build-static/release/crosscheck
#   NO_PIE=1 Scripts/build-static.sh        # the same, not position-independent (faster start, no ASLR for it)
#   install -m 755 "$(Scripts/build-static.sh)" ~/.local/bin/crosscheck
#
# The binary needs only libc, libm, libz and libgcc_s at run time (no Swift toolchain), so it can be copied to other
# machines with the same or a newer glibc (e.g. Spark executors).
#
# NO_PIE=1 links it without position independence (`-Xlinker -no-pie`): loaded at its link address, the executable
# needs none of the 91 thousand relative relocations a position-independent one gets at each start, and their pages
# are not copied: about 0.6-0.8 ms and 270 page faults less for every command, 1.2 M fewer instructions
# (docs/diff.md, round "lean start-up"). The price is that the executable's code and data, which include the
# statically linked Swift runtime, Foundation, ICU and SQLite, sit at a fixed address (ASLR still places the C
# libraries, libxml2, heap and stacks) in a program that reads untrusted HTML, WARC and JSON; so it is for trusted
# batch use and benchmarks, not the default. It is not in Package.swift either: with the shared Swift runtime of a
# plain `swift build`, a non-PIE executable makes the dynamic loader warn about libswiftCore's protected functions
# on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
flags=(-c release --static-swift-stdlib --build-path .build-static)
if [ "${NO_PIE:-0}" = 1 ] && [ "$(uname -s)" = Linux ]; then flags+=(-Xlinker -no-pie); fi
swift build "${flags[@]}" --product crosscheck "$@" >&2
echo "$(swift build "${flags[@]}" --show-bin-path)/crosscheck"
