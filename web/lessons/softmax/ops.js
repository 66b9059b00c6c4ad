// softmax/ops.js — worker-side computations of the "Softmax and
// cross-entropy" lesson.
//
// Ops:
//   softmax({ z, label })  -> { exps, sum, p, ce }
//        p_j = e^(z_j) / Σ_k e^(z_k); ce = −Σ_j y_j ln p_j with y the one-hot
//        label (so −ln p_label)
//   crossEntropy({ y, p }) -> { terms: [{ y, p, value }], total, multi }
//        the binary cross-entropy of a set of events term by term,
//        −[y ln p + (1 − y) ln(1 − p)]; total is the engine's own sum
//        (dh.crossEntropy); multi is the multiclass formula −Σ_i Σ_j y_ij ln p_ij
//        applied to each event as two classes (y, 1 − y), (p, 1 − p)
//
// Why softmax and the multiclass sum are plain JS here: the engine's softmax
// lives inside the model's output kernel (core/nn_kernels.h, probabilities
// from a chunk of logits) and the bridge exports no stand-alone softmax or
// categorical cross-entropy; exporting one would add a wasm export, its
// wrapper and its types for three numbers. The formula below is the
// kernel's: subtract the largest score before exponentiating, so big scores
// do not overflow. The binary cross-entropy, which the engine does export,
// is the engine's.
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

const MAX_CLASSES = 16;
const MAX_EVENTS = 16;

/** The softmax of scores z (max-subtracted, as the engine's kernel does). */
export function softmax(z) {
  const top = Math.max(...z);
  const exps = z.map((v) => Math.exp(v - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** −Σ_i Σ_j y_ij ln p_ij over rows of (labels, probabilities). */
export function multiclassCE(rows) {
  let total = 0;
  for (const { y, p } of rows) for (let j = 0; j < y.length; j++) if (y[j] !== 0) total -= y[j] * Math.log(p[j]);
  return total;
}

export const softmaxOps = defineOps(OPS, {
  softmax(dh, { z, label }) {
    if (!Array.isArray(z) || z.length < 2 || z.length > MAX_CLASSES || !z.every(Number.isFinite)) {
      throw new Error(`softmax needs 2 to ${MAX_CLASSES} finite scores`);
    }
    if (!(Number.isInteger(label) && label >= 0 && label < z.length)) throw new Error('the label must be one of the classes');
    const p = softmax(z);
    const exps = z.map(Math.exp);
    const y = z.map((_, j) => (j === label ? 1 : 0));
    return { exps, sum: exps.reduce((a, b) => a + b, 0), p, ce: multiclassCE([{ y, p }]) };
  },

  crossEntropy(dh, { y, p }) {
    if (!Array.isArray(y) || !Array.isArray(p) || y.length !== p.length || y.length < 1 || y.length > MAX_EVENTS) {
      throw new Error(`the labels and the probabilities must be two lists of 1 to ${MAX_EVENTS} numbers`);
    }
    if (!y.every((v) => v === 0 || v === 1)) throw new Error('each label must be 0 or 1');
    if (!p.every((v) => Number.isFinite(v) && v > 0 && v < 1)) throw new Error('each probability must lie strictly between 0 and 1');
    const terms = y.map((yi, i) => ({ y: yi, p: p[i], value: -(yi ? Math.log(p[i]) : Math.log(1 - p[i])) }));
    const multi = multiclassCE(y.map((yi, i) => ({ y: [yi, 1 - yi], p: [p[i], 1 - p[i]] })));
    return { terms, total: dh.crossEntropy(y, p), multi };
  },
});
