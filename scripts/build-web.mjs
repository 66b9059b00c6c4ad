#!/usr/bin/env node
// build-web.mjs — builds the page into dist/.
//
//   dist/index.html          the page; classic scripts only, so it works served
//                            and opened from disk (file://) alike, under a
//                            strict Content-Security-Policy <meta> tag (CSP below)
//   dist/embed.html          the same page in its embed layout, for iframes in
//                            course pages (<body data-layout="embed">; web/embed.js)
//   dist/app.js              the page's modules bundled into one classic script,
//                            carrying the worker's source (with both wasm
//                            builds inlined as base64) to start from a Blob URL
//   dist/styles.css, dist/vendor/chart.umd.js
//   dist/esm/                the same page as plain ES modules + a module worker
//                            that fetches the .wasm (served use only; for
//                            development and debugging)
//
// Chromium refuses module scripts, fetch() and new Worker(url) on file:// pages,
// which is why the main page is a bundle. The bundler below is deliberately
// small: it understands exactly the import/export forms this project writes
// (named imports, `import * as`, default imports, `export function|const|let|
// class`, `export { a, b as c }`, `export default expr`) and fails loudly on
// anything else, rather than guessing.
//
// Usage: node scripts/build-web.mjs [--wasm-dir DIR]
// The wasm builds (downhill-{simd,scalar}.{js,wasm}) are looked for in
// --wasm-dir, $DOWNHILL_WASM_DIR, then build/wasm-{simd,scalar} where
// scripts/build.mjs puts them (which it runs if they are missing).

