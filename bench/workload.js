// workload.js — the engine benchmark's workload and timing, shared by
// scripts/bench.mjs (Node) and scripts/bench-browser.mjs (a Chromium worker).
// No Node or DOM APIs: it runs wherever performance.now() and WebAssembly do.
//
// Workload: 1000 XOR points (noise 0.1, standardized), SGD, no test set, the
// training order reshuffled every epoch as the core does. Training is driven
// as the page drives it: many short calls (model.stepBatches(k)) from JS. V8
// optimizes a wasm function in the background and only calls made after that
// use the optimized code, so one long call would measure the baseline tier.
//
// FLOPs (for peak_fraction). Counted per example from the dense layers only:
// each multiply-add is 2 FLOPs, each bias add 1. With layer sizes s0..sL,
// M = Σ s_l·s_{l+1}, N = Σ s_{l+1} (outputs of every layer):
//   forward   2M + N
//   backward  2M + N            (dW += dout·inᵀ, db += dout)
//           + 2(M - s0·s1)      (din = Wᵀ·dout, every layer but the first)
// Activations, the loss, shuffling and the optimizer update are not counted,
// so the fractions are lower bounds. The grid counts the forward pass only.

import { createBaselineMlp } from './baseline-mlp.js';

export const BATCHES_PER_CALL = 4;     // stepBatches(k): see the header
export const GRID = 200;
export const POINTS = 1000;

export const CASES = [
  { net: [2, 8, 8, 1], activation: 'tanh', batch: 10 },
  { net: [2, 8, 8, 1], activation: 'tanh', batch: 32 },
  { net: [2, 16, 16, 16, 1], activation: 'tanh', batch: 10 },
  { net: [2, 16, 16, 16, 1], activation: 'tanh', batch: 32 },
  { net: [2, 16, 16, 1], activation: 'relu', batch: 10 },
];

// The lesson's digit networks on real MNIST digits (784 grey levels, 10
// classes; `digits` = { pixels: Uint8Array, labels: Uint8Array } handed in by
// the caller, which can read files): training only, no grid.
export const DIGIT_POINTS = 2000;
export const DIGIT_CASES = [
  { net: [784, 16, 16, 10], activation: 'sigmoid', batch: 32, data: 'digits' },
  { net: [784, 128, 10], activation: 'sigmoid', batch: 32, data: 'digits' },
];

/** The first DIGIT_POINTS digits as { pixels, labels }, a subarray each. */
function digitRows(digits) {
  const n = Math.min(DIGIT_POINTS, digits.labels.length);
  return { pixels: digits.pixels.subarray(0, n * 784), labels: digits.labels.subarray(0, n) };
}

/** Case c's dataset in dh: XOR points, or (c.data 'digits') the digits. */
function caseData(dh, c, digits) {
  if (c.data === 'digits') return dh.datasetFromPixels({ ...digitRows(digits), width: 784, classes: 10 });
  const all = dh.generate('xor', { count: POINTS, noise: 0.1, seed: 1 });
  all.standardize();
  return all;
}

export function flopsPerExample(sizes) {
  let M = 0, N = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    M += sizes[l] * sizes[l + 1];
    N += sizes[l + 1];
  }
  const forward = 2 * M + N;
  const backward = 2 * M + N + 2 * (M - sizes[0] * sizes[1]);
  return { train: forward + backward, forward };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Repeat `step` (which returns the work it did) for ms milliseconds; work/s. */
export function rate(step, ms) {
  let work = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    work += step();
    t = performance.now();
  }
  return (work / (t - t0)) * 1e3;
}

/** The median rate of `runs` timed runs of `runMs` after `warmMs` untimed. */
export function measure(step, { runs, runMs, warmMs }) {
  rate(step, warmMs);
  const rates = [];
  for (let r = 0; r < runs; r++) rates.push(rate(step, runMs));
  return median(rates);
}

/** A model of case `c` on the workload's data, and a step that trains
 *  BATCHES_PER_CALL batches and returns the examples it trained. */
export function wasmTrainer(dh, c, digits = null) {
  const all = caseData(dh, c, digits);
  const model = dh.createTrainer({
    model: 'mlp', hidden: c.net.slice(1, -1), activation: c.activation,
    optimizer: 'sgd', lr: 0.01, batch: c.batch, seed: 1,
  }, all);
  const n = all.n;
  const step = () => {
    const e0 = model.epoch, c0 = model.cursor;
    model.stepBatches(BATCHES_PER_CALL);
    return (model.epoch - e0) * n + (model.cursor - c0);
  };
  const free = () => { model.free(); all.free(); };
  return { model, step, free };
}

/** Training and grid rates of one wasm build on case `c`. */
export function benchWasm(dh, c, timing, { grids = true, digits = null } = {}) {
  const { model, step, free } = wasmTrainer(dh, c, digits);
  const train = measure(step, timing);
  if (model.status !== 'running') throw new Error(`training ended with status ${model.status}`);
  let grid = null, gridHidden = null;
  if (grids) {
    const box = { x0: -2, x1: 2, y0: -2, y1: 2, width: GRID, height: GRID };
    grid = measure(() => { model.evalGrid({ ...box, hidden: false }); return GRID * GRID; }, timing);
    gridHidden = measure(() => { model.evalGrid({ ...box, hidden: true }); return GRID * GRID; }, timing);
  }
  free();
  return { train, grid, gridHidden };
}

/** bench/baseline-mlp.js (plain JavaScript) on case `c` and the workload's
 *  data (made by `dh`), and a step as wasmTrainer's. */
export function baselineTrainer(dh, c, digits = null) {
  // The same points as the wasm runs, copied out of the core.
  const all = caseData(dh, c, digits);
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
  return { mlp, step: trainStep, free: () => {} };
}

/** The same on bench/baseline-mlp.js (plain JavaScript); `dh` makes the data. */
export function benchBaseline(dh, c, timing, { grids = true, digits = null } = {}) {
  const { mlp, step } = baselineTrainer(dh, c, digits);
  const train = measure(step, timing);
  let grid = null;
  if (grids) {
    const out = new Float32Array(GRID * GRID);
    grid = measure(() => { mlp.grid(out, -2, 2, -2, 2, GRID, GRID); return GRID * GRID; }, timing);
  }
  return { train, grid, gridHidden: null };
}

// A CSV of `rows` seeded points, two features, two classes (a ring around a
// disc), as a student might upload:
// the browser benchmark's big-data row and tests/browser/big-data.test.js.
export function bigCsv(rows) {
  let seed = 12345;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const lines = ['x1,x2,label'];
  for (let i = 0; i < rows; i++) {
    const c = i % 2;
    const r = c ? 3 + rnd() * 2 : rnd() * 2;
    const a = rnd() * 2 * Math.PI;
    lines.push(`${(r * Math.cos(a)).toFixed(3)},${(r * Math.sin(a)).toFixed(3)},${c}`);
  }
  return `${lines.join('\n')}\n`;
}
