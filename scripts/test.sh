#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Journey Studio with AddressSanitizer and UndefinedBehaviorSanitizer (Debug, in
# build/asan) and runs every test with CTest. Missing Debian 12 packages are installed first
# (scripts/install-deps.sh, sudo when not root). Needs no display: Qt uses its offscreen
# platform. Arguments are passed on to ctest, e.g. scripts/test.sh -R core_ -V
# The exit code is ctest's.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$repo/build/asan"
jobs="$(nproc)"

bash "$repo/scripts/install-deps.sh"

generator=()
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  generator=(-G Ninja)
fi
# -O1 keeps sanitized tests fast while the stack traces stay readable.
cmake -S "$repo" -B "$build" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DJS_SANITIZE=ON \
  -DJS_BUILD_TESTS=ON
cmake --build "$build" -j"$jobs"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$repo/tests/lsan.supp:print_suppressions=0"

exec ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 900 "$@"
