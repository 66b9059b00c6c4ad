// lesson-gradient.test.js — the gradient-descent lesson's hand arithmetic
// (web/lessons/gradient/descent.js) against the real engine: a step on one
// point and a whole epoch (batch m, the 1/m average) by hand land on the
// engine's own logistic-regression step, over a walk of mixed updates; and
// the printed arithmetic of the first step is the course's formula.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pointStep, epochStep, meanError } from '../../web/lessons/gradient/descent.js';
import { gradientOps, DATA, START } from '../../web/lessons/gradient/ops.js';
import { pointLines, epochLines } from '../../web/lessons/gradient/lines.js';
import { load } from './wasm-helpers.js';

const dh = await load('simd');
const close = (a, b, tol, what) => assert.ok(Math.abs(a - b) < tol, `${what}: hand ${a}, engine ${b}`);

test('steps on single points and whole epochs by hand are the engine\u2019s steps', () => {
  let { w, b } = START;
  const lr = 0.5;
  const walk = [0, 4, 'epoch', 1, 'epoch', 'epoch', 5, 2, 3, 'epoch'];
  for (const u of walk) {
    const hand = u === 'epoch' ? epochStep(w, b, DATA, lr) : pointStep(w, b, DATA[u].x, DATA[u].y, lr);
    const r = u === 'epoch' ? gradientOps.epoch(dh, { w, b, lr }, {}) : gradientOps.pointStep(dh, { w, b, index: u, lr }, {});
    assert.deepEqual(r.before, { w, b }, 'the engine starts from the given line');
    if (u !== 'epoch') {
      close(hand.yhat, r.yhat, 1e-6, `ŷ of point ${u + 1}`);
      close(hand.E, r.E, 1e-5, `E of point ${u + 1}`);
    }
    close(meanError(w, b, DATA), r.meanBefore, 1e-5, 'mean error before');
    const moved = [...hand.w, hand.b].map((v, i) => v - [...w, b][i]);
    assert.ok(moved.some((d) => Math.abs(d) > 1e-3), `update ${u} moves the line`);
    hand.w.forEach((v, i) => close(v, r.after.w[i], 1e-5, `w${i + 1} after ${u}`));
    close(hand.b, r.after.b, 1e-5, `b after ${u}`);
    close(meanError(r.after.w, r.after.b, DATA), r.meanAfter, 1e-5, 'mean error after');
    ({ w, b } = r.after);
  }
});

test('the first step on point 1 as printed: ŷ = σ(−1) = 0.269, the gradient and the update', () => {
  const { w, b } = START;
  const p = DATA[0];
  const r = pointStep(w, b, p.x, p.y, 0.1);
  const lines = pointLines(1, w, b, p.x, p.y, 0.1, r);
  assert.deepEqual(lines, [
    'Point 1: x = (1, 3), label y = 1.',
    'ŷ = σ(w1x1 + w2x2 + b) = σ(1·1 + 0·3 − 2) = σ(−1) = 0.269',
    'Error E = −ln ŷ = −ln 0.269 = 1.31',
    'y − ŷ = 1 − 0.269 = 0.731',
    'Gradient ∇E = −(y − ŷ)(x1, x2, 1) = (−0.731)·(1, 3, 1) = (−0.731, −2.19, −0.731)',
    'w1 ← w1 + α(y − ŷ)x1 = 1 + 0.1·0.731·1 = 1.07',
    'w2 ← w2 + α(y − ŷ)x2 = 0 + 0.1·0.731·3 = 0.219',
    'b ← b + α(y − ŷ) = −2 + 0.1·0.731 = −1.93',
  ]);
  const e = epochStep(w, b, DATA, 0.1);
  const el = epochLines(w, b, 0.1, e);
  assert.match(el[0], /^\(1\/m\)Σ\(y − ŷ\)x1 = \(1\/6\)\(0\.731·1 \+ /);
  assert.ok(el.every((t) => !/[−-]\s*[−-]|\+ [−-]/.test(t)), 'no doubled signs');
});

test('bad arguments are refused with a message in the lesson\u2019s terms', () => {
  assert.throws(() => gradientOps.pointStep(dh, { w: [1, 0], b: -2, index: 6, lr: 0.1 }, {}), /the point must be 1 to 6/);
  assert.throws(() => gradientOps.epoch(dh, { w: [1, NaN], b: -2, lr: 0.1 }, {}), /the weights must be two numbers/);
  assert.throws(() => gradientOps.epoch(dh, { w: [1, 0], b: -2, lr: 0 }, {}), /the learning rate must be a number above 0/);
});
