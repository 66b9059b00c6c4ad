// lesson-sigmoid.test.js — "Discrete vs continuous" on the real page and
// engine, served and from disk: the course's quiz numbers appear exactly as
// the course prints them, the weight-scale slider and its box work from the
// keyboard (and reach the URL and the live region), and the lesson embeds.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const column = (page, n) => page.$$eval('#sg-quiz-table tbody tr', (trs, i) => trs.map((tr) => tr.children[tr.children.length - 6 + i].textContent), n);

for (const where of ['served', 'file://']) {
  const base = () => (where === 'served' ? server.url : FILE_URL);

  describe(`sigmoid lesson (${where})`, () => {
    test('the quiz: σ(2) = 0.88, σ(−2) = 0.12, σ(20) ≈ 1.0, σ(−20) ≈ 0; the step says 1 and 0 both times', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=sigmoid`);
      await page.waitForSelector('#sg-quiz-table');
      const lines = await page.$$eval('#sg-quiz-table tbody th', (ths) => ths.map((th) => th.textContent));
      assert.deepEqual(lines, ['x1 + x2 = 0', '10x1 + 10x2 = 0']);
      assert.deepEqual(await page.$$eval('#sg-quiz-table tbody td.sg-sigma', (tds) => tds.map((td) => td.textContent)),
        ['σ(2) = 0.88', 'σ(−2) = 0.12', 'σ(20) ≈ 1.0', 'σ(−20) ≈ 0']);
      assert.deepEqual(await column(page, 4), ['1', '0', '1', '0'], 'the step column');
      assert.deepEqual(await column(page, 3), ['2', '−2', '20', '−20'], 'the scores');
      // Text alternatives: both pictures are labelled images with a text summary.
      for (const id of ['sg-step', 'sg-sigmoid']) {
        assert.ok((await page.getAttribute(`#${id} svg`, 'aria-label')).length > 40);
        assert.equal(await page.getAttribute(`#${id} svg`, 'role'), 'img');
      }
      await page.waitForFunction(() => /σ\(2\) = 0\.88/.test(document.getElementById('sg-sigmoid-summary').textContent));
      assert.match(await page.textContent('#sg-step-summary'), /\(1, 1\): step\(2\) = 1; \(−1, −1\): step\(−2\) = 0/);
      assert.match(await page.textContent('#sg-error'), /error of the two points: 0\.25/);
      assert.equal(await page.$$eval('.try-list li', (li) => li.length), 3);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('the weight scale from the keyboard: arrows on the slider, a typed value, a refused one', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=sigmoid`);
      await page.waitForFunction(() => /σ\(2\) = 0\.88/.test(document.getElementById('sg-rows')?.textContent || ''));
      const before = Number((await page.textContent('#sg-error')).split(': ')[1]);
      await page.focus('#sg-scale-range');
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => /σ\(4\) = 0\.98/.test(document.getElementById('sg-rows').textContent));
      assert.equal(await page.inputValue('#sg-scale'), '2');
      assert.match(await page.evaluate(() => location.search), /sgScale=2/);
      assert.match(await page.textContent('#sg-line'), /^The line 2x1 \+ 2x2 = 0: the same line as x1 \+ x2 = 0\.$/);
      const after2 = Number((await page.textContent('#sg-error')).split(': ')[1]);
      assert.ok(after2 < before, `error ${after2} < ${before}`);
      await page.waitForFunction(() => /^Scale 2: σ\(4\) = 0\.98/.test(document.getElementById('announcer').textContent));

      await page.keyboard.press('Home');
      await page.waitForFunction(() => /σ\(0\) = 0\.50/.test(document.getElementById('sg-rows').textContent));
      assert.match(await page.textContent('#sg-line'), /no line at all/);
      assert.match(await page.textContent('#sg-error'), /: 1\.386/);

      await page.fill('#sg-scale', '10');
      await page.press('#sg-scale', 'Enter');
      await page.waitForFunction(() => /σ\(20\) ≈ 1\.0.*σ\(−20\) ≈ 0/.test(document.getElementById('sg-rows').textContent));
      assert.equal(await page.inputValue('#sg-scale-range'), '10');

      await page.fill('#sg-scale', '11');
      await page.press('#sg-scale', 'Enter');
      assert.equal(await page.getAttribute('#sg-scale', 'aria-invalid'), 'true');
      assert.match(await page.textContent('#sg-scale-msg'), /from 0 to 10 \(kept 10\)/);
      const text = await page.evaluate(() => document.body.innerText);
      assert.doesNotMatch(text, /NaN|Infinity|undefined/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('the mode bar and a link reach it, the link carries the scale, and the lesson embeds', async () => {
      const { page, errors } = await openPage(browser, base());
      await page.click('#mode-sigmoid');
      await page.waitForSelector('#sg-quiz-table');
      assert.match(await page.evaluate(() => location.search), /mode=sigmoid/);
      await page.goto(`${base()}?mode=sigmoid&sgScale=3`);
      await page.waitForFunction(() => /σ\(6\) ≈ 1\.0/.test(document.getElementById('sg-rows')?.textContent || ''));
      assert.equal(await page.inputValue('#sg-scale'), '3');
      await page.close();
      const embed = base().replace(/index\.html$/, '') + 'embed.html?mode=sigmoid';
      const e = await openPage(browser, embed);
      await e.page.waitForSelector('#sg-quiz-table');
      assert.match(await e.page.textContent('#sg-quiz-table'), /σ\(2\) = 0\.88/);
      assert.deepEqual([...errors, ...e.errors], []);
      await e.page.close();
    });
  });
}
