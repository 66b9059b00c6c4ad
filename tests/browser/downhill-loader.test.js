// wasm/downhill.js in headless Chromium, outside the page: the loader on the
// main thread (fetching the .wasm next to it), in a module Worker, and with the
// bytes and factories handed in while fetch is unavailable (the file:// case);
// and the kernel twins of the test builds (build/wasm-*/downhill-*-test.*).
// Chromium runs all three builds; 'auto' must pick relaxed SIMD there.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { wasmFiles } from '../../wasm/node-loader.js';
import { assertKernelTwins } from '../node/wasm-helpers.js';
import { launch, serve } from './helpers.js';

let browser;
let server;
let origin;

before(async () => {
  browser = await launch();
  server = await serve();
  origin = server.url ? server.url.replace(/\/$/, '') : `http://127.0.0.1:${server.port}`;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Runs in the browser (page or worker): load, train XOR, report.
const TRAIN_XOR = `
  async function trainXor(dh) {
    const all = dh.generate('xor', { count: 200, noise: 0.1, seed: 1 });
    const { train, test } = all.split(0.3, 2);
    train.standardize(); test.standardizeLike(train);
    const m = dh.createTrainer({ hidden: [8, 8], optimizer: 'adam', lr: 0.03 }, train, test);
    m.stepEpochs(60);
    const h = m.history(m.epoch - 1)[0];
    const grid = m.evalGrid({ x0: -2, x1: 2, y0: -2, y1: 2, width: 16, height: 16 });
    let error = '';
    try { dh.createTrainer({ lr: 'fast' }, train); } catch (e) { error = e.message; }
    let twins = '';
    try { dh.kernelTwins(1); } catch (e) { twins = e.message; }
    const out = { variant: dh.variant, epoch: m.epoch, testAcc: h.testAcc, gridCells: grid.output.length,
      twins, error };
    m.free(); train.free(); test.free(); all.free();
    return out;
  }`;

async function blankPage() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A document of the server's origin that starts nothing itself.
  await page.goto(`${origin}/esm/downhill.js`, { waitUntil: 'domcontentloaded' });
  return { page, errors };
}

function checkRun(r, variant) {
  assert.equal(r.variant, variant);
  assert.equal(r.epoch, 60);
  assert.ok(r.testAcc >= 0.9, `test accuracy ${r.testAcc}`);
  assert.equal(r.gridCells, 256);
  // The page's builds leave the twins out (see the last test).
  assert.match(r.twins, new RegExp(`^kernelTwins needs the test build downhill-${variant}-test\\.wasm`));
  assert.equal(r.error, 'config.lr must be a finite number > 0, got "fast"');
}

test('main thread: auto picks relaxed SIMD and fetches the .wasm next to downhill.js', async () => {
  const { page, errors } = await blankPage();
  const r = await page.evaluate(`(async () => {
    ${TRAIN_XOR}
    const { loadDownhill, relaxedSimdSupported } = await import('${origin}/esm/downhill.js');
    if (!relaxedSimdSupported()) throw new Error('this Chromium reports no relaxed SIMD');
    return trainXor(await loadDownhill({ variant: 'auto' }));
  })()`);
  checkRun(r, 'relaxed');
  await page.close();
  assert.deepEqual(errors, []);
});

test('module Worker: each variant loads and trains', async () => {
  const { page, errors } = await blankPage();
  const results = await page.evaluate(`(async () => {
    const source = \`
      import { loadDownhill } from '${origin}/esm/downhill.js';
      ${TRAIN_XOR.replace(/`/g, '\\\\`').replace(/\$\{/g, '\\\\${')}
      self.onmessage = async (e) => {
        try { self.postMessage(await trainXor(await loadDownhill({ variant: e.data }))); }
        catch (err) { self.postMessage({ failed: String(err && err.stack || err) }); }
      };\`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const run = (variant) => new Promise((resolve) => {
      const w = new Worker(url, { type: 'module' });
      w.onmessage = (e) => { resolve(e.data); w.terminate(); };
      w.onerror = (e) => resolve({ failed: e.message });
      w.postMessage(variant);
    });
    return [await run('relaxed'), await run('simd'), await run('scalar')];
  })()`);
  for (const [i, variant] of ['relaxed', 'simd', 'scalar'].entries()) {
    assert.equal(results[i].failed, undefined, results[i].failed);
    checkRun(results[i], variant);
  }
  await page.close();
  assert.deepEqual(errors, []);
});

