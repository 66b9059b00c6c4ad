// inputs.test.js — input features on the real page, served and from file://:
// ?dataset=circle&model=logistic&inputs=x1sq,x2sq (no hidden layer) reaches
// ≥ 95 % test accuracy; the decision map drawn through the expanded inputs
// agrees with the test points; the diagram's input units carry the features'
// names and show their own maps; the chooser's buttons change the inputs and
// the address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, FILE_URL, resultsDir } from './helpers.js';
import { openWatched, noNaN, axeViolations } from './checks.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const WHERE = [['served', () => server.url], ['file://', () => FILE_URL]];
const withQuery = (base, q) => (base.endsWith('index.html') ? `${base}?${q}` : `${base}index.html?${q}`);
const epochOf = () => Number(document.getElementById('epoch').textContent.replace(/,/g, ''));

/** How many test points the picture's own map (a 40 × 40 grid of the model
 *  over the plot, as the page draws it) puts on their true side. */
const mapAgreement = (page) => page.evaluate(async () => {
  const size = 40;
  const grid = await window.downhill.playRpc('grid', { size });
  const { test: pts, bounds: b } = window.downhill.app.info;
  let agree = 0;
  for (let i = 0; i < pts.n; i++) {
    const c = Math.min(size - 1, Math.floor((pts.x[2 * i] - b.x0) / (b.x1 - b.x0) * size));
    const r = Math.min(size - 1, Math.floor((b.y1 - pts.x[2 * i + 1]) / (b.y1 - b.y0) * size));
    if ((grid[r * size + c] > 0.5 ? 1 : 0) === pts.y[i]) agree++;
  }
  return agree / pts.n;
});

