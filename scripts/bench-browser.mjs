#!/usr/bin/env node
// bench-browser.mjs — `npm run bench:browser`: the engine and the page in
// headless Chromium, where the students are. Prints medians; asserts nothing.
//
//   node scripts/bench-browser.mjs                 tables
//   node scripts/bench-browser.mjs --json          JSON Lines (rows below)
//     --quick              fewer, shorter runs
//     --only engine|page|bigdata|digits  one half, or only the big-data row,
//                          or only the Digits row
//     --batch N            only the engine cases of batch N
//     --rounds N           engine rounds (default 3, --quick 1): every case of
//                          every build once per round, in turn, so builds are
//                          compared side by side; medians over the rounds
//     --compare NAME=DIR   also the builds in DIR (downhill-{variant}.{js,wasm},
//                          e.g. an older build), as impl "VARIANT:NAME"
//     --compare-page NAME=DIR  also the page built in DIR (a dist/ folder, e.g.
//                          an older one), as impl "page:NAME", run in turn with
//                          this one; its fraction is of the engine row of its
//                          own build ("VARIANT:NAME" when --compare gave one)
//     --seconds N --runs N the page: training seconds per run, runs (3, 3);
//                          the Digits row: frames over at least N seconds of
//                          training, runs (3, --quick 1)
//     --file               the page from file:// instead of served
//
// Engine (in a dedicated Worker, as the page trains): bench/workload.js, the
// same nets, batches, data and timing as `npm run bench` (Node), for the
// relaxed-SIMD, SIMD and scalar builds and plain JavaScript, with the f32x4
// multiply-add peak measured with and without FMA (bench/wasm-peak.js).
//   {"impl":"peak","fma":false,"gflops":…}   and "fma":true (relaxed_madd)
//   {"impl":"relaxed"|"simd"|"scalar"|"js","net":"2-16-16-16-1","activation":"tanh",
//    "batch":32,"train_examples_per_s":…,"peak_fraction":…,"grid_ms":…}
//     peak_fraction: the dense layers' FLOPs per second (workload.js) over the
//     peak this build could reach: the FMA peak for relaxed, the mul+add one
//     for the others.
//     train_examples_per_cpu_s: the same per CPU second of the worker thread
//     (Linux: its /proc schedstat), which a busy machine moves far less.
//   {"impl":"ratio","of":"relaxed","to":"simd","net":…,"batch":…,"ratio":…,"clock":"cpu"}
//     training rate of one build over another, the median of the per-round
//     ratios (each round measures both within a second or two), on the CPU
//     clock where there is one, else the wall clock.
// Page (dist/index.html as a student opens it; default settings: XOR, 2-8-8-1
// tanh, SGD, batch 10; Play, every frame drawn):
//   {"impl":"page","variant":"relaxed","net":"2-8-8-1","batch":10,
//    "page_examples_per_s":…,"engine_examples_per_s":…,"fraction":…,
//    "frame_ms_median":…,"main_ms_median":…,"worker_training_examples_per_s":…,
//    "engine_page_data_examples_per_s":…,"fraction_page_data":…,"solve_ms":…}
//     page_examples_per_s: examples trained per wall-clock second while the
//     page draws (updates × batch / time); engine_examples_per_s: the engine
//     row of the same build, net and batch above (the workload's 1000 points,
//     no test set); engine_page_data_examples_per_s: the engine alone in a
//     worker on the page's own data and settings (its 200 training and 200 test
//     points, with the core's per-epoch test evaluation); frame_ms_median: the
//     median interval between animation frames; main_ms_median: the page's
//     work in one frame callback; worker_training_examples_per_s: the rate the
//     worker reports for its training chunks alone (the rest of its time goes
//     to frames); solve_ms: Play to test accuracy >= 95 %.
//   {"impl":"page-big-data","rows":100000,"frame_ms_median":…,"main_ms_median":…,"pause_ms_median":…}
//     the page at its default pace on an uploaded 100,000-row CSV (2 features,
//     2 classes): the median interval between animation frames while it
//     trains, and how long Pause takes until the status leaves "running".
// Digits (dist/index.html?mode=digits&autoplay=1: 784-16-16-10, batch 32, the
// weight pictures, the confusion matrix and the gallery drawing), to 90 %:
//   {"impl":"digits","net":"784-16-16-10","batch":32,"seconds_to_90":…,
//    "epochs_to_90":…,"frame_ms_median":…,"frame_ms_p90":…,"main_ms_median":…,
//    "main_ms_p90":…,"examples_per_s":…,"worker_training_examples_per_s":…}
//     seconds_to_90: from the page posting Play to its worker to the frame
//     whose #test-accuracy reads >= 90 %; the frame and main-thread times
//     are of the frames from Play to then or to --seconds (3) after Play,
//     whichever is later; examples_per_s: updates × batch to 90 % over the
//     seconds to 90 %.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

