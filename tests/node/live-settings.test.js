// Settings a made trainer takes mid-run (model.update) and the per-kind
// defaults the core reports (dh.defaults.optimizers / .schedules).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { load, prepare, VARIANTS } from './wasm-helpers.js';

for (const variant of VARIANTS) {
  describe(`live settings (${variant})`, () => {
    test('each optimizer and schedule kind has the core\'s own defaults', async () => {
      const dh = await load(variant);
      assert.deepEqual(Object.keys(dh.defaults.optimizers), dh.names.optimizers);
      assert.deepEqual(dh.defaults.optimizers.adam, { momentum: 0.9, rho: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 });
      assert.deepEqual(Object.keys(dh.defaults.schedules), dh.names.schedules);
      assert.equal(dh.defaults.schedules.exponential.scheduleGamma, 0.99);
      assert.equal(dh.defaults.schedules.step.scheduleGamma, 0.5);
    });

    test('update applies live keys by group and keeps the weights', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'xor', { count: 100, seed: 1 });
      const m = dh.createTrainer({ hidden: [4], lr: 0.1 }, data.train, data.test);
      m.stepEpochs(3);
      const w = m.params.slice();
      m.update({ lr: 0.05, batch: 4, optimizer: 'adam', beta1: 0.8, reg: 'l2', regRate: 0.01, dropout: 0.2 });
      assert.deepEqual(m.params.slice(), w, 'no step was taken');
      const c = m.config;
      assert.deepEqual([c.lr, c.batch, c.optimizer, c.beta1, c.reg, c.regRate, c.dropout],
        [0.05, 4, 'adam', 0.8, 'l2', 0.01, 0.2]);
      assert.equal(m.batch, 4);
      assert.throws(() => m.update({ hidden: [8] }), /^Error: hidden cannot change on a made model: create a new trainer$/);
      assert.throws(() => m.update({ dropout: 2 }), /dropout must be between 0 and 0\.95, got 2/);
      assert.equal(m.stepEpochs(1), 'running');
      m.free();
      data.free();
    });

    test('a new schedule kind takes that kind\'s defaults: exponential decays by 0.99 an epoch', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'xor', { count: 100, seed: 1 });
      const m = dh.createTrainer({ hidden: [4], lr: 0.03, schedule: 'step', scheduleGamma: 0.5, scheduleStep: 1 }, data.train, data.test);
      m.update({ schedule: 'exponential' });
      m.stepEpochs(30);
      // After 30 epochs the rate is 0.03 · 0.99^30 ≈ 0.0222 (not 0.03 · 0.5^30).
      assert.ok(Math.abs(m.lrNow - 0.03 * 0.99 ** 30) < 1e-4, `lr now ${m.lrNow}`);
      m.free();
      data.free();
    });
  });
}
