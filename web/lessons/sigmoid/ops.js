// sigmoid/ops.js — worker-side computations of the "Discrete vs continuous"
// lesson, all with the engine's own σ and cross-entropy (dh.sigmoid,
// dh.crossEntropy), so the numbers on the page are the ones training uses.
//
// Ops:
//   curve({ lo, hi, n })  -> { z: [n], p: [n] }   σ(z) at n evenly spaced z
//   points({ scale })     -> { scale, rows: [{ x, label, z, p }], error }
//        the course's two points under the line scale·x1 + scale·x2 = 0:
//        z = scale·(x1 + x2), p = σ(z), error = summed binary cross-entropy
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

/** The course's quiz: (1, 1) labelled 1 and (−1, −1) labelled 0. */
export const QUIZ_POINTS = [{ x: [1, 1], label: 1 }, { x: [-1, -1], label: 0 }];
const MAX_SAMPLES = 2000;

export const sigmoidOps = defineOps(OPS, {
  curve(dh, { lo, hi, n }) {
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new Error('the curve needs lo < hi');
    if (!(Number.isInteger(n) && n >= 2 && n <= MAX_SAMPLES)) throw new Error(`the curve needs 2 to ${MAX_SAMPLES} samples`);
    const z = [], p = [];
    for (let i = 0; i < n; i++) {
      const v = lo + ((hi - lo) * i) / (n - 1);
      z.push(v);
      p.push(dh.sigmoid(v));
    }
    return { z, p };
  },

  points(dh, { scale }) {
    if (!Number.isFinite(scale)) throw new Error('the weight scale must be a number');
    const rows = QUIZ_POINTS.map(({ x, label }) => {
      const z = scale * x[0] + scale * x[1];
      return { x, label, z, p: dh.sigmoid(z) };
    });
    const error = dh.crossEntropy(rows.map((r) => r.label), rows.map((r) => r.p));
    return { scale, rows, error };
  },
});
