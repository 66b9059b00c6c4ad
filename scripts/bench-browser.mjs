#!/usr/bin/env node
// bench-browser.mjs — how the page performs in headless Chromium while it
// trains the default network on XOR. Prints medians; asserts nothing.
//
//   node scripts/bench-browser.mjs [--seconds N] [--runs N] [--file]
//
// Measures, per run:
//   solve ms       Play click -> first frame showing test accuracy >= 95%
//   frame ms       median interval between animation frames while training
//   main work ms   median main-thread time our frame callback takes
//   examples/s     training throughput the worker reports (per training second)
//   wall ex/s      examples trained per wall-clock second (updates x batch / time)
// Goals: frame <= 16.7 ms, >= 2M examples/s, XOR solved within 100 ms of Play.
import { chromium } from 'playwright-core';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const seconds = arg('--seconds', 3);
const runs = arg('--runs', 3);
const fromFile = process.argv.includes('--file');
const median = (xs) => {
  const a = xs.filter(Number.isFinite).sort((p, q) => p - q);
  if (!a.length) return NaN;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
};

const server = fromFile ? null : await startServer({ root: join(ROOT, 'dist'), port: 0 });
const url = fromFile ? pathToFileURL(join(ROOT, 'dist', 'index.html')).href : server.url;
// Both pages train at full speed here: the default pace is one epoch a frame.
const query = '?speed=max';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

const results = [];
try {
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url + query);
    await page.waitForFunction(() => window.downhill && window.downhill.app && window.downhill.app.sizes !== null, null, { timeout: 20000 });
    await page.waitForTimeout(300);
    const res = await page.evaluate(async (secs) => {
      const { app } = window.downhill;
      const acc = document.getElementById('test-accuracy');
      const frames = [];
      let solved = NaN;
      let t0 = 0;
      const obs = new MutationObserver(() => {
        if (Number.isNaN(solved) && parseFloat(acc.textContent) >= 95) solved = performance.now() - t0;
      });
      obs.observe(acc, { childList: true, characterData: true, subtree: true });
      let last = 0;
      let measuring = true;
      const raf = (t) => {
        if (last) frames.push(t - last);
        last = t;
        if (measuring) requestAnimationFrame(raf);
      };
      requestAnimationFrame(raf);
      t0 = performance.now();
      document.getElementById('play').click();
      await new Promise((ok) => { setTimeout(ok, 500); });
      const u0 = app.updates;
      const w0 = performance.now();
      app.frameWork.length = 0;
      const rates = [];
      const timer = setInterval(() => rates.push(app.examplesPerSecond), 100);
      await new Promise((ok) => { setTimeout(ok, secs * 1000); });
      clearInterval(timer);
      const wall = (app.updates - u0) * window.downhill.state.batch / ((performance.now() - w0) / 1000);
      measuring = false;
      obs.disconnect();
      document.getElementById('play').click();
      return { solved, frames, work: app.frameWork.slice(), rates, wall, epoch: app.epoch };
    }, seconds);
    const row = {
      solveMs: res.solved,
      frameMs: median(res.frames),
      workMs: median(res.work),
      examplesPerSecond: median(res.rates),
      wallExamplesPerSecond: res.wall,
      epochs: res.epoch,
    };
    results.push(row);
    console.log(`run ${r + 1}: solve ${row.solveMs.toFixed(0)} ms, frame ${row.frameMs.toFixed(2)} ms, main work ${row.workMs.toFixed(2)} ms, `
      + `${(row.examplesPerSecond / 1e6).toFixed(2)}M ex/s (worker), ${(row.wallExamplesPerSecond / 1e6).toFixed(2)}M ex/s (wall), epoch ${row.epochs}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server?.close();
}

const m = (k) => median(results.map((r) => r[k]));
const verdict = (ok) => (ok ? 'ok' : 'MISSED');
console.log(`\nmedians over ${runs} runs (${fromFile ? 'file://' : 'served'}):`);
console.log(`  XOR solved after Play   ${m('solveMs').toFixed(0)} ms   (goal <= 100 ms: ${verdict(m('solveMs') <= 100)})`);
console.log(`  frame interval          ${m('frameMs').toFixed(2)} ms  (goal <= 16.7 ms: ${verdict(m('frameMs') <= 16.7)})`);
console.log(`  main-thread work/frame  ${m('workMs').toFixed(2)} ms`);
console.log(`  examples/s (worker)     ${(m('examplesPerSecond') / 1e6).toFixed(2)}M  (goal >= 2M: ${verdict(m('examplesPerSecond') >= 2e6)})`);
console.log(`  examples/s (wall clock) ${(m('wallExamplesPerSecond') / 1e6).toFixed(2)}M`);
