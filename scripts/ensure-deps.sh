#!/usr/bin/env bash
# ensure-deps.sh — install what building and testing Downhill needs, if missing.
#
#   bash scripts/ensure-deps.sh            cmake, a C compiler, make, Emscripten, clang-19
#                                          (the relaxed-SIMD wasm build), npm packages
#   bash scripts/ensure-deps.sh --browser  the same plus Debian's chromium (browser tests)
#   bash scripts/ensure-deps.sh --test     the same plus clang with libFuzzer
#                                          (libclang-rt-14-dev) and valgrind
#                                          (scripts/test.sh, scripts/fuzz.sh)
#
# Idempotent, and quick when everything is present (it only looks). Debian
# packages come from apt-get (as root, or through sudo when available); npm
# packages from package-lock.json with `npm ci`. Nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
want_test=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    --test) want_test=1 ;;
    *) echo "ensure-deps.sh: unknown option $arg (use --browser, --test)" >&2; exit 2 ;;
  esac
done

missing=()
command -v cmake >/dev/null 2>&1 || missing+=(cmake)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
# Debian's Emscripten 3.1.6 runs only with its own acorn on NODE_PATH.
if ! command -v emcc >/dev/null 2>&1 || ! NODE_PATH=/usr/share/nodejs emcc --version >/dev/null 2>&1; then
  missing+=(emscripten)
fi
# The relaxed-SIMD wasm build's kernels: clang 14 (Emscripten's) emits relaxed
# SIMD's early opcodes, which no engine runs; 19 the standard ones (wasm/CMakeLists.txt).
command -v clang-19 >/dev/null 2>&1 || missing+=(clang-19)
if [ "$want_browser" = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  missing+=(chromium)
fi
if [ "$want_test" = 1 ]; then
  command -v clang >/dev/null 2>&1 || missing+=(clang)
  # libFuzzer's runtime (clang -fsanitize=fuzzer) is a separate package on Debian.
  if ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q 'ok installed'; then
    missing+=(libclang-rt-14-dev)
  fi
  command -v valgrind >/dev/null 2>&1 || missing+=(valgrind)
fi

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "Downhill needs these Debian packages: ${missing[*]}" >&2
    echo "Install them as root:  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "ensure-deps: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}"
fi

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Downhill needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

# npm packages: reinstall when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/chart.js ] \
   || [ ! -d node_modules/eslint ] || [ ! -d node_modules/typescript ] || [ ! -d node_modules/esbuild ] \
   || [ ! -d node_modules/binaryen ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund
  else
    npm install --no-audit --no-fund
  fi
fi
