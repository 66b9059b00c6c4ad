// The model file reader (web/export.js readModelFile): a file saved from a
// real trained model reads back as it was saved, and each bad file, worked
// from that good one, is refused with its exact message, in the file's terms.
// (tests/browser/bad-model-file.test.js checks that the page is unchanged
// after each refusal; this checks the reader's own verdicts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultState, useEngine, trainerConfig } from '../../web/state.js';
import { modelFile, readModelFile } from '../../web/export.js';
import { load } from './wasm-helpers.js';

const dh = await load('simd');
useEngine(dh);

// A saved model of the page's default settings (XOR, 2-8-8-1), trained a few epochs.
function savedModel() {
  const state = defaultState();
  const all = dh.generate('xor', { count: 200, noise: 0, seed: 1 });
  const { train, test } = all.split(0.5, 1);
  train.standardize();
  test.standardizeLike(train);
  const m = dh.createTrainer(trainerConfig(state), train, test);
  m.stepEpochs(3);
  const snap = {
    sizes: m.sizes, layers: m.layers().map((l) => ({ w: l.w.slice(), b: l.b.slice() })),
    mean: Array.from(train.mean), std: Array.from(train.std), epoch: m.epoch, updates: m.updates,
  };
  const file = modelFile(state, snap);
  m.free();
  for (const ds of [all, train, test]) ds.free();
  return { state, snap, file };
}
const GOOD = savedModel();

/** The good file with `change(file)` applied, as text. */
function worked(change) {
  const f = structuredClone(GOOD.file);
  change(f);
  return JSON.stringify(f);
}

test('a saved model reads back as it was saved', () => {
  const r = readModelFile(JSON.stringify(GOOD.file));
  assert.deepEqual(r.sizes, [2, 8, 8, 1]);
  assert.deepEqual(r.sizes, GOOD.snap.sizes);
  assert.equal(r.layers.length, 3);
  r.layers.forEach((l, i) => {
    assert.deepEqual(Array.from(l.w), Array.from(GOOD.snap.layers[i].w));
    assert.deepEqual(Array.from(l.b), Array.from(GOOD.snap.layers[i].b));
  });
  assert.deepEqual(r.standardization, { mean: GOOD.snap.mean, std: GOOD.snap.std });
  assert.equal(r.epoch, 3);
  assert.equal(r.updates, GOOD.snap.updates);
  for (const key of Object.keys(GOOD.file.config)) assert.deepEqual(r.state[key], GOOD.state[key], key);
  assert.deepEqual(r.viewKeys, []);
});

test('view settings in a file come back as viewKeys, unused', () => {
  const r = readModelFile(worked((f) => { f.config.show = 'play'; f.config.speed = 'max'; }));
  assert.deepEqual(r.viewKeys, [{ key: 'show', value: 'play' }, { key: 'speed', value: 'max' }]);
});

test('a file without standardization, epoch or updates reads with none, 0 and 0', () => {
  const r = readModelFile(worked((f) => { delete f.standardization; delete f.epoch; delete f.updates; }));
  assert.equal(r.standardization, null);
  assert.equal(r.epoch, 0);
  assert.equal(r.updates, 0);
});

