// digits/ops.js — the Digits mode's worker side. The mode trains the page's
// one run (worker/run.js, on dataset=digits: worker/digits.js); these ops
// read its model: the ten probabilities of one drawn digit, and which test
// digits a first-layer unit responds to most.

import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';
import { DIGIT_PIXELS } from '../../digits/pack.js';
import { parseKaggleDigits } from '../../digits/kaggle-csv.js';

function digitsModel(run) {
  const m = run.model;
  if (!m || !run.info || !run.info.digits) throw new Error(run.error || 'the digits network is not ready yet');
  return m;
}

export const digitsOps = defineOps(OPS, {
  // One 28×28 image (784 grey levels in [0, 1], as web/digits/prepare.js
  // makes them from the pad) -> the softmax's ten probabilities.
  predict(dh, { pixels }, store, run) {
    const m = digitsModel(run);
    if (!pixels || pixels.length !== DIGIT_PIXELS) throw new Error(`a digit is ${DIGIT_PIXELS} grey levels (28×28), got ${pixels ? pixels.length : 'none'}`);
    return Array.from(m.predict(Float32Array.from(pixels)));
  },
  // A Kaggle-format CSV's bytes (label,pixel0,...,pixel783) -> { count,
  // labels, pixels } as bytes; the page then hands them to the run as it
  // does the pack's, so the run's data and the page's pictures change together.
  csv(dh, { bytes }) {
    return parseKaggleDigits(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  },
  // First-layer unit `unit`: the `count` test digits whose weighted sum
  // (w · x + b, before the activation) is largest, as test-set rows, best first.
  excite(dh, { unit, count = 12 }, store, run) {
    const m = digitsModel(run);
    const test = run.test;
    const l = m.layers()[0];
    if (!Number.isInteger(unit) || unit < 0 || unit >= l.out) throw new Error(`the first layer has units 0 to ${l.out - 1}, not ${unit}`);
    const w = l.w.slice(unit * l.in, (unit + 1) * l.in);
    const b = l.b[unit];
    const x = test.x;
    const scores = new Float32Array(test.n);
    for (let i = 0; i < test.n; i++) {
      let s = b;
      const at = i * l.in;
      for (let j = 0; j < l.in; j++) s += w[j] * x[at + j];
      scores[i] = s;
    }
    const rows = Array.from(scores.keys()).sort((a, b2) => scores[b2] - scores[a]).slice(0, count);
    return { rows, scores: rows.map((r) => scores[r]) };
  },
});
