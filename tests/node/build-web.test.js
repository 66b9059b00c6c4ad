// The file:// build of scripts/build-web.mjs, as build() writes it to dist/:
// app.js must be a classic script (Chromium refuses module scripts on file://
// pages) that keeps its modules to itself, and the worker it carries must load
// the engine, any variant, from the bytes inlined in it with nothing fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { bundleApp, bundleWorker, wasmBuilds } from '../../scripts/build-web.mjs';
import { relaxedSimdSupported } from '../../wasm/downhill.js';

const wasm = wasmBuilds();
const worker = bundleWorker(wasm);
const app = bundleApp(worker);

test('app.js is a classic script: it waits for the document and leaks no globals', () => {
  const listeners = [];
  const ctx = vm.createContext({
    document: { readyState: 'loading', addEventListener: (type) => listeners.push(type) },
    window: {},
  });
  // A module's import, export or import.meta would be a SyntaxError here.
  new vm.Script(app, { filename: 'app.js' }).runInContext(ctx);
  assert.deepEqual(listeners, ['DOMContentLoaded']);
  assert.deepEqual(Object.keys(ctx).sort(), ['document', 'window']);
});

test('app.js carries the three wasm builds, byte for byte', () => {
  for (const v of ['relaxed', 'simd', 'scalar']) {
    const b64 = readFileSync(wasm[v].wasm).toString('base64');
    assert.ok(b64.length > 10000, `${v}: a real .wasm`);
    assert.ok(app.includes(b64), `${v}: app.js carries the .wasm`);
  }
});

/** Run the worker bundle as a classic script; its first message. SIMD (and so
 *  relaxed SIMD) is reported missing when `simd` is false, so 'auto' must take
 *  the scalar build; else it takes relaxed where this Node runs it (with
 *  --experimental-wasm-relaxed-simd), SIMD where not. */
async function firstMessage({ simd }) {
  const posted = [];
  const channels = [];
  let fetched = 0;
  const ctx = vm.createContext({
    self: { postMessage: (msg) => posted.push(msg) },
    WebAssembly: simd ? WebAssembly : Object.create(WebAssembly, { validate: { value: () => false } }),
    MessageChannel: class extends MessageChannel { constructor() { super(); channels.push(this); } },
    fetch: () => { fetched++; throw new Error('no fetch on file://'); },
    console, setTimeout, clearTimeout, performance, TextDecoder, TextEncoder,
  });
  new vm.Script(worker, { filename: 'worker' }).runInContext(ctx);
  const start = Date.now();
  while (posted.length === 0 && Date.now() - start < 10000) await new Promise((r) => { setTimeout(r, 10); });
  for (const c of channels) c.port1.close();   // the worker's loop channel would keep Node alive
  return { msg: posted[0], fetched };
}

test('the worker loads the fastest build Node runs from its inlined bytes, fetching nothing', async () => {
  const { msg, fetched } = await firstMessage({ simd: true });
  assert.equal(msg?.type, 'ready', JSON.stringify(msg));
  assert.equal(msg.variant, relaxedSimdSupported() ? 'relaxed' : 'simd');
  assert.ok(msg.engine.names.datasets.includes('xor'));
  assert.equal(fetched, 0);
});

test('without SIMD the worker loads the scalar build, fetching nothing', async () => {
  const { msg, fetched } = await firstMessage({ simd: false });
  assert.equal(msg?.type, 'ready', JSON.stringify(msg));
  assert.equal(msg.variant, 'scalar');
  assert.equal(fetched, 0);
});
