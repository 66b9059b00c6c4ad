// lesson-pace.js — shared by the browser suites of the lessons that train
// (batch, overfit, vanishing, gates; not a test file itself): a page with
// reduced motion asked for, and a record of the texts a node shows, so a test
// can tell a run that animated (many partial states) from one that jumped to
// its end (none) by order and state rather than by timing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { waitForEngine, openPage, resultsDir, FILE_URL } from './helpers.js';

/** A page in its own context with Playwright's reducedMotion: 'reduce' (the
 *  lessons then train without animating), collecting console errors. */
export async function openReducedPage(browser, url, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  await waitForEngine(page);
  return { page, errors, close: () => context.close() };
}

/** Record each different text `selector`'s node shows, in order (its text at
 *  the start first), from now or from the moment `clicked` (a selector) is
 *  clicked; read them with recordedTexts(page). */
export async function recordTexts(page, selector, clicked = null) {
  await page.evaluate(([sel, button]) => {
    const node = document.querySelector(sel);
    const w = /** @type {any} */ (window);
    w.lessonTexts = [node.textContent];
    // Capturing on the document, so this runs before the button's own handler.
    const start = (e) => {
      if (!e.target.closest(button)) return;
      w.lessonTexts = [node.textContent];
      document.removeEventListener('click', start, true);
    };
    if (button) document.addEventListener('click', start, true);
    new MutationObserver(() => {
      const seen = w.lessonTexts;
      if (node.textContent !== seen[seen.length - 1]) seen.push(node.textContent);
    }).observe(node, { childList: true, characterData: true, subtree: true });
  }, [selector, clicked]);
}

export const recordedTexts = (page) => page.evaluate(() => /** @type {any} */ (window).lessonTexts.slice());

/** The comparison lessons' status line: { text, epoch (NaN when not training), skip: shown }. */
export const runState = (page) => page.evaluate(() => {
  const text = document.querySelector('.cmp-status').textContent;
  const m = /^Training… epoch ([\d,]+) of/.exec(text);
  return { text, epoch: m ? Number(m[1].replace(/,/g, '')) : NaN, skip: !document.querySelector('.cmp-skip').hidden };
});

export const waitDone = (page, timeout = 60000) => page.waitForFunction(
  () => /^Done/.test(document.querySelector('.cmp-status')?.textContent || ''), null, { timeout });

/** Until the comparison lesson has drawn part of a run: its status counts epochs. */
export const waitTraining = (page) => page.waitForFunction(
  () => /^Training… epoch [1-9]/.test(document.querySelector('.cmp-status')?.textContent || ''), null, { timeout: 20000 });

/** What a finished comparison shows: every summary and table row as text, and
 *  each chart's series (label, points, last point). Equal for equal runs. */
export const finalNumbers = (page) => page.evaluate(() => ({
  texts: [...document.querySelectorAll('.cmp-summary, .cmp-table tbody tr')].map((n) => n.textContent),
  charts: [...document.querySelectorAll('.cmp-chart canvas')].map((c) => Chart.getChart(c).data.datasets
    .map((d) => [d.label, d.data.length, JSON.stringify(d.data[d.data.length - 1])])),
}));

/** Points drawn in all the lesson's line charts. */
export const linePoints = (page) => page.evaluate(() => [...document.querySelectorAll('.cmp-chart canvas')]
  .map((c) => Chart.getChart(c)).filter((c) => c.config.type === 'line')
  .reduce((n, c) => n + c.data.datasets.reduce((m, d) => m + d.data.length, 0), 0));

/** The pace tests of a comparison lesson, served and from disk. o: { env()
 *  -> { browser, server } (once the suite's before() ran), lesson, epochs (its
 *  default), long (a query whose run animates for `longSeconds`), summary
 *  (the selector of the text its draw() rewrites) }. A mid-run screenshot
 *  goes to test-results/lesson-<id>-mid-run.png. */
