// inputs.test.js — input features on the real page, served and from file://:
// ?dataset=circle&model=logistic&inputs=x1sq,x2sq (no hidden layer) reaches
// ≥ 95 % test accuracy; the decision map drawn through the expanded inputs
// agrees with the test points; the diagram's input units carry the features'
// names and show their own maps; pressing the candidates in the diagram
// (click or keyboard) changes the inputs and the address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, FILE_URL, resultsDir, withQuery } from './helpers.js';
import { openWatched, noNaN, axeViolations } from './checks.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const WHERE = [['served', () => server.url], ['file://', () => FILE_URL]];
// The diagram's unit for a candidate input, by its label (x1 and x2 by the
// data's names, the others by the feature table's; its accessible name is
// "x₁², used: press to stop using it" or "…, not used: press to use it").
const unit = (label) => `#network .net-node.input[aria-label^="${label},"]`;
/** The input column: [label, used] of each candidate, top to bottom. */
const column = (page) => page.$$eval('#network .net-node.input', (els) => els
  .map((e) => [e.getAttribute('aria-label').split(',')[0], e.getAttribute('aria-pressed') === 'true', e.getBoundingClientRect().top])
  .sort((a, b) => a[2] - b[2]).map(([l, on]) => [l, on]));
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
    // Every candidate in the input column, the two used ones pressed.
    assert.deepEqual(await column(page), [['x1', false], ['x2', false], ['x₁²', true], ['x₂²', true], ['x₁·x₂', false], ['sin x₁', false], ['sin x₂', false]]);
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

  test(`${where}: a used input's map button shows its map; pressing candidates in the diagram changes the inputs and the address`, async () => {
    const { page, errors } = await openWatched(browser, withQuery(url(), 'dataset=circle&model=mlp&hidden=3'));
    await page.waitForFunction(() => window.downhill?.app?.sizes?.[0] === 2);
    const plot = () => page.evaluate(() => {
      const c = /** @type {HTMLCanvasElement} */ (document.getElementById('heatmap'));
      return Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data.filter((_, i) => i % 16 === 0)).join(',');
    });
    const output = await plot();
    // Keyboard: focus x1's map button (the first), press Enter.
    assert.equal(await page.getAttribute('#network .net-map >> nth=0', 'aria-label'), "Show x1's map on the plot");
    await page.focus('#network .net-map');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('unit-back').hidden);
    assert.equal(await page.$eval('#network .net-map', (e) => e.getAttribute('aria-pressed')), 'true');
    await page.waitForTimeout(200);
    const x1Map = await plot();
    assert.notEqual(x1Map, output, 'the plot shows the input x₁ instead of the output');
    assert.deepEqual(await axeViolations(page), [], 'an input selected, the chooser shown');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementById('unit-back').hidden);
    const inputsAre = (n) => page.waitForFunction((k) => window.downhill.app.sizes?.[0] === k, n);
    // Keyboard: focus x₁·x₂ (not used), press Space: it is used, and keeps the focus.
    assert.equal(await page.getAttribute(unit('x₁·x₂'), 'aria-label'), 'x₁·x₂, not used: press to use it');
    await page.focus(unit('x₁·x₂'));
    await page.keyboard.press('Space');
    await inputsAre(3);
    await page.waitForFunction(() => /^x₁·x₂, used/.test(document.activeElement?.getAttribute('aria-label') || ''));
    // The pointer: add sin x₁, take x2 away.
    await page.click(unit('sin x₁'));
    await inputsAre(4);
    await page.click(unit('x2'));
    await inputsAre(3);
    assert.deepEqual(await column(page), [['x1', true], ['x2', false], ['x₁²', false], ['x₂²', false], ['x₁·x₂', true], ['sin x₁', true], ['sin x₂', false]]);
    assert.equal(await page.locator('#network .net-map').count(), 3);
    const search = await page.evaluate(() => decodeURIComponent(location.search || location.hash));
    assert.match(search, /inputs=x1,x1x2,sinx1(&|$)/);
    assert.deepEqual(await axeViolations(page), [], 'inputs chosen in the diagram');
    // The last input cannot be turned off: the diagram says why.
    await page.click(unit('x1'));
    await inputsAre(2);
    await page.click(unit('x₁·x₂'));
    await inputsAre(1);
    await page.click(unit('sin x₁'));
    assert.equal(await page.$eval('#network .net-note', (e) => e.textContent), 'The model needs at least one input: turn another on first.');
    assert.equal(await page.evaluate(() => window.downhill.state.inputs.join(',')), 'sinx1');
    assert.equal(await page.getAttribute(unit('sin x₁'), 'aria-pressed'), 'true');
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
  await page.click(unit('x1'));
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
    // The diagram's candidates are there, and locked.
    const buttons = await page.$$eval('#network .net-node.input', (els) => els.map((e) => [e.getAttribute('aria-label').split(',')[0], e.getAttribute('aria-pressed'), /** @type {HTMLButtonElement} */ (e).disabled]));
    assert.equal(buttons.length, 7);
    assert.ok(buttons.every(([, , disabled]) => disabled), `locked: ${JSON.stringify(buttons)}`);
    assert.deepEqual(buttons.filter(([, on]) => on === 'true').map(([t]) => t), ['x₁²', 'x₂²']);
    assert.equal(await page.getAttribute(unit('x1'), 'title'), 'locked by the teacher');
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