import { CASES, flopsPerExample, bigCsv } from '../bench/workload.js';
import { startServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VARIANTS = ['relaxed', 'simd', 'scalar'];
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// ---- options -----------------------------------------------------------------------

const argv = process.argv.slice(2);
const opts = { json: false, quick: false, only: null, batch: null, rounds: null, compare: [], comparePage: [], seconds: 3, runs: 3, file: false };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const value = () => {
    if (i + 1 >= argv.length) usage(`${a} needs a value`);
    return argv[++i];
  };
  if (a === '--json') opts.json = true;
  else if (a === '--quick') opts.quick = true;
  else if (a === '--file') opts.file = true;
  else if (a === '--only') opts.only = value();
  else if (a === '--batch') opts.batch = Number(value());
  else if (a === '--rounds') opts.rounds = Number(value());
  else if (a === '--seconds') opts.seconds = Number(value());
  else if (a === '--runs') opts.runs = Number(value());
  else if (a === '--compare' || a === '--compare-page') {
    const m = /^([\w.-]+)=(.+)$/.exec(value());
    if (!m) usage(`${a} wants NAME=DIR`);
    (a === '--compare' ? opts.compare : opts.comparePage).push({ name: m[1], dir: resolve(m[2]) });
  } else usage(`unknown option ${a}`);
}
if (opts.only && !['engine', 'page', 'bigdata', 'digits'].includes(opts.only)) usage('--only wants engine, page, bigdata or digits');
const ROUNDS = opts.rounds ?? (opts.quick ? 1 : 3);
const TIMING = opts.quick ? { runs: 3, runMs: 80, warmMs: 150 } : { runs: 5, runMs: 150, warmMs: 300 };

function usage(why) {
  console.error(`bench-browser.mjs: ${why}\nusage: node scripts/bench-browser.mjs [--json] [--quick] [--only engine|page|bigdata|digits]`
    + ' [--batch N] [--rounds N] [--compare NAME=DIR] [--seconds N] [--runs N] [--file]');
  process.exit(2);
}

const out = (row) => { if (opts.json) console.log(JSON.stringify(row)); };
const say = (text) => { if (!opts.json) console.log(text); };
const median = (xs) => {
  const a = xs.filter(Number.isFinite).sort((p, q) => p - q);
  if (!a.length) return NaN;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
};
const M = (v) => `${(v / 1e6).toFixed(2)}M`;

// ---- the builds --------------------------------------------------------------------

/** Each build's glue source and .wasm bytes (base64), to hand to the worker. */
function readBuilds() {
  const builds = [];
  const add = (impl, variant, dir) => {
    const js = readFileSync(join(dir, `downhill-${variant}.js`), 'utf8');
    const wasm = readFileSync(join(dir, `downhill-${variant}.wasm`)).toString('base64');
    builds.push({ impl, variant, js, wasm });
  };
  for (const v of VARIANTS) add(v, v, join(ROOT, 'build', `wasm-${v}`));
  for (const { name, dir } of opts.compare) {
    let found = 0;
    for (const v of VARIANTS) {
      for (const d of [dir, join(dir, `wasm-${v}`), join(dir, 'build', `wasm-${v}`)]) {
        try { add(`${v}:${name}`, v, d); found++; break; } catch { /* not here */ }
      }
    }
    if (!found) throw new Error(`--compare ${name}: no downhill-{${VARIANTS.join(',')}}.{js,wasm} in ${dir}`);
  }
  return builds;
}

// ---- the engine, in a worker --------------------------------------------------------

/** The bench worker's thread CPU clock: () => ns, read from Linux's
 *  /proc/PID/task/TID/schedstat (time on a CPU) of the one thread named
 *  DedicatedWorker among the processes of this browser (`root`, its pid);
 *  null where there is no such file (then only wall time is reported). */
