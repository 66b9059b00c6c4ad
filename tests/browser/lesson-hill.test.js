// lesson-hill.test.js — the "hill" lesson on the real page and engine: the
// optimizers' paths on the contour map, divergence at a too-large learning
// rate, moving the start by mouse and keyboard, and the random restarts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';
import { parseState, serializeState, useEngine } from '../../web/state.js';
import { loadDownhillNode } from '../../wasm/node-loader.js';

useEngine(await loadDownhillNode({ variant: 'simd' }));

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const done = (page) => page.waitForSelector('.hill[data-state="done"]', { timeout: 30000 });

/** The results table as plain objects. */
const rows = (page) => page.$$eval('.hill-results tbody tr[data-optimizer]', (trs) => trs.map((tr) => ({
  optimizer: tr.dataset.optimizer, outcome: tr.dataset.outcome,
  a: Number(tr.dataset.a), b: Number(tr.dataset.b), loss: Number(tr.dataset.loss),
  text: tr.textContent,
})));

const param = (page, key) => page.evaluate((k) => {
  const q = location.search.length > 1 ? location.search : location.hash;
  return new URLSearchParams(q.replace(/^[?#]/, '')).get(k);
}, key);

async function open(query, opts = {}) {
  const { page, errors } = await openPage(browser, `${server.url}?mode=hill${query}`, opts);
  await done(page);
  return { page, errors };
}

test('the hill: five optimizers on the bowl, Adam ends at the minimum', async () => {
  const { page, errors } = await open('');
  const r = await rows(page);
  assert.deepEqual(r.map((x) => x.optimizer), ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam']);
  const adam = r.find((x) => x.optimizer === 'adam');
  // The bowl a² + b² has its minimum at (0, 0).
  assert.ok(Math.hypot(adam.a, adam.b) < 0.05, `Adam ended at (${adam.a}, ${adam.b})`);
  assert.equal(adam.outcome, 'minimum');
  for (const x of r) assert.ok(Number.isFinite(x.loss) && x.loss < 1e-3, `${x.optimizer} loss ${x.loss}`);
  const summary = await page.textContent('#hill-summary');
  assert.match(summary, /Adam reached the minimum in \d+ steps/);
  const label = await page.getAttribute('canvas.hill-map', 'aria-label');
  assert.match(label, /bowl landscape.*Start at a = -1\.60, b = 1\.30/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the real model: Adam finds the logistic-regression minimum', async () => {
  const { page, errors } = await open('&hillLand=model&hillLr=0.1&hillA=-0.5&hillB=2.5&hillSteps=300', {});
  const r = await rows(page);
  const adam = r.find((x) => x.optimizer === 'adam');
  const momentum = r.find((x) => x.optimizer === 'momentum');
  assert.equal(adam.outcome, 'minimum');
  // Both settle at the same weights: the loss has one minimum.
  assert.ok(Math.abs(adam.a - momentum.a) < 0.05 && Math.abs(adam.b - momentum.b) < 0.1, JSON.stringify([adam, momentum]));
  assert.match(await page.textContent('#hill-summary'), /Real model/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a learning rate far too large: SGD diverges, and no NaN anywhere', async () => {
  const { page, errors } = await open('');
  await page.fill('#hill-lr', '5');
  await page.press('#hill-lr', 'Enter');
  await page.waitForFunction(() => document.querySelector('.hill-results tr[data-optimizer="sgd"]')?.dataset.outcome === 'diverged'
    && document.querySelector('.hill').dataset.state === 'done', null, { timeout: 30000 });
  const sgd = (await rows(page)).find((x) => x.optimizer === 'sgd');
  assert.match(sgd.text, /diverged/);
  assert.match(await param(page, 'hillLr'), /^5$/);
  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /NaN|Infinity/);
  // A typed value that is no number is refused with a message, not NaN.
  await page.fill('#hill-lr', 'abc');
  await page.press('#hill-lr', 'Enter');
  assert.match(await page.textContent('.hill-message'), /was not used.*0\.0001 to 10/);
  assert.equal(await param(page, 'hillLr'), '5');
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /NaN|Infinity/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('dragging the start and the arrow keys both move it, and the URL follows', async () => {
  const { page, errors } = await open('');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const box = await page.locator('canvas.hill-map').boundingBox();
  // Press inside the map, drag right and down, let go.
  const x0 = box.x + box.width * 0.55, y0 = box.y + box.height * 0.45;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 + 30, y0 + 20, { steps: 5 });
  await page.mouse.move(x0 + 60, y0 + 40, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('.hill').dataset.state === 'done');
  const a1 = Number(await param(page, 'hillA')), b1 = Number(await param(page, 'hillB'));
  assert.ok(a1 > 0 && b1 < 0, `dragged to (${a1}, ${b1})`);
  assert.equal(await page.getAttribute('.hill', 'data-start'), `${a1},${b1}`);
  // Keyboard: the map takes focus; each arrow moves the start by 2% of the view.
  await page.focus('canvas.hill-map');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  const a2 = Number(await param(page, 'hillA')), b2 = Number(await param(page, 'hillB'));
  assert.ok(Math.abs(a2 - (a1 - 0.16)) < 1e-6, `a ${a1} -> ${a2}`);
  assert.ok(Math.abs(b2 - (b1 + 0.08)) < 1e-6, `b ${b1} -> ${b2}`);
  await page.waitForFunction(() => document.querySelector('.hill').dataset.state === 'done');
  assert.match(await page.getAttribute('canvas.hill-map', 'aria-label'), new RegExp(`Start at a = ${a2.toFixed(2)}`));
  assert.equal((await rows(page)).length, 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test('two wells: SGD stuck in the local minimum, momentum escapes; random restarts land in both', async () => {
  const { page, errors } = await open('');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.selectOption('#hill-land', 'two-wells');
  await page.waitForFunction(() => document.querySelector('.hill').dataset.land === 'two-wells'
    && document.querySelector('.hill').dataset.state === 'done'
    && document.querySelectorAll('.hill-results tbody tr').length === 5);
  assert.equal(await param(page, 'hillLand'), 'two-wells');
  const r = await rows(page);
  const by = Object.fromEntries(r.map((x) => [x.optimizer, x]));
  // From the default start (1.8, 1) above the shallow well.
  assert.equal(by.sgd.outcome, 'local');
  assert.ok(Math.abs(by.sgd.a - 0.96) < 0.05, `SGD ended at a = ${by.sgd.a}`);
  assert.equal(by.momentum.outcome, 'minimum');
  assert.ok(Math.abs(by.momentum.a + 1.04) < 0.05, `momentum ended at a = ${by.momentum.a}`);
  await page.click('text=Try 16 random starts');
  await page.waitForSelector('.hill-restarts[data-state="done"]');
  const d = await page.$eval('.hill-restarts', (s) => ({ ...s.dataset }));
  assert.ok(Number(d.global) >= 1, `global ${d.global}`);
  assert.ok(Number(d.local) >= 1, `local ${d.local}`);
  assert.ok(Number(d.escaped) >= 1, `momentum escaped ${d.escaped}`);
  assert.equal(Number(d.global) + Number(d.local) <= 16, true);
  const restartRows = await page.$$eval('.hill-restart-details tbody tr', (trs) => trs.map((t) => ({ ...t.dataset })));
  assert.equal(restartRows.length, 16);
  assert.ok(restartRows.some((t) => t.well === 'local' && t.momentum === 'global'));
  assert.match(await page.textContent('.hill-restart-summary'), /escaped to the global minimum \d+ time/);
  // The legend's "■" is the colour of the local-well markers (orange), not black.
  const mark = await page.$eval('.hill-legend-mark', (m) => ({ text: m.textContent, color: getComputedStyle(m).color }));
  assert.deepEqual(mark, { text: '\u25a0', color: 'rgb(213, 94, 0)' });
  // Run goes back to the optimizer comparison.
  await page.click('#hill-run');
  await page.waitForFunction(() => !document.querySelector('.hill-results-wrap').hidden);
  assert.deepEqual(errors, []);
  await page.close();
});

test('hill settings round-trip through the URL; bad ones fall back with a notice', async () => {
  const { state } = parseState('hillLand=ravine&hillLr=0.06&hillA=-2.6&hillB=1.1&hillOpts=adam,sgd&hillSteps=50');
  const back = parseState(serializeState(state)).state;
  for (const k of ['hillLand', 'hillLr', 'hillA', 'hillB', 'hillOpts', 'hillSteps']) assert.deepEqual(back[k], state[k], k);
  assert.deepEqual(state.hillOpts, ['adam', 'sgd']);
  const bad = parseState('hillLand=volcano&hillLr=0&hillOpts=sgd,sgd&hillSteps=5000&hillA=nan');
  assert.equal(bad.ignored.length, 5);

  const { page, errors } = await open('&hillOpts=adam,sgd&hillLr=abc&hillA=50');
  assert.match(await page.textContent('#notice'), /hillLr=abc/);
  assert.equal((await rows(page)).length, 2);
  assert.equal(await page.inputValue('#hill-lr'), '0.1');
  // A start off the map is moved onto its edge, and the page says so.
  assert.match(await page.textContent('.hill-message'), /off this map/);
  assert.equal(await param(page, 'hillA'), '2');
  assert.deepEqual(errors, []);
  await page.close();
});

// Each row's verdict agrees with the numbers beside it: at the minimum only if
// the loss ends (and stays) within 0.001 of it; a step count only for a run
// that ends there; a run whose loss is not going down is bouncing, not on its way.
function consistent(r, best) {
  for (const x of r) {
    const within = x.loss - best <= 1e-3;
    if (x.outcome === 'minimum') {
      assert.ok(within && Number(x.reach) >= 0, `${x.optimizer}: at the minimum with loss ${x.loss}, reach ${x.reach}`);
      assert.match(x.text, /minimum/);
    } else {
      assert.equal(x.reach, '-1', `${x.optimizer} (${x.outcome}) shows no step count: ${x.text}`);
      assert.doesNotMatch(x.text, /(^|[^l] )minimum\b.*\d+$/);
    }
    if (x.outcome === 'moving') assert.ok(!within, `${x.optimizer}: still on the way at loss ${x.loss}`);
  }
}
const rowsWithReach = (page) => page.$$eval('.hill-results tbody tr[data-optimizer]', (trs) => trs.map((tr) => ({
  optimizer: tr.dataset.optimizer, outcome: tr.dataset.outcome, reach: tr.dataset.reach,
  loss: Number(tr.dataset.loss), steps: tr.children[2].textContent, text: tr.textContent,
})));

for (const [where, base] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: each run's verdict agrees with its numbers (bouncing, diverged, at the minimum)`, async () => {
    // The ravine at rate 0.1: SGD hops between b = ±1.1 for ever at loss 12.1.
    let { page, errors } = await openPage(browser, `${base()}?mode=hill&hillLand=ravine&hillLr=0.1`);
    await done(page);
    let r = await rowsWithReach(page);
    const sgd = r.find((x) => x.optimizer === 'sgd');
    assert.equal(sgd.outcome, 'bouncing');
    assert.equal(sgd.loss.toFixed(1), '12.1');
    assert.match(sgd.text, /bouncing back and forth/);
    assert.match(await page.textContent('#hill-summary'), /SGD is bouncing back and forth without settling \(loss 12\.1/);
    consistent(r, 0);
    assert.deepEqual(errors, []);
    await page.close();
    // The bowl at rate 1.5: RMSProp comes within 0.001 at step 8 but jitters out again.
    ({ page, errors } = await openPage(browser, `${base()}?mode=hill&hillLr=1.5`));
    await done(page);
    r = await rowsWithReach(page);
    const rms = r.find((x) => x.optimizer === 'rmsprop');
    assert.equal(rms.outcome, 'bouncing');
    assert.equal(rms.steps, 'touched at step 8, left again');
    assert.ok(rms.loss > 1, `RMSProp ends at loss ${rms.loss}`);
    assert.equal(r.find((x) => x.optimizer === 'sgd').outcome, 'diverged');
    consistent(r, 0);
    // The default bowl: every run settles, and the step count is when it stays.
    await page.fill('#hill-lr', '0.1');
    await page.press('#hill-lr', 'Enter');
    await page.waitForFunction(() => document.querySelector('.hill-results tr[data-optimizer="rmsprop"]')?.dataset.outcome === 'minimum'
      && document.querySelector('.hill').dataset.state === 'done');
    r = await rowsWithReach(page);
    assert.deepEqual(r.map((x) => x.outcome), ['minimum', 'minimum', 'minimum', 'minimum', 'minimum']);
    consistent(r, 0);
    assert.equal(await param(page, 'hillLr'), null, "the bowl's own rate is left out of the link");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${where}: hillLand=two-wells alone tells its own story: its start, rate and steps, and no negative loss`, async () => {
    const { page, errors } = await openPage(browser, `${base()}?mode=hill&hillLand=two-wells`);
    await done(page);
    assert.equal(await page.getAttribute('.hill', 'data-start'), '1.8,1');
    assert.equal(await page.inputValue('#hill-lr'), '0.02');
    assert.equal(await page.inputValue('#hill-steps'), '200');
    const r = await rowsWithReach(page);
    const by = Object.fromEntries(r.map((x) => [x.optimizer, x]));
    assert.equal(by.sgd.outcome, 'local');
    assert.equal(by.momentum.outcome, 'minimum');
    // loss ≥ 0: the global well's bottom is just above 0, the local one higher.
    for (const x of r) assert.ok(x.loss >= 0, `${x.optimizer} loss ${x.loss}`);
    assert.ok(by.momentum.loss < 0.01 && by.sgd.loss > 0.6 && by.sgd.loss < 0.61, JSON.stringify([by.momentum.loss, by.sgd.loss]));
    const shown = await page.$$eval('.hill-results tbody tr[data-optimizer]', (trs) => trs.map((tr) => tr.children[1].textContent));
    for (const t of shown) assert.doesNotMatch(t, /\u2212|-/, `no negative loss in the table: ${t}`);
    consistent(r, by.momentum.loss);
    // A changed rate travels; the landscape's own is left out again.
    await page.fill('#hill-lr', '0.05');
    await page.press('#hill-lr', 'Enter');
    await page.waitForFunction(() => /hillLr=0\.05/.test(location.search + location.hash));
    await page.selectOption('#hill-land', 'bowl');
    await page.waitForFunction(() => document.querySelector('.hill').dataset.land === 'bowl');
    const q = await page.evaluate(() => (location.search.length > 1 ? location.search : location.hash).slice(1));
    assert.equal(q, 'mode=hill');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the hill lesson works from file:// too', async () => {
  const { page, errors } = await openPage(browser, `${FILE_URL}?mode=hill`);
  await done(page);
  const r = await rows(page);
  assert.equal(r.length, 5);
  assert.equal(r.find((x) => x.optimizer === 'adam').outcome, 'minimum');
  assert.deepEqual(errors, []);
  await page.close();
});
