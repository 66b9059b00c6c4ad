// Bad input gives an Error with a message a user can act on (or status
// 'diverged'), and the module stays usable: the next good call works.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { VARIANTS, load, prepare } from './wasm-helpers.js';

/** fn throws an Error whose message matches re; then a good call still works. */
function throwsThenRecovers(dh, fn, re) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof Error, 'an Error');
    assert.match(e.message, re);
    return true;
  });
  const ds = dh.generate('xor', { count: 40, seed: 1 });
  const m = dh.createTrainer({ hidden: [3] }, ds);
  assert.equal(m.stepEpochs(1), 'running', 'a good call right after the error');
  m.free();
  ds.free();
}

for (const variant of VARIANTS) {
  describe(`errors (${variant})`, () => {
    test('bad configs: unknown keys, wrong types, out-of-range values', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'xor', { count: 100, seed: 1 });
      const bad = [
        [{ lr: 'abc' }, /^config\.lr must be a finite number > 0, got "abc"$/],
        [{ lr: -1 }, /config\.lr must be a finite number > 0, got -1/],
        [{ lr: NaN }, /config\.lr .* got NaN/],
        [{ learningRate: 0.1 }, /unknown config key "learningRate"; valid keys: model, hidden/],
        [{ model: 'cnn' }, /config\.model must be one of "perceptron", "logistic", "softmax", "mlp", got "cnn"/],
        [{ hidden: 8 }, /config\.hidden must be an array/],
        [{ hidden: [8, 0] }, /config\.hidden\[1\] must be an integer in 1\.\.256, got 0/],
        [{ hidden: [2.5] }, /config\.hidden\[0\] must be an integer/],
        [{ hidden: Array(9).fill(4) }, /at most 8 layer sizes/],
        [{ activation: 'swish' }, /config\.activation must be one of .*"tanh".*got "swish"/],
        [{ loss: 'hinge' }, /loss/],
        [{ optimizer: 'adamw' }, /config\.optimizer must be one of .*"adam".*got "adamw"/],
        [{ optimizer: 'momentum', momentum: 1 }, /momentum must be in \[0, 1\), got 1$/],
        [{ optimizer: 'adam', beta2: 1.5 }, /beta2 must be in \[0, 1\), got 1\.5$/],
        [{ eps: 0 }, /config\.eps must be a finite number > 0/],
        [{ batch: 0 }, /config\.batch must be an integer >= 1, got 0/],
        [{ batch: '10' }, /config\.batch must be an integer >= 1, got "10"/],
        [{ schedule: 'cosine' }, /config\.schedule must be one of/],
        [{ schedule: 'step', scheduleGamma: 0 }, /schedule gamma must be in \(0, 1\], got 0$/],
        [{ reg: 'l3' }, /config\.reg must be one of "none", "l1", "l2"/],
        [{ regRate: -0.1 }, /config\.regRate must be a finite number >= 0/],
        [{ dropout: 0.99 }, /dropout must be between 0 and 0\.95, got 0\.99$/],
        [{ patience: -1 }, /config\.patience must be an integer >= 0/],
        [{ seed: -1 }, /config\.seed must be an integer/],
        [{ seed: 1.5 }, /config\.seed must be an integer/],
        [{ classes: 1 }, /config\.classes must be an integer in 2\.\.100/],
        [{ inputs: 3 }, /\S/], // C: the model takes 3 inputs but the data has 2 features
        [{ model: 'mlp', hidden: [] }, /config\.hidden must list at least one hidden layer/],
      ];
      for (const [cfg, re] of bad) {
        throwsThenRecovers(dh, () => dh.createTrainer(cfg, data.train, data.test), re);
      }
      assert.throws(() => dh.createTrainer(null, data.train), /config must be an object, got null/);
      assert.throws(() => dh.createTrainer({}, { n: 3 }), /training set must be a dataset made by this Downhill module/);
      assert.throws(() => dh.createTrainer({}, data.train, 'test'), /test set must be a dataset/);
      // A DataView is a view without items: the message names it (it once threw a TypeError).
      assert.throws(() => dh.createTrainer(new DataView(new ArrayBuffer(8)), data.train), /^Error: config must be a plain object like \{ key: value \}, got a DataView$/);
      assert.throws(() => dh.createTrainer(new Float32Array([1, 2]), data.train), /got a Float32Array \[1, 2\]$/);
      data.free();
    });

    test('C-side messages pass through', async () => {
      const dh = await load(variant);
      const blobs = dh.generate('blobs3', { count: 60, seed: 1 });
      // The core explains why a 2-class model cannot take 3 classes.
      throwsThenRecovers(dh, () => dh.createTrainer({ model: 'logistic' }, blobs), /3|class/);
      throwsThenRecovers(dh, () => dh.generate('mnist', {}), /unknown dataset "mnist"/);
      throwsThenRecovers(dh, () => dh.generate('xor', { count: 0 }), /count must be an integer in 1\.\.100000, got 0/);
      throwsThenRecovers(dh, () => dh.generate('xor', { noise: 2 }), /noise must be a number in \[0, 1\]/);
      throwsThenRecovers(dh, () => dh.landscape('saddle', { loA: -1, hiA: 1, loB: -1, hiB: 1, width: 4, height: 4 }), /unknown landscape "saddle"/);
      blobs.free();
    });

    test('bad CSV text gives the core\'s message naming the row and column', async () => {
      const dh = await load(variant);
      const cases = [
        ['', /empty|no CSV/],
        ['test,grades,admitted\n', /no data rows/],
        ['test,grades,admitted\n1,2,1\n3,x,0\n', /row 3.*grades|grades.*row 3/],
        ['test,grades,admitted\n1,2,1\n3,4\n', /row 3/],
        ['a,b\n1,1\n2,1\n', /one class|class/],
      ];
      for (const [text, re] of cases) throwsThenRecovers(dh, () => dh.parseCSV(text), re);
      throwsThenRecovers(dh, () => dh.parseCSV('a,b,c\n1,2,0\n3,4,1\n', { label: 'nope' }), /nope/);
      throwsThenRecovers(dh, () => dh.parseCSV(42), /CSV text must be a string or the file's bytes \(a Uint8Array or ArrayBuffer\), got 42/);
      throwsThenRecovers(dh, () => dh.parseCSV('a,b\n', { sep: ';' }), /unknown parseCSV option key "sep"/);

      const ok = dh.parseCSV('test,grades,admitted\r\n9,8,1\r\n1,"2",0\r\n3,4,0\r\n', { features: 'test,grades', label: 'admitted' });
      assert.equal(ok.n, 3);
      assert.equal(ok.d, 2);
      assert.equal(ok.k, 2);
      assert.deepEqual(ok.featureNames, ['test', 'grades']);
      assert.deepEqual(Array.from(ok.x), [9, 8, 1, 2, 3, 4]);
      assert.deepEqual(Array.from(ok.y), [1, 0, 0]);
      ok.free();
      const text = dh.parseCSV('x,y,fruit\n1,2,apple\n3,4,pear\n5,6,apple\n');
      assert.deepEqual(text.classNames, ['apple', 'pear']);
      assert.deepEqual(Array.from(text.y), [0, 1, 0]);
      text.free();
    });

    test('a huge learning rate diverges with a status, and a good call works after', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'spiral', { count: 200, noise: 0.1, seed: 1 });
      const m = dh.createTrainer({ hidden: [16, 16], activation: 'relu', lr: 1e6, batch: 10 }, data.train, data.test);
      const status = m.stepEpochs(50);
      assert.equal(status, 'diverged');
      assert.ok(m.divergedEpoch >= 1 && m.divergedEpoch <= 50, `diverged in epoch ${m.divergedEpoch}`);
      assert.ok(m.epoch < m.divergedEpoch, 'no epoch ends after the divergence');
      const epoch = m.epoch;
      assert.equal(m.stepEpochs(5), 'diverged', 'later steps do nothing');
      assert.equal(m.epoch, epoch);
      m.reset();
      assert.equal(m.status, 'ready');
      m.setLearningRate(0.01);
      assert.equal(m.stepEpochs(2), 'running');
      m.free();
      throwsThenRecovers(dh, () => dh.createTrainer({ lr: Infinity }, data.train), /config\.lr must be a finite number > 0, got Infinity/);
      data.free();
    });

    test('bad live settings throw and change nothing', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'xor', { count: 100, seed: 1 });
      const m = dh.createTrainer({ hidden: [4], lr: 0.1, batch: 10 }, data.train);
      m.stepEpochs(2);
      const w = m.params.slice();
      assert.throws(() => m.setLearningRate(0), /learning rate must be a finite number > 0, got 0/);
      assert.throws(() => m.setBatchSize(-3), /batch size must be an integer >= 1, got -3/);
      assert.throws(() => m.setOptimizer({ optimizer: 'lion' }), /config\.optimizer must be one of/);
      assert.throws(() => m.setOptimizer({ lr: 1 }), /unknown setOptimizer key "lr"/);
      assert.throws(() => m.setSchedule({ schedule: 'plateau', schedulePatience: 0 }), /config\.schedulePatience/);
      assert.throws(() => m.setRegularization('l5', 0.1), /regularization must be one of/);
      assert.throws(() => m.setDropout(1), /dropout must be between 0 and 0\.95, got 1$/);
      assert.throws(() => m.setPatience(1.5), /patience must be an integer >= 0/);
      assert.throws(() => m.stepEpochs(-1), /stepEpochs count must be an integer/);
      assert.throws(() => m.evalGrid({ x0: 0, x1: 1, y0: 0, y1: 1, width: 0, height: 5 }), /width must be an integer in 1\.\.4096/);
      assert.throws(() => m.lossSurface({ p0: 0, p1: 999, lo0: -1, hi0: 1, lo1: -1, hi1: 1, width: 4, height: 4 }), /p1 must be an integer/);
      assert.deepEqual(m.params.slice(), w);
      assert.equal(m.lr, Math.fround(0.1));
      assert.equal(m.batch, 10);
      assert.equal(m.config.optimizer, 'sgd');
      assert.equal(m.stepEpochs(1), 'running');
      m.free();
      data.free();
    });

    test('freed models and datasets throw instead of crashing', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'xor', { count: 100, seed: 1 });
      const m = dh.createTrainer({ hidden: [4] }, data.train, data.test);
      m.free();
      m.free(); // twice is fine
      assert.equal(m.freed, true);
      for (const call of [() => m.stepEpochs(1), () => m.status, () => m.params, () => m.layers(),
        () => m.history(), () => m.setLearningRate(0.1), () => m.evalGrid({ x0: 0, x1: 1, width: 2, height: 2 })]) {
        assert.throws(call, /this model was freed/);
      }
      const ds = dh.generate('circle', { count: 50 });
      ds.free();
      assert.throws(() => ds.x, /this dataset was freed/);
      assert.throws(() => ds.split(0.5), /this dataset was freed/);
      assert.throws(() => dh.createTrainer({}, ds), /this dataset was freed/);
      // A dataset freed while a model trains on it stays alive for the model.
      const m2 = dh.createTrainer({ hidden: [4] }, data.train, data.test);
      data.train.free();
      assert.throws(() => data.train.n, /this dataset was freed/);
      assert.equal(m2.stepEpochs(3), 'running');
      m2.free();
      data.free();
    });
  });
}