function workerThread(root) {
  const found = [];
  try {
    const parent = new Map();
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try { parent.set(Number(pid), Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1])); } catch { /* gone */ }
    }
    const ours = (pid) => { for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === root) return true; return false; };
    for (const pid of [...parent.keys()].filter(ours)) {
      let tasks = [];
      try { tasks = readdirSync(`/proc/${pid}/task`); } catch { continue; }
      for (const tid of tasks) {
        try {
          if (readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('DedicatedWorker')) found.push(`/proc/${pid}/task/${tid}/schedstat`);
        } catch { /* gone */ }
      }
    }
  } catch { return null; }
  if (found.length !== 1) return null;
  return () => Number(readFileSync(found[0], 'utf8').split(' ')[0]);
}

// The worker: loads every build from the glue and bytes handed in, then runs
// the requests posted to it, one at a time.
const WORKER = (origin) => `
import { loadDownhill } from '${origin}/wasm/downhill.js';
import { measurePeak } from '${origin}/bench/wasm-peak.js';
import { CASES, baselineTrainer, benchBaseline, benchWasm, wasmTrainer, measure, rate } from '${origin}/bench/workload.js';
import { defaultState, trainerConfig, dataConfig, useEngine } from '${origin}/web/state.js';
import { makeData, freeData } from '${origin}/web/worker/data.js';

const dhs = {};
let current = null;
self.onmessage = async ({ data: req }) => {
  try {
    self.postMessage({ ok: await handle(req) });
  } catch (e) {
    self.postMessage({ failed: String(e && e.stack || e) });
  }
};

async function handle(req) {
  if (req.op === 'load') {
    for (const b of req.builds) {
      const url = URL.createObjectURL(new Blob([b.js], { type: 'text/javascript' }));
      const factory = (await import(url)).default;
      const wasmBinary = Uint8Array.from(atob(b.wasm), (ch) => ch.charCodeAt(0));
      dhs[b.impl] = await loadDownhill({ variant: b.variant, factories: { [b.variant]: factory }, wasmBinary,
        locateFile: (p) => p });
    }
    return Object.fromEntries(Object.entries(dhs).map(([k, dh]) => [k, dh.variant]));
  }
  if (req.op === 'peak') {
    let best = null;
    for (const acc of [12, 14, 16]) {
      const p = await measurePeak({ acc, unroll: 2, runs: req.runs, fma: req.fma });
      if (!best || p.gflops > best.gflops) best = p;
    }
    return best;
  }
  if (req.op === 'case') {
    const c = CASES[req.index];
    const dh = dhs[req.impl === 'js' ? 'simd' : req.impl];
    const run = req.impl === 'js' ? benchBaseline : benchWasm;
    return run(dh, c, req.timing, { grids: req.grids });
  }
  // A trainer made and warmed, then timed runs of it ('run'), so that the
  // bench can read this thread's CPU time around each run.
  if (req.op === 'prepare') {
    current?.free();
    const c = CASES[req.index];
    current = req.impl === 'js' ? baselineTrainer(dhs.simd, c) : wasmTrainer(dhs[req.impl], c);
    rate(current.step, req.warmMs);
    return true;
  }
  if (req.op === 'run') {
    let work = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < req.ms) work += current.step();
    return { work, ms: performance.now() - t0 };
  }
  if (req.op === 'page-data') {
    // The page's own run (web/worker/run.js) without the page: its default
    // settings, its data, the trainer it makes, trained in short calls.
    const dh = dhs[req.impl];
    useEngine(dh);
    const state = defaultState();
    const data = makeData(dh, dataConfig(state));
    const model = dh.createTrainer(trainerConfig(state), data.train, data.test);
    const step = () => { const u = model.updates; model.stepBatches(4); return (model.updates - u) * model.batch; };
    const rate = measure(step, req.timing);
    const out = { rate, sizes: model.sizes, batch: model.batch, trainN: data.train.n, testN: data.test ? data.test.n : 0 };
    model.free();
    freeData(data);
    return out;
  }
  throw new Error('unknown op ' + req.op);
}
`;

