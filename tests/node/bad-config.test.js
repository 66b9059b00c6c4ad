// The catalogue of bad JavaScript settings: createTrainer configs, the live
// setters, generate options, the perceptron step and freed handles, on the
// real wasm build. Each case checks the message (which key, what is allowed,
// what was given) and that the same module trains right afterwards.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { VARIANTS, load } from './wasm-helpers.js';

/** fn throws an Error matching re; then a good trainer in the same module trains. */
function refused(dh, fn, re) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof Error, 'an Error');
    assert.match(e.message, re);
    return true;
  });
  const ds = dh.generate('xor', { count: 40, seed: 2 });
  const m = dh.createTrainer({ hidden: [3], lr: 0.1 }, ds);
  assert.equal(m.stepEpochs(2), 'running', 'a good call right after the error');
  assert.ok(m.history().every((r) => Number.isFinite(r.trainLoss)));
  m.free();
  ds.free();
}

// [name, config, message]: createTrainer(config, xor) must throw.
const CONFIGS = [
  ['a numeric string lr', { lr: '0.1' }, /^config\.lr must be a finite number > 0, got "0\.1"$/],
  ['lr as a Number object', { lr: new Number(0.1) }, /^config\.lr must be a finite number > 0, got a Number object \(0\.1\)$/],
  ['lr NaN', { lr: NaN }, /^config\.lr must be a finite number > 0, got NaN$/],
  ['lr -Infinity', { lr: -Infinity }, /^config\.lr must be a finite number > 0, got -Infinity$/],
  ['lr 1e9, past the core\'s limit', { lr: 1e9 }, /^learning rate must be a finite number > 0 and at most 1e6, got 1e9$/],
  ['lr 1e-50, zero as a float32', { lr: 1e-50 }, /^config\.lr must be a finite number > 0, got 1e-50 \(too small for a 32-bit float, which would round it to 0\)$/],
  ['batch as an array', { batch: [10] }, /^config\.batch must be an integer >= 1, got an array \[10\]$/],
  ['batch Infinity', { batch: Infinity }, /^config\.batch must be an integer >= 1, got Infinity$/],
  ['batch 1e12, past int32', { batch: 1e12 }, /^config\.batch must be an integer from 1 to 2147483647 \(2\^31-1\), got 1000000000000$/],
  ['seed as an object', { seed: { value: 1 } }, /^config\.seed must be an integer in 0\.\.2\^53-1, got \{"value":1\}$/],
  ['seed 2^53', { seed: 2 ** 53 }, /^config\.seed must be an integer in 0\.\.2\^53-1, got 9007199254740992$/],
  ['a hidden layer of 100000 units', { hidden: [8, 100000] }, /^config\.hidden\[1\] must be an integer in 1\.\.256, got 100000$/],
  ['a hole in hidden', { hidden: [4, , 4] }, /^config\.hidden\[1\] must be an integer in 1\.\.256, got undefined$/], // eslint-disable-line no-sparse-arrays
  ['hidden as a typed array', { hidden: new Int32Array([4]) }, /^config\.hidden must be an array of at most 8 layer sizes, got an Int32Array \[4\]$/],
  ['eps Infinity', { optimizer: 'adam', eps: Infinity }, /^config\.eps must be a finite number > 0, got Infinity$/],
  ['eps 1e-50, zero as a float32', { optimizer: 'adam', eps: 1e-50 }, /^config\.eps must be a finite number > 0, got 1e-50 \(too small/],
  ['momentum NaN', { optimizer: 'momentum', momentum: NaN }, /^config\.momentum must be a finite number, got NaN$/],
  ['regRate 1e39, past float32', { reg: 'l2', regRate: 1e39 }, /^config\.regRate must be a finite number >= 0, got 1e\+39 \(too large for a 32-bit float/],
  ['patience 2^31, past int32', { patience: 2 ** 31 }, /^config\.patience must be an integer from 0 to 2147483647/],
  ['scheduleStep 2^31, past int32', { schedule: 'step', scheduleStep: 2 ** 31 }, /^config\.scheduleStep must be an integer from 1 to 2147483647/],
  ['minLr negative', { schedule: 'plateau', minLr: -1e-6 }, /^config\.minLr must be a finite number >= 0, got -0\.000001$/],
  ['a key in the wrong case', { Lr: 0.1 }, /^unknown config key "Lr" \(did you mean "lr"\?\); valid keys: model, hidden,/],
  ['a key with an underscore', { drop_out: 0.1 }, /^unknown config key "drop_out" \(did you mean "dropout"\?\)/],
  ['a misspelt key', { optimiser: 'adam' }, /^unknown config key "optimiser" \(did you mean "optimizer"\?\)/],
  ['an unknown key with no near name', { epochs: 10 }, /^unknown config key "epochs"; valid keys: /],
  ['a Map instead of an object', new Map([['lr', 0.1]]), /^config must be a plain object like \{ key: value \}, got a Map$/],
  ['a string instead of an object', 'lr=0.1', /^config must be an object, got "lr=0\.1"$/],
  ['loss in capitals', { loss: 'CE' }, /^unknown loss "CE"; valid: cross-entropy, squared$/],
];

for (const variant of VARIANTS) {
  describe(`bad settings (${variant})`, () => {
    for (const [name, cfg, re] of CONFIGS) {
      test(`createTrainer: ${name}`, async () => {
        const dh = await load(variant);
        const ds = dh.generate('xor', { count: 40, seed: 1 });
        refused(dh, () => dh.createTrainer(cfg, ds), re);
        ds.free();
      });
    }

    test('createTrainer: missing pieces', async () => {
      const dh = await load(variant);
      refused(dh, () => dh.createTrainer({ lr: 0.1 }), /^createTrainer training set must be a dataset made by this Downhill module, got undefined$/);
      const blobs = dh.generate('blobs3', { count: 30, seed: 1 });
      refused(dh, () => dh.createTrainer({ classes: 2 }, blobs), /the data has 3 classes but the model was set up for 2/);
      // Missing settings are defaults, not errors.
      const m = dh.createTrainer(undefined, blobs);
      assert.equal(m.config.lr, dh.defaults.lr);
      assert.equal(m.stepEpochs(1), 'running');
      m.free();
      blobs.free();
    });

    test('live setters refuse bad values and keep the old ones', async () => {
      const dh = await load(variant);
      const ds = dh.generate('xor', { count: 40, seed: 1 });
      const m = dh.createTrainer({ hidden: [4], lr: 0.1, batch: 8 }, ds);
      m.stepEpochs(1);
      const weights = m.params.slice();
      const bad = [
        [() => m.setLearningRate(1e9), /^learning rate must be a finite number > 0 and at most 1e6, got 1e9$/],
        [() => m.setLearningRate(NaN), /^learning rate must be a finite number > 0, got NaN$/],
        [() => m.setBatchSize(2 ** 31), /^batch size must be an integer from 1 to 2147483647 \(2\^31-1\), got 2147483648$/],
        [() => m.setBatchSize([8]), /^batch size must be an integer >= 1, got an array \[8\]$/],
        [() => m.setPatience(Infinity), /^patience must be an integer >= 0, got Infinity$/],
        [() => m.setDropout('0.5'), /^dropout must be a finite number, got "0\.5"$/],
        [() => m.setRegularization('l2', 1e39), /^regularization rate must be a finite number >= 0, got 1e\+39 \(too large/],
        [() => m.setOptimizer({ optimizer: 'adam', beta1: 1 }), /^beta1 must be in \[0, 1\), got 1$/],
        [() => m.setOptimizer({ optimzer: 'adam' }), /^unknown setOptimizer key "optimzer" \(did you mean "optimizer"\?\)/],
        [() => m.setSchedule({ schedule: 'step', scheduleStep: 0 }), /^config\.scheduleStep must be an integer >= 1, got 0$/],
        [() => m.reseed(1.5), /^seed must be an integer in 0\.\.2\^53-1, got 1\.5$/],
        [() => m.restarts(1001, 1), /^restarts must be between 1 and 1000, got 1001$/],
        [() => m.stepEpochs(1e10), /^stepEpochs count must be an integer in 0\.\.2147483647, got 10000000000$/],
        [() => m.predict(['a', 'b']), /^predict x\[0\] must be a finite number, got "a"$/],
        [() => m.predict([1, NaN]), /^predict x\[1\] must be a finite number, got NaN$/],
      ];
      for (const [fn, re] of bad) refused(dh, fn, re);
      assert.deepEqual(m.params.slice(), weights, 'no refused setting touched the weights');
      assert.equal(m.lr, Math.fround(0.1));
      assert.equal(m.batch, 8);
      assert.equal(m.stepEpochs(1), 'running');
      m.free();
      ds.free();
    });

    test('generate and the perceptron step', async () => {
      const dh = await load(variant);
      refused(dh, () => dh.generate('XOR'), /^unknown dataset "XOR"; valid: xor, circle, gauss/);
      refused(dh, () => dh.generate('xor', { count: 1e12 }), /^count must be an integer in 1\.\.100000, got 1000000000000$/);
      refused(dh, () => dh.generate('xor', { cout: 10 }), /^unknown generate option key "cout" \(did you mean "count"\?\); valid keys: count, noise, seed$/);
      refused(dh, () => dh.generate('xor', { noise: -0.1 }), /^noise must be a number in \[0, 1\], got -0\.1$/);
      const and = dh.generate('and');
      const blobs = dh.generate('blobs3', { count: 30 });
      refused(dh, () => dh.perceptronStep({ w: [0, 0], lr: 1e39, dataset: and }), /^lr must be a finite number > 0, got 1e\+39 \(too large for a 32-bit float/);
      refused(dh, () => dh.perceptronStep({ w: [1e39, 0], lr: 0.1, dataset: and }), /^w\[0\] must be a finite number, got 1e\+39 \(too large/);
      refused(dh, () => dh.perceptronStep({ w: [0], lr: 0.1, dataset: and }), /^w must hold 2 numbers \(one per feature\), got 1$/);
      refused(dh, () => dh.perceptronStep({ w: [0, 0], lr: 0.1, dataset: and, cursor: -1 }), /^cursor must be an integer in 0\.\.2147483647, got -1$/);
      refused(dh, () => dh.perceptronStep({ w: [0, 0], lr: 0.1, dataset: blobs }), /the perceptron separates 2 classes but the data has 3/);
      const step = dh.perceptronStep({ w: [0, 0], b: 0, lr: 0.1, dataset: and });
      assert.ok(step.w.every(Number.isFinite) && Number.isFinite(step.b));
      and.free();
      blobs.free();
    });

    test('the largest learning rate diverges with a status, and nothing reported is NaN', async () => {
      const dh = await load(variant);
      const ds = dh.generate('xor', { count: 100, seed: 1 });
      const m = dh.createTrainer({ hidden: [8], activation: 'linear', lr: 1e6, batch: 1 }, ds);
      // A few updates overflow the weights; the status says so at once (mid-epoch):
      // a running model never shows a weight that is not finite.
      let status = 'running';
      for (let i = 0; i < 50 && status === 'running'; i++) {
        status = m.stepBatches(1);
        if (status === 'running') assert.ok(m.params.every(Number.isFinite), `finite weights after update ${i + 1}`);
      }
      assert.equal(status, 'diverged');
      assert.equal(m.divergedEpoch, 1);
      assert.equal(m.stepEpochs(3), 'diverged', 'later steps do nothing');
      assert.equal(m.epoch, 0);
      assert.deepEqual(m.history(), [], 'no record of the diverged epoch');
      assert.ok(Number.isFinite(m.lrNow));
      // Over a whole epoch: every record written is finite.
      m.reset();
      m.setBatchSize(100);
      assert.equal(m.stepEpochs(20), 'diverged');
      for (const r of m.history()) {
        for (const v of Object.values(r)) assert.ok(Number.isFinite(v), `record ${JSON.stringify(r)}`);
      }
      m.reset();
      m.setLearningRate(0.01);
      assert.equal(m.stepEpochs(2), 'running');
      assert.ok(m.params.every(Number.isFinite));
      m.free();
      ds.free();
    });

    test('freed handles throw a message instead of touching freed memory', async () => {
      const dh = await load(variant);
      const ds = dh.generate('xor', { count: 40, seed: 1 });
      const m = dh.createTrainer({ hidden: [4] }, ds);
      m.free();
      for (const fn of [() => m.config, () => m.evaluate(ds), () => m.predict([0, 0]), () => m.restarts(2, 1),
        () => m.setSchedule({ schedule: 'step' }), () => m.lossSurface({ p0: 0, p1: 1, lo0: -1, hi0: 1, lo1: -1, hi1: 1, width: 2, height: 2 })]) {
        refused(dh, fn, /^this model was freed$/);
      }
      const other = dh.generate('and');
      other.free();
      refused(dh, () => dh.perceptronStep({ w: [0, 0], lr: 0.1, dataset: other }), /^perceptronStep dataset: this dataset was freed$/);
      refused(dh, () => ds.standardizeLike(other), /^standardizeLike reference: this dataset was freed$/);
      refused(dh, () => dh.createTrainer({}, ds, other), /^createTrainer test set: this dataset was freed$/);
      ds.free();
      refused(dh, () => ds.bounds(), /^this dataset was freed$/);
    });
  });
}
