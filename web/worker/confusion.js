// worker/confusion.js — what a classifier did on the test set: a confusion
// matrix (rows: true class, columns: predicted class) from the engine's
// predictions, recomputed at most a few times a second while the run trains.
//
// The predicted class follows the core's own rule (nn_model_classify): one
// output (a sigmoid or the perceptron's step) means class 1 when it is at
// least 0.5; several outputs mean the most probable one (the first on a tie).

const EVERY_MS = 250;     // at most this often while training
const MAX_POINTS = 5000;  // test points counted at most (a sample of a bigger set)

/** Counts (k*k, row-major: counts[true * k + predicted]) of `probs` (n*nOut,
 *  row per point) against labels `y` (n). */
export function confusionCounts(probs, y, nOut, k) {
  const counts = new Array(k * k).fill(0);
  for (let i = 0; i < y.length; i++) {
    let best = 0;
    if (nOut === 1) {
      best = probs[i] >= 0.5 ? 1 : 0;
    } else {
      for (let o = 1; o < nOut; o++) if (probs[i * nOut + o] > probs[i * nOut + best]) best = o;
    }
    if (y[i] >= 0 && y[i] < k && best < k) counts[y[i] * k + best] += 1;
  }
  return counts;
}

/** The predicted class of every row of `probs` (n rows of k outputs, k > 1):
 *  the most probable, the first on a tie (as confusionCounts).
 *  @param {Float32Array} probs  @param {number} k */
export function argmaxRows(probs, k) {
  const n = probs.length / k;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let o = 1; o < k; o++) if (probs[i * k + o] > probs[i * k + best]) best = o;
    out[i] = best;
  }
  return out;
}

/** Per true class: the share of its points predicted right (NaN when it has none). */
export function perClassAccuracy(counts, k) {
  const out = [];
  for (let c = 0; c < k; c++) {
    let row = 0;
    for (let p = 0; p < k; p++) row += counts[c * k + p];
    out.push(row ? counts[c * k + c] / row : NaN);
  }
  return out;
}

/** A tracker for one run: take(model, test, k, force) returns
 *  { counts, k, n, whole } when it is time for a new matrix, else null.
 *  `whole` says the test set is the whole data (a truth table); `predicted`
 *  asks for each counted point's predicted class too (the Digits mode's
 *  gallery and cells), as a Uint8Array. */
export function createConfusion() {
  let key = '';      // the model state the last matrix was made of
  let last = -1e9;   // when
  return {
    /** Forget the last matrix: the next take() makes one (new run, new weights). */
    invalidate() { key = ''; last = -1e9; },
    take(model, test, { k, whole, of = test.n, predicted = false }, force) {
      const now = performance.now();
      const state = `${model.updates}:${model.epoch}`;
      if (state === key || (!force && now - last < EVERY_MS)) return null;
      key = state;
      last = now;
      // A big test set is counted on a sample (the one the trainer evaluates,
      // worker/data.js, of `of` rows), at most MAX_POINTS of its rows: the
      // split shuffled them, so they are a fair sample, and a frame stays short.
      const n = Math.min(test.n, MAX_POINTS);
      const probs = model.predict(n < test.n ? test.x.subarray(0, n * test.d) : test.x);
      const counts = confusionCounts(probs, test.y.subarray(0, n), model.nOutputs, k);
      return { counts, k, n, of: Math.max(of, n), whole, ...(predicted && model.nOutputs > 1 ? { predicted: argmaxRows(probs, model.nOutputs) } : {}) };
    },
  };
}
