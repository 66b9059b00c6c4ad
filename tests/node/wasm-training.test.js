// Training through downhill.js on the real core: each dataset reaches a sensible
// accuracy, runs are reproducible, the two builds agree, and live settings keep
// the run going from where it was.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { VARIANTS, last, load, prepare } from './wasm-helpers.js';

const CASES = [
  { name: 'xor', gen: { count: 400, noise: 0.1, seed: 1 }, epochs: 100, min: 0.95,
    cfg: { model: 'mlp', hidden: [8, 8], activation: 'tanh', optimizer: 'adam', lr: 0.03, batch: 10 } },
  { name: 'admissions', gen: { count: 400, noise: 0.1, seed: 1 }, epochs: 100, min: 0.9,
    cfg: { model: 'logistic', optimizer: 'sgd', lr: 0.1, batch: 10 } },
  { name: 'spiral', gen: { count: 600, noise: 0.1, seed: 1 }, epochs: 300, min: 0.9,
    cfg: { model: 'mlp', hidden: [16, 16, 16], activation: 'tanh', optimizer: 'adam', lr: 0.01, batch: 10 } },
  { name: 'blobs3', gen: { count: 300, noise: 0.1, seed: 1 }, epochs: 100, min: 0.95,
    cfg: { model: 'softmax', optimizer: 'sgd', lr: 0.1, batch: 10 } },
];

function historyOf(dh, cfg, epochs, name = 'circle', gen = { count: 300, noise: 0.1, seed: 3 }) {
  const data = prepare(dh, name, gen);
  const m = dh.createTrainer(cfg, data.train, data.test);
  m.stepEpochs(epochs);
  const h = m.history();
  const params = m.params.slice();
  m.free();
  data.free();
  return { h, params };
}