async function benchEngine(browser, origin) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/wasm/downhill.js`, { waitUntil: 'domcontentloaded' });
  await page.evaluate((source) => {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const w = new Worker(url, { type: 'module' });
    /** @type {any} */ (window).benchCall = (req) => new Promise((ok) => {
      w.onmessage = (e) => ok(e.data);
      w.onerror = (e) => ok({ failed: e.message });
      w.postMessage(req);
    });
  }, WORKER(origin));
  const call = async (req) => {
    const r = await page.evaluate((q) => /** @type {any} */ (window).benchCall(q), req);
    if (r.failed) throw new Error(`worker: ${r.failed}`);
    return r.ok;
  };

  const builds = readBuilds();
  const loaded = await call({ op: 'load', builds });
  const impls = [...Object.keys(loaded), 'js'];
  const peakRuns = opts.quick ? 3 : 7;
  const peaks = { false: [], true: [] };
  const measurePeaks = async () => {
    for (const fma of [false, true]) peaks[fma].push((await call({ op: 'peak', fma, runs: peakRuns })).gflops);
  };

  const cases = CASES.map((c, index) => ({ c, index })).filter(({ c }) => opts.batch === null || c.batch === opts.batch);
  // results[impl][index] = [{ train, grid }, ...] one per round
  const results = Object.fromEntries(impls.map((i) => [i, {}]));
  await measurePeaks();
  const thread = browserPid ? workerThread(browserPid) : null;
  for (let round = 0; round < ROUNDS; round++) {
    for (const { index } of cases) {
      for (const impl of impls) {
        const r = await call({ op: 'case', impl, index, timing: TIMING, grids: round === 0 });
        // The same again on the worker thread's CPU clock (Linux: its
        // schedstat), which time spent waiting for a core does not move.
        if (thread) {
          await call({ op: 'prepare', impl, index, warmMs: TIMING.warmMs });
          const cpu = [];
          for (let k = 0; k < TIMING.runs; k++) {
            const ns0 = thread();
            const { work } = await call({ op: 'run', ms: TIMING.runMs });
            cpu.push(work / ((thread() - ns0) / 1e9));
          }
          r.cpu = median(cpu);
        }
        (results[impl][index] ??= []).push(r);
      }
    }
    say(`  engine round ${round + 1}/${ROUNDS} done`);
  }
  await measurePeaks();
  const pageData = {};
  for (const impl of VARIANTS) {
    const rates = [];
    let last = null;
    for (let round = 0; round < ROUNDS; round++) {
      last = await call({ op: 'page-data', impl, timing: TIMING });
      rates.push(last.rate);
    }
    pageData[impl] = { ...last, rate: median(rates) };
  }
  await page.close();
  if (errors.length) throw new Error(`engine page: ${errors.join('; ')}`);

  // A busy moment lowers a peak measurement: the higher of before and after.
  const peak = { false: Math.max(...peaks.false), true: Math.max(...peaks.true) };
  out({ impl: 'peak', fma: false, gflops: peak.false, gflops_measured: peaks.false });
  out({ impl: 'peak', fma: true, gflops: peak.true, gflops_measured: peaks.true });
  say(`\nChromium ${browser.version()}: f32x4 peak ${peak.false.toFixed(1)} GFLOP/s with mul + add, `
    + `${peak.true.toFixed(1)} with relaxed_madd (FMA), ${(peak.true / peak.false).toFixed(2)}x`);
  say(`median of ${ROUNDS} round(s), each the median of ${TIMING.runs} runs of ${TIMING.runMs} ms\n`);
  say('impl            net              act   batch   train ex/s  %peak   grid ms   ex/CPU-s');

  const rows = [];
  for (const { c, index } of cases) {
    const flops = flopsPerExample(c.net);
    for (const impl of impls) {
      const rs = results[impl][index];
      const train = median(rs.map((r) => r.train));
      const variant = impl === 'js' ? 'js' : loaded[impl];
      const peakFlops = (variant === 'relaxed' ? peak.true : peak.false) * 1e9;
      const row = {
        impl, net: c.net.join('-'), activation: c.activation, batch: c.batch,
        train_examples_per_s: Math.round(train),
        peak_fraction: (train * flops.train) / peakFlops,
        train_examples_per_cpu_s: rs[0].cpu === undefined ? null : Math.round(median(rs.map((r) => r.cpu))),
        grid_ms: rs[0].grid ? (200 * 200) / rs[0].grid * 1e3 : null,
        rounds: rs.map((r) => Math.round(r.train)),
      };
      rows.push(row);
      out(row);
      say(`${impl.padEnd(15)} ${row.net.padEnd(16)} ${c.activation.padEnd(5)} ${String(c.batch).padStart(5)} `
        + `${M(train).padStart(12)} ${(100 * row.peak_fraction).toFixed(1).padStart(6)} ${row.grid_ms === null ? '      -' : row.grid_ms.toFixed(2).padStart(9)}`
        + `${row.train_examples_per_cpu_s === null ? '' : M(row.train_examples_per_cpu_s).padStart(13)}`);
    }
  }

  // Ratios, round by round: relaxed over SIMD, SIMD over scalar, and each
  // compared build's successor over it.
  const pairs = [['relaxed', 'simd'], ['simd', 'scalar'], ['simd', 'js']];
  for (const { name } of opts.compare) for (const v of VARIANTS) if (loaded[`${v}:${name}`]) pairs.push([v, `${v}:${name}`]);
  // On the worker's CPU clock where there is one: a shared machine's other
  // work then moves the ratios far less than the wall-clock rates.
  const clock = cases.length && results[impls[0]][cases[0].index][0].cpu !== undefined ? 'cpu' : 'train';
  say(`\nratios of training rates (${clock === 'cpu' ? 'examples per CPU second of the worker' : 'wall clock'}), median of the per-round ratios:`);
  for (const [of, to] of pairs) {
    const parts = [];
    for (const { c, index } of cases) {
      const a = results[of][index], b = results[to][index];
      const ratio = median(a.map((r, i) => r[clock] / b[i][clock]));
      out({ impl: 'ratio', of, to, net: c.net.join('-'), activation: c.activation, batch: c.batch, ratio, clock: clock === 'cpu' ? 'cpu' : 'wall' });
      parts.push(`${c.net.join('-')}/${c.batch} ${ratio.toFixed(2)}x`);
    }
    say(`  ${of} / ${to}: ${parts.join(', ')}`);
  }
  return { rows, pageData };
}

// ---- the page ----------------------------------------------------------------------

/** One run of a page: Play, `seconds` of training while it draws, Pause. */
async function pageRun(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // Full speed: the page's default pace is one epoch a frame.
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}speed=max`);
  await page.waitForFunction(() => window.downhill && window.downhill.app && window.downhill.app.sizes !== null, null, { timeout: 20000 });
  await page.waitForTimeout(300);
  const variant = (await page.textContent('#engine')).replace(/^WebAssembly \((.*)\)$/, '$1');
  const res = await page.evaluate(async (secs) => {
    const { app, state } = window.downhill;
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
    frames.length = 0;
    const rates = [];
    const timer = setInterval(() => rates.push(app.examplesPerSecond), 100);
    await new Promise((ok) => { setTimeout(ok, secs * 1000); });
    clearInterval(timer);
    const wall = (app.updates - u0) * state.batch / ((performance.now() - w0) / 1000);
    measuring = false;
    obs.disconnect();
    document.getElementById('play').click();
    return { solved, frames, work: app.frameWork.slice(), wall, rates, epoch: app.epoch,
      sizes: app.sizes, batch: state.batch, activation: state.activation, optimizer: state.optimizer };
  }, opts.seconds);
  await page.close();
  return {
    variant, sizes: res.sizes, batch: res.batch, activation: res.activation, optimizer: res.optimizer,
    solveMs: res.solved, frameMs: median(res.frames), workMs: median(res.work), wall: res.wall,
    trainingRate: median(res.rates), epochs: res.epoch,
  };
}

