// data-export.test.js — the playground with the user's own data (CSV upload
// by picker and by drop, points clicked on the plot) and saving a run (model
// JSON and back, history CSV, PNG, weights in a link), served and from disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, metrics, FILE_URL, resultsDir } from './helpers.js';
import { load } from '../node/wasm-helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const noNaN = async (page) => {
  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/, 'the page shows no NaN, Infinity or undefined');
};

// Seeded points in well-separated clusters, one per class, as CSV text.
function clusterCsv(centres, perClass = 40, names = null) {
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648 - 0.5; };
  const rows = ['id,height,weight,note,species'];
  centres.forEach(([cx, cy], c) => {
    for (let i = 0; i < perClass; i++) {
      rows.push(`${rows.length},${(cx + rnd() * 2).toFixed(3)},${(cy + rnd() * 2).toFixed(3)},"a, note",${names ? names[c] : c}`);
    }
  });
  return `${rows.join('\n')}\n`;
}

async function upload(page, name, text) {
  await page.setInputFiles('#csv-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.waitForSelector('#csv-chooser:not([hidden])');
}

// Drag-and-drop: a synthetic drop event carrying the file in a DataTransfer.
async function drop(page, selector, name, text) {
  await page.evaluate(({ selector, name, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'text/csv' }));
    const target = document.querySelector(selector);
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { selector, name, text });
  await page.waitForSelector('#csv-chooser:not([hidden])');
}

// Tick exactly these feature columns (by index) in the chooser, as a user would.
async function chooseFeatures(page, indices) {
  const boxes = await page.$$eval('#csv-features input', (bs) => bs.map((b) => ({ i: Number(b.value), on: b.checked })));
  for (const b of boxes) if (b.on && !indices.includes(b.i)) await page.uncheck(`#csv-feature-${b.i}`);
  for (const i of indices) await page.check(`#csv-feature-${i}`);
}

const checkedFeatures = (page) => page.$$eval('#csv-features input:checked', (bs) => bs.map((b) => Number(b.value)));

async function useChosen(page) {
  await page.waitForFunction(() => !document.getElementById('csv-use').disabled);
  await page.click('#csv-use');
  await page.waitForFunction(() => window.downhill.app.info?.dataset === 'custom' && window.downhill.app.sizes !== null);
}

async function playUntil(page, predicate, timeout = 20000) {
  await page.click('#play');
  const start = Date.now();
  let m = await metrics(page);
  while (!predicate(m) && Date.now() - start < timeout) {
    await page.waitForTimeout(100);
    m = await metrics(page);
  }
  await page.click('#play');
  await page.waitForFunction(() => document.getElementById('status').textContent !== 'running');
  return m;
}

// The model's outputs on a small grid over the picture, after the worker has
// answered everything sent before (the rpc queues behind earlier messages).
const grid = (page) => page.evaluate(() => window.downhill.playRpc('grid', { size: 12 }));

async function stepEpochs(page, n) {
  for (let i = 0; i < n; i++) await page.click('#step-epoch');
  await page.waitForFunction((e) => Number(document.getElementById('epoch').textContent) >= e, n);
}

