// worker/digits.js — the Digits mode's datasets: the page's digits (bytes, as
// loaded from the pack: web/digits/pack.js) split by a seed into training and
// test sets of 784 grey levels scaled to [0, 1]. (Frames add each test
// digit's predicted class: worker/confusion.js, `predicted`.)
//
// No standardization: a pixel that is always paper (the image's border) has
// no spread to divide by, and [0, 1] is the scale MNIST nets are taught on;
// the pad's drawings (web/digits/) are scaled the same way.

import { DIGIT_PIXELS } from '../digits/pack.js';

export const DIGIT_CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const TEST_SHARE = 0.2;   // 10,000 digits: 8,000 to train on, 2,000 to test

/** Which digits (indices into the pack) train and which test, for `count`
 *  of them in all, a fifth to test: the engine's seeded permutation
 *  (dh.splitRows), so a link's dataSeed gives the same split everywhere.
 *  @returns {{ train: Int32Array, test: Int32Array }} */
export function digitsSplit(dh, total, count, seed) {
  const n = Math.min(count, total);
  const nTest = Math.round(n * TEST_SHARE);
  const { train, test } = dh.splitRows(total, nTest, seed);
  return { test: test.slice(), train: train.slice(0, n - nTest) };
}

// One dataset of the digits at `rows` (indices into the pack): the engine
// copies only those rows in, as grey levels / 255.
function digitsDataset(dh, digits, rows) {
  return dh.datasetFromPixels({ pixels: digits.pixels, labels: digits.labels, width: DIGIT_PIXELS, classes: DIGIT_CLASSES.length, rows });
}

/** makeData's digits case: cfg.digits is { labels, pixels } from the page
 *  (null while they load), cfg.digitCount how many to use, cfg.seed the split's seed. */
export function makeDigitsData(dh, cfg) {
  const digits = cfg.digits;
  const split = digits ? digitsSplit(dh, digits.labels.length, cfg.digitCount, cfg.seed) : { train: new Int32Array(0), test: new Int32Array(0) };
  const none = { x: new Float32Array(0), y: new Int32Array(0), n: 0 };
  const info = {
    dataset: 'digits', n: split.train.length + split.test.length, d: DIGIT_PIXELS, k: DIGIT_CLASSES.length,
    featureNames: [], classNames: DIGIT_CLASSES.slice(), bounds: { x0: 0, x1: 1, y0: 0, y1: 1 },
    train: none, test: none, truthTable: false, regression: false, valueScale: null,
    mean: [], std: [], trainN: split.train.length, inputs: null,
    // Which of the page's digits are the test set, in the test set's order:
    // the page draws them from its own copy (gallery, confusion cells).
    digits: { trainN: split.train.length, testRows: split.test },
  };
  if (!digits) return { train: null, test: null, evalTest: null, info: { ...info, empty: true }, error: 'Loading the 10,000 handwritten digits…' };
  const train = digitsDataset(dh, digits, split.train);
  try {
    // At most 2,000 test digits: the trainer evaluates all of them (data.js EVAL_MAX).
    const test = digitsDataset(dh, digits, split.test);
    return { train, test, evalTest: test, info: { ...info, testN: test.n, evalN: test.n }, error: null };
  } catch (e) {
    train.free();
    throw e;
  }
}