/** The pages [{ impl, url, name }], run in turn `opts.runs` times; a row each. */
async function benchPages(browser, pages, engine) {
  const runs = Object.fromEntries(pages.map((p) => [p.impl, []]));
  for (let r = 0; r < opts.runs; r++) {
    for (const p of pages) {
      const x = await pageRun(browser, p.url);
      runs[p.impl].push(x);
      say(`${p.impl} run ${r + 1}: solve ${x.solveMs.toFixed(0)} ms, frame ${x.frameMs.toFixed(2)} ms, main work ${x.workMs.toFixed(2)} ms, `
        + `${M(x.wall)} ex/s (wall), ${M(x.trainingRate)} ex/s (worker, while training), epoch ${x.epochs}`);
    }
  }
  for (const p of pages) {
    const rs = runs[p.impl];
    const m = (k) => median(rs.map((x) => x[k]));
    const { variant, sizes, batch, activation, optimizer } = rs[0];
    const net = sizes.join('-');
    // The engine row of the same build: the compared one for a compared page.
    const impl = p.name && engine?.rows.some((x) => x.impl === `${variant}:${p.name}`) ? `${variant}:${p.name}` : variant;
    const engineRow = engine?.rows.find((x) => x.impl === impl && x.net === net && x.batch === batch && x.activation === activation);
    const pageData = p.name ? null : engine?.pageData[variant];
    const engineRate = engineRow ? engineRow.train_examples_per_s : NaN;
    const row = {
      impl: p.impl, variant, net, activation, optimizer, batch,
      page_examples_per_s: Math.round(m('wall')),
      engine_examples_per_s: engineRate,
      fraction: m('wall') / engineRate,
      frame_ms_median: m('frameMs'),
      main_ms_median: m('workMs'),
      worker_training_examples_per_s: Math.round(m('trainingRate')),
      engine_page_data_examples_per_s: pageData ? Math.round(pageData.rate) : null,
      fraction_page_data: pageData ? m('wall') / pageData.rate : null,
      solve_ms: m('solveMs'),
      source: opts.file ? 'file' : 'served',
    };
    out(row);
    say(`\n${p.impl} (${row.source}, ${variant} build, ${net} ${activation} ${optimizer} batch ${batch}), medians of ${opts.runs} runs:`);
    say(`  examples/s while drawing  ${M(row.page_examples_per_s)} (the worker trains at ${M(row.worker_training_examples_per_s)} while it trains)`);
    say(`  the engine alone          ${M(engineRate)} (${impl}, workload)${pageData ? `, ${M(row.engine_page_data_examples_per_s)} (the page's data and settings)` : ''}`);
    say(`  fraction                  ${(100 * row.fraction).toFixed(0)} % of the workload rate${pageData ? `, ${(100 * row.fraction_page_data).toFixed(0)} % of the page's data rate` : ''}`);
    say(`  frame interval            ${row.frame_ms_median.toFixed(2)} ms (median), main-thread work ${row.main_ms_median.toFixed(2)} ms per frame`);
    say(`  XOR solved after Play     ${row.solve_ms.toFixed(0)} ms`);
  }
}

// ---- the page on big data ----------------------------------------------------------

/** The page at its default pace on an uploaded CSV of `rows` rows: frame
 *  intervals while it trains, and how long Pause takes to show. */
async function bigDataRun(browser, url, rows) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => window.downhill && window.downhill.app && window.downhill.app.sizes !== null, null, { timeout: 20000 });
  await page.setInputFiles('#csv-file', { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv(rows)) });
  await page.waitForFunction(() => !(/** @type {HTMLButtonElement | null} */ (document.getElementById('csv-use'))?.disabled), null, { timeout: 60000 });
  await page.click('#csv-use');
  await page.waitForFunction((n) => window.downhill.app.info?.n === n && window.downhill.app.sizes !== null, rows, { timeout: 60000 });
  const res = await page.evaluate(async (secs) => {
    const { app } = window.downhill;
    const frames = [];
    let last = 0;
    let measuring = true;
    const raf = (t) => {
      if (last && measuring) frames.push(t - last);
      last = t;
      if (measuring) requestAnimationFrame(raf);
    };
    requestAnimationFrame(raf);
    document.getElementById('play').click();
    await new Promise((ok) => { setTimeout(ok, 1000); });
    frames.length = 0;
    app.frameWork.length = 0;
    await new Promise((ok) => { setTimeout(ok, secs * 1000); });
    measuring = false;
    const work = app.frameWork.slice();
    const status = document.getElementById('status');
    const t0 = performance.now();
    document.getElementById('play').click();
    await new Promise((ok) => {
      const check = () => (status.textContent !== 'running' ? ok(null) : setTimeout(check, 1));
      check();
    });
    return { frames, work, pauseMs: performance.now() - t0, epoch: app.epoch };
  }, opts.seconds);
  await page.close();
  return { frameMs: median(res.frames), workMs: median(res.work), pauseMs: res.pauseMs, epochs: res.epoch };
}