// [what, the file's text, the exact message]
const BAD = [
  ['not JSON', 'sizes: [2, 8, 8, 1]',
    /^the file is not a Downhill model file: it is not JSON text \(Unexpected token/],
  ['a ZIP renamed .json', 'PK\x03\x04\x14\x00\x00\x00',
    'the file is not a Downhill model file: it is a ZIP archive, not JSON text (save the model with "Save model" and load that .json file)'],
  ['UTF-16 without a byte-order mark', Buffer.from('{"format":"downhill-model"}', 'utf16le').toString('latin1'),
    'the file is not a Downhill model file: it is UTF-16 text or a binary file, not JSON text (save the model with "Save model" and load that .json file)'],
  ['a JSON array', '[1, 2, 3]', 'the file is not a Downhill model file (its "format" is not "downhill-model")'],
  ['another format', worked((f) => { f.format = 'keras'; }), 'the file is not a Downhill model file (its "format" is not "downhill-model")'],
  ['an unknown key', worked((f) => { f.optimizerState = {}; }),
    'the file has an unknown key "optimizerState" (a model file has format, version, config, sizes, layers, standardization, epoch, updates)'],
  ['version as a string', worked((f) => { f.version = '1'; }),
    '"version" must be the number 1 (this page reads model format version 1); the file has the text "1"'],
  ['version 2', worked((f) => { f.version = 2; }),
    '"version" must be the number 1 (this page reads model format version 1); the file has version 2'],
  ['no version', worked((f) => { delete f.version; }),
    '"version" must be the number 1 (this page reads model format version 1); the file has no version'],
  ['no config', worked((f) => { delete f.config; }), 'the file has no "config" settings (an object)'],
  ['an unknown setting', worked((f) => { f.config.colour = 'red'; }), '"config" has an unknown setting "colour"'],
  ['an unreadable setting', worked((f) => { f.config.lr = { value: 0.1 }; }), 'setting "lr" has an unreadable value ({"value":0.1})'],
  ['sizes not whole numbers', worked((f) => { f.sizes = [2, 8.5, 8, 1]; }),
    '"sizes" must list the layer widths as whole numbers, e.g. [2, 8, 8, 1]'],
  ['sizes unlike the settings', worked((f) => { f.sizes = [2, 64, 64, 64, 64, 64, 64, 1]; }),
    '"sizes" [2, 64, 64, 64, 64, 64, 64, 1] has hidden layers of 64, 64, 64, 64, 64, 64 units, but "config" asks for hidden layers of 8, 8 units'],
  ['a perceptron config with an mlp\'s sizes', worked((f) => { f.config.model = 'perceptron'; }),
    '"sizes" [2, 8, 8, 1] has hidden layers of 8, 8 units, but "config" asks for a perceptron (no hidden layers)'],
  ['a layer missing', worked((f) => { f.layers.pop(); }), '"sizes" describes 3 weight layers, the file has 2'],
  ['a weight short', worked((f) => { f.layers[1].w.pop(); }), 'layer 2 expects 8×8 weights, the file has 63'],
  ['a bias short', worked((f) => { f.layers[2].b = []; }), 'layer 3 expects 1 biases, the file has 0'],
  ['a weight of 1e39', worked((f) => { f.layers[0].w[3] = 1e39; }),
    'layer 1 weights: entry 4 is 1e39, beyond the ±1e6 a saved weight may hold (a diverged or damaged model)'],
  ['a weight of 3e38', worked((f) => { f.layers[0].w[0] = 3e38; }),
    'layer 1 weights: entry 1 is 3e38, beyond the ±1e6 a saved weight may hold (a diverged or damaged model)'],
  ['a weight as text', worked((f) => { f.layers[2].b[0] = '0.5'; }), 'layer 3 biases: entry 1 is "0.5", not a finite number'],
  ['a standardization std of 1e-40', worked((f) => { f.standardization.std[1] = 1e-40; }),
    'standardization std 2 is 1e-40; it must be a positive number the engine can divide by (at least 1.2e-38)'],
  ['a standardization mean of 1e39', worked((f) => { f.standardization.mean[0] = 1e39; }),
    'standardization mean: entry 1 is 1e39, beyond what the engine\'s float32 numbers hold (±3.4e38)'],
  ['a standardization for three inputs', worked((f) => { f.standardization.mean.push(0); f.standardization.std.push(1); }),
    'the standardization must have 2 means and standard deviations (one per input)'],
  ['epoch 1e300', worked((f) => { f.epoch = 1e300; }),
    /^"epoch" must be a whole number from 0 to [\d,]+; the file has 1e300$/],
  ['epoch 2.5', worked((f) => { f.epoch = 2.5; }), /^"epoch" must be a whole number from 0 to [\d,]+; the file has 2\.5$/],
];

for (const [what, text, message] of BAD) {
  test(`refused: ${what}`, () => {
    assert.throws(() => readModelFile(text), (e) => {
      if (message instanceof RegExp) assert.match(e.message, message);
      else assert.equal(e.message, message);
      return true;
    });
  });
}
