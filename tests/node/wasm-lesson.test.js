// The lesson's worked examples, computed by the real core through downhill.js.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { VARIANTS, load } from './wasm-helpers.js';

const close = (actual, expected, tol, what) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: expected ${expected}, got ${actual} (|diff| ${Math.abs(actual - expected)} > ${tol})`);

for (const variant of VARIANTS) {
  describe(`lesson examples (${variant})`, () => {
    test('perceptron trick: (4, 5) labelled 0 moves 3x1 + 4x2 - 10 = 0 to 2.6x1 + 3.5x2 - 10.1 = 0', async () => {
      const dh = await load(variant);
      const point = dh.fromArrays({ x: [4, 5], y: [0], d: 2, k: 2 });
      const r = dh.perceptronStep({ w: [3, 4], b: -10, lr: 0.1, dataset: point, cursor: 0 });
      assert.equal(r.index, 0);
      assert.equal(r.predicted, 1);
      assert.equal(r.label, 0);
      assert.equal(r.sign, -1);
      close(r.w[0], 2.6, 1e-6, 'w1');
      close(r.w[1], 3.5, 1e-6, 'w2');
      close(r.b, -10.1, 1e-6, 'b');
      point.free();
    });

    test('perceptron trick: (1, 1) labelled 1 gives 3.1, 4.1, -9.9 and exactly 10 steps classify it', async () => {
      const dh = await load(variant);
      const point = dh.fromArrays({ x: [1, 1], y: [1], d: 2, k: 2 });
      let state = { w: [3, 4], b: -10, cursor: 0 };
      const first = dh.perceptronStep({ ...state, lr: 0.1, dataset: point });
      assert.equal(first.predicted, 0);
      assert.equal(first.sign, 1);
      close(first.w[0], 3.1, 1e-6, 'w1');
      close(first.w[1], 4.1, 1e-6, 'w2');
      close(first.b, -9.9, 1e-6, 'b');
      let moves = 0;
      for (let i = 0; i < 50; i++) {
        const r = dh.perceptronStep({ ...state, lr: 0.1, dataset: point });
        if (r.index === -1) break;
        moves++;
        state = { w: r.w, b: r.b, cursor: r.cursor };
      }
      assert.equal(moves, 10, 'steps until (1, 1) is classified');
      assert.equal(dh.perceptronPredict(state.w, state.b, [1, 1]), 1);
      point.free();
    });

    test('the perceptron model converges on AND and OR', async () => {
      const dh = await load(variant);
      for (const name of ['and', 'or']) {
        const ds = dh.generate(name, {});
        const m = dh.createTrainer({ model: 'perceptron', lr: 0.1, batch: 1 }, ds);
        m.stepEpochs(200);
        assert.equal(m.status, 'converged', `${name}: status`);
        assert.equal(m.evaluate(ds).accuracy, 1, `${name}: accuracy`);
        m.free();
        ds.free();
      }
    });

    test('sigmoid and cross-entropy', async () => {
      const dh = await load(variant);
      close(dh.sigmoid(0), 0.5, 1e-7, 'σ(0)');
      close(dh.sigmoid(2), 1 / (1 + Math.exp(-2)), 1e-6, 'σ(2)');
      // -[ln 0.6 + ln 0.8 + ln 0.9]
      const expected = -(Math.log(0.6) + Math.log(0.8) + Math.log(0.9));
      close(dh.crossEntropy([1, 0, 1], [0.6, 0.2, 0.9]), expected, 1e-5, 'cross-entropy');
    });
  });
}
