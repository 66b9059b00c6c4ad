// lesson-learning-rate.test.js — "Which learning rate?" on the real page and
// engine, served and from disk: the three fixed rates tell the course's
// story (crawls, converges, diverges), the student's rate walks one step at a
// time with each step's arithmetic w ← w − α·2w, from the keyboard too, and
// the lesson embeds.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';
import { openReducedPage } from './lesson-pace.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const EMBED_FILE = FILE_URL.replace(/index\.html$/, 'embed.html');
const text = (page, sel) => page.textContent(sel);

for (const where of ['served', 'file://']) {
  const base = () => (where === 'served' ? server.url : FILE_URL);

  describe(`learning-rate lesson (${where})`, () => {
    test('too small crawls, good converges, too large climbs away', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=learning-rate`);
      await page.waitForSelector('#lr-case-large .lr-case-verdict');
      // α = 0.02: w = 4·0.96^20 = 1.768, E = 3.13 after 20 steps.
      assert.equal(await text(page, '#lr-case-small .lr-case-verdict'), 'Still on the way after 20 steps: E = 3.13.');
      // α = 0.3: E = 16·0.16^k < 0.001 first at k = 6.
      assert.equal(await text(page, '#lr-case-good .lr-case-verdict'), 'Reaches the bottom (E < 0.001) in 6 steps.');
      // α = 1.05: w = 4·(−1.1)^20, E = 16·1.21^20 = 724.
      assert.equal(await text(page, '#lr-case-large .lr-case-verdict'), 'Climbs away from the bottom: E = 724 after 20 steps.');
      for (const id of ['small', 'good']) {
        assert.equal(await page.$$eval(`#lr-case-${id} circle`, (c) => c.length), 21, `${id}: the start and 20 steps`);
      }
      // |w| = 4·1.1^k passes 6 (E = 36, the picture's edge) at k = 5.
      assert.equal(await page.$$eval('#lr-case-large circle', (c) => c.length), 6);
      assert.equal(await text(page, '#lr-case-large .lr-off'), 'off the picture from step 5');
      for (const id of ['small', 'good', 'large']) {
        assert.match(await page.getAttribute(`#lr-case-${id} svg`, 'aria-label'), /^E\(w\) = w² with 20 steps of rate/);
      }
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('your rate, one step at a time: the arithmetic of each step, then the verdict', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=learning-rate&lrAlpha=0.25`);
      await page.waitForFunction(() => /^Start: w = 4, E = 16\./.test(document.getElementById('lr-verdict').textContent));
      await page.click('#lr-step');
      // α = 0.25: slope 2·4 = 8, step 2, w = 2, E = 4.
      assert.deepEqual(await page.$$eval('#lr-table tbody tr:last-child > *', (c) => c.map((x) => x.textContent)), ['1', '4', '8', '2', '2', '4']);
      assert.equal(await text(page, '#lr-verdict'), 'After 1 step: w = 2, E = 4.');
      await page.focus('#lr-step');
      await page.keyboard.press('Enter');
      assert.equal(await text(page, '#lr-verdict'), 'After 2 steps: w = 1, E = 1.');
      await page.click('#lr-all');
      assert.equal(await page.$$eval('#lr-table tbody tr', (r) => r.length), 20);
      // Halving each step, E = 16/4^k < 0.001 first at k = 7.
      assert.match(await text(page, '#lr-verdict'), /After 20 steps: w = .*Reaches the bottom \(E < 0\.001\) in 7 steps\.$/);
      await page.click('#lr-reset');
      assert.equal(await page.$$eval('#lr-table tbody tr', (r) => r.length), 0);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('the rate from the keyboard reaches the URL; α = 1 bounces for ever; a refused value keeps the last', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=learning-rate`);
      await page.waitForSelector('#lr-case-large .lr-case-verdict');
      await page.fill('#lr-alpha', '1');
      await page.press('#lr-alpha', 'Enter');
      await page.click('#lr-all');
      await page.waitForFunction(() => /Never gets any lower: E is still 16 after 20 steps\./.test(document.getElementById('lr-verdict').textContent));
      assert.match(await page.evaluate(() => location.search || location.hash), /lrAlpha=1\b/);
      await page.fill('#lr-alpha', '5');
      await page.press('#lr-alpha', 'Enter');
      assert.match(await text(page, '#lr-alpha-msg'), /must be a number from 0\.01 to 1\.2 \(kept 1\)/);
      assert.match(await text(page, '#lr-verdict'), /E is still 16/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('a network: fixed rate against reduce on plateau and step decay, the rate in force under the loss', async () => {
      const { page, errors, close } = await openReducedPage(browser, `${base()}?mode=learning-rate`);
      assert.equal(await text(page, '#lr-net-loss-chart-summary'), 'No runs yet.');
      // Run from the keyboard.
      await page.focus('.lr-net .cmp-run');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /^Done/.test(document.querySelector('.lr-net .cmp-status').textContent), null, { timeout: 120000 });
      const charts = await page.evaluate(() => Object.fromEntries(['loss', 'rate'].map((k) => {
        const c = Chart.getChart(document.getElementById(`lr-net-${k}-chart`));
        return [k, { log: c.options.scales.y.type, sets: c.data.datasets.map((d) => ({ label: d.label, ys: d.data.map((p) => p.y) })) }];
      })));
      assert.equal(charts.rate.log, 'logarithmic');
      assert.deepEqual(charts.rate.sets.map((d) => d.label), ['fixed', 'reduce on plateau', 'step decay']);
      for (const d of [...charts.rate.sets, ...charts.loss.sets]) assert.equal(d.ys.length, 200, `${d.label}: one point per epoch`);
      const [fixed, plateau, step] = charts.rate.sets.map((d) => d.ys);
      // Fixed stays at 0.5; step decay halves every 50 epochs: epochs 1-50 at 0.5, 51-100 at 0.25 ...
      assert.ok(fixed.every((y) => y === 0.5));
      assert.deepEqual([step[0], step[49], step[50], step[100], step[150], step[199]], [0.5, 0.5, 0.25, 0.125, 0.0625, 0.0625]);
      // Reduce on plateau only ever halves, and did.
      assert.equal(plateau[0], 0.5);
      // (down to the engine's floor, 1e-6).
      for (let i = 1; i < plateau.length; i++) {
        const y = plateau[i], prev = plateau[i - 1];
        assert.ok(y === prev || Math.abs(y - prev / 2) < 1e-12 || Math.abs(y - 1e-6) < 1e-12, `epoch ${i + 1}: ${prev} -> ${y}`);
      }
      assert.ok(plateau[199] < 0.5);
      // The point of it: both self-adjusting rates end lower than the fixed one
      // on these overlapping classes, where a fixed 0.5 keeps jolting the weights.
      const loss = await page.$eval('#lr-net-loss-chart-summary', (n) => ({ ...n.dataset, text: n.textContent }));
      assert.ok(Number(loss.plateau) < Number(loss.fixed), `plateau ${loss.plateau} vs fixed ${loss.fixed}`);
      assert.ok(Number(loss.step) < Number(loss.fixed), `step ${loss.step} vs fixed ${loss.fixed}`);
      assert.match(loss.text, /^Training loss after 200 epochs: fixed [\d.]+, reduce on plateau [\d.]+, step decay [\d.]+\.$/);
      assert.match(await text(page, '#lr-net-rate-chart-summary'),
        /^The rate in force: fixed 0\.5 throughout; reduce on plateau from 0\.5, lowered \d+ times? \(at epoch [\d, …]+\), [\d.e-]+ in epoch 200; step decay from 0\.5, lowered 3 times \(at epoch 51, 101, 151\), 0\.0625 in epoch 200\.$/);
      // A bad starting rate is refused in its own terms.
      await page.fill('#cmp-lrNetLr', '9');
      await page.press('#cmp-lrNetLr', 'Enter');
      assert.match(await text(page, '#cmp-lrNetLr-msg'), /^Use a number from 0\.01 to 2; kept 0\.5\.$/);
      assert.deepEqual(errors, []);
      await close();
    });

    test('it embeds', async () => {
      const url = where === 'served' ? `${server.url}embed.html?mode=learning-rate` : `${EMBED_FILE}?mode=learning-rate`;
      const { page, errors } = await openPage(browser, url);
      await page.waitForSelector('#lr-case-good .lr-case-verdict');
      assert.equal(await text(page, '#lr-case-good .lr-case-verdict'), 'Reaches the bottom (E < 0.001) in 6 steps.');
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
