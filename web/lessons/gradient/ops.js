// gradient/ops.js — worker side of the gradient-descent lesson: the engine's
// own logistic regression (one sigmoid unit, cross-entropy, plain SGD) on the
// lesson's six points, so the page can set its hand step (descent.js) beside
// what training really does.
//
// Ops:
//   pointStep({ w, b, index, lr }) -> { before, after, yhat, E, meanBefore, meanAfter, yhats }
//        one SGD step of batch 1 on point `index` alone (a data set of that
//        one point), from weights w = [w1, w2] and bias b
//   epoch({ w, b, lr }) -> { before, after, meanBefore, meanAfter, yhats }
//        one step of batch m on all the points: the engine averages the
//        gradient over the batch, the 1/m of the course's formula
//   before/after: { w: [w1, w2], b }; yhats: the engine's ŷ of every point
//   after the step; meanBefore/meanAfter: its mean cross-entropy error.
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

/** The lesson's data: two features, six points, labels 1 above and 0 below. */
export const DATA = [
  { x: [1, 3], y: 1 }, { x: [3, 3], y: 1 }, { x: [2, 4], y: 1 },
  { x: [1, 1], y: 0 }, { x: [3, 1], y: 0 }, { x: [1.5, 0.5], y: 0 },
];
/** Where descent starts: the line x1 − 2 = 0, wrong about points 1 and 5. */
export const START = Object.freeze({ w: [1, 0], b: -2 });
export const MODEL = { model: 'logistic', loss: 'cross-entropy', optimizer: 'sgd', seed: 1 };

const MAX_WEIGHT = 1e6;

function checkArgs(w, b, lr) {
  if (!Array.isArray(w) || w.length !== 2 || ![...w, b].every((v) => Number.isFinite(v) && Math.abs(v) <= MAX_WEIGHT)) {
    throw new Error(`the weights must be two numbers and a bias, each within \u00b1${MAX_WEIGHT}`);
  }
  if (!(Number.isFinite(lr) && lr > 0)) throw new Error('the learning rate must be a number above 0');
}

/** Run fn(trainer, all) on a logistic trainer over `points`, set to (w, b). */
function withModel(dh, points, { w, b, lr }, fn) {
  const train = dh.fromArrays({ x: points.flatMap((p) => p.x), y: points.map((p) => p.y), d: 2, k: 2 });
  const all = dh.fromArrays({ x: DATA.flatMap((p) => p.x), y: DATA.map((p) => p.y), d: 2, k: 2 });
  let m = null;
  try {
    m = dh.createTrainer({ ...MODEL, lr, batch: points.length }, train);
    w.forEach((wi, i) => m.setWeight(0, i, 0, wi));
    m.setBias(0, 0, b);
    const before = weightsOf(m);
    const meanBefore = m.evaluate(all).loss;
    const extra = fn(m);
    m.stepBatches(1);
    return { before, after: weightsOf(m), meanBefore, meanAfter: m.evaluate(all).loss, yhats: Array.from(m.predict(all.x)), ...extra };
  } finally {
    m?.free();
    train.free();
    all.free();
  }
}

export const gradientOps = defineOps(OPS, {
  pointStep(dh, { w, b, index, lr }) {
    checkArgs(w, b, lr);
    if (!(Number.isInteger(index) && index >= 0 && index < DATA.length)) throw new Error(`the point must be 1 to ${DATA.length}`);
    const point = DATA[index];
    return withModel(dh, [point], { w, b, lr }, (m) => {
      const yhat = m.predict(point.x)[0];
      return { yhat, E: -(point.y * Math.log(yhat) + (1 - point.y) * Math.log(1 - yhat)) };
    });
  },

  epoch(dh, { w, b, lr }) {
    checkArgs(w, b, lr);
    return withModel(dh, DATA, { w, b, lr }, () => ({}));
  },
});

/** The engine's weights as plain numbers. */
export function weightsOf(m) {
  const [l] = m.layers();
  return { w: [l.w[0], l.w[1]], b: l.b[0] };
}
