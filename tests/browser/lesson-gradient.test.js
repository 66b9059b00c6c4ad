// lesson-gradient.test.js — "Gradient descent for logistic regression" on the
// real page and engine, served and from disk: a step on point 1 from the
// keyboard prints ŷ = σ(−1) = 0.269, the gradient and the update, and the
// engine's own step agrees; epochs average over the six points and lower the
// error curve; the settings reach the URL; the lesson embeds.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const EMBED_FILE = FILE_URL.replace(/index\.html$/, 'embed.html');
const lines = (page) => page.$$eval('#gd-lines li', (lis) => lis.map((li) => li.textContent));

for (const where of ['served', 'file://']) {
  const base = () => (where === 'served' ? server.url : FILE_URL);

  describe(`gradient lesson (${where})`, () => {
    test('a step on point 1 from the keyboard: the course\u2019s formulas with the numbers, the engine agreeing', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=gradient`);
      await page.waitForSelector('#gd-errors svg');
      assert.equal(await page.textContent('#gd-line'), 'The line x1 − 2 = 0: 2 of the six points on the wrong side.');
      assert.equal(await page.textContent('#gd-status'), 'At the start: mean error 0.737.');
      await page.focus('#gd-step');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#gd-lines');
      assert.deepEqual(await lines(page), [
        'Point 1: x = (1, 3), label y = 1.',
        'ŷ = σ(w1x1 + w2x2 + b) = σ(1·1 + 0·3 − 2) = σ(−1) = 0.269',
        'Error E = −ln ŷ = −ln 0.269 = 1.31',
        'y − ŷ = 1 − 0.269 = 0.731',
        'Gradient ∇E = −(y − ŷ)(x1, x2, 1) = (−0.731)·(1, 3, 1) = (−0.731, −2.19, −0.731)',
        'w1 ← w1 + α(y − ŷ)x1 = 1 + 0.1·0.731·1 = 1.07',
        'w2 ← w2 + α(y − ŷ)x2 = 0 + 0.1·0.731·3 = 0.219',
        'b ← b + α(y − ŷ) = −2 + 0.1·0.731 = −1.93',
      ]);
      assert.equal(await page.textContent('#gd-engine'),
        'The engine’s own step (plain gradient descent, batch 1) gives w1 = 1.07, w2 = 0.219, b = −1.93: the same as by hand.');
      assert.equal(await page.textContent('#gd-status'), 'Update 1: a step on point 1. Mean error 0.737 → 0.658.');
      assert.equal(await page.textContent('#gd-line'), 'The line 1.07x1 + 0.219x2 − 1.93 = 0: 2 of the six points on the wrong side.');
      assert.equal(await page.$$eval('#gd-data .plot-line.ghost', (g) => g.length), 1, 'the line before the step, dashed');
      // Choose point 5 with the keyboard and step on it.
      await page.focus('#gd-point');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowUp');
      assert.equal(await page.$eval('#gd-point', (s) => s.value), '4');
      await page.click('#gd-step');
      await page.waitForFunction(() => /^Update 2: a step on point 5/.test(document.getElementById('gd-status').textContent));
      assert.match((await lines(page))[0], /^Point 5: x = \(3, 1\), label y = 0\.$/);
      assert.match((await lines(page))[2], /^Error E = −ln\(1 − ŷ\) = /);
      assert.match(await page.evaluate(() => location.search || location.hash), /gdPoint=5/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('epochs average over the six points and bring the mean error down', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=gradient&gdLr=1`);
      await page.waitForSelector('#gd-errors svg');
      await page.click('#gd-epoch');
      await page.waitForSelector('#gd-epoch-table');
      assert.equal(await page.$$eval('#gd-epoch-table tbody tr', (r) => r.length), 6);
      const first = await lines(page);
      assert.match(first[0], /^\(1\/m\)Σ\(y − ŷ\)x1 = \(1\/6\)\(0\.731·1 \+ .*\) = [−\d.]+$/);
      assert.match(first[4], /^w2 ← w2 \+ α·\(1\/m\)Σ\(y − ŷ\)x2 = 0 \+ 1·[\d.]+ = [\d.]+$/);
      assert.match(await page.textContent('#gd-engine'), /batch 6\) gives .*: the same as by hand\.$/);
      await page.focus('#gd-epochs');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /^Update 11: an epoch/.test(document.getElementById('gd-status').textContent));
      assert.equal(await page.$$eval('#gd-errors circle.gd-epoch', (c) => c.length), 11);
      const summary = await page.textContent('#gd-error-summary');
      const [, e0, e1] = summary.match(/Mean error: ([\d.]+) at the start, ([\d.]+) after 11 updates/);
      assert.equal(e0, '0.737');
      assert.ok(Number(e1) < 0.5, summary);
      await page.click('#gd-reset');
      assert.equal(await page.textContent('#gd-status'), 'At the start: mean error 0.737.');
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('it embeds', async () => {
      const url = where === 'served' ? `${server.url}embed.html?mode=gradient` : `${EMBED_FILE}?mode=gradient`;
      const { page, errors } = await openPage(browser, url);
      await page.waitForSelector('#gd-errors svg');
      await page.click('#gd-step');
      await page.waitForSelector('#gd-lines');
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
