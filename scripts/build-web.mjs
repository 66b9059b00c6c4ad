#!/usr/bin/env node
// build-web.mjs — builds the page into dist/ with esbuild.
//
//   dist/index.html          the page; classic scripts only, so it works served
//                            and opened from disk (file://) alike, under a
//                            strict Content-Security-Policy <meta> tag (CSP below)
//   dist/embed.html          the same page in its embed layout, for iframes in
//                            course pages (<body data-layout="embed">; web/embed.js)
//   dist/app.js              web/main.js bundled into one classic script (IIFE),
//                            carrying the worker's bundle as a string to start
//                            from a Blob URL; that bundle has the three wasm
//                            builds inlined (esbuild's binary loader)
//   dist/digits.js           the Digits mode's 10,000 handwritten digits (about 2 MB:
//                            scripts/pack-digits.mjs), a classic script the page adds
//                            only when that mode opens; dist/esm's pages use it too
//   dist/styles.css, dist/vendor/chart.umd.js
//   dist/esm/                served use only, for development and debugging:
//                            web/boot.js and web/worker-entry.js as ES-module
//                            bundles with source maps; the module worker's
//                            engine fetches the .wasm from beside it
//
// Chromium refuses module scripts, fetch() and new Worker(url) on file:// pages,
// which is why the main page is one classic script that carries everything.
// The web code imports what it uses by its path in the tree (worker-entry.js
// imports ../wasm/downhill.js); esbuild resolves those paths. The two file://
// entries are written below rather than in web/ because they import the wasm
// builds, which exist only under build/ (or --wasm-dir).
//
// Why the binary loader rather than base64 strings decoded by hand: the import
// of each .wasm is then an edge esbuild sees and checks, the decoder is
// esbuild's, and the file is as large as with base64 (the loader stores base64).
//
// Usage: node scripts/build-web.mjs [--wasm-dir DIR]
// The wasm builds (downhill-{relaxed,simd,scalar}.{js,wasm}) are looked for in
// --wasm-dir, $DOWNHILL_WASM_DIR, then build/wasm-{relaxed,simd,scalar} where
// scripts/build.mjs puts them (which it runs if they are missing).

import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync, copyFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { packDigits } from './pack-digits.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const WEB = join(ROOT, 'web');
const VARIANTS = ['relaxed', 'simd', 'scalar'];

// ---- wasm artifacts -------------------------------------------------------------

function findWasm(explicit) {
  // Where scripts/build.mjs puts them: build/wasm-relaxed, build/wasm-simd, build/wasm-scalar.
  const dirs = [];
  if (explicit) dirs.push(resolve(explicit));
  if (process.env.DOWNHILL_WASM_DIR) dirs.push(resolve(process.env.DOWNHILL_WASM_DIR));
  const found = {};
  for (const v of VARIANTS) {
    for (const dir of [...dirs, join(ROOT, 'build', `wasm-${v}`)]) {
      const js = join(dir, `downhill-${v}.js`);
      const wasm = join(dir, `downhill-${v}.wasm`);
      if (existsSync(js) && existsSync(wasm)) { found[v] = { js, wasm }; break; }
    }
  }
  return found;
}

/** { relaxed: { js, wasm }, simd: ..., scalar: ... }: the wasm builds' files, built if missing. */
export function wasmBuilds(explicit) {
  let wasm = findWasm(explicit);
  if (!VARIANTS.every((v) => wasm[v])) {
    console.log('build-web: no wasm build found; running scripts/build.mjs --wasm');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--wasm'], { stdio: 'inherit' });
    wasm = findWasm(explicit);
  }
  for (const v of VARIANTS) {
    if (!wasm[v]) throw new Error(`build-web: no downhill-${v}.{js,wasm} found; run the wasm build first`);
  }
  return wasm;
}

// ---- bundles --------------------------------------------------------------------

// Every bundle: the syntax the sources are written in, so nothing is lowered.
// Naming a target also tells esbuild that Uint8Array.fromBase64 (ES2026) may be
// missing, so the binary loader ships its own decoder rather than calling it.
const COMMON = { bundle: true, write: false, target: 'es2022', logLevel: 'silent' };

/** esbuild.buildSync, with its warnings failing the build like its errors. */
function esbuildRun(options) {
  const result = esbuild.buildSync({ ...COMMON, ...options });
  if (result.warnings.length) {
    const text = esbuild.formatMessagesSync(result.warnings, { kind: 'warning', color: false }).join('\n');
    throw new Error(`build-web: esbuild warned:\n${text}`);
  }
  return result.outputFiles;
}

/** The training worker as one classic script, fetching nothing: the engine
 *  with every variant's Emscripten factory and .wasm file bundled in (the
 *  engine picks one; each .wasm adds ~85 KB of base64 to app.js). */
