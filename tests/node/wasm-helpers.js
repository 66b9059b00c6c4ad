// wasm-helpers.js — shared by the wasm suites (not a test file itself).
// Every suite runs against the real builds, each variant this Node runs; no
// mocks. Node 20 runs the relaxed-SIMD build only with
// --experimental-wasm-relaxed-simd (scripts/test.sh runs the suites again so,
// with DOWNHILL_TEST_VARIANTS=relaxed).
import assert from 'node:assert/strict';

import { VARIANTS as ALL_VARIANTS, variantSupported } from '../../wasm/downhill.js';
import { loadDownhillNode, readVariant } from '../../wasm/node-loader.js';

/** The variants the suites run on: DOWNHILL_TEST_VARIANTS (comma-separated)
 *  if set, else every build this engine runs. */
export const VARIANTS = process.env.DOWNHILL_TEST_VARIANTS
  ? process.env.DOWNHILL_TEST_VARIANTS.split(',')
  : ALL_VARIANTS.filter(variantSupported);
for (const v of VARIANTS) {
  if (!variantSupported(v)) {
    throw new Error(`DOWNHILL_TEST_VARIANTS names ${v}, which this Node does not run`
      + (v === 'relaxed' ? ' (run node --experimental-wasm-relaxed-simd --test)' : ''));
  }
}

const cache = new Map();

/** Assert one dh.kernelTwins() result: all 14 kernels within their tolerance.
 *  Sums of up to 64 products of magnitude ~2 may round differently when
 *  reordered; elementwise kernels must agree to the fast-math bound 1e-6.
 *  The relaxed build's f32x4.relaxed_madd is fused where the CPU has FMA
 *  (one rounding per multiply-add instead of two). Measured in Node 20 on x64
 *  with FMA3, largest |fast - ref| over seeds 1-20:
 *                     relaxed   SIMD     scalar
 *    linear_forward   5.3e-6    0        0        (SIMD sums in the ref's order)
 *    backward.din     2.9e-6    0        0
 *    backward.dw      1.1e-5    9.5e-6   7.6e-6
 *    backward.db      7.6e-6    7.6e-6   6.7e-6   (no products: unchanged)
 *    tanh, sigmoid    3.0e-7    3.0e-7   3.6e-7   (their polynomials' FMAs: no change)
 *    tanh backward    6.0e-8    0        0        (1 - t² fused)
 *  All well inside the 1e-4 and 2e-6 below. */
export function assertKernelTwins({ max, checks }, label = '') {
  assert.equal(Object.keys(checks).length, 15);
  // The gather is a copy: exact.
  assert.equal(checks.gather_columns, 0, `${label}gather_columns: the gathered columns differ from the rows`);
  for (const [name, diff] of Object.entries(checks)) {
    const tol = name.startsWith('linear') ? 1e-4 : 2e-6;
    assert.ok(diff <= tol, `${label}${name}: max |fast - ref| = ${diff} > ${tol}`);
  }
  assert.ok(max <= 1e-4);
}

/** One loaded module per variant and test process. */
export function load(variant) {
  if (!cache.has(variant)) cache.set(variant, loadDownhillNode({ variant }));
  return cache.get(variant);
}

/** The given variants' factories and bytes (default: every variant built),
 *  as loadDownhill's `auto` wants them. */
export async function builtVariants(variants = ALL_VARIANTS) {
  const factories = {};
  const wasmBinary = {};
  for (const v of variants) {
    const { factory, bytes } = await readVariant(v);
    factories[v] = factory;
    wasmBinary[v] = bytes;
  }
  return { factories, wasmBinary };
}

/** A fresh module instance (for tests that grow or probe memory). */
export function loadFresh(variant) {
  return loadDownhillNode({ variant });
}

/** Generate, split (30 % test) and standardize; returns { all, train, test, free }. */
export function prepare(dh, name, gen, testRatio = 0.3, splitSeed = 7) {
  const all = dh.generate(name, gen);
  const { train, test } = all.split(testRatio, splitSeed);
  train.standardize();
  test.standardizeLike(train);
  return {
    all, train, test,
    free() { train.free(); test.free(); all.free(); },
  };
}

/** The last history record. */
export function last(model) {
  const h = model.history(model.epoch - 1);
  return h[h.length - 1];
}