function maxDiff(a, b) {
  assert.equal(a.length, b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

async function pointCount(page) {
  return page.evaluate(() => window.downhill.app.info.n);
}

// Click the plot at data coordinates (x, y).
async function clickAt(page, x, y) {
  const p = await page.evaluate(([x, y]) => {
    const info = window.downhill.app.info;
    const b = info.bounds;
    // The point editor's buttons sit below the chart: after one of them the
    // plot may be scrolled under the sticky top bar.
    document.getElementById('heatmap').scrollIntoView({ block: 'center' });
    const c = document.getElementById('heatmap').getBoundingClientRect();
    const size = Math.min(c.width - 54, c.height - 50);
    return { x: c.left + 44 + ((x - b.x0) / (b.x1 - b.x0)) * size, y: c.top + 10 + (1 - (y - b.y0) / (b.y1 - b.y0)) * size };
  }, [x, y]);
  await page.mouse.click(p.x, p.y);
  await settled(page);
}

// Until the worker has answered every message sent so far (an rpc is answered
// after the data and model messages posted before it).
const settled = (page) => page.evaluate(() => window.downhill.playRpc('history'));

test('a CSV over the engine\'s size limit is refused before it is read, quoting the engine\'s limit', async () => {
  const { page, errors } = await openPage(browser, server.url);
  const limit = (await load('simd')).limits;   // the engine's own, as the worker has it
  const size = limit.maxCsvBytes + 1;
  await page.setInputFiles('#csv-file', { name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(size, 48) });
  await page.waitForSelector('#csv-error:not([hidden])');
  const mb = (n) => `${Number((n / 1048576).toFixed(1))} MB`;
  assert.equal(await page.textContent('#csv-error'), `huge.csv is ${mb(size)}; files up to ${mb(limit.maxCsvBytes)} can be used.`);
  assert.equal(await page.evaluate(() => window.downhill.app.info.dataset), 'xor', 'the run keeps its data');
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [where, url] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: a CSV with a bad cell shows the engine's error naming row and column`, async () => {
    const { page, errors } = await openPage(browser, url());
    const good = clusterCsv([[0, 0], [4, 4]], 5).trim().split('\n');
    good[4] = '4,1.5,,"x",0';       // row 5: empty weight
    await upload(page, 'bad.csv', `${good.join('\n')}\n`);
    await chooseFeatures(page, [1, 2]);
    await page.waitForSelector('#csv-error:not([hidden])');
    const msg = await page.textContent('#csv-error');
    assert.match(msg, /row 5/);
    assert.match(msg, /column "weight"/);
    // The run goes on with the data it had.
    assert.equal(await page.evaluate(() => window.downhill.app.info.dataset), 'xor');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${where}: an uploaded 2-class CSV trains above chance; the link says dataset=custom`, async () => {
    const { page, errors } = await openPage(browser, url());
    await upload(page, 'pets.csv', clusterCsv([[-3, -2], [3, 2]], 40, ['cat', 'dog']));
    // Defaults: the last column is the label, the first two numeric columns
    // (passing over the id) the features.
    assert.equal(await page.inputValue('#csv-label'), '4');
    assert.deepEqual(await checkedFeatures(page), [1, 2]);
    assert.equal(await page.textContent('#csv-format'), 'Read as comma-separated, the first row names the columns.');
    await useChosen(page);
    const info = await page.evaluate(() => window.downhill.app.info);
    assert.deepEqual(info.featureNames, ['height', 'weight']);
    assert.deepEqual(info.classNames, ['cat', 'dog']);
    assert.equal(info.train.n + info.test.n, 80);
    assert.equal(info.train.n, 40, 'split by the 50% training share');
    assert.ok(info.bounds.x0 < -4 && info.bounds.x1 > 4, 'bounds cover the data with a margin');
    assert.equal(await page.getAttribute('#dataset-custom', 'aria-checked'), 'true');
    assert.match(await page.evaluate(() => location.href), /dataset=custom/);
    const m = await playUntil(page, (x) => x.testAcc >= 90);
    assert.ok(m.testAcc >= 90, `test accuracy ${m.testAcc}%`);
    await noNaN(page);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a dropped 3-class CSV switches a logistic model to softmax and trains above chance', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?model=logistic`);
  await drop(page, '.heat-wrap', 'three.csv', clusterCsv([[-4, -4], [4, -4], [0, 4]], 30));
  await chooseFeatures(page, [1, 2]);
  await useChosen(page);
  await page.waitForFunction(() => window.downhill.state.model === 'softmax' && window.downhill.app.sizes?.at(-1) === 3);
  assert.match(await page.textContent('#notice'), /3 classes.*softmax/);
  assert.match(await page.textContent('#data-summary'), /3 classes/);
  const m = await playUntil(page, (x) => x.testAcc >= 80);
  assert.ok(m.testAcc >= 80, `test accuracy ${m.testAcc}% (chance 33%)`);
  const dir = resultsDir();
  await page.screenshot({ path: join(dir, 'custom-3class-desktop.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a link with dataset=custom asks for the data again and draws an empty plot', async () => {
  // No model can be built without data, so openPage's wait does not apply.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${server.url}?dataset=custom`);
  await page.waitForFunction(() => window.downhill?.app?.info?.dataset === 'custom' && window.downhill.app.modelError);
  assert.match(await page.textContent('#notice'), /upload the CSV file again/i);
  assert.match(await page.textContent('#hint'), /upload a CSV file|add points/i);
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('clicking the plot adds a point, clicking it again removes it; clear all, Play, then add again', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.click('#clear-points');
  await page.waitForFunction(() => window.downhill.app.info?.dataset === 'custom' && window.downhill.app.info.n === 0);
  await page.waitForFunction(() => /at least two classes/.test(document.getElementById('hint').textContent));
  // Play with no data: a message, no training, no crash.
  await page.click('#play');
  await page.waitForTimeout(300);
  const m0 = await metrics(page);
  assert.equal(m0.epoch, 0);
  assert.equal(await page.getAttribute('#play', 'aria-pressed'), 'false');
  assert.equal(await page.isVisible('#hint'), true);
  await noNaN(page);

  await clickAt(page, -3, 2);
  assert.equal(await pointCount(page), 1);
  assert.match(await page.textContent('#hint'), /at least two classes/);
  await clickAt(page, -3, 2);
  assert.equal(await pointCount(page), 0, 'clicking the point again removed it');

  // Two classes: training works again.
  await clickAt(page, -3, 2);
  await clickAt(page, -2, -3);
  await page.check('#point-class-1');
  await clickAt(page, 3, 2);
  await clickAt(page, 2, -3);
  assert.equal(await pointCount(page), 4);
  assert.equal(await page.evaluate(() => window.downhill.app.modelError), null);
  const m = await playUntil(page, (x) => x.trainAcc >= 100);
  assert.equal(m.trainAcc, 100);
  assert.match(await page.textContent('#data-summary'), /4 points, 2 classes/);
  // The keyboard adds a point too: focus the plot, Enter at the cursor.
  await page.focus('#heatmap');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await settled(page);
  assert.equal(await pointCount(page), 5);
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('save the model, load it back: the same predictions; a wrong file is named', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await stepEpochs(page, 3);
  const before = await grid(page);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-model')]);
  const path = join(resultsDir(), 'model.json');
  await dl.saveAs(path);
  assert.match(dl.suggestedFilename(), /^downhill-model-xor-epoch3\.json$/);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  assert.deepEqual(saved.sizes, [2, 8, 8, 1]);
  assert.equal(saved.epoch, 3);
  assert.equal(saved.config.hidden.join(','), '8,8');

  await page.click('#reseed');
  await page.waitForFunction(() => window.downhill.app.sizes !== null);
  assert.ok(maxDiff(before, await grid(page)) > 1e-3, 'reseeding changed the predictions');

  await page.setInputFiles('#import-file', path);
  await page.waitForFunction(() => /Loaded/.test(document.getElementById('export-status').textContent));
  assert.ok(maxDiff(before, await grid(page)) < 1e-6, 'the loaded model predicts as the saved one');
  // And training goes on from there.
  await stepEpochs(page, 1);

  // A file whose layer does not fit its sizes is refused with the layer named.
  saved.layers[1].w = saved.layers[1].w.slice(0, 16);
  writeFileSync(path, JSON.stringify(saved));
  await page.setInputFiles('#import-file', path);
  await page.waitForFunction(() => /layer 2 expects 8×8 weights, the file has 16/.test(document.getElementById('export-status').textContent));
  await page.setInputFiles('#import-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{nope') });
  await page.waitForFunction(() => /not JSON/.test(document.getElementById('export-status').textContent));
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [where, url] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: history CSV has one row per epoch; the PNG is a PNG`, async () => {
    const { page, errors } = await openPage(browser, url());
    await stepEpochs(page, 4);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-history')]);
    const text = readFileSync(await csv.path(), 'utf8').trim().split('\n');
    assert.equal(text[0], 'epoch,updates,train_loss,test_loss,train_acc,test_acc,lr');
    assert.equal(text.length, 1 + 4);
    assert.deepEqual(text.slice(1).map((r) => Number(r.split(',')[0])), [1, 2, 3, 4]);
    for (const row of text.slice(1)) assert.ok(row.split(',').every((c) => Number.isFinite(Number(c)) && c !== ''), row);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const bytes = readFileSync(await png.path());
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(bytes.length > 2000, `a real picture (${bytes.length} bytes)`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a link with weights reproduces the predictions; damaged weights fall back with a notice', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await stepEpochs(page, 3);
  const before = await grid(page);
  await page.click('#share');
  await page.check('#share-weights');
  await page.waitForFunction(() => /weights=/.test(document.getElementById('share-url').value));
  const link = await page.inputValue('#share-url');
  assert.match(await page.textContent('#share-note'), /weights of epoch 3/);
  await page.close();

  const other = await openPage(browser, link);
  assert.ok(maxDiff(before, await grid(other.page)) < 1e-6, 'same predictions from the link');
  assert.equal(await other.page.isVisible('#notice'), false);
  assert.deepEqual(other.errors, []);
  await other.page.close();

  for (const bad of ['%%%', 'AAAA']) {
    const b = await openPage(browser, link.replace(/weights=[^&]*/, `weights=${bad}`));
    await b.page.waitForFunction(() => /weights were not used/.test(document.getElementById('notice').textContent));
    assert.deepEqual(b.errors, []);
    await b.page.close();
  }
  assert.deepEqual(errors, []);
});
