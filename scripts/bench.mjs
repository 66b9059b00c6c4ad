#!/usr/bin/env node
// bench.mjs — `npm run bench`: training and grid throughput of the wasm builds
// in Node, against a plain-JavaScript baseline and the measured SIMD peak.
//
//   node scripts/bench.mjs           a table
//   node scripts/bench.mjs --json    JSON Lines, one per (impl, net, batch)
//   node scripts/bench.mjs --quick   fewer, shorter runs
//
// Workload: 1000 XOR points (noise 0.1, standardized), SGD, no test set, the
// training order reshuffled every epoch as the core does. Impls: the SIMD
// build, the scalar build, and bench/baseline-mlp.js.
//
// Training is driven as the page drives it: many short calls
// (model.stepBatches(k)) from JS. V8 optimizes a wasm function in the
// background and only calls made after that use the optimized code, so one
// long call would measure the baseline tier. k is chosen below (BATCHES_PER_CALL).
//
// Grid: model.evalGrid 200 x 200, decision output only (hidden maps off), and
// again with the hidden maps for the record.
//
// FLOPs (for peak_fraction). Counted per example from the dense layers only:
// each multiply-add is 2 FLOPs, each bias add 1. With layer sizes s0..sL,
// M = Σ s_l·s_{l+1}, N = Σ s_{l+1} (outputs of every layer):
//   forward   2M + N
//   backward  2M + N            (dW += dout·inᵀ, db += dout)
//           + 2(M - s0·s1)      (din = Wᵀ·dout, every layer but the first)
// Activations, the loss, shuffling and the optimizer update are not counted,
// so the fractions are lower bounds. The grid counts the forward pass only.
// Peak: bench/wasm-peak.js, f32x4.mul + f32x4.add on independent accumulators
// (the best of a few accumulator counts), median of several timed calls.
import { performance } from 'node:perf_hooks';

import { createBaselineMlp } from '../bench/baseline-mlp.js';
import { measurePeak } from '../bench/wasm-peak.js';
import { loadDownhillNode } from '../wasm/node-loader.js';

const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!['--json', '--quick'].includes(a)) {
    console.error(`bench.mjs: unknown option ${a} (use --json, --quick)`);
    process.exit(2);
  }
}
const JSON_OUT = args.has('--json');
const QUICK = args.has('--quick');
const RUNS = QUICK ? 3 : 7;             // timed runs per measurement; the median is reported
const RUN_MS = QUICK ? 80 : 200;        // length of one timed run
const WARM_MS = QUICK ? 150 : 400;      // untimed warm-up before the runs
const BATCHES_PER_CALL = 4;             // stepBatches(k): see the header
const GRID = 200;
const POINTS = 1000;

const CASES = [
  { net: [2, 8, 8, 1], activation: 'tanh', batch: 10 },
  { net: [2, 8, 8, 1], activation: 'tanh', batch: 32 },
  { net: [2, 16, 16, 16, 1], activation: 'tanh', batch: 10 },
  { net: [2, 16, 16, 16, 1], activation: 'tanh', batch: 32 },
  { net: [2, 16, 16, 1], activation: 'relu', batch: 10 },
];

function flopsPerExample(sizes) {
  let M = 0, N = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    M += sizes[l] * sizes[l + 1];
    N += sizes[l + 1];
  }
  const forward = 2 * M + N;
  const backward = 2 * M + N + 2 * (M - sizes[0] * sizes[1]);
  return { train: forward + backward, forward };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Repeat `step` (which returns the work it did) for ms milliseconds; work/s. */
function rate(step, ms) {
  let work = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    work += step();
    t = performance.now();
  }
  return (work / (t - t0)) * 1e3;
}

function measure(step) {
  rate(step, WARM_MS);
  const rates = [];
  for (let r = 0; r < RUNS; r++) rates.push(rate(step, RUN_MS));
  return median(rates);
}

function benchWasm(dh, c) {
  const all = dh.generate('xor', { count: POINTS, noise: 0.1, seed: 1 });
  all.standardize();
  const model = dh.createTrainer({
    model: 'mlp', hidden: c.net.slice(1, -1), activation: c.activation,
    optimizer: 'sgd', lr: 0.01, batch: c.batch, seed: 1,
  }, all);
  const n = all.n;
  const trainStep = () => {
    const e0 = model.epoch, c0 = model.cursor;
    model.stepBatches(BATCHES_PER_CALL);
    const done = (model.epoch - e0) * n + (model.cursor - c0);
    return done;
  };
  const train = measure(trainStep);
  if (model.status !== 'running') throw new Error(`training ended with status ${model.status}`);
  const box = { x0: -2, x1: 2, y0: -2, y1: 2, width: GRID, height: GRID };
  const grid = measure(() => { model.evalGrid({ ...box, hidden: false }); return GRID * GRID; });
  const gridHidden = measure(() => { model.evalGrid({ ...box, hidden: true }); return GRID * GRID; });
  model.free();
  all.free();
  return { train, grid, gridHidden };
}

