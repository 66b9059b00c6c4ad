// The Digits mode's worker side on the real engine: the pack's digits (as the
// page sends them) become the run's 8,000 / 2,000 split through worker/data.js,
// the same for the same seed, a smaller digitCount for slow machines, no
// standardization; the predict and excite ops answer from the run's model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { load } from './wasm-helpers.js';
import { packDigits } from '../../scripts/pack-digits.mjs';
import { decodePack, DIGITS_GLOBAL } from '../../web/digits/pack.js';
import { makeData, freeData } from '../../web/worker/data.js';
import { digitsOps } from '../../web/lessons/digits/ops.js';
import { parseState, dataConfig, trainerConfig, useEngine } from '../../web/state.js';

async function digits() {
  const scope = {};
  vm.runInNewContext(packDigits(), { self: scope });
  return decodePack(scope[DIGITS_GLOBAL]);
}

test('dataset=digits: a seeded 8,000 / 2,000 split of the pack, smaller on request, and the ops', async () => {
  const dh = await load('simd');
  useEngine(dh);
  const d = await digits();
  const { state, ignored } = parseState('mode=digits&dataSeed=7');
  assert.deepEqual(ignored, []);
  assert.equal(state.dataset, 'digits');
  assert.deepEqual(state.hidden, [16, 16]);
  assert.equal(state.activation, 'sigmoid');
  const made = makeData(dh, { ...dataConfig(state), digits: d });
  assert.equal(made.error, null);
  assert.equal(made.train.n, 8000);
  assert.equal(made.test.n, 2000);
  assert.equal(made.train.d, 784);
  const rows = made.info.digits.testRows;
  assert.equal(rows.length, 2000);
  // The test set's row r is the pack's digit rows[r], grey levels / 255, unstandardized.
  const r = 17;
  assert.equal(made.test.y[r], d.labels[rows[r]]);
  for (let j = 0; j < 784; j++) assert.ok(Math.abs(made.test.x[r * 784 + j] - d.pixels[rows[r] * 784 + j] / 255) < 1e-6);
  // The same seed, the same split; another, another.
  const again = makeData(dh, { ...dataConfig(state), digits: d });
  assert.deepEqual(Array.from(again.info.digits.testRows), Array.from(rows));
  freeData(again);
  const other = makeData(dh, { ...dataConfig({ ...state, dataSeed: 8 }), digits: d });
  assert.notDeepEqual(Array.from(other.info.digits.testRows.slice(0, 50)), Array.from(rows.slice(0, 50)));
  freeData(other);
  const small = makeData(dh, { ...dataConfig({ ...state, digitCount: 1000 }), digits: d });
  assert.equal(small.train.n, 800);
  assert.equal(small.test.n, 200);
  freeData(small);
  // Before the page has sent the digits: no dataset, and a message saying so.
  const none = makeData(dh, { ...dataConfig(state), digits: null });
  assert.equal(none.train, null);
  assert.match(none.error, /Loading the 10,000 handwritten digits/);

  // The ops on a trained model: ten probabilities adding up to 1; the unit's best test digits, best first.
  const model = dh.createTrainer(trainerConfig(state), made.train, made.test);
  model.stepEpochs(1);
  const run = { model, info: made.info, test: made.test, error: null };
  const probs = digitsOps.predict(dh, { pixels: Array.from(made.test.x.subarray(r * 784, (r + 1) * 784)) }, {}, run);
  assert.equal(probs.length, 10);
  assert.ok(Math.abs(probs.reduce((a, b) => a + b, 0) - 1) < 1e-4);
  const ex = digitsOps.excite(dh, { unit: 3, count: 5 }, {}, run);
  assert.equal(ex.rows.length, 5);
  for (let i = 1; i < 5; i++) assert.ok(ex.scores[i - 1] >= ex.scores[i]);
  assert.throws(() => digitsOps.excite(dh, { unit: 16 }, {}, run), /the first layer has units 0 to 15, not 16/);
  assert.throws(() => digitsOps.predict(dh, { pixels: [1, 2] }, {}, run), /a digit is 784 grey levels \(28×28\), got 2/);
  model.free();
  freeData(made);
});