import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync, copyFileSync, cpSync } from 'node:fs';
import { dirname, join, relative, resolve, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import vm from 'node:vm';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const VARIANTS = ['simd', 'scalar'];

// ---- the module transformer ---------------------------------------------------

/** Rewrite one ES module into a function body for the bundle's loader.
 *  id: the module's path relative to ROOT (posix). Returns { code, deps }. */
export function transformModule(source, id) {
  const deps = [];
  const exportsList = [];   // [exportedName, localExpression]
  const dir = posix.dirname(id);
  const dep = (spec) => {
    if (!spec.startsWith('./') && !spec.startsWith('../')) {
      throw new Error(`${id}: only relative imports can be bundled, got '${spec}'`);
    }
    const target = posix.normalize(posix.join(dir, spec));
    deps.push(target);
    return JSON.stringify(target);
  };
  let code = source;

  // import { a, b as c } from './x.js';
  code = code.replace(/^[ \t]*import\s*\{([^}]*)\}\s*from\s*(['"])([^'"]+)\2\s*;?/gm, (_m, names, _q, spec) => {
    const parts = names.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
      const m = /^(\w+|\$\w*)(?:\s+as\s+(\w+))?$/.exec(s);
      if (!m) throw new Error(`${id}: cannot read import name '${s}'`);
      return m[2] ? `${m[1]}: ${m[2]}` : m[1];
    });
    return `const { ${parts.join(', ')} } = __require(${dep(spec)});`;
  });
  // import * as ns from './x.js';
  code = code.replace(/^[ \t]*import\s*\*\s*as\s+(\w+)\s+from\s*(['"])([^'"]+)\2\s*;?/gm,
    (_m, ns, _q, spec) => `const ${ns} = __require(${dep(spec)});`);
  // import name from './x.js';
  code = code.replace(/^[ \t]*import\s+(\w+)\s+from\s*(['"])([^'"]+)\2\s*;?/gm,
    (_m, name, _q, spec) => `const ${name} = __require(${dep(spec)}).default;`);
  // export function f / export async function f / export function* f
  code = code.replace(/^([ \t]*)export\s+((?:async\s+)?function\s*\*?\s*)(\w+)/gm, (_m, ws, kw, name) => {
    exportsList.push([name, name]);
    return `${ws}${kw}${name}`;
  });
  // export const|let|var|class name
  code = code.replace(/^([ \t]*)export\s+(const|let|var|class)\s+([\w$]+)/gm, (_m, ws, kw, name) => {
    exportsList.push([name, name]);
    return `${ws}${kw} ${name}`;
  });
  // export { a, b as c };
  code = code.replace(/^[ \t]*export\s*\{([^}]*)\}\s*;?/gm, (_m, names) => {
    for (const s of names.split(',').map((t) => t.trim()).filter(Boolean)) {
      const m = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(s);
      if (!m) throw new Error(`${id}: cannot read export name '${s}'`);
      exportsList.push([m[2] || m[1], m[1]]);
    }
    return '';
  });
  // export default expr;
  code = code.replace(/^[ \t]*export\s+default\s+/gm, () => {
    exportsList.push(['default', '__default']);
    return 'const __default = ';
  });
  code = code.replace(/\bimport\.meta\.url\b/g, '__moduleUrl');

  const leftovers = [
    [/^[ \t]*export\b/m, 'an export form this bundler does not know'],
    [/^[ \t]*import\s*[\w{*'"]/m, 'an import form this bundler does not know'],
    [/\bimport\.meta\b/, 'import.meta other than import.meta.url'],
  ];
  for (const [re, what] of leftovers) {
    const m = re.exec(code);
    if (m) {
      const line = code.slice(0, m.index).split('\n').length;
      throw new Error(`${id}:${line}: ${what}`);
    }
  }
  const ret = exportsList.map(([name, local]) => `${JSON.stringify(name)}: ${local}`).join(', ');
  const body = `"use strict";\nconst __moduleUrl = ${JSON.stringify(`file:///downhill-bundle/${id}`)};\n${code}\n;return { ${ret} };`;
  return { code: body, deps };
}

// The loader every bundle starts with: define(id, fn), require(id).
const PRELUDE = `var __downhill = (function () {
  var defs = Object.create(null);
  var cache = Object.create(null);
  function require(id) {
    if (!(id in cache)) {
      if (!defs[id]) throw new Error('bundle: no module ' + id);
      cache[id] = null;
      cache[id] = defs[id](require);
    }
    if (cache[id] === null) throw new Error('bundle: import cycle through ' + id);
    return cache[id];
  }
  return { define: function (id, fn) { defs[id] = fn; }, require: require };
})();
`;

/** Bundle the module graph from `entries` (ids relative to ROOT). `sources`
 *  maps an id to its text when it does not live at ROOT/id. */
export function bundle(entries, sources = {}) {
  const order = [];
  const seen = new Set();
  const visit = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    const text = sources[id] ?? readFileSync(join(ROOT, id), 'utf8');
    const { code, deps } = transformModule(text, id);
    for (const d of deps) visit(d);
    order.push(`__downhill.define(${JSON.stringify(id)}, function (__require) {\n${code}\n});\n`);
  };
  for (const e of entries) visit(e);
  return PRELUDE + order.join('');
}

// ---- wasm artifacts -------------------------------------------------------------

function findWasm(explicit) {
  // Where scripts/build.mjs puts them: build/wasm-simd, build/wasm-scalar.
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

function buildWasm() {
  console.log('build-web: no wasm build found; running scripts/build.mjs --wasm');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--wasm'], { stdio: 'inherit' });
}

// ---- the build ------------------------------------------------------------------

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

/** index.html and embed.html from web/index.html and the page's script tags. */
function pages(html, scripts) {
  const index = html.replace('<!--DOWNHILL:HEAD-->', CSP_META).replace('<!--DOWNHILL:SCRIPTS-->', scripts);
  if (!index.includes('<body>')) throw new Error('build-web: web/index.html has no plain <body> tag');
  return { 'index.html': index, 'embed.html': index.replace('<body>', '<body data-layout="embed">') };
}

function scriptSafe(js) {
  // Inside an inline or external classic script nothing needs escaping, but the
  // worker source travels as a string literal: keep it free of "</script".
  return JSON.stringify(js).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function syntaxCheck(code, name) {
  try {
    new vm.Script(code, { filename: name });
  } catch (e) {
    throw new Error(`build-web: ${name} is not a valid classic script: ${e.message}`);
  }
}

export function build({ wasmDir } = {}) {
  let wasm = findWasm(wasmDir);
  if (!VARIANTS.every((v) => wasm[v])) {
    buildWasm();
    wasm = findWasm(wasmDir);
  }
  for (const v of VARIANTS) {
    if (!wasm[v]) throw new Error(`build-web: no downhill-${v}.{js,wasm} found; run the wasm build first`);
  }
  const chartPath = join(ROOT, 'node_modules', 'chart.js', 'dist', 'chart.umd.js');
  if (!existsSync(chartPath)) throw new Error('build-web: node_modules/chart.js is missing; run npm install');

  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(join(DIST, 'vendor'), { recursive: true });

  // The worker: loader, modules, both wasm builds as base64, and its start.
  const glue = {};
  for (const v of VARIANTS) glue[`wasm/downhill-${v}.js`] = readFileSync(wasm[v].js, 'utf8');
  const workerModules = bundle(['web/worker.js', 'wasm/downhill.js', ...Object.keys(glue)], glue);
  const b64 = {};
  for (const v of VARIANTS) b64[v] = readFileSync(wasm[v].wasm).toString('base64');
  const workerSource = `${workerModules}
(function () {
  function bytes(b64) {
    var s = atob(b64), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  var wasm = ${JSON.stringify(b64)};
  var dh = __downhill.require('wasm/downhill.js');
  __downhill.require('web/worker.js').serveTrainer(self, function () {
    return dh.loadDownhill({
      variant: 'auto',
      factories: { simd: __downhill.require('wasm/downhill-simd.js').default, scalar: __downhill.require('wasm/downhill-scalar.js').default },
      wasmBinary: { simd: bytes(wasm.simd), scalar: bytes(wasm.scalar) },
      locateFile: function (p) { return p; },
    });
  });
})();
`;
  syntaxCheck(workerSource, 'worker bundle');

  // The page: loader, modules, and a start that makes the worker from a Blob.
  const pageModules = bundle(['web/main.js']);
  const app = `// Downhill — built by scripts/build-web.mjs from web/ and wasm/. Do not edit.
(function () {
${pageModules}
var WORKER_SOURCE = ${scriptSafe(workerSource)};
function createWorker() {
  var url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  return new Worker(url, { name: 'downhill-trainer' });
}
function boot() {
  window.downhill = __downhill.require('web/main.js').start({ createWorker: createWorker, Chart: window.Chart });
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
})();
`;
  syntaxCheck(app, 'app.js');
  writeFileSync(join(DIST, 'app.js'), app);

  const html = readFileSync(join(ROOT, 'web', 'index.html'), 'utf8');
  for (const [name, text] of Object.entries(pages(html, '<script src="vendor/chart.umd.js"></script>\n<script src="app.js"></script>'))) {
    writeFileSync(join(DIST, name), text);
  }
  copyFileSync(join(ROOT, 'web', 'styles.css'), join(DIST, 'styles.css'));
  copyFileSync(chartPath, join(DIST, 'vendor', 'chart.umd.js'));

  // dist/esm: the unbundled modules, for served development use.
  const esm = join(DIST, 'esm');
  mkdirSync(join(esm, 'vendor'), { recursive: true });
  cpSync(join(ROOT, 'web'), esm, {
    recursive: true,
    filter: (f) => !/\.[^/]+$/.test(f) || f.endsWith('.js') || f.endsWith('.css'),
  });
  copyFileSync(join(ROOT, 'wasm', 'downhill.js'), join(esm, 'downhill.js'));
  for (const v of VARIANTS) {
    copyFileSync(wasm[v].js, join(esm, `downhill-${v}.js`));
    copyFileSync(wasm[v].wasm, join(esm, `downhill-${v}.wasm`));
  }
  copyFileSync(chartPath, join(esm, 'vendor', 'chart.umd.js'));
  for (const [name, text] of Object.entries(pages(html, '<script src="vendor/chart.umd.js"></script>\n<script type="module" src="boot.js"></script>'))) {
    writeFileSync(join(esm, name), text);
  }

  const kb = (n) => `${Math.round(n / 1024)} KiB`;
  console.log(`build-web: dist/ written (app.js ${kb(app.length)}; wasm from ${relative(ROOT, dirname(wasm.simd.wasm)) || '.'})`);
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