function benchBaseline(dh, c) {
  // The same points as the wasm runs, copied out of the core.
  const all = dh.generate('xor', { count: POINTS, noise: 0.1, seed: 1 });
  all.standardize();
  const x = all.x.slice();
  const y = all.y.slice();
  all.free();
  const n = y.length;
  const mlp = createBaselineMlp(c.net, c.activation, 1);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let s = 12345;
  const shuffle = () => { // Fisher-Yates, as the core reshuffles every epoch
    for (let i = n - 1; i > 0; i--) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const j = s % (i + 1);
      const t = order[i]; order[i] = order[j]; order[j] = t;
    }
  };
  let cursor = 0;
  const trainStep = () => {
    let done = 0;
    for (let k = 0; k < BATCHES_PER_CALL; k++) {
      if (cursor === 0) shuffle();
      const count = Math.min(c.batch, n - cursor);
      mlp.trainBatch(x, y, order, cursor, count, 0.01);
      cursor = (cursor + count) % n;
      done += count;
    }
    return done;
  };
  const train = measure(trainStep);
  const out = new Float32Array(GRID * GRID);
  const grid = measure(() => { mlp.grid(out, -2, 2, -2, 2, GRID, GRID); return GRID * GRID; });
  return { train, grid, gridHidden: null };
}

// The best of a few accumulator counts. On a shared machine a busy moment
// lowers one measurement, so main() measures before and after the runs and
// keeps the higher (a low peak would flatter every fraction).
async function peakOnce() {
  const peaks = [];
  for (const acc of [12, 14, 16]) peaks.push(await measurePeak({ acc, unroll: 2, runs: QUICK ? 3 : 7 }));
  return peaks.reduce((a, b) => (b.gflops > a.gflops ? b : a));
}

async function main() {
  const before = await peakOnce();
  const pending = [];
  await runCases(pending);
  const after = await peakOnce();
  const peak = after.gflops > before.gflops ? after : before;
  const peakFlops = peak.gflops * 1e9;

  const rows = [];
  if (JSON_OUT) {
    console.log(JSON.stringify({ impl: 'peak', gflops: peak.gflops, gflops_before: before.gflops, gflops_after: after.gflops,
      accumulators: peak.acc, unroll: peak.unroll, node: process.version }));
  } else {
    console.log(`Node ${process.version}; measured wasm f32x4 mul+add peak ${peak.gflops.toFixed(1)} GFLOP/s (${peak.acc} accumulators; ${before.gflops.toFixed(1)} before the runs, ${after.gflops.toFixed(1)} after)`);
    console.log(`${POINTS} XOR points, SGD, stepBatches(${BATCHES_PER_CALL}) per call; grid ${GRID}x${GRID}; median of ${RUNS} runs\n`);
    console.log('impl    net              act   batch   train ex/s   %peak   grid pts/s   grid ms  %peak   +hidden ms');
  }
  for (const { c, results } of pending) {
    const flops = flopsPerExample(c.net);
    for (const [impl, r] of Object.entries(results)) {
      const row = {
        impl,
        net: c.net.join('-'),
        activation: c.activation,
        batch: c.batch,
        train_examples_per_s: Math.round(r.train),
        grid_points_per_s: Math.round(r.grid),
        grid_ms: (GRID * GRID) / r.grid * 1e3,
        grid_with_hidden_ms: r.gridHidden ? (GRID * GRID) / r.gridHidden * 1e3 : null,
        peak_fraction: (r.train * flops.train) / peakFlops,
        grid_peak_fraction: (r.grid * flops.forward) / peakFlops,
        flops_per_example: flops.train,
        speedup_vs_js: r.train / results.js.train,
        grid_speedup_vs_js: r.grid / results.js.grid,
      };
      rows.push(row);
      if (JSON_OUT) {
        console.log(JSON.stringify(row));
      } else {
        const f = (v, w) => String(v).padStart(w);
        const m = (v) => `${(v / 1e6).toFixed(2)}M`;
        console.log(`${row.impl.padEnd(7)} ${row.net.padEnd(16)} ${row.activation.padEnd(5)} ${f(row.batch, 5)} ${f(m(row.train_examples_per_s), 12)} ${f((100 * row.peak_fraction).toFixed(1), 7)} ${f(m(row.grid_points_per_s), 12)} ${f(row.grid_ms.toFixed(3), 9)} ${f((100 * row.grid_peak_fraction).toFixed(1), 6)} ${f(row.grid_with_hidden_ms === null ? '-' : row.grid_with_hidden_ms.toFixed(3), 12)}`);
      }
    }
  }
  if (!JSON_OUT) {
    console.log('\nspeed-up of the SIMD build over plain JS (training, grid):');
    for (const r of rows.filter((x) => x.impl === 'simd')) {
      console.log(`  ${r.net} ${r.activation} batch ${r.batch}: ${r.speedup_vs_js.toFixed(1)}x, ${r.grid_speedup_vs_js.toFixed(1)}x`);
    }
  }
}

async function runCases(pending) {
  const impls = {
    simd: await loadDownhillNode({ variant: 'simd' }),
    scalar: await loadDownhillNode({ variant: 'scalar' }),
  };
  for (const c of CASES) {
    pending.push({
      c,
      results: {
        simd: benchWasm(impls.simd, c),
        scalar: benchWasm(impls.scalar, c),
        js: benchBaseline(impls.simd, c),
      },
    });
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
