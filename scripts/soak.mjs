#!/usr/bin/env node
// soak.mjs — a long browser run that looks for leaks and slow-downs: the page
// trains in headless Chromium for N minutes while this script keeps changing
// things the way a class would (learning rate, batch size, dataset, optimizer,
// Reset, a lesson and back). Not a test: it prints numbers and asserts nothing.
//
//   npm run soak -- [--minutes N] [--file] [--seed N]
//
// Reports, at the start, every minute and at the end:
//   wasm heap   the engine's WebAssembly memory (frames carry dh.heapBytes())
//               and its allocator's top (dh.heapTop(); grows only on a leak
//               or a bigger working set)
//   JS heap     the page's used JS heap after a forced GC (Chrome DevTools Protocol)
//   frame ms    median interval between animation frames over the last minute
// dist/ is copied to a temporary folder first, so rebuilding meanwhile is safe.
import { chromium } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const minutes = arg('--minutes', 5);
const fromFile = process.argv.includes('--file');
let seed = arg('--seed', 1) >>> 0 || 1;
const random = () => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) / 2 ** 32; };
const pick = (list) => list[Math.floor(random() * list.length)];
const median = (xs) => {
  const a = xs.filter(Number.isFinite).sort((p, q) => p - q);
  if (!a.length) return NaN;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
};
const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MB`;

const dir = mkdtempSync(join(tmpdir(), 'downhill-soak-'));
cpSync(join(ROOT, 'dist'), dir, { recursive: true });
const server = fromFile ? null : await startServer({ root: dir, port: 0 });
const url = fromFile ? pathToFileURL(join(dir, 'index.html')).href : server.url;
// Both pages train at full speed here: the default pace is one epoch a frame.
const query = '?speed=max';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

const DATASETS = ['xor', 'circle', 'gauss', 'spiral', 'moons', 'admissions', 'blobs3', 'spiral3'];
const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];
const LESSONS = ['perceptron', 'gates', 'hill', 'batch', 'overfit', 'vanishing'];
const LRS = ['0.003', '0.01', '0.03', '0.1', '0.3'];
const BATCHES = ['1', '5', '10', '32', '100', '400'];

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url + query);
  await page.waitForFunction(() => window.downhill && window.downhill.app && window.downhill.app.sizes !== null, null, { timeout: 30000 });
  await page.evaluate(() => {
    // Frame intervals, collected in the page and drained once a minute.
    window.__soakFrames = [];
    let last = 0;
    const raf = (t) => { if (last) window.__soakFrames.push(t - last); last = t; requestAnimationFrame(raf); };
    requestAnimationFrame(raf);
  });
  const jsHeap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const ensurePlaying = async () => {
    const playing = await page.evaluate(() => window.downhill.app.playing);
    if (!playing) await page.click('#play');
  };
  const sample = async (label) => {
    const s = await page.evaluate(() => {
      const f = window.__soakFrames;
      window.__soakFrames = [];
      const { app } = window.downhill;
      return { frames: f, wasm: app.heapBytes, top: app.heapTop, epoch: app.epoch };
    });
    const row = { label, wasm: s.wasm, top: s.top, js: await jsHeap(), frameMs: median(s.frames), frames: s.frames.length, epoch: s.epoch };
    console.log(`${label.padEnd(8)} wasm heap ${mb(row.wasm).padStart(9)} (top ${mb(row.top)})  JS heap ${mb(row.js).padStart(9)}  `
      + `frame median ${row.frameMs.toFixed(2)} ms over ${row.frames} frames  (epoch ${row.epoch})`);
    return row;
  };

  await page.click('#play');
  await page.waitForTimeout(3000);
  const first = await sample('start');
  const rows = [first];
  const end = Date.now() + minutes * 60000;
  let nextSample = Date.now() + 60000;
  let actions = 0;
  const counts = {};
  while (Date.now() < end) {
    const what = pick(['lr', 'lr', 'batch', 'batch', 'dataset', 'optimizer', 'reset', 'lesson']);
    counts[what] = (counts[what] || 0) + 1;
    actions += 1;
    if (what === 'lr' || what === 'batch') {
      await page.fill(`#${what}`, what === 'lr' ? pick(LRS) : pick(BATCHES));
      await page.press(`#${what}`, 'Enter');
    } else if (what === 'dataset') {
      await page.click(`#datasets [data-dataset="${pick(DATASETS)}"]`);
    } else if (what === 'optimizer') {
      await page.selectOption('#optimizer', pick(OPTIMIZERS));
    } else if (what === 'reset') {
      await page.click('#reset');
    } else {
      await page.click(`#mode-${pick(LESSONS)}`);
      await page.waitForTimeout(1500);
      await page.click('#mode-play');
    }
    await ensurePlaying();
    await page.waitForTimeout(2000 + random() * 3000);
    if (Date.now() >= nextSample) {
      nextSample += 60000;
      rows.push(await sample(`min ${rows.length}`));
    }
  }
  const last = await sample('end');
  rows.push(last);
  console.log(`\nsoak: ${minutes} min ${fromFile ? 'from file://' : 'served'}, ${actions} actions `
    + `(${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}), ${errors.length} page errors`);
  console.log(`  wasm heap  start ${mb(first.wasm)}, end ${mb(last.wasm)}, largest ${mb(Math.max(...rows.map((r) => r.wasm)))}; `
    + `allocator top start ${mb(first.top)}, end ${mb(last.top)}`);
  console.log(`  JS heap    start ${mb(first.js)}, end ${mb(last.js)} (after GC)`);
  // The closing sample may cover only a moment; report the last full minute then.
  const lastFull = last.frames >= 60 || rows.length < 3 ? last : rows[rows.length - 2];
  console.log(`  frame ms   start ${first.frameMs.toFixed(2)}, last minute ${lastFull.frameMs.toFixed(2)}, `
    + `median of the minutes ${median(rows.map((r) => r.frameMs)).toFixed(2)}`);
  for (const e of errors.slice(0, 5)) console.log(`  error: ${e}`);
} finally {
  await browser.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
}