async function benchBigData(browser, url) {
  const rows = 100000;
  const runs = [];
  for (let r = 0; r < opts.runs; r++) {
    const x = await bigDataRun(browser, url, rows);
    runs.push(x);
    say(`big data run ${r + 1}: frame ${x.frameMs.toFixed(1)} ms, main work ${x.workMs.toFixed(1)} ms, pause ${x.pauseMs.toFixed(0)} ms, epoch ${x.epochs}`);
  }
  const row = {
    impl: 'page-big-data', rows, frame_ms_median: median(runs.map((x) => x.frameMs)), main_ms_median: median(runs.map((x) => x.workMs)),
    pause_ms_median: median(runs.map((x) => x.pauseMs)), source: opts.file ? 'file' : 'served',
  };
  out(row);
  say(`\nthe page on a ${rows.toLocaleString('en-US')}-row CSV (${row.source}, default pace), medians of ${opts.runs} runs:`);
  say(`  frame interval            ${row.frame_ms_median.toFixed(1)} ms (median), main-thread work ${row.main_ms_median.toFixed(1)} ms per frame`);
  say(`  Pause shown after         ${row.pause_ms_median.toFixed(0)} ms`);
}

// ---- the Digits page ----------------------------------------------------------------

// Installed before the page's own scripts: the moment the page posts Play to
// its worker (autoplay's), then every animation frame's interval and the
// page's own work in it (app.frameWork) until the test accuracy reaches 90 %
// and at least `ms` have passed (reaching 90 % can take fewer frames than
// make a median).
const DIGITS_PROBE = (ms) => {
  const p = { t0: NaN, t90: NaN, done: false, frames: [], work: [], updates90: 0, epoch90: 0, rates: [] };
  /** @type {any} */ (window).digitsProbe = p;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (msg, ...rest) {
    if (Number.isNaN(p.t0) && msg && msg.type === 'play') p.t0 = performance.now();
    return post.call(this, msg, ...rest);
  };
  let last = 0, seen = -1;
  const raf = (t) => {
    const app = window.downhill && window.downhill.app;
    if (!Number.isNaN(p.t0) && seen < 0) seen = app.frameWork.length;
    if (seen >= 0) {
      if (last) p.frames.push(t - last);
      // run-view.js keeps the newest 300 to 600: follow its cut.
      if (app.frameWork.length < seen) seen = Math.max(0, seen - 300);
      p.work.push(...app.frameWork.slice(seen));
      seen = app.frameWork.length;
      if (app.examplesPerSecond > 0) p.rates.push(app.examplesPerSecond);
      if (Number.isNaN(p.t90) && parseFloat(document.getElementById('test-accuracy').textContent) >= 90) { p.t90 = t; p.updates90 = app.updates; p.epoch90 = app.epoch; }
      p.done = !Number.isNaN(p.t90) && t - p.t0 >= ms;
    }
    last = t;
    if (!p.done) requestAnimationFrame(raf);
  };
  requestAnimationFrame(raf);
};