for (const variant of VARIANTS) {
  describe(`training (${variant})`, () => {
    for (const c of CASES) {
      test(`${c.name} reaches test accuracy >= ${c.min} (${c.cfg.model}${c.cfg.hidden ? ` ${c.cfg.hidden.join('-')}` : ''})`, async () => {
        const dh = await load(variant);
        const data = prepare(dh, c.name, c.gen);
        const m = dh.createTrainer(c.cfg, data.train, data.test);
        assert.equal(m.status, 'ready');
        const status = m.stepEpochs(c.epochs);
        assert.equal(status, 'running');
        assert.equal(m.epoch, c.epochs);
        const r = last(m);
        assert.equal(r.epoch, c.epochs);
        assert.ok(r.testAcc >= c.min, `${c.name}: test accuracy ${r.testAcc} < ${c.min}`);
        assert.equal(m.evaluate(data.test).accuracy, r.testAcc);
        m.free();
        data.free();
      });
    }

    test('same seed gives an identical history and identical weights', async () => {
      const dh = await load(variant);
      const cfg = { hidden: [6, 6], optimizer: 'momentum', lr: 0.05, batch: 7, seed: 42 };
      const a = historyOf(dh, cfg, 50);
      const b = historyOf(dh, cfg, 50);
      assert.deepEqual(a.h, b.h);
      assert.deepEqual(a.params, b.params);
      const c = historyOf(dh, { ...cfg, seed: 43 }, 50);
      assert.notDeepEqual(a.params, c.params, 'another seed gives other weights');
    });

    test('changing lr and batch mid-run keeps epoch, updates and weights, then continues', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'moons', { count: 300, noise: 0.1, seed: 5 });
      const cfg = { hidden: [8], optimizer: 'sgd', lr: 0.05, batch: 10, seed: 9 };
      const m = dh.createTrainer(cfg, data.train, data.test);
      m.stepEpochs(20);
      m.stepBatches(3); // mid-epoch
      const before = { epoch: m.epoch, updates: m.updates, params: m.params.slice() };

      m.setLearningRate(0.01);
      m.setBatchSize(32);
      assert.equal(m.epoch, before.epoch);
      assert.equal(m.updates, before.updates);
      assert.deepEqual(m.params.slice(), before.params, 'weights identical right after the change');
      assert.equal(m.lr, Math.fround(0.01));
      assert.equal(m.batch, 32);
      assert.equal(m.config.lr, 0.01);
      assert.equal(m.config.batch, 32);

      // A twin run to the same point, without the change, has the same weights:
      // the change did not restart anything.
      const twin = dh.createTrainer(cfg, data.train, data.test);
      twin.stepEpochs(20);
      twin.stepBatches(3);
      assert.deepEqual(twin.params.slice(), before.params);

      m.stepEpochs(5);
      assert.equal(m.epoch, before.epoch + 5);
      assert.equal(m.status, 'running');
      assert.notDeepEqual(m.params.slice(), before.params, 'training went on');
      const h = m.history(before.epoch + 1);
      assert.ok(h.length >= 1);
      for (const r of h) assert.equal(r.lr, Math.fround(0.01), `epoch ${r.epoch} trained at the new rate`);
      // Updates since the change: whole epochs at batch 32.
      const n = data.train.n;
      assert.ok(m.updates - before.updates >= 4 * Math.ceil(n / 32), `updates went from ${before.updates} to ${m.updates}`);
      m.free();
      twin.free();
      data.free();
    });

    test('each schedule kind\'s defaults come from the core: exponential decays by 0.99 an epoch', async () => {
      const dh = await load(variant);
      const d = dh.defaults.schedules;
      assert.deepEqual(Object.keys(d), dh.names.schedules);
      assert.equal(d.exponential.scheduleGamma, 0.99);
      assert.equal(d.step.scheduleGamma, 0.5);
      assert.equal(d.plateau.scheduleGamma, 0.5);
      const data = prepare(dh, 'xor', { count: 200, noise: 0.1, seed: 1 });
      const m = dh.createTrainer({ hidden: [8, 8], lr: 0.03, schedule: 'exponential' }, data.train, data.test);
      m.stepEpochs(30);
      const want = 0.03 * 0.99 ** 30;
      assert.ok(Math.abs(m.lrNow - want) < 1e-3 * want, `lr after 30 epochs ${m.lrNow}, want 0.03·0.99^30 = ${want}`);
      // Switching kinds live starts from the new kind's factor too.
      m.setSchedule({ schedule: 'step', scheduleStep: 10 });
      assert.equal(m.config.schedule, 'step');
      m.free();
      data.free();
    });

    test('optimizer, schedule, regularization, dropout and patience can change live', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'circle', { count: 300, noise: 0.1, seed: 2 });
      const m = dh.createTrainer({ hidden: [8, 8], lr: 0.05 }, data.train, data.test);
      m.stepEpochs(5);
      const w = m.params.slice();
      m.setOptimizer({ optimizer: 'adam', beta2: 0.99 });
      m.setSchedule({ schedule: 'step', scheduleStep: 2, scheduleGamma: 0.5 });
      m.setRegularization('l2', 0.001);
      m.setDropout(0.1);
      m.setPatience(50);
      assert.deepEqual(m.params.slice(), w, 'weights untouched by the setters');
      assert.equal(m.epoch, 5);
      const cfg = m.config;
      assert.equal(cfg.optimizer, 'adam');
      assert.equal(cfg.beta2, 0.99);
      assert.equal(cfg.schedule, 'step');
      assert.equal(cfg.reg, 'l2');
      assert.equal(cfg.dropout, 0.1);
      assert.equal(cfg.patience, 50);
      m.stepEpochs(4);
      assert.equal(m.epoch, 9);
      assert.ok(m.lrNow < m.lr, `the step schedule lowered the rate (${m.lrNow} vs ${m.lr})`);
      m.free();
      data.free();
    });

    test('reset, reseed and restarts', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'xor', { count: 200, noise: 0.1, seed: 4 });
      const m = dh.createTrainer({ hidden: [4], lr: 0.1, seed: 5 }, data.train, data.test);
      const initial = m.params.slice();
      m.stepEpochs(10);
      m.reset();
      assert.equal(m.epoch, 0);
      assert.equal(m.updates, 0);
      assert.equal(m.status, 'ready');
      assert.deepEqual(m.params.slice(), initial);
      m.reseed(6);
      assert.notDeepEqual(m.params.slice(), initial);
      assert.equal(m.config.seed, 6);
      const best = m.restarts(3, 5);
      assert.ok([6, 7, 8].includes(best), `best seed ${best}`);
      assert.equal(m.epoch, 5);
      assert.equal(m.history().length, 5);
      m.free();
      data.free();
    });

    test('history(from, every): every every-th epoch and the latest, as whole history has them', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'xor', { count: 40, noise: 0.1, seed: 1 });
      const m = dh.createTrainer({ hidden: [4], lr: 0.1, batch: 10 }, data.train, data.test);
      m.stepEpochs(23);
      const whole = m.history();
      const epochs = (h) => h.map((r) => r.epoch);
      assert.deepEqual(epochs(m.history(0, 4)), [4, 8, 12, 16, 20, 23]);
      assert.deepEqual(epochs(m.history(5, 4)), [8, 12, 16, 20, 23]);
      assert.deepEqual(epochs(m.history(19, 4)), [20, 23]);
      assert.deepEqual(epochs(m.history(20, 1)), [21, 22, 23]);
      assert.deepEqual(epochs(m.history(22, 100)), [23]);
      assert.deepEqual(m.history(23, 2), []);
      assert.deepEqual(m.history(0, 8), whole.filter((r) => r.epoch % 8 === 0 || r.epoch === 23));
      assert.throws(() => m.history(0, 0), /history every must be an integer/);
      m.free();
      data.free();
    });
  });
}

// Each fast build against the scalar one (the relaxed build's fused
// multiply-adds included: their rounding stays inside the same bounds).
for (const fast of VARIANTS.filter((v) => v !== 'scalar')) test(`${fast} and scalar builds agree on a 100-epoch history`, async () => {
  const [dh, scalar] = await Promise.all([fast, 'scalar'].map(load));
  const cfg = { hidden: [8, 8], activation: 'tanh', optimizer: 'sgd', lr: 0.05, batch: 10, seed: 11 };
  const a = historyOf(dh, cfg, 100);
  const b = historyOf(scalar, cfg, 100);
  assert.equal(a.h.length, 100);
  assert.equal(b.h.length, 100);
  let worst = 0;
  for (let i = 0; i < 100; i++) {
    for (const key of ['trainLoss', 'testLoss']) {
      const d = Math.abs(a.h[i][key] - b.h[i][key]) / Math.max(1e-3, Math.abs(b.h[i][key]));
      worst = Math.max(worst, d);
    }
    assert.ok(Math.abs(a.h[i].testAcc - b.h[i].testAcc) <= 0.02, `epoch ${i + 1}: test accuracy ${a.h[i].testAcc} vs ${b.h[i].testAcc}`);
  }
  assert.ok(worst <= 1e-4, `largest relative loss difference ${worst}`);
  let wd = 0;
  for (let i = 0; i < a.params.length; i++) wd = Math.max(wd, Math.abs(a.params[i] - b.params[i]));
  assert.ok(wd <= 1e-4, `largest weight difference ${wd}`);
});
