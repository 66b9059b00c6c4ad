// Regression data sets through downhill.js on the real core: the engine names
// them, their points carry targets, a 2-8-1 net brings the test MSE far below
// the targets' variance (what always guessing the mean would score), a
// regression model's grid is its continuous output and its accuracy NaN, and
// the perceptron refuses them in words.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { VARIANTS, load, prepare } from './wasm-helpers.js';

const GEN = { count: 600, noise: 0.1, seed: 1 };
const NET = { model: 'mlp', hidden: [8], activation: 'tanh', optimizer: 'adam', lr: 0.02, batch: 10, seed: 1 };

/** Population variance of a Float32Array. */
function variance(t) {
  let mean = 0;
  for (const v of t) mean += v;
  mean /= t.length;
  let s = 0;
  for (const v of t) s += (v - mean) ** 2;
  return s / t.length;
}

for (const variant of VARIANTS) {
  describe(`regression (${variant})`, () => {
    test('the engine names both sets, apart from the classification gauss', async () => {
      const dh = await load(variant);
      assert.deepEqual(dh.names.regressionDatasets, ['plane', 'gauss-regression']);
      for (const name of dh.names.regressionDatasets) assert.ok(dh.names.datasets.includes(name));
      assert.equal(dh.labels.datasets.plane, 'Plane (regression)');
      assert.equal(dh.labels.datasets['gauss-regression'], 'Gaussians (regression)');
      const g = dh.generate('gauss', GEN);
      assert.equal(g.regression, false);
      assert.equal(g.target, null);
      g.free();
    });

    test('points carry targets; a split keeps them with their points', async () => {
      const dh = await load(variant);
      const all = dh.generate('plane', { count: 200, noise: 0, seed: 2 });
      assert.equal(all.regression, true);
      assert.equal(all.k, 1);
      const { train, test: held } = all.split(0.25, 3);
      for (const ds of [train, held]) {
        const x = ds.x;
        const t = ds.target;
        assert.equal(t.length, ds.n);
        for (let i = 0; i < ds.n; i++) assert.ok(Math.abs(t[i] - (2 * x[2 * i] + x[2 * i + 1]) / 9) < 1e-6);
      }
      train.free(); held.free(); all.free();
    });

    for (const name of ['plane', 'gauss-regression']) {
      test(`a 2-8-1 net on ${name}: test MSE well below the targets' variance`, async () => {
        const dh = await load(variant);
        const data = prepare(dh, name, GEN);
        const v = variance(data.test.target);
        const m = dh.createTrainer(NET, data.train, data.test);
        assert.equal(m.config.loss, 'squared');
        assert.equal(m.nOutputs, 1);
        const before = m.evaluate(data.test).loss;
        m.stepEpochs(200);
        const { loss: mse, accuracy } = m.evaluate(data.test);
        const h = m.history();
        console.log(`${variant} ${name}: target variance ${v.toFixed(4)}, test MSE ${before.toFixed(4)} -> ${mse.toFixed(4)}`);
        assert.ok(Number.isNaN(accuracy));
        assert.ok(Number.isNaN(h[h.length - 1].testAcc));
        assert.ok(Math.abs(h[h.length - 1].testLoss - mse) < 1e-6);
        // Noise 0.1 adds N(0, 0.05²): an MSE floor of 0.0025; a tenth of the variance is far above it.
        assert.ok(mse < 0.1 * v, `test MSE ${mse} vs variance ${v}`);
        // The grid is the predicted value itself, not a probability in [0, 1].
        const g = m.evalGrid({ x0: -2, x1: 2, y0: -2, y1: 2, width: 16, height: 16, hidden: false });
        assert.equal(g.nOutputs, 1);
        const values = new Set(Array.from(g.output, (p) => p.toFixed(3)));
        assert.ok(values.size > 100);
        assert.ok(Array.from(g.output).every(Number.isFinite));
        if (name === 'plane') assert.ok(Math.min(...g.output) < -0.5 && Math.max(...g.output) > 0.5);
        m.free();
        data.free();
      });
    }

    test('the perceptron refuses a regression set, saying why', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'plane', GEN);
      assert.throws(() => dh.createTrainer({ model: 'perceptron' }, data.train, data.test),
        /the perceptron sorts points into 2 classes, but this data set has a continuous target to predict/);
      const xor = dh.generate('xor', GEN);
      assert.throws(() => dh.createTrainer({}, data.train, xor), /both have classes or both targets/);
      xor.free();
      data.free();
    });
  });
}