const quantile = (xs, q) => {
  const a = xs.filter(Number.isFinite).sort((p, r) => p - r);
  return a.length ? a[Math.min(a.length - 1, Math.floor(q * a.length))] : NaN;
};

/** One run of ?mode=digits&autoplay=1 (the defaults, every view drawing) to 90 % test accuracy. */
async function digitsRun(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(DIGITS_PROBE, opts.seconds * 1000);
  await page.goto(`${url}?mode=digits&autoplay=1`);
  await page.waitForFunction(() => /** @type {any} */ (window).digitsProbe.done, null, { timeout: 90000, polling: 250 });
  const res = await page.evaluate(() => {
    const p = /** @type {any} */ (window).digitsProbe;
    const { app, state } = window.downhill;
    return { ...p, sizes: app.sizes, batch: state.batch };
  });
  await page.close();
  if (errors.length) throw new Error(`digits page: ${errors.join('; ')}`);
  const seconds = (res.t90 - res.t0) / 1000;
  return {
    net: res.sizes.join('-'), batch: res.batch, seconds, epochs: res.epoch90,
    frameMedian: median(res.frames), frameP90: quantile(res.frames, 0.9),
    workMedian: median(res.work), workP90: quantile(res.work, 0.9),
    wall: res.updates90 * res.batch / seconds, trainingRate: median(res.rates),
  };
}

