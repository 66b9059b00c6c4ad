// Input features through the bridge: dh.names.features, dataset.expand and
// model.evalGridMap, checked against the model's own predictions of the same
// points expanded and standardized by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { VARIANTS, load } from './wasm-helpers.js';

for (const variant of VARIANTS) test(`${variant}: the feature table and dataset.expand`, async () => {
  const dh = await load(variant);
  assert.deepEqual(dh.names.features, ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2']);
  assert.equal(dh.labels.features.x1sq, 'x₁²');
  const raw = dh.fromArrays({ x: [3, -2, 0.5, 1.5], y: [1, 0], d: 2 });
  // Listed out of order: the table's order wins.
  const ex = raw.expand(['x1x2', 'x1sq', 'sinx2']);
  assert.equal(ex.d, 3);
  assert.deepEqual(ex.featureNames, ['x₁²', 'x₁·x₂', 'sin x₂']);
  assert.deepEqual([...ex.y], [1, 0]);
  const want = [9, -6, Math.sin(-2), 0.25, 0.75, Math.sin(1.5)];
  ex.x.forEach((v, i) => assert.ok(Math.abs(v - want[i]) < 1e-6, `x[${i}] = ${v}, want ${want[i]}`));
  assert.throws(() => raw.expand([]), /features must be a non-empty list of "x1", "x2"/);
  assert.throws(() => raw.expand(['x3']), /feature must be one of "x1", .*got "x3"/);
  assert.throws(() => raw.expand(['x1', 'x1']), /feature "x1" is listed twice/);
  const three = dh.fromArrays({ x: [1, 2, 3], y: [0], d: 3 });
  assert.throws(() => three.expand(['x1']), /input features are built from the two coordinates x1, x2; this data has 3/);
  // A regression set keeps its targets.
  const plane = dh.generate('plane', { count: 20, noise: 0.1, seed: 2 });
  const pex = plane.expand(['x1sq']);
  assert.equal(pex.regression, true);
  assert.deepEqual([...pex.target], [...plane.target]);
  for (const ds of [raw, ex, three, plane, pex]) ds.free();
});

// The cell centres of a w × h grid on [x0, x1] × [y0, y1], row 0 at the top.
function centres(box, w, h) {
  const out = [];
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      out.push([box.x0 + (c + 0.5) * (box.x1 - box.x0) / w, box.y1 - (r + 0.5) * (box.y1 - box.y0) / h]);
    }
  }
  return out;
}

for (const variant of VARIANTS) test(`${variant}: evalGridMap of expanded inputs is the model's prediction of each cell`, async () => {
  const dh = await load(variant);
  const all = dh.generate('circle', { count: 300, noise: 0.05, seed: 3 });
  const { train, test: held } = all.split(0.3, 1);
  const ftrain = train.expand(['x1sq', 'x2sq']);
  const ftest = held.expand(['x1sq', 'x2sq']);
  ftrain.standardize();
  ftest.standardizeLike(ftrain);
  const m = dh.createTrainer({ model: 'logistic', optimizer: 'adam', lr: 0.05, batch: 10 }, ftrain, ftest);
  m.stepEpochs(100);
  // No hidden layer: the circle is a line in (x1², x2²).
  assert.ok(m.evaluate(ftest).accuracy >= 0.95, `test accuracy ${m.evaluate(ftest).accuracy}`);
  const mean = Array.from(ftrain.mean), std = Array.from(ftrain.std);
  const box = { x0: -6, x1: 6, y0: -6, y1: 6 };
  const g = m.evalGridMap({ ...box, width: 7, height: 5, features: ['x1sq', 'x2sq'], mean, std });
  const x = centres(box, 7, 5).flatMap(([a, b]) => [(a * a - mean[0]) / std[0], (b * b - mean[1]) / std[1]]);
  const p = m.predict(x);
  assert.equal(g.output.length, 35);
  g.output.forEach((v, i) => assert.ok(Math.abs(v - p[i]) < 1e-5, `cell ${i}: ${v} vs ${p[i]}`));
  assert.throws(() => m.evalGridMap({ ...box, width: 7, height: 5, features: ['x1sq'], mean: [0], std: [1] }), /input/);
  assert.throws(() => m.evalGridMap({ ...box, width: 7, height: 5, mean, std: [1] }), /std must be a list of 2 numbers/);
  assert.throws(() => m.evalGridMap({ ...box, width: 7, height: 5, mean, std, feature: [] }), /unknown evalGridMap option key "feature" \(did you mean "features"\?\)/);
  m.free();
  for (const ds of [all, train, held, ftrain, ftest]) ds.free();
});

for (const variant of VARIANTS) test(`${variant}: evalGridMap slices a three-feature model at held values`, async () => {
  const dh = await load(variant);
  const x = [];
  const y = [];
  for (let i = 0; i < 60; i++) {
    const a = Math.sin(i) * 3, b = Math.cos(i * 1.7) * 2, c = (i % 7) - 3;
    x.push(a, b, c);
    y.push(a + c > 0 ? 1 : 0);
  }
  const ds = dh.fromArrays({ x, y, d: 3 });
  ds.standardize();
  const m = dh.createTrainer({ model: 'mlp', hidden: [4], optimizer: 'adam', lr: 0.05, batch: 10 }, ds, ds);
  m.stepEpochs(20);
  const mean = Array.from(ds.mean), std = Array.from(ds.std);
  const box = { x0: -3, x1: 3, y0: -3, y1: 3 };
  // x axis: feature 0, y axis: feature 2, feature 1 held at 0.7.
  const g = m.evalGridMap({ ...box, width: 4, height: 3, nRaw: 3, axisX: 0, axisY: 2, held: [0, 0.7, 0], mean, std });
  const z = (v, j) => (v - mean[j]) / std[j];
  const p = m.predict(centres(box, 4, 3).flatMap(([a, c]) => [z(a, 0), z(0.7, 1), z(c, 2)]));
  g.output.forEach((v, i) => assert.ok(Math.abs(v - p[i]) < 1e-5, `cell ${i}: ${v} vs ${p[i]}`));
  assert.equal(g.hidden.length, 4 * 12);
  m.free();
  ds.free();
});
