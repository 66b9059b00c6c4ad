#!/usr/bin/env bash
# test.sh — everything `npm test` runs, in order:
#   1. install what is missing (scripts/ensure-deps.sh --browser)
#   2. build it all (scripts/build.mjs): native, both wasm variants, dist/
#   3. the C and CLI suites with CTest, natively and again with
#      AddressSanitizer + UndefinedBehaviorSanitizer (build/native-sanitize)
#   4. node --test tests/node/ against the real wasm builds (both variants)
#   5. browser suites in tests/browser/ (headless Debian Chromium), if any
# Stops at the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(node -p 'Math.max(1, Math.min(4, require("os").availableParallelism?.() ?? 2))')

step() { printf '\n== %s\n' "$*"; }

step "dependencies"
bash scripts/ensure-deps.sh --browser

step "build"
node scripts/build.mjs

step "C suite (native)"
ctest --test-dir build/native --output-on-failure -j "$jobs"

step "C suite (ASan + UBSan)"
if [ ! -f build/native-sanitize/CMakeCache.txt ]; then
  cmake -S . -B build/native-sanitize -DCMAKE_BUILD_TYPE=Debug -DDOWNHILL_SANITIZE=ON
fi
cmake --build build/native-sanitize -j "$jobs"
ctest --test-dir build/native-sanitize --output-on-failure -j "$jobs"

step "node suites (wasm)"
node --test tests/node/

shopt -s nullglob
browser_tests=(tests/browser/*.test.js tests/browser/*.test.mjs)
if [ "${#browser_tests[@]}" -gt 0 ]; then
  step "browser suites"
  node --test "${browser_tests[@]}"
fi
