// a11y.test.js — the page by keyboard alone, names for every control, visible
// focus, words for the numbers and pictures, and reduced motion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './helpers.js';
import { openWatched, noNaN } from './checks.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const focused = (page) => page.evaluate(() => document.activeElement?.id || '');
async function tabTo(page, id, key = 'Tab') {
  for (let i = 0; i < 80; i++) {
    if (await focused(page) === id) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached #${id} (at #${await focused(page)})`);
}

test('keyboard only: Tab to Play and start, type a learning rate, Tab to Reset', async () => {
  const { page, errors } = await openWatched(browser, server.url);
  await tabTo(page, 'play');
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return [document.activeElement.matches(':focus-visible'), s.outlineStyle, s.outlineWidth];
  });
  assert.deepEqual(ring, [true, 'solid', '3px'], 'a visible focus ring');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.downhill.app.epoch >= 3);
  assert.equal(await page.textContent('#status'), 'running');
  assert.equal(await page.getAttribute('#play', 'aria-label'), 'Pause');

  await tabTo(page, 'lr');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0.1');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.downhill.state.lr), 0.1);
  const e0 = await page.evaluate(() => window.downhill.app.epoch);
  await page.waitForFunction((e) => window.downhill.app.epoch > e + 2, e0);
  assert.equal(await page.textContent('#status'), 'running', 'the run goes on with the new rate');

  await tabTo(page, 'reset', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('epoch').textContent === '0');
  assert.equal(await page.evaluate(() => window.downhill.state.lr), 0.1);
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

// The file inputs are aria-hidden stand-ins that the visible Upload and Import
// buttons open, so they are skipped here; the buttons are checked instead.
test('every visible control has a name and is reachable by Tab or arrow keys', async () => {
  const { page } = await openWatched(browser, server.url);
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, [role="tab"], [role="radio"]')]
    .filter((n) => n.offsetParent !== null && n.getAttribute('aria-hidden') !== 'true')
    .filter((n) => !(n.getAttribute('aria-label') || n.getAttribute('aria-labelledby') || (n.labels && n.labels.length)
      || n.textContent.trim() || n.title))
    .map((n) => n.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  const unreachable = await page.evaluate(() => [...document.querySelectorAll('button, input, select')]
    .filter((n) => n.offsetParent !== null && n.getAttribute('aria-hidden') !== 'true')
    .filter((n) => !n.disabled && n.tabIndex < 0 && n.getAttribute('role') !== 'radio')
    .map((n) => n.id || n.className));
  assert.deepEqual(unreachable, [], 'only radio-group members leave the Tab order (arrow keys move between them)');
  await page.close();
});

test('a spoken summary of the metrics and descriptions of the canvases', async () => {
  const { page } = await openWatched(browser, server.url);
  assert.equal(await page.getAttribute('#summary', 'aria-live'), 'polite');
  await page.click('#play');
  await page.waitForFunction(() => /^Epoch [\d,]+, test accuracy \d+\.\d%, test loss [\d.e-]+\.$/.test(document.getElementById('summary').textContent));
  const desc = await page.evaluate(() => ({
    heat: document.getElementById('heatmap').getAttribute('aria-describedby').split(' ')
      .map((id) => document.getElementById(id).textContent).join(' '),
    chart: document.getElementById(document.getElementById('chart').getAttribute('aria-describedby')).textContent,
  }));
  assert.match(desc.heat, /XOR data: 200 training points \(filled\) and 200 test points \(hollow\), class 0 as circles, class 1 as triangles/);
  assert.match(desc.chart, /^After [\d,]+ epochs: training loss .*, test accuracy \d+\.\d%\.$/);
  await page.click('#play');
  await page.waitForFunction(() => /Training paused\.$/.test(document.getElementById('summary').textContent));
  await page.close();
});

test('prefers-reduced-motion: no transitions, lessons told, the page still trains', async () => {
  const { page, errors } = await openWatched(browser, server.url, { reducedMotion: 'reduce' });
  const t = await page.evaluate(() => getComputedStyle(document.querySelector('.mode-btn')).transitionDuration);
  assert.equal(t, '0s');
  assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
  await page.click('#play');
  await page.waitForFunction(() => window.downhill.app.epoch >= 5);
  await page.click('#mode-hill');
  await page.waitForTimeout(500);
  await page.click('#mode-play');
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});