export function bundleWorker(wasm) {
  const imports = VARIANTS.map((v) => `import ${v} from ${JSON.stringify(wasm[v].js)};
import ${v}Wasm from ${JSON.stringify(wasm[v].wasm)};`).join('\n');
  const contents = `import { serveTrainer } from './worker.js';
import { loadDownhill } from '../wasm/downhill.js';
${imports}

serveTrainer(self, () => loadDownhill({
  variant: 'auto',
  factories: { ${VARIANTS.join(', ')} },
  wasmBinary: { ${VARIANTS.map((v) => `${v}: ${v}Wasm`).join(', ')} },
  // Without it the glue takes new URL('downhill-*.wasm', import.meta.url), which throws here.
  locateFile: (p) => p,
}));
`;
  const [out] = esbuildRun({
    stdin: { contents, resolveDir: WEB, sourcefile: 'worker (classic)' },
    format: 'iife',
    loader: { '.wasm': 'binary' },
    // An IIFE has no import.meta, so esbuild makes it {}. downhill.js reads its
    // url only to import factories it was not given, the glue only to locate a
    // .wasm it was not given; both are handed in above.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return out.text;
}

/** dist/app.js: the page as one classic script, starting the worker from a
 *  Blob URL of workerSource once the document is parsed. */
export function bundleApp(workerSource) {
  const contents = `import { start } from './main.js';

function createWorker() {
  const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  return new Worker(url, { name: 'downhill-trainer' });
}
function boot() {
  window.downhill = start({ createWorker, Chart: window.Chart });
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
`;
  const [out] = esbuildRun({
    stdin: { contents, resolveDir: WEB, sourcefile: 'app (classic)' },
    format: 'iife',
    define: { WORKER_SOURCE: JSON.stringify(workerSource) },
    banner: { js: '// Downhill, built by scripts/build-web.mjs (esbuild) from web/ and wasm/. Do not edit.' },
  });
  return out.text;
}

/** dist/esm's two entries. boot.js starts its worker from
 *  new URL('./worker-entry.js', import.meta.url), which esbuild leaves as
 *  written, so the two bundles sit side by side; the engine inside
 *  worker-entry.js imports its glue (which fetches the .wasm) from beside it. */
function writeEsmBundles(dir) {
  esbuildRun({
    entryPoints: [join(WEB, 'boot.js'), join(WEB, 'worker-entry.js')],
    format: 'esm',
    outdir: dir,
    sourcemap: 'linked',
    write: true,
  });
}

// ---- the pages ------------------------------------------------------------------

// The pages' Content-Security-Policy, as a <meta> tag (it travels with the files,
// so it also holds on file:// and on any static host). Scripts and styles come
// only from the page's own files: no inline code, no eval. 'wasm-unsafe-eval'
// lets the engine compile its WebAssembly; the training worker starts from a
// blob: URL (dist/) or a file of the site (dist/esm/); pictures of canvases may
// be data: or blob: URLs. frame-ancestors cannot be set from a <meta> tag (a
// server header can), and being embedded is what embed.html is for anyway.
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;

/** index.html and embed.html in dir, from web/index.html and the page's script
 *  tags; `digits` is where the digits pack lies, relative to the pages (the
 *  Digits mode reads it from a <meta> tag: web/lessons/digits/data.js). */
function writePages(dir, scripts, digits) {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8');
  const head = `${CSP_META}\n<meta name="downhill-digits" content="${digits}">`;
  const index = html.replace('<!--DOWNHILL:HEAD-->', head).replace('<!--DOWNHILL:SCRIPTS-->', scripts);
  if (!index.includes('<body>')) throw new Error('build-web: web/index.html has no plain <body> tag');
  writeFileSync(join(dir, 'index.html'), index);
  writeFileSync(join(dir, 'embed.html'), index.replace('<body>', '<body data-layout="embed">'));
}

/** The files both builds share: styles and Chart.js (a classic script of its own). */
function copyShared(dir, chartPath) {
  mkdirSync(join(dir, 'vendor'), { recursive: true });
  copyFileSync(join(WEB, 'styles.css'), join(dir, 'styles.css'));
  copyFileSync(chartPath, join(dir, 'vendor', 'chart.umd.js'));
}

// ---- the build ------------------------------------------------------------------

/** @param {{ wasmDir?: string }} [options] */
export function build({ wasmDir } = {}) {
  const wasm = wasmBuilds(wasmDir);
  const chartPath = join(ROOT, 'node_modules', 'chart.js', 'dist', 'chart.umd.js');
  if (!existsSync(chartPath)) throw new Error('build-web: node_modules/chart.js is missing; run npm install');
  rmSync(DIST, { recursive: true, force: true });

  mkdirSync(DIST, { recursive: true });
  const app = bundleApp(bundleWorker(wasm));
  writeFileSync(join(DIST, 'app.js'), app);
  writePages(DIST, '<script src="vendor/chart.umd.js"></script>\n<script src="app.js"></script>', 'digits.js');
  const digits = packDigits();
  writeFileSync(join(DIST, 'digits.js'), digits);
  copyShared(DIST, chartPath);

  // dist/esm also serves downhill.js and the wasm builds as files: the module
  // worker's engine imports the glue beside it, and tests load them directly.
  const esm = join(DIST, 'esm');
  writeEsmBundles(esm);
  copyFileSync(join(ROOT, 'wasm', 'downhill.js'), join(esm, 'downhill.js'));
  for (const v of VARIANTS) {
    copyFileSync(wasm[v].js, join(esm, `downhill-${v}.js`));
    copyFileSync(wasm[v].wasm, join(esm, `downhill-${v}.wasm`));
  }
  writePages(esm, '<script src="vendor/chart.umd.js"></script>\n<script type="module" src="boot.js"></script>', '../digits.js');
  copyShared(esm, chartPath);

  const kb = (n) => `${Math.round(n / 1024)} KiB`;
  console.log(`build-web: dist/ written (app.js ${kb(app.length)}, digits.js ${kb(digits.length)}; wasm from ${relative(ROOT, dirname(wasm.simd.wasm)) || '.'})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--wasm-dir');
  try {
    build({ wasmDir: i > 0 ? process.argv[i + 1] : undefined });
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
