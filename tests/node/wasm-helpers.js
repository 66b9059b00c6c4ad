// wasm-helpers.js — shared by the wasm suites (not a test file itself).
// Every suite runs against the real builds, both variants; no mocks.
import assert from 'node:assert/strict';

import { loadDownhillNode, readVariant } from '../../wasm/node-loader.js';

export const VARIANTS = ['simd', 'scalar'];

const cache = new Map();

/** Assert one dh.kernelTwins() result: all 14 kernels within their tolerance.
 *  Sums of up to 64 products of magnitude ~2 may round differently when
 *  reordered; elementwise kernels must agree to the fast-math bound 1e-6. */
export function assertKernelTwins({ max, checks }, label = '') {
  assert.equal(Object.keys(checks).length, 14);
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

/** Both variants' factories and bytes, as loadDownhill's `auto` wants them. */
export async function bothVariants() {
  const factories = {};
  const wasmBinary = {};
  for (const v of VARIANTS) {
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
