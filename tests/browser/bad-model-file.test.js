// bad-model-file.test.js — loading a model file is one transaction: a file
// that does not fit is refused with a message in the file's terms, and the run
// (epoch, weights), the settings and the address stay exactly as they were.
// Served and from disk. Also: view settings in a file are ignored with a
// notice, a locked setting is not changed by a file, a new model clears the
// last run's numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

async function stepEpochs(page, n) {
  for (let i = 0; i < n; i++) await page.click('#step-epoch');
  await page.waitForFunction((e) => Number(document.getElementById('epoch').textContent) >= e, n);
}

// Everything a refused file must leave alone.
async function runNow(page) {
  return page.evaluate(async () => {
    const snap = await window.downhill.playRpc('snapshot');
    return {
      epoch: snap.epoch,
      weights: JSON.stringify(snap.layers.map((l) => [Array.from(l.w), Array.from(l.b)])),
      search: location.search + location.hash,
      state: JSON.stringify(window.downhill.state),
      shown: document.getElementById('epoch').textContent,
    };
  });
}

async function saved(page) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-model')]);
  const chunks = [];
  for await (const c of await dl.createReadStream()) chunks.push(c);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function loadFile(page, buffer) {
  await page.evaluate(() => { document.getElementById('export-status').textContent = ''; });
  await page.setInputFiles('#import-file', { name: 'm.json', mimeType: 'application/json', buffer });
  await page.waitForFunction(() => /^(Cannot load|Loaded)/.test(document.getElementById('export-status').textContent));
  return page.textContent('#export-status');
}

const json = (f) => Buffer.from(JSON.stringify(f));
const refused = (what) => `Cannot load m.json: ${what}. Nothing was changed.`;

// [name, make the bad file from a good one, the message]
const CASES = [
  ['standardization mean 1e30 (checked against the data, in the worker)',
    (f) => json({ ...f, standardization: { mean: [1e30, 0], std: [1, 1] } }),
    refused('its standardization (mean 1e30, std 1 for x1) does not fit this data: the data\'s range -7 to 7 would become a single point or infinite in the model\'s units')],
  ['standardization std 1e-40',
    (f) => json({ ...f, standardization: { mean: [0, 0], std: [1e-40, 1] } }),
    refused('standardization std 1 is 1e-40; it must be a positive number the engine can divide by (at least 1.2e-38)')],
  ['three weight layers for a perceptron',
    (f) => json({ ...f, config: { ...f.config, model: 'perceptron' } }),
    refused('"sizes" [2, 8, 8, 1] has hidden layers of 8, 8 units, but "config" asks for a perceptron (no hidden layers)')],
  ['hidden layers the settings do not make',
    (f) => json({ ...f, config: { ...f.config, hidden: [64, 64, 64, 64, 64, 64] } }),
    refused('"sizes" [2, 8, 8, 1] has hidden layers of 8, 8 units, but "config" asks for hidden layers of 64, 64, 64, 64, 64, 64 units')],
  ['a weight of 1e39',
    (f) => Buffer.from(JSON.stringify(f).replace(/"w":\[[-0-9.e]+/, '"w":[1e39')),
    refused('layer 1 weights: entry 1 is 1e39, beyond the ±1e6 a saved weight may hold (a diverged or damaged model)')],
  ['a weight of 3e38',
    (f) => Buffer.from(JSON.stringify(f).replace(/"w":\[[-0-9.e]+/, '"w":[3e38')),
    refused('layer 1 weights: entry 1 is 3e38, beyond the ±1e6 a saved weight may hold (a diverged or damaged model)')],
  ['version "1", a string',
    (f) => json({ ...f, version: '1' }),
    refused('"version" must be the number 1 (this page reads model format version 1); the file has the text "1"')],
  ['epoch 1e300',
    (f) => json({ ...f, epoch: 1e300 }),
    refused('"epoch" must be a whole number from 0 to 2,147,483,647; the file has 1e300')],
  ['a ZIP renamed .json',
    () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0x10]),
    refused('the file is not a Downhill model file: it is a ZIP archive, not JSON text (save the model with "Save model" and load that .json file)')],
  // (With a byte-order mark the browser decodes UTF-16 itself, and the file loads.)
  ['UTF-16 text without a byte-order mark',
    (f) => Buffer.from(JSON.stringify(f), 'utf16le'),
    refused('the file is not a Downhill model file: it is UTF-16 text or a binary file, not JSON text (save the model with "Save model" and load that .json file)')],
  ['an unknown setting',
    (f) => json({ ...f, config: { ...f.config, lrr: 0.1 } }),
    refused('"config" has an unknown setting "lrr"')],
  ['a binary file',
    () => Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]),
    refused('the file is not a Downhill model file: it is a binary file, not JSON text (save the model with "Save model" and load that .json file)')],
  ['an unknown key',
    (f) => json({ ...f, extra: 1 }),
    refused('the file has an unknown key "extra" (a model file has format, version, config, sizes, layers, standardization, epoch, updates)')],
  ['three inputs for two features (checked in the worker)',
    (f) => json({
      ...f, sizes: [3, 8, 8, 1], standardization: { mean: [0, 0, 0], std: [1, 1, 1] },
      layers: [{ w: new Array(24).fill(0.1), b: f.layers[0].b }, ...f.layers.slice(1)],
    }),
    refused('its model takes 3 inputs, this data has 2 features')],
];

for (const [where, url] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: a refused model file changes nothing and says why`, async () => {
    const { page, errors } = await openPage(browser, `${url()}?lr=0.1&hidden=6,6,6,6,6,6`);
    const good = await saved(page);   // the run at epoch 0, as a file
    await stepEpochs(page, 3);
    const before = await runNow(page);
    assert.equal(before.epoch, 3);
    for (const [name, make, message] of CASES) {
      const goodFile = { ...good, sizes: [2, 8, 8, 1], config: { ...good.config, hidden: [8, 8] } };
      goodFile.layers = [[2, 8], [8, 8], [8, 1]].map(([i, o]) => ({ w: new Array(i * o).fill(0.05), b: new Array(o).fill(0) }));
      assert.equal(await loadFile(page, make(goodFile)), message, name);
      assert.deepEqual(await runNow(page), before, `${name}: the run, the settings and the address are unchanged`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('view settings in a model file are ignored with a notice; the link keeps its own', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?show=play,step,export,metrics,heatmap&caption=Mine`);
  const f = await saved(page);
  await stepEpochs(page, 2);
  const search = await page.evaluate(() => location.search);
  f.config = { ...f.config, show: ['play'], lock: ['lr'], caption: 'Theirs', speed: 'max' };
  const text = await loadFile(page, json(f));
  assert.equal(text, 'Loaded m.json (saved after epoch 0): training goes on from its weights. Its view settings (show, lock, caption, speed) were ignored: what the page shows and locks, its caption and its speed belong to the page, not to a model.');
  assert.equal(await page.evaluate(() => location.search), search);
  assert.equal(await page.textContent('#caption'), 'Mine');
  assert.equal(await page.isVisible('#step-epoch'), true);
  // The loaded run starts from the file's weights at epoch 0: the old numbers are gone.
  assert.equal(await page.textContent('#epoch'), '0');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a locked setting is not changed by a model file', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?lock=lr`);
  const f = await saved(page);
  await stepEpochs(page, 2);
  const before = await runNow(page);
  f.config.lr = 0.3;
  assert.equal(await loadFile(page, json(f)), refused('this page locks Learning rate, and the file would change lr from 0.03 to 0.3'));
  assert.deepEqual(await runNow(page), before);
  assert.deepEqual(errors, []);
  await page.close();
});