test('no fetch: bytes and factories handed in, nothing downloaded', async () => {
  const { page, errors } = await blankPage();
  const r = await page.evaluate(`(async () => {
    ${TRAIN_XOR}
    const { loadDownhill } = await import('${origin}/esm/downhill.js');
    const factories = {
      relaxed: (await import('${origin}/esm/downhill-relaxed.js')).default,
      simd: (await import('${origin}/esm/downhill-simd.js')).default,
      scalar: (await import('${origin}/esm/downhill-scalar.js')).default,
    };
    const bytes = async (v) => new Uint8Array(await (await fetch('${origin}/esm/downhill-' + v + '.wasm')).arrayBuffer());
    const wasmBinary = { relaxed: await bytes('relaxed'), simd: await bytes('simd'), scalar: await bytes('scalar') };
    const realFetch = self.fetch;
    let fetched = 0;
    self.fetch = () => { fetched++; throw new Error('fetch is not available (file://)'); };
    try {
      const out = [await trainXor(await loadDownhill({ factories, wasmBinary })),
        await trainXor(await loadDownhill({ variant: 'simd', factories, wasmBinary: wasmBinary.simd })),
        await trainXor(await loadDownhill({ variant: 'scalar', factories, wasmBinary: wasmBinary.scalar }))];
      return { out, fetched };
    } finally {
      self.fetch = realFetch;
    }
  })()`);
  assert.equal(r.fetched, 0);
  checkRun(r.out[0], 'relaxed');
  checkRun(r.out[1], 'simd');
  checkRun(r.out[2], 'scalar');
  await page.close();
  assert.deepEqual(errors, []);
});

test('test builds: the kernels match their plain-C twins in Chromium too', async () => {
  const { page, errors } = await blankPage();
  // The factory's source and the bytes handed in; the factory imported from a
  // blob: URL, its import.meta.url (the base it would fetch the .wasm from,
  // which a blob: URL cannot be) replaced by where the file would be served.
  const builds = Object.fromEntries(['relaxed', 'simd', 'scalar'].map((v) => {
    const files = wasmFiles(v, { test: true });
    const js = readFileSync(files.js, 'utf8').replaceAll('import.meta.url', JSON.stringify(`${origin}/esm/downhill-${v}-test.js`));
    return [v, { js, wasm: readFileSync(files.wasm).toString('base64') }];
  }));
  const r = await page.evaluate(async ({ origin: o, builds: b }) => {
    const { loadDownhill } = await import(`${o}/esm/downhill.js`);
    const out = {};
    for (const [variant, { js, wasm }] of Object.entries(b)) {
      const url = URL.createObjectURL(new Blob([js], { type: 'text/javascript' }));
      const factory = (await import(url)).default;
      const wasmBinary = Uint8Array.from(atob(wasm), (ch) => ch.charCodeAt(0));
      const dh = await loadDownhill({ variant, factories: { [variant]: factory }, wasmBinary });
      out[variant] = [1, 2].map((seed) => dh.kernelTwins(seed));
    }
    return out;
  }, { origin, builds });
  assert.deepEqual(Object.keys(r), ['relaxed', 'simd', 'scalar']);
  for (const [variant, runs] of Object.entries(r)) {
    for (const run of runs) assertKernelTwins(run, `${variant} `);
  }
  await page.close();
  assert.deepEqual(errors, []);
});
