#!/usr/bin/env bash
# test.sh — everything `npm test` runs, in order:
#   1. install what is missing (scripts/ensure-deps.sh --browser --test)
#   2. lint (npm run lint): ESLint, then TypeScript's checker over the JSDoc
#      types; first, as it takes seconds and needs no build
#   3. build it all (scripts/build.mjs): native, both wasm variants, dist/
#   4. the C and CLI suites with CTest, natively and again with
#      AddressSanitizer + UndefinedBehaviorSanitizer (build/native-sanitize)
#   5. the CLI under valgrind memcheck: representative runs must show no
#      memory error and no leak (build/native-valgrind: no -march=native, as
#      valgrind does not know every instruction that would use)
#   6. each libFuzzer target for 10 s (scripts/fuzz.sh), to catch regressions
#   7. node --test tests/node/ against the real wasm builds: SIMD and scalar,
#      then relaxed SIMD (Node 20 runs it only with --experimental-wasm-relaxed-simd)
#   8. browser suites in tests/browser/ (headless Debian Chromium), if any
# Stops at the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(node -p 'Math.max(1, Math.min(4, require("os").availableParallelism?.() ?? 2))')

step() { printf '\n== %s\n' "$*"; }

step "dependencies"
bash scripts/ensure-deps.sh --browser --test

step "lint (ESLint, TypeScript checker)"
npm run --silent lint

step "build"
node scripts/build.mjs

step "C suite (native)"
ctest --test-dir build/native --output-on-failure -j "$jobs"

step "C suite (ASan + UBSan)"
# Configured every time (quick), so -DDOWNHILL_WERROR=ON reaches an existing build directory too.
cmake -S . -B build/native-sanitize -DCMAKE_BUILD_TYPE=Debug -DDOWNHILL_SANITIZE=ON -DDOWNHILL_WERROR=ON >/dev/null
cmake --build build/native-sanitize -j "$jobs"
ctest --test-dir build/native-sanitize --output-on-failure -j "$jobs"

step "CLI under valgrind (memcheck)"
cmake -S . -B build/native-valgrind -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOWNHILL_NATIVE_ARCH=OFF -DDOWNHILL_WERROR=ON >/dev/null
cmake --build build/native-valgrind --target downhill -j "$jobs"
# memcheck EXPECTED_EXIT ARGS...: the run exits as expected (99 = a memory error or leak).
memcheck() {
  local want=$1 rc=0
  shift
  valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
    build/native-valgrind/downhill "$@" >/dev/null || rc=$?
  if [ "$rc" -ne "$want" ]; then
    echo "valgrind: downhill $* exited $rc, expected $want (99: memcheck found errors, above)" >&2
    return 1
  fi
  echo "clean: downhill $*"
}
memcheck 0 train --dataset spiral --count 200 --hidden 8,8 --optimizer adam --lr 0.01 --schedule plateau \
  --reg l2 --reg-rate 0.001 --dropout 0.1 --patience 20 --epochs 30 --every 10
memcheck 0 train --csv tests/cli/data/admissions.csv --features test,grades --label admitted --restarts 3 --epochs 20 --json
memcheck 0 perceptron --csv tests/cli/data/lesson_point.csv --init 3,4,-10 --steps 20
memcheck 1 train --csv tests/cli/data/bad.csv

step "fuzz targets (10 s each)"
bash scripts/fuzz.sh --seconds 10

step "node suites (wasm: SIMD, scalar)"
node --test tests/node/

step "node suites (wasm: relaxed SIMD)"
DOWNHILL_TEST_VARIANTS=relaxed node --experimental-wasm-relaxed-simd --test tests/node/

shopt -s nullglob
browser_tests=(tests/browser/*.test.js tests/browser/*.test.mjs)
if [ "${#browser_tests[@]}" -gt 0 ]; then
  step "browser suites"
  node --test "${browser_tests[@]}"
fi