export function comparisonPaceTests(o) {
  for (const where of ['served', 'file://']) {
    const base = () => (where === 'served' ? o.env().server.url : FILE_URL);
    describe(`${o.lesson} lesson pace (${where})`, () => {
      test('at the default pace a run is still drawing after 1 s, then finishes', async () => {
        const { page, errors } = await openPage(o.env().browser, `${base()}?mode=${o.lesson}`);
        await recordTexts(page, o.summary);
        await page.click('.cmp-run');
        await page.waitForTimeout(1000);
        await waitTraining(page);
        const mid = await runState(page);
        const midPoints = await linePoints(page);
        if (where === 'served') await page.screenshot({ path: join(resultsDir(), `lesson-${o.lesson}-mid-run.png`), fullPage: true });
        assert.ok(mid.epoch >= 1 && mid.epoch < o.epochs, `still training after 1 s: "${mid.text}"`);
        assert.ok(mid.skip, 'Skip to end shows while the run animates');
        assert.ok(midPoints > 0, 'the charts are partly drawn');
        await waitDone(page);
        const end = await runState(page);
        assert.equal(end.skip, false, 'Skip to end is gone once done');
        assert.ok(await linePoints(page) > midPoints, 'the curves grew after the middle of the run');
        assert.ok((await recordedTexts(page)).length >= 4, 'the summary was redrawn as the run went');
        assert.deepEqual(errors, []);
        await page.close();
      });

      test('Skip to end and reduced motion finish at once, with the same numbers', async () => {
        const url = `${base()}?mode=${o.lesson}&${o.long}`;
        const reduced = await openReducedPage(o.env().browser, url);
        await recordTexts(reduced.page, o.summary);
        let t = Date.now();
        await reduced.page.click('.cmp-run');
        assert.equal((await runState(reduced.page)).skip, false, 'no Skip to end without animation');
        await waitDone(reduced.page);
        const reducedMs = Date.now() - t;
        assert.equal((await recordedTexts(reduced.page)).length, 2, 'drawn once, at the end');
        const unanimated = await finalNumbers(reduced.page);
        assert.deepEqual(reduced.errors, []);
        await reduced.close();

        const { page, errors } = await openPage(o.env().browser, url);
        await page.click('.cmp-run');
        await waitTraining(page);
        await recordTexts(page, o.summary, '.cmp-skip');
        t = Date.now();
        await page.click('.cmp-skip');
        await waitDone(page);
        const skipMs = Date.now() - t;
        assert.ok((await recordedTexts(page)).length <= 2, 'after Skip to end, drawn once, at the end');
        assert.deepEqual(await finalNumbers(page), unanimated, 'the same final numbers as a run without animation');
        // The paced run would take longSeconds; "at once" is well under half that.
        for (const [what, ms] of [['reduced motion', reducedMs], ['Skip to end', skipMs]]) {
          assert.ok(ms < o.longSeconds * 500, `${what} finished in ${ms} ms, not the pace's ${o.longSeconds} s`);
        }
        assert.deepEqual(errors, []);
        await page.close();
      });

      test('Reset and leaving the lesson stop a run mid-way', async () => {
        const { page, errors } = await openPage(o.env().browser, `${base()}?mode=${o.lesson}`);
        const idle = await page.textContent('.cmp-status');
        await page.click('.cmp-run');
        await waitTraining(page);
        await recordTexts(page, o.summary, '.cmp-reset');
        await page.click('.cmp-reset');
        await page.waitForTimeout(700);
        const after = await runState(page);
        assert.equal(after.text, idle, 'Reset brings back the idle status');
        assert.equal(after.skip, false);
        const texts = await recordedTexts(page);
        assert.deepEqual(texts.slice(1), ['No runs yet.'], `Reset clears the run and nothing is drawn after: ${texts.join(' | ')}`);
        await page.click('.cmp-run');
        await waitTraining(page);
        await page.click('#mode-play');
        await page.waitForTimeout(700);
        await page.click(`#mode-${o.lesson}`);
        assert.equal(await page.textContent('.cmp-status'), idle, 'back in the lesson, no run is going');
        await page.waitForTimeout(700);
        assert.equal(await page.textContent('.cmp-status'), idle, 'and none comes back to life');
        assert.deepEqual(errors, []);
        await page.close();
      });
    });
  }
}