for (const [where, url] of WHERE) {
  test(`${where}: the circle with inputs x1², x2² and no hidden layer reaches ≥ 95 % test accuracy`, async () => {
    const { page, errors } = await openWatched(browser, withQuery(url(), 'dataset=circle&model=logistic&inputs=x1sq,x2sq&speed=max'));
    await page.waitForFunction(() => window.downhill?.app?.sizes?.length === 2);
    const names = await page.$$eval('#network .net-node.input', (els) => els.map((e) => e.getAttribute('aria-label')));
    assert.deepEqual(names, ['x₁²', 'x₂²']);
    const pressed = await page.$$eval('#inputs .input-btn[aria-pressed="true"]', (els) => els.map((e) => e.textContent));
    assert.deepEqual(pressed, ['x₁²', 'x₂²']);
    await page.click('#play');
    await page.waitForFunction(epochOf, null, { timeout: 60000 });
    await page.waitForFunction(() => Number(document.getElementById('epoch').textContent.replace(/,/g, '')) >= 200, null, { timeout: 60000 });
    await page.click('#play');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'paused');
    await page.waitForTimeout(300);
    const acc = await page.$eval('#test-accuracy', (e) => e.textContent);
    const agree = await mapAgreement(page);
    console.log(`${where}: circle, logistic on x1², x2²: test accuracy ${acc}, the map puts ${(agree * 100).toFixed(1)} % of the test points on their side`);
    assert.ok(parseFloat(acc) >= 95, `test accuracy ${acc}`);
    assert.ok(agree >= 0.93, `the map agrees with ${agree} of the test points`);
    // The learned boundary is written in the features' names, drawn by the map only.
    assert.match(await page.$eval('#equation-text', (e) => e.textContent), /x₁²/);
    await noNaN(page);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${where}: an input unit shows its own map; the chooser changes the inputs and the address`, async () => {
    const { page, errors } = await openWatched(browser, withQuery(url(), 'dataset=circle&model=mlp&hidden=3'));
    await page.waitForFunction(() => window.downhill?.app?.sizes?.[0] === 2);
    const plot = () => page.evaluate(() => {
      const c = /** @type {HTMLCanvasElement} */ (document.getElementById('heatmap'));
      return Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data.filter((_, i) => i % 16 === 0)).join(',');
    });
    const output = await plot();
    // Keyboard: focus the first input unit, press Enter.
    await page.focus('#network .net-node.input');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('unit-back').hidden);
    assert.equal(await page.$eval('#network .net-node.input', (e) => e.getAttribute('aria-pressed')), 'true');
    await page.waitForTimeout(200);
    const x1Map = await plot();
    assert.notEqual(x1Map, output, 'the plot shows the input x₁ instead of the output');
    assert.deepEqual(await axeViolations(page), [], 'an input selected, the chooser shown');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementById('unit-back').hidden);
    // The chooser: add x1·x2 and sin x1, take x2 away.
    await page.click('#inputs .input-btn[data-feature="x1x2"]');
    await page.click('#inputs .input-btn[data-feature="sinx1"]');
    await page.click('#inputs .input-btn[data-feature="x2"]');
    await page.waitForFunction(() => window.downhill.app.sizes?.[0] === 3);
    const names = await page.$$eval('#network .net-node.input', (els) => els.map((e) => e.getAttribute('aria-label')));
    assert.deepEqual(names, ['x₁', 'x₁·x₂', 'sin x₁']);
    const search = await page.evaluate(() => decodeURIComponent(location.search || location.hash));
    assert.match(search, /inputs=x1,x1x2,sinx1(&|$)/);
    // The last input cannot be turned off: the chooser says why.
    for (const f of ['x1', 'x1x2']) await page.click(`#inputs .input-btn[data-feature="${f}"]`);
    await page.waitForFunction(() => window.downhill.app.sizes?.[0] === 1);
    await page.click('#inputs .input-btn[data-feature="sinx1"]');
    assert.equal(await page.$eval('#inputs .inputs-note', (e) => e.textContent), 'The model needs at least one input: turn another on first.');
    assert.equal(await page.evaluate(() => window.downhill.state.inputs.join(',')), 'sinx1');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a model of chosen inputs saved and loaded back predicts the same, and brings its inputs', async () => {
  const { page, errors } = await openWatched(browser, withQuery(server.url, 'dataset=circle&model=mlp&hidden=3&inputs=x1sq,x2sq,x1x2'));
  await page.waitForFunction(() => window.downhill?.app?.sizes?.[0] === 3);
  for (let i = 0; i < 3; i++) await page.click('#step-epoch');
  await page.waitForFunction(() => Number(document.getElementById('epoch').textContent) >= 3);
  const grid = () => page.evaluate(() => window.downhill.playRpc('grid', { size: 12 }));
  const before = await grid();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-model')]);
  const path = join(resultsDir(), 'model-inputs.json');
  await dl.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  assert.deepEqual(saved.config.inputs, ['x1sq', 'x2sq', 'x1x2']);
  assert.deepEqual(saved.sizes, [3, 3, 1]);
  // Back to the plain inputs, then load: the file's inputs and weights return.
  await page.click('#inputs .input-btn[data-feature="x1"]');
  await page.waitForFunction(() => window.downhill.app.sizes?.[0] === 4);
  await page.setInputFiles('#import-file', path);
  await page.waitForFunction(() => /Loaded/.test(document.getElementById('export-status').textContent));
  await page.waitForFunction(() => window.downhill.app.sizes?.[0] === 3);
  assert.equal(await page.evaluate(() => window.downhill.state.inputs.join(',')), 'x1sq,x2sq,x1x2');
  const after = await grid();
  let d = 0;
  for (let i = 0; i < before.length; i++) d = Math.max(d, Math.abs(before[i] - after[i]));
  assert.ok(d < 1e-6, `the loaded model predicts as the saved one (max difference ${d})`);
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [where, base] of WHERE) {
  test(`${where}: the embed takes inputs= from its link; with lock=model the inputs cannot change`, async () => {
    const root = base().replace(/index\.html$/, '');
    const q = 'dataset=circle&model=logistic&inputs=x1sq,x2sq&show=play,metrics,model,network,heatmap&lock=model&speed=max';
    const { page, errors } = await openWatched(browser, `${root}embed.html?${q}`, { width: 800, height: 640 });
    await page.waitForFunction(() => window.downhill?.app?.sizes?.[0] === 2);
    assert.deepEqual(await page.$$eval('#network .net-node.input', (els) => els.map((e) => e.getAttribute('aria-label'))), ['x₁²', 'x₂²']);
    const buttons = await page.$$eval('#inputs .input-btn', (els) => els.map((e) => [e.textContent, e.getAttribute('aria-pressed'), /** @type {HTMLButtonElement} */ (e).disabled]));
    assert.equal(buttons.length, 7);
    assert.ok(buttons.every(([, , disabled]) => disabled), `locked: ${JSON.stringify(buttons)}`);
    assert.deepEqual(buttons.filter(([, on]) => on === 'true').map(([t]) => t), ['x₁²', 'x₂²']);
    await page.click('#play');
    await page.waitForFunction(() => Number(document.getElementById('epoch').textContent.replace(/,/g, '')) >= 200, null, { timeout: 60000 });
    await page.click('#play');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'paused');
    await page.waitForTimeout(300);
    const acc = await page.$eval('#test-accuracy', (e) => e.textContent);
    console.log(`${where} embed: circle, logistic on x1², x2²: test accuracy ${acc}`);
    assert.ok(parseFloat(acc) >= 95, `test accuracy ${acc}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
