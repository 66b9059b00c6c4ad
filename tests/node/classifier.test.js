// What a classifier did: the confusion matrix's counting rule (web/worker/confusion.js)
// against the core's own predictions and accuracy, on the real wasm build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confusionCounts, perClassAccuracy } from '../../web/worker/confusion.js';
import { load } from './wasm-helpers.js';

test('one output: class 1 from 0.5 up; several: the most probable, the first on a tie', () => {
  assert.deepEqual(confusionCounts([0.2, 0.5, 0.9, 0.49], [0, 0, 1, 1], 1, 2), [1, 1, 1, 1]);
  const probs = [0.7, 0.2, 0.1, /**/ 0.1, 0.1, 0.8, /**/ 0.4, 0.4, 0.2];
  assert.deepEqual(confusionCounts(probs, [0, 1, 1], 3, 3), [1, 0, 0, /**/ 1, 0, 1, /**/ 0, 0, 0]);
  assert.deepEqual(perClassAccuracy([1, 0, 0, 1, 0, 1, 0, 0, 0], 3).map((v) => (Number.isNaN(v) ? 'none' : v)), [1, 0, 'none']);
});

for (const [name, model, classes] of [['xor', 'mlp', 2], ['blobs3', 'softmax', 3], ['admissions', 'perceptron', 2]]) {
  test(`${name} (${model}): the diagonal over the total is the engine's own test accuracy`, async () => {
    const dh = await load('simd');
    const all = dh.generate(name, { count: 300, noise: 0.1, seed: 2 });
    const { train, test: held } = all.split(0.5, 2);
    train.standardize(); held.standardizeLike(train);
    const m = dh.createTrainer({ model, hidden: [6], lr: 0.05, batch: 10, seed: 3 }, train, held);
    m.stepEpochs(5);
    const counts = confusionCounts(m.predict(held.x), held.y, m.nOutputs, classes);
    const total = counts.reduce((a, b) => a + b, 0);
    let right = 0;
    for (let c = 0; c < classes; c++) right += counts[c * classes + c];
    assert.equal(total, held.n);
    assert.ok(Math.abs(right / total - m.evaluate(held).accuracy) < 1e-6, `${right}/${total} vs ${m.evaluate(held).accuracy}`);
    m.free(); train.free(); held.free(); all.free();
  });
}

test('the learned line in the data\'s units: a worked example of undoing the standardization', async () => {
  const { linearScore, toDataUnits, equationText, scaledTo, fmtCoef } = await import('../../web/page/equation.js');
  // The model sees u = ((test − 5) / 2, (grades − 5) / 4) and learned 4·u1 + 4·u2 + 1.
  const score = linearScore([{ in: 2, out: 1, w: Float32Array.of(4, 4), b: Float32Array.of(1) }]);
  const line = toDataUnits(score, { mean: [5, 5], std: [2, 4] });
  // a = w / std = (2, 1); c = b − Σ a·mean = 1 − (10 + 5) = −14.
  assert.deepEqual(line, { coef: [2, 1], c: -14 });
  assert.equal(equationText(line, ['test', 'grades']), '2·test + grades − 14 = 0');
  // (2, 10) lies on it in data units, and its standardized twin (−1.5, 1.25) on the model's.
  assert.equal(2 * 2 + 10 - 14, 0);
  assert.equal(4 * -1.5 + 4 * 1.25 + 1, 0);
  assert.equal(equationText({ coef: [0.5234, -0.2612], c: 4.71 }, ['a', 'b']), '0.52·a − 0.26·b + 4.7 = 0');
  assert.equal(equationText(scaledTo({ coef: [4.3, 2.2], c: -39 }, 1), ['test', 'grades']), '2·test + grades − 18 = 0');
  // Two softmax outputs: the boundary is where their scores meet.
  assert.deepEqual(linearScore([{ in: 2, out: 2, w: [1, 2, 4, 3], b: [0.5, 1] }]), { w: [3, 1], b: 0.5 });
  assert.equal(linearScore([{ in: 2, out: 3, w: [], b: [] }]), null);
  assert.equal(linearScore([{ in: 2, out: 1, w: [], b: [] }, { in: 1, out: 1, w: [], b: [] }]), null);
  assert.equal(fmtCoef(123456), '120000');
  assert.equal(fmtCoef(0.000123), '0.00012');
});
