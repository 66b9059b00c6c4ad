// lesson-backprop.test.js — "Feedforward and backpropagation" on the real
// page and engine, served and from disk: the six stages open one at a time
// from the keyboard, the numbers printed are chain.js's for the engine's
// weights, the update table's hand column equals the engine's step, the
// label switch flips δ, and the lesson embeds.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const EMBED_FILE = FILE_URL.replace(/index\.html$/, 'embed.html');

for (const where of ['served', 'file://']) {
  const base = () => (where === 'served' ? server.url : FILE_URL);

  describe(`backprop lesson (${where})`, () => {
    test('Next step opens the stages in order; the update by hand matches the engine\u2019s step', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=backprop`);
      await page.waitForSelector('#bp-stage-0');
      assert.equal(await page.textContent('#bp-where'), 'Stage 1 of 6: Forward: the hidden layer.');
      assert.match(await page.textContent('#bp-stage-0'), /h1: a1 = .* = [−\d.]+;\s+h1 = σ\([−\d.]+\) = 0\.\d+/);
      assert.ok(await page.$eval('#bp-back', (b) => b.disabled));
      await page.focus('#bp-next');
      for (let i = 1; i < 6; i++) {
        await page.keyboard.press('Enter');
        await page.waitForSelector(`#bp-stage-${i}`);
      }
      assert.ok(await page.$eval('#bp-next', (b) => b.disabled));
      assert.match(await page.textContent('#bp-stage-3'), /δ = ∂E\/∂z = .* \(= ŷ − y\)/);
      assert.match(await page.textContent('#bp-stage-4'), /σ′\(a1\) = h1\(1 − h1\) = /);
      const rows = await page.$$eval('#bp-update tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
      assert.equal(rows.length, 9, 'four first-layer weights, two biases, two output weights, one bias');
      for (const r of rows) assert.equal(r[3], r[4], `${r[0]}: by hand ${r[3]}, engine ${r[4]}`);
      const result = await page.textContent('#bp-result');
      const [, e0, e1] = result.match(/error E from (\d+(?:\.\d+)?) to (\d+(?:\.\d+)?)/);
      assert.ok(Number(e1) < Number(e0), `the step lowers the error: ${result}`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('label 0 flips δ; New weights changes the weights and reaches the URL', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=backprop`);
      await page.waitForSelector('#bp-stage-0');
      await page.click('#bp-all');
      const delta = async () => Number((await page.textContent('#bp-stage-3')).match(/= (−?[\d.]+) {2}\(= ŷ − y\)/)[1].replace('−', '-'));
      assert.ok(await delta() < 0, 'y = 1: ŷ − 1 < 0');
      await page.selectOption('#bp-y', '0');
      await page.waitForFunction(() => /y = 0, so E/.test(document.getElementById('bp-stage-2')?.textContent || ''));
      assert.ok(await delta() > 0, 'y = 0: ŷ − 0 > 0');
      const first = await page.textContent('#bp-stage-0');
      await page.click('#bp-new');
      await page.waitForFunction((t) => document.getElementById('bp-stage-0')?.textContent !== t, first);
      assert.match(await page.evaluate(() => location.search || location.hash), /bpSeed=2/);
      assert.match(await page.evaluate(() => location.search || location.hash), /bpY=0/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('it embeds', async () => {
      const url = where === 'served' ? `${server.url}embed.html?mode=backprop` : `${EMBED_FILE}?mode=backprop`;
      const { page, errors } = await openPage(browser, url);
      await page.waitForSelector('#bp-stage-0');
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
