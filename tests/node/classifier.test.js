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
