// lesson-backprop.test.js — the backpropagation lesson's hand computation
// (web/lessons/backprop/chain.js) against the real engine: the derivatives
// it prints are the engine's own gradient (read from one plain SGD step of
// batch 1, Δw = −α·∂E/∂w), and both agree with a central difference of the
// engine's error; the hand-made update equals the engine's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backprop } from '../../web/lessons/backprop/chain.js';
import { backpropOps, weightsOf, POINT, NETWORK } from '../../web/lessons/backprop/ops.js';
import { stageLines } from '../../web/lessons/backprop/lines.js';
import { load } from './wasm-helpers.js';

const dh = await load('simd');
const flat = (w) => [w.W1[0][0], w.W1[0][1], w.W1[1][0], w.W1[1][1], w.b1[0], w.b1[1], w.v[0], w.v[1], w.c];
const grads = (r) => [r.dW1[0][0], r.dW1[0][1], r.dW1[1][0], r.dW1[1][1], r.db1[0], r.db1[1], r.dv[0], r.dv[1], r.dc];

for (const [seed, y] of [[1, 1], [2, 0], [7, 1]]) {
  test(`seed ${seed}, y = ${y}: the chain rule by hand is the engine's gradient and a central difference`, () => {
    const lr = 0.5;
    const ex = backpropOps.example(dh, { seed, y, lr }, {});
    const r = backprop(ex.before, ex.x, ex.y, lr);
    assert.ok(Math.abs(r.yhat - ex.yhat) < 1e-6, `ŷ ${r.yhat} vs the engine's ${ex.yhat}`);
    assert.ok(Math.abs(r.E - ex.E) < 1e-5, `E ${r.E} vs ${ex.E}`);
    assert.ok(Math.abs(r.delta - (r.yhat - y)) < 1e-9, 'δ = ŷ − y');
    const hand = grads(r);
    const engine = flat(ex.before).map((b, i) => (b - flat(ex.after)[i]) / lr);
    assert.ok(hand.some((g) => Math.abs(g) > 1e-3), 'a non-zero gradient');
    hand.forEach((g, i) => assert.ok(Math.abs(g - engine[i]) < 2e-5, `param ${i}: hand ${g}, engine ${engine[i]}`));
    flat(r.after).forEach((a, i) => assert.ok(Math.abs(a - flat(ex.after)[i]) < 1e-5, `update ${i}`));

    // Central differences of the engine's own error, nudging its weights in place.
    const ds = dh.fromArrays({ x: POINT, y: [y], d: 2, k: 2 });
    const m = dh.createTrainer({ ...NETWORK, lr, seed }, ds);
    try {
      const [l1, l2] = m.layers();
      const slots = [[l1.w, 0], [l1.w, 1], [l1.w, 2], [l1.w, 3], [l1.b, 0], [l1.b, 1], [l2.w, 0], [l2.w, 1], [l2.b, 0]];
      assert.deepEqual(flat(weightsOf(m)), flat(ex.before), 'the same seeded weights');
      const h = 1e-2;
      slots.forEach(([arr, k], i) => {
        const w0 = arr[k];
        arr[k] = w0 + h; const up = m.evaluate(ds).loss;
        arr[k] = w0 - h; const down = m.evaluate(ds).loss;
        arr[k] = w0;
        const cd = (up - down) / (2 * h);
        assert.ok(Math.abs(cd - hand[i]) < 1e-3, `param ${i}: central difference ${cd}, hand ${hand[i]}`);
      });
    } finally {
      m.free();
      ds.free();
    }
  });
}

test('the printed arithmetic: one sign per term, negative factors in brackets, σ′ evaluated', () => {
  const w = { W1: [[0.5, -0.25], [-1, 2]], b1: [0, -0.5], v: [-0.75, 1.5], c: 0.25 };
  const r = backprop(w, [1, 2], 1, 0.5);
  const lines = stageLines(w, [1, 2], 1, 0.5, r);
  assert.equal(lines[0][0], 'h1: a1 = 0.5·1 − 0.25·2 + 0 = 0;  h1 = σ(0) = 0.5');
  assert.equal(lines[0][1], `h2: a2 = −1·1 + 2·2 − 0.5 = 2.5;  h2 = σ(2.5) = ${Number((1 / (1 + Math.exp(-2.5))).toPrecision(3))}`);
  assert.match(lines[3][2], /^δ = ∂E\/∂z = ∂E\/∂ŷ · ∂ŷ\/∂z = \(−[\d.]+\)·[\d.]+ = −[\d.]+ {2}\(= ŷ − y\)$/);
  assert.equal(lines[4][0], 'σ′(a1) = h1(1 − h1) = 0.5·0.5 = 0.25');
  assert.ok(lines.flat().every((t) => !/[−-]\s*[−-]|\+ [−-]/.test(t)), 'no doubled signs');
});
