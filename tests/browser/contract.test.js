// What the page shows against what the engine reports: every <option> of
// every choice, the dataset picker, the per-kind defaults in the fields and
// the layer limits are the engine's (names, labels, defaults, limits), served
// and from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';
import { loadDownhillNode } from '../../wasm/node-loader.js';

const dh = await loadDownhillNode({ variant: 'simd' });
const SELECTS = { optimizer: 'optimizers', schedule: 'schedules', reg: 'regularizations', model: 'models',
  activation: 'activations', loss: 'losses' };

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [where, url] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: every choice on the page is the engine's name with the engine's label`, async () => {
    const { page, errors } = await openPage(browser, url());
    for (const [id, table] of Object.entries(SELECTS)) {
      const options = await page.$$eval(`#${id} option`, (os) => os.map((o) => [o.value, o.textContent]));
      assert.deepEqual(options, dh.names[table].map((n) => [n, dh.labels[table][n]]), `#${id}`);
    }
    const picker = await page.$$eval('#datasets [data-dataset]', (bs) => bs.map((b) => [b.dataset.dataset, b.textContent.trim()]));
    assert.deepEqual(picker.filter(([n]) => n !== 'custom'), dh.names.datasets.map((n) => [n, dh.labels.datasets[n]]));
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('fields left at "auto" show the chosen kind\'s own value; layers stop at the engine\'s limits', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?optimizer=adam&schedule=plateau`);
  for (const key of ['beta1', 'beta2', 'eps']) {
    assert.equal(Number(await page.inputValue(`#${key}`)), dh.defaults.optimizers.adam[key], key);
  }
  for (const key of ['scheduleGamma', 'schedulePatience', 'minLr']) {
    assert.equal(Number(await page.inputValue(`#${key}`)), dh.defaults.schedules.plateau[key], key);
  }
  await page.selectOption('#schedule', 'exponential');
  assert.equal(Number(await page.inputValue('#scheduleGamma')), dh.defaults.schedules.exponential.scheduleGamma);
  await page.goto(`${server.url}?hidden=${Array(dh.limits.maxHiddenLayers).fill(dh.limits.maxUnits).join(',')}`);
  await page.waitForFunction(() => window.downhill?.app?.sizes);
  assert.equal(await page.isDisabled('#add-layer'), true, 'no layer past maxHiddenLayers');
  assert.equal(await page.isDisabled('.layer-ed button[aria-label="More units in layer 1"]'), true, 'no unit past maxUnits');
  assert.deepEqual(errors, []);
  await page.close();
});
