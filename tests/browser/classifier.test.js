// classifier.test.js — what a classifier did (issue 13): the confusion matrix
// on the test set, live, for every run; served and from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, FILE_URL, withQuery } from './helpers.js';
import { openWatched } from './checks.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const WHERE = [['served', () => server.url], ['file://', () => FILE_URL]];

/** The table #confusion as numbers: { rows, cols, counts (k×k), right (k), caption }. */
const readMatrix = (page) => page.evaluate(() => {
  const t = document.getElementById('confusion');
  const cols = [...t.querySelectorAll('thead th')].slice(1).map((th) => th.textContent);
  const body = [...t.querySelectorAll('tbody tr')];
  return {
    caption: t.caption ? t.caption.textContent : '',
    cols,
    rows: body.map((tr) => tr.querySelector('th').textContent),
    counts: body.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))),
    right: [...t.querySelectorAll('tfoot td')].map((td) => td.textContent),
    testN: window.downhill.app.info.test.n,
    wholeN: window.downhill.app.info.n,
  };
});
const total = (m) => m.counts.flat().reduce((a, b) => a + b, 0);
const diagonal = (m) => m.counts.reduce((a, row, i) => a + row[i], 0);

/** Train by pressing Step epoch `n` times, then wait for the matrix to show the result. */
async function stepEpochs(page, n) {
  for (let i = 0; i < n; i++) await page.click('#step-epoch');
  await page.waitForFunction((e) => Number(document.getElementById('epoch').textContent.replace(/,/g, '')) >= e, n);
  await page.waitForTimeout(150);
}

for (const [where, url] of WHERE) {
  test(`${where}: the confusion matrix sums to the test set and follows training`, async () => {
    const { page, errors } = await openWatched(browser, withQuery(url(), 'dataset=admissions&model=logistic&speed=max'));
    await page.waitForFunction(() => document.getElementById('confusion').dataset.total !== '');
    const m0 = await readMatrix(page);
    assert.deepEqual(m0.cols, ['rejected', 'accepted'], 'the classes\' names head the columns');
    assert.deepEqual(m0.rows, ['rejected', 'accepted'], 'and the rows');
    assert.match(m0.caption, /Test set \(200 points\)/);
    assert.equal(total(m0), m0.testN, 'the counts sum to the test set\'s size');
    await page.click('#play');
    await page.waitForTimeout(1500);
    await page.click('#play');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'paused');
    await page.waitForTimeout(200);
    const m1 = await readMatrix(page);
    assert.equal(total(m1), m1.testN, 'still the test set\'s size after training');
    assert.ok(diagonal(m1) / m1.testN >= 0.9, `a trained logistic model gets most right: ${JSON.stringify(m1.counts)}`);
    assert.notDeepEqual(m1.counts, m0.counts, 'the counts changed with training');
    const acc = Number(m1.right[0].replace('%', ''));
    assert.ok(Math.abs(acc - 100 * m1.counts[0][0] / (m1.counts[0][0] + m1.counts[0][1])) < 0.06, `per-class accuracy ${m1.right}`);
    const shown = Number((await page.textContent('#test-accuracy')).replace('%', ''));
    assert.ok(Math.abs(shown - 100 * diagonal(m1) / m1.testN) < 0.06, `the diagonal is the test accuracy (${shown}%)`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${where}: three classes and a truth table (its own test set) are counted too`, async () => {
    const { page, errors } = await openWatched(browser, withQuery(url(), 'dataset=blobs3'));
    await stepEpochs(page, 3);
    const m = await readMatrix(page);
    assert.equal(m.counts.length, 3);
    assert.equal(total(m), m.testN);
    await page.close();
    const t = await openWatched(browser, withQuery(url(), 'dataset=xor4'));
    await stepEpochs(t.page, 2);
    const w = await readMatrix(t.page);
    assert.match(w.caption, /Whole data set \(4 points\)/);
    assert.equal(total(w), w.wholeN, 'a truth table is counted whole');
    assert.deepEqual([...errors, ...t.errors], []);
    await t.page.close();
  });
}

/** "4.3·test + 2.2·grades − 39 = 0" -> { coef: [4.3, 2.2], c: -39 } for the names given. */
function parseEquation(text, names) {
  const lhs = text.replace(/−/g, '-').replace(/\s+/g, '').split('=')[0];
  const terms = lhs.match(/[+-]?[^+-]+/g);
  const out = { coef: names.map(() => 0), c: 0 };
  for (const t of terms) {
    const [num, name] = t.includes('·') ? t.split('·') : names.some((n) => t.endsWith(n)) ? [t.slice(0, t.length - names.find((n) => t.endsWith(n)).length) || '+', names.find((n) => t.endsWith(n))] : [t, null];
    const v = num === '+' || num === '' ? 1 : num === '-' ? -1 : Number(num);
    if (name === null) out.c += v; else out.coef[names.indexOf(name)] += v;
  }
  return out;
}

for (const [where, url] of WHERE) {
  test(`${where}: a logistic model on admissions shows its line in the data's units, and it separates like the lesson's`, async () => {
    const { page, errors } = await openWatched(browser, withQuery(url(), 'dataset=admissions&model=logistic&speed=max'));
    await page.waitForSelector('#equation:not([hidden])');
    assert.match(await page.textContent('#equation'), /Learned boundary: .*test.*grades.* = 0/);
    assert.match(await page.textContent('#equation'), /lesson's line: 2·test \+ grades − 18 = 0/);
    await page.click('#play');
    await page.waitForTimeout(2000);
    await page.click('#play');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'paused');
    await page.waitForTimeout(200);
    const text = await page.textContent('#equation-text');
    const line = parseEquation(text, ['test', 'grades']);
    assert.ok(line.coef[0] > 0 && line.coef[1] > 0 && line.c < 0, `a line like the lesson's: "${text}"`);
    const size = 12;
    const { grid, bounds } = await page.evaluate(async (n) => ({
      grid: await window.downhill.playRpc('grid', { size: n }), bounds: window.downhill.app.info.bounds,
    }), size);
    let agreeModel = 0;
    let agreeLesson = 0;
    for (let r = 0; r < size; r++) {
      for (let col = 0; col < size; col++) {
        const x = bounds.x0 + ((col + 0.5) / size) * (bounds.x1 - bounds.x0);
        const y = bounds.y1 - ((r + 0.5) / size) * (bounds.y1 - bounds.y0);
        const side = line.coef[0] * x + line.coef[1] * y + line.c >= 0;
        if (side === (grid[r * size + col] >= 0.5)) agreeModel += 1;
        if (side === (2 * x + y - 18 >= 0)) agreeLesson += 1;
      }
    }
    assert.ok(agreeModel >= 0.97 * size * size, `the printed line is the model's boundary: ${agreeModel}/${size * size} cells`);
    assert.ok(agreeLesson >= 0.9 * size * size, `and near the lesson's line: ${agreeLesson}/${size * size} cells`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the equation is hidden for a network with a hidden layer', async () => {
  const { page, errors } = await openWatched(browser, withQuery(server.url, 'dataset=admissions&model=mlp'));
  await page.click('#step-epoch');
  await page.waitForTimeout(200);
  assert.equal(await page.isHidden('#equation'), true);
  assert.deepEqual(errors, []);
  await page.close();
});
