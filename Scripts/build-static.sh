#!/usr/bin/env bash
# The shipped Linux build of `crosscheck`: release, the Swift runtime (and Foundation) linked statically, and an
# executable that is not position-independent. Prints the binary's path on standard output.
#
#   Scripts/build-static.sh                 # .build-static/release/crosscheck
#   install -m 755 "$(Scripts/build-static.sh)" ~/.local/bin/crosscheck
#
# The binary needs only libc, libm, libz and libgcc_s at run time (no Swift toolchain), so it can be copied to other
# machines with the same or a newer glibc (e.g. Spark executors). Not position-independent (`-Xlinker -no-pie`): the
# executable is loaded at its link address, so the dynamic loader applies none of the 91 thousand relative
# relocations a position-independent one needs at each start, and their pages are not copied: about 0.6-0.8 ms and
# 270 page faults less for every command (docs/diff.md, round "lean start-up"). The price: the executable's own code
# and data are not placed at a random address (ASLR still places the C libraries, heap, stack and thread stacks).
# Not set in Package.swift because a plain `swift build` links the shared Swift runtime, and then a non-PIE
# executable makes the dynamic loader warn about libswiftCore's protected functions on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
flags=(-c release --static-swift-stdlib --build-path .build-static)
[ "$(uname -s)" = Linux ] && flags+=(-Xlinker -no-pie)
swift build "${flags[@]}" --product crosscheck "$@" >&2
echo "$(swift build "${flags[@]}" --show-bin-path)/crosscheck"
