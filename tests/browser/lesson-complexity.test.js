// lesson-complexity.test.js — "Underfitting and overfitting" on the real page
// and engine, served and from disk: Run (from the keyboard) trains the
// eleven networks in the worker while the page keeps answering; the
// model-complexity graph and its table mark as best the size with the lowest
// test error, the smallest network underfits (higher training error than the
// best) and the biggest overfits (lower training error, higher test error);
// each size opens its boundary, from the table's buttons and from the graph;
// the settings reach the URL; the lesson embeds.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const EMBED_FILE = FILE_URL.replace(/index\.html$/, 'embed.html');
const done = (page) => page.waitForFunction(() => /^Done/.test(document.querySelector('.cmp-status')?.textContent || ''), null, { timeout: 60000 });
const table = (page) => page.$$eval('#cx-table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));

for (const where of ['served', 'file://']) {
  const base = () => (where === 'served' ? server.url : FILE_URL);

  describe(`complexity lesson (${where})`, () => {
    test('Run from the keyboard: the graph, the best size, under- and overfitting, and each boundary', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=complexity`);
      await page.waitForSelector('.cmp-run');
      assert.equal(await page.textContent('#cx-summary'), 'No networks trained yet.');
      await page.focus('.cmp-run');
      await page.keyboard.press('Enter');
      // While the worker trains, the page still answers (a round trip through the main thread).
      await page.waitForFunction(() => document.querySelectorAll('#cx-table tbody tr').length === 11);
      assert.equal(await page.evaluate(() => new Promise((r) => { requestAnimationFrame(() => r('answered')); })), 'answered');
      await done(page);
      const rows = await table(page);
      assert.deepEqual(rows.map((r) => r[0]), ['1', '2', '3', '4', '6', '8', '12', '16', '24', '32', '48']);
      const train = rows.map((r) => Number(r[1])), testE = rows.map((r) => Number(r[2]));
      const b = testE.indexOf(Math.min(...testE));
      assert.equal(rows[b][4], 'best');
      rows.forEach((r, i) => assert.equal(r[4], i < b ? 'underfits' : i > b ? 'overfits' : 'best', `row ${r[0]}`));
      assert.ok(b > 0 && b < rows.length - 1, `the best size lies inside the range: ${rows[b][0]}`);
      assert.ok(train[0] > train[b] && testE[0] > testE[b], `1 unit underfits: ${rows[0]}`);
      assert.ok(train[10] < train[b] && testE[10] > testE[b], `48 units overfit: ${rows[10]}`);
      assert.match(await page.textContent('.cmp-status'), new RegExp(`^Done: 400 epochs for each network\\. The lowest test error is ${rows[b][0]} units per layer\\.$`));
      assert.match(await page.textContent('#cx-summary'), new RegExp(`Best: ${rows[b][0]} units, test error ${rows[b][2]}\\.$`));
      assert.equal(await page.$$eval('#cx-graph .cx-best', (c) => c.length), 1);
      // The best network's boundary opens by itself; the table's buttons open the others.
      await page.waitForFunction(() => /per layer \(best\)/.test(document.getElementById('cx-boundary-text').textContent));
      await page.focus('#cx-table button[data-size="48"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /^48 units per layer \(overfits\)/.test(document.getElementById('cx-boundary-text').textContent));
      assert.equal(await page.textContent('#cx-boundary-text'), `48 units per layer (overfits): training error ${rows[10][1]}, test error ${rows[10][2]}, test accuracy ${rows[10][3]}.`);
      assert.match(await page.getAttribute('#cx-boundary-canvas', 'aria-label'), /^The boundary of the network with 48 units per layer/);
      await page.click('#cx-graph [data-size="1"] .cx-hit');
      await page.waitForFunction(() => /^1 unit per layer \(underfits\)/.test(document.getElementById('cx-boundary-text').textContent));
      assert.equal(await page.$eval('#cx-graph .cx-shown', (g) => g.getAttribute('data-size')), '1');
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('the settings are typed, checked and kept in the URL', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=complexity`);
      await page.waitForSelector('#cmp-cxEpochs');
      await page.fill('#cmp-cxEpochs', '5');
      await page.press('#cmp-cxEpochs', 'Enter');
      assert.match(await page.textContent('#cmp-cxEpochs-msg'), /^Use a whole number from 20 to 2000; kept 400\.$/);
      await page.fill('#cmp-cxEpochs', '40');
      await page.press('#cmp-cxEpochs', 'Enter');
      assert.match(await page.evaluate(() => location.search || location.hash), /cxEpochs=40/);
      await page.click('.cmp-run');
      await done(page);
      assert.match(await page.textContent('.cmp-status'), /^Done: 40 epochs for each network\./);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('it embeds', async () => {
      const url = where === 'served' ? `${server.url}embed.html?mode=complexity&cxEpochs=30` : `${EMBED_FILE}?mode=complexity&cxEpochs=30`;
      const { page, errors } = await openPage(browser, url);
      await page.click('.cmp-run');
      await done(page);
      await page.waitForFunction(() => /per layer \(best\)/.test(document.getElementById('cx-boundary-text').textContent));
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
