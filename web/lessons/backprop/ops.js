// backprop/ops.js — worker side of the backpropagation lesson: the engine's
// own network for the lesson (2-2-1, sigmoid, cross-entropy, seeded weights)
// and the engine's own training step on the one point, so the page can set
// the hand computation (chain.js) beside what training really does.
//
// Ops:
//   example({ seed, y, lr }) -> { x, y, lr, before, after, yhat, E, afterYhat, afterE }
//        before/after: { W1: [[w, w], [w, w]], b1: [b, b], v: [v, v], c } around
//        one plain SGD step of batch 1; yhat and E the engine's prediction and
//        error before the step, afterYhat and afterE after it.
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

export const POINT = [1, 2];
export const NETWORK = { model: 'mlp', hidden: [2], activation: 'sigmoid', loss: 'cross-entropy', optimizer: 'sgd', batch: 1 };

export const backpropOps = defineOps(OPS, {
  example(dh, { seed, y, lr }) {
    if (y !== 0 && y !== 1) throw new Error('the label y must be 0 or 1');
    const ds = dh.fromArrays({ x: POINT, y: [y], d: 2, k: 2 });
    let m = null;
    try {
      m = dh.createTrainer({ ...NETWORK, lr, seed }, ds);
      const before = weightsOf(m);
      const yhat = m.predict(POINT)[0];
      const E = m.evaluate(ds).loss;
      m.stepBatches(1);
      return { x: POINT, y, lr, before, after: weightsOf(m), yhat, E, afterYhat: m.predict(POINT)[0], afterE: m.evaluate(ds).loss };
    } finally {
      m?.free();
      ds.free();
    }
  },
});

/** The engine's weights as plain numbers (W1 is out × in, row by row). */
export function weightsOf(m) {
  const [l1, l2] = m.layers();
  return {
    W1: [[l1.w[0], l1.w[1]], [l1.w[2], l1.w[3]]],
    b1: [l1.b[0], l1.b[1]],
    v: [l2.w[0], l2.w[1]],
    c: l2.b[0],
  };
}
