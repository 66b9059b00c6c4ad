#!/usr/bin/env bash
# fuzz.sh — build the libFuzzer targets (tests/fuzz/fuzz_*.c) with clang and run
# each for a while, printing executions and findings.
#
#   bash scripts/fuzz.sh                      every target for 60 s
#   bash scripts/fuzz.sh --seconds 10         every target for 10 s (what scripts/test.sh runs)
#   bash scripts/fuzz.sh --target fuzz_csv    one target (repeatable)
#   npm run fuzz -- --seconds 600
#
# Build: build/fuzz (CMake -DDOWNHILL_FUZZ=ON, CC=clang) at -O1 and without
# -march=native: at -O2 with this CPU's vector paths, clang with ASan, UBSan and
# coverage spent about 10 minutes and 2.3 GB on core/nn_kernels.c alone, most of
# a bare machine's test time; the fuzzers look for wrong inputs, not for speed.
# Each target starts
# from its committed seeds in tests/fuzz/corpus/<target>/ (read only) and keeps
# what it learns in build/fuzz/corpus/<target>/, so later runs go on from there.
# A finding (crash, sanitizer report, failed invariant, timeout, out of memory)
# is saved in build/fuzz/artifacts/<target>/ and the script exits 1 after
# printing how to replay it. One core per target run, one run at a time.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    --seconds=*) seconds=${1#--seconds=}; shift ;;
    --target) targets+=("${2:?--target needs a name}"); shift 2 ;;
    --target=*) targets+=("${1#--target=}"); shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "fuzz.sh: unknown option $1 (use --seconds N, --target NAME)" >&2; exit 2 ;;
  esac
done
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
  echo "fuzz.sh: --seconds must be a whole number >= 1, got '$seconds'" >&2
  exit 2
fi
if [ "${#targets[@]}" -eq 0 ]; then
  for f in tests/fuzz/fuzz_*.c; do targets+=("$(basename "$f" .c)"); done
fi
for t in "${targets[@]}"; do
  if [ ! -f "tests/fuzz/$t.c" ]; then
    echo "fuzz.sh: no target $t (the targets are: $(cd tests/fuzz && ls fuzz_*.c | sed 's/\.c$//' | tr '\n' ' '))" >&2
    exit 2
  fi
done

if ! command -v clang >/dev/null 2>&1; then
  echo "fuzz.sh: needs clang and libFuzzer (bash scripts/ensure-deps.sh --test installs them)" >&2
  exit 1
fi
# Quiet unless the build fails (then its output says why).
mkdir -p build/fuzz/logs
if ! { [ -f build/fuzz/CMakeCache.txt ] ||
       CC=clang cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g" \
         -DDOWNHILL_NATIVE_ARCH=OFF -DDOWNHILL_FUZZ=ON -DDOWNHILL_WERROR=ON; } \
     >build/fuzz/logs/build.log 2>&1 ||
   ! cmake --build build/fuzz --target fuzz_targets -j 2 >>build/fuzz/logs/build.log 2>&1; then
  cat build/fuzz/logs/build.log >&2
  echo "fuzz.sh: building the fuzz targets failed (log above: build/fuzz/logs/build.log)" >&2
  exit 1
fi

total=0
found=0
for t in "${targets[@]}"; do
  work=build/fuzz/corpus/$t
  art=build/fuzz/artifacts/$t
  log=build/fuzz/logs/$t.log
  mkdir -p "$work" "$art" build/fuzz/logs
  before=$(find "$art" -type f | sort)
  set +e
  "build/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$art/" "$work" "tests/fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  execs=${execs:-0}
  fresh=$(comm -13 <(printf '%s\n' "$before") <(find "$art" -type f | sort) | sed '/^$/d')
  new=$(printf '%s' "$fresh" | grep -c . || true)
  if [ "$rc" -ne 0 ] && [ "$new" -eq 0 ]; then new=1; fi
  total=$((total + execs))
  found=$((found + new))
  printf '%-18s %12d executions in %ss, %d finding%s\n' "$t" "$execs" "$seconds" "$new" "$([ "$new" -eq 1 ] || echo s)"
  if [ "$new" -gt 0 ]; then
    grep -E 'fuzz check failed|ERROR:|runtime error:|SUMMARY:' "$log" | head -n 5 | sed 's/^/    /'
    for f in $fresh; do echo "    replay: build/fuzz/$t $f"; done
    echo "    log: $log"
  fi
done
printf '%-18s %12d executions, %d finding%s\n' "total" "$total" "$found" "$([ "$found" -eq 1 ] || echo s)"
[ "$found" -eq 0 ]
