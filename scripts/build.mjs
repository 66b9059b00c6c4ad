#!/usr/bin/env node
// build.mjs — build everything: the native CLI, tests and benchmark
// (build/native), the three WebAssembly variants (build/wasm-relaxed,
// build/wasm-simd, build/wasm-scalar), then the page in dist/
// (scripts/build-web.mjs; without it, just the files the page needs:
// downhill.js and the wasm builds).
//
//   node scripts/build.mjs              all of it
//   node scripts/build.mjs --wasm       only the wasm variants
//   node scripts/build.mjs --native     only the native build
//   node scripts/build.mjs --no-web     skip dist/
//
// Every build directory is under build/ (gitignored); nothing is downloaded.
// Debian's Emscripten needs NODE_PATH=/usr/share/nodejs, set here for it. The
// relaxed variant also needs clang-19 and node_modules/binaryen
// (wasm/CMakeLists.txt says why; scripts/ensure-deps.sh installs both).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VARIANTS = ['relaxed', 'simd', 'scalar'];
// The size each .wasm should stay within (ARCHITECTURE.md).
const WASM_BUDGET = 64 * 1024;

const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!['--wasm', '--native', '--no-web'].includes(a)) {
    console.error(`build.mjs: unknown option ${a} (use --wasm, --native, --no-web)`);
    process.exit(2);
  }
}
const only = args.has('--wasm') || args.has('--native');
const doNative = !only || args.has('--native');
const doWasm = !only || args.has('--wasm');
const doWeb = !only && !args.has('--no-web');

// npm scripts put node_modules/.bin first on the PATH, and there is the npm
// package binaryen's wasm-opt (132), which the relaxed build runs through its
// own launcher (wasm/CMakeLists.txt). Left on the PATH, Debian's emcc 3.1.6
// would run it for the SIMD and scalar builds too, and cannot read its rename
// output: their JS glue would keep the long import names and fail to link the
// module ("function import requires a callable"). So the builds get the PATH
// without it, as when build.mjs runs outside npm.
const PATH = (process.env.PATH || '').split(':').filter((p) => !/node_modules[\\/]\.bin$/.test(p)).join(':');
const env = { ...process.env, PATH, NODE_PATH: '/usr/share/nodejs' };
const jobs = String(Math.max(1, Math.min(4, (await import('node:os')).availableParallelism?.() ?? 2)));

function run(cmd, argv) {
  console.log(`$ ${cmd} ${argv.join(' ')}`);
  execFileSync(cmd, argv, { cwd: ROOT, stdio: 'inherit', env });
}

function cmakeBuild(dir, configure = [], wrapper = null) {
  const abs = join(ROOT, dir);
  // Configure once; later builds let CMake re-run itself when inputs change.
  if (!existsSync(join(abs, 'CMakeCache.txt'))) {
    const argv = ['-S', '.', '-B', dir, ...configure];
    if (wrapper) run(wrapper, ['cmake', ...argv]);
    else run('cmake', argv);
  }
  run('cmake', ['--build', dir, '-j', jobs]);
}

try {
  if (doNative) cmakeBuild('build/native', ['-DCMAKE_BUILD_TYPE=Release']);

  if (doWasm) {
    for (const v of VARIANTS) {
      cmakeBuild(`build/wasm-${v}`, [`-DDOWNHILL_WASM_VARIANTS=${v}`], 'emcmake');
    }
    const sizes = VARIANTS.map((v) => {
      const file = join(ROOT, `build/wasm-${v}/downhill-${v}.wasm`);
      return { v, file, bytes: statSync(file).size };
    });
    for (const { v, file, bytes } of sizes) {
      const note = bytes > WASM_BUDGET ? `  (over the ${WASM_BUDGET / 1024} KiB budget)` : '';
      console.log(`wasm ${v}: ${relative(ROOT, file)} ${bytes} bytes${note}`);
    }
  }

  if (doWeb) {
    const web = join(ROOT, 'scripts', 'build-web.mjs');
    if (existsSync(web)) {
      run(process.execPath, [web]);
    } else {
      const dist = join(ROOT, 'dist');
      mkdirSync(dist, { recursive: true });
      copyFileSync(join(ROOT, 'wasm', 'downhill.js'), join(dist, 'downhill.js'));
      for (const v of VARIANTS) {
        for (const ext of ['js', 'wasm']) {
          copyFileSync(join(ROOT, `build/wasm-${v}/downhill-${v}.${ext}`), join(dist, `downhill-${v}.${ext}`));
        }
      }
      console.log('dist/: downhill.js and both wasm builds (no scripts/build-web.mjs yet)');
    }
  }
} catch (e) {
  console.error(`build failed: ${e.message}`);
  process.exit(1);
}
