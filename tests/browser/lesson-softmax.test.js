// lesson-softmax.test.js — "Softmax and cross-entropy" on the real page and
// engine, served and from disk: the softmax of the scores 2, 1, 0, the
// course's cross-entropies CE[(1,1,0), (0.8,0.7,0.1)] = 0.69 and
// CE[(0,0,1), (0.8,0.7,0.1)] = 5.12 exactly as printed, the multiclass
// formula agreeing with the two-class one, every control from the keyboard,
// and the lesson in the mode bar and embedded.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const probs = (page) => page.$$eval('#sm-prob-table .sm-p', (ps) => ps.map((p) => p.textContent));
const waitText = (page, id, re) => page.waitForFunction(([i, s]) => new RegExp(s).test(document.getElementById(i)?.textContent || ''), [id, re.source]);

for (const where of ['served', 'file://']) {
  const base = () => (where === 'served' ? server.url : FILE_URL);

  describe(`softmax lesson (${where})`, () => {
    test('the course\u2019s numbers: softmax of 2, 1, 0 and the two cross-entropies, 0.69 and 5.12', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=softmax`);
      await waitText(page, 'sm-formula', /P\(duck\)/);
      assert.deepEqual(await probs(page), ['0.67', '0.24', '0.09']);
      assert.equal(await page.textContent('#sm-formula'), 'P(duck) = e^2 / (e^2 + e^1 + e^0) = 7.39 / 11.11 = 0.67');
      assert.equal(await page.textContent('#sm-ce'), 'Cross-entropy with the one-hot label (1, 0, 0): −(1·ln 0.67 + 0·ln 0.24 + 0·ln 0.09) = −ln 0.67 = 0.41');
      assert.deepEqual(await page.$$eval('#sm-onehot tbody tr', (trs) => trs.map((tr) => tr.textContent)),
        ['Duck100', 'Beaver010', 'Walrus001']);

      await waitText(page, 'sm-ce-total', /= 0\.69$/);
      assert.equal(await page.textContent('#sm-ce-total'), 'CE[(1, 1, 0), (0.8, 0.7, 0.1)] = −ln(0.8) − ln(0.7) − ln(1 − 0.1) = 0.69');
      assert.deepEqual(await page.$$eval('#sm-terms tbody tr', (trs) => trs.map((tr) => tr.lastChild.textContent)), ['0.22', '0.36', '0.11']);
      assert.match(await page.textContent('#sm-ce-multi'), /gives 0\.69: the same number as the two-class formula\.$/);
      assert.equal(await page.getAttribute('#sm-ex-likely', 'aria-pressed'), 'true');

      await page.click('#sm-ex-unlikely');
      await waitText(page, 'sm-ce-total', /= 5\.12$/);
      assert.equal(await page.textContent('#sm-ce-total'), 'CE[(0, 0, 1), (0.8, 0.7, 0.1)] = −ln(1 − 0.8) − ln(1 − 0.7) − ln(0.1) = 5.12');
      assert.match(await page.textContent('#sm-ce-multi'), /gives 5\.12: the same number as the two-class formula\.$/);
      assert.equal(await page.getAttribute('#sm-ex-unlikely', 'aria-pressed'), 'true');
      assert.equal(await page.getAttribute('#sm-ex-likely', 'aria-pressed'), 'false');
      assert.equal(await page.$$eval('.try-list li', (li) => li.length), 3);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('from the keyboard: a score slider, the label radios, the example buttons, a door\u2019s label and probability', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=softmax`);
      await waitText(page, 'sm-formula', /P\(duck\)/);
      await page.focus('#sm-z2-range');
      for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => document.querySelectorAll('#sm-prob-table .sm-p')[1]?.textContent === '0.59');
      assert.deepEqual(await probs(page), ['0.36', '0.59', '0.05']);
      assert.equal(await page.inputValue('#sm-z2'), '2.5');
      assert.match(await page.evaluate(() => location.search), /smZ2=2\.5/);
      await page.waitForFunction(() => /^P\(duck\) = 0\.36, P\(beaver\) = 0\.59/.test(document.getElementById('announcer').textContent));

      await page.focus('#sm-label-duck');
      await page.keyboard.press('ArrowRight');
      await waitText(page, 'sm-ce', /label \(0, 1, 0\).*= −ln 0\.59 = 0\.52$/);
      assert.match(await page.evaluate(() => location.search), /smLabel=beaver/);
      assert.match(await page.textContent('#sm-formula'), /^P\(beaver\) = e\^2\.5 /);

      await page.focus('#sm-ex-unlikely');
      await page.keyboard.press('Enter');
      await waitText(page, 'sm-ce-total', /= 5\.12$/);
      await page.focus('#sm-y3');
      await page.keyboard.press('Space');
      await waitText(page, 'sm-ce-total', /^CE\[\(0, 0, 0\), .*= 2\.92$/);
      assert.equal(await page.getAttribute('#sm-ex-unlikely', 'aria-pressed'), 'false');
      await page.fill('#sm-p3', '1.5');
      await page.press('#sm-p3', 'Enter');
      assert.equal(await page.getAttribute('#sm-p3', 'aria-invalid'), 'true');
      assert.match(await page.textContent('#sm-p-msg'), /strictly between 0 and 1 \(kept 0\.1\)/);
      await page.fill('#sm-p3', '0.5');
      await page.press('#sm-p3', 'Enter');
      await waitText(page, 'sm-ce-total', /\(0\.8, 0\.7, 0\.5\)\] = .* = 3\.51$/);
      const text = await page.evaluate(() => document.body.innerText);
      assert.doesNotMatch(text, /NaN|Infinity|undefined/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('the mode bar and a link reach it, and the lesson embeds', async () => {
      const { page, errors } = await openPage(browser, base());
      await page.click('#mode-softmax');
      await page.waitForSelector('#sm-prob-table');
      assert.match(await page.evaluate(() => location.search), /mode=softmax/);
      await page.goto(`${base()}?mode=softmax&smZ1=0&smZ2=0&smZ3=0&smLabel=walrus`);
      await page.waitForFunction(() => document.querySelectorAll('#sm-prob-table .sm-p')[2]?.textContent === '0.33');
      assert.equal(await page.isChecked('#sm-label-walrus'), true);
      await page.close();
      const e = await openPage(browser, `${base().replace(/index\.html$/, '')}embed.html?mode=softmax`);
      await waitText(e.page, 'sm-ce-total', /= 0\.69$/);
      assert.deepEqual([...errors, ...e.errors], []);
      await e.page.close();
    });
  });
}