async function benchDigits(browser, url) {
  const n = opts.quick ? 1 : opts.runs;
  const runs = [];
  for (let r = 0; r < n; r++) {
    const x = await digitsRun(browser, url);
    runs.push(x);
    say(`digits run ${r + 1}: 90 % after ${x.seconds.toFixed(1)} s (epoch ${x.epochs}), frame ${x.frameMedian.toFixed(1)} / ${x.frameP90.toFixed(1)} ms, `
      + `main work ${x.workMedian.toFixed(1)} / ${x.workP90.toFixed(1)} ms (median / p90), ${fmtK(x.wall)} ex/s`);
  }
  const m = (k) => median(runs.map((x) => x[k]));
  const row = {
    impl: 'digits', net: runs[0].net, batch: runs[0].batch,
    seconds_to_90: m('seconds'), epochs_to_90: m('epochs'),
    frame_ms_median: m('frameMedian'), frame_ms_p90: m('frameP90'),
    main_ms_median: m('workMedian'), main_ms_p90: m('workP90'),
    examples_per_s: Math.round(m('wall')), worker_training_examples_per_s: Math.round(m('trainingRate')),
    runs: n, source: opts.file ? 'file' : 'served',
  };
  out(row);
  say(`\nDigits (${row.source}, ?mode=digits&autoplay=1, ${row.net} batch ${row.batch}), medians of ${n} run(s):`);
  say(`  90 % test accuracy after  ${row.seconds_to_90.toFixed(1)} s of training (epoch ${row.epochs_to_90})`);
  say(`  frame interval            ${row.frame_ms_median.toFixed(1)} ms median, ${row.frame_ms_p90.toFixed(1)} ms p90`);
  say(`  main-thread work          ${row.main_ms_median.toFixed(1)} ms median, ${row.main_ms_p90.toFixed(1)} ms p90 per frame`);
  say(`  examples/s while drawing  ${fmtK(row.examples_per_s)} (the worker trains at ${fmtK(row.worker_training_examples_per_s)} while it trains)`);
}
const fmtK = (v) => `${(v / 1e3).toFixed(1)}k`;

// ---- run -------------------------------------------------------------------------

/** The newest child process of `pid` (by start time), or 0. */
function newestChild(pid) {
  let best = 0, bestStart = -1;
  try {
    for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
      try {
        const f = readFileSync(`/proc/${d}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        if (Number(f[1]) === pid && Number(f[19]) > bestStart) { best = Number(d); bestStart = Number(f[19]); }
      } catch { /* gone */ }
    }
  } catch { return 0; }
  return best;
}

const server = await startServer({ root: ROOT, port: 0 });
const origin = server.url.replace(/\/$/, '');
const extraServers = [];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
// playwright-core's Browser does not say its process; the newest Chromium
// child of this process is it (Linux only, for the CPU clock above).
const browserPid = newestChild(process.pid);
try {
  const engine = opts.only === null || opts.only === 'engine' ? await benchEngine(browser, origin) : null;
  if (opts.only === null || opts.only === 'page' || opts.only === 'bigdata') {
    const pages = [{ impl: 'page', url: opts.file ? pathToFileURL(join(ROOT, 'dist', 'index.html')).href : `${origin}/dist/index.html` }];
    for (const { name, dir } of opts.comparePage) {
      const s = await startServer({ root: dir, port: 0 });
      extraServers.push(s);
      pages.push({ impl: `page:${name}`, name, url: opts.file ? pathToFileURL(join(dir, 'index.html')).href : s.url });
    }
    say('');
    if (opts.only !== 'bigdata') await benchPages(browser, pages, engine);
    await benchBigData(browser, pages[0].url);
  }
  if (opts.only === null || opts.only === 'digits') {
    say('');
    await benchDigits(browser, opts.file ? pathToFileURL(join(ROOT, 'dist', 'index.html')).href : `${origin}/dist/index.html`);
  }
  for (const { name, dir } of opts.compare) say(`(${name}: ${basename(dir)})`);
} finally {
  await browser.close();
  await server.close();
  for (const s of extraServers) await s.close();
}
