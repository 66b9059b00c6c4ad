// worker/digits.js — the Digits mode's datasets: the page's digits (bytes, as
// loaded from the pack: web/digits/pack.js) split by a seed into training and
// test sets of 784 grey levels scaled to [0, 1], and what the frames add for
// the mode's views (every test digit's predicted class).
//
// No standardization: a pixel that is always paper (the image's border) has
// no spread to divide by, and [0, 1] is the scale MNIST nets are taught on;
// the pad's drawings (web/digits/) are scaled the same way.

import { DIGIT_PIXELS } from '../digits/pack.js';

export const DIGIT_CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const TEST_SHARE = 0.2;   // 10,000 digits: 8,000 to train on, 2,000 to test

/** A seeded shuffle of 0..n-1 (mulberry32, so a link's dataSeed gives the same split everywhere). */
export function shuffledIndices(n, seed) {
  let a = (seed >>> 0) || 1;
  const rand = () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = idx[i]; idx[i] = idx[j]; idx[j] = t;
  }
  return idx;
}

/** Which digits (indices into the pack) train and which test, for `count` of
 *  them in all: { train: Int32Array, test: Int32Array }. */
export function digitsSplit(total, count, seed) {
  const idx = shuffledIndices(total, seed).subarray(0, Math.min(count, total));
  const nTest = Math.round(idx.length * TEST_SHARE);
  return { test: idx.slice(0, nTest), train: idx.slice(nTest) };
}

// One dataset of the digits at `rows` (indices into the pack).
function digitsDataset(dh, digits, rows) {
  const x = new Float32Array(rows.length * DIGIT_PIXELS);
  const y = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const at = rows[r] * DIGIT_PIXELS;
    for (let j = 0; j < DIGIT_PIXELS; j++) x[r * DIGIT_PIXELS + j] = digits.pixels[at + j] / 255;
    y[r] = digits.labels[rows[r]];
  }
  return dh.fromArrays({ x, y, d: DIGIT_PIXELS, k: DIGIT_CLASSES.length });
}

/** makeData's digits case: cfg.digits is { labels, pixels } from the page
 *  (null while they load), cfg.digitCount how many to use, cfg.seed the split's seed. */
export function makeDigitsData(dh, cfg) {
  const digits = cfg.digits;
  const split = digits ? digitsSplit(digits.labels.length, cfg.digitCount, cfg.seed) : { train: new Int32Array(0), test: new Int32Array(0) };
  const none = { x: new Float32Array(0), y: new Int32Array(0), n: 0 };
  const info = {
    dataset: 'digits', n: split.train.length + split.test.length, d: DIGIT_PIXELS, k: DIGIT_CLASSES.length,
    featureNames: [], classNames: DIGIT_CLASSES.slice(), bounds: { x0: 0, x1: 1, y0: 0, y1: 1 },
    train: none, test: none, truthTable: false, regression: false, valueScale: null,
    mean: [], std: [], trainN: split.train.length,
    // Which of the page's digits are the test set, in the test set's order:
    // the page draws them from its own copy (gallery, confusion cells).
    digits: { trainN: split.train.length, testRows: split.test },
  };
  if (!digits) return { train: null, test: null, info: { ...info, empty: true }, error: 'Loading the 10,000 handwritten digits…' };
  const train = digitsDataset(dh, digits, split.train);
  try {
    return { train, test: digitsDataset(dh, digits, split.test), info, error: null };
  } catch (e) {
    train.free();
    throw e;
  }
}
