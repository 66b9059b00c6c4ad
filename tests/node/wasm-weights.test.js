// model.setWeight / setBias: a typed weight lands in the parameter the forward
// pass uses, read back through layers(), and bad input changes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { VARIANTS, load, prepare } from './wasm-helpers.js';

for (const variant of VARIANTS) test(`${variant}: setWeight and setBias set the logistic forward pass by hand`, async () => {
  const dh = await load(variant);
  const data = prepare(dh, 'admissions', { count: 60, noise: 0.1, seed: 1 });
  const m = dh.createTrainer({ model: 'logistic', optimizer: 'sgd', lr: 0.1, batch: 10 }, data.train, data.test);
  m.setWeight(0, 0, 0, 2);
  m.setWeight(0, 1, 0, -1);
  m.setBias(0, 0, 0.5);
  const [layer] = m.layers();
  assert.deepEqual([...layer.w], [2, -1]);
  assert.deepEqual([...layer.b], [0.5]);
  // x = (1, 1): z = 2 - 1 + 0.5 = 1.5, p = 1 / (1 + e^-1.5)
  const p = m.predict([1, 1]);
  assert.ok(Math.abs(p[0] - 1 / (1 + Math.exp(-1.5))) < 1e-6, `got ${p[0]}`);
  const before = m.params.slice();
  assert.throws(() => m.setWeight(0, 0, 0, NaN), /weight value must be a finite number, got NaN/);
  assert.throws(() => m.setWeight(0, 2, 0, 1), /weight from/);
  assert.throws(() => m.setBias(1, 0, 1), /bias layer/);
  assert.throws(() => m.setWeight(0, 0, 0, 1e9), /^Error: weight value must lie within ±1000000 \(the engine's maxWeight\), got 1000000000$/);
  assert.throws(() => m.setBias(0, 0, -2e6), /bias value must lie within ±1000000/);
  assert.deepEqual(m.params.slice(), before);
  m.free();
  data.free();
});
